"""Running slow work (PDF layout, sealing, verifying) off the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work`` in Qt's thread pool and reports back on the GUI thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the person, never lost in a thread
            self._report(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._report(self.signals.done, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # whoever asked is gone (window closed, or quit)
            signal.emit(value)


def while_alive(owner: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, skipped once ``owner`` has been deleted: a job can outlive the window
    that asked for it (closed while it ran, or the app quitting), whose widgets are gone."""
    from shiboken6 import isValid

    def call(value: Any) -> None:
        if isValid(owner):
            callback(value)

    return call


def start(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]
) -> Job:
    job = Job(work)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


def run_busy(parent: QWidget, text: str, work: Callable[[], Any]) -> Any:
    """Run ``work`` in a worker thread while a small busy window says what is happening,
    and return its result (or raise its exception) here, as if it had run in place. For
    work of a second or so that must finish before the next step (deriving a key from a
    passphrase, rewriting a file locked): the window keeps repainting meanwhile, and
    clicks elsewhere in the app wait, since the busy window is modal."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # raised again on the GUI thread below
            outcome["error"] = exc

    loop = QEventLoop()
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setObjectName("busy")
    progress.setWindowTitle(QCoreApplication.translate("worker", "Please wait"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAccessibleName(text)
    finished: list[bool] = []

    def done(_result: object) -> None:
        finished.append(True)
        loop.quit()

    job = Job(run)
    job.signals.done.connect(done)
    QThreadPool.globalInstance().start(job)
    progress.show()
    if not finished:  # the report arrives through this loop, however quick the work was
        loop.exec()
    progress.hide()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
