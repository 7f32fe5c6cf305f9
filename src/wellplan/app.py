"""Starts the GUI. The only module that creates the QApplication."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from wellplan import APP_NAME, __version__
from wellplan.gui import dialogs, style
from wellplan.gui.main_window import MainWindow
from wellplan.resources import resource_path


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("org.wellplan.WellPlan")
    app.setWindowIcon(QIcon(str(resource_path("icons", "wellplan.svg"))))
    style.apply(app)
    from wellplan.gui import i18n
    from wellplan.gui.settings import Settings

    i18n.install(app, i18n.choose(Settings().language()))
    return app


class _FirstPaint(QObject):
    """Quits the app right after the main window's first paint (for --smoke)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest)
            and watched is self.window
        ):
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        doc = self.window.doc
        app = QApplication.instance()
        if doc is None:
            sys.stderr.write("smoke: the window opened, but no plan file could be opened\n")
            if app is not None:
                app.exit(1)
            return
        sys.stdout.write(f"smoke: {doc.path} open with {self.window.home.list.count()} plan(s)\n")
        sys.stdout.flush()
        self.window.close()
        if app is not None:
            app.exit(0)


def run(file: str | None = None, *, smoke: bool = False, open_view: str | None = None) -> int:
    """Start the GUI on ``file`` (or the last or default file). ``smoke`` quits with 0 after
    the first paint; ``open_view="crisis"`` starts on "use my plan now"."""
    app = make_app()
    from wellplan.storage.paths import remove_stale_temp

    remove_stale_temp()  # a recovery sheet left by a WellPlan that crashed
    if smoke:
        dialogs.set_headless(True)
    window = MainWindow()
    if smoke:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    window.start(Path(file) if file else None)
    if open_view == "crisis":
        window.use_latest_crisis_plan()
    return app.exec()


def main() -> int:
    from wellplan.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
