"""Answers as plain lines of text, for reading views and the PDFs, and the key facts every
crisis document leads with. Pure Python."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import profile_for
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.signing import Role
from wellplan.domain.templates import RECORD_TYPES, AnswerType, Question, choice_label
from wellplan.domain.words import day, say

RecordLookup = Callable[[AnswerType, int], Record | None]


def record_line(record: Record | None, note: str) -> str:
    """'Jo Okafor · Sister · +1 555 0142 — stay with me'"""
    text = record.summary() if record is not None else say("present", "(no longer in your records)")
    return f"{text} — {note}" if note.strip() else text


def compact(record: Record) -> str:
    """A short form for cards and the one-page summary: who or what, and how to reach it."""
    v = record.values
    if record.kind is RecordKind.PERSON:
        relation = f" ({v['relationship']})" if v.get("relationship") else ""
        return f"{record.name}{relation}" + (f", {v['phone']}" if v.get("phone") else "")
    if record.kind is RecordKind.MEDICATION:
        return record.name + (f" {v['dose']}" if v.get("dose") else "")
    return record.name + (f", {v['phone']}" if v.get("phone") else "")


def short_record_line(record: Record, note: str) -> str:
    """'Jo Okafor (Sister), +1 555 0142 — stay with me': for cards and the summary."""
    return f"{compact(record)} — {note}" if note.strip() else compact(record)


def answer_lines(
    question: Question, value: Any, lookup: RecordLookup, *, short: bool = False
) -> list[str]:
    """The answer as lines a person reads; [] when there is nothing to show. ``short``
    describes shared records briefly (name and how to reach them)."""
    t = question.type
    if value is None:
        return []
    if isinstance(value, str):
        if t is AnswerType.DATE and value.strip():
            return [long_date(value)]
        return (
            [line for line in value.splitlines() if line.strip()]
            if t is not AnswerType.JURISDICTION
            else []
        )
    if t is AnswerType.LIST and isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    if t is AnswerType.PICK and isinstance(value, Mapping):
        return [
            str(v) for v in [*value.get("tools", []), *value.get("steps", [])] if str(v).strip()
        ]
    if t in RECORD_TYPES and isinstance(value, list):
        lines = []
        for item in value:
            if not isinstance(item, Mapping):
                continue
            record = lookup(t, item["id"])
            note = str(item.get("note", ""))
            if short and record is not None:
                lines.append(short_record_line(record, note))
            else:
                lines.append(record_line(record, note))
        return lines
    if t is AnswerType.CRISIS_LINES and isinstance(value, list):
        return [
            f"{line.get('name', '')}: {line.get('how', '')}"
            for line in value
            if isinstance(line, Mapping)
        ]
    if t is AnswerType.CHOICE and isinstance(value, Mapping):
        choice = choice_label(str(value.get("choice", "")))
        reason = str(value.get("reason", "")).strip()
        return (
            [f"{choice} — {reason}" if choice and reason else choice or reason]
            if choice or reason
            else []
        )
    if t is AnswerType.OPTIONS and isinstance(value, Mapping):
        return option_lines(question, value)
    if t is AnswerType.STEPS and isinstance(value, list):
        return [step_line(step) for step in value if isinstance(step, Mapping) and step_text(step)]
    if t is AnswerType.GROUP and isinstance(value, list):
        lines = []
        for number, entry in enumerate(value, start=1):
            if not isinstance(entry, Mapping):
                continue
            lines.append(entry_title(question, entry, number))
            for field in question.fields:
                if field is title_field(question):
                    continue
                for line in answer_lines(field, entry.get(field.key), lookup, short=short):
                    lines.append(f"{field.heading}: {line}")
        return lines
    return []


def option_lines(question: Question, value: Mapping[str, Any]) -> list[str]:
    """The options ticked, in the person's language, then the person's own."""
    chosen = [question.option_label(str(o)) for o in value.get("chosen", [])]
    return [*chosen, *(str(v) for v in value.get("own", []) if str(v).strip())]


def step_text(step: Mapping[str, Any]) -> str:
    return str(step.get("text", "")).strip()


def step_line(step: Mapping[str, Any], *, done: bool = True) -> str:
    """'Call the job centre — Jo (Monday morning)', and when it was done: '… — done 3 March
    2027' (``done``: say so)."""
    text = step_text(step)
    who, when = str(step.get("who", "")).strip(), str(step.get("when", "")).strip()
    if who:
        text = f"{text} — {who}"
    if when:
        text = f"{text} ({when})"
    finished = str(step.get("done", ""))
    if done and finished:
        text = f"{text} — " + say("present", "done {day}").format(day=long_date(finished))
    return text


