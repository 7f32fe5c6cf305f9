"""Plan templates: the questions of each kind of plan, kept as data in resources/templates/.

A template is read once, checked, and then drives everything else: the wizard pages, the
autosave keys, (later) the PDF sections and readiness checks. A question id, once released,
never changes meaning, because people's files store answers under it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from wellplan.domain import words
from wellplan.domain.records import RecordKind
from wellplan.domain.value import Plain
from wellplan.resources import remembered_toml, resource_path


class AnswerType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    LIST = "list"  # an ordered list of the person's own items
    PICK = "pick"  # tools picked from another list question, plus the person's own steps
    PEOPLE = "people"  # shared records, each with a note
    MEDICATIONS = "medications"
    PLACES = "places"
    CHOICE = "choice"  # yes / no / not sure, with a reason
    DATE = "date"
    JURISDICTION = "jurisdiction"  # the code of a jurisdiction profile (PADs)
    CRISIS_LINES = "crisis_lines"  # the person's own copy of crisis lines, editable
    OPTIONS = "options"  # ticked from the template's own options, plus the person's own
    STEPS = "steps"  # steps in the person's order, each with when (and who), ticked done
    GROUP = "group"  # entries the person adds (goals, paths), each asking the same fields


#: Answer types that point at shared records, and the kind of record each points at.
RECORD_KINDS: dict[AnswerType, RecordKind] = {
    AnswerType.PEOPLE: RecordKind.PERSON,
    AnswerType.MEDICATIONS: RecordKind.MEDICATION,
    AnswerType.PLACES: RecordKind.PLACE,
}
RECORD_TYPES = frozenset(RECORD_KINDS)
#: Extra widgets a section may ask for by name; the GUI provides each one.
SECTION_WIDGETS = frozenset({"readiness"})
#: The values of a choice question, with their labels in English (show them with choice_label).
CHOICES: tuple[tuple[str, str], ...] = (
    ("yes", words.mark("choices", "Yes")),
    ("no", words.mark("choices", "No")),
    ("unsure", words.mark("choices", "Not sure yet")),
)


# answer types that hold a list the template may limit in length (``most``)
LIMITED_TYPES = frozenset({AnswerType.LIST, AnswerType.STEPS, AnswerType.GROUP})


def choice_label(value: str) -> str:
    """ "Yes", "No" or "Not sure yet" in the language being spoken; "" for no choice."""
    label = dict(CHOICES).get(value, "")
    return words.said("choices", label) if label else ""


_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


class TemplateError(ValueError):
    """A template file is malformed. Meant for developers; the message lists every problem."""


@dataclass(frozen=True, repr=False)
class Condition(Plain):
    """Show a question or section only when an earlier choice question has one of some values."""

    question: str
    any_of: tuple[str, ...]

    def holds(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.question)
        choice = value.get("choice", "") if isinstance(value, dict) else ""
        return choice in self.any_of


@dataclass(frozen=True, repr=False)
class Option(Plain):
    """One of the template's own choices for an options question (a part of life)."""

    id: str  # stored in the answer: never changes meaning
    label: str


@dataclass(frozen=True, repr=False)
class Question(Plain):
    id: str
    type: AnswerType
    text: str
    why: str = ""
    example: str = ""
    placeholder: str = ""
    source: str = ""  # for PICK: the id of the list question to pick from
    # for record types: what the note beside each record means; for steps: who does each
    note_label: str = ""
    show_if: Condition | None = None
    requires: str = ""  # a feature the jurisdiction profile must allow (e.g. "agent")
    label: str = ""  # a short heading for documents, in the person's voice ("My questions")
    options: tuple[Option, ...] = ()  # for OPTIONS
    fields: tuple[Question, ...] = ()  # for GROUP: what each entry asks
    item: str = ""  # for GROUP: what one entry is called ("Goal")
    add_label: str = ""  # for GROUP: the words on the button that adds one ("Add a goal")
    most: int = 0  # for lists, steps and groups: at most this many (0: no limit)
    carry: str = ""  # a new plan of this kind starts with this answer of the newest one

    @property
    def key(self) -> str:
        """Where a group's entry keeps this field's answer: the last part of its id."""
        return self.id.rsplit(".", 1)[-1]

    @property
    def heading(self) -> str:
        """The words documents print over the answer."""
        return self.label or self.text

    def option_label(self, option_id: str) -> str:
        return next((o.label for o in self.options if o.id == option_id), option_id)

    def visible(self, answers: Mapping[str, Any], features: frozenset[str] | None = None) -> bool:
        if self.requires and features is not None and self.requires not in features:
            return False
        return self.show_if is None or self.show_if.holds(answers)


