"""The documents a person hands to others: full plans, the one-page "read this first"
summary, a wallet card, and the PAD signing form. Each takes a Bundle (plain data) and
returns PDF bytes; none reads the database or imports Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import NotaryRule, Profile, not_legal_advice, profile_for
from wellplan.domain.present import answer_lines, compact, short_record_line
from wellplan.domain.records import Record
from wellplan.domain.signing import (
    WITNESS_ROLES,
    Role,
    Signature,
    acceptance_statement,
    person_statement,
    role_label,
)
from wellplan.domain.templates import AnswerType, choice_label
from wellplan.domain.words import current, day, say, speaking
from wellplan.export.pdf import (
    ACCENT,
    FONT,
    INK,
    RULE,
    SOFT,
    Furniture,
    Heading,
    Meta,
    SignatureMark,
    build,
    build_counted,
    bullets,
    esc,
    frame_size,
    styles,
)
from wellplan.export.seal import SEAL_HEIGHT

DOCS = ("full", "summary", "card", "pad-form")


def _reserve(story: list[Flowable], reserve: float) -> list[Flowable]:
    """Keep ``reserve`` points free after the story (the seal's stamp goes there)."""
    return [*story, Spacer(1, reserve)] if reserve else story


def _furniture(bundle: Bundle, title: str, version: dt.datetime | None = None) -> Furniture:
    who = bundle.person_name
    header = f"{who} — {title}" if who else title
    parts = [f"WellPlan {bundle.app_version}"]
    if bundle.version is not None:  # a frozen version: dated by itself, the same every time
        moment = bundle.exported_at.astimezone()
        parts.append(
            say("export", "version {number} of {day} {time}").format(
                number=bundle.version, day=day(moment), time=f"{moment:%H:%M}"
            )
        )
        return Furniture(header=header, footer=" · ".join(parts))
    if version is not None:
        local = version.astimezone()
        parts.append(
            say("export", "version of {day} {time}").format(day=day(local), time=f"{local:%H:%M}")
        )
    parts.append(say("export", "exported {day}").format(day=day(bundle.exported_at.astimezone())))
    return Furniture(header=header, footer=" · ".join(parts))


def _meta(bundle: Bundle, title: str, subject: str) -> Meta:
    return Meta(
        title=title,
        subject=subject,
        author=bundle.person_name or "WellPlan",
        moment=bundle.exported_at,
    )


# ---- full plans ----------------------------------------------------------------------------
def _plan_story(bundle: Bundle, plan: PlanData) -> list[Flowable]:
    s = styles()
    template = plan.template
    features = profile_for(plan.answers).features if template.kind == "pad" else None
    story: list[Flowable] = [Heading(plan.summary.title, s.title, level=0)]
    subtitle = [template.title]
    if bundle.person_name:
        subtitle.append(bundle.person_name)
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
        answered = [
            (q, lines)
            for q in section.questions
            if q.visible(plan.answers, features)
            and (lines := answer_lines(q, plan.answers.get(q.id), bundle.lookup))
        ]
        if not answered:
            continue  # unanswered parts are left out, not printed as empty boxes
        if section.part and section.part != part:
            story.append(Heading(section.part, s.h1, level=1))
        level = 2 if section.part else 1
        part = section.part
        story.append(Heading(section.title, s.h2 if section.part else s.h1, level=level))
        for question, lines in answered:
            if len(section.questions) > 1:
                story.append(Paragraph(esc(question.text), s.question))
            if question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
                story.append(Paragraph(esc("\n".join(lines)), s.body))
            else:
                story.extend(bullets(lines, s.bullet))
    signed = bundle.signed(plan)
    if signed:
        story.append(Heading(say("export", "Signatures"), s.h1, level=1))
        for signature in signed:
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(role_label(signature.role)), s.h2),
                        Paragraph(esc(signature.statement), s.body),
                        _signed_table(signature),
                    ]
                )
            )
    return story


