"""The house style for WellPlan's PDFs: fonts, paragraph styles, page furniture.

reportlab is imported here and in the document modules only, so nothing pays for it until a person
exports. Every string goes through :func:`esc`: text is the person's own and may contain
anything, including characters reportlab's mini-markup would otherwise read as tags.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
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
from reportlab.pdfbase.pdfdoc import PDFName, PDFPage
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable

from wellplan.domain.signing import Mark
from wellplan.domain.words import MONTHS, current, say
from wellplan.export.tags import Table, TableRole, TaggedFrame, Tagger, artifact
from wellplan.resources import resource_path

FONT = "WellPlanSans"
HAND = "WellPlanHand"  # a handwriting face for typed signatures
PAPER = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1d2327")
SOFT = colors.HexColor("#3f4a52")
ACCENT = colors.HexColor("#1f5f56")
RULE = colors.HexColor("#c9d3cf")
MARGIN = 18 * mm  # the one left edge: body, header, footer and the seal's stamp
NBSP = "\u00a0"


@dataclass(frozen=True)
class Layout:
    """A page and where things go on it. Body, header and footer share ``margin`` as their
    left edge (the frame has no padding of its own)."""

    size: tuple[float, float]
    margin: float = MARGIN
    top: float = MARGIN + 4 * mm  # top edge to the body
    bottom: float = MARGIN  # bottom edge to the body
    header_at: float = 11 * mm  # header baseline, below the top edge
    footer_at: float = 9 * mm  # footer baseline, above the bottom edge
    furniture_size: float = 8.5

    @property
    def frame(self) -> tuple[float, float]:
        width, height = self.size
        return width - 2 * self.margin, height - self.top - self.bottom


# A page the size of a phone's screen (about 62 × 110 mm), for the phone copy.
PHONE = Layout(
    size=(62 * mm, 110 * mm),
    margin=4.5 * mm,
    top=10 * mm,
    bottom=8 * mm,
    header_at=5.5 * mm,
    footer_at=3.5 * mm,
    furniture_size=7,
)


def layout_for(paper: str) -> Layout:
    return PHONE if paper == "phone" else Layout(PAPER[paper])


def _layout_of(page_width: float) -> Layout:
    return PHONE if abs(page_width - PHONE.size[0]) < 1 else Layout((page_width, 0))


def body_edges(page_width: float) -> tuple[float, float]:
    """The left and right edges of the body on a page this wide (for the seal's stamp,
    which goes on a finished PDF's last page: Letter, A4, or a phone copy's)."""
    layout = _layout_of(page_width)
    return layout.margin, page_width - layout.margin


def body_bottom(page_width: float) -> float:
    """The body's bottom line on a page this wide (the seal's stamp stands on it)."""
    return _layout_of(page_width).bottom


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
    # A table cell sets its font even when it holds no text; reportlab's default is the
    # standard Helvetica, which is never embedded. Every table in WellPlan uses the bundled
    # face unless it says otherwise.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    return FONT


# ---- words that must not break across lines ------------------------------------------------
_MONTH_NAMES = [
    *(dt.date(2000, month, 1).strftime("%B") for month in range(1, 13)),
    *MONTHS["es"],
]
_DATE = re.compile(
    r"\b\d{1,2} (?:de )?(?:" + "|".join(_MONTH_NAMES) + r")(?: de)?(?: \d{4})?\b", re.IGNORECASE
)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().\-]{3,}\d(?![\w])")
_DOSE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)? (?:mg|mcg|µg|μg|g|ml|mL|l|L|IU|units?|unidades?|drops?|"
    r"gotas?|puffs?|%)(?:/\w+)?(?!\w)"
)


def _join(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def _join_phone(match: re.Match[str]) -> str:
    number = match.group(0)
    digits = sum(ch.isdigit() for ch in number)
    return number.replace(" ", NBSP) if digits >= 5 else number


def unbreakable(text: str) -> str:
    """``text`` with non-breaking spaces inside phone numbers, dates and doses, so none of
    them is ever split across two lines ("+1 555 0142", "17 April 1988", "200 mg")."""
    text = _PHONE.sub(_join_phone, text)
    text = _DATE.sub(_join, text)
    return _DOSE.sub(_join, text)


def keep(name: str, limit: int = 32, *, width: float = 0, font: str = "", size: float = 0) -> str:
    """A name that stays on one line. A very long one (more than ``limit`` letters, or
    wider than ``width`` in ``font`` at ``size``) may still break between words, never
    inside one."""
    if len(name) > limit:
        return name
    if width and pdfmetrics.stringWidth(name, font or FONT, size) > width:
        return name
    return name.replace(" ", NBSP)


def esc(text: str) -> str:
    """The person's text, safe inside a Paragraph (line breaks kept; numbers, dates and
    doses never split)."""
    return escape(unbreakable(text)).replace("\n", "<br/>")


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
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle


def ruled_box(
    rows: list[list[Flowable]], width: float, *, padding: float, role: TableRole | None = None
) -> Table:
    """Lines set apart by a heavy rule down their left, so they stand out in black and
    white as well as on screen (the summary's refusals, a one-page sheet's reminders)."""
    table = Table(rows, colWidths=[width], hAlign="LEFT", role=role)
    table.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


@cache
def styles(scale: float = 1.0) -> Styles:
    family = register_fonts()
    bold = f"{family}-Bold"

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", family)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontSize=size * scale,
            leading=size * scale * 1.32,
            alignment=TA_LEFT,
            bulletFontName=family,  # reportlab's default, Helvetica, is never embedded
            **kw,
        )

    found = Styles(
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
        # a paragraph splits across pages only with two lines or more on each side, so a
        # list item of up to three lines never splits from its bullet
        body=style("body", 10.5, spaceAfter=2, allowWidows=0),
        bullet=style("bullet", 10.5, leftIndent=12, bulletIndent=2, spaceAfter=1, allowWidows=0),
        small=style("small", 9, textColor=SOFT),
        note=style("note", 9, textColor=SOFT, fontName=f"{family}-Italic"),
        cell=style("cell", 9.5),
        cell_head=style("cell_head", 8.5, fontName=bold, textColor=SOFT),
        label=style("label", 8.5, fontName=bold, textColor=INK),
    )
    # what a paragraph in a heading's style is, in the structure tree (tags.py)
    found.title.wp_role, found.h1.wp_role, found.h2.wp_role = "H1", "H2", "H3"
    return found


class Heading(Paragraph):
    """A heading that also becomes a PDF bookmark (the outline a reader sees beside it).
    A ``section`` heading is repeated, with "(continued)", at the top of each page its
    section runs on to; any other heading ends the section before it."""

    def __init__(
        self, text: str, style: ParagraphStyle, level: int = 0, *, section: bool = False
    ) -> None:
        super().__init__(esc(text), style)
        self.outline_title = text
        self.outline_level = level
        self.section = section

    def continued(self) -> Flowable:
        text = say("export", "{title} (continued)").format(title=self.outline_title)
        style = self.style.clone(f"{self.style.name}-cont", spaceBefore=0)
        return artifact(Paragraph(esc(text), style))  # a screen reader already read the heading


def bullets(lines: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(esc(line), style, bulletText="•") for line in lines]


class PageHeader(Flowable):
    """Takes no room: from the page it lands on, the header names this instead (in a
    combined export, the plan each page belongs to)."""

    marker = True

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._page_header = self.text


@dataclass(frozen=True)
class Furniture:
    """What goes around every page."""

    header: str
    footer: str  # e.g. "WellPlan 0.1.0 · version of 23 Nov 2026 · exported 23 Nov 2026"


def _fitted(text: str, width: float, size: float) -> str:
    """``text`` shortened with "…" until it is no wider than ``width``."""
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _numbered_canvas(furniture: Furniture, meta: Meta, layout: Layout) -> type[Canvas]:
    moment = meta.moment

    class NumberedCanvas(Canvas):
        """Holds pages back until the end, so each footer can say "page N of M". Tagged:
        what the story draws is in the structure tree (see tags.py); the header and
        footer are artifacts."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if moment is not None:
                kwargs["invariant"] = True  # the file ID comes from the content alone
            kwargs.setdefault("pdfVersion", (1, 7))  # PDF/UA-1 is built on PDF 1.7
            super().__init__(*args, **kwargs)
            if moment is not None:
                self._doc._timeStamp = _FixedStamp(moment)
            self._saved: list[dict[str, Any]] = []
            self._page_header = furniture.header
            self.tags = Tagger()
            self._page_index = 0

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()
            self.tags.page += 1

        def save(self) -> None:
            total = len(self._saved)
            page_of = say("export", "page {number} of {total}")
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self._page_index = number - 1
                with self.tags.artifact(self, "Pagination"):
                    self._furniture(number, total, page_of)
                Canvas.showPage(self)
            self.tags.write(self._doc, total, meta)
            Canvas.save(self)

        def drawText(self, aTextObject: Any) -> None:
            super().drawText(aTextObject)
            self.tags.after_text(self)

        def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:
            super()._addAnnotation(annotation, name, addtopage)
            if addtopage:
                self.tags.annotation(self, annotation, self._annotationrefs[-1])

        def _setAnnotations(self, page: PDFPage) -> None:
            super()._setAnnotations(page)
            page.StructParents = self._page_index  # its key in the parent tree
            page.Tabs = PDFName("S")  # tab through links in the order of the structure
            page.__NoDefault__ = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]

        def _furniture(self, number: int, total: int, page_of: str) -> None:
            width, height = self._pagesize
            left, right = layout.margin, width - layout.margin
            size = layout.furniture_size
            self.saveState()
            self.setFont(FONT, size)
            self.setFillColor(SOFT)
            header = self._page_header
            if header:
                top = height - layout.header_at
                self.drawString(left, top, _fitted(header, right - left, size))
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(left, top - size * 0.6, right, top - size * 0.6)
            pages = page_of.format(number=number, total=total)
            self.drawRightString(right, layout.footer_at, pages)
            room = right - left - pdfmetrics.stringWidth(pages, FONT, size) - 3 * size
            if pdfmetrics.stringWidth(furniture.footer, FONT, size) <= room:
                self.drawString(left, layout.footer_at, furniture.footer)
            self.restoreState()

    return NumberedCanvas