@dataclass(frozen=True, repr=False)
class Section(Plain):
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    part: str = ""  # a heading that groups consecutive sections in the sidebar
    show_if: Condition | None = None
    requires: str = ""
    widget: str = ""  # a named extra widget shown after the questions (e.g. "readiness")
    tips: tuple[str, ...] = ()  # short reminders shown (and printed) as a list
    tips_title: str = ""  # the words before them ("In any meeting, it's fine to:")
    tips_note: str = ""  # a line after them ("general information, not legal advice")

    def visible(self, answers: Mapping[str, Any], features: frozenset[str] | None = None) -> bool:
        if self.requires and features is not None and self.requires not in features:
            return False
        return self.show_if is None or self.show_if.holds(answers)


@dataclass(frozen=True, repr=False)
class Template(Plain):
    kind: str
    version: int
    title: str
    description: str
    intro: str
    notice: str
    sections: tuple[Section, ...]
    order: int = 0  # where the plan kind is offered among the others
    start_label: str = ""  # the words on the button that starts one
    # the question whose steps not yet done are "next steps" (home card, "My next steps")
    next_steps: str = ""
    one_page: tuple[str, ...] = ()  # questions on a one-page sheet, most important first
    one_page_title: str = ""
    one_page_header: tuple[str, ...] = ()  # questions that head that sheet (who, when)
    daily: str = ""  # the list question a "Today" check-in offers to tick

    def question(self, question_id: str) -> Question:
        for section in self.sections:
            for q in section.questions:
                if q.id == question_id:
                    return q
        raise KeyError(question_id)

    def every_question(self) -> tuple[Question, ...]:
        """The questions and, after each group, the fields of its entries (at any depth)."""

        def walk(questions: tuple[Question, ...]) -> list[Question]:
            found: list[Question] = []
            for q in questions:
                found += [q, *walk(q.fields)]
            return found

        return tuple(walk(self.questions()))

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def question_of_type(self, answer_type: AnswerType) -> Question | None:
        return next((q for q in self.questions() if q.type is answer_type), None)


def _condition(raw: Any, where: str, problems: list[str]) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or "question" not in raw or "any_of" not in raw:
        problems.append(f"{where}: show_if needs 'question' and 'any_of'")
        return None
    return Condition(str(raw["question"]), tuple(str(v) for v in raw["any_of"]))


def _texts(raw: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(t, str) and t for t in raw):
        problems.append(f"{where}: should be a list of texts")
        return ()
    return tuple(raw)


def _options(raw: Any, where: str, problems: list[str]) -> tuple[Option, ...]:
    """``[[...options]]`` tables of ``id`` and ``label``."""
    found: list[Option] = []
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: an options question needs its options")
        return ()
    for item in raw:
        oid = str(item.get("id", "")) if isinstance(item, dict) else ""
        if not _ID.match(oid) or "." in oid or not item.get("label"):
            problems.append(f"{where}: each option needs a plain id and a label")
            continue
        if oid in {o.id for o in found}:
            problems.append(f"{where}: option {oid!r} used twice")
        found.append(Option(oid, str(item["label"])))
    return tuple(found)


