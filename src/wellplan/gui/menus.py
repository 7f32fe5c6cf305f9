"""The main window's menus, toolbar and their actions: built here, wired to the window's
slots. Like a Designer form's ``setupUi``, :func:`setup` puts each action on the window
under its name (``window.export_action``), where the window and its tests find it.

The words are the main window's (translation context "MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from wellplan.gui.lazy_qt import TOOL_BUTTON_TEXT_ONLY, set_enum

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from wellplan.gui.main_window import MainWindow
    from wellplan.gui.wizard import PlanWizard

Shortcut = QKeySequence.StandardKey | str | None

TEXT_SIZES = (100, 125, 150, 175, 200)
translate = QCoreApplication.translate


def new_action(window: MainWindow, text: str) -> QAction:
    """A menu action owned by the window."""
    return QAction(text, window)


def action(
    window: MainWindow, text: str, slot: Callable[..., object], shortcut: Shortcut = None
) -> QAction:
    made = new_action(window, text)
    # given as a list: setShortcut(QKeySequence) and QKeySequence(str) make PySide6 build
    # Qt's enums to weigh their overloads before the first paint (see lazy_qt)
    if isinstance(shortcut, str):
        made.setShortcuts([QKeySequence.fromString(shortcut)])
    elif shortcut is not None:  # a standard key: every binding the platform has for it
        made.setShortcuts(QKeySequence.keyBindings(shortcut))
    made.triggered.connect(slot)
    return made


def setup(w: MainWindow) -> None:
    """Build the menu bar and the toolbar of ``w``."""
    keys = QKeySequence.StandardKey
    file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    w.new_file_action = action(
        w, translate("MainWindow", "&New file…"), w.new_file_dialog, keys.New
    )
    w.open_action = action(w, translate("MainWindow", "&Open…"), w.open_file_dialog, keys.Open)
    w.recent_menu = QMenu(translate("MainWindow", "Open &recent"), w)
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    w.save_as_action = action(
        w, translate("MainWindow", "Save &as…"), w.save_as_dialog, keys.SaveAs
    )
    w.home_action = action(w, translate("MainWindow", "&Your plans"), w.go_home, "Ctrl+Shift+H")
    w.export_action = action(
        w, translate("MainWindow", "&Print or export…"), w.export_documents, "Ctrl+E"
    )
    w.verify_action = action(w, translate("MainWindow", "&Verify a PDF…"), w.verify_pdf)
    w.backups_action = action(w, translate("MainWindow", "&Backups…"), w.show_backups)
    w.lock_action = action(w, translate("MainWindow", "&Lock with a passphrase…"), w.lock_file)
    w.change_lock_action = action(
        w, translate("MainWindow", "Change the &passphrase…"), w.lock_file
    )
    w.remove_lock_action = action(
        w, translate("MainWindow", "Take the passphrase &off…"), w.remove_lock
    )
    w.delete_plan_action = action(
        w, translate("MainWindow", "&Delete this plan…"), w.delete_current_plan
    )
    w.delete_everything_action = action(
        w, translate("MainWindow", "Delete e&verything in this file…"), w.delete_everything
    )
    w.sign_action = action(w, translate("MainWindow", "&Sign this plan…"), w.sign_current)
    w.history_action = action(
        w, translate("MainWindow", "&History of this plan…"), w.history_current, "Ctrl+H"
    )
    w.records_action = action(
        w,
        translate("MainWindow", "&People, medications and places"),
        w.show_records,
        "Ctrl+Shift+P",
    )
    w.use_now_action = action(
        w, translate("MainWindow", "&Use my crisis plan now"), w.use_latest_crisis_plan, "Ctrl+U"
    )
    w.today_action = action(w, translate("MainWindow", "&Today"), w.show_today, "Ctrl+T")
    w.quit_action = action(w, translate("MainWindow", "&Quit"), w.close, keys.Quit)
    for item in (w.new_file_action, w.open_action):
        file_menu.addAction(item)
    file_menu.addMenu(w.recent_menu)
    for item in (
        w.save_as_action,
        w.backups_action,
        w.lock_action,
        w.change_lock_action,
        w.remove_lock_action,
        w.export_action,
        w.verify_action,
        w.sign_action,
        w.history_action,
        w.delete_plan_action,
        w.delete_everything_action,
    ):
        file_menu.addAction(item)
    file_menu.addSeparator()
    for item in (w.home_action, w.today_action, w.records_action, w.use_now_action):
        file_menu.addAction(item)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)

    w.edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    w.undo_action = action(w, translate("MainWindow", "&Undo"), w.undo, keys.Undo)
    w.redo_action = action(w, translate("MainWindow", "&Redo"), w.redo, keys.Redo)
    w.edit_menu.addAction(w.undo_action)
    w.edit_menu.addAction(w.redo_action)
    w.edit_menu.aboutToShow.connect(lambda: show_undo_steps(w))

    _view_menu(w)
    toolbar = w.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    set_enum(toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
    for item in (
        w.home_action,
        w.today_action,
        w.together_action,
        w.guide_action,
        w.export_action,
    ):
        toolbar.addAction(item)

    help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(action(w, translate("MainWindow", "&About WellPlan"), w.about))


def _view_menu(w: MainWindow) -> None:
    view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    w.together_action = action(
        w, translate("MainWindow", "&Together mode"), w.set_together, "Ctrl+Shift+T"
    )
    w.together_action.setCheckable(True)
    w.together_action.setToolTip(
        translate(
            "MainWindow",
            "For two people at one screen: larger text, and a supporter can suggest "
            "answers that you accept or decline.",
        )
    )
    view_menu.addAction(w.together_action)
    w.guide_action = action(
        w, translate("MainWindow", "&Guide for supporters"), w.display.show_guide, "Ctrl+Shift+G"
    )
    view_menu.addAction(w.guide_action)
    view_menu.addSeparator()
    size_menu = view_menu.addMenu(translate("MainWindow", "Text &size"))
    w.size_actions = {}
    sizes = QActionGroup(w)
    for percent in TEXT_SIZES:
        item = new_action(w, f"{percent}%")
        item.setCheckable(True)
        item.triggered.connect(lambda _=False, p=percent: w.set_text_size(p))
        sizes.addAction(item)
        size_menu.addAction(item)
        w.size_actions[percent] = item
    size_menu.addSeparator()
    size_menu.addAction(
        action(w, translate("MainWindow", "&Larger"), lambda: w.display.step_text_size(1), "Ctrl++")
    )
    size_menu.addAction(
        action(
            w, translate("MainWindow", "S&maller"), lambda: w.display.step_text_size(-1), "Ctrl+-"
        )
    )
    size_menu.addAction(
        action(w, translate("MainWindow", "&Normal size"), lambda: w.set_text_size(100), "Ctrl+0")
    )
    _language_menu(w, view_menu)
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Colours"))
    themes = QActionGroup(w)
    w.theme_actions = {}
    for key, label in (
        ("light", translate("MainWindow", "&Light")),
        ("dark", translate("MainWindow", "&Dark")),
        ("contrast", translate("MainWindow", "&High contrast")),
    ):
        item = new_action(w, label)
        item.setCheckable(True)
        item.triggered.connect(lambda _=False, k=key: w.set_theme(k))
        themes.addAction(item)
        theme_menu.addAction(item)
        w.theme_actions[key] = item
    w.guide_action.setVisible(False)


def _language_menu(w: MainWindow, view_menu: QMenu) -> None:
    from wellplan.gui import i18n

    menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(w)
    chosen = w.settings.language()
    entries = [("", translate("MainWindow", "As on this computer"))]
    entries += [(code, i18n.NAMES[code]) for code in i18n.available()]
    w.language_actions = {}
    for code, label in entries:
        item = new_action(w, label)
        item.setCheckable(True)
        item.setChecked(code == chosen)
        item.triggered.connect(lambda _=False, c=code: w.display.set_language(c))
        group.addAction(item)
        menu.addAction(item)
        w.language_actions[code] = item


def show_lock_actions(w: MainWindow, locked: bool) -> None:
    """Lock for a plain file (hidden where locking can't work here); change or take off
    the passphrase for a locked one."""
    from wellplan.storage.crypto import available as can_lock

    w.lock_action.setVisible(not locked and can_lock())
    w.change_lock_action.setVisible(locked)
    w.remove_lock_action.setVisible(locked)


def fill_recent(w: MainWindow) -> None:
    """File ▸ Open recent, filled each time it opens."""
    w.recent_menu.clear()
    recent = w.settings.recent_files()
    if not recent:
        none = w.recent_menu.addAction(translate("MainWindow", "No recent files"))
        none.setEnabled(False)
    for index, path in enumerate(recent, start=1):
        item = w.recent_menu.addAction(f"&{index} {path.name}")
        item.setToolTip(str(path))
        item.triggered.connect(lambda _=False, p=path: w.open_path(p))


def undo_target(w: MainWindow) -> PlanWizard | QLineEdit | QPlainTextEdit | None:
    """What Edit ▸ Undo and Redo act on: the history of the plan being written, or the
    typing of the field that has the focus where that isn't an answer (the plan's title,
    a record's field), or nothing."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    widget = w.focusWidget()
    wizard = w.wizard
    if wizard is not None and w.stack.currentWidget() is wizard:
        from wellplan.gui.plan_undo import takes_plan_undo

        if takes_plan_undo(widget) or not isinstance(widget, QLineEdit | QPlainTextEdit):
            return wizard
    if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
        return widget
    return None


def show_undo_steps(w: MainWindow) -> None:
    """Edit ▸ Undo and Redo say what they would do ("Undo remove “Walk”"), and are
    enabled only when there is something to undo or redo."""
    target = undo_target(w)
    undo_text, redo_text = translate("MainWindow", "&Undo"), translate("MainWindow", "&Redo")
    wizard = w.wizard
    if target is None:
        can_undo = can_redo = False
    elif target is wizard:
        stack = wizard.undo_stack
        can_undo, can_redo = stack.canUndo(), stack.canRedo()
        if can_undo:
            undo_text = translate("MainWindow", "&Undo %1").replace("%1", stack.undoText())
        if can_redo:
            redo_text = translate("MainWindow", "&Redo %1").replace("%1", stack.redoText())
    else:  # a field's own typing
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        if isinstance(target, QLineEdit):
            can_undo, can_redo = target.isUndoAvailable(), target.isRedoAvailable()
        elif isinstance(target, QPlainTextEdit):
            document = target.document()
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
        else:
            can_undo = can_redo = False
    w.undo_action.setText(undo_text)
    w.redo_action.setText(redo_text)
    w.undo_action.setEnabled(can_undo)
    w.redo_action.setEnabled(can_redo)
