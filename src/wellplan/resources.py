"""The one place that finds WellPlan's bundled resources (templates, fonts, icons, rules).

Order: a frozen bundle's folder (PyInstaller sets ``sys._MEIPASS``), the copy inside an
installed wheel (``wellplan/resources``), then the source tree's top-level ``resources/``
(an editable install or a plain checkout).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged
    source = here.parent.parent / "resources"
    if source.is_dir():
        return source
    raise FileNotFoundError(
        "WellPlan's resources folder is missing; the installation looks incomplete. "
        "Reinstalling WellPlan should fix this."
    )


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