def full_plans(
    bundle: Bundle, plans: Sequence[PlanData], paper: str, reserve: float = 0.0
) -> bytes:
    """One or more full plans in one PDF, each starting on a new page."""
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story.extend(_plan_story(bundle, plan))
    title = plans[0].summary.title if len(plans) == 1 else say("export", "Plans")
    newest = max(p.summary.updated_at for p in plans)
    return build(
        _reserve(story, reserve),
        paper=paper,
        meta=_meta(bundle, title, ", ".join(p.template.title for p in plans)),
        furniture=_furniture(bundle, title, newest),
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
    meta = _meta(bundle, title, say("export", "One-page crisis summary"))
    furniture = _furniture(bundle, title)
    while True:  # the estimate is close; the real layout has the last word
        pdf, pages = build_counted(
            _reserve(_summary_story(bundle, caps), reserve),
            paper=paper,
            meta=meta,
            furniture=furniture,
        )
        if pages == 1 or not any(c > 1 for c in caps):
            return pdf
        longest = max(range(len(caps)), key=lambda i: caps[i])
        caps[longest] -= 1


# ---- the wallet card -----------------------------------------------------------------------
CARD_W, CARD_H = 85.6 * mm, 54 * mm


class CardPair(Flowable):
    """Front and back of a credit-card-sized card, side by side with a fold line between,
    and cut marks at the outer corners. All text is real text."""

    def __init__(
        self, front: list[tuple[str, float, bool]], back: list[tuple[str, float, bool]]
    ) -> None:
        super().__init__()
        self.front, self.back = front, back
        self.band = say("export", "IN A CRISIS")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 2 * CARD_W + 12 * mm, CARD_H + 12 * mm

    def _card(
        self, x: float, y: float, lines: list[tuple[str, float, bool]], band: str | None
    ) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
        top = y + CARD_H
        pad = 3.5 * mm
        if band:
            c.setFillColor(ACCENT)
            c.rect(x, top - 8 * mm, CARD_W, 8 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(f"{FONT}-Bold", 9)
            c.drawString(x + pad, top - 5.6 * mm, band)
            top -= 8 * mm
        cursor = top - pad - 2
        for text, size, bold in lines:
            font = f"{FONT}-Bold" if bold else FONT
            c.setFont(font, size)
            c.setFillColor(INK if bold else SOFT if size < 7.5 else INK)
            for piece in simpleSplit(text, font, size, CARD_W - 2 * pad):
                if cursor - size < y + pad:
                    return  # the card is full: the rest is in the plans
                c.drawString(x + pad, cursor - size, piece)
                cursor -= size * 1.25
            cursor -= size * 0.35

    def draw(self) -> None:
        c = self.canv
        x0, y0 = 6 * mm, 6 * mm
        self._card(x0, y0, self.front, self.band)
        self._card(x0 + CARD_W, y0, self.back, None)
        # fold line between the two halves, cut marks at the outer corners
        c.setStrokeColor(SOFT)
        c.setDash(2, 2)
        c.line(x0 + CARD_W, y0 - 4 * mm, x0 + CARD_W, y0)
        c.line(x0 + CARD_W, y0 + CARD_H, x0 + CARD_W, y0 + CARD_H + 4 * mm)
        c.setDash()
        for x in (x0, x0 + 2 * CARD_W):
            for y in (y0, y0 + CARD_H):
                c.line(
                    x - 5 * mm if x == x0 else x + 1 * mm,
                    y,
                    x - 1 * mm if x == x0 else x + 5 * mm,
                    y,
                )
                c.line(
                    x,
                    y - 5 * mm if y == y0 else y + 1 * mm,
                    x,
                    y - 1 * mm if y == y0 else y + 5 * mm,
                )


def _card_lines(
    bundle: Bundle,
) -> tuple[list[tuple[str, float, bool]], list[tuple[str, float, bool]]]:
    wrap, crisis, pad = bundle.latest("wrap"), bundle.latest("crisis"), bundle.latest("pad")
    front: list[tuple[str, float, bool]] = []
    if bundle.person_name:
        front.append((bundle.person_name, 11, True))
    if pad is not None:
        profile = profile_for(pad.answers)
        front.append(
            (
                say("export", "I have a psychiatric advance directive ({place}).").format(
                    place=profile.name
                ),
                8,
                False,
            )
        )
        agent = bundle.people(pad, "pad.agent")
        if agent:
            record = agent[0][0]
            phone = record.values.get("phone", "")
            agent_line = (
                say("export", "My agent is {name}, {phone}.").format(name=record.name, phone=phone)
                if phone
                else say("export", "My agent is {name}.").format(name=record.name)
            )
            front.append((agent_line, 8, True))
    front.append(
        (
            say(
                "export",
                "My plans say what helps me and who to call. Please ask me, or the people on "
                "the back.",
            ),
            7,
            False,
        )
    )
    back: list[tuple[str, float, bool]] = [(say("export", "Please call"), 8.5, True)]
    seen: set[int] = set()
    for plan, qid in (
        (pad, "pad.agent"),
        (wrap, "crisis.supporters"),
        (crisis, "crisis_plan.helpers"),
    ):
        for record, _note in bundle.people(plan, qid):
            if record.id in seen or len(seen) >= 3:
                continue
            seen.add(record.id)
            relation = record.values.get("relationship", "")
            phone = record.values.get("phone", "")
            back.append(
                (
                    f"{record.name}"
                    + (f" ({relation})" if relation else "")
                    + (f"  {phone}" if phone else ""),
                    7.5,
                    False,
                )
            )
    lines = crisis.answers.get("crisis_plan.lines") if crisis else None
    if isinstance(lines, list) and lines:
        first = lines[0]
        back.append((say("export", "Crisis line"), 8.5, True))
        back.append((f"{first.get('name', '')}: {first.get('how', '')}", 7.5, False))
    made = say("export", "Card made {day} with WellPlan.")
    back.append((made.format(day=day(bundle.exported_at.astimezone())), 6.5, False))
    return front, back


def wallet_card(bundle: Bundle, paper: str, reserve: float = 0.0) -> bytes:
    return build(
        _reserve(_card_story(bundle), reserve),
        paper=paper,
        meta=_meta(bundle, say("export", "Wallet card"), say("export", "Wallet card")),
        furniture=_furniture(bundle, say("export", "Wallet card")),
    )


def _card_story(bundle: Bundle) -> list[Flowable]:
    s = styles()
    front, back = _card_lines(bundle)
    return [
        Heading(say("export", "Wallet card"), s.title),
        Paragraph(
            esc(
                say(
                    "export",
                    "Cut along the outer marks, fold along the dotted line so the printing is "
                    "outside, and keep it with your ID. It is exactly the size of a bank card "
                    "(85.6 × 54 mm).",
                )
            ),
            s.subtitle,
        ),
        CardPair(front, back),
    ]


# ---- the PAD signing form ------------------------------------------------------------------
def _lines_table(labels: Iterable[str], widths: tuple[float, float] = (38 * mm, 120 * mm)) -> Table:
    """Labelled blank lines to sign or write on."""
    s = styles()
    rows = [[Paragraph(esc(label), s.small), ""] for label in labels]
    table = Table(rows, colWidths=list(widths), rowHeights=[9 * mm] * len(rows), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _signed_table(signature: Signature, *, address: bool = False) -> Table:
    """A signature made in WellPlan, where the blank signing lines would be."""
    s = styles()
    moment = signature.signed_at.astimezone()
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(esc(say("export", "Signature")), s.small),
            SignatureMark(signature.mark, 100 * mm, 16 * mm),
        ],
        [
            Paragraph(esc(say("export", "Date")), s.small),
            Paragraph(esc(f"{day(moment)}, {moment:%H:%M}"), s.body),
        ],
        [
            Paragraph(esc(say("export", "Printed name")), s.small),
            Paragraph(esc(signature.name), s.body),
        ],
    ]
    if address:
        rows.append([Paragraph(esc(say("export", "Address")), s.small), ""])
    how = (
        say("export", "Signed in WellPlan (typed and confirmed) on version {number} of this plan.")
        if signature.mark.kind == "typed"
        else say("export", "Signed in WellPlan (drawn) on version {number} of this plan.")
    )
    rows.append(
        [
            "",
            Paragraph(
                esc(how.format(number=signature.version)),
                s.small,
            ),
        ]
    )
    table = Table(
        rows,
        colWidths=[38 * mm, 120 * mm],
        rowHeights=[18 * mm] + [None] * (len(rows) - 1),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -2), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _blank_lines(count: int) -> Table:
    table = Table(
        [[""] for _ in range(count)],
        colWidths=[160 * mm],
        rowHeights=[8 * mm] * count,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, -1), 0.4, RULE)]))
    return table