def _question(
    raw: Mapping[str, Any],
    qwhere: str,
    seen: dict[str, AnswerType],
    problems: list[str],
    group: str = "",
) -> Question | None:
    """One question, or one field of a group's entries (``group``: the group's id, which
    starts the field's id)."""
    qid = str(raw.get("id", ""))
    try:
        qtype = AnswerType(raw.get("type", ""))
    except ValueError:
        problems.append(f"{qwhere}: unknown type {raw.get('type')!r}")
        return None
    if not _ID.match(qid):
        problems.append(f"{qwhere}: id must be lower_case words joined by dots")
    if group:
        if "." in qid:
            problems.append(f"{qwhere}: a field's id is one word (the group's id comes first)")
        qid = f"{group}.{qid}"
    if qid in seen:
        problems.append(f"{qwhere}: question id used twice")
    if not raw.get("text"):
        problems.append(f"{qwhere}: needs text")
    source = str(raw.get("from", ""))
    if qtype is AnswerType.PICK and (group or seen.get(source) is not AnswerType.LIST):
        problems.append(f"{qwhere}: 'from' must name an earlier list question")
    condition = _condition(raw.get("show_if"), qwhere, problems)
    if condition and (group or seen.get(condition.question) is not AnswerType.CHOICE):
        problems.append(f"{qwhere}: show_if must name an earlier choice question")
    if qtype in (AnswerType.JURISDICTION, AnswerType.CRISIS_LINES) and group:
        problems.append(f"{qwhere}: a group's entries can't ask this type")
    options = _options(raw.get("options"), qwhere, problems) if qtype is AnswerType.OPTIONS else ()
    most = raw.get("most", 0)
    if not isinstance(most, int) or most < 0 or (most and qtype not in LIMITED_TYPES):
        problems.append(f"{qwhere}: 'most' is a whole number, for lists, steps and groups")
        most = 0
    carry = str(raw.get("carry", ""))
    if carry and group:
        problems.append(f"{qwhere}: a group's fields can't carry answers")
    seen[qid] = qtype
    fields: list[Question] = []
    if qtype is AnswerType.GROUP:
        if not raw.get("item") or not raw.get("add_label"):
            problems.append(f"{qwhere}: a group needs 'item' and 'add_label'")
        for f_index, raw_field in enumerate(raw.get("fields", [])):
            fwhere = f"{qwhere}, field {f_index + 1} ({raw_field.get('id') or 'no id'})"
            field = _question(raw_field, fwhere, seen, problems, group=qid)
            if field is not None:
                fields.append(field)
        if not fields:
            problems.append(f"{qwhere}: a group needs fields")
    return Question(
        id=qid,
        type=qtype,
        text=str(raw.get("text", "")),
        why=str(raw.get("why", "")),
        example=str(raw.get("example", "")),
        placeholder=str(raw.get("placeholder", "")),
        source=source,
        note_label=str(raw.get("note_label", "")),
        show_if=condition,
        requires=str(raw.get("requires", "")),
        label=str(raw.get("label", "")),
        options=options,
        fields=tuple(fields),
        item=str(raw.get("item", "")),
        add_label=str(raw.get("add_label", "")),
        most=most,
        carry=carry,
    )


def parse_template(data: Mapping[str, Any], origin: str = "<template>") -> Template:
    """Build and check a template from parsed TOML. Raises TemplateError listing all problems."""
    problems: list[str] = []
    seen: dict[str, AnswerType] = {}
    sections: list[Section] = []
    section_ids: set[str] = set()
    for s_index, raw_section in enumerate(data.get("sections", [])):
        sid = str(raw_section.get("id", ""))
        where = f"{origin}: section {s_index + 1} ({sid or 'no id'})"
        if not _ID.match(sid):
            problems.append(f"{where}: id must be lower_case words joined by dots")
        if sid in section_ids:
            problems.append(f"{where}: section id used twice")
        section_ids.add(sid)
        if not raw_section.get("title"):
            problems.append(f"{where}: needs a title")
        questions: list[Question] = []
        for q_index, raw in enumerate(raw_section.get("questions", [])):
            qwhere = f"{where}, question {q_index + 1} ({raw.get('id') or 'no id'})"
            question = _question(raw, qwhere, seen, problems)
            if question is not None:
                questions.append(question)
        widget = str(raw_section.get("widget", ""))
        if widget and widget not in SECTION_WIDGETS:
            problems.append(f"{where}: unknown widget {widget!r}")
        tips = _texts(raw_section.get("tips"), f"{where}: tips", problems)
        if tips and not raw_section.get("tips_title"):
            problems.append(f"{where}: tips need a 'tips_title'")
        if not questions and not widget and not tips:
            problems.append(f"{where}: has no questions")
        condition = _condition(raw_section.get("show_if"), where, problems)
        if condition and seen.get(condition.question) is not AnswerType.CHOICE:
            problems.append(f"{where}: show_if must name an earlier choice question")
        sections.append(
            Section(
                id=sid,
                title=str(raw_section.get("title", "")),
                intro=str(raw_section.get("intro", "")),
                questions=tuple(questions),
                part=str(raw_section.get("part", "")),
                show_if=condition,
                requires=str(raw_section.get("requires", "")),
                widget=widget,
                tips=tips,
                tips_title=str(raw_section.get("tips_title", "")),
                tips_note=str(raw_section.get("tips_note", "")),
            )
        )
    for key in ("kind", "title"):
        if not data.get(key):
            problems.append(f"{origin}: needs '{key}'")
    if not isinstance(data.get("version"), int) or data.get("version", 0) < 1:
        problems.append(f"{origin}: 'version' must be a whole number from 1")
    if not sections:
        problems.append(f"{origin}: has no sections")
    top_level = {q.id: q for s in sections for q in s.questions}
    for section in sections:
        for q in section.questions:
            if q.carry and (q.carry not in top_level or top_level[q.carry].type is not q.type):
                problems.append(
                    f"{origin}: {q.id} carries {q.carry!r}, which must be a question of its type"
                )
    next_steps = str(data.get("next_steps", ""))
    if next_steps and not _has_steps(top_level.get(next_steps)):
        problems.append(f"{origin}: next_steps must name a steps question, or a group with steps")
    one_page = _texts(data.get("one_page"), f"{origin}: one_page", problems)
    header = _texts(data.get("one_page_header"), f"{origin}: one_page_header", problems)
    for qid in (*one_page, *header):
        if qid not in top_level:
            problems.append(f"{origin}: the one-page sheet names {qid!r}, not a question here")
    if one_page and not data.get("one_page_title"):
        problems.append(f"{origin}: a one-page sheet needs 'one_page_title'")
    daily = str(data.get("daily", ""))
    if daily and (daily not in top_level or top_level[daily].type is not AnswerType.LIST):
        problems.append(f"{origin}: 'daily' must name a list question")
    if problems:
        raise TemplateError("\n".join(problems))
    return Template(
        kind=str(data["kind"]),
        version=int(data["version"]),
        title=str(data["title"]),
        description=str(data.get("description", "")),
        intro=str(data.get("intro", "")),
        notice=str(data.get("notice", "")),
        sections=tuple(sections),
        order=int(data.get("order", 0)),
        start_label=str(data.get("start_label", "")) or f"Start: {data['title']}",
        next_steps=next_steps,
        one_page=one_page,
        one_page_title=str(data.get("one_page_title", "")),
        one_page_header=header,
        daily=daily,
    )


