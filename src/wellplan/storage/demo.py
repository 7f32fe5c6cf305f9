"""A demo file for a fictional person, used for screenshots, benchmarks and trying the app.

Robin Okafor is made up. The text is meant to read like a real, respectful plan.
"""

from __future__ import annotations

import datetime as dt
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


# added after the others, for the goals and the meeting, so every earlier record keeps its id
GOAL_PEOPLE = [
    {
        "name": "Dana Whitfield",
        "relationship": "Job coach",
        "phone": "+1 555 0152",
        "notes": "Eastside Job Center, Tuesdays and Thursdays",
    },
]
GOAL_PLACES = [
    {
        "name": "Eastside Job Center",
        "kind": "Job center",
        "phone": "+1 555 0120",
        "address": "80 Main Street",
    },
    {"name": "Maple Street Library", "kind": "Library", "address": "3 Maple Street"},
    {"name": "Riverside Community College", "kind": "College", "phone": "+1 555 0199"},
    {"name": "Peer Warmline", "kind": "Peer-run warmline", "phone": "+1 555 0111"},
]


def _goals_answers(p: list[int], pl: list[int], today: dt.date) -> dict[str, Any]:
    """Two goals, each with its paths; a few steps done already, on days before ``today``."""
    done = [(today - dt.timedelta(days=n)).isoformat() for n in (9, 4, 2)]
    look_again = (today + dt.timedelta(days=90)).isoformat()
    return {
        "goals.going_well": "I've kept my flat and my routine for a year. I'm good with people "
        "and I'm sleeping well. Jo and I talk most days.",
        "goals.matters": "Being useful. Books and the people who come for them. Paying my own way.",
        "goals.goals": [
            {
                "want": "A part-time job I enjoy",
                "areas": {"chosen": ["work", "money"], "own": []},
                "matters": "I miss working at the library, and I'd like my own money again.",
                "strengths": [
                    "Eight years at the library",
                    "I'm patient with people",
                    "I'm good at sorting things out",
                ],
                "first_step": [
                    {"text": "Ask Priya to look at my CV", "who": "", "when": "", "done": done[0]},
                    {"text": "Update my CV", "who": "", "when": "this weekend", "done": ""},
                ],
                "paths": [
                    {
                        "name": "Volunteer at the library two mornings a week",
                        "steps": [
                            {
                                "text": "Ask the library about volunteering",
                                "who": "",
                                "when": "",
                                "done": done[1],
                            },
                            {
                                "text": "Start on Tuesday mornings",
                                "who": "",
                                "when": "next Tuesday",
                                "done": "",
                            },
                        ],
                    },
                    {
                        "name": "Look for paid work with a job coach",
                        "steps": [
                            {
                                "text": "Book a first meeting with Dana",
                                "who": "",
                                "when": "this week",
                                "done": "",
                            },
                            {
                                "text": "Ask how working affects my benefits",
                                "who": "",
                                "when": "at that meeting",
                                "done": "",
                            },
                        ],
                    },
                ],
                "helpers": [
                    {"id": p[3], "note": "Help me with my CV and come to the first meeting"},
                    {"id": p[8], "note": "Help me find work that fits my mornings"},
                ],
                "places": [
                    {"id": pl[3], "note": "The job coach is there"},
                    {"id": pl[4], "note": "Where I'd like to volunteer"},
                ],
                "in_the_way": "Mornings are hard when I haven't slept. If I can't go, I'll "
                "text the library early and go the next time, not give up.",
                "signs": "I leave the house on time two mornings a week. I feel tired in a good way.",
                "review": look_again,
            },
            {
                "want": "Finish a short course in library skills",
                "areas": {"chosen": ["school"], "own": ["Confidence"]},
                "matters": "A course would help me get back into library work, and I like learning.",
                "strengths": ["I finished a writing course in 2022"],
                "first_step": [
                    {
                        "text": "Look at the college's evening courses online",
                        "who": "",
                        "when": "",
                        "done": done[2],
                    },
                ],
                "paths": [
                    {
                        "name": "An evening course at Riverside Community College",
                        "steps": [
                            {
                                "text": "Ask the college about help with the fees",
                                "who": "",
                                "when": "before the end of the month",
                                "done": "",
                            },
                            {
                                "text": "Sign up for the spring term",
                                "who": "",
                                "when": "",
                                "done": "",
                            },
                        ],
                    },
                ],
                "helpers": [{"id": p[0], "note": "Cheer me on, and help me study"}],
                "places": [{"id": pl[5], "note": "The course"}],
                "in_the_way": "If the fees are too much, I'll ask about the free online course.",
                "signs": "I'm signed up and I go to the first class.",
                "review": look_again,
            },
        ],
        "goals.stay_well": [
            "Keep going to my peer group on Thursdays",
            "Rest on Sundays",
            "Tell Jo how it's going",
        ],
    }


