"""Starts the GUI. The only module that creates the QApplication."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wellplan import APP_NAME, __version__
from wellplan.gui import style
from wellplan.gui.main_window import MainWindow


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("org.wellplan.WellPlan")
    style.apply(app)
    return app


def run(file: str | None = None) -> int:
    app = make_app()
    window = MainWindow()
    window.show()
    window.start(Path(file) if file else None)
    return app.exec()


def main() -> int:
    from wellplan.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
