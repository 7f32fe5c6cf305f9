"""Two one-page sheets made from one plan, each exactly one page whatever the plan holds:

- a template's one-page sheet (a meeting's "My points for today"): what heads it (who, when,
  where), then the questions the template lists, most important first, then the reminders
  its parts hold ("In any meeting, it's fine to: …"). The first question's lines are never
  left off for the others; the others share the page a line at a time;
- "My next steps" (a goals plan, or a meeting's steps): for each goal, the steps still to do,
  with a box to tick on paper.

When a page is full, lines go from the end first (each question, each goal, keeps its first
lines the longest), and a last line says what was left off and where the rest is. The
type gets a little smaller before anything is left off, never below 85%.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, TableStyle

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.present import answer_lines, short_record_line, step_line, step_text
from wellplan.domain.steps import Entry, open_steps
from wellplan.domain.templates import RECORD_KINDS, AnswerType, Question
from wellplan.domain.words import day, say
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    INK,
    Heading,
    Styles,
    build_counted,
    esc,
    frame_size,
    ruled_box,
    styles,
)
from wellplan.export.tags import Table, TableRole, tag

SCALES = (1.0, 0.92, 0.85)
#: Characters one line may have on a one-page sheet; longer ones end with "…" (the full
#: record has every word).
LONGEST_LINE = 600
LONGEST_HEADER = 240


def _short(text: str, limit: int = LONGEST_LINE) -> str:
    text = " ".join(text.split()) if len(text) > limit else text
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---- what a sheet says, as plain data ---------------------------------------------------------
@dataclass
class Block:
    """Lines under one heading. ``mark``: the bullet ("•", "☐", or "" for numbers)."""

    heading: str
    lines: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)  # one per line
    numbered: bool = False
    prose: bool = False  # a written answer: its sentences run on as one paragraph
    goal: str = ""  # on "My next steps": the goal it belongs to (its heading: a path's name)


def _sentences(text: str) -> list[str]:
    """A written answer in sentences, so a long one can lose its last ones first."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    return [p for p in parts if p.strip()]


def _block(bundle: Bundle, question: Question, value: Any) -> Block | None:
    heading = question.heading
    if question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT):
        text = value.strip() if isinstance(value, str) else ""
        lines = _sentences(text)
        return Block(heading, lines, [""] * len(lines), prose=True) if lines else None
    if question.type is AnswerType.STEPS:
        steps = [s for s in (value if isinstance(value, list) else []) if isinstance(s, Mapping)]
        steps = [s for s in steps if step_text(s)]
        return (
            Block(
                heading,
                [step_line(s) for s in steps],
                ["✓" if s.get("done") else "☐" for s in steps],
            )
            if steps
            else None
        )
    if question.type in RECORD_KINDS:
        lines = [
            short_record_line(record, str(item.get("note", "")))
            if (record := bundle.lookup(question.type, item["id"])) is not None
            else say("present", "(no longer in your records)")
            for item in (value if isinstance(value, list) else [])
            if isinstance(item, dict) and isinstance(item.get("id"), int)
        ]
        return Block(heading, lines, ["•"] * len(lines)) if lines else None
    lines = answer_lines(question, value, bundle.lookup, short=True)
    if not lines:
        return None
    numbered = question.type is AnswerType.LIST and question.most > 0
    return Block(heading, lines, [""] * len(lines) if numbered else ["•"] * len(lines), numbered)


# ---- fitting ----------------------------------------------------------------------------------
def _kept(blocks: list[Block], order: list[tuple[int, int]], count: int) -> list[Block]:
    """The blocks with only the ``count`` lines that come first in ``order``."""
    keep = set(order[:count])
    kept = []
    for bi, block in enumerate(blocks):
        lines = [li for li in range(len(block.lines)) if (bi, li) in keep]
        if lines:
            kept.append(
                Block(
                    block.heading,
                    [block.lines[li] for li in lines],
                    [block.marks[li] for li in lines],
                    block.numbered,
                    block.prose,
                    block.goal,
                )
            )
    return kept


