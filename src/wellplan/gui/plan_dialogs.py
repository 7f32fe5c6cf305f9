"""The windows the main window opens over a plan: print or export, sign, history, backups,
and File ▸ Verify a PDF. At most one side window (signing, history or backups) at a time,
each window-modal without blocking the event loop; each reads the open file through the
main window's FileSession and never keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from wellplan import __version__
from wellplan.gui import dialogs, worker
from wellplan.gui.error_words import describe
from wellplan.storage.errors import StorageError
from wellplan.storage.paths import default_file

if TYPE_CHECKING:
    from wellplan.domain.bundle import Bundle
    from wellplan.export.seal import Identity, Verification
    from wellplan.gui.export_dialog import Exported
    from wellplan.gui.main_window import MainWindow


class PlanDialogs(QObject):
    verified = Signal(object)  # the Verification of File ▸ Verify a PDF

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_dialog: QDialog | None = None
        self.side_dialog: QDialog | None = None  # signing, history or backups: one at a time
        self._verify_job: worker.Job | None = None

    def bundle(self) -> Bundle | None:
        """Everything in the open file for a dialog, or None (after saying why)."""
        doc = self.window.doc
        assert doc is not None
        try:
            return doc.bundle(__version__)
        except StorageError as exc:
            dialogs.show_error(self.window, exc.title, str(exc))
            return None

    def identity(self) -> Identity:
        """The open file's own sealing identity (made the first time it is needed)."""
        from wellplan.sealing import identity_for

        doc = self.window.doc
        assert doc is not None
        return identity_for(doc, doc.owner_name())

    # ---- print or export -----------------------------------------------------------------
    def export(self) -> None:
        """File ▸ Print or export: a dialog that doesn't block the window behind it."""
        from wellplan.gui.export_dialog import ExportDialog
        from wellplan.gui.i18n import available as offered_languages

        doc = self.window.doc
        assert doc is not None
        bundle = self.bundle()
        if bundle is None:
            return
        if not bundle.plans:
            dialogs.show_info(
                self.window,
                self.tr("Nothing to export yet"),
                self.tr("Start a plan first; then you can print it."),
            )
            return
        settings = self.window.settings

        def freeze(plan_id: int) -> tuple[int, Bundle]:
            version = doc.freeze_version(plan_id, "sealed")
            return version.number, doc.version_bundle(version.id, __version__)

        dialog = ExportDialog(
            bundle,
            settings.paper() or None,
            self.window,
            identity=self.identity,
            freeze=freeze,
            languages=offered_languages(),
        )
        dialog.paper.currentIndexChanged.connect(lambda _i: settings.set_paper(dialog.paper_code()))
        dialog.exported.connect(self.log_exports)
        self.export_dialog = dialog
        dialog.open()  # window-modal, without blocking the event loop

    def log_exports(self, items: list[Exported]) -> None:
        """Each saved PDF goes in the file's export log (fingerprint, seal, version)."""
        doc = self.window.doc
        if doc is None:
            return
        for item in items:
            try:
                doc.log_export(
                    item.choice.document,
                    item.choice.plan_id,
                    item.fingerprint,
                    sealed=item.sealed,
                    version=item.version,
                )
            except StorageError as exc:
                if self.window.autosaver is not None:
                    self.window.autosaver.failed.emit(str(exc))

    # ---- side windows: signing, history, backups -----------------------------------------
    def open_side(self, dialog: QDialog) -> None:
        self.side_dialog = dialog
        dialog.finished.connect(lambda _r: self._side_closed(dialog))
        dialog.open()  # window-modal, without blocking the event loop

    def _side_closed(self, dialog: QDialog) -> None:
        if self.side_dialog is dialog:
            self.side_dialog = None
        dialog.deleteLater()
        self.window.refresh_home()
        self.window.activateWindow()  # the keyboard comes back here, not to the closed dialog

    def close_all(self) -> bool:
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

    def sign(self, plan_id: int) -> None:
        """Sign a plan, side by side: the person, then witnesses or agents in their own steps."""
        from wellplan.gui.signing import SigningWizard

        doc = self.window.doc
        assert doc is not None
        bundle = self.bundle()
        if bundle is None:
            return
        self.window.go_home()
        self.open_side(SigningWizard(doc, bundle, plan_id, self.window))

    def history(self, plan_id: int) -> None:
        from wellplan.gui.history import HistoryDialog

        doc = self.window.doc
        assert doc is not None
        paper = self.window.settings.paper_to_use()
        try:
            dialog = HistoryDialog(
                doc, plan_id, __version__, identity=self.identity, paper=paper, parent=self.window
            )
        except StorageError as exc:
            dialogs.show_error(self.window, exc.title, str(exc))
            return
        self.window.go_home()
        self.open_side(dialog)

    def backups(self) -> None:
        from wellplan.gui.backups_view import BackupsDialog

        doc = self.window.doc
        assert doc is not None
        dialog = BackupsDialog(doc.path, self.window, unlock=doc.unlock)
        dialog.restore_requested.connect(lambda backup: self.window.restore_backup(backup, dialog))
        self.open_side(dialog)

    def delete_plan(self, plan_id: int) -> None:
        """After asking, remove a plan with its versions and signatures from the file."""
        w = self.window
        doc = w.doc
        assert doc is not None
        try:
            title = doc.load_plan(plan_id).summary.title
        except StorageError as exc:
            dialogs.show_error(w, exc.title, str(exc))
            return
        if not dialogs.confirm(
            w,
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
        if not w.leave_plan():
            return
        try:
            doc.delete_plan(plan_id)
        except StorageError as exc:
            dialogs.show_error(w, exc.title, str(exc))
        w.go_home()

    # ---- verify a PDF --------------------------------------------------------------------
    def verify_pdf(self) -> None:
        """File ▸ Verify a PDF: was it changed since it was sealed, and by whom was it sealed?"""
        doc = self.window.doc
        folder = doc.path.parent if doc is not None else default_file().parent
        path = dialogs.get_pdf_to_verify(self.window, folder)
        if path is None:
            return
        from wellplan.sealing import known_identities

        known = known_identities(doc) if doc is not None else []

        def work() -> Verification:
            from wellplan.export.seal import verify

            return verify(path.read_bytes(), known)

        from wellplan.domain.verdicts import VERDICTS
        from wellplan.domain.words import said

        def done(result: Verification) -> None:
            title = said("verify", VERDICTS[result.verdict.value].title)
            dialogs.show_info(self.window, title, f"{path.name}\n\n{result.message}")
            self.verified.emit(result)

        def failed(error: BaseException) -> None:
            title = said("verify", VERDICTS["unreadable"].title)
            dialogs.show_error(self.window, title, f"{path.name}: {describe(error)}")

        self.window.save_state.setText(self.tr("Checking the seal…"))
        self._verify_job = worker.start(work, done, failed, pool=worker.pdf_pool())

    def forget(self) -> None:
        """After locking: no finished job whose work knew the file is kept."""
        self._verify_job = None
