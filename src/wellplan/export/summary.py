"""The one-page "In a crisis, please read this first" summary, drawn from every plan.

What must never be cut comes first, in a boxed block of key facts: who the person is, what
they refuse and why, their agent, the first person to call and the crisis line. Then, ranked,
what helps, the signs that others should step in, other people to call, places, and other
wishes. When the page is full the lowest-ranked lines go first, and a last line says what was
left off and whom to ask for the rest. The type never gets smaller unless the key facts alone
would not fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.present import Contact, KeyFacts, Refusal, answer_lines, compact, key_facts
from wellplan.domain.records import Record
from wellplan.domain.words import day, say
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    INK,
    RULE,
    Heading,
    Styles,
    build_counted,
    esc,
    frame_size,
    keep,
    ruled_box,
    styles,
)
from wellplan.export.tags import Table, TableRole

# Sizes tried, largest first, when the key facts alone would not fit (10.5 pt down to 8.4 pt).
SCALES = (1.0, 0.9, 0.8)


# ---- what the page says, as plain data -----------------------------------------------------
@dataclass
class Group:
    """Lines under one label; ``avoid`` groups are drawn as refusals (a label and a rule)."""

    label: str
    lines: list[str] = field(default_factory=list)
    avoid: bool = False


@dataclass
class Section:
    title: str
    groups: list[Group]
    left_off: str = ""  # how the cut list names what is missing ("{count} more people")

    def size(self) -> int:
        return sum(len(g.lines) for g in self.groups)


def record_text(record: Record, note: str = "") -> str:
    """'Jo Okafor (Sister), +1 555 0142 — stay with me': who or what, and how to reach it,
    the name kept on one line."""
    text = compact(record)
    text = keep(record.name) + text[len(record.name) :]
    return f"{text} — {note.strip()}" if note.strip() else text


def keeper_text(facts: KeyFacts) -> str:
    """Whom a stranger asks for the full plans, with a number to call."""
    keeper = facts.keeper
    if keeper is not None:
        phone = keeper.record.values.get("phone", "")
        return keep(keeper.record.name) + (f", {phone}" if phone else "")
    return keep(facts.name) if facts.name else say("export", "the person these plans belong to")


def _answers(plan: PlanData | None, bundle: Bundle, *question_ids: str) -> list[str]:
    found: list[str] = []
    for qid in question_ids:
        if plan is None:
            continue
        try:
            question = plan.template.question(qid)
        except KeyError:
            continue
        found.extend(answer_lines(question, plan.answers.get(qid), bundle.lookup, short=True))
    return found


def _unique(lines: Sequence[str]) -> list[str]:
    """The lines without repeats (the same wish written in two plans shows once)."""
    found: dict[str, str] = {}
    for line in lines:
        found.setdefault(line.casefold(), line)
    return list(found.values())


def ranked_sections(bundle: Bundle, facts: KeyFacts) -> list[Section]:
    """Everything after the key facts, most important first; within a section, the
    person's own order. Cutting takes lines from the end of this list first."""
    wrap, crisis, pad = bundle.latest("wrap"), bundle.latest("crisis"), bundle.latest("pad")
    sections = [
        Section(
            say("export", "What helps me"),
            [
                Group(
                    "",
                    _unique(
                        _answers(wrap, bundle, "crisis.helps", "crisis.treatments_help")
                        + _answers(pad, bundle, "pad.emergency.calms")
                    ),
                ),
                Group(
                    say("export", "Please avoid: it makes things worse"),
                    _answers(wrap, bundle, "crisis.not_helpful"),
                    avoid=True,
                ),
            ],
            say("export", "{count} more things that help"),
        ),
        Section(
            say("export", "Signs that I need others to step in"),
            [
                Group(
                    "",
                    _answers(wrap, bundle, "crisis.step_in_signs")
                    or _answers(crisis, bundle, "crisis_plan.warning_signs"),
                )
            ],
            say("export", "{count} more signs"),
        ),
    ]
    shown = {c.record.id for c in (facts.agent, facts.first_contact) if c is not None}
    people: list[str] = []
    for plan, qid in (
        (pad, "pad.alternates"),
        (wrap, "crisis.supporters"),
        (crisis, "crisis_plan.helpers"),
        (crisis, "crisis_plan.care_team"),
        (crisis, "crisis_plan.urgent_care"),
    ):
        for record, note in bundle.people(plan, qid):
            if record.id not in shown:
                shown.add(record.id)
                people.append(record_text(record, note))
    lines = _answers(crisis, bundle, "crisis_plan.lines")[1 if facts.crisis_line else 0 :]
    not_involved: list[str] = []
    for plan, qid in ((wrap, "crisis.not_involved"), (pad, "pad.no_visit")):
        for record, note in bundle.people(plan, qid):
            if record.id not in shown:
                shown.add(record.id)
                not_involved.append(record_text(record, note))
    sections.append(
        Section(
            say("export", "Other people to call"),
            [
                Group(say("export", "Please do not involve"), not_involved, avoid=True),
                Group("", people + lines),
            ],
            say("export", "{count} more people to call"),
        )
    )
    seen: set[int] = set()

    def records(*sources: tuple[PlanData | None, str]) -> list[str]:
        found = []
        for plan, qid in sources:
            for record, note in bundle.people(plan, qid):
                if record.id not in seen:
                    seen.add(record.id)
                    found.append(record_text(record, note))
        return found

    sections.append(
        Section(
            say("export", "Places for care"),
            [
                Group(
                    say("export", "Please avoid"),
                    records((wrap, "crisis.places_avoid"), (pad, "pad.places.avoid")),
                    avoid=True,
                ),
                Group(
                    say("export", "I prefer"),
                    records((wrap, "crisis.places_prefer"), (pad, "pad.places.prefer")),
                ),
                Group(
                    say("export", "Before a hospital"),
                    _answers(pad, bundle, "pad.places.alternatives"),
                ),
            ],
            say("export", "{count} more places"),
        )
    )
    refused = {r.what.casefold() for r in facts.refusals}
    meds_seen: set[int] = set()

    def medications(*sources: tuple[PlanData | None, str]) -> list[str]:
        found = []
        for plan, qid in sources:
            for record, note in bundle.people(plan, qid):
                if record.id not in meds_seen and record.name.casefold() not in refused:
                    meds_seen.add(record.id)
                    found.append(record_text(record, note))
        return found

    sections.append(
        Section(
            say("export", "Other wishes"),
            [
                Group(
                    say("export", "Medications I take now"),
                    medications((wrap, "crisis.meds_now")),
                ),
                Group(
                    say("export", "Medications I accept if needed"),
                    medications((pad, "pad.meds.consent"), (wrap, "crisis.meds_accept")),
                ),
                Group(
                    say("export", "If an emergency intervention must be used"),
                    _answers(pad, bundle, "pad.emergency.prefer"),
                ),
                Group(say("export", "Food and diet"), _answers(pad, bundle, "pad.comfort.diet")),
                Group(
                    say("export", "Please take these on for me"),
                    _answers(wrap, bundle, "crisis.tasks"),
                ),
            ],
            say("export", "{count} more wishes"),
        )
    )
    for section in sections:
        section.groups = [g for g in section.groups if g.lines]
    return [s for s in sections if s.groups]