def title_field(question: Question) -> Question | None:
    """The field that names a group's entry (its first short text)."""
    return next((f for f in question.fields if f.type is AnswerType.SHORT_TEXT), None)


def entry_title(question: Question, entry: Mapping[str, Any], number: int) -> str:
    """'Goal 1: A part-time job I enjoy', or 'Goal 1' before it has words."""
    field = title_field(question)
    words = str(entry.get(field.key, "")).strip() if field is not None else ""
    name = f"{question.item} {number}"
    return f"{name}: {words}" if words else name


def long_date(value: str) -> str:
    """A date answer ('1988-04-17') as people write it ('17 April 1988'); anything that
    isn't an ISO date is kept as the person wrote it."""
    try:
        return day(dt.date.fromisoformat(value.strip()))
    except ValueError:
        return value


def choice_sentence(value: Any) -> tuple[str, str]:
    """A yes/no answer as the start of a sentence and the person's reason: ('Yes.', 'I
    recover faster at home.'); ('', '') when there is no answer."""
    if not isinstance(value, Mapping):
        return "", ""
    choice = choice_label(str(value.get("choice", "")))
    reason = str(value.get("reason", "")).strip()
    return (f"{choice}." if choice else ""), reason


_DIALABLE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().\-\u00a0]*\d(?![\w])|(?<![\w+])\d{3,}(?![\w])")


def phone_numbers(text: str) -> list[str]:
    """The numbers in ``text`` a phone can call or text, each once: '+1 555 0142', '988',
    '741741' (three digits or more; years and doses aren't numbers to call)."""
    found: list[str] = []
    for match in _DIALABLE.finditer(text):
        number = match.group(0).strip()
        digits = sum(ch.isdigit() for ch in number)
        after = text[match.end() :].lstrip()
        if digits < 3 or re.match(r"(mg|mcg|ml|g|%|units?)\b", after, re.IGNORECASE):
            continue
        if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100:
            continue  # a year
        if number not in found:
            found.append(number)
    return found


def dial(number: str) -> str:
    """What a tel: or sms: link holds: '+1 (555) 014-2' -> '+15550142'."""
    return ("+" if number.lstrip().startswith("+") else "") + "".join(
        ch for ch in number if ch.isdigit()
    )


# ---- the key facts: what every crisis document leads with, and never leaves out ---------------
# Answers the key facts read when a plan has them (some templates may not ask them yet).
Q_BIRTH_DATE = "pad.about.birth_date"
Q_PREFERRED_NAME = "pad.about.preferred_name"
Q_PRONOUNS = "pad.about.pronouns"
Q_LANGUAGE = "pad.comfort.language"


@dataclass(frozen=True)
class Refusal:
    """Something the person refuses or asks others to avoid, and why, in their words."""

    what: str
    why: str
    consent: bool  # True: refused in a directive ("I do not consent to"); False: "please avoid"


@dataclass(frozen=True)
class Contact:
    record: Record
    note: str


@dataclass(frozen=True)
class Directive:
    title: str
    place: str  # whose rules it follows
    signed_version: int | None = None  # the version the person signed in WellPlan, if any
    signed_at: dt.datetime | None = None


