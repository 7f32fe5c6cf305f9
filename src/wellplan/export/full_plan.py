"""A whole plan, question by question, as the person wrote it.

Page breaks follow a few rules: a heading always has at least two lines of what follows
under it; a record (a row of a table) or a list item never splits from its label; a section
that runs on to a new page repeats its heading there, "(continued)"; and each step of a
crisis plan stays on one page when it can, so the plan breaks between steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)

from wellplan.domain.answers import is_answered
from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import profile_for
from wellplan.domain.present import (
    answer_lines,
    choice_sentence,
    entry_title,
    step_line,
    step_text,
    title_field,
)
from wellplan.domain.records import RecordKind
from wellplan.domain.signing import role_label
from wellplan.domain.templates import RECORD_KINDS, AnswerType, Question
from wellplan.domain.words import day, say
from wellplan.export.blocks import signed_table
from wellplan.export.common import doc_meta, furniture_for, record_rows, reserve_space
from wellplan.export.pdf import (
    INK,
    Heading,
    PageHeader,
    build,
    esc,
    frame_size,
    styles,
)
from wellplan.export.tags import share_tag, tag

LEAD_LINES = 2  # a heading or a question keeps at least this many lines of its answer


def _answer_flowables(
    bundle: Bundle,
    plan: PlanData,
    question: Question,
    width: float,
    value: Any = None,
    level: int = 3,
) -> list[Flowable]:
    """The answer to one question (by default the plan's), in pieces the page may break
    between. ``level``: the heading level of the question's own label, for a group's
    entries and fields under it."""
    s = styles()
    if value is None:
        value = plan.answers.get(question.id)
    kind = RECORD_KINDS.get(question.type)
    if isinstance(kind, RecordKind) and isinstance(value, list):
        items = [
            (bundle.lookup(question.type, item["id"]), str(item.get("note", "")))
            for item in value
            if isinstance(item, dict) and isinstance(item.get("id"), int)
        ]
        return record_rows(kind, items, question.note_label, width) if items else []
    if question.type is AnswerType.CHOICE:
        start, reason = choice_sentence(value)
        if not (start or reason):
            return []
        text = f"<b>{esc(start)}</b> {esc(reason)}" if start else esc(reason)
        return [Paragraph(text.strip(), s.body)]
    if question.type is AnswerType.STEPS:
        return step_flowables(value)
    if question.type is AnswerType.GROUP:
        return _entries(bundle, plan, question, width, value, level)
    lines = answer_lines(question, value, bundle.lookup)
    if not lines:
        return []
    if question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
        return _first_lines(Paragraph(esc("\n".join(lines)), s.body), width)
    return [Paragraph(esc(line), s.bullet, bulletText="•") for line in lines]


def step_flowables(value: Any) -> list[Flowable]:
    """Steps as a list with a box for each: ticked, with the day, when done."""
    s = styles()
    found: list[Flowable] = []
    for step in value if isinstance(value, list) else []:
        if isinstance(step, dict) and step_text(step):
            mark = "✓" if step.get("done") else "☐"
            found.append(Paragraph(esc(step_line(step)), s.bullet, bulletText=mark))
    return found


def _entries(
    bundle: Bundle, plan: PlanData, question: Question, width: float, value: Any, level: int
) -> list[Flowable]:
    """A group's entries (goals, paths): each under its own heading, then each field
    answered, under its label, one level down."""
    s = styles()
    entry_style = s.h2 if level <= 3 else s.question.clone("entry", textColor=INK, fontSize=10)
    found: list[Flowable] = []
    title = title_field(question)
    for number, entry in enumerate(value if isinstance(value, list) else [], start=1):
        if not isinstance(entry, dict) or not is_answered(question, [entry]):
            continue
        name = entry_title(question, entry, number)
        found.append(tag(Paragraph(esc(name), entry_style), f"H{min(level + 1, 6)}"))
        for field in question.fields:
            if field is title:
                continue
            pieces = _answer_flowables(
                bundle, plan, field, width, entry.get(field.key, ""), min(level + 2, 6)
            )
            if pieces:
                label = tag(Paragraph(esc(field.heading), s.question), f"H{min(level + 2, 6)}")
                if getattr(pieces[0], "repeat", None) is not None:
                    pieces[0].keepWithNext = 1  # a table's header row stays with its first row
                found += [label, *pieces]
    return found


def _first_lines(paragraph: Paragraph, width: float) -> list[Flowable]:
    """A paragraph as its first LEAD_LINES lines and the rest, so a heading can be kept
    with the start of a long answer without moving all of it to the next page."""
    style = paragraph.style
    _, height = paragraph.wrap(width, 100_000)
    lead = LEAD_LINES * style.leading
    if height <= lead + style.leading * 2:  # short: one piece
        return [paragraph]
    parts = paragraph.split(width, lead + style.spaceBefore + 0.5)
    if len(parts) != 2:
        return [paragraph]
    share_tag(parts)  # one paragraph to a screen reader
    return list(parts)


def _lead(pieces: list[Flowable]) -> int:
    """How many of an answer's pieces make its first LEAD_LINES lines (a table counts its
    header row and first record as the lines that must stay with the label)."""
    if pieces and getattr(pieces[0], "repeat", None) is not None:
        return min(len(pieces), 2)
    if pieces and isinstance(pieces[0], Paragraph) and not pieces[0].bulletText:
        return 1
    return min(len(pieces), LEAD_LINES)


def _plan_story(bundle: Bundle, plan: PlanData, paper: str = "letter") -> list[Flowable]:
    s = styles()
    width = frame_size(paper)[0]
    template = plan.template
    features = profile_for(plan.answers).features if template.kind == "pad" else None
    who = bundle.person_name
    header = f"{who} — {plan.summary.title}" if who else plan.summary.title
    story: list[Flowable] = [PageHeader(header), Heading(plan.summary.title, s.title, level=0)]
    subtitle = [template.title]
    if who:
        subtitle.append(who)
    subtitle.append(
        say("export", "last changed {day}").format(day=day(plan.summary.updated_at.astimezone()))
    )
    story.append(Paragraph(esc(" · ".join(subtitle)), s.subtitle))
    if template.kind == "pad":
        profile = profile_for(plan.answers)
        story.append(
            Paragraph(
                esc(
                    say("export", "Follows the signing rules of: {place} ({citation}).").format(
                        place=profile.name, citation=profile.citation
                    )
                ),
                s.small,
            )
        )
    part = ""
    for section in template.sections:
        if not section.visible(plan.answers, features):
            continue
        depth = 2 if section.part else 1  # the section heading is H(depth + 1)
        answered = [
            (q, pieces)
            for q in section.questions
            if q.visible(plan.answers, features)
            and (
                pieces := _answer_flowables(
                    bundle,
                    plan,
                    q,
                    width,
                    level=depth + 2 if len(section.questions) > 1 else depth + 1,
                )
            )
        ]
        if not answered:
            continue  # unanswered parts are left out, not printed as empty boxes
        headings: list[Flowable] = []
        if section.part and section.part != part:
            headings.append(Heading(section.part, s.h1, level=1, section=True))
        level = 2 if section.part else 1
        part = section.part
        headings.append(
            Heading(section.title, s.h2 if section.part else s.h1, level=level, section=True)
        )
        flat: list[Flowable] = [*headings]
        blocks: list[Flowable] = []
        for index, (question, pieces) in enumerate(answered):
            # a question is a heading under its section's
            label = (
                [tag(Paragraph(esc(question.text), s.question), f"H{level + 2}")]
                if len(section.questions) > 1
                else []
            )
            lead = _lead(pieces)
            first = [*headings, *label, *pieces[:lead]] if index == 0 else [*label, *pieces[:lead]]
            blocks += [KeepTogether(first), *pieces[lead:]]
            flat += [*label, *pieces]
        # a crisis plan's step stays on one page when it can (KeepTogethers don't nest)
        story += [KeepTogether(flat)] if template.kind == "crisis" else blocks
    signed = bundle.signed(plan)
    if signed:
        story.append(Heading(say("export", "Signatures"), s.h1, level=1, section=True))
        for signature in signed:
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(role_label(signature.role)), s.h2),
                        Paragraph(esc(signature.statement), s.body),
                        signed_table(signature),
                    ]
                )
            )
    return story


def full_plans(
    bundle: Bundle, plans: Sequence[PlanData], paper: str, reserve: float = 0.0
) -> bytes:
    """One or more full plans in one PDF, each starting on a new page, each page's header
    naming the person and the plan that page belongs to."""
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story.extend(_plan_story(bundle, plan, paper))
    title = plans[0].summary.title if len(plans) == 1 else say("export", "Plans")
    newest = max(p.summary.updated_at for p in plans)
    return build(
        reserve_space(story, reserve),
        paper=paper,
        meta=doc_meta(bundle, title, ", ".join(p.template.title for p in plans)),
        furniture=furniture_for(bundle, title, newest),
    )