def _initials_box(text: str) -> Table:
    s = styles()
    table = Table(
        [[Paragraph(esc(text), s.small), ""]],
        colWidths=[130 * mm, 20 * mm],
        rowHeights=[11 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("BOX", (1, 0), (1, 0), 0.8, INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


def _signing_blocks(bundle: Bundle, plan: PlanData, profile: Profile) -> list[Flowable]:
    s = styles()
    signed = {sig.role: sig for sig in bundle.signed(plan)}
    name = bundle.person_name or say("export", "the person making this directive")
    sign, date, printed = (
        say("export", "Signature"),
        say("export", "Date"),
        say("export", "Printed name"),
    )
    story: list[Flowable] = [PageBreak(), Heading(say("export", "Signatures"), s.h1, level=1)]
    story.append(Paragraph(esc(profile.signing_rule() + " " + not_legal_advice()), s.small))
    story.append(
        KeepTogether(
            [
                Paragraph(esc(say("signing", "Your signature")), s.h2),
                Paragraph(esc(person_statement("pad", name)), s.body),
                _signed_table(signed[Role.PERSON])
                if Role.PERSON in signed
                else _lines_table([sign, date, printed]),
            ]
        )
    )
    witness_rule = (
        say("export", "Witnesses: witness {number} of {count}")
        if profile.notary is not NotaryRule.OR
        else say("export", "Witnesses (or a notary instead, below): witness {number} of {count}")
    )
    for number in range(1, profile.witnesses + 1):
        witness = signed.get(WITNESS_ROLES[number - 1]) if number <= len(WITNESS_ROLES) else None
        block: list[Flowable] = [
            Paragraph(esc(witness_rule.format(number=number, count=profile.witnesses)), s.h2),
            Paragraph(
                esc(
                    witness.statement
                    if witness is not None
                    else profile.attestation.replace("{name}", name)
                ),
                s.body,
            ),
        ]
        answered = dict(witness.eligibility) if witness is not None else {}
        yes_word, no_word = choice_label("yes"), choice_label("no")
        # a witness who signed is shown with the very questions they answered
        questions = list(answered) if answered else profile.eligibility_questions
        for question in questions:
            yes, no = (
                ("☒", "☐")
                if answered.get(question)
                else ("☐", "☒" if question in answered else "☐")
            )
            block.append(
                Paragraph(esc(f"{yes} {yes_word}   {no} {no_word}    {question}"), s.small)
            )
        block.append(
            _signed_table(witness, address=True)
            if witness is not None
            else _lines_table([sign, date, printed, say("export", "Address")])
        )
        story.append(KeepTogether(block))
    if profile.notary is not NotaryRule.NONE:
        title = {
            NotaryRule.OR: say("export", "Notary (instead of the witnesses)"),
            NotaryRule.AND: say("export", "Notary"),
            NotaryRule.OPTIONAL: say("export", "Notary (optional)"),
        }[profile.notary]
        seal = Table(
            [[say("export", "Seal")]], colWidths=[40 * mm], rowHeights=[30 * mm], hAlign="RIGHT"
        )
        seal.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (0, 0), 0.6, SOFT),
                    ("TEXTCOLOR", (0, 0), (0, 0), SOFT),
                    ("FONTNAME", (0, 0), (0, 0), FONT),
                    ("FONTSIZE", (0, 0), (0, 0), 8),
                ]
            )
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(esc(title), s.h2),
                    Paragraph(
                        esc(
                            say(
                                "export",
                                "State of ____________________   County of ____________________",
                            )
                        ),
                        s.body,
                    ),
                    Paragraph(
                        esc(
                            say(
                                "export",
                                "Signed and acknowledged before me on ______________ by {name}.",
                            ).format(name=name)
                        ),
                        s.body,
                    ),
                    _lines_table(
                        [say("export", "Notary's signature"), say("export", "Commission expires")],
                        (38 * mm, 90 * mm),
                    ),
                    Spacer(1, 4 * mm),
                    seal,
                ]
            )
        )
    if "agent_acceptance" in profile.features:
        heading = {
            Role.AGENT: say("export", "Acceptance by the agent: {name}"),
            Role.ALTERNATE: say("export", "Acceptance by the alternate: {name}"),
        }
        for role, qid in ((Role.AGENT, "pad.agent"), (Role.ALTERNATE, "pad.alternates")):
            accepted = signed.get(role)
            for record, _note in bundle.people(plan, qid) or []:
                story.append(
                    KeepTogether(
                        [
                            Paragraph(esc(heading[role].format(name=record.name)), s.h2),
                            Paragraph(esc(acceptance_statement(role, bundle.person_name)), s.body),
                            _signed_table(accepted)
                            if accepted is not None and accepted.name == record.name
                            else _lines_table([sign, date]),
                        ]
                    )
                )
    return story