@dataclass(frozen=True)
class KeyFacts:
    """Who the person is, what they refuse, and who to reach: never cut from any document."""

    name: str
    born: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    language: str = ""
    refusals: tuple[Refusal, ...] = ()
    agent: Contact | None = None
    first_contact: Contact | None = None
    crisis_line: tuple[str, str] | None = None  # the service's name, how to reach it
    directive: Directive | None = None

    @property
    def keeper(self) -> Contact | None:
        """Who to ask for the full plans: the agent, or else the first person to call."""
        return self.agent or self.first_contact


def _text(bundle: Bundle, question_id: str) -> str:
    """A short answer from the plan documents use first, whichever plan asks it."""
    plans = [p for p in (bundle.latest(k) for k in ("pad", "wrap", "crisis")) if p is not None]
    for plan in [*plans, *bundle.plans]:
        value = plan.answers.get(question_id)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _first(bundle: Bundle, *sources: tuple[PlanData | None, str]) -> Contact | None:
    for plan, question_id in sources:
        for record, note in bundle.people(plan, question_id):
            return Contact(record, note)
    return None


def _refusals(bundle: Bundle) -> tuple[Refusal, ...]:
    wrap, pad = bundle.latest("wrap"), bundle.latest("pad")
    found: list[Refusal] = []
    seen: set[int] = set()
    for plan, question_id, consent in (
        (pad, "pad.meds.refuse", True),
        (wrap, "crisis.meds_avoid", False),
    ):
        for record, note in bundle.people(plan, question_id):
            if record.id not in seen:
                seen.add(record.id)
                found.append(Refusal(record.name, note.strip(), consent))
    if pad is not None:
        for question_id, what in (
            ("pad.ect", say("present", "Electroconvulsive therapy (ECT)")),
            ("pad.research", say("present", "Research studies or drug trials")),
        ):
            value = pad.answers.get(question_id)
            if isinstance(value, Mapping) and value.get("choice") == "no":
                found.append(Refusal(what, str(value.get("reason", "")).strip(), True))
    lines: list[str] = []
    for plan, question_id in ((wrap, "crisis.treatments_avoid"), (pad, "pad.emergency.avoid")):
        value = plan.answers.get(question_id) if plan is not None else None
        if isinstance(value, str):
            lines += value.splitlines()
        elif isinstance(value, list):
            lines += [str(v) for v in value]
    found += [Refusal(line.strip(), "", False) for line in lines if line.strip()]
    return tuple(found)


def key_facts(bundle: Bundle) -> KeyFacts:
    wrap, crisis, pad = bundle.latest("wrap"), bundle.latest("crisis"), bundle.latest("pad")
    directive = None
    if pad is not None:
        signed = [s for s in bundle.signed(pad) if s.role is Role.PERSON]
        directive = Directive(
            pad.summary.title,
            profile_for(pad.answers).name,
            signed[0].version if signed else None,
            signed[0].signed_at if signed else None,
        )
    line = None
    lines = crisis.answers.get("crisis_plan.lines") if crisis is not None else None
    for item in lines if isinstance(lines, list) else []:
        if isinstance(item, Mapping) and (item.get("name") or item.get("how")):
            line = (str(item.get("name", "")).strip(), str(item.get("how", "")).strip())
            break
    born = _text(bundle, Q_BIRTH_DATE)
    return KeyFacts(
        name=bundle.person_name,
        born=long_date(born) if born else "",
        preferred_name=_text(bundle, Q_PREFERRED_NAME),
        pronouns=_text(bundle, Q_PRONOUNS),
        language=_text(bundle, Q_LANGUAGE),
        refusals=_refusals(bundle),
        agent=_first(bundle, (pad, "pad.agent")),
        first_contact=_first(
            bundle,
            (crisis, "crisis_plan.helpers"),
            (wrap, "crisis.supporters"),
            (crisis, "crisis_plan.care_team"),
        ),
        crisis_line=line,
        directive=directive,
    )
