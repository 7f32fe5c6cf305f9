"""Starts the GUI. The only module that creates the QApplication."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

# isort: off
import wellplan.gui  # noqa: F401  (first: it imports PySide6 the quick way, see startup.py)

# isort: on
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wellplan import APP_NAME, __version__, startup
from wellplan.gui import dialogs, style
from wellplan.gui.main_window import MainWindow
from wellplan.resources import resource_path


def make_app() -> QApplication:
    """The application, in WellPlan's look, language and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # The style is named when the application is made: choosing it afterwards
        # (setStyle) hands Python a QStyle, and PySide6 then builds every QStyle enum
        # before the window appears.
        app = QApplication([*sys.argv[:1], "-style", style.STYLE])
        app.setProperty("wellplan-style-set", True)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("org.wellplan.WellPlan")
    from PySide6.QtGui import QIcon

    # the icon in the title bar and task bar (desktops that read the .desktop file show
    # it from there before the window exists)
    app.setWindowIcon(QIcon(str(resource_path("icons", "wellplan.svg"))))
    style.apply(app)
    from wellplan.gui import i18n
    from wellplan.gui.settings import Settings

    i18n.install(app, i18n.choose(Settings().language()))
    return app


class _FirstPaint(QObject):
    """Once the window has painted what a glance at the file showed: opens the file
    properly, and with --smoke, reports and quits once the file is open."""

    def __init__(
        self, window: MainWindow, then: Callable[[Callable[[], None]], None], smoke: bool
    ) -> None:
        super().__init__(window)
        self.window = window
        self.then = then  # given what to call once the file is open
        self.smoke = smoke
        self.ticks = QTimer(self)  # with --smoke: how long the window stops answering
        self.ticks.setInterval(5)
        self.ticks.timeout.connect(self._tick)
        self.last_tick = 0.0
        self.longest_wait = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest)
            and watched is self.window
        ):
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # once this paint is done: all of the window
        return False

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_wait = max(self.longest_wait, now - self.last_tick)
        self.last_tick = now

    def painted(self) -> None:
        if self.smoke:  # a clock all processes share, for benchmarks/startup.py
            self.last_tick = time.monotonic()
            sys.stdout.write(f"smoke: first paint at {self.last_tick:.6f}\n")
            self.ticks.start()
        self.then(self.opened)

    def opened(self) -> None:
        if self.smoke:
            self._tick()
            self.ticks.stop()
            self.report()

    def report(self) -> None:
        doc = self.window.doc
        app = QApplication.instance()
        if doc is None:
            sys.stderr.write("smoke: the window opened, but no plan file could be opened\n")
            if app is not None:
                app.exit(1)
            return
        if not doc.health().healthy:  # what `wellplan check` would say: not a clean start
            sys.stderr.write(f"smoke: {doc.path} opened, but it is damaged\n")
            if app is not None:
                app.exit(1)
            return
        sys.stdout.write(f"smoke: {doc.path} open with {self.window.home.list.count()} plan(s)\n")
        sys.stdout.write(f"smoke: ready at {time.monotonic():.6f}\n")
        sys.stdout.write(f"smoke: longest wait {self.longest_wait * 1000:.0f} ms\n")
        sys.stdout.flush()
        self.window.close()
        if app is not None:
            app.exit(0)


def run(file: str | None = None, *, smoke: bool = False, open_view: str | None = None) -> int:
    """Start the GUI on ``file`` (or the last or default file). ``smoke`` quits with 0 once
    the window has painted and the file is open; ``open_view="crisis"`` starts on "use my
    plan now".

    To appear at once, the window first paints the plans from a read-only glance at the
    file (Python's sqlite3), and the storage layer opens the file right after that paint.

    The garbage collector stays off until the file is open (startup.pause_collection)."""
    startup.pause_collection()
    app = make_app()
    from wellplan.storage.paths import remove_stale_temp

    remove_stale_temp()  # a recovery sheet left by a WellPlan that crashed
    if smoke:
        dialogs.set_headless(True)
    window = MainWindow()
    crisis = open_view == "crisis"
    target = window.file_to_open(Path(file) if file else None)
    look = None
    if target is not None:
        from wellplan.storage.glance import glance

        look = glance(target)
    shown = window.show_glance(look, crisis=crisis) if look is not None else None

    def open_file() -> None:
        window.start(Path(file) if file else None)
        if shown is not None and window.doc is not None and window.doc.path == target:
            window.show_use_now()  # as the glance drew it: the same plan in the same file
        elif crisis:
            window.use_latest_crisis_plan()

    def open_after_glance(opened: Callable[[], None]) -> None:
        """Load the storage layer in a worker thread, so the window keeps answering (and
        repainting) meanwhile; then open the file here."""
        from wellplan.gui import worker

        def loaded(_result: object) -> None:
            open_file()
            startup.collection_settled()
            opened()

        jobs.append(worker.start(_load_storage, loaded, lambda _error: loaded(None)))

    jobs: list[object] = []  # kept while they run

    first_paint = _FirstPaint(window, open_after_glance if look else lambda done: done(), smoke)
    window.installEventFilter(first_paint)
    window.show()
    if look is None:  # nothing to show yet: open it now, asking for a passphrase if locked
        startup.collection_settled()
        open_file()
    try:
        return app.exec()
    finally:
        startup.collection_settled()  # however it ended


def _load_storage() -> None:
    """Everything opening a file needs that doesn't touch the window: SQLAlchemy, the
    models (configured now rather than at the first query) and the backups."""
    from sqlalchemy.orm import configure_mappers

    import wellplan.storage.backups
    import wellplan.storage.document  # noqa: F401

    configure_mappers()