def pad_form(bundle: Bundle, plan: PlanData, paper: str, reserve: float = 0.0) -> bytes:
    """The directive as a form to sign: every part printed (blank lines where nothing is
    written yet), then the signature blocks the jurisdiction profile asks for."""
    profile = profile_for(plan.answers)
    return build(
        _reserve(_pad_form_story(bundle, plan), reserve),
        paper=paper,
        meta=_meta(
            bundle,
            say("export", "{title} — signing form").format(title=plan.summary.title),
            say("export", "Psychiatric advance directive ({place})").format(place=profile.name),
        ),
        furniture=_furniture(
            bundle, say("export", "Psychiatric advance directive"), plan.summary.updated_at
        ),
    )


def _pad_form_story(bundle: Bundle, plan: PlanData) -> list[Flowable]:
    s = styles()
    profile = profile_for(plan.answers)
    features = profile.features
    name = bundle.person_name
    story: list[Flowable] = [
        Heading(say("export", "Psychiatric advance directive"), s.title),
        Paragraph(
            esc(
                " · ".join(
                    x
                    for x in (
                        name,
                        say("export", "under the rules of {place}").format(place=profile.name),
                        profile.citation,
                    )
                    if x
                )
            ),
            s.subtitle,
        ),
        Paragraph(esc(not_legal_advice()), s.note),
        *(
            [
                Paragraph(
                    esc(
                        say(
                            "export",
                            "This form is a translation. Where the law asks for exact words, "
                            "your state's official form, in English, is what counts.",
                        )
                    ),
                    s.note,
                )
            ]
            if current() != "en"
            else []
        ),
        Spacer(1, 3 * mm),
        Paragraph(esc(profile.duration_text()), s.body),
        _lines_table([say("export", "Valid until")]),
    ]
    for section in plan.template.sections:
        if section.widget or not section.visible(plan.answers, features) or section.id == "where":
            continue
        story.append(Heading(section.title, s.h1, level=1))
        for question in section.questions:
            if not question.visible(plan.answers, features):
                continue
            story.append(Paragraph(esc(question.text), s.question))
            lines = answer_lines(question, plan.answers.get(question.id), bundle.lookup)
            if not lines:
                story.append(_blank_lines(2))
            elif question.type in (AnswerType.LONG_TEXT, AnswerType.SHORT_TEXT, AnswerType.DATE):
                story.append(Paragraph(esc("\n".join(lines)), s.body))
            else:
                story.extend(bullets(lines, s.bullet))
            if "admission_initials" in features and question.id in (
                "pad.places.prefer",
                "pad.places.alternatives",
            ):
                story.append(
                    _initials_box(
                        say(
                            "export",
                            "If this paragraph allows admission to a facility, initial here to "
                            "agree to it:",
                        )
                    )
                )
    story.extend(_signing_blocks(bundle, plan, profile))
    return story


