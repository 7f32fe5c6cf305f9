"""The main window: the shell that shows one open plan file and wires the parts that do
the work.

- file_session.py: the file as a whole (open, unlock, lock, restore, erase, save a copy)
- menus.py and display.py: the menus and toolbar; colours, text size, together mode
- pages.py: what fills the window (home, the plan being written, records, use-now, lock)
- plan_dialogs.py: print or export, sign, history, backups, verify a PDF, delete a plan

Each command here is the window's side of it: leave the plan being written (saving it),
hand the work to the part that does it, show what came of it. That is why it is still
about 700 lines: the order of those steps is the window's to keep, in one place. It never
reads or writes the file itself except through the open PlanFile's own calls.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellplan import __version__
from wellplan.domain.plans import newest_of_kind
from wellplan.domain.templates import available_kinds, load_template
from wellplan.gui import announced, dialogs, menus, worker
from wellplan.gui.display import Display
from wellplan.gui.file_session import FileSession
from wellplan.gui.home import HomeView
from wellplan.gui.lazy_qt import Qt
from wellplan.gui.pages import Pages
from wellplan.gui.plan_dialogs import PlanDialogs
from wellplan.gui.settings import Settings
from wellplan.storage.errors import StorageError
from wellplan.storage.paths import default_file

if TYPE_CHECKING:  # loaded when a file is opened, after the window is on screen
    from PySide6.QtCore import SignalInstance

    from wellplan.domain.answers import AnswerValue
    from wellplan.gui.autolock import LockScreen
    from wellplan.gui.autosave import Autosaver
    from wellplan.gui.backups_view import BackupsDialog
    from wellplan.gui.records_view import RecordsView
    from wellplan.gui.use_now import UseNowView
    from wellplan.gui.wizard import PlanWizard
    from wellplan.storage.document import PlanFile
    from wellplan.storage.glance import Glance


class MainWindow(QMainWindow):
    # the menus' actions, put here by menus.setup
    new_file_action: QAction
    open_action: QAction
    recent_menu: QMenu
    save_as_action: QAction
    home_action: QAction
    export_action: QAction
    verify_action: QAction
    backups_action: QAction
    lock_action: QAction
    change_lock_action: QAction
    remove_lock_action: QAction
    delete_plan_action: QAction
    delete_everything_action: QAction
    sign_action: QAction
    history_action: QAction
    records_action: QAction
    use_now_action: QAction
    today_action: QAction
    quit_action: QAction
    together_action: QAction
    guide_action: QAction
    edit_menu: QMenu
    undo_action: QAction
    redo_action: QAction
    size_actions: dict[int, QAction]
    theme_actions: dict[str, QAction]
    language_actions: dict[str, QAction]

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings or Settings()
        self.session = FileSession(dialogs.Asker(self), self.settings, self)
        self.session.opened.connect(self._file_opened)
        self.session.lost.connect(self.refresh_home)
        self.session.status.connect(self._session_said)
        self.session.trouble.connect(lambda text: self.say(text, assertive=True))
        self._told_in_dialog = False  # a dialog is saying what came of it (see restore_backup)
        self.plan_dialogs = PlanDialogs(self)
        self.autosaver: Autosaver | None = None
        self.wizard: PlanWizard | None = None
        self._signed_when_opened: int | None = None  # the plan being written was signed
        self.templates = [load_template(k) for k in available_kinds()]
        self.kind_titles = {t.kind: t.title for t in self.templates}

        self.home = HomeView(self.templates)
        self.home.open_plan.connect(self.edit_plan)
        self.home.new_plan.connect(self.start_plan)
        self.home.open_file.connect(self.open_file_dialog)
        self.home.new_file.connect(self.new_file_dialog)
        self.home.use_now.connect(self.use_now)
        self.home.records.connect(self.show_records)
        self.home.today.connect(self.show_today)
        self.home.export.connect(self.export_documents)
        self.home.sign.connect(self.sign_plan)
        self.home.history.connect(self.show_history)
        self.stack = Pages(self.home)
        self.stack.currentChanged.connect(lambda _index: self.show_where())
        self.glanced: str | None = None  # the file painted from a glance, before it opens
        self.stack.back.connect(self.go_home)
        self.stack.unlock_requested.connect(self._unlock_from_screen)
        from wellplan.gui.autolock import AutoLock, LockWarning

        self.autolock = AutoLock(self)
        self.autolock.lock.connect(self.lock_now)
        self.lock_warning = LockWarning(self.autolock)
        self.problem = QLabel()
        self.problem.setObjectName("save-problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
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
        self.display = Display(self)
        menus.setup(self)
        self.display.apply()
        menus.show_undo_steps(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # what Undo would undo follows the focus
            app.focusChanged.connect(self._focus_moved)
        dialogs.fit_to_screen(self, 1100, 760)
        geometry = self.settings.geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            # as it was left, unless that was on a larger screen than this one
            dialogs.fit_to_screen(self, self.width(), self.height())

    # ---- what the parts hold -------------------------------------------------------------
    @property
    def doc(self) -> PlanFile | None:
        """The open file, if any (the FileSession's)."""
        return self.session.doc

    @property
    def export_dialog(self) -> QDialog | None:
        return self.plan_dialogs.export_dialog

    @property
    def side_dialog(self) -> QDialog | None:
        """Signing, history or backups: one at a time."""
        return self.plan_dialogs.side_dialog

    @property
    def verified(self) -> SignalInstance:
        """Emits the Verification of File ▸ Verify a PDF."""
        return self.plan_dialogs.verified

    # ---- saying what came of it -------------------------------------------------------
    def say(self, message: str, *, assertive: bool = False) -> None:
        """Show an outcome in the status line and say it to screen readers (polite; a
        problem ``assertive``: said at once, and kept in the status line)."""
        announced.emit_for(self, message, assertive=assertive)
        if assertive:
            self.statusBar().showMessage(message)

    def _session_said(self, message: str) -> None:
        if self._told_in_dialog:
            self.statusBar().showMessage(message, 6000)  # the dialog says it, once
        else:
            self.say(message)

    # ---- display (display.py) ------------------------------------------------------------
    def apply_display(self) -> None:
        self.display.apply()

    def set_theme(self, theme: str) -> None:
        self.display.set_theme(theme)

    def set_text_size(self, percent: int) -> None:
        self.display.set_text_size(percent)

    def set_together(self, on: bool) -> None:
        self.display.set_together(on)

    # ---- Edit ▸ Undo and Redo ------------------------------------------------------------
    def undo_target(self) -> PlanWizard | QLineEdit | QPlainTextEdit | None:
        """What Edit ▸ Undo and Redo act on (menus.py)."""
        return menus.undo_target(self)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        menus.show_undo_steps(self)

    def undo(self) -> None:
        target = self.undo_target()
        if target is not None:
            target.undo()  # a field's own undo says what changed, as typing does: it's saved
        menus.show_undo_steps(self)

    def redo(self) -> None:
        target = self.undo_target()
        if target is not None:
            target.redo()
        menus.show_undo_steps(self)

    # ---- opening files -------------------------------------------------------------------
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
        self.glanced = look.path.name
        self.show_where()
        self.display.show_together(look.path)
        self.home.show_plans(
            look.plans, look.path.name, self.kind_titles, look.signed, steps=look.steps
        )
        self.save_state.setText(self.tr("All changes saved"))  # as it will say once open
        shown = newest_of_kind(look.plans, "crisis") if crisis else None
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
        if not self.leave_plan():
            return False
        if self.session.open(path, create=create):
            return True
        if self.doc is None:
            self.refresh_home()
        return False

    def _file_opened(self, doc: PlanFile) -> None:
        """Show the file the session has just opened, and save what is typed into it."""
        if self.autosaver is not None:
            self.autosaver.deleteLater()
        from wellplan.gui.autosave import Autosaver

        self.autosaver = Autosaver(doc, self)
        self.autosaver.saving.connect(lambda: self.save_state.setText(self.tr("Saving…")))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.setWindowFilePath(str(doc.path))
        self.display.show_together(doc.path)
        self.save_state.setText(self.tr("All changes saved"))
        self.stack.setCurrentWidget(self.home)
        self.show_where()
        self.refresh_home()
        locked = doc.unlock is not None
        self.menuBar().setEnabled(True)
        self.autolock.follow(locked, self.settings.autolock_minutes())
        menus.show_lock_actions(self, locked)

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
        if self.leave_plan():
            self.session.create(path)

    def save_as_dialog(self) -> None:
        if self.doc is None:
            return
        path = dialogs.get_save_path(
            self, self.tr("Save a copy and keep working in it"), self.doc.path
        )
        if path is None or path.absolute() == self.doc.path:
            return
        reopen = self.wizard.plan_id if self.wizard is not None else None
        pending: dict[tuple[int, str], AnswerValue] = {}
        if not self.leave_plan():
            # this file can't take the changes (disk full, file gone): the copy gets them
            pending = dict(self.autosaver.pending) if self.autosaver is not None else {}
            if not pending:
                return
        if not self.session.save_copy(path, pending):
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

    # ---- locking -------------------------------------------------------------------------
    def lock_now(self) -> bool:
        """Save, close every view of the plans, forget the key, show the lock screen."""
        if self.doc is None or self.doc.unlock is None:
            return False
        plan_id = self.wizard.plan_id if self.wizard is not None else None
        if not self.plan_dialogs.close_all():
            self.autolock.restart()  # signatures not yet saved: ask again later
            return False
        if not self.leave_plan():
            self.autolock.restart()  # couldn't save: never lock away unsaved words
            return False
        self.autolock.stop()
        self.lock_warning.setVisible(False)
        path = self.session.lock_away(plan_id)
        self._forget_file()
        self.home.show_plans([], None, self.kind_titles)
        self.menuBar().setEnabled(False)
        self.lock_screen.show_for(path.name)
        self.stack.bring(self.lock_screen, self.lock_screen.field)
        announced.emit_for(self, self.tr("Your file is locked."))
        return True

    def _forget_file(self) -> None:
        """After locking: nothing that could read the file, or holds its key, is kept (the
        autosaver and its document, finished jobs whose work knew the key)."""
        if self.autosaver is not None:
            self.autosaver.timer.stop()
            self.autosaver.deleteLater()
            self.autosaver = None
        self.plan_dialogs.forget()

    def _unlock_from_screen(self, secret: str) -> None:
        if self.session.locked is None:
            return
        try:
            plan_id = self.session.unlock(secret)
        except StorageError as exc:
            self.lock_screen.show_problem(str(exc))
            return
        if plan_id is not None:
            self.edit_plan(plan_id)  # back to the same part of the same plan

    def lock_file(self) -> None:
        """Lock the open file with a passphrase, or change the passphrase it has."""
        if self.doc is not None and self.leave_plan():
            self.session.set_passphrase()

    def remove_lock(self) -> None:
        if self.doc is not None and self.doc.unlock is not None and self.leave_plan():
            self.session.take_passphrase_off()

    # ---- backups and erasing -------------------------------------------------------------
    def show_backups(self) -> None:
        if self.doc is None or not self.leave_plan():
            return
        self.plan_dialogs.backups()

    def restore_backup(self, backup: Path, dialog: BackupsDialog | None = None) -> bool:
        """Put a backup in place of the open file: close it, restore, open it again."""
        if self.doc is None or not self.leave_plan():
            return False
        self._told_in_dialog = dialog is not None
        try:
            if not self.session.restore(backup):
                return False
        finally:
            self._told_in_dialog = False
        if dialog is not None:
            dialog.restored(True, self.session.restored_message())
        return True

    def delete_everything(self) -> bool:
        """Delete the open file, every plan in it and every copy WellPlan keeps (backups,
        copies from before format updates), after one clear confirmation; then start an
        empty file, as on a first run."""
        if self.doc is None:
            return False
        name = self.doc.path.name
        if not self.session.confirm_erase():
            return False
        if not self.plan_dialogs.close_all():
            return False  # the person chose to keep signing
        if self.autosaver is not None:
            self.autosaver.pending.clear()  # unsaved words are being deleted anyway
        self.leave_plan()
        self.autolock.stop()
        self.session.erase()
        self.home.show_plans([], None, self.kind_titles)
        self.open_path(default_file(), create=True)
        deleted = self.tr("Everything in “%1” is deleted.")  # (a tr() in a call confuses lupdate)
        self.say(deleted.replace("%1", name))
        return True

    # ---- plans ---------------------------------------------------------------------------
    def leave_plan(self) -> bool:
        """Close the plan being written, saving everything. False if that failed."""
        if self.stack.on_records() and not self.records_view.save():
            return False
        if self.stack.on_today() and not self.stack.today.flush():
            return False
        if self.wizard is not None:
            return self.wizard.finish(done=False)
        if self.autosaver is not None:
            return self.autosaver.flush()
        return True

    def refresh_home(self, select: int | None = None) -> None:
        """Shows the file's plans on the home, selecting ``select`` (else keeping the one
        that was selected)."""
        if self.doc is None:
            self.home.show_plans([], None, self.kind_titles)
            return
        try:
            plans, signed = self.doc.overview()
            steps = self.doc.next_steps()
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            plans, signed, steps = [], {}, {}
        self.home.show_plans(plans, self.doc.path.name, self.kind_titles, signed, select, steps)

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
        if self.doc is None or self.autosaver is None or not self.leave_plan():
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
        wizard.undo_stack.indexChanged.connect(lambda _index: menus.show_undo_steps(self))
        wizard.arrived.connect(self.show_where)
        wizard.intro.title_edit.editingFinished.connect(self.show_where)  # renamed
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        wizard.show()
        wizard.restore_position()

    def show_where(self) -> None:
        """The window's title says where the person is (display.py)."""
        self.display.show_where()

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
        self.refresh_home(wizard.plan_id if wizard is not None else None)  # the plan just left
        # home first, then the plan taken away: taken away in front, it would hand the
        # focus on to whatever page was behind it
        self.stack.bring(self.home, self.home.starting_point())
        if wizard is not None:
            self.stack.removeWidget(wizard)
            wizard.deleteLater()
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
        if self.stack.on_records() and not self.records_view.save():
            return
        if self.stack.on_today() and not self.stack.today.flush():
            return
        self.refresh_home()
        self.stack.bring(self.home, self.home.starting_point())

    @property
    def use_now_view(self) -> UseNowView:
        return self.stack.use_now

    @property
    def lock_screen(self) -> LockScreen:
        return self.stack.lock_screen

    @property
    def records_view(self) -> RecordsView:
        return self.stack.records

    def show_records(self) -> None:
        if self.doc is None or not self.leave_plan():
            return
        try:
            self.records_view.load(self.doc)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.stack.show_records()

    def show_today(self) -> None:
        """Today's check-in (view ▸ today.py)."""
        if self.doc is None or not self.leave_plan():
            return
        self.stack.today.paper = self.settings.paper_to_use()
        try:
            self.stack.today.load(self.doc)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.stack.bring(self.stack.today, self.stack.today.list)

    @Slot(int)
    def use_now(self, plan_id: int) -> None:
        if self.doc is None or not self.leave_plan():
            return
        try:
            self.use_now_view.show_plan(self.doc, plan_id)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.show_use_now()

    def show_use_now(self) -> None:
        self.stack.show_use_now()
        self.show_where()  # (another plan, perhaps, on the same page)

    def use_latest_crisis_plan(self) -> None:
        """Ctrl+U from anywhere: the most recently changed crisis plan."""
        if self.doc is None:
            return
        crisis = newest_of_kind(self.doc.list_plans(), "crisis")
        if crisis is not None:
            self.use_now(crisis)
        else:
            dialogs.show_info(
                self,
                self.tr("No crisis plan yet"),
                self.tr("Start one from your plans with New plan."),
            )

    def _current_plan_id(self) -> int | None:
        if self.wizard is not None:
            return self.wizard.plan_id
        item = self.home.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def delete_current_plan(self) -> None:
        plan_id = self._current_plan_id()
        if self.doc is not None and plan_id is not None:
            self.plan_dialogs.delete_plan(plan_id)

    # ---- the windows over a plan (plan_dialogs.py) ---------------------------------------
    def export_documents(self) -> None:
        if self.doc is not None and self.leave_plan():
            self.plan_dialogs.export()

    def sign_plan(self, plan_id: int) -> None:
        if self.doc is not None and self.leave_plan():
            self.plan_dialogs.sign(plan_id)

    def show_history(self, plan_id: int) -> None:
        if self.doc is not None and self.leave_plan():
            self.plan_dialogs.history(plan_id)

    def sign_current(self) -> None:
        plan_id = self._current_plan_id()
        if plan_id is not None:
            self.sign_plan(plan_id)

    def history_current(self) -> None:
        plan_id = self._current_plan_id()
        if plan_id is not None:
            self.show_history(plan_id)

    def verify_pdf(self) -> None:
        self.plan_dialogs.verify_pdf()

    # ---- saving state --------------------------------------------------------------------
    def _saved(self, when: dt.datetime) -> None:
        failed_before = self.problem.isVisible()
        self.problem.setVisible(False)
        self.save_state.setText(
            self.tr("Saved at %1").replace("%1", f"{when.astimezone():%H:%M:%S}")
        )
        if failed_before:  # the failure was said: so is its end
            safe = self.tr("Saved. Your latest changes are safe now.")
            self.say(safe)

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
        if self.plan_dialogs.side_dialog is not None:
            self.plan_dialogs.side_dialog.reject()  # signing asks first if signatures aren't saved
            side = self.plan_dialogs.side_dialog
            if side is not None and side.isVisible():
                event.ignore()
                return
        if not self.leave_plan():
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
        if self.plan_dialogs.export_dialog is not None:
            self.plan_dialogs.export_dialog.close()  # a modal dialog left open blocks others
            self.plan_dialogs.export_dialog = None
        self.autolock.stop()
        # let a backup or a PDF being written finish, rather than cut it off
        worker.wait_for_work()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        if self.doc is not None:
            self.session.close()
        event.accept()
