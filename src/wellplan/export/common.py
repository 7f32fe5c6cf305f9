"""What every WellPlan document shares: its header and footer, its metadata, room kept free
for the seal's stamp, and records (people, medications, places) as tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from wellplan.domain.bundle import Bundle
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.words import day, mark, said, say
from wellplan.export.pdf import (
    FONT,
    INK,
    RULE,
    Furniture,
    Meta,
    esc,
    keep,
    styles,
)
from wellplan.export.tags import Table, TableRole


def reserve_space(story: list[Flowable], reserve: float) -> list[Flowable]:
    """Keep ``reserve`` points free after the story (the seal's stamp goes there)."""
    return [*story, Spacer(1, reserve)] if reserve else story


def furniture_for(bundle: Bundle, title: str, version: dt.datetime | None = None) -> Furniture:
    who = bundle.person_name
    header = f"{who} — {title}" if who else title
    parts = [f"WellPlan {bundle.app_version}"]
    if bundle.version is not None:  # a frozen version: dated by itself, the same every time
        moment = bundle.exported_at.astimezone()
        parts.append(
            say("export", "version {number}, {day}, {time}").format(
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


def doc_meta(bundle: Bundle, title: str, subject: str) -> Meta:
    return Meta(
        title=title,
        subject=subject,
        author=bundle.person_name or "WellPlan",
        moment=bundle.exported_at,
    )


# ---- records as tables ---------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the width
    main: str  # the record field shown
    extra: str = ""  # a second field, smaller, under it


NOTE_WEIGHT = 4.0  # the share of a table's width the plan's note beside each record has

# The columns of each kind of record (a note column, when the plan keeps notes, comes last).
COLUMNS = {
    RecordKind.PERSON: (
        Column(mark("records", "Name"), 4, "name", "relationship"),
        Column(mark("records", "Phone"), 2.6, "phone", "email"),
    ),
    RecordKind.MEDICATION: (
        Column(mark("records", "Medication"), 2.6, "name", "purpose"),
        Column(mark("records", "Dose"), 2.6, "dose"),
        Column(mark("records", "Who prescribes it"), 2.4, "prescriber", "pharmacy"),
    ),
    RecordKind.PLACE: (
        Column(mark("records", "Place"), 3, "name", "kind"),
        Column(mark("records", "Phone"), 2.2, "phone"),
        Column(mark("records", "Address"), 2.4, "address"),
    ),
}


def _row_table(
    cells: list[Flowable], widths: list[float], group: object, *, head: bool = False
) -> Table:
    """One row of a records table (the rows of one table share ``group``: one Table in
    the structure tree, its first row header cells)."""
    role = TableRole(data=True, header_rows=1 if head else 0, group=group)
    table = Table([cells], colWidths=widths, hAlign="LEFT", role=role)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3 if not head else 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8 if head else 0.4, INK if head else RULE),
            ]
        )
    )
    return table


def record_rows(
    kind: RecordKind,
    items: Sequence[tuple[Record | None, str]],
    note_title: str,
    width: float,
) -> list[Flowable]:
    """People, medications or places as aligned columns: a header row, then one row per
    record that never splits. Each row is its own flowable, so pages break between
    records; a table continued on a new page repeats its header row."""
    s = styles()
    columns = [
        c
        for c in COLUMNS[kind]
        if c.main == "name"
        or any(r is not None and (r.values.get(c.main) or r.values.get(c.extra)) for r, _ in items)
    ]
    has_note = any(note.strip() for _, note in items)
    titles = [said("records", c.title) for c in columns]
    # every table of a kind has the same columns where it can, so tables on a page line up:
    # a column left out gives its room to the note (or, with no note, to the last column)
    total = sum(c.weight for c in COLUMNS[kind]) + NOTE_WEIGHT
    weights = [c.weight for c in columns]
    if has_note:
        titles.append(note_title or said("records", "Notes"))
        weights.append(NOTE_WEIGHT)
    weights[-1] += total - sum(weights)
    widths = [width * w / total for w in weights]

    group = object()  # the rows below are one table

    def header() -> Flowable:
        cells = [Paragraph(esc(t), s.cell_head) for t in titles]
        return _row_table(cells, widths, group, head=True)

    head = header()
    head.repeat = header  # read by the page layout
    rows: list[Flowable] = [head]
    for record, note in items:
        cells: list[Flowable] = []
        for column, col_width in zip(columns, widths, strict=False):
            if record is None:
                text = (
                    say("present", "(no longer in your records)") if column.main == "name" else ""
                )
                cells.append(Paragraph(esc(text), s.cell))
                continue
            main = record.values.get(column.main, "")
            if column.main == "name":
                fits = stringWidth(main, f"{FONT}-Bold", s.cell.fontSize) < col_width - 8
                markup = f"<b>{esc(keep(main) if fits else main)}</b>"
            else:
                markup = esc(main)
            extra = record.values.get(column.extra, "") if column.extra else ""
            if extra:
                small = s.cell.fontSize - 1
                markup += f'<br/><font size="{small}" color="#3f4a52">{esc(extra)}</font>'
            cells.append(Paragraph(markup, s.cell))
        if has_note:
            cells.append(Paragraph(esc(note.strip()), s.cell))
        row = _row_table(cells, widths, group)
        row.table_row = True
        rows.append(row)
    return rows