def _left_off(blocks: list[Block], kept: list[Block], where: str) -> str:
    shown: dict[str, int] = {}
    for block in kept:
        shown[block.heading] = shown.get(block.heading, 0) + len(block.lines)
    total: dict[str, int] = {}
    for block in blocks:
        total[block.heading] = total.get(block.heading, 0) + len(block.lines)
    missing = [f"“{h}”" for h, n in total.items() if n > shown.get(h, 0)]
    if not missing:
        return ""
    if len(missing) > 8:  # a long list of names would take the room the lines need
        more = say("export", "{count} more").format(count=len(missing) - 6)
        missing = [*missing[:6], more]
    return say("export", "Not all of it fits on this page: more of {what} is in {where}.").format(
        what="; ".join(missing), where=where
    )


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 100_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


Draw = Callable[[list[Block], str, float], list[Flowable]]


def _fit_and_build(
    bundle: Bundle,
    blocks: list[Block],
    order: list[tuple[int, int]],
    draw: Draw,
    where: str,
    paper: str,
    reserve: float,
    title: str,
    subject: str,
) -> bytes:
    """The sheet at the largest type that holds everything; else, at the smallest, the
    most lines that fit, most important first."""
    width, height = frame_size(paper)
    height -= reserve

    def story(count: int, scale: float) -> list[Flowable]:
        kept = _kept(blocks, order, count)
        return draw(kept, _left_off(blocks, kept, where), scale)

    total = len(order)
    count, scale = total, SCALES[-1]
    for candidate in SCALES:
        if _height(story(total, candidate), width) <= height:
            scale = candidate
            break
    else:
        low, high = 0, total
        while low < high:
            middle = (low + high + 1) // 2
            if _height(story(middle, scale), width) <= height:
                low = middle
            else:
                high = middle - 1
        count = low
    meta = doc_meta(bundle, title, subject)
    furniture = furniture_for(bundle, title)
    while True:  # the estimate is close; the real layout has the last word
        pdf, pages = build_counted(
            reserve_space(story(count, scale), reserve), paper=paper, meta=meta, furniture=furniture
        )
        if pages == 1 or count == 0:
            return pdf
        count -= 1


# ---- drawing ----------------------------------------------------------------------------------
def _lines(block: Block, s: Styles) -> list[Flowable]:
    if block.prose:
        return [Paragraph(esc(" ".join(block.lines)), s.body)] if block.lines else []
    found: list[Flowable] = []
    for number, (line, mark) in enumerate(zip(block.lines, block.marks, strict=True), start=1):
        bullet = f"{number}." if block.numbered else mark
        found.append(Paragraph(esc(line), s.bullet, bulletText=bullet))
    return found


def _header_table(rows: list[tuple[str, str]], s: Styles, width: float) -> Table:
    label_width = 32 * mm * s.body.fontSize / 10.5
    table = Table(
        [[Paragraph(esc(label), s.label), Paragraph(esc(text), s.body)] for label, text in rows],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
        role=TableRole(data=True, row_headers=True),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ]
        )
    )
    return table


def _tips_box(title: str, tips: Sequence[str], note: str, s: Styles, width: float) -> Table:
    """The reminders in a box with a heavy rule down its left, as on the summary."""
    rows: list[list[Flowable]] = [
        [Paragraph(f"<b>{esc(title)}</b> {esc('; '.join(tips))}.", s.small)]
    ]
    if note:
        rows.append([Paragraph(esc(note), s.note)])
    return ruled_box(rows, width, padding=1, role=TableRole(container="Note"))


def _subtitle(bundle: Bundle, plan: PlanData) -> str:
    parts = [plan.summary.title]
    if bundle.person_name:
        parts.append(bundle.person_name)
    return " · ".join(parts)