def offers(template: Template, doc: str) -> bool:
    """Whether a plan made from ``template`` has the document ``doc`` of its own: every plan
    its full text, a directive its signing form, a plan with steps (goals, a meeting) "My
    next steps", a plan with a one-page sheet (a meeting) that sheet."""
    if doc == "pad-form":
        return template.kind == "pad"
    if doc == "next-steps":
        return bool(template.next_steps)
    if doc == "one-page":
        return bool(template.one_page)
    return doc == "full"


def _has_steps(question: Question | None) -> bool:
    if question is None:
        return False
    if question.type is AnswerType.STEPS:
        return True
    return question.type is AnswerType.GROUP and any(_has_steps(f) for f in question.fields)


def load_template_file(path: Path) -> Template:
    # parsed once, then kept in the cache folder (a file write) until the template changes
    return parse_template(remembered_toml(path), origin=path.name)


def templates_dir() -> Path:
    return resource_path("templates")


# ---- languages -------------------------------------------------------------------------------
# A translation is a file of words only, resources/templates/<language>/<kind>.toml, keyed by
# the English template's ids: the questions, their types, order and conditions stay in one
# place, so a translation can never change what a plan stores.
TEMPLATE_WORDS = ("title", "description", "intro", "notice", "start_label", "one_page_title")
SECTION_WORDS = ("title", "intro", "part", "tips", "tips_title", "tips_note")  # tips: a list
QUESTION_WORDS = (
    "text",
    "why",
    "example",
    "placeholder",
    "note_label",
    "label",
    "item",
    "add_label",
    "options",  # a table: option id -> its label
)
SOURCE_LANGUAGE = words.SOURCE


def template_file(kind: str) -> Path:
    return templates_dir() / f"{kind}.toml"


def translation_file(kind: str, language: str) -> Path:
    return templates_dir() / language / f"{kind}.toml"


