"""The house style for WellPlan's PDFs: fonts, paragraph styles, page furniture.

reportlab is imported here and in the document modules only, so nothing pays for it until a person
exports. Every string goes through :func:`esc`: text is the person's own and may contain
anything, including characters reportlab's mini-markup would otherwise read as tags.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from wellplan.domain.signing import Mark
from wellplan.domain.words import current, say
from wellplan.resources import resource_path

FONT = "WellPlanSans"
HAND = "WellPlanHand"  # a handwriting face for typed signatures
PAPER = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1d2327")
SOFT = colors.HexColor("#3f4a52")
ACCENT = colors.HexColor("#1f5f56")
RULE = colors.HexColor("#c9d3cf")
MARGIN = 18 * mm


@cache
def register_fonts() -> str:
    """Register the bundled DejaVu family once; returns the family name."""
    files = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Italic": "DejaVuSans-Oblique.ttf",
        f"{FONT}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    }
    files[HAND] = "Breip.ttf"
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Italic",
        boldItalic=f"{FONT}-BoldItalic",
    )
    return FONT


def esc(text: str) -> str:
    """The person's text, safe inside a Paragraph (line breaks kept)."""
    return escape(text).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    question: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle


@cache
def styles(scale: float = 1.0) -> Styles:
    family = register_fonts()
    bold = f"{family}-Bold"

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", family)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name, fontSize=size * scale, leading=size * scale * 1.32, alignment=TA_LEFT, **kw
        )

    return Styles(
        title=style("title", 20, fontName=bold, textColor=ACCENT, spaceAfter=2),
        subtitle=style("subtitle", 10.5, textColor=SOFT, spaceAfter=10),
        h1=style(
            "h1", 14, fontName=bold, textColor=ACCENT, spaceBefore=12, spaceAfter=4, keepWithNext=1
        ),
        h2=style("h2", 11, fontName=bold, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        question=style(
            "question",
            9.5,
            fontName=bold,
            textColor=SOFT,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        body=style("body", 10.5, spaceAfter=2),
        bullet=style("bullet", 10.5, leftIndent=12, bulletIndent=2, spaceAfter=1),
        small=style("small", 9, textColor=SOFT),
        note=style("note", 9, textColor=SOFT, fontName=f"{family}-Italic"),
    )


class Heading(Paragraph):
    """A heading that also becomes a PDF bookmark (the outline a reader sees beside it)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0) -> None:
        super().__init__(esc(text), style)
        self.outline_title = text
        self.outline_level = level


def bullets(lines: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(esc(line), style, bulletText="•") for line in lines]


@dataclass(frozen=True)
class Furniture:
    """What goes around every page."""

    header: str
    footer: str  # e.g. "WellPlan 0.1.0 · version of 23 Nov 2026 · exported 23 Nov 2026"


def _numbered_canvas(furniture: Furniture, moment: dt.datetime | None) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until the end, so each footer can say "page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if moment is not None:
                kwargs["invariant"] = True  # the file ID comes from the content alone
            super().__init__(*args, **kwargs)
            if moment is not None:
                self._doc._timeStamp = _FixedStamp(moment)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            page_of = say("export", "page {number} of {total}")
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self._furniture(number, total, page_of)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, number: int, total: int, page_of: str) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8.5)
            self.setFillColor(SOFT)
            if furniture.header:
                self.drawString(MARGIN, height - 11 * mm, furniture.header)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)
            self.drawString(MARGIN, 9 * mm, furniture.footer)
            self.drawRightString(width - MARGIN, 9 * mm, page_of.format(number=number, total=total))
            self.restoreState()

    return NumberedCanvas


class _Doc(BaseDocTemplate):
    _bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title:
            self._bookmarks += 1  # numbered, not id(): the same story gives the same bytes
            key = f"h{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                title, key, level=getattr(flowable, "outline_level", 0), closed=False
            )


PDF_LANGUAGES = {"en": "en-US"}  # the /Lang a screen reader uses; others as they are


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str
    author: str
    lang: str = field(default_factory=lambda: PDF_LANGUAGES.get(current(), current()))
    # the document's creation date; with it fixed, the same content gives the same bytes
    moment: dt.datetime | None = None


class _FixedStamp(TimeStamp):
    """reportlab's timestamp, set to a given moment instead of "now"."""

    def __init__(self, moment: dt.datetime) -> None:
        super().__init__(invariant=True)
        self.t = moment.timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]


def build_counted(
    story: list[Flowable],
    *,
    paper: str,
    meta: Meta,
    furniture: Furniture,
) -> tuple[bytes, int]:
    """Lay out ``story`` on pages; return the PDF's bytes and how many pages it has."""
    register_fonts()
    buffer = io.BytesIO()
    pagesize = PAPER[paper]
    doc = _Doc(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        creator="WellPlan",
        lang=meta.lang,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(furniture, meta.moment))
    return buffer.getvalue(), doc.page


def build(story: list[Flowable], *, paper: str, meta: Meta, furniture: Furniture) -> bytes:
    return build_counted(story, paper=paper, meta=meta, furniture=furniture)[0]


FRAME_PADDING = 6  # reportlab's Frame pads each side by 6 pt


def frame_size(paper: str) -> tuple[float, float]:
    """Width and height available to the story on one page."""
    width, height = PAPER[paper]
    return width - 2 * MARGIN - 2 * FRAME_PADDING, height - 2 * MARGIN - 4 * mm - 2 * FRAME_PADDING


def hand_font_for(text: str) -> str:
    """The handwriting face if it has every letter of ``text``; otherwise DejaVu's italic
    (the handwriting face covers Latin-1 only)."""
    register_fonts()
    face = pdfmetrics.getFont(HAND).face
    covered = all(ord(ch) in face.charToGlyph for ch in text if not ch.isspace())
    return HAND if covered else f"{FONT}-Italic"


class SignatureMark(Flowable):
    """A signature as it was made: drawn strokes (smoothed the same way as on screen) or a
    typed name in a handwriting face. Vector, so it stays sharp at any zoom."""

    def __init__(self, mark: Mark, width: float, height: float) -> None:
        super().__init__()
        self.mark = mark
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        if self.mark.kind == "typed":
            text = self.mark.text
            font = hand_font_for(text)
            size = min(self.height * 0.7, 22.0)
            while size > 8 and pdfmetrics.stringWidth(text, font, size) > self.width:
                size -= 1
            canvas.setFont(font, size)
            canvas.drawString(0, self.height * 0.22, text)
        else:
            aspect = self.mark.aspect if self.mark.aspect > 0 else 3.0
            width = min(self.width, self.height * aspect)
            height = width / aspect
            canvas.setLineWidth(max(0.8, width / 180))
            canvas.setLineCap(1)
            canvas.setLineJoin(1)

            def at(point: tuple[float, float]) -> tuple[float, float]:
                return point[0] * width, (1.0 - point[1]) * height

            path = canvas.beginPath()
            for stroke in self.mark.strokes:
                points = [at(p) for p in stroke]
                if not points:
                    continue
                path.moveTo(*points[0])
                if len(points) == 1:
                    path.lineTo(points[0][0] + 0.3, points[0][1] + 0.3)
                    continue
                current = points[0]
                # quadratic curves through the midpoints, as on screen, written as cubics
                for control, following in itertools.pairwise(points[1:]):
                    end = ((control[0] + following[0]) / 2, (control[1] + following[1]) / 2)
                    c1 = (
                        current[0] + 2 / 3 * (control[0] - current[0]),
                        current[1] + 2 / 3 * (control[1] - current[1]),
                    )
                    c2 = (
                        end[0] + 2 / 3 * (control[0] - end[0]),
                        end[1] + 2 / 3 * (control[1] - end[1]),
                    )
                    path.curveTo(*c1, *c2, *end)
                    current = end
                path.lineTo(*points[-1])
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()
