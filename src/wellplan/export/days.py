"""My days: the check-ins of a period the person chooses (Today's month), in words, as a PDF
they can keep or show someone. Each day that has something in it: what was ticked, and the
person's own line. Nothing is counted, scored or compared; days with nothing are left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from reportlab.platypus import Flowable, Paragraph

from wellplan.domain.bundle import Bundle
from wellplan.domain.checkins import CheckIn
from wellplan.domain.words import day, say
from wellplan.export.common import doc_meta, furniture_for
from wellplan.export.pdf import Heading, build, esc, styles


def days_pdf(
    bundle: Bundle,
    checkins: Mapping[dt.date, CheckIn],
    first: dt.date,
    last: dt.date,
    paper: str,
) -> bytes:
    """The days from ``first`` to ``last`` that have a check-in, oldest first."""
    s = styles()
    title = say("export", "My days")
    period = say("export", "From {first} to {last}").format(first=day(first), last=day(last))
    story: list[Flowable] = [
        Heading(title, s.title, level=0),
        Paragraph(esc(period), s.subtitle),
    ]
    days = [(d, c) for d, c in sorted(checkins.items()) if first <= d <= last and not c.empty]
    if not days:
        story.append(Paragraph(esc(say("export", "Nothing written down for these days.")), s.body))
    for when, entry in days:
        story.append(Heading(day(when), s.h1, level=1))
        story += [Paragraph(esc(text), s.bullet, bulletText="✓") for text in entry.done]
        if entry.note.strip():
            story.append(Paragraph(esc(f"“{entry.note.strip()}”"), s.body))
    return build(
        story,
        paper=paper,
        meta=doc_meta(bundle, title, period),
        furniture=furniture_for(bundle, title),
    )
