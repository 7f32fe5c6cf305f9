"""Who signs a plan, in which order, under which words; and what a signature is.

Signing is side by side on one laptop: each person who signs has their own step, sees the
words they are signing under, and signs for themselves only. Only the person signs as the
person. Witnesses answer their profile's eligibility questions for themselves; an answer
that rules them out stops that step with a plain reason, never silently.

A signature belongs to one frozen version of a plan (storage freezes it when signing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wellplan.domain.pad import NUMBER_WORDS, NotaryRule, Profile

Point = tuple[float, float]


class Role(StrEnum):
    PERSON = "person"
    WITNESS_1 = "witness-1"
    WITNESS_2 = "witness-2"
    WITNESS_3 = "witness-3"
    AGENT = "agent"
    ALTERNATE = "alternate"


WITNESS_ROLES = (Role.WITNESS_1, Role.WITNESS_2, Role.WITNESS_3)

ROLE_LABELS = {
    Role.PERSON: "The person making this plan",
    Role.WITNESS_1: "Witness 1",
    Role.WITNESS_2: "Witness 2",
    Role.WITNESS_3: "Witness 3",
    Role.AGENT: "Agent",
    Role.ALTERNATE: "Alternate agent",
}


@dataclass(frozen=True)
class Mark:
    """The signature itself: strokes drawn on the pad (0..1 coordinates, with the pad's
    width:height so it prints in the same shape), or a typed name the signer ticked."""

    kind: str  # "drawn" or "typed"
    strokes: tuple[tuple[Point, ...], ...] = ()
    aspect: float = 3.0
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        if self.kind == "typed":
            return {"kind": "typed", "text": self.text}
        return {
            "kind": "drawn",
            "aspect": round(self.aspect, 4),
            "strokes": [[[round(x, 4), round(y, 4)] for x, y in s] for s in self.strokes],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Mark:
        if data.get("kind") == "typed":
            return cls("typed", text=str(data.get("text", "")))
        strokes = tuple(
            tuple((float(x), float(y)) for x, y in stroke) for stroke in data.get("strokes", [])
        )
        return cls("drawn", strokes=strokes, aspect=float(data.get("aspect", 3.0)))


@dataclass(frozen=True)
class Signature:
    role: Role
    name: str
    mark: Mark
    statement: str  # the words signed under, exactly as shown
    signed_at: dt.datetime
    eligibility: tuple[tuple[str, bool], ...] = ()  # question, answered yes?
    version: int = 0  # which frozen version of the plan (storage fills it in)


@dataclass(frozen=True)
class Step:
    """One signer's turn at the laptop."""

    role: Role
    title: str
    handover: str  # who should be at the keyboard now
    statement: str  # may contain {name}: the signer's own name
    questions: tuple[str, ...] = ()
    name: str = ""  # known beforehand (the person, the named agent)
    optional: bool = False


def person_statement(kind: str, person: str) -> str:
    who = person or "the person named in this plan"
    if kind == "pad":
        return f"I, {who}, make this directive of my own free will. I understand what it says."
    return f"I, {who}, wrote this plan in my own words, and it says what I want."


def signing_steps(
    kind: str,
    person: str,
    profile: Profile | None = None,
    agents: Sequence[tuple[Role, str]] = (),
) -> list[Step]:
    """The steps for a plan: the person first, then each witness the profile asks for, then
    (where the law asks agents to accept in writing) each named agent."""
    me = person or "you"
    steps = [
        Step(
            Role.PERSON,
            "Your signature",
            f"This step is for {me} only. No one else can sign or tick anything here for you.",
            person_statement(kind, person),
            name=person,
        )
    ]
    if kind != "pad" or profile is None:
        return steps
    attestation = profile.attestation.replace("{name}", person or "the person")
    count = min(profile.witnesses, len(WITNESS_ROLES))
    for number, role in enumerate(WITNESS_ROLES[:count], start=1):
        steps.append(
            Step(
                role,
                f"Witness {number} of {count}",
                f"Please hand the laptop to witness {number}. This step is for the witness "
                f"alone: {me} doesn't answer or sign here.",
                attestation
                or f"I watched {person or 'the person'} sign this directive of their own free will.",
                questions=profile.eligibility_questions,
                optional=profile.notary is NotaryRule.OR,
            )
        )
    if "agent_acceptance" in profile.features:
        for role, name in agents:
            word = "agent" if role is Role.AGENT else "alternate agent"
            steps.append(
                Step(
                    role,
                    f"Acceptance by your {word}",
                    f"Please hand the laptop to {name}. This step is for them alone.",
                    f"I accept the role of {word} for {person or 'the person'}. I will act in "
                    "good faith, following this directive and their wishes.",
                    name=name,
                    optional=True,
                )
            )
    return steps


@dataclass(frozen=True)
class WitnessCheck:
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_witness(
    name: str,
    answers: Mapping[str, bool | None],
    *,
    profile: Profile,
    person: str,
    agents: Sequence[str] = (),
    other_witnesses: Sequence[str] = (),
) -> WitnessCheck:
    """Can this person witness? Every question needs an answer; a yes rules them out."""
    problems: list[str] = []
    clean = " ".join(name.split()).casefold()
    if not clean:
        problems.append("Type your full name as the witness.")
    elif person and clean == " ".join(person.split()).casefold():
        problems.append("You can't witness your own directive: ask someone else to be a witness.")
    elif any(clean == " ".join(a.split()).casefold() for a in agents if a):
        problems.append(
            "The person named as agent can't also be a witness: ask someone else to witness."
        )
    elif any(clean == " ".join(w.split()).casefold() for w in other_witnesses if w):
        problems.append("This person has already signed as a witness: each witness is different.")
    unanswered = [q for q in profile.eligibility_questions if answers.get(q) is None]
    if unanswered:
        problems.append(
            f"Answer {'each question' if len(unanswered) > 1 else 'the question'} above "
            "(yes or no) to go on."
        )
    for question in profile.eligibility_questions:
        if answers.get(question):
            problems.append(
                f"Because you answered yes to “{question}”, {profile.name}'s rules don't let "
                "you be a witness. Thank you for being here: please ask someone else to witness."
            )
    return WitnessCheck(tuple(problems))


def wet_ink_advice(profile: Profile) -> str:
    """What the law asks for, and what signing here is and isn't, in plain words."""
    witnesses = NUMBER_WORDS.get(profile.witnesses, str(profile.witnesses))
    present = (
        f"with {witnesses} witness{'es' if profile.witnesses != 1 else ''} watching"
        if profile.witnesses
        else ""
    )
    if profile.notary is NotaryRule.OR:
        where = f"{present}, or in front of a notary" if present else "in front of a notary"
    elif profile.notary is NotaryRule.AND:
        where = f"{present} and in front of a notary" if present else "in front of a notary"
    else:
        where = present
    if profile.electronic_signing:
        return (
            f"{profile.name} allows this kind of directive to be signed electronically, so "
            "signing here can count, as long as it is done the way the law asks"
            + (f" ({where})" if where else "")
            + ". You can also print the signing form and sign it in ink."
        )
    return (
        f"In {profile.name}, sign the printed form in ink"
        + (f", {where}" if where else "")
        + ". Signing here puts your signatures on this version and on the PDF, and the seal "
        "proves the file hasn't been changed since. It isn't the legal signing itself."
    )
