"""The one-page "In a crisis, please read this first" summary, drawn from every plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import profile_for
from wellplan.domain.present import answer_lines, compact, short_record_line
from wellplan.domain.records import Record
from wellplan.domain.signing import (
    Role,
    role_label,
)
from wellplan.domain.words import day, say
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    Heading,
    build_counted,
    bullets,
    esc,
    frame_size,
    styles,
)


# ---- the one-page summary ------------------------------------------------------------------
@dataclass
class _Block:
    title: str
    lines: list[str] = field(default_factory=list)
    where: str = ""  # where the full list is, if this block gets cut short


def _collect(bundle: Bundle) -> tuple[list[_Block], PlanData | None]:
    wrap, crisis, pad = bundle.latest("wrap"), bundle.latest("crisis"), bundle.latest("pad")

    def lines(plan: PlanData | None, *question_ids: str) -> list[str]:
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

    where_wrap = say("export", "in “{title}”").format(title=wrap.summary.title) if wrap else ""
    in_full = say("export", "in my full plans")
    blocks = [
        _Block(
            say("export", "Signs that I need others to step in"),
            lines(wrap, "crisis.step_in_signs") or lines(crisis, "crisis_plan.warning_signs"),
            where_wrap,
        ),
    ]
    call = _Block(say("export", "Who to call"), where=in_full)
    seen: set[int] = set()
    people: list[tuple[str, Record, str]] = []
    for label, plan, qid in (
        (role_label(Role.AGENT), pad, "pad.agent"),
        ("", wrap, "crisis.supporters"),
        ("", crisis, "crisis_plan.helpers"),
        ("", crisis, "crisis_plan.care_team"),
    ):
        for record, note in bundle.people(plan, qid):
            if record.id not in seen:
                seen.add(record.id)
                people.append((label, record, note))
    for label, record, note in people:
        call.lines.append((f"{label}: " if label else "") + short_record_line(record, note))
    call.lines.extend(lines(crisis, "crisis_plan.lines"))
    blocks.append(call)
    blocks.append(
        _Block(
            say("export", "What helps me"),
            lines(wrap, "crisis.helps") + lines(pad, "pad.emergency.calms"),
            where_wrap,
        )
    )
    blocks.append(
        _Block(
            say("export", "Please avoid"),
            lines(wrap, "crisis.not_helpful", "crisis.treatments_avoid")
            + lines(pad, "pad.emergency.avoid"),
            where_wrap,
        )
    )

    def records(
        label: str, sources: Sequence[tuple[PlanData | None, str]], seen: set[int]
    ) -> list[str]:
        found = []
        for plan, qid in sources:
            for record, note in bundle.people(plan, qid):
                if record.id not in seen:
                    seen.add(record.id)
                    found.append(f"{label}: {short_record_line(record, note)}")
        return found

    med_seen: set[int] = set()
    meds = _Block(say("export", "Medications"), where=in_full)
    meds.lines = records(
        say("export", "I accept"),
        ((wrap, "crisis.meds_now"), (wrap, "crisis.meds_accept"), (pad, "pad.meds.consent")),
        med_seen,
    )
    meds.lines += records(
        say("export", "Please avoid"),
        ((wrap, "crisis.meds_avoid"), (pad, "pad.meds.refuse")),
        med_seen,
    )
    blocks.append(meds)
    place_seen: set[int] = set()
    places = _Block(say("export", "Places for care"), where=in_full)
    places.lines = records(
        say("export", "I prefer"),
        ((wrap, "crisis.places_prefer"), (pad, "pad.places.prefer")),
        place_seen,
    )
    places.lines += records(
        say("export", "Please not"),
        ((wrap, "crisis.places_avoid"), (pad, "pad.places.avoid")),
        place_seen,
    )
    blocks.append(places)
    return [b for b in blocks if b.lines], pad


def _summary_story(bundle: Bundle, caps: Sequence[int] | None = None) -> list[Flowable]:
    s = styles()
    blocks, pad = _collect(bundle)
    who = bundle.person_name or say("export", "me")
    story: list[Flowable] = [
        Heading(say("export", "In a crisis, please read this first"), s.title),
        Paragraph(
            esc(
                say(
                    "export",
                    "About {who}, in their own words, from the plans they wrote. Exported {day}.",
                ).format(who=who, day=day(bundle.exported_at.astimezone()))
            ),
            s.subtitle,
        ),
    ]
    if pad is not None:
        profile = profile_for(pad.answers)
        agent = bundle.people(pad, "pad.agent")
        text = say(
            "export",
            "{who} has a psychiatric advance directive, written under the rules of {place}: "
            "“{title}”, last changed {day}.",
        ).format(
            who=who,
            place=profile.name,
            title=pad.summary.title,
            day=day(pad.summary.updated_at.astimezone()),
        )
        if agent:
            text += " " + say(
                "export", "Agent: {agent}. Ask them, or {who}, for the signed copy."
            ).format(agent=compact(agent[0][0]), who=who)
        story.append(Heading(say("export", "Psychiatric advance directive"), s.h2, level=1))
        story.append(Paragraph(esc(text), s.body))
    for index, block in enumerate(blocks):
        story.append(Heading(block.title, s.h2, level=1))
        cap = caps[index] if caps is not None and index < len(caps) else len(block.lines)
        shown = block.lines[:cap]
        story.extend(bullets(shown, s.bullet))
        hidden = len(block.lines) - len(shown)
        if hidden:
            story.append(
                Paragraph(
                    esc(
                        say("export", "…and {count} more {where}.").format(
                            count=hidden, where=block.where
                        )
                    ),
                    s.note,
                )
            )
    return story


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _fit_caps(bundle: Bundle, width: float, height: float) -> list[int]:
    """How many lines of each list fit on one page: each flowable is measured once, then
    lists grow one line at a time, in turn, while the total stays within the page."""
    s = styles()
    blocks, _pad = _collect(bundle)
    line_heights = [[_height(bullets([line], s.bullet), width) for line in b.lines] for b in blocks]
    longest_note = say("export", "…and {count} more {where}.").format(
        count=99, where=say("export", "in my full plans")
    )
    note = _height([Paragraph(esc(longest_note), s.note)], width)
    # with no lines shown, the story holds the title, the PAD paragraph, each heading and a note
    fixed = _height(_summary_story(bundle, [0] * len(blocks)), width) - note * len(blocks)
    caps = [0] * len(blocks)

    def total() -> float:
        return fixed + sum(
            sum(heights[:cap]) + (note if cap < len(heights) else 0.0)
            for cap, heights in zip(caps, line_heights, strict=True)
        )

    growing = True
    while growing:
        growing = False
        for index, heights in enumerate(line_heights):
            if caps[index] < len(heights):
                caps[index] += 1
                if total() <= height:  # the real layout checks this afterwards
                    growing = True
                else:
                    caps[index] -= 1
    return [max(cap, 1) for cap in caps]


def crisis_summary(bundle: Bundle, paper: str, reserve: float = 0.0) -> bytes:
    """One page, always: lists grow one line at a time, in turn, while the page has room;
    a list cut short says where the rest is. The type never gets smaller."""
    width, height = frame_size(paper)
    caps = _fit_caps(bundle, width, height - reserve)
    title = say("export", "In a crisis, please read this first")
    meta = doc_meta(bundle, title, say("export", "One-page crisis summary"))
    furniture = furniture_for(bundle, title)
    while True:  # the estimate is close; the real layout has the last word
        pdf, pages = build_counted(
            reserve_space(_summary_story(bundle, caps), reserve),
            paper=paper,
            meta=meta,
            furniture=furniture,
        )
        if pages == 1 or not any(c > 1 for c in caps):
            return pdf
        longest = max(range(len(caps)), key=lambda i: caps[i])
        caps[longest] -= 1
