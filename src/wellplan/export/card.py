"""The wallet card: 85.6 × 54 mm, front and back, with cut marks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from wellplan.domain.bundle import Bundle
from wellplan.domain.pad import profile_for
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
        reserve_space(_card_story(bundle), reserve),
        paper=paper,
        meta=doc_meta(bundle, say("export", "Wallet card"), say("export", "Wallet card")),
        furniture=furniture_for(bundle, say("export", "Wallet card")),
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