def _meeting_answers(p: list[int], today: dt.date) -> dict[str, Any]:
    """A meeting a week ago, with what was decided after it."""
    met = today - dt.timedelta(days=7)
    return {
        "meeting.with": [{"id": p[2], "note": "My psychiatrist since 2019"}],
        "meeting.when": met.isoformat(),
        "meeting.where": "10:30, Eastside Community Mental Health, second floor",
        "meeting.open_points": ["The headaches I mentioned in October"],
        "meeting.wants": [
            "Talk about going back to work part-time",
            "Move my evening dose earlier, so mornings are easier",
            "A letter for the job center about my hours",
        ],
        "meeting.good": [
            "I've been to my peer group every Thursday",
            "I'm sleeping about seven hours",
        ],
        "meeting.hard": ["Mornings are slow and heavy", "Two headaches a week"],
        "meeting.open_steps": [
            {
                "text": "A blood test at the clinic",
                "who": "Me",
                "when": "before this meeting",
                "done": (met - dt.timedelta(days=5)).isoformat(),
            },
        ],
        "meeting.questions": [
            "Could the dose change make me sleep worse?",
            "How long before I notice a difference?",
            "Can I have a copy of today's notes?",
        ],
        "meeting.treatment": "Lamotrigine works well for me and I want to keep it. I'd like to "
        "take it at 8 instead of 10, so I'm less heavy in the morning.",
        "meeting.companions": [{"id": p[3], "note": "Sit beside me; she knows what matters to me"}],
        "meeting.companion_help": {"chosen": ["notes", "remind"], "own": []},
        "meeting.decided": "We'll try the evening dose at 8 for a month. Dr. Haddad will write "
        "the letter about my hours.",
        "meeting.agreed": ["Try the earlier dose for a month", "Keep a note of my sleep"],
        "meeting.not_agreed": ["A new sleeping tablet: I want to try the earlier dose first"],
        "meeting.next_steps": [
            {
                "text": "Send the letter to the job center",
                "who": "Dr. Haddad",
                "when": "within two weeks",
                "done": "",
            },
            {
                "text": "Take my evening dose at 8",
                "who": "Me",
                "when": "every evening",
                "done": (met + dt.timedelta(days=1)).isoformat(),
            },
            {"text": "Book the next appointment", "who": "Me", "when": "in a month", "done": ""},
        ],
        "meeting.next_time": ["How the earlier dose is going", "The headaches"],
    }


# Today: two things of Robin's own beside the WRAP's daily list, and a few days ticked
OWN_DAILY_ITEMS = ["Water the plants", "Stretch for five minutes"]
CHECKINS = [
    (
        5,
        ["Breakfast before 9", "Take my evening medication", "Water the plants"],
        "Slow start, but I got out in the afternoon.",
    ),
    (
        3,
        [
            "Breakfast before 9",
            "Take my evening medication",
            "Get outside for at least 20 minutes",
            "Text Jo or Sam",
        ],
        "",
    ),
    (
        2,
        ["Take my evening medication", "Screens off by 11"],
        "Tired after the library. Early night.",
    ),
    (
        1,
        [
            "Breakfast before 9",
            "Take my evening medication",
            "Get outside for at least 20 minutes",
            "Stretch for five minutes",
        ],
        "A good walk by the river with Sam.",
    ),
]


def _fill(doc: PlanFile, kind: str, title: str, answers: dict[str, Any], *, complete: bool) -> int:
    plan = doc.create_plan(kind, title)
    for question_id, value in answers.items():
        doc.save_answer(plan.id, question_id, value)
    if complete:
        doc.set_status(plan.id, PlanStatus.COMPLETE)
    return plan.id


def write_demo(path: Path | str, today: dt.date | None = None) -> Path:
    """Create (or replace) a demo file at ``path``: a complete WRAP, a crisis plan, a
    psychiatric advance directive under a state profile (Oregon) and the general form, then
    (added later, so the plans above keep their ids) Robin's goals, a meeting with its
    notes, and a few days of check-ins (none today). The crisis plan is still the one
    changed last. Dates in the goals, the meeting and the check-ins are days before
    ``today`` (by default, today)."""
    today = today or dt.date.today()
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
        crisis = _fill(doc, "crisis", "Robin's crisis plan", _crisis_answers(p, pl), complete=True)
        p += [doc.add_record(RecordKind.PERSON, v).id for v in GOAL_PEOPLE]
        pl += [doc.add_record(RecordKind.PLACE, v).id for v in GOAL_PLACES]
        _fill(doc, "goals", "Robin's goals", _goals_answers(p, pl, today), complete=False)
        _fill(
            doc,
            "meeting",
            "Meeting with Dr. Haddad",
            _meeting_answers(p, today),
            complete=True,
        )
        doc.set_daily_items(OWN_DAILY_ITEMS)
        for days_ago, done, note in CHECKINS:
            doc.save_checkin(today - dt.timedelta(days=days_ago), done, note)
        doc.rename_plan(crisis, "Robin's crisis plan")  # still the one changed last
        return doc.path