def _words(kind: str, language: str) -> dict[str, Any]:
    path = translation_file(kind, language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    return remembered_toml(path)  # kept in the cache folder, like the templates


def _has(source: object, key: str) -> bool:
    return bool(getattr(source, key))


def missing_words(kind: str, language: str) -> list[str]:
    """What the translation of a template lacks, or has that the template doesn't (ids that
    were renamed or removed): empty when it is complete. Meant for tests and translators."""
    english = load_template(kind, SOURCE_LANGUAGE)
    words = _words(kind, language)
    problems: list[str] = []
    if not words:
        return [f"{translation_file(kind, language)} is missing"]

    def check(where: str, source: object, table: Mapping[str, Any], keys: tuple[str, ...]) -> None:
        for key in keys:
            if not _has(source, key):
                continue
            value = table.get(key)
            if key == "options":
                labels = value if isinstance(value, dict) else {}
                for option in getattr(source, "options", ()):
                    if not str(labels.get(option.id, "")).strip():
                        problems.append(f"{where}: no label for option {option.id}")
                known = {o.id for o in getattr(source, "options", ())}
                problems.extend(
                    f"{where}: option {o} is not in the template" for o in labels if o not in known
                )
            elif key == "tips":
                if not isinstance(value, list) or len(value) != len(getattr(source, key)):
                    problems.append(f"{where}: tips should be {len(getattr(source, key))} texts")
            elif not str(value or "").strip():
                problems.append(f"{where}: no {key}")
        for key in table:
            if key not in keys or not _has(source, key):
                problems.append(f"{where}: {key} has nothing to translate")

    top = {k: v for k, v in words.items() if k not in ("sections", "questions")}
    check(kind, english, top, TEMPLATE_WORDS)
    sections = words.get("sections", {})
    questions = words.get("questions", {})
    for section in english.sections:
        check(f"section {section.id}", section, sections.get(section.id, {}), SECTION_WORDS)
    for q in english.every_question():
        check(f"question {q.id}", q, questions.get(q.id, {}), QUESTION_WORDS)
    known_sections = {s.id for s in english.sections}
    known_questions = {q.id for q in english.every_question()}
    problems += [f"section {s}: not in the template" for s in sections if s not in known_sections]
    problems += [
        f"question {q}: not in the template" for q in questions if q not in known_questions
    ]
    return problems


def _translated(template: Template, words: Mapping[str, Any]) -> Template:
    def pick(source: object, table: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key in keys:
            value = table.get(key)
            if not value or not _has(source, key):
                continue
            if key == "options" and isinstance(value, dict):
                found[key] = tuple(
                    replace(o, label=str(value.get(o.id) or o.label))
                    for o in getattr(source, "options", ())
                )
            elif key == "tips" and isinstance(value, list):
                english = getattr(source, key)
                found[key] = tuple(
                    str(value[n]) if n < len(value) and value[n] else tip
                    for n, tip in enumerate(english)
                )
            elif isinstance(value, str):
                found[key] = value
        return found

    sections_words = words.get("sections", {})
    questions_words = words.get("questions", {})

    def question(q: Question) -> Question:
        return replace(
            q,
            fields=tuple(question(f) for f in q.fields),
            **pick(q, questions_words.get(q.id, {}), QUESTION_WORDS),
        )

    sections = tuple(
        replace(
            section,
            questions=tuple(question(q) for q in section.questions),
            **pick(section, sections_words.get(section.id, {}), SECTION_WORDS),
        )
        for section in template.sections
    )
    return replace(template, sections=sections, **pick(template, words, TEMPLATE_WORDS))


def load_template(kind: str, language: str | None = None) -> Template:
    """The template for a plan kind, in ``language`` (by default the one being spoken).
    Words a translation lacks stay in English; ids and structure are always the English
    template's."""
    return _load(kind, language or words.current())


@cache
def _load(kind: str, language: str) -> Template:
    path = template_file(kind)
    if not path.is_file():
        raise KeyError(f"No template for plan kind {kind!r}")
    english = load_template_file(path)
    words = _words(kind, language)
    return _translated(english, words) if words else english


def translated_languages() -> frozenset[str]:
    """Languages with a translation of every template (complete or not)."""
    kinds = {p.stem for p in templates_dir().glob("*.toml")}
    found = set()
    for folder in templates_dir().iterdir():
        if folder.is_dir() and kinds <= {p.stem for p in folder.glob("*.toml")}:
            found.add(folder.name)
    return frozenset(found)


def available_kinds() -> tuple[str, ...]:
    """Plan kinds that have a template, in the order they are offered."""
    kinds = [p.stem for p in templates_dir().glob("*.toml")]
    return tuple(sorted(kinds, key=lambda k: (load_template(k, SOURCE_LANGUAGE).order, k)))
