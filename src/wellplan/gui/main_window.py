"""The main window: one open plan file, the home view, and the plan being written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellplan import APP_NAME, __version__
from wellplan.domain.templates import available_kinds, load_template
from wellplan.gui import announced, dialogs, worker
from wellplan.gui.home import HomeView
from wellplan.gui.lazy_qt import TOOL_BUTTON_TEXT_ONLY, Qt, set_enum
from wellplan.gui.settings import Settings
from wellplan.storage.errors import StorageError
from wellplan.storage.paths import default_file

if TYPE_CHECKING:  # loaded when a file is opened, after the window is on screen
    from wellplan.domain.plans import PlanSummary
    from wellplan.gui.autolock import LockScreen
    from wellplan.gui.autosave import Autosaver
    from wellplan.gui.records_view import RecordsView
    from wellplan.gui.use_now import UseNowView
    from wellplan.gui.wizard import PlanWizard
    from wellplan.storage.document import PlanFile
    from wellplan.storage.glance import Glance

Shortcut = QKeySequence.StandardKey | str | None


TEXT_SIZES = (100, 125, 150, 175, 200)


class MainWindow(QMainWindow):
    verified = Signal(object)  # the Verification of File ▸ Verify a PDF

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings or Settings()
        self.doc: PlanFile | None = None
        self.autosaver: Autosaver | None = None
        self.wizard: PlanWizard | None = None
        self.export_dialog: QDialog | None = None
        self.side_dialog: QDialog | None = None  # signing or history, one at a time
        self._signed_when_opened: int | None = None  # the plan being written was signed
        self._backup_job: object = None
        self._verify_job: object = None
        self.templates = [load_template(k) for k in available_kinds()]
        self.kind_titles = {t.kind: t.title for t in self.templates}

        self.home = HomeView(self.templates)
        self.home.open_plan.connect(self.edit_plan)
        self.home.new_plan.connect(self.start_plan)
        self.home.open_file.connect(self.open_file_dialog)
        self.home.new_file.connect(self.new_file_dialog)
        self.home.use_now.connect(self.use_now)
        self.home.records.connect(self.show_records)
        self.home.export.connect(self.export_documents)
        self.home.sign.connect(self.sign_plan)
        self.home.history.connect(self.show_history)
        self._records_view: RecordsView | None = None  # made the first time it is shown
        self._use_now_view: UseNowView | None = None  # made the first time it is shown
        self._lock_screen: LockScreen | None = None  # made the first time the file locks
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        from wellplan.gui.autolock import AutoLock

        self.autolock = AutoLock(self)
        self.autolock.warn.connect(self._lock_warning)
        self.autolock.resumed.connect(self._lock_resumed)
        self.autolock.lock.connect(self.lock_now)
        self._locked: tuple[Path, int | None] | None = None  # file and plan, while locked
        self.problem = QLabel()
        self.problem.setObjectName("save-problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.lock_warning = QWidget()
        self.lock_warning.setObjectName("lock-warning")
        warning_row = QHBoxLayout(self.lock_warning)
        warning_text = QLabel(
            self.tr(
                "Nothing has happened for a while, so WellPlan will lock your file in 30 "
                "seconds (your work is saved)."
            )
        )
        warning_text.setWordWrap(True)
        stay = QPushButton(self.tr("&Stay unlocked"))
        stay.setObjectName("stay-unlocked")
        stay.clicked.connect(self.autolock.restart)
        warning_row.addWidget(warning_text, 1)
        warning_row.addWidget(stay)
        self.lock_warning.setVisible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lock_warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.save_state = QLabel()
        self.save_state.setObjectName("save-state")
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_menus()
        self.resize(1100, 760)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ---- menus ---------------------------------------------------------------------------
    def _new_action(self, text: str) -> QAction:
        """A menu action owned by the window. Made as QAction(text), then given its parent:
        QAction(text, parent) makes PySide6 weigh QAction(QIcon, text, parent) and set up
        QIcon (~4 ms) before the window is first drawn."""
        action = QAction(text)
        action.setParent(self)
        return action

    def _action(self, text: str, slot: object, shortcut: Shortcut = None) -> QAction:
        action = self._new_action(text)
        # given as a list: setShortcut(QKeySequence) and QKeySequence(str) make PySide6 build
        # Qt's enums to weigh their overloads before the first paint (see lazy_qt)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence.fromString(shortcut)])
        elif shortcut is not None:  # a standard key: every binding the platform has for it
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_file_action = self._action(
            self.tr("&New file…"), self.new_file_dialog, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_file_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_as_action = self._action(
            self.tr("Save &as…"), self.save_as_dialog, QKeySequence.StandardKey.SaveAs
        )
        self.home_action = self._action(self.tr("&Your plans"), self.go_home, "Ctrl+Shift+H")
        self.export_action = self._action(
            self.tr("&Print or export…"), self.export_documents, "Ctrl+E"
        )
        self.verify_action = self._action(self.tr("&Verify a PDF…"), self.verify_pdf)
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.lock_action = self._action(self.tr("&Lock with a passphrase…"), self.lock_file)
        self.change_lock_action = self._action(self.tr("Change the &passphrase…"), self.lock_file)
        self.remove_lock_action = self._action(
            self.tr("Take the passphrase &off…"), self.remove_lock
        )
        self.delete_plan_action = self._action(
            self.tr("&Delete this plan…"), self.delete_current_plan
        )
        self.delete_everything_action = self._action(
            self.tr("Delete e&verything in this file…"), self.delete_everything
        )
        self.sign_action = self._action(self.tr("&Sign this plan…"), self._sign_current)
        self.history_action = self._action(
            self.tr("&History of this plan…"), self._history_current, "Ctrl+H"
        )
        self.records_action = self._action(
            self.tr("&People, medications and places"), self.show_records, "Ctrl+Shift+P"
        )
        self.use_now_action = self._action(
            self.tr("&Use my crisis plan now"), self.use_latest_crisis_plan, "Ctrl+U"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new_file_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.change_lock_action)
        file_menu.addAction(self.remove_lock_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.sign_action)
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.delete_plan_action)
        file_menu.addAction(self.delete_everything_action)
        file_menu.addSeparator()
        file_menu.addAction(self.home_action)
        file_menu.addAction(self.records_action)
        file_menu.addAction(self.use_now_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo)
        )
        edit_menu.addAction(
            self._action(self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo)
        )

        self._build_view_menu()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        set_enum(toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
        toolbar.addAction(self.home_action)
        toolbar.addAction(self.together_action)
        toolbar.addAction(self.guide_action)
        toolbar.addAction(self.export_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About WellPlan"), self.about))

    def _build_view_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.together_action = self._action(
            self.tr("&Together mode"), self.set_together, "Ctrl+Shift+T"
        )
        self.together_action.setCheckable(True)
        self.together_action.setToolTip(
            self.tr(
                "For two people at one screen: larger text, and a supporter can suggest "
                "answers that you accept or decline."
            )
        )
        view_menu.addAction(self.together_action)
        self.guide_action = self._action(
            self.tr("&Guide for supporters"), self.show_guide, "Ctrl+Shift+G"
        )
        view_menu.addAction(self.guide_action)
        view_menu.addSeparator()
        size_menu = view_menu.addMenu(self.tr("Text &size"))
        self.size_actions: dict[int, QAction] = {}
        sizes = QActionGroup(self)
        for percent in TEXT_SIZES:
            action = self._new_action(f"{percent}%")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, p=percent: self.set_text_size(p))
            sizes.addAction(action)
            size_menu.addAction(action)
            self.size_actions[percent] = action
        size_menu.addSeparator()
        size_menu.addAction(
            self._action(self.tr("&Larger"), lambda: self.step_text_size(1), "Ctrl++")
        )
        size_menu.addAction(
            self._action(self.tr("S&maller"), lambda: self.step_text_size(-1), "Ctrl+-")
        )
        size_menu.addAction(
            self._action(self.tr("&Normal size"), lambda: self.set_text_size(100), "Ctrl+0")
        )
        self._build_language_menu(view_menu)
        theme_menu = view_menu.addMenu(self.tr("&Colours"))
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
            ("contrast", self.tr("&High contrast")),
        ):
            action = self._new_action(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            themes.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        self.guide_action.setVisible(False)
        self.apply_display()

    def _build_language_menu(self, view_menu: QMenu) -> None:
        from PySide6.QtGui import QActionGroup

        from wellplan.gui import i18n

        menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = self.settings.language()
        entries = [("", self.tr("As on this computer"))]
        entries += [(code, i18n.NAMES[code]) for code in i18n.available()]
        self.language_actions: dict[str, QAction] = {}
        for code, label in entries:
            action = self._new_action(label)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Remember the language; it is used from the next start (every window is built
        in one language)."""
        self.settings.set_language(code)
        self.statusBar().showMessage(
            self.tr("WellPlan will use this language the next time it starts."), 8000
        )

    # ---- display -------------------------------------------------------------------------
    def apply_display(self) -> None:
        """Theme and text size from the settings; together mode makes text a step larger."""
        from wellplan.gui import style

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        theme, percent = self.settings.theme(), self.settings.text_size()
        scale = percent / 100 * (style.TOGETHER_SCALE if self.together_action.isChecked() else 1)
        if style.current(app) != (theme, style.clamp_scale(scale)):
            style.apply(app, theme, scale)
        self.theme_actions[theme].setChecked(True)
        if percent in self.size_actions:
            self.size_actions[percent].setChecked(True)

    def set_theme(self, theme: str) -> None:
        self.settings.set_theme(theme)
        self.apply_display()

    def set_text_size(self, percent: int) -> None:
        self.settings.set_text_size(percent)
        self.apply_display()
        self.statusBar().showMessage(self.tr("Text size %1%").replace("%1", str(percent)), 4000)

    def step_text_size(self, step: int) -> None:
        now = self.settings.text_size()
        bigger = [p for p in TEXT_SIZES if p > now]
        smaller = [p for p in TEXT_SIZES if p < now]
        if step > 0 and bigger:
            self.set_text_size(bigger[0])
        elif step < 0 and smaller:
            self.set_text_size(smaller[-1])

    def show_guide(self) -> None:
        from wellplan.gui.together import GUIDE, GUIDE_TITLE

        dialogs.show_info(
            self,
            QCoreApplication.translate("Guide", str(GUIDE_TITLE)),
            QCoreApplication.translate("Guide", str(GUIDE)),
        )

    def set_together(self, on: bool) -> None:
        """Together mode on or off (remembered for this file)."""
        self.together_action.setChecked(on)
        self.guide_action.setVisible(on)
        if self.doc is not None:
            self.settings.set_together(self.doc.path, on)
        self.apply_display()
        if self.wizard is not None:
            self.wizard.set_together(on)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            none = self.recent_menu.addAction(self.tr("No recent files"))
            none.setEnabled(False)
        for index, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    def _editor_with_focus(self) -> QLineEdit | QPlainTextEdit | None:
        widget = self.focusWidget()
        return widget if isinstance(widget, QLineEdit | QPlainTextEdit) else None

    def _undo(self) -> None:
        if editor := self._editor_with_focus():
            editor.undo()

    def _redo(self) -> None:
        if editor := self._editor_with_focus():
            editor.redo()

    # ---- files ---------------------------------------------------------------------------
    def start(self, path: Path | None = None) -> None:
        """Open ``path``, or the last file used, or the default file (made on first run)."""
        if path is not None:
            self.open_path(path)
            return
        last = self.settings.last_file()
        if last is not None and last.exists() and self.open_path(last):
            return
        first_run = not default_file().exists()
        if self.open_path(default_file(), create=True) and first_run:
            self.offer_lock()

    def file_to_open(self, path: Path | None) -> Path | None:
        """The file start() will open, if it is there already."""
        if path is not None:
            return path.expanduser().absolute()
        last = self.settings.last_file()
        if last is not None and last.exists():
            return last
        return default_file() if default_file().exists() else None

    def show_glance(self, look: Glance, *, crisis: bool = False) -> int | None:
        """Paint the plans from a quick read-only look at the file, while it is opened
        properly just after (see storage/glance). With ``crisis``, show the newest crisis
        plan on "use my plan now" at once; returns its id."""
        self.setWindowTitle(f"{look.path.name} — {APP_NAME}")
        self.together_action.setChecked(self.settings.together(look.path))
        self.guide_action.setVisible(self.together_action.isChecked())
        self.apply_display()
        self.home.show_plans(look.plans, look.path.name, self.kind_titles, look.signed)
        self.save_state.setText(self.tr("All changes saved"))  # as it will say once open
        shown = _newest_crisis_plan(look.plans) if crisis else None
        if shown is not None:
            self.use_now_view.show_plan(look, shown)
            self.show_use_now()
        return shown

    def offer_lock(self) -> None:
        """The first time WellPlan makes a file: offer a passphrase (and the trade-off)."""
        from wellplan.storage.crypto import available as can_lock

        if (
            self.doc is not None
            and self.doc.unlock is None
            and can_lock()
            and dialogs.offer_lock(self)
        ):
            self.lock_file()

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        path = path.expanduser().absolute()
        if self.doc is not None and path == self.doc.path:
            return True
        if not self._leave_plan():
            return False
        try:
            doc = self._open_unlocking(path, create)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            if self.doc is None:
                self.refresh_home()
            return False
        if doc is None:  # the person chose not to unlock it
            if self.doc is None:
                self.refresh_home()
            return False
        self._set_doc(doc)
        if not self._say_if_damaged(doc):
            return True  # the newest good backup was put back, and is open now
        secured = len(doc.report.locked_backups) + len(doc.report.removed_backups)
        if secured:
            found = (
                self.tr("A backup of “%1” wasn't locked with its passphrase")
                if secured == 1
                else self.tr("%2 backups of “%1” weren't locked with its passphrase")
            )
            dialogs.show_info(
                self,
                self.tr("Your backups are locked now"),
                self.tr(
                    "%1 (a lock was cut short, perhaps when the computer stopped). WellPlan has "
                    "locked them now; any it couldn't read were deleted."
                ).replace("%1", found.replace("%2", str(secured)).replace("%1", path.name)),
            )
        if doc.report.backup is not None:
            dialogs.show_info(
                self,
                self.tr("Your file was updated"),
                self.tr(
                    "This version of WellPlan updated “%1” to its newer format. A copy of the file "
                    "as it was before is kept at:\n%2"
                )
                .replace("%1", path.name)
                .replace("%2", str(doc.report.backup)),
            )
        return True

    def _say_if_damaged(self, doc: PlanFile) -> bool:
        """A damaged file opens for reading only: say which plans are damaged and offer
        the newest backup that is whole (the damaged file is kept among the backups when
        it is restored). False if that backup was restored in its place."""
        from wellplan.storage.errors import DamagedFile

        try:
            doc.require_healthy()
        except DamagedFile as exc:
            text = str(exc)
            if exc.plans:
                text += "\n\n" + self.tr(
                    "Your other plans can still be read and printed, but nothing you change "
                    "can be saved in this file."
                )
            if exc.backup is None:
                dialogs.show_error(self, exc.title, text)
            elif dialogs.confirm(
                self, exc.title, text, self.tr("Restore the backup"), self.tr("Not now")
            ):
                return not self.restore_backup(exc.backup)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
        return True

    def _open_unlocking(self, path: Path, create: bool) -> PlanFile | None:
        """Open ``path``; if it is locked, ask for the passphrase as often as needed."""
        from wellplan.storage.errors import Locked, WrongPassphrase

        try:
            return _plan_file().open(path, create=create)
        except Locked:
            from wellplan.storage.crypto import UNAVAILABLE, CryptoUnavailable, available

            if not available():  # no use asking for a passphrase nothing here can use
                raise CryptoUnavailable(UNAVAILABLE) from None

        problem = ""
        while True:
            secret = dialogs.ask_passphrase(self, path.name, problem)
            if secret is None:
                return None
            try:
                return _plan_file().open(path, unlock=self._derive(path, secret))
            except WrongPassphrase as exc:
                problem = str(exc)

    def _set_doc(self, doc: PlanFile) -> None:
        if self.doc is not None:
            self.doc.close()
        self.doc = doc
        if self.autosaver is not None:
            self.autosaver.deleteLater()
        from wellplan.gui.autosave import Autosaver

        self.autosaver = Autosaver(doc, self)
        self.autosaver.saving.connect(lambda: self.save_state.setText(self.tr("Saving…")))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.settings.add_recent(doc.path)
        self.settings.set_last_file(doc.path)
        self.setWindowFilePath(str(doc.path))
        self.together_action.setChecked(self.settings.together(doc.path))
        self.guide_action.setVisible(self.together_action.isChecked())
        self.apply_display()
        self.setWindowTitle(f"{doc.path.name} — {APP_NAME}")
        self.save_state.setText(self.tr("All changes saved"))
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
        self._daily_backup(doc.path)
        locked = doc.unlock is not None
        self.menuBar().setEnabled(True)
        if locked and self.settings.autolock_minutes() > 0:
            self.autolock.set_timeout(self.settings.autolock_minutes() * 60_000)
            self.autolock.start()
        else:
            self.autolock.stop()
        from wellplan.storage.crypto import available as can_lock

        self.lock_action.setVisible(not locked and can_lock())  # hidden where it can't work
        self.change_lock_action.setVisible(locked)
        self.remove_lock_action.setVisible(locked)

    def _daily_backup(self, path: Path) -> None:
        """At most one verified backup a day, made in the background when a file opens."""
        from wellplan.storage.backups import daily_backup

        def failed(error: BaseException) -> None:
            self._backup_job = None
            self.statusBar().showMessage(
                self.tr("Couldn't make today's backup: %1").replace("%1", worker.describe(error))
            )

        def done(_made: object) -> None:
            self._backup_job = None

        unlock = self.doc.unlock if self.doc is not None else None
        self._backup_job = worker.start(lambda: daily_backup(path, unlock=unlock), done, failed)

    def _close_doc(self) -> tuple[Path, Any]:
        """Close the open file (after any backup or PDF of it under way has finished) so it
        can be rewritten or locked away; returns its path and key, to open it again."""
        assert self.doc is not None
        path, unlock = self.doc.path, self.doc.unlock
        worker.wait_for_work()
        self.doc.close()
        self.doc = None
        return path, unlock

    def _bundle(self) -> Any:
        """Everything in the open file for a dialog, or None (after saying why)."""
        assert self.doc is not None
        try:
            return self.doc.bundle(__version__)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return None

    def _reopen(self, path: Path, unlock: Any) -> bool:
        """Open ``path`` again after WellPlan itself closed it, with the same key."""
        try:
            doc = _plan_file().open(path, unlock=unlock)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            self.doc = None
            self.refresh_home()
            return False
        self.doc = None
        self._set_doc(doc)
        return True

    def _derive(self, path: Path, secret: str) -> Any:
        """The key from a passphrase or recovery key; Argon2 takes about half a second on
        purpose (to slow down guessing), so it runs off the GUI thread."""
        from wellplan.storage.crypto import unlock_with

        return worker.run_busy(
            self,
            self.tr("Unlocking “%1”…").replace("%1", path.name),
            lambda: unlock_with(path, secret),
        )

    # ---- auto-lock ---------------------------------------------------------------------
    def _lock_resumed(self) -> None:
        self.lock_warning.setVisible(False)

    def _lock_warning(self) -> None:
        self.lock_warning.setVisible(True)
        self.lock_warning.setAccessibleName(self.tr("WellPlan will lock your file soon"))

    def lock_now(self) -> bool:
        """Save, close every view of the plans, forget the key, show the lock screen."""
        if self.doc is None or self.doc.unlock is None:
            return False
        plan_id = self.wizard.plan_id if self.wizard is not None else None
        if not self._close_views():
            self.autolock.restart()  # signatures not yet saved: ask again later
            return False
        if not self._leave_plan():
            self.autolock.restart()  # couldn't save: never lock away unsaved words
            return False
        self.autolock.stop()
        self.lock_warning.setVisible(False)
        path, _unlock = self._close_doc()
        del _unlock
        self._forget_file()
        self.home.show_plans([], None, self.kind_titles)
        self._locked = (path, plan_id)
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(path.name)
        announced.emit_for(self, self.tr("Your file is locked."))
        return True

    def _forget_file(self) -> None:
        """After locking: nothing that could read the file, or holds its key, is kept (the
        autosaver and its document, finished jobs whose work knew the key)."""
        if self.autosaver is not None:
            self.autosaver.timer.stop()
            self.autosaver.deleteLater()
            self.autosaver = None
        self._backup_job = None
        self._verify_job = None

    def _close_views(self) -> bool:
        """Close the signing, history and export windows. False if one stays open (the
        person chose to keep signatures that aren't saved yet)."""
        if self.side_dialog is not None:
            self.side_dialog.reject()
            if self.side_dialog is not None and self.side_dialog.isVisible():
                return False
        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog = None
        return True

    def _unlock_from_screen(self, secret: str) -> None:
        if self._locked is None:
            return
        from wellplan.storage.errors import WrongPassphrase

        path, plan_id = self._locked
        try:
            doc = _plan_file().open(path, unlock=self._derive(path, secret))
        except (WrongPassphrase, StorageError) as exc:
            self.lock_screen.show_problem(str(exc))
            return
        self._locked = None
        self._set_doc(doc)
        if plan_id is not None:
            self.edit_plan(plan_id)  # back to the same part of the same plan

    # ---- passphrase --------------------------------------------------------------------
    def lock_file(self) -> None:
        """Lock the open file with a passphrase, or change the passphrase it has."""
        if self.doc is None or not self._leave_plan():
            return
        locked = self.doc.unlock is not None
        explanation = self.tr(
            "With a passphrase, “%1” can only be opened by someone who knows it. Choose one "
            "you will remember: if you forget it, only your recovery key (shown next) can open "
            "the file. No one else can, including us."
        ).replace("%1", self.doc.path.name)
        secret = dialogs.ask_new_passphrase(self, explanation)
        if secret is None:
            return
        from wellplan.storage.crypto import new_unlock

        new = worker.run_busy(
            self, self.tr("Making a key from your passphrase…"), lambda: new_unlock(secret)
        )
        if self._change_lock(new):
            dialogs.show_recovery_key(self, new.recovery_key(), self.doc.path.name)
            self.statusBar().showMessage(
                self.tr("The passphrase is changed.") if locked else self.tr("Your file is locked.")
            )

    def remove_lock(self) -> None:
        if self.doc is None or self.doc.unlock is None or not self._leave_plan():
            return
        if not dialogs.confirm(
            self,
            self.tr("Take the passphrase off?"),
            self.tr(
                "Anyone who can use this computer account will be able to open “%1” and read "
                "your plans."
            ).replace("%1", self.doc.path.name),
            self.tr("Take it off"),
            self.tr("Keep the passphrase"),
        ):
            return
        if self._change_lock(None):
            self.statusBar().showMessage(self.tr("Your file no longer has a passphrase."))

    def _change_lock(self, new: Any) -> bool:
        from wellplan.storage.locking import set_lock

        path, current = self._close_doc()
        text = (
            self.tr("Locking your file and its backups…")
            if new is not None
            else self.tr("Taking the passphrase off your file and its backups…")
        )
        try:
            worker.run_busy(self, text, lambda: set_lock(path, current, new))
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            self._reopen(path, current)  # the file as it was
            return False
        return self._reopen(path, new)

    def show_backups(self) -> None:
        if self.doc is None or not self._leave_plan():
            return
        from wellplan.gui.backups_view import BackupsDialog

        dialog = BackupsDialog(self.doc.path, self, unlock=self.doc.unlock)
        dialog.restore_requested.connect(lambda backup: self.restore_backup(backup, dialog))
        self._open_side_dialog(dialog)

    def restore_backup(self, backup: Path, dialog: Any = None) -> bool:
        """Put a backup in place of the open file: close it, restore, open it again."""
        if self.doc is None or not self._leave_plan():
            return False
        from wellplan.storage.backups import restore

        path, unlock = self._close_doc()
        try:
            restore(backup, path, unlock)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            self._reopen(path, unlock)  # the file as it was, untouched
            return False
        self._reopen(path, unlock)
        message = self.tr("Restored. The file as it was before is kept in the backups too.")
        if dialog is not None:
            dialog.restored(True, message)
        self.statusBar().showMessage(message)
        return True

    def _leave_plan(self) -> bool:
        """Close the plan being written, saving everything. False if that failed."""
        if self._on_records() and not self.records_view.save():
            return False
        if self.wizard is not None:
            return self.wizard.finish(done=False)
        if self.autosaver is not None:
            return self.autosaver.flush()
        return True

    def open_file_dialog(self) -> None:
        folder = self.doc.path.parent if self.doc else default_file().parent
        path = dialogs.get_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def new_file_dialog(self) -> None:
        folder = self.doc.path.parent if self.doc else default_file().parent
        path = dialogs.get_save_path(
            self, self.tr("Start a new plan file"), folder / "New plans.wellplan"
        )
        if path is None:
            return
        if self.doc is not None and path.absolute() == self.doc.path:
            dialogs.show_error(
                self, self.tr("That file is open"), self.tr("Choose another name for the new file.")
            )
            return
        if not self._leave_plan():
            return
        try:
            doc = _plan_file().create(path)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self._set_doc(doc)

    def save_as_dialog(self) -> None:
        if self.doc is None:
            return
        path = dialogs.get_save_path(
            self, self.tr("Save a copy and keep working in it"), self.doc.path
        )
        if path is None or path.absolute() == self.doc.path:
            return
        reopen = self.wizard.plan_id if self.wizard is not None else None
        pending: dict[tuple[int, str], Any] = {}
        if not self._leave_plan():
            # this file can't take the changes (disk full, file gone): the copy gets them
            pending = dict(self.autosaver.pending) if self.autosaver is not None else {}
            if not pending:
                return
        try:
            self.doc.save_copy(path, pending)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        if pending and self.autosaver is not None:
            for key, value in pending.items():  # saved in the copy now
                if self.autosaver.pending.get(key) is value:
                    del self.autosaver.pending[key]
            if self.wizard is not None:
                self.wizard.finish(done=False)
            self.problem.setVisible(False)
        if self.open_path(path) and reopen is not None:
            self.edit_plan(reopen)

    # ---- plans ---------------------------------------------------------------------------
    def refresh_home(self, select: int | None = None) -> None:
        """Shows the file's plans on the home, selecting ``select`` (else keeping the one
        that was selected)."""
        if self.doc is None:
            self.home.show_plans([], None, self.kind_titles)
            return
        try:
            plans, signed = self.doc.overview()
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            plans, signed = [], {}
        self.home.show_plans(plans, self.doc.path.name, self.kind_titles, signed, select)

    @Slot(str)
    def start_plan(self, kind: str) -> None:
        if self.doc is None:
            return
        try:
            plan = self.doc.create_plan(kind)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.edit_plan(plan.id)

    @Slot(int)
    def edit_plan(self, plan_id: int) -> None:
        if self.doc is None or self.autosaver is None or not self._leave_plan():
            return
        try:
            from wellplan.gui.wizard import PlanWizard

            # made in its place (see SectionPage): putting it there once made restyles it all
            wizard = PlanWizard(self.doc, self.autosaver, plan_id, self.stack)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.wizard = wizard
        wizard.set_together(self.together_action.isChecked())
        self._signed_when_opened = self._signed_and_current(plan_id)
        wizard.closed.connect(self._wizard_closed)
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        wizard.show()
        wizard.restore_position()

    def _signed_and_current(self, plan_id: int) -> int | None:
        """The signed version number, if the plan still says what was signed."""
        if self.doc is None:
            return None
        try:
            version = self.doc.signed_version(plan_id)
            if version is not None and self.doc.matches_version(version.id):
                return version.number
        except StorageError:
            pass
        return None

    def _wizard_closed(self, done: bool) -> None:
        wizard = self.wizard
        self.wizard = None
        if wizard is not None:
            self.stack.removeWidget(wizard)
            wizard.deleteLater()
        self.stack.setCurrentWidget(self.home)
        self.refresh_home(wizard.plan_id if wizard is not None else None)  # the plan just left
        signed = self._signed_when_opened
        self._signed_when_opened = None
        if (
            done
            and wizard is not None
            and signed is not None
            and self._signed_and_current(wizard.plan_id) is None
            and dialogs.confirm(
                self,
                self.tr("Sign the new version?"),
                self.tr(
                    "You signed version %1 of this plan. It has changed since, so those "
                    "signatures stay with version %1 and don't cover what it says now. "
                    "Would you like to sign it again?"
                ).replace("%1", str(signed)),
                self.tr("Sign now"),
                self.tr("Not now"),
            )
        ):
            self.sign_plan(wizard.plan_id)

    def go_home(self) -> None:
        if self.wizard is not None:
            self.wizard.finish(done=False)
            return
        if self._on_records() and not self.records_view.save():
            return
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()

    @property
    def use_now_view(self) -> UseNowView:
        """'Use my plan now': made the first time it is shown (its text classes cost ~8 ms
        to set up in PySide6, before a window that may never show it)."""
        if self._use_now_view is None:
            from wellplan.gui.use_now import UseNowView

            self._use_now_view = UseNowView()
            self._use_now_view.back.connect(self.go_home)
            self.stack.addWidget(self._use_now_view)
        return self._use_now_view

    @property
    def lock_screen(self) -> LockScreen:
        """What shows while the file is locked: made the first time it locks."""
        if self._lock_screen is None:
            from wellplan.gui.autolock import LockScreen

            self._lock_screen = LockScreen()
            self._lock_screen.unlock_requested.connect(self._unlock_from_screen)
            self.stack.addWidget(self._lock_screen)
        return self._lock_screen

    @property
    def records_view(self) -> RecordsView:
        """People, medications and places: made the first time they are shown."""
        if self._records_view is None:
            from wellplan.gui.records_view import RecordsView

            self._records_view = RecordsView()
            self._records_view.back.connect(self.go_home)
            self.stack.addWidget(self._records_view)
        return self._records_view

    def _on_records(self) -> bool:
        return self._records_view is not None and self.stack.currentWidget() is self._records_view

    def show_records(self) -> None:
        if self.doc is None or not self._leave_plan():
            return
        try:
            self.records_view.load(self.doc)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.stack.setCurrentWidget(self.records_view)
        self.records_view.tabs.currentWidget().setFocus()

    @Slot(int)
    def use_now(self, plan_id: int) -> None:
        if self.doc is None or not self._leave_plan():
            return
        try:
            self.use_now_view.show_plan(self.doc, plan_id)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.show_use_now()

    def show_use_now(self) -> None:
        """Back to "use my plan now" as it was last drawn."""
        self.stack.setCurrentWidget(self.use_now_view)
        self.use_now_view.back_button.setFocus()

    def export_documents(self) -> None:
        """File ▸ Print or export: a dialog that doesn't block the window behind it."""
        if self.doc is None or not self._leave_plan():
            return
        from wellplan.gui.export_dialog import ExportDialog

        bundle = self._bundle()
        if bundle is None:
            return
        if not bundle.plans:
            dialogs.show_info(
                self,
                self.tr("Nothing to export yet"),
                self.tr("Start a plan first; then you can print it."),
            )
            return
        paper = self.settings.qsettings.value("export/paper", "")
        doc = self.doc

        from wellplan.gui.i18n import available as offered_languages

        def freeze(plan_id: int) -> tuple[int, Any]:
            version = doc.freeze_version(plan_id, "sealed")
            return version.number, doc.version_bundle(version.id, __version__)

        dialog = ExportDialog(
            bundle,
            str(paper) if paper else None,
            self,
            identity=self._identity,
            freeze=freeze,
            languages=offered_languages(),
        )
        dialog.paper.currentIndexChanged.connect(
            lambda _i: self.settings.qsettings.setValue("export/paper", dialog.paper_code())
        )
        dialog.exported.connect(self._log_exports)
        self.export_dialog = dialog
        dialog.open()  # window-modal, without blocking the event loop

    # ---- signing and history -----------------------------------------------------------
    def _current_plan_id(self) -> int | None:
        if self.wizard is not None:
            return self.wizard.plan_id
        item = self.home.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def delete_current_plan(self) -> None:
        plan_id = self._current_plan_id()
        if self.doc is None or plan_id is None:
            return
        try:
            title = self.doc.load_plan(plan_id).summary.title
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete “%1”?").replace("%1", title),
            self.tr(
                "This removes the plan, its versions and any signatures from this file for "
                "good. PDFs you saved stay where they are. Backups made before now still hold "
                "it until they are replaced, after about five weeks at most."
            ),
            self.tr("Delete the plan"),
            self.tr("Keep it"),
            destructive=True,
        ):
            return
        if not self._leave_plan():
            return
        try:
            self.doc.delete_plan(plan_id)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
        self.go_home()

    def delete_everything(self) -> bool:
        """Delete the open file, every plan in it and every copy WellPlan keeps (backups,
        copies from before format updates), after one clear confirmation; then start an
        empty file, as on a first run."""
        if self.doc is None:
            return False
        from wellplan.storage.erase import erase, traces

        name = self.doc.path.name
        own = {Path(f"{self.doc.path}{s}") for s in ("", "-wal", "-shm", "-journal")}
        copies = len([p for p in traces(self.doc.path) if p not in own])
        if not dialogs.confirm(
            self,
            self.tr("Delete everything in “%1”?").replace("%1", name),
            self.tr(
                "This deletes “%1”, every plan in it with its versions and signatures, and "
                "the %2 backups and other copies WellPlan keeps of it. It can't be undone: "
                "no one can bring them back, including us.\n\nPDFs you saved or printed are "
                "not touched."
            )
            .replace("%1", name)
            .replace("%2", str(copies)),
            self.tr("Delete everything"),
            self.tr("Keep my plans"),
            destructive=True,
        ):
            return False
        if not self._close_views():
            return False  # the person chose to keep signing
        if self.autosaver is not None:
            self.autosaver.pending.clear()  # unsaved words are being deleted anyway
        self._leave_plan()
        self.autolock.stop()
        path, _unlock = self._close_doc()
        try:
            erase(path)
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Not everything could be deleted"),
                self.tr(
                    "WellPlan couldn't delete “%1”: %2. Close any other program using it, then try again."
                )
                .replace("%1", str(exc.filename or path))
                .replace("%2", exc.strerror or str(exc)),
            )
        self.settings.remove_recent(path)
        self.home.show_plans([], None, self.kind_titles)
        self.open_path(default_file(), create=True)
        self.statusBar().showMessage(self.tr("Everything in “%1” is deleted.").replace("%1", name))
        return True

    def _sign_current(self) -> None:
        plan_id = self._current_plan_id()
        if plan_id is not None:
            self.sign_plan(plan_id)

    def _history_current(self) -> None:
        plan_id = self._current_plan_id()
        if plan_id is not None:
            self.show_history(plan_id)

    def _open_side_dialog(self, dialog: QDialog) -> None:
        self.side_dialog = dialog
        dialog.finished.connect(lambda _r: self._side_dialog_closed(dialog))
        dialog.open()  # window-modal, without blocking the event loop

    def _side_dialog_closed(self, dialog: QDialog) -> None:
        if self.side_dialog is dialog:
            self.side_dialog = None
        dialog.deleteLater()
        self.refresh_home()
        self.activateWindow()  # the keyboard comes back here, not to the closed dialog

    def _identity(self) -> Any:
        from wellplan.sealing import identity_for

        assert self.doc is not None
        return identity_for(self.doc, self.doc.owner_name())

    def sign_plan(self, plan_id: int) -> None:
        """Sign a plan, side by side: the person, then witnesses or agents in their own steps."""
        if self.doc is None or not self._leave_plan():
            return
        from wellplan.gui.signing import SigningWizard

        bundle = self._bundle()
        if bundle is None:
            return
        self.go_home()
        self._open_side_dialog(SigningWizard(self.doc, bundle, plan_id, self))

    def show_history(self, plan_id: int) -> None:
        if self.doc is None or not self._leave_plan():
            return
        from wellplan.gui.history import HistoryDialog

        paper = str(self.settings.qsettings.value("export/paper", "") or "")
        if paper not in ("a4", "letter"):
            import locale

            from wellplan.domain.bundle import default_paper

            paper = default_paper(locale.getlocale()[0])
        try:
            dialog = HistoryDialog(
                self.doc, plan_id, __version__, identity=self._identity, paper=paper, parent=self
            )
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.go_home()
        self._open_side_dialog(dialog)

    def _log_exports(self, items: list[Any]) -> None:
        """Each saved PDF goes in the file's export log (fingerprint, seal, version)."""
        if self.doc is None:
            return
        for item in items:
            try:
                self.doc.log_export(
                    item.choice.doc,
                    item.choice.plan_id,
                    item.fingerprint,
                    sealed=item.sealed,
                    version=item.version,
                )
            except StorageError as exc:
                if self.autosaver is not None:
                    self.autosaver.failed.emit(str(exc))

    def verify_pdf(self) -> None:
        """File ▸ Verify a PDF: was it changed since it was sealed, and by whom was it sealed?"""
        folder = self.doc.path.parent if self.doc else default_file().parent
        path = dialogs.get_pdf_to_verify(self, folder)
        if path is None:
            return
        from wellplan.sealing import known_identities

        known = known_identities(self.doc) if self.doc is not None else []

        def work() -> object:
            from wellplan.export.seal import verify

            return verify(path.read_bytes(), known)

        def done(result: Any) -> None:
            titles = {
                "intact": self.tr("Not changed"),
                "intact-unknown-signer": self.tr("Not changed, sealed by someone else"),
                "someone-else": self.tr("Sealed by someone else"),
                "altered": self.tr("Changed after sealing"),
                "unsealed": self.tr("No seal"),
                "unreadable": self.tr("Can't read this PDF"),
            }
            dialogs.show_info(
                self, titles[result.verdict.value], f"{path.name}\n\n{result.message}"
            )
            self.verified.emit(result)

        def failed(error: BaseException) -> None:
            dialogs.show_error(
                self, self.tr("Can't read this PDF"), f"{path.name}: {worker.describe(error)}"
            )

        self.save_state.setText(self.tr("Checking the seal…"))
        self._verify_job = worker.start(work, done, failed, pool=worker.pdf_pool())

    def use_latest_crisis_plan(self) -> None:
        """Ctrl+U from anywhere: the most recently changed crisis plan."""
        if self.doc is None:
            return
        crisis = _newest_crisis_plan(self.doc.list_plans())
        if crisis is not None:
            self.use_now(crisis)
        else:
            dialogs.show_info(
                self,
                self.tr("No crisis plan yet"),
                self.tr("Start one from your plans with New plan."),
            )

    # ---- saving state --------------------------------------------------------------------
    def _saved(self, when: dt.datetime) -> None:
        self.problem.setVisible(False)
        self.save_state.setText(
            self.tr("Saved at %1").replace("%1", f"{when.astimezone():%H:%M:%S}")
        )

    def _save_failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved yet"))
        self.problem.setText(message)
        self.problem.setVisible(True)
        announced.emit_for(self, message, assertive=True)

    # ---- about and closing ---------------------------------------------------------------
    def about(self) -> None:
        notices = "\n".join(t.notice for t in self.templates if t.notice)
        dialogs.show_info(
            self,
            self.tr("About WellPlan"),
            self.tr(
                "WellPlan %1\n\nWrite down, in your own words, how you stay well and what you want "
                "to happen in a crisis. Your plans stay in one file on this computer; WellPlan "
                "never sends anything anywhere.\n\n%2"
            )
            .replace("%1", __version__)
            .replace("%2", notices),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.side_dialog is not None:
            self.side_dialog.reject()  # signing asks first if signatures aren't saved yet
            if self.side_dialog is not None and self.side_dialog.isVisible():
                event.ignore()
                return
        if not self._leave_plan():
            keep_open = dialogs.confirm(
                self,
                self.tr("Some changes aren't saved"),
                self.tr(
                    "WellPlan couldn't save your latest changes:\n\n%1\n\nIf you close now, those "
                    "changes will be lost. Everything saved before that is safe."
                ).replace("%1", self.problem.text()),
                self.tr("Keep WellPlan open"),
                self.tr("Close and lose them"),
            )
            if keep_open:
                event.ignore()
                return
        if self.export_dialog is not None:
            self.export_dialog.close()  # a modal dialog left open would block other windows
            self.export_dialog = None
        self.autolock.stop()
        # let a backup or a PDF being written finish, rather than cut it off
        worker.wait_for_work()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        if self.doc is not None:
            self.doc.close()
            self.doc = None
        event.accept()


def _newest_crisis_plan(plans: Sequence[PlanSummary]) -> int | None:
    """The crisis plan "use my plan now" shows: plans come newest first."""
    return next((p.id for p in plans if p.kind == "crisis"), None)


def _plan_file() -> type[PlanFile]:
    """The storage layer (SQLAlchemy) is imported when the first file is opened, after the
    window has appeared with the plans read straight from the file (see storage/glance)."""
    from wellplan.storage.document import PlanFile

    return PlanFile
