"""The one place that finds WellPlan's bundled resources (templates, fonts, icons, rules).

Order: a frozen bundle's folder (PyInstaller sets ``sys._MEIPASS``), the copy inside an
installed wheel (``wellplan/resources``), then the source tree's top-level ``resources/``
(an editable install or a plain checkout).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any


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


def cache_dir() -> Path:
    """Where WellPlan keeps what it works out at one start to save time at the next
    (compiled translations, parsed templates, PySide6's compiled support code). Anything in
    it can be deleted."""
    override = os.environ.get("WELLPLAN_DATA_DIR")
    if override:
        return Path(override) / "Cache"
    from platformdirs import user_cache_path

    return user_cache_path("WellPlan", appauthor=False)


def stamp(path: Path) -> str:
    """Changes when the file does (its size or modification time), for remembered results."""
    try:
        stat = path.stat()
    except OSError:
        return f"{path} -"
    return f"{path} {stat.st_size} {stat.st_mtime_ns}"


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's data, parsed now (nothing is written anywhere)."""
    import tomllib

    with path.open("rb") as fh:
        return tomllib.load(fh)


def remembered_toml(path: Path) -> dict[str, Any]:
    """A resource TOML file's data, also kept as JSON in the cache folder until the file
    changes (or WellPlan does): loading tomllib and parsing the plan templates is slow
    before the window appears. This writes to the cache folder; a cache that can't be read
    or written is worked without, and the file is parsed, as it always can be."""
    from wellplan import __version__

    key = f"{__version__} {stamp(path)}"
    try:
        relative = path.resolve().relative_to(resource_root().resolve())
        record = cache_dir() / "parsed" / ("-".join(relative.parts) + ".json")
    except (OSError, ValueError):  # not one of WellPlan's resources: nothing to remember
        record = None
    if record is not None:
        try:
            kept = json.loads(record.read_text(encoding="utf-8"))
            if isinstance(kept, dict) and kept.get("key") == key:
                data = kept.get("data")
                if isinstance(data, dict):
                    return data
        except (OSError, ValueError):
            pass  # missing or damaged: parse the file again
    data = read_toml(path)
    if record is not None:
        with contextlib.suppress(TypeError, ValueError):  # a TOML date: JSON has none
            keep(record, json.dumps({"key": key, "data": data}, ensure_ascii=False))
    return data


def keep(record: Path, content: str | bytes) -> None:
    """Write a file in the cache folder whole or not at all (another WellPlan may be
    reading it). A full disk or a read-only cache only means working it out next time."""
    partial = record.with_name(f".{record.name}.{os.getpid()}.tmp")
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            partial.write_bytes(content)
        else:
            partial.write_text(content, encoding="utf-8")
        os.replace(partial, record)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)  # half written on a full disk
