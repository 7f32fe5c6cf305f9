"""Where WellPlan keeps things by default. ``WELLPLAN_DATA_DIR`` overrides the folder
(tests, portable installs); otherwise platformdirs picks the usual place for the system."""

from __future__ import annotations

import os
from pathlib import Path

from wellplan.storage.fileformat import FILE_SUFFIX


def data_dir() -> Path:
    override = os.environ.get("WELLPLAN_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("WellPlan", appauthor=False)


def default_file() -> Path:
    return data_dir() / f"My plans{FILE_SUFFIX}"


def settings_file() -> Path:
    """Window and recent-files settings (never plan text)."""
    override = os.environ.get("WELLPLAN_DATA_DIR")
    if override:
        return Path(override) / "settings.ini"
    from platformdirs import user_config_path

    return user_config_path("WellPlan", appauthor=False) / "settings.ini"


_TEMP: Path | None = None
_TEMP_PREFIX = "wellplan-"


def private_temp_dir() -> Path:
    """A folder only this user can read, for short-lived files (a recovery sheet opened in
    the PDF viewer). Removed when WellPlan exits; one left by a crash is removed the next
    time WellPlan starts (:func:`remove_stale_temp`)."""
    global _TEMP
    if _TEMP is None or not _TEMP.is_dir():
        import atexit
        import tempfile

        _TEMP = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX))  # mode 0700
        (_TEMP / "pid").write_text(str(os.getpid()), encoding="ascii")
        atexit.register(remove_private_temp)
    return _TEMP


def remove_private_temp() -> None:
    global _TEMP
    if _TEMP is not None:
        import shutil

        shutil.rmtree(_TEMP, ignore_errors=True)
        _TEMP = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or a system that can't tell: keep it
        return True
    return True


def remove_stale_temp() -> list[Path]:
    """Remove private temp folders whose WellPlan is no longer running (after a crash)."""
    import shutil
    import tempfile

    removed: list[Path] = []
    for folder in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        try:
            if not folder.is_dir() or folder.stat().st_uid != os.getuid():
                continue
            pid = int((folder / "pid").read_text(encoding="ascii"))
        except (OSError, ValueError, AttributeError):
            continue
        if folder != _TEMP and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