def _priority(sections: list[Section]) -> list[tuple[int, int, int]]:
    """Every line as (section, group, line), most important first: a section's refusals
    ("please avoid") before its other lines, then each group in the person's order."""
    order = []
    for si, section in enumerate(sections):
        groups = sorted(range(len(section.groups)), key=lambda g: not section.groups[g].avoid)
        for gi in groups:
            order += [(si, gi, li) for li in range(len(section.groups[gi].lines))]
    return order


def _kept(sections: list[Section], count: int) -> list[Section]:
    """The sections with only their ``count`` most important lines."""
    keep_lines = set(_priority(sections)[:count])
    kept = []
    for si, section in enumerate(sections):
        groups = []
        for gi, group in enumerate(section.groups):
            lines = [x for li, x in enumerate(group.lines) if (si, gi, li) in keep_lines]
            if lines:
                groups.append(Group(group.label, lines, group.avoid))
        if groups:
            kept.append(Section(section.title, groups, section.left_off))
    return kept


# ---- how it looks ------------------------------------------------------------------------------
def refusal_box(groups: Sequence[tuple[str, Sequence[str]]], s: Styles, width: float) -> Flowable:
    """Refusals and "please avoid" lines: a bold label and a heavy rule down the left, so
    they stand out in black and white as well as on screen."""
    rows: list[list[Flowable]] = []
    for label, lines in groups:
        if label:
            rows.append([Paragraph(esc(label.upper()), s.label)])
        rows += [[Paragraph(line, s.bullet, bulletText="✕")] for line in lines]
    return ruled_box(rows, width, padding=0.5)


def _refusal_line(refusal: Refusal) -> str:
    what = f"<b>{esc(refusal.what)}</b>" if refusal.consent else esc(refusal.what)
    return f"{what} — {esc(refusal.why)}" if refusal.why else what


