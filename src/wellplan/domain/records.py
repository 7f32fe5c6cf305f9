"""Shared records: people, medications and places, entered once and used by every plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wellplan.domain.value import Plain
from wellplan.domain.words import mark


class RecordKind(StrEnum):
    PERSON = "person"
    MEDICATION = "medication"
    PLACE = "place"


@dataclass(frozen=True, repr=False)
class RecordField(Plain):
    name: str
    label: str
    multiline: bool = False


#: The fields of each kind of record, in the order they are shown. ``name`` always comes first
#: and is the only field a record needs. Labels are in English: show them with said("records", …).
RECORD_FIELDS: dict[RecordKind, tuple[RecordField, ...]] = {
    RecordKind.PERSON: (
        RecordField("name", mark("records", "Name")),
        RecordField("relationship", mark("records", "Who they are to you")),
        RecordField("phone", mark("records", "Phone")),
        RecordField("email", mark("records", "Email")),
        RecordField("notes", mark("records", "Notes"), multiline=True),
    ),
    RecordKind.MEDICATION: (
        RecordField("name", mark("records", "Medication")),
        RecordField("dose", mark("records", "Dose")),
        RecordField("prescriber", mark("records", "Who prescribes it")),
        RecordField("pharmacy", mark("records", "Pharmacy")),
        RecordField("purpose", mark("records", "What it's for")),
        RecordField("notes", mark("records", "How it affects you"), multiline=True),
    ),
    RecordKind.PLACE: (
        RecordField("name", mark("records", "Place")),
        RecordField("kind", mark("records", "What kind of place")),
        RecordField("phone", mark("records", "Phone")),
        RecordField("address", mark("records", "Address")),
        RecordField("notes", mark("records", "Notes"), multiline=True),
    ),
}


@dataclass(frozen=True, repr=False)
class Record(Plain):
    """A person, medication or place as the GUI and export see it: plain values, no session."""

    kind: RecordKind
    id: int
    values: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.values.get("name", "")

    def summary(self) -> str:
        """One line for lists: the name, then the other filled-in short fields."""
        parts = [self.name]
        for f in RECORD_FIELDS[self.kind][1:]:
            value = self.values.get(f.name, "").strip()
            if value and not f.multiline:
                parts.append(value)
        return " · ".join(p for p in parts if p)
