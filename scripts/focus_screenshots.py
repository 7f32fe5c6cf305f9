"""Screenshots of the focused states in every theme, and of the main window and the dialogs
on small screens, for looking at by eye (issue 24: focus rings, borders in high contrast,
1280×720 and 200%).
Run: python scripts/focus_screenshots.py, then with 1280x720 and with 1366x768

Writes docs/screenshots/focus-*.png and small-*.png offscreen, from the demo file, in a
throwaway data folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREENS = {"1280x720": (1280, 720), "1366x768": (1366, 768)}


def screen_config(folder: Path, width: int, height: int) -> str:
    """The offscreen platform with one screen of this size (a small laptop)."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(
        '{"screens": [{"name": "laptop", "x": 0, "y": 0, '
        f'"width": {width}, "height": {height}, "logicalDpi": 96, "logicalBaseDpi": 96, '
        '"dpr": 1}]}'
    )
    return f"offscreen:configfile={config}"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="wellplan-focus-"))
    os.environ["WELLPLAN_DATA_DIR"] = str(work / "data")
    size = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    os.environ["QT_QPA_PLATFORM"] = screen_config(work, *SCREENS[size])

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from wellplan.app import make_app
    from wellplan.gui.main_window import MainWindow
    from wellplan.storage.demo import write_demo

    _app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    demo = write_demo(work / "Robin's plans.wellplan")

    def shoot(widget: QWidget, name: str) -> None:
        QTest.qWait(80)
        widget.window().grab().save(str(OUT / name))
        sys.stdout.write(f"wrote {OUT / name}\n")

    window = MainWindow()
    if len(sys.argv) == 1:
        window.resize(1100, 700)  # (on a small screen, as large as it opens there)
    window.show()
    window.activateWindow()
    window.open_path(demo)
    assert window.doc is not None
    plans = {p.title: p.id for p in window.doc.list_plans()}
    if len(sys.argv) > 1:  # the dialogs on a small screen, at 100% and 200%
        small_screens(window, plans, size, shoot)
        return 0
    for theme in ("light", "dark", "contrast"):
        window.set_theme(theme)
        window.go_home()
        window.home.new_button.setFocus()  # focused, while Continue is the default button
        shoot(window, f"focus-{theme}-home.png")
        window.edit_plan(plans["Robin's crisis plan"])
        wizard = window.wizard
        assert wizard is not None
        editor = wizard.go_to_question("crisis_plan.care_team")
        editor.focus_target().setFocus()
        shoot(window, f"focus-{theme}-wizard.png")
        wizard.finish(done=False)
        window.use_now(plans["Robin's crisis plan"])
        window.use_now_view.back_button.setFocus()
        shoot(window, f"focus-{theme}-use-now.png")
        window.go_home()
        window.home.list.setFocus()
        menu = window.home.new_button.menu()
        assert menu is not None
        menu.popup(window.home.new_button.mapToGlobal(window.home.new_button.rect().topLeft()))
        menu.setActiveAction(menu.actions()[0])
        QTest.qWait(80)
        menu.grab().save(str(OUT / f"focus-{theme}-menu.png"))
        menu.hide()
    window.set_theme("light")
    return 0


def small_screens(window: Any, plans: dict[str, int], size: str, shoot: Any) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QScrollArea

    from wellplan.gui import dialogs

    for percent in (100,) if size == "1280x720" else (200,):  # the two the issue names
        window.set_text_size(percent)
        window.go_home()
        shoot(window, f"small-{size}-{percent}-home.png")
        window.edit_plan(plans["Robin's Wellness Recovery Action Plan"])
        window.wizard.go_to_question("toolbox.tools")
        shoot(window, f"small-{size}-{percent}-wizard.png")
        window.edit_plan(plans["Robin's advance directive (Oregon)"])
        date = window.wizard.go_to_question("pad.about.birth_date")
        date.focus_target().setFocus()
        area = window.wizard.currentPage().findChild(QScrollArea)
        area.ensureWidgetVisible(date, 0, 120)
        shoot(window, f"small-{size}-{percent}-wizard-date.png")
        window.go_home()
        window.show_records()
        shoot(window, f"small-{size}-{percent}-records.png")
        window.use_now(plans["Robin's crisis plan"])
        shoot(window, f"small-{size}-{percent}-use-now.png")
        window.go_home()
        window.export_documents()
        shoot(window.export_dialog, f"small-{size}-{percent}-export.png")
        window.export_dialog.close()
        QThreadPool.globalInstance().waitForDone()
        window.sign_plan(plans["Robin's advance directive (Oregon)"])
        shoot(window.side_dialog, f"small-{size}-{percent}-signing.png")
        window.side_dialog.reject()
        box = dialogs.passphrase_dialog(
            window,
            "Choose a passphrase",
            "With a passphrase, “Robin's plans.wellplan” can only be opened by someone who "
            "knows it. Choose one you will remember: if you forget it, only your recovery key "
            "(shown next) can open the file. No one else can, including us.",
        )
        box.show()
        shoot(box, f"small-{size}-{percent}-passphrase.png")
        box.reject()
    window.set_text_size(100)


if __name__ == "__main__":
    sys.exit(main())
