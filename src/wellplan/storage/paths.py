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