def _is_row(flowable: Flowable) -> bool:
    while isinstance(flowable, KeepTogether) and flowable._content:
        flowable = flowable._content[0]
    return bool(getattr(flowable, "table_row", False))


def _opens_section(flowable: Flowable) -> bool:
    while isinstance(flowable, KeepTogether) and flowable._content:
        flowable = flowable._content[0]
    return isinstance(flowable, Heading)


class _Doc(BaseDocTemplate):
    _bookmarks = 0
    _section: Heading | None = None  # the section the story is in
    _repeat: Any = None  # makes the header row of the table the story is in
    _continued_on = 0  # the page a "(continued)" heading was last put on

    def handle_flowable(self, flowables: list[Any]) -> None:
        first = flowables[0] if flowables else None
        frame = getattr(self, "frame", None)
        if (
            self._section is not None
            and isinstance(first, Flowable)
            and frame is not None
            and frame._atTop
            and self._continued_on != self.page
            and not isinstance(first, ActionFlowable | PageBreak | Spacer)
            and not getattr(first, "marker", False)
            and not _opens_section(first)
        ):
            self._continued_on = self.page
            lead = [self._section.continued()]
            if self._repeat is not None and _is_row(first):
                lead.append(artifact(self._repeat()))  # read once, at the table's top
            rest = first._content if isinstance(first, KeepTogether) else [first]
            flowables[0] = KeepTogether([*lead, *rest])  # KeepTogethers don't nest
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PageBreak):
            self._section = self._repeat = None
        if isinstance(flowable, Heading):
            self._section = flowable if flowable.section else None
            self._repeat = None
        repeat = getattr(flowable, "repeat", None)
        if repeat is not None:
            self._repeat = repeat
        elif not (
            getattr(flowable, "table_row", False)
            or getattr(flowable, "marker", False)
            or isinstance(flowable, ActionFlowable)
        ):
            self._repeat = None
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
    """Lay out ``story`` on pages of ``paper`` ('letter', 'a4' or 'phone'); return the PDF's
    bytes and how many pages it has."""
    register_fonts()
    layout = layout_for(paper)
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=layout.size,
        leftMargin=layout.margin,
        rightMargin=layout.margin,
        topMargin=layout.top,
        bottomMargin=layout.bottom,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        creator="WellPlan",
        lang=meta.lang,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    frame = TaggedFrame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(furniture, meta, layout))
    return buffer.getvalue(), doc.page


