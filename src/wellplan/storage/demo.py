"""A demo file for a fictional person, used for screenshots, benchmarks and trying the app.

Robin Okafor is made up. The text is meant to read like a real, respectful plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wellplan.domain.plans import PlanStatus
from wellplan.domain.records import RecordKind
from wellplan.storage.document import PlanFile

PEOPLE = [
    {
        "name": "Jo Okafor",
        "relationship": "Sister",
        "phone": "+1 555 0142",
        "email": "jo@example.org",
        "notes": "Knows me best. Lives ten minutes away.",
    },
    {"name": "Sam Lindqvist", "relationship": "Friend and neighbour", "phone": "+1 555 0178"},
    {
        "name": "Dr. Amira Haddad",
        "relationship": "Psychiatrist",
        "phone": "+1 555 0100",
        "notes": "Eastside Community Mental Health",
    },
    {"name": "Priya Nair", "relationship": "Peer supporter", "phone": "+1 555 0133"},
    {"name": "Marcus Bell", "relationship": "Former partner"},
]
MEDICATIONS = [
    {
        "name": "Lamotrigine",
        "dose": "200 mg each evening",
        "prescriber": "Dr. Amira Haddad",
        "pharmacy": "Maple Street Pharmacy",
        "purpose": "Keeps my mood steady",
        "notes": "Works well for me. Mild headaches in the first weeks.",
    },
    {
        "name": "Quetiapine",
        "dose": "25 mg at night, only when needed",
        "prescriber": "Dr. Amira Haddad",
        "pharmacy": "Maple Street Pharmacy",
        "purpose": "Helps me sleep when my thoughts race",
    },
    {"name": "Haloperidol", "notes": "Made me stiff and frightened in 2019."},
]
PLACES = [
    {
        "name": "Riverside Crisis House",
        "kind": "Crisis respite house",
        "phone": "+1 555 0190",
        "address": "14 Elm Street",
    },
    {"name": "St. Columba's Hospital, Ward 3", "kind": "Hospital", "phone": "+1 555 0110"},
    {"name": "County General Emergency Department", "kind": "Emergency department"},
]


def _wrap_answers(p: list[int], m: list[int], pl: list[int]) -> dict[str, Any]:
    toolbox = [
        "A walk by the river",
        "Music with headphones",
        "Calling Jo",
        "A hot shower",
        "Ten minutes in the garden",
        "Drawing",
        "Cooking something simple",
        "My peer group on Thursdays",
    ]
    return {
        "toolbox.tools": toolbox,
        "daily.when_well": "I'm curious and talkative. I get up at about seven without a fight, "
        "cook proper meals and enjoy my job at the library. I laugh easily and I keep in touch with friends.",
        "daily.every_day": [
            "Breakfast before 9",
            "Take my evening medication",
            "Get outside for at least 20 minutes",
            "Text Jo or Sam",
            "Screens off by 11",
        ],
        "daily.reminders": [
            "Order my prescription refill",
            "Pay rent on the 1st",
            "Book a check-in with Dr. Haddad",
            "Clean the kitchen",
            "Plan something to look forward to",
        ],
        "triggers.list": [
            "The anniversary of Dad's death in March",
            "Arguments about money",
            "Several nights of poor sleep",
            "Crowded, noisy places for a long time",
        ],
        "triggers.plan": {
            "tools": ["Calling Jo", "A walk by the river"],
            "steps": [
                "Wait a day before replying to anything that upset me",
                "Plan a quiet evening at home",
            ],
        },
        "early_signs.list": [
            "I stop answering messages",
            "I lie awake with racing thoughts",
            "Small things make me snap",
            "I skip meals",
        ],
        "early_signs.plan": {
            "tools": [
                "Music with headphones",
                "Cooking something simple",
                "My peer group on Thursdays",
            ],
            "steps": [
                "Go to bed at the same time every night this week",
                "Tell Jo honestly how I'm doing",
            ],
        },
        "breaking_down.list": [
            "I haven't slept for two nights",
            "I'm spending money I don't have",
            "I feel people are against me",
            "I can't concentrate enough to read",
        ],
        "breaking_down.plan": {
            "tools": ["Calling Jo"],
            "steps": [
                "Call Dr. Haddad's office today",
                "Ask Jo or Sam to stay over",
                "Take time off work",
                "Take my as-needed sleep medication",
            ],
        },
        "crisis.when_well": "Usually I'm chatty, organised and a bit of a joker. I look after my cat, "
        "Pepper, and keep my flat tidy. I like to be asked, not told.",
        "crisis.step_in_signs": [
            "I haven't slept for three nights or more",
            "I'm not eating",
            "I believe I'm being watched or followed",
            "I don't recognise Jo or Sam",
        ],
        "crisis.supporters": [
            {
                "id": p[0],
                "note": "Stay with me, talk to the doctors for me, and have the final say.",
            },
            {"id": p[1], "note": "Look after Pepper and check on my flat."},
            {"id": p[3], "note": "Visit me and remind me of this plan."},
        ],
        "crisis.not_involved": [{"id": p[4], "note": ""}],
        "crisis.disagreements": "Jo has the final say, after listening to everyone, including me.",
        "crisis.meds_now": [{"id": m[0], "note": "Please keep giving this to me on time."}],
        "crisis.meds_accept": [{"id": m[1], "note": "It helps me sleep without feeling drugged."}],
        "crisis.meds_avoid": [{"id": m[2], "note": "Severe stiffness and panic last time."}],
        "crisis.treatments_help": [
            "Talking things through with a peer supporter",
            "A quiet single room",
            "Regular check-ins at home from my care team",
        ],
        "crisis.treatments_avoid": ["Being restrained", "Group rooms with a TV on all day"],
        "crisis.home_wanted": {
            "choice": "yes",
            "reason": "I recover faster with Pepper and my own things around me.",
        },
        "crisis.home_plan": "Jo and Sam take turns staying with me. My care team visits daily. "
        "If home isn't possible, Riverside Crisis House before any hospital.",
        "crisis.places_prefer": [
            {"id": pl[0], "note": "Calm and small, and I've been helped there before."},
            {"id": pl[1], "note": "If I need a hospital: I know the staff."},
        ],
        "crisis.places_avoid": [
            {"id": pl[2], "note": "Long waits in a loud room make everything worse."}
        ],
        "crisis.helps": [
            "Speak slowly and quietly",
            "Sit with me; I don't always need to talk",
            "Offer me tea and a blanket",
            "Tell me what is happening and why",
        ],
        "crisis.not_helpful": [
            "Lots of people in the room",
            "Being touched without asking",
            "Arguing with what I believe is happening",
        ],
        "crisis.tasks": [
            "Feed Pepper twice a day",
            "Call my manager at the library",
            "Pay the electricity bill",
            "Water the plants",
        ],
        "crisis.plan_ends": [
            "I've slept at least six hours for three nights",
            "I'm eating regular meals",
            "I ask to make my own phone calls again",
        ],
        "post.coming_through": "I want to see friends again, I'm curious about the news, "
        "and I'm hungry at mealtimes.",
        "post.who_helps": [
            "Short walks with Sam",
            "A slow return to work, mornings only at first",
            "My peer group on Thursdays",
        ],
        "post.can_wait": ["Sorting the spare room", "Catching up on emails"],
        "post.must_do": [
            "Let my landlord know I'm home",
            "Renew my prescription",
            "Thank Jo and Sam",
        ],
        "post.learned": "Asking for help earlier works. Sleep is my most important early sign.",
        "post.changes": "Add the crisis house phone number to my phone's favourites.",
        "review.anything_else": "I'm more than this plan. Please talk to me, not about me.",
    }


def _crisis_answers(p: list[int], pl: list[int]) -> dict[str, Any]:
    return {
        "crisis_plan.warning_signs": [
            "I lie awake going over the same thought",
            "I stop answering messages",
            "I feel people are against me",
        ],
        "crisis_plan.coping": [
            "Hold an ice cube",
            "A fast walk around the block",
            "My comfort playlist",
            "A hot shower",
            "Draw for ten minutes",
        ],
        "crisis_plan.distraction_people": [
            {"id": p[1], "note": "Watch a film together, no need to talk"}
        ],
        "crisis_plan.places": ["The library on Elm Street", "Jo's kitchen", "The riverside path"],
        "crisis_plan.helpers": [
            {"id": p[0], "note": "Come over, or stay on the phone with me"},
            {"id": p[3], "note": "Remind me of my plan"},
        ],
        "crisis_plan.care_team": [
            {"id": p[2], "note": "Psychiatrist; call the clinic on weekdays"}
        ],
        "crisis_plan.urgent_care": [
            {"id": pl[0], "note": "Bus 12 to Elm Street, open day and night"}
        ],
        "crisis_plan.lines": [
            {
                "name": "988 Suicide & Crisis Lifeline",
                "how": "Call or text 988, any time",
                "region": "United States",
                "last_checked": "2026-11-23",
            },
            {
                "name": "Crisis Text Line",
                "how": "Text HOME to 741741, any time",
                "region": "United States",
                "last_checked": "2026-11-23",
            },
        ],
        "crisis_plan.safer_steps": [
            "Give my spare medication to Jo to keep for now",
            "Leave the car keys with Sam",
        ],
        "crisis_plan.safer_helpers": [{"id": p[0], "note": "Keeps my spare medication"}],
        "crisis_plan.reasons": [
            "My niece Ada's birthday in June",
            "Pepper",
            "Finishing the garden",
            "The people at Thursday group",
        ],
    }


def _pad_answers(jurisdiction: str, p: list[int], m: list[int], pl: list[int]) -> dict[str, Any]:
    return {
        "pad.jurisdiction": jurisdiction,
        "pad.about.name": "Robin Okafor",
        "pad.about.birth_date": "1988-04-17",
        "pad.about.address": "22 Willow Lane, Apt 3",
        "pad.about.name_used": "Robin",
        "pad.about.pronouns": "they/them",
        "pad.about.gender": "Nonbinary",
        "pad.about.eye_color": "Brown",
        "pad.about.hair_color": "Black",
        "pad.about.race_ethnicity": "Black (Nigerian American)",
        "pad.effect.involve": "Please ask Jo to be there, and Dr. Haddad if she's available.",
        "pad.effect.starts": "When my psychiatrist and one other doctor agree that I can't make decisions "
        "about my treatment.",
        "pad.effect.ends": "As soon as one of them finds that I can decide again.",
        "pad.agent": [{"id": p[0], "note": "Knows my wishes best."}],
        "pad.alternates": [{"id": p[1], "note": "First alternate."}],
        "pad.agent.may": "Consent to or refuse medications, following this directive; choose among the places I've listed.",
        "pad.agent.may_not": "Agree to electroconvulsive therapy for me.",
        "pad.agent.scope": {"choice": "no", "reason": "Jo knows me well enough to decide."},
        "pad.admission.consent": {
            "choice": "yes",
            "reason": "If a crisis house isn't enough, I'd rather be admitted early.",
        },
        "pad.admission.days": "10 days",
        "pad.admission.agent": {"choice": "yes", "reason": ""},
        "pad.providers.prefer": [{"id": p[3], "note": "My peer supporter; she knows me well."}],
        "pad.providers.avoid": [{"id": p[7], "note": ""}],
        "pad.health.conditions": "Asthma: I use a blue inhaler when needed.",
        "pad.health.allergies": "Penicillin gives me a rash.",
        "pad.nicotine": "I don't use nicotine.",
        "pad.history.crises": "In 2019 I hadn't slept for days and stopped eating. Being listened to "
        "and a quiet room helped; being held down made everything worse.",
        "pad.police": "Please call Jo first, and ask for the mobile crisis team.",
        "pad.meds.consent": [
            {"id": m[0], "note": "It keeps my mood steady. Keep my usual evening dose."},
            {"id": m[1], "note": "Only at night, at the lowest dose that helps me sleep."},
        ],
        "pad.meds.refuse": [{"id": m[2], "note": "Severe stiffness and panic in 2019."}],
        "pad.meds.conditions": "Liquid rather than injection where there is a choice.",
        "pad.ect": {"choice": "no", "reason": "I'd rather try everything else first."},
        "pad.research": {"choice": "no", "reason": "Not while I can't decide for myself."},
        "pad.places.prefer": [
            {"id": pl[0], "note": "Calm and small."},
            {"id": pl[1], "note": "I know the staff."},
        ],
        "pad.places.avoid": [{"id": pl[2], "note": "Long waits in a loud room."}],
        "pad.places.alternatives": "A few nights at Riverside Crisis House, with daily visits from my care team.",
        "pad.emergency.calms": [
            "A quiet room",
            "One person talking at a time",
            "Being allowed to pace",
        ],
        "pad.emergency.prefer": "Medication by mouth rather than an injection.",
        "pad.emergency.avoid": "Restraint. It brings back a frightening experience.",
        "pad.notify": [{"id": p[0], "note": "Straight away, day or night."}],
        "pad.visitors": [
            {"id": p[0], "note": ""},
            {"id": p[1], "note": ""},
            {"id": p[3], "note": ""},
        ],
        "pad.no_visit": [{"id": p[4], "note": ""}],
        "pad.release": [
            {"id": p[0], "note": "Anything about my care."},
            {"id": p[1], "note": "Whether I'm in the hospital, and when I'll be home."},
        ],
        "pad.guardian": [{"id": p[1], "note": ""}],
        "pad.home.children": "I don't have children.",
        "pad.home.pets": "Sam feeds Pepper twice a day; the spare key is with Jo.",
        "pad.home.matters": "Jo pays the electricity bill and tells the library I'm away.",
        "pad.comfort.diet": "Vegetarian. No caffeine after midday.",
        "pad.comfort.faith": "None in particular; quiet time outdoors matters to me.",
        "pad.comfort.language": "English",
        "pad.comfort.calms": ["Music", "My own blanket", "Knowing what will happen next"],
        "pad.personal_care.staff_gender": "I'd feel safest with women staff for showering.",
        "pad.access.needs": "My reading glasses, please; I can't read forms without them.",
        "pad.revocation.how": "By signing a newer version, or by telling Jo and my care team in writing.",
        "pad.revocation.during_incapacity": {
            "choice": "no",
            "reason": "So my well self's choices hold.",
        },
        "pad.signing.witnesses": [
            {"id": p[5], "note": "Neighbour"},
            {"id": p[6], "note": "Colleague at the library"},
        ],
        "pad.signing.notary": {"choice": "unsure", "reason": ""},
        "pad.copies": [
            {"id": p[0], "note": "My agent"},
            {"id": p[1], "note": "My alternate"},
        ],
    }


WITNESSES = [
    {"name": "Lena Fischer", "relationship": "Neighbour", "phone": "+1 555 0161"},
    {"name": "Tomás Reyes", "relationship": "Colleague", "phone": "+1 555 0187"},
]
# added after the witnesses, so the people above keep their places
OTHER_PEOPLE = [
    {
        "name": "Dr. Victor Lane",
        "relationship": "Psychiatrist at County General",
        "notes": "Treated me in 2019.",
    },
]


def _fill(doc: PlanFile, kind: str, title: str, answers: dict[str, Any], *, complete: bool) -> None:
    plan = doc.create_plan(kind, title)
    for question_id, value in answers.items():
        doc.save_answer(plan.id, question_id, value)
    if complete:
        doc.set_status(plan.id, PlanStatus.COMPLETE)


def write_demo(path: Path | str) -> Path:
    """Create (or replace) a demo file at ``path``: a complete WRAP, a crisis plan, and a
    psychiatric advance directive under a state profile (Oregon) and the general form."""
    with PlanFile.create(path) as doc:
        p = [doc.add_record(RecordKind.PERSON, v).id for v in [*PEOPLE, *WITNESSES, *OTHER_PEOPLE]]
        m = [doc.add_record(RecordKind.MEDICATION, v).id for v in MEDICATIONS]
        pl = [doc.add_record(RecordKind.PLACE, v).id for v in PLACES]
        _fill(
            doc,
            "wrap",
            "Robin's Wellness Recovery Action Plan",
            _wrap_answers(p, m, pl),
            complete=True,
        )
        _fill(
            doc,
            "pad",
            "Robin's advance directive (general form)",
            _pad_answers("generic", p, m, pl),
            complete=False,
        )
        _fill(
            doc,
            "pad",
            "Robin's advance directive (Oregon)",
            _pad_answers("OR", p, m, pl),
            complete=True,
        )
        _fill(doc, "crisis", "Robin's crisis plan", _crisis_answers(p, pl), complete=True)
        return doc.path
