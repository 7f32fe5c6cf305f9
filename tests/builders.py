"""Plan files the tests start from."""

from __future__ import annotations

from pathlib import Path

from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

TEXAS_TITLE = "Robin's advance directive (Texas)"


def add_directive(path: Path, code: str, title: str) -> int:
    """Copy the demo's Oregon directive into a new one under another state's rules (by
    profile code); its plan id."""
    with PlanFile.open(path) as doc:
        oregon = next(p for p in doc.list_plans() if p.kind == "pad" and "Oregon" in p.title)
        plan = doc.create_plan("pad", title)
        for question_id, value in doc.load_plan(oregon.id).answers.items():
            doc.save_answer(plan.id, question_id, value)
        doc.save_answer(plan.id, "pad.jurisdiction", code)
    return plan.id


def add_texas_directive(path: Path) -> int:
    """Copy the demo's Oregon directive into a new one under Texas rules; its plan id."""
    return add_directive(path, "TX", TEXAS_TITLE)


def demo_with_texas(path: Path) -> tuple[Path, int]:
    """The demo file for Robin, plus a Texas directive."""
    write_demo(path)
    return path, add_texas_directive(path)


STRESS_NAME = "Αικατερίνη-Ελισάβετ Παπαδοπούλου-Rodríguez de la Fuente Ximénez"

STRESS_PEOPLE = [
    (
        "Ιωάννης Κωνσταντινίδης",
        "Brother, and the one who knows my history best",
        "+30 210 555 0101",
    ),
    ("María José Fernández-Castañeda", "Friend since school", "+34 612 555 010"),
    (
        "Dr. Σοφία Αλεξανδροπούλου",
        "Psychiatrist at the Northside Community Mental Health Team",
        "+44 20 7946 0958",
    ),
    ("Zoë Ørsted-Nakamura", "Peer supporter", "(555) 014-2000"),
    ("Łukasz Wiśniewski", "Neighbour across the landing", "+48 22 555 01 77"),
    ("Renée Dubois-Lefèvre", "Colleague", "+33 1 55 55 01 23"),
    ("Νικόλαος Γεωργίου", "Cousin", "+30 231 555 0199"),
    ("Siobhán Ní Bhriain", "Housemate", "+353 1 555 0134"),
    ("José Ángel Muñoz", "Support worker", "+1 555 0166"),
    ("Françoise Müller", "Aunt", "+41 44 555 01 01"),
    ("Thandiwe Nkosi-Okonkwo", "Former partner"),
    ("Ξανθή Παπαδάκη", "Old friend"),
]