def build(story: list[Flowable], *, paper: str, meta: Meta, furniture: Furniture) -> bytes:
    return build_counted(story, paper=paper, meta=meta, furniture=furniture)[0]


def frame_size(paper: str) -> tuple[float, float]:
    """Width and height available to the story on one page."""
    return layout_for(paper).frame


def hand_font_for(text: str) -> str:
    """The handwriting face if it has every letter of ``text``; otherwise DejaVu's italic
    (the handwriting face covers Latin-1 only)."""
    register_fonts()
    face = pdfmetrics.getFont(HAND).face
    covered = all(ord(ch) in face.charToGlyph for ch in text if not ch.isspace())
    return HAND if covered else f"{FONT}-Italic"


class SignatureMark(Flowable):
    """A signature as it was made: drawn strokes (smoothed the same way as on screen) or a
    typed name in a handwriting face. Vector, so it stays sharp at any zoom. A figure in
    the structure tree, its words ``alt`` (a screen reader says them instead)."""

    def __init__(self, mark: Mark, width: float, height: float, alt: str = "") -> None:
        super().__init__()
        self.mark = mark
        self.width = width
        self.height = height
        words = say("export", "Signature")
        self.alt = alt or (f"{words}: {mark.text}" if mark.kind == "typed" else words)

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
