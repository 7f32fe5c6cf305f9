"""What every WellPlan document shares: its header and footer, its metadata, and room kept
free for the seal's stamp."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import (
    Flowable,
    Spacer,
)

from wellplan.domain.bundle import Bundle
from wellplan.domain.words import day, say
from wellplan.export.pdf import (
    Furniture,
    Meta,
)


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


def doc_meta(bundle: Bundle, title: str, subject: str) -> Meta:
    return Meta(
        title=title,
        subject=subject,
        author=bundle.person_name or "WellPlan",
        moment=bundle.exported_at,
    )