def identity_line(facts: KeyFacts) -> str:
    parts = []
    if facts.born:
        parts.append(say("export", "Born {day}").format(day=facts.born))
    if facts.preferred_name:
        parts.append(say("export", "Goes by {name}").format(name=keep(facts.preferred_name)))
    if facts.pronouns:
        parts.append(say("export", "Pronouns: {pronouns}").format(pronouns=facts.pronouns))
    if facts.language:
        parts.append(say("export", "Language: {language}").format(language=facts.language))
    return " · ".join(parts)


def directive_text(facts: KeyFacts) -> str:
    """What the directive is, and only what is true of it: signed (which version, when)
    or a draft."""
    directive = facts.directive
    if directive is None:
        return ""
    text = say("export", "“{title}”, following the rules of {place}.").format(
        title=directive.title, place=directive.place
    )
    if directive.signed_version is not None and directive.signed_at is not None:
        text += " " + say("export", "Signed in WellPlan: version {number}, {day}.").format(
            number=directive.signed_version, day=day(directive.signed_at.astimezone())
        )
        text += " " + say("export", "Signed copy: ask {who}.").format(who=keeper_text(facts))
    else:
        text += " " + say("export", "A draft: not signed in WellPlan.")
    return text


def contact_rows(
    facts: KeyFacts, *, notes: bool = True, directive: bool = True
) -> list[tuple[str, str]]:
    """(label, text) for the agent, the first person to call, the crisis line and the
    directive; one row when the agent is also the first to call."""
    rows = []
    agent, first = facts.agent, facts.first_contact

    def text(contact: Contact, note: str) -> str:
        return record_text(contact.record, note if notes else "")

    if agent is not None and first is not None and agent.record.id == first.record.id:
        rows.append((say("export", "Agent · call first"), text(agent, first.note or agent.note)))
    else:
        if agent is not None:
            rows.append((say("export", "Agent"), text(agent, agent.note)))
        if first is not None:
            rows.append((say("export", "Call first"), text(first, first.note)))
    if facts.crisis_line is not None:
        name, how = facts.crisis_line
        rows.append(
            (say("export", "Crisis line"), f"{name}: {how}" if name and how else name or how)
        )
    if directive and facts.directive is not None:
        rows.append((say("export", "Advance directive"), directive_text(facts)))
    return rows


def key_facts_box(facts: KeyFacts, s: Styles, width: float) -> Flowable:
    pad = 7
    inner = width - 2 * pad
    cells: list[list[Flowable]] = []
    name = facts.name or say("export", "The person who wrote these plans")
    big = s.h1.clone("name", textColor=INK, spaceBefore=0, spaceAfter=1, keepWithNext=0)
    cells.append(
        [Paragraph(esc(keep(name, width=inner, font=big.fontName, size=big.fontSize)), big)]
    )
    if line := identity_line(facts):
        cells.append([Paragraph(esc(line), s.body)])
    consent = [_refusal_line(r) for r in facts.refusals if r.consent]
    avoid = [_refusal_line(r) for r in facts.refusals if not r.consent]
    groups = [
        (label, lines)
        for label, lines in (
            (say("export", "I do not consent to"), consent),
            (say("export", "Please avoid"), avoid),
        )
        if lines
    ]
    if groups:
        cells.append([Spacer(1, 3)])
        cells.append([refusal_box(groups, s, inner)])
    rows = contact_rows(facts)
    if rows:
        label_width = 30 * mm * s.body.fontSize / 10.5
        table = Table(
            [
                [Paragraph(esc(label), s.label), Paragraph(esc(text), s.body)]
                for label, text in rows
            ],
            colWidths=[label_width, inner - label_width],
            hAlign="LEFT",
            role=TableRole(data=True, row_headers=True),  # "Agent": who
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, 0), 5),
                ]
            )
        )
        cells.append([Spacer(1, 4)])
        cells.append([table])
    box = Table(cells, colWidths=[width], hAlign="LEFT", role=TableRole(container="Sect"))
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad - 1),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return box


def section_flowables(section: Section, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading(section.title, s.h2, level=1)]
    for group in section.groups:
        if group.avoid:
            story.append(refusal_box([(group.label, [esc(x) for x in group.lines])], s, width))
        elif group.label:
            story += [
                Paragraph(f"<b>{esc(group.label)}:</b> {esc(line)}", s.bullet, bulletText="•")
                for line in group.lines
            ]
        else:
            story.append(bullet_grid(group.lines, s, width))
    return story


