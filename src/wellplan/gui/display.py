"""How the main window looks: colours, text size, together mode and language, from the
settings and the View menu; and its title, which says where the person is. The words are the main window's (context "MainWindow")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from wellplan import APP_NAME
from wellplan.gui import dialogs
from wellplan.gui.menus import TEXT_SIZES

if TYPE_CHECKING:
    from wellplan.gui.main_window import MainWindow

translate = QCoreApplication.translate


class Display:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.settings = window.settings

    def apply(self) -> None:
        """Theme and text size from the settings; together mode makes text a step larger."""
        from wellplan.gui import style

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        w = self.window
        theme, percent = self.settings.theme(), self.settings.text_size()
        scale = percent / 100 * (style.TOGETHER_SCALE if w.together_action.isChecked() else 1)
        if style.current(app) != (theme, style.clamp_scale(scale)):
            style.apply(app, theme, scale)
        w.theme_actions[theme].setChecked(True)
        if percent in w.size_actions:
            w.size_actions[percent].setChecked(True)

    def set_theme(self, theme: str) -> None:
        self.settings.set_theme(theme)
        self.apply()

    def set_text_size(self, percent: int) -> None:
        self.settings.set_text_size(percent)
        self.apply()
        self.window.say(translate("MainWindow", "Text size %1%").replace("%1", str(percent)))

    def step_text_size(self, step: int) -> None:
        now = self.settings.text_size()
        bigger = [p for p in TEXT_SIZES if p > now]
        smaller = [p for p in TEXT_SIZES if p < now]
        if step > 0 and bigger:
            self.set_text_size(bigger[0])
        elif step < 0 and smaller:
            self.set_text_size(smaller[-1])

    def set_language(self, code: str) -> None:
        """Remember the language; it is used from the next start (every window is built
        in one language)."""
        self.settings.set_language(code)
        self.window.say(
            translate("MainWindow", "WellPlan will use this language the next time it starts.")
        )

    def set_together(self, on: bool) -> None:
        """Together mode on or off (remembered for this file)."""
        w = self.window
        w.together_action.setChecked(on)
        w.guide_action.setVisible(on)
        if w.doc is not None:
            self.settings.set_together(w.doc.path, on)
        self.apply()
        if w.wizard is not None:
            w.wizard.set_together(on)
        w.say(
            translate(
                "MainWindow",
                "Together mode is on: larger text, and a supporter can suggest answers.",
            )
            if on
            else translate("MainWindow", "Together mode is off.")
        )

    def show_together(self, path: Path) -> None:
        """Together mode as it was when ``path`` was last open."""
        w = self.window
        w.together_action.setChecked(self.settings.together(path))
        w.guide_action.setVisible(w.together_action.isChecked())
        self.apply()

    def show_where(self) -> None:
        """The window's title says where the person is, most particular first (a screen
        reader says it on coming back to the window): "Triggers — Robin's plan —
        plans.wellplan — WellPlan"."""
        w = self.window
        showing = w.stack.showing()
        where: list[str] = []
        if showing == "plan" and w.wizard is not None:
            where = [w.wizard.where(), w.wizard.plan_title]
        elif showing == "home":
            where = [translate("MainWindow", "Your plans")]
        elif showing == "records":
            where = [translate("MainWindow", "People, medications and places")]
        elif showing == "use-now" and w.use_now_view.page is not None:
            where = [w.use_now_view.page.title]
        elif showing == "today":
            where = [translate("MainWindow", "Today")]
        elif showing == "lock":
            where = [translate("MainWindow", "Locked")]
        if w.doc is not None:
            where.append(w.doc.path.name)
        elif w.session.locked is not None:
            where.append(w.session.locked[0].name)
        elif w.glanced is not None:
            where.append(w.glanced)
        w.setWindowTitle(" — ".join([*[part for part in where if part], APP_NAME]))

    def show_guide(self) -> None:
        from wellplan.gui.together import GUIDE, GUIDE_TITLE

        dialogs.show_info(
            self.window,
            translate("Guide", str(GUIDE_TITLE)),
            translate("Guide", str(GUIDE)),
        )
