"""Small tables the signing parts of documents are made of: labelled lines, a signature
with who signed and when, blank lines, and an initials box."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    TableStyle,
)

from wellplan.domain.signing import (
    Signature,
)
from wellplan.domain.words import day, say
from wellplan.export.pdf import (
    INK,
    RULE,
    SignatureMark,
    esc,
    styles,
)
from wellplan.export.tags import Table, TableRole


# ---- the PAD signing form ------------------------------------------------------------------
def lines_table(labels: Iterable[str], widths: tuple[float, float] = (38 * mm, 120 * mm)) -> Table:
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


def signed_table(signature: Signature, *, address: bool = False) -> Table:
    """A signature made in WellPlan, where the blank signing lines would be."""
    s = styles()
    moment = signature.signed_at.astimezone()
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(esc(say("export", "Signature")), s.small),
            SignatureMark(
                signature.mark,
                100 * mm,
                16 * mm,
                alt=f"{say('export', 'Signature')}: {signature.name}",
            ),
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


def blank_lines(count: int) -> Table:
    table = Table(
        [[""] for _ in range(count)],
        colWidths=[160 * mm],
        rowHeights=[8 * mm] * count,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, -1), 0.4, RULE)]))
    return table


def initials_box(text: str) -> Table:
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


# ---- an instrument's signing rows: a line to sign or write on, its label underneath ------
def signing_row(
    cells: list[tuple[str, Flowable | str]],
    widths: list[float],
    *,
    height: float = 13 * mm,
) -> Table:
    """One row of lines side by side, each with its label under it ("Signature", "Date"):
    the room to sign above the line, the words below it. A cell's content (a signature made
    in WellPlan, a printed name) sits on the line; an empty string leaves it blank."""
    s = styles()
    label = ParagraphStyle("row-label", parent=s.small, fontSize=7.5, leading=9)
    top = [content for _label, content in cells]
    bottom = [Paragraph(esc(text), label) for text, _content in cells]
    gap = 5 * mm
    row_widths: list[float] = []
    top_cells: list[Flowable | str] = []
    bottom_cells: list[Flowable | str] = []
    for index, width in enumerate(widths):
        if index:
            row_widths.append(gap)
            top_cells.append("")
            bottom_cells.append("")
        row_widths.append(width)
        top_cells.append(top[index])
        bottom_cells.append(bottom[index])
    table = Table(
        [top_cells, bottom_cells],
        colWidths=row_widths,
        rowHeights=[height, None],
        hAlign="LEFT",
        role=TableRole(order=lambda row, column: (column, -row)),  # each label, then its line
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
    ]
    for index in range(len(widths)):
        column = index * 2
        commands.append(("LINEBELOW", (column, 0), (column, 0), 0.7, INK))
    table.setStyle(TableStyle(commands))
    return table


def initials_boxes(rows: list[Flowable | list[Flowable]], label: str, width: float) -> Table:
    """Paragraphs, each with a box beside it for the person's initials (the label inside the
    box, at the bottom, so it is clear what goes there)."""
    s = styles()
    small = ParagraphStyle(
        "initials-label", parent=s.small, fontSize=6.5, leading=8, alignment=TA_CENTER
    )
    box = 20 * mm
    data = [[row, "", [Spacer(1, 10 * mm), Paragraph(esc(label), small)]] for row in rows]
    table = Table(data, colWidths=[width - box - 4 * mm, 4 * mm, box], hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (0, -1), "TOP"),
        ("VALIGN", (2, 0), (2, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(len(rows)):
        commands.append(("BOX", (2, index), (2, index), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table