def write_stress(path: Path) -> Path:
    """A person whose plans push every document: a long name in Greek and accented Latin,
    long titles, 12 people, 15 medications (five refused, with reasons), long lists."""
    from wellplan.domain.plans import PlanStatus
    from wellplan.domain.records import RecordKind

    long_note = (
        "Please phone first; if there is no answer, send a message and try again in an hour."
    )
    with PlanFile.create(path) as doc:
        people = [
            doc.add_record(
                RecordKind.PERSON,
                {"name": n, "relationship": r, **({"phone": rest[0]} if rest else {})},
            ).id
            for n, r, *rest in STRESS_PEOPLE
        ]
        med_names = [
            "Lamotrigine",
            "Quetiapine",
            "Haloperidol",
            "Olanzapine",
            "Lithium carbonate",
            "Sertraline",
            "Propranolol",
            "Lorazepam",
            "Clozapine",
            "Aripiprazole",
            "Risperidone",
            "Diazepam",
            "Venlafaxine",
            "Melatonin",
            "Zopiclone",
        ]
        meds = [
            doc.add_record(
                RecordKind.MEDICATION,
                {
                    "name": name,
                    "dose": f"{10 * (i + 1)} mg twice a day, with food",
                    "prescriber": "Dr. Σοφία Αλεξανδροπούλου",
                    "purpose": "Keeps things steady",
                },
            ).id
            for i, name in enumerate(med_names)
        ]
        med_id = dict(zip(med_names, meds, strict=True))
        places = [
            doc.add_record(RecordKind.PLACE, {"name": n, "kind": k, "phone": ph}).id
            for n, k, ph in [
                (
                    "Αγία Σοφία Crisis House, the small one by the river",
                    "Crisis house",
                    "+30 210 555 0190",
                ),
                (
                    "St. Bartholomew's Hospital, Ward 7 (Women's Acute)",
                    "Hospital",
                    "+44 20 7946 0000",
                ),
                ("Hôpital Sainte-Anne", "Hospital", "+33 1 45 65 80 00"),
                ("County General Emergency Department", "Emergency department", "+1 555 0110"),
                ("The Maudsley Emergency Clinic", "Emergency clinic", "+44 20 3228 6000"),
            ]
        ]
        refused = ["Haloperidol", "Olanzapine", "Clozapine", "Risperidone", "Diazepam"]
        reasons = [
            "Made me rigid and terrified for days in 2019; I could not speak.",
            "I gained 20 kg and it took two years to feel like myself.",
            "A blood problem (neutropenia) in 2021.",
            "Severe restlessness: I could not sit still.",
            "I become confused and fall.",
        ]
        titles = {
            "wrap": "Αικατερίνη's Wellness Recovery Action Plan, written after the long winter with my peer group at the Riverside centre",
            "crisis": "Αικατερίνη's crisis plan for the bad nights, kept on my phone and on the fridge door",
            "pad": "Αικατερίνη's psychiatric advance directive under Oregon law, replacing the one from 2023",
        }
        wrap = doc.create_plan("wrap", titles["wrap"])
        for qid, value in {
            "toolbox.tools": [f"Tool number {i}: a long walk by the sea" for i in range(14)],
            "crisis.step_in_signs": [
                f"Sign {i}: I haven't slept and I talk very fast about plans" for i in range(10)
            ],
            "crisis.supporters": [{"id": p, "note": long_note} for p in people[:9]],
            "crisis.not_involved": [{"id": people[10], "note": "Please do not contact."}],
            "crisis.meds_now": [{"id": m, "note": "Keep giving this on time."} for m in meds[:2]],
            "crisis.meds_accept": [{"id": m, "note": ""} for m in meds[5:8]],
            "crisis.meds_avoid": [
                {"id": meds[2], "note": "Rigid and terrified."},
                {"id": meds[13], "note": ""},
            ],
            "crisis.treatments_avoid": [
                "Being restrained face down",
                "Seclusion in a locked room",
                "Group rooms with a television on all day",
            ],
            "crisis.places_prefer": [{"id": p, "note": "Calm and small."} for p in places[:3]],
            "crisis.places_avoid": [
                {"id": p, "note": "Long waits in a loud room make everything worse."}
                for p in places[3:]
            ],
            "crisis.helps": [
                f"Helpful thing {i}: speak slowly, one person at a time" for i in range(12)
            ],
            "crisis.not_helpful": [
                f"Unhelpful thing {i}: lots of people talking at once" for i in range(6)
            ],
            "crisis.tasks": [f"Task {i}: feed the cats and water the balcony" for i in range(8)],
        }.items():
            doc.save_answer(wrap.id, qid, value)
        doc.set_status(wrap.id, PlanStatus.COMPLETE)
        crisis = doc.create_plan("crisis", titles["crisis"])
        for qid, value in {
            "crisis_plan.warning_signs": [
                f"Warning sign {i}: everything feels too loud" for i in range(9)
            ],
            "crisis_plan.coping": [f"Coping idea {i}: cold water on my face" for i in range(9)],
            "crisis_plan.distraction_people": [
                {"id": p, "note": "Talk about anything else."} for p in people[4:8]
            ],
            "crisis_plan.places": [
                "The library on Οδός Ερμού",
                "Μαρία's kitchen",
                "The harbour wall",
            ],
            "crisis_plan.helpers": [{"id": p, "note": long_note} for p in people[1:6]],
            "crisis_plan.care_team": [
                {"id": people[2], "note": "Weekdays 9 to 5; out of hours, the crisis team."}
            ],
            "crisis_plan.urgent_care": [{"id": places[0], "note": "Bus 12, open day and night."}],
            "crisis_plan.lines": [
                {"name": "988 Suicide & Crisis Lifeline", "how": "Call or text 988, any time"},
                {"name": "Samaritans", "how": "Call 116 123, free, any time"},
                {"name": "Crisis Text Line", "how": "Text HOME to 741741"},
            ],
            "crisis_plan.safer_steps": [
                f"Safer step {i}: give the spare keys to Ιωάννης" for i in range(5)
            ],
            "crisis_plan.safer_helpers": [{"id": people[0], "note": "Keeps my spare medication."}],
            "crisis_plan.reasons": [f"Reason {i}: my niece Ελένη's birthday" for i in range(8)],
        }.items():
            doc.save_answer(crisis.id, qid, value)
        pad = doc.create_plan("pad", titles["pad"])
        for qid, value in {
            "pad.jurisdiction": "OR",
            "pad.about.name": STRESS_NAME,
            "pad.about.birth_date": "1979-02-28",
            "pad.comfort.language": "Greek (Ελληνικά) first, then Spanish; an interpreter, please",
            "pad.agent": [{"id": people[0], "note": "Knows my wishes best."}],
            "pad.alternates": [{"id": people[1], "note": "First alternate."}],
            "pad.meds.consent": [
                {"id": m, "note": "At the lowest dose that helps."} for m in meds[:2]
            ],
            "pad.meds.refuse": [
                {"id": med_id[name], "note": why}
                for name, why in zip(refused, reasons, strict=True)
            ],
            "pad.ect": {
                "choice": "no",
                "reason": "I'd rather try everything else first, and I was frightened by it in 2015.",
            },
            "pad.research": {"choice": "no", "reason": "Not while I can't decide for myself."},
            "pad.emergency.prefer": "Medication by mouth rather than an injection, with someone I know in the room.",
            "pad.emergency.avoid": "Restraint, especially face down. It brings back a frightening experience.\nSeclusion.",
            "pad.places.prefer": [{"id": places[0], "note": "Calm and small."}],
            "pad.places.avoid": [{"id": places[3], "note": "Long waits."}],
            "pad.places.alternatives": "A few nights at Αγία Σοφία Crisis House, with daily visits from my care team.",
            "pad.no_visit": [{"id": people[10], "note": ""}],
        }.items():
            doc.save_answer(pad.id, qid, value)
        doc.set_status(pad.id, PlanStatus.COMPLETE)
        return doc.path