def bullet_grid(lines: Sequence[str], s: Styles, width: float) -> Flowable:
    """Short lines in two columns of about the same height, read down the first and then
    the second; longer ones in one column."""
    half = width / 2 - 4
    widths = [stringWidth(line, s.bullet.fontName, s.bullet.fontSize) for line in lines]
    columns = len(lines) >= 3 and max(widths) + s.bullet.leftIndent < 2 * half
    paragraphs = [Paragraph(esc(line), s.bullet, bulletText="•") for line in lines]
    if not columns:
        cells: list[list[Any]] = [[paragraphs]]
        col_widths = [width]
    else:
        heights = [p.wrap(half, 1000)[1] + s.bullet.spaceAfter for p in paragraphs]
        total, running, split = sum(heights), 0.0, len(paragraphs)
        for index, h in enumerate(heights):
            if running + h / 2 > total / 2:
                split = max(index, 1)
                break
            running += h
        cells = [[paragraphs[:split], paragraphs[split:]]]
        col_widths = [width / 2, width / 2]
    table = Table(cells, colWidths=col_widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def cut_list(sections: list[Section], kept: list[Section], facts: KeyFacts) -> str:
    """What was left off to fit, and where the rest is, in words a stranger can act on."""
    shown = {k.title: k.size() for k in kept}
    missing = [
        s.left_off.format(count=s.size() - shown.get(s.title, 0))
        for s in sections
        if s.size() > shown.get(s.title, 0)
    ]
    if not missing:
        return ""
    return (
        say("export", "Not on this page: {what}.").format(what="; ".join(missing))
        + " "
        + say("export", "Full plan: ask {who}.").format(who=keeper_text(facts))
    )


def _header(bundle: Bundle, s: Styles) -> list[Flowable]:
    return [
        Heading(say("export", "In a crisis, please read this first"), s.title),
        Paragraph(
            esc(
                say(
                    "export",
                    "In their own words, from the plans they wrote. Exported {day}.",
                ).format(day=day(bundle.exported_at.astimezone()))
            ),
            s.subtitle.clone("subtitle-tight", spaceAfter=6),
        ),
    ]


def summary_story(
    bundle: Bundle,
    facts: KeyFacts,
    sections: list[Section],
    count: int,
    scale: float = 1.0,
    width: float | None = None,
) -> list[Flowable]:
    """The page with the ``count`` most important ranked lines."""
    s = styles(scale)
    width = width if width is not None else frame_size("letter")[0]
    kept = _kept(sections, count)
    story = [*_header(bundle, s), key_facts_box(facts, s, width)]
    for section in kept:
        story += section_flowables(section, s, width)
    if note := cut_list(sections, kept, facts):
        story.append(Paragraph(esc(note), s.note.clone("cut", spaceBefore=6)))
    return story


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


@dataclass(frozen=True)
class Fit:
    scale: float
    count: int  # how many ranked lines are shown


def fit(
    bundle: Bundle, facts: KeyFacts, sections: list[Section], width: float, height: float
) -> Fit:
    """The largest type at which the key facts fit, then the most ranked lines that fit."""
    total = len(_priority(sections))
    for scale in SCALES:

        def fits(count: int, scale: float = scale) -> bool:
            story = summary_story(bundle, facts, sections, count, scale, width)
            return _height(story, width) <= height

        if not fits(0) and scale != SCALES[-1]:
            continue
        low, high = 0, total  # the most lines that fit is in [low, high]
        if fits(total):
            return Fit(scale, total)
        while low < high:
            middle = (low + high + 1) // 2
            if fits(middle):
                low = middle
            else:
                high = middle - 1
        return Fit(scale, low)
    raise AssertionError("unreachable")  # pragma: no cover


def crisis_summary(bundle: Bundle, paper: str, reserve: float = 0.0) -> bytes:
    """One page, always, with every key fact on it."""
    width, height = frame_size(paper)
    facts = key_facts(bundle)
    sections = ranked_sections(bundle, facts)
    chosen = fit(bundle, facts, sections, width, height - reserve)
    title = say("export", "In a crisis, please read this first")
    meta = doc_meta(bundle, title, say("export", "One-page crisis summary"))
    furniture = furniture_for(bundle, title)
    count = chosen.count
    while True:  # the estimate is close; the real layout has the last word
        story = summary_story(bundle, facts, sections, count, chosen.scale, width)
        pdf, pages = build_counted(
            reserve_space(story, reserve), paper=paper, meta=meta, furniture=furniture
        )
        if pages == 1 or count == 0:
            return pdf
        count -= 1
