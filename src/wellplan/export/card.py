"""The wallet card: 85.6 × 54 mm, front and back, with cut marks.

The front says who the person is and what they refuse; the back, whom to call (the agent,
the first person to call, the crisis line) and whether there is a directive. Type is 8 pt at the smallest and grows to fill
each face; lines that are nice to have are added while there is room. Numbers never wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from wellplan.domain.bundle import Bundle
from wellplan.domain.present import KeyFacts, key_facts
from wellplan.domain.words import day, say
from wellplan.export.common import doc_meta, furniture_for, reserve_space
from wellplan.export.pdf import (
    ACCENT,
    FONT,
    INK,
    RULE,
    SOFT,
    Heading,
    build,
    esc,
    styles,
)
from wellplan.export.summary import contact_rows, keeper_text, record_text
from wellplan.export.tags import Tagger

CARD_W, CARD_H = 85.6 * mm, 54 * mm
PAD = 3.2 * mm  # inside each face
BAND = 7 * mm  # the "IN A CRISIS" band across the top of the front
SMALLEST, LARGEST = 8.0, 11.0  # type sizes on the card, in points


@dataclass(frozen=True)
class Line:
    """One paragraph on a face, as markup (already escaped), in shorter and shorter forms
    (a list that can lose its last items), and whether the card may leave it out."""

    forms: tuple[str, ...]
    optional: bool = False
    big: bool = False  # the person's name

    @classmethod
    def of(cls, markup: str, optional: bool = False, big: bool = False) -> Line:
        return cls((markup,), optional, big)


def _style(size: float, big: bool = False) -> ParagraphStyle:
    s = styles()
    return s.body.clone(
        f"card-{size}-{big}",
        fontName=f"{FONT}-Bold" if big else FONT,
        fontSize=size + 2.5 if big else size,
        leading=(size + 2.5 if big else size) * 1.18,
        spaceAfter=size * 0.3,
        textColor=INK,
    )


def _height(lines: Sequence[tuple[Line, int]], size: float, width: float) -> float:
    total = 0.0
    for line, form in lines:
        style = _style(size, line.big)
        total += Paragraph(line.forms[form], style).wrap(width, 1000)[1] + style.spaceAfter
    return total


def fit_face(lines: Sequence[Line], width: float, height: float) -> tuple[float, list[str]]:
    """The type size and the paragraphs for one face: every line in full if they fit at
    9 pt or more; else every line that must be there, as large as fits (8 pt at the least,
    shortened if even that is too long), and the others, as long as fits, while there is
    room."""
    full = [(line, 0) for line in lines]
    sizes = [LARGEST - 0.25 * i for i in range(int((LARGEST - SMALLEST) / 0.25) + 1)]
    for size in sizes:
        if size >= 9 and _height(full, size, width) <= height:
            return size, [line.forms[0] for line in lines]
    must = [(line, 0) for line in lines if not line.optional]
    size = min(next((z for z in sizes if _height(must, z, width) <= height), SMALLEST), 9.0)
    chosen = {id(line): 0 for line in lines if not line.optional}
    for line in reversed(lines):  # too long even at 8 pt: shorten, the last line first
        while (
            not line.optional
            and chosen[id(line)] < len(line.forms) - 1
            and _height([(x, chosen[id(x)]) for x in lines if id(x) in chosen], size, width)
            > height
        ):
            chosen[id(line)] += 1
    for line in lines:
        if line.optional:
            for form in range(len(line.forms)):
                trial = {**chosen, id(line): form}
                kept = [(x, trial[id(x)]) for x in lines if id(x) in trial]
                if _height(kept, size, width) <= height:
                    chosen = trial
                    break
    shown = [(line, chosen[id(line)]) for line in lines if id(line) in chosen]
    while size + 0.25 <= LARGEST and _height(shown, size + 0.25, width) <= height:
        size += 0.25  # what is shown, as large as the face allows
    return size, [line.forms[form] for line, form in shown]


def _label(label: str, text: str) -> str:
    return f"<b>{esc(label)}</b> {text}"


def _listed(label: str, items: Sequence[str], rest: str | None) -> tuple[str, ...]:
    """'Label: a; b; c', then shorter: 'Label: a; b; and 1 more (ask Jo, +1 555 0142)', or
    with no ``rest``, just fewer items."""
    forms = [_label(label, esc("; ".join(items)))]
    for count in range(len(items) - 1, 0, -1):
        text = "; ".join(items[:count])
        if rest is not None:
            more = say("export", "and {count} more").format(count=len(items) - count)
            text += f"; {more} ({rest})"
        forms.append(_label(label, esc(text)))
    return tuple(forms)


def card_faces(bundle: Bundle, facts: KeyFacts) -> tuple[list[Line], list[Line]]:
    keeper = keeper_text(facts)
    ask = say("export", "ask {who}").format(who=keeper)
    front: list[Line] = []
    if facts.name:
        front.append(Line.of(esc(facts.name), big=True))
    if facts.born:
        front.append(Line.of(esc(say("export", "Born {day}").format(day=facts.born))))
    refused = [r.what for r in facts.refusals if r.consent]
    avoided = [r.what for r in facts.refusals if not r.consent]
    if refused:
        front.append(Line(_listed(say("export", "I do not consent to:"), refused, ask)))
    if avoided:
        front.append(Line(_listed(say("export", "Please avoid:"), avoided, ask)))
    if facts.language:
        language = say("export", "Language: {language}").format(language=facts.language)
        front.append(Line.of(esc(language), optional=True))
    wrap = bundle.latest("wrap")
    helps = wrap.answers.get("crisis.helps") if wrap is not None else None
    if isinstance(helps, list) and helps:
        forms = _listed(say("export", "What helps me:"), [str(h) for h in helps], None)
        front.append(Line(forms, optional=True))

    back: list[Line] = []
    for label, text in contact_rows(facts, notes=False, directive=False):
        back.append(Line.of(_label(label + ":", esc(text))))
    if facts.directive is not None:
        signed = facts.directive.signed_version is not None
        text = (
            say("export", "I have a signed psychiatric advance directive ({place}).")
            if signed
            else say("export", "I have a draft psychiatric advance directive ({place}).")
        )
        back.append(Line.of(esc(text.format(place=facts.directive.place))))
    shown = {c.record.id for c in (facts.agent, facts.first_contact) if c is not None}
    crisis = bundle.latest("crisis")
    for plan, qid in ((wrap, "crisis.supporters"), (crisis, "crisis_plan.helpers")):
        for record, _note in bundle.people(plan, qid):
            if record.id not in shown and record.values.get("phone"):
                shown.add(record.id)
                also = _label(say("export", "Also:"), esc(record_text(record)))
                back.append(Line.of(also, optional=True))
    made = say("export", "Card made {day} with WellPlan.").format(
        day=day(bundle.exported_at.astimezone())
    )
    back.append(Line.of(f'<font color="#3f4a52">{esc(made)}</font>'))
    return front, back


class CardPair(Flowable):
    """Front and back of a credit-card-sized card, side by side with a fold line between,
    and cut marks at the outer corners. All text is real text. Tagged as two parts, the
    front and then the back (each a Div of paragraphs); its edges, band, fold line and cut
    marks are artifacts."""

    tags_itself = True

    def __init__(self, front: list[Line], back: list[Line]) -> None:
        super().__init__()
        self.front, self.back = front, back
        self.band = say("export", "IN A CRISIS")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 2 * CARD_W, CARD_H + 12 * mm  # the cut marks reach into the margins

    def _card(self, x: float, y: float, lines: list[Line], band: str | None) -> None:
        c = self.canv
        tags: Tagger = c.tags
        face = tags.add("Div")
        tags.push(face)
        with tags.artifact(c):
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
        top = y + CARD_H
        if band:
            with tags.artifact(c):
                c.setFillColor(ACCENT)
                c.rect(x, top - BAND, CARD_W, BAND, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(f"{FONT}-Bold", 9)
            with tags.element(c, tags.add("P")):
                c.drawString(x + PAD, top - BAND + 2.2 * mm, band)
            top -= BAND
        width, height = CARD_W - 2 * PAD, top - y - 2 * PAD
        size, shown = fit_face(lines, width, height)
        big = {line.forms[0] for line in lines if line.big}
        cursor = top - PAD
        for markup in shown:
            style = _style(size, markup in big)
            paragraph = Paragraph(markup, style)
            _, h = paragraph.wrap(width, height)
            at = cursor - h
            tags.draw(paragraph, c, partial(paragraph.drawOn, c, x + PAD, at))
            cursor -= h + style.spaceAfter
        tags.pop()

    def draw(self) -> None:
        c = self.canv
        x0, y0 = 0.0, 6 * mm  # the card's edge on the page's one left edge
        self._card(x0, y0, self.front, self.band)
        self._card(x0 + CARD_W, y0, self.back, None)
        with c.tags.artifact(c):
            self._marks(x0, y0)

    def _marks(self, x0: float, y0: float) -> None:
        c = self.canv
        # fold line between the two halves, cut marks at the outer corners
        c.setStrokeColor(SOFT)
        c.setLineWidth(0.6)
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


def wallet_card(bundle: Bundle, paper: str, reserve: float = 0.0) -> bytes:
    return build(
        reserve_space(_card_story(bundle), reserve),
        paper=paper,
        meta=doc_meta(bundle, say("export", "Wallet card"), say("export", "Wallet card")),
        furniture=furniture_for(bundle, say("export", "Wallet card")),
    )


def _card_story(bundle: Bundle) -> list[Flowable]:
    s = styles()
    front, back = card_faces(bundle, key_facts(bundle))
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