def render(
    bundle: Bundle,
    doc: str,
    plans: Sequence[PlanData],
    paper: str,
    *,
    seal_space: bool = False,
    language: str | None = None,
) -> bytes:
    """One document by name: 'full', 'summary', 'card' or 'pad-form'. ``seal_space`` keeps
    room free at the end of the last page for the seal's stamp. ``language`` is the
    document's (by default the app's): its questions, headings and dates; what the person
    wrote is printed as they wrote it."""
    if language is None:
        return _render(bundle, doc, plans, paper, seal_space)
    with speaking(language):
        ids = [p.summary.id for p in plans]
        bundle = bundle.in_language(language)
        return _render(bundle, doc, [bundle.plan(i) for i in ids], paper, seal_space)


def _render(
    bundle: Bundle, doc: str, plans: Sequence[PlanData], paper: str, seal_space: bool
) -> bytes:
    reserve = SEAL_HEIGHT if seal_space else 0.0
    if doc == "full":
        return full_plans(bundle, plans, paper, reserve)
    if doc == "summary":
        return crisis_summary(bundle, paper, reserve)
    if doc == "card":
        return wallet_card(bundle, paper, reserve)
    if doc == "pad-form":
        (plan,) = plans
        return pad_form(bundle, plan, paper, reserve)
    raise ValueError(doc)