def one_page(bundle: Bundle, plan: PlanData, paper: str, reserve: float = 0.0) -> bytes:
    """The template's one-page sheet of ``plan`` ("My points for today"): one page, always."""
    template = plan.template
    width = frame_size(paper)[0]
    header: list[tuple[str, str]] = []
    for qid in template.one_page_header:
        question = template.question(qid)
        value = plan.answers.get(qid)
        if question.type in RECORD_KINDS:
            lines = [
                short_record_line(record, note)
                for item in (value if isinstance(value, list) else [])
                if isinstance(item, dict)
                and (record := bundle.lookup(question.type, item.get("id", -1))) is not None
                for note in [str(item.get("note", ""))]
            ]
        else:
            lines = answer_lines(question, value, bundle.lookup, short=True)
        if lines:
            header.append((question.heading, _short("; ".join(lines), LONGEST_HEADER)))
    blocks = [
        block
        for qid in template.one_page
        if (block := _block(bundle, template.question(qid), plan.answers.get(qid))) is not None
    ]
    for block in blocks:
        block.lines = [_short(line) for line in block.lines]
    # the first question whole (what I want from this meeting), then the others a line at a
    # time, so each keeps its first lines when the page is full
    order = sorted(
        ((bi, li) for bi, block in enumerate(blocks) for li in range(len(block.lines))),
        key=lambda at: (at[0] != 0, at[1] if at[0] else 0, at[0]),
    )
    tips = [section for section in template.sections if section.tips]
    title = template.one_page_title

    def draw(kept: list[Block], left_off: str, scale: float) -> list[Flowable]:
        s = styles(scale)
        story: list[Flowable] = [
            Heading(title, s.title, level=0),
            Paragraph(esc(_subtitle(bundle, plan)), s.subtitle.clone("sub", spaceAfter=4)),
        ]
        if header:
            story.append(_header_table(header, s, width))
        for block in kept:
            story.append(Heading(block.heading, s.h1.clone("sheet-h", spaceBefore=8), level=1))
            story += _lines(block, s)
        if left_off:
            story.append(Paragraph(esc(left_off), s.note.clone("cut", spaceBefore=6)))
        for section in tips:
            story.append(tag(Paragraph("", s.small.clone("gap", spaceBefore=8)), "Artifact"))
            story.append(_tips_box(section.tips_title, section.tips, section.tips_note, s, width))
        return story

    where = say("export", "the full record of this plan")
    subject = template.title
    return _fit_and_build(bundle, blocks, order, draw, where, paper, reserve, title, subject)


def _step_blocks(entries: Sequence[Entry], heading: str) -> list[Block]:
    """A block for each goal's own steps and one for each of its paths."""
    blocks: list[Block] = []
    for entry in entries:
        goal = entry.title or heading
        parts = [p for p in entry.parts if p.steps]
        if not parts:
            blocks.append(
                Block(goal, [say("export", "No steps still to do.")], [""], True, goal=goal)
            )
        for part in parts:
            lines = [step_line(step, done=False) for step in part.steps]
            blocks.append(Block(part.where or goal, lines, ["☐"] * len(lines), goal=goal))
    return blocks


def next_steps_page(bundle: Bundle, plan: PlanData, paper: str, reserve: float = 0.0) -> bytes:
    """ "My next steps": for each goal, the steps still to do, one page, always."""
    template = plan.template
    entries = open_steps(template, plan.answers)
    blocks = _step_blocks(entries, template.question(template.next_steps).heading)
    for block in blocks:
        block.lines = [_short(line) for line in block.lines]
    # each goal's first step before any goal's second: every goal keeps its next step longest
    goals = list(dict.fromkeys(block.goal for block in blocks))
    rank: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    seen: dict[str, int] = {}
    for bi, block in enumerate(blocks):
        for li in range(len(block.lines)):
            n = seen.get(block.goal, 0)
            seen[block.goal] = n + 1
            rank[(bi, li)] = (n, goals.index(block.goal), bi, li)
    order = sorted(rank, key=lambda key: rank[key])
    title = say("export", "My next steps")

    def draw(kept: list[Block], left_off: str, scale: float) -> list[Flowable]:
        s = styles(scale)
        when = say("export", "Steps still to do, {day}. Tick each one when it's done.").format(
            day=day(bundle.exported_at.astimezone())
        )
        story: list[Flowable] = [
            Heading(title, s.title, level=0),
            Paragraph(esc(_subtitle(bundle, plan)), s.subtitle.clone("sub", spaceAfter=1)),
            Paragraph(esc(when), s.small.clone("when", spaceAfter=6)),
        ]
        shown_goal = None
        for block in kept:
            if block.goal != shown_goal:
                story.append(Heading(block.goal, s.h1.clone("goal", spaceBefore=9), level=1))
                shown_goal = block.goal
            if block.heading != block.goal:  # a path
                story.append(Heading(block.heading, s.h2, level=2))
            story += _lines(block, s)
        if left_off:
            story.append(Paragraph(esc(left_off), s.note.clone("cut", spaceBefore=6)))
        return story

    where = say("export", "your plan “{title}”").format(title=plan.summary.title)
    return _fit_and_build(bundle, blocks, order, draw, where, paper, reserve, title, template.title)
