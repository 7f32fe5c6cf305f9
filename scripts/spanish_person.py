"""Plans written in Spanish by a made-up person, Lucía Ramírez, for the Spanish screenshots
(scripts/screenshots.py) and the Spanish summary page (scripts/render_pdfs.py)."""

from __future__ import annotations

from pathlib import Path


def write_spanish_person(path: Path) -> Path:
    """A file with Lucía's crisis plan, a few parts of her WRAP, and a draft Texas directive."""
    from wellplan.domain.crisis_lines import countries
    from wellplan.domain.records import RecordKind
    from wellplan.storage.document import PlanFile

    with PlanFile.create(path) as doc:
        marta = doc.add_record(
            RecordKind.PERSON,
            {"name": "Marta Ruiz", "relationship": "hermana", "phone": "+1 555 0142"},
        ).id
        andres = doc.add_record(
            RecordKind.PERSON,
            {"name": "Andrés Molina", "relationship": "amigo", "phone": "+1 555 0178"},
        ).id
        ortiz = doc.add_record(
            RecordKind.PERSON,
            {
                "name": "Dra. Elena Ortiz",
                "relationship": "psiquiatra",
                "phone": "+1 555 0100",
                "notes": "Clínica Comunitaria del Este",
            },
        ).id
        house = doc.add_record(
            RecordKind.PLACE,
            {
                "name": "Casa Esperanza",
                "kind": "casa de crisis",
                "phone": "+1 555 0190",
                "address": "14 Elm Street",
            },
        ).id
        sertraline = doc.add_record(
            RecordKind.MEDICATION,
            {"name": "Sertralina", "dose": "50 mg cada mañana", "prescriber": "Dra. Elena Ortiz"},
        ).id
        us = countries("es")["US"].lines
        crisis = doc.create_plan("crisis", "Mi plan de crisis")
        for question, value in {
            "crisis_plan.warning_signs": [
                "Dejo de contestarle a mi hermana",
                "Duermo mal varias noches seguidas",
                "Siento que todo el mundo está en mi contra",
            ],
            "crisis_plan.coping": [
                "Salir a caminar por el parque",
                "Escuchar mi música favorita",
                "Darme un baño caliente",
            ],
            "crisis_plan.distraction_people": [{"id": andres, "note": "ver una película juntos"}],
            "crisis_plan.places": ["La biblioteca de la calle Elm", "La cocina de Marta"],
            "crisis_plan.helpers": [{"id": marta, "note": "que venga a casa o me llame"}],
            "crisis_plan.care_team": [
                {"id": ortiz, "note": "llamar a la clínica entre semana"},
            ],
            "crisis_plan.urgent_care": [{"id": house, "note": "abierta de día y de noche"}],
            "crisis_plan.lines": [line.as_answer() for line in us[:2]]
            + [next(line.as_answer() for line in us if "AYUDAME" in line.how)],
            "crisis_plan.safer_steps": ["Darle a Marta los medicamentos que me sobran"],
            "crisis_plan.reasons": ["Mi sobrina Sofía", "Mi gata, Canela", "Terminar mis estudios"],
        }.items():
            doc.save_answer(crisis.id, question, value)
        wrap = doc.create_plan("wrap", "Mi plan de bienestar")
        for question, value in {
            "toolbox.tools": ["Caminar junto al río", "Llamar a Marta", "Cocinar algo sencillo"],
            "crisis.helps": ["Hablarme despacio y en voz baja", "Sentarse a mi lado sin hablar"],
            "crisis.not_helpful": ["Mucha gente en el cuarto", "Que me toquen sin preguntar"],
            "crisis.meds_now": [{"id": sertraline, "note": ""}],
            "crisis.tasks": ["Darle de comer a Canela dos veces al día"],
        }.items():
            doc.save_answer(wrap.id, question, value)
        pad = doc.create_plan("pad", "Mi directiva anticipada (Texas)")
        for question, value in {
            "pad.jurisdiction": "TX",
            "pad.about.name": "Lucía Ramírez",
            "pad.about.birth_date": "1991-03-08",
            "pad.comfort.language": "Español, por favor. Si hace falta, con intérprete.",
            "pad.emergency.calms": ["Un cuarto tranquilo", "Hablar con una sola persona a la vez"],
        }.items():
            doc.save_answer(pad.id, question, value)
    return path
