"""Small per-user settings (recent files, window size, display), kept in an ini file beside
the data. Every setting is read and written here, nowhere else."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wellplan.storage.paths import settings_file

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        self.qsettings = QSettings(str(settings_file()), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        raw = self.qsettings.value("recent_files", [])
        items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        return [Path(str(p)) for p in items if p]

    def add_recent(self, path: Path) -> None:
        items = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self.qsettings.setValue("recent_files", [str(p) for p in self.recent_files() if p != path])

    def last_file(self) -> Path | None:
        value = self.qsettings.value("last_file", "")
        return Path(str(value)) if value else None

    def set_last_file(self, path: Path) -> None:
        self.qsettings.setValue("last_file", str(path))

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    def sync(self) -> None:
        self.qsettings.sync()

    def autolock_minutes(self) -> int:
        """Minutes with nobody at the keyboard before a locked file locks again (0: never)."""
        try:
            return max(0, int(str(self.qsettings.value("privacy/autolock_minutes", 10))))
        except (TypeError, ValueError):
            return 10

    def paper(self) -> str:
        """The paper size last chosen for PDFs ("a4" or "letter"), or "" if none yet."""
        return str(self.qsettings.value("export/paper", "") or "")

    def paper_to_use(self) -> str:
        """The paper last chosen, or else the usual one where the computer is set."""
        paper = self.paper()
        if paper in ("a4", "letter"):
            return paper
        import locale

        from wellplan.domain.bundle import default_paper

        return default_paper(locale.getlocale()[0])

    def set_paper(self, paper: str) -> None:
        self.qsettings.setValue("export/paper", paper)

    def theme(self) -> str:
        """ "light", "dark" or "contrast"."""
        from wellplan.gui.style import THEMES

        value = str(self.qsettings.value("display/theme", "light"))
        return value if value in THEMES else "light"

    def set_theme(self, theme: str) -> None:
        self.qsettings.setValue("display/theme", theme)

    def text_size(self) -> int:
        """Text size in percent, 100 to 200."""
        try:
            value = int(str(self.qsettings.value("display/text_size", 100)))
        except (TypeError, ValueError):
            return 100
        return min(200, max(100, value))

    def set_text_size(self, percent: int) -> None:
        self.qsettings.setValue("display/text_size", min(200, max(100, int(percent))))

    def language(self) -> str:
        """The language chosen in View ▸ Language ("" follows the system)."""
        return str(self.qsettings.value("display/language", ""))

    def set_language(self, language: str) -> None:
        self.qsettings.setValue("display/language", language)

    def together(self, path: Path) -> bool:
        """Whether together mode was on when ``path`` was last open (remembered per file)."""
        return str(self.qsettings.value(f"together/{_key(path)}", "false")) == "true"

    def set_together(self, path: Path, on: bool) -> None:
        if on:
            self.qsettings.setValue(f"together/{_key(path)}", "true")
        else:
            self.qsettings.remove(f"together/{_key(path)}")


def _key(path: Path) -> str:
    """A settings key for a file: a hash of where it is (the path itself may say too much,
    and QSettings keys can't hold every character)."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]
