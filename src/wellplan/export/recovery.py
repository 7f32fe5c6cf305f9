"""The printable recovery sheet: the recovery key of a locked file, large and clear, with
what it is for and how to keep it. It carries no plan text and no name: only the file's
name, so a person with several files knows which key is which."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from wellplan.domain.words import day, say
from wellplan.export.pdf import ACCENT, FONT, RULE, Furniture, Meta, build, esc, styles
from wellplan.export.tags import Table, TableRole


def _key_table(key: str) -> Table:
    """The key's groups in two rows of seven, each group in its own box, so it can be
    copied out (or typed back in) a group at a time."""
    groups = key.split("-")
    rows = [groups[i : i + 7] for i in range(0, len(groups), 7)]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    table = Table(
        rows,
        colWidths=[22 * mm] * width,
        rowHeights=[13 * mm] * len(rows),
        hAlign="LEFT",
        # one paragraph to a screen reader, read as it is typed back in
        role=TableRole(container="P", actual=" ".join(groups)),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), f"{FONT}-Bold", 15),
                ("TEXTCOLOR", (0, 0), (-1, -1), ACCENT),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def recovery_sheet(key: str, file_name: str, moment: dt.datetime, paper: str = "letter") -> bytes:
    """The sheet for ``key``, the recovery key of the file called ``file_name``."""
    s = styles()
    when = day(moment)
    story: list[Flowable] = [
        Paragraph(esc(say("recovery", "Your WellPlan recovery key")), s.title),
        Paragraph(
            esc(
                say("recovery", "For the file “{file}”, locked with a passphrase on {day}.").format(
                    file=file_name, day=when
                )
            ),
            s.subtitle,
        ),
        Spacer(1, 4 * mm),
        _key_table(key),
        Spacer(1, 6 * mm),
        Paragraph(esc(say("recovery", "What it is for")), s.h1),
        Paragraph(
            esc(
                say(
                    "recovery",
                    "This key opens your file if you forget your passphrase. When WellPlan asks "
                    "for the passphrase, type the key instead. Capital letters, spaces and dashes "
                    "don't matter, and a mistyped group is caught.",
                )
            ),
            s.body,
        ),
        Paragraph(esc(say("recovery", "Keep it safe")), s.h1),
        Paragraph(
            esc(
                say(
                    "recovery",
                    "Keep this sheet away from your computer: with your important papers, or with "
                    "someone you trust. Anyone who has both this key and your file can read your "
                    "plans.",
                )
            ),
            s.body,
        ),
        Paragraph(esc(say("recovery", "No one else can open the file")), s.h1),
        Paragraph(
            esc(
                say(
                    "recovery",
                    "Without your passphrase or this key, no one can open the file: not WellPlan, "
                    "not us, not anyone. There is no reset.",
                )
            ),
            s.body,
        ),
        Paragraph(esc(say("recovery", "If you change your passphrase")), s.h1),
        Paragraph(
            esc(
                say(
                    "recovery",
                    "This key stops working, and WellPlan gives you a new one. Print the new "
                    "sheet, and tear up or shred this one.",
                )
            ),
            s.body,
        ),
    ]
    meta = Meta(
        title=say("recovery", "WellPlan recovery key"),
        subject=say("recovery", "Recovery key for {file}").format(file=file_name),
        author="WellPlan",
        moment=moment,
    )
    return build(
        story,
        paper=paper,
        meta=meta,
        furniture=Furniture(
            header="",
            footer=say("recovery", "WellPlan recovery sheet · {file}").format(file=file_name),
        ),
    )
