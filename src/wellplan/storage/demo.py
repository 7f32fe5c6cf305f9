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
        "review.date": "2027-05-01",
        "review.anything_else": "I'm more than this plan. Please talk to me, not about me.",
    }


def write_demo(path: Path | str) -> Path:
    """Create (or replace) a demo file at ``path`` with a complete WRAP."""
    with PlanFile.create(path) as doc:
        p = [doc.add_record(RecordKind.PERSON, v).id for v in PEOPLE]
        m = [doc.add_record(RecordKind.MEDICATION, v).id for v in MEDICATIONS]
        pl = [doc.add_record(RecordKind.PLACE, v).id for v in PLACES]
        plan = doc.create_plan("wrap", "Robin's Wellness Recovery Action Plan")
        for question_id, value in _wrap_answers(p, m, pl).items():
            doc.save_answer(plan.id, question_id, value)
        doc.set_status(plan.id, PlanStatus.COMPLETE)
        return doc.path
