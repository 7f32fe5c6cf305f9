"""Small tables the signing parts of documents are made of: labelled lines, a signature
with who signed and when, blank lines, and an initials box."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
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
