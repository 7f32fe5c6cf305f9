"""Running slow work (PDF layout, sealing, verifying, backups) off the GUI thread.

Two places run it. Work that touches PDF libraries (reportlab lays out, pypdfium2 draws the
preview, pyHanko seals and verifies) goes to :func:`pdf_pool`: one dedicated thread, so no
two of them ever run at once (PDFium is not thread-safe, even on different documents, and
reportlab keeps module-level state). Everything else (backups, opening a file) goes to Qt's
global pool. A job reports back on the GUI thread: its result, or the exception itself
(an object, never its text: the window words it by its type, see error_words.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception raised by the work
    dropped = Signal()  # not run: a newer request superseded it before it started


def _done() -> None:
    raise RuntimeError("this job has already run")


class Job(QRunnable):
    """Runs ``work`` in a thread pool and reports back on the GUI thread. ``wanted``, if
    given, is asked when the job's turn comes: a job no longer wanted (superseded by a newer
    request) is dropped without running."""

    def __init__(self, work: Callable[[], Any], wanted: Callable[[], bool] | None = None) -> None:
        super().__init__()
        self.work = work
        self.wanted = wanted
        self.signals = _Signals()

    def run(self) -> None:
        # the work (and whatever it holds: a key, a document) is let go once it has run,
        # even while something still holds the job
        work, self.work = self.work, _done
        wanted, self.wanted = self.wanted, None
        if wanted is not None and not wanted():
            self._report(self.signals.dropped)
            return
        try:
            result = work()
        except Exception as exc:  # reported to the person, never lost in a thread
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    @staticmethod
    def _report(signal: Any, *value: object) -> None:
        with contextlib.suppress(RuntimeError):  # whoever asked is gone (window closed, or quit)
            signal.emit(*value)


_pdf_pool: QThreadPool | None = None


def pdf_pool() -> QThreadPool:
    """The one thread all PDF work runs on, made when first needed and kept (a thread that
    expired and came back would still be one at a time, but one thread is simpler to trust)."""
    global _pdf_pool
    if _pdf_pool is None:
        pool = QThreadPool()
        pool.setObjectName("pdf-worker")
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(-1)
        _pdf_pool = pool
    return _pdf_pool


def wait_for_work(msecs: int = 30_000) -> None:
    """Let every job under way finish (a backup, a PDF being written), e.g. before a file is
    closed or the app quits."""
    QThreadPool.globalInstance().waitForDone(msecs)
    if _pdf_pool is not None:
        _pdf_pool.waitForDone(msecs)


def while_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback``, skipped once ``owner`` has been deleted: a job can outlive the window
    that asked for it (closed while it ran, or the app quitting), whose widgets are gone."""
    from shiboken6 import isValid

    def call(*value: Any) -> None:
        if isValid(owner):
            callback(*value)

    return call


def start(
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    *,
    pool: QThreadPool | None = None,
) -> Job:
    job = Job(work)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def run_busy(
    parent: QWidget | None,
    text: str,
    work: Callable[[], Any],
    *,
    pool: QThreadPool | None = None,
) -> Any:
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
    (pool or QThreadPool.globalInstance()).start(job)
    progress.show()
    if not finished:  # the report arrives through this loop, however quick the work was
        loop.exec()
    progress.hide()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
