"""A plan's history: its frozen versions (when, why, who signed, which PDFs were made of
them), what changed between any two, field by field in plain words, and restoring an older
version as the new draft. Versions themselves never change."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.bundle import Bundle
from wellplan.domain.history import differences
from wellplan.domain.signing import role_label
from wellplan.domain.words import day
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import mark_heading
from wellplan.gui.error_words import describe
from wellplan.gui.style import hint_label
from wellplan.gui.worker import Job, pdf_pool, while_alive
from wellplan.storage.atomic import atomic_target
from wellplan.storage.document import PlanFile, VersionInfo
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.export.seal import Identity

NOW = -1  # the list's id for "the plan as it is now"
KEPT_VERSIONS = 8  # versions kept read while the history is open

REASONS = {  # shown through self.tr: marked here for lupdate
    "signed": str(QT_TRANSLATE_NOOP("HistoryDialog", "signed")),
    "sealed": str(QT_TRANSLATE_NOOP("HistoryDialog", "sealed for a PDF")),
    "exported": str(QT_TRANSLATE_NOOP("HistoryDialog", "exported")),
    "restored": str(QT_TRANSLATE_NOOP("HistoryDialog", "restored")),
    "kept": str(QT_TRANSLATE_NOOP("HistoryDialog", "kept before an older version was restored")),
}


def _moment(version: VersionInfo) -> str:
    """When a version was kept, as people write it in the app's language."""
    local = version.created_at.astimezone()
    return f"{day(local)}, {local:%H:%M}"


class HistoryDialog(QDialog):
    restored = Signal(int)  # plan id
    exported = Signal(object)  # Path

    def __init__(
        self,
        doc: PlanFile,
        plan_id: int,
        app_version: str,
        identity: Callable[[], Identity] | None = None,
        paper: str = "letter",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history-dialog")
        self.doc = doc
        self.plan_id = plan_id
        self.app_version = app_version
        self.identity_source = identity
        self.paper = paper
        self._jobs: set[Job] = set()
        self._kept: dict[int, Bundle] = {}  # versions never change: a few read once, reused
        self.setWindowTitle(self.tr("History"))

        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        mark_heading(self.heading)
        self.versions = QListWidget(self)
        self.versions.setObjectName("history-versions")
        self.versions.setAccessibleName(self.tr("Versions, newest first"))
        self.versions.setWordWrap(True)
        self.versions.setSpacing(4)
        self.versions.setAlternatingRowColors(True)
        self.compare = QComboBox(self)
        self.compare.setObjectName("history-compare")
        self.compare.setAccessibleName(self.tr("Compare with"))
        self.changes = QTextEdit(self)  # read a line at a time (a QTextBrowser is a label)
        self.changes.setObjectName("history-changes")
        self.changes.setAccessibleName(self.tr("What changed"))
        self.changes.setReadOnly(True)
        self.changes.setTabChangesFocus(True)
        self.changes.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.status = hint_label("", "why", self)
        self.status.setObjectName("history-status")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setMaximumWidth(120)

        self.restore_button = QPushButton(self.tr("&Restore as the new draft…"), self)
        self.restore_button.setObjectName("history-restore")
        self.export_button = QPushButton(self.tr("&Export this version…"), self)
        self.export_button.setObjectName("history-export")
        self.export_button.setToolTip(
            self.tr("A sealed PDF of this version, exactly as it was, with its signatures")
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        versions_label = hint_label(self.tr("Versions"), "question", self)
        versions_label.setBuddy(self.versions)
        left.addWidget(versions_label)
        left.addWidget(self.versions, 1)
        right = QVBoxLayout()
        row = QHBoxLayout()
        compare_label = QLabel(self.tr("&Compare with:"), self)
        compare_label.setBuddy(self.compare)
        row.addWidget(compare_label)
        row.addWidget(self.compare, 1)
        right.addLayout(row)
        right.addWidget(self.changes, 1)
        split = QSplitter(self)
        for part in (left, right):
            holder = QWidget(split)
            holder.setLayout(part)
            split.addWidget(holder)
        split.setSizes([380, 520])
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A version is kept, unchanged, whenever the plan is signed or sealed. "
                    "Choose one to see what changed and who signed it."
                ),
                "why",
                self,
            )
        )
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.versions.currentItemChanged.connect(lambda *_: self._selected())
        self.compare.currentIndexChanged.connect(lambda *_: self.show_changes())
        self.restore_button.clicked.connect(self.restore)
        self.export_button.clicked.connect(self.export)
        self.load()
        dialogs.fit_to_screen(self, 900, 600)

    # ---- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.selected_id() if self.versions.count() else None
        snapshot = self.doc.load_plan(self.plan_id)
        self.title = snapshot.summary.title
        self.heading.setText(self.tr("History of “%1”").replace("%1", self.title))
        self.known = {v.id: v for v in self.doc.versions(self.plan_id)}
        exports = [e for e in self.doc.exports() if e.plan_id == self.plan_id]
        newest = max(self.known.values(), key=lambda v: v.number, default=None)
        changed = newest is None or not self.doc.matches_version(newest.id)
        self.versions.clear()
        self.compare.blockSignals(True)
        self.compare.clear()
        if changed:
            item = QListWidgetItem(self.tr("Now: the draft you are working on"))
            item.setData(Qt.ItemDataRole.UserRole, NOW)
            self.versions.addItem(item)
            self.compare.addItem(self.tr("the plan as it is now"), NOW)
        signed_by = self.doc.plan_signers(self.plan_id)
        for version in sorted(self.known.values(), key=lambda v: -v.number):
            signers = signed_by.get(version.id, [])
            lines = [
                self.tr("Version %1 · %2 · %3")
                .replace("%1", str(version.number))
                .replace("%2", _moment(version))
                .replace("%3", self.tr(REASONS.get(version.reason, version.reason)))
            ]
            if signers:
                lines.append(
                    self.tr("Signed by %1").replace(
                        "%1",
                        ", ".join(f"{name} ({role_label(role).lower()})" for role, name in signers),
                    )
                )
            for entry in exports:
                if entry.version == f"v{version.number}":
                    # a sealed PDF's entry keeps the sealer's fingerprint, as on its stamp
                    # (an unsealed PDF has no fingerprint anyone could compare)
                    lines.append(
                        self.tr("PDF %1, sealed · sealer's fingerprint %2")
                        .replace("%1", entry.document)
                        .replace("%2", entry.fingerprint)
                        if entry.sealed
                        else self.tr("PDF %1").replace("%1", entry.document)
                    )
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.versions.addItem(item)
            self.compare.addItem(
                self.tr("version %1").replace("%1", str(version.number)), version.id
            )
        self.compare.blockSignals(False)
        if self.versions.count():
            rows = [
                self.versions.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.versions.count())
            ]
            self.versions.blockSignals(True)  # compared once, below
            self.versions.setCurrentRow(rows.index(keep) if keep in rows else 0)
            self.versions.blockSignals(False)
        else:
            self.status.setText(
                self.tr("No versions yet: one is kept when you sign or seal this plan.")
            )
        self._selected()

    def selected_id(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected(self) -> None:
        chosen = self.selected_id()
        is_version = chosen is not None and chosen != NOW
        self.restore_button.setEnabled(is_version and self.versions.currentRow() > 0)
        self.export_button.setEnabled(is_version)  # pressed again while busy, it waits
        # compare with the next older version by default
        index = self.compare.findData(chosen)
        self.compare.blockSignals(True)
        if index >= 0 and index + 1 < self.compare.count():
            self.compare.setCurrentIndex(index + 1)
        elif index >= 0 and index > 0:
            self.compare.setCurrentIndex(index - 1)
        self.compare.blockSignals(False)
        self.show_changes()

    def _side(self, version_id: int) -> tuple[dict[str, Any], Bundle]:
        if version_id == NOW:
            bundle = self.doc.bundle(self.app_version)
            return dict(bundle.plan(self.plan_id).answers), bundle
        bundle = self._version_bundle(version_id)
        return dict(bundle.plans[0].answers), bundle

    def _version_bundle(self, version_id: int) -> Bundle:
        """A version as documents see it. Going up and down the list compares each version
        with its neighbours, so the last few are kept rather than read again."""
        bundle = self._kept.pop(version_id, None)
        if bundle is None:
            bundle = self.doc.version_bundle(version_id, self.app_version)
        self._kept[version_id] = bundle  # the newest last
        while len(self._kept) > KEPT_VERSIONS:
            del self._kept[next(iter(self._kept))]
        return bundle

    def _order(self, version_id: int) -> int:
        return 10**9 if version_id == NOW else self.known[version_id].number

    def show_changes(self) -> None:
        self.changes.clear()
        chosen = self.selected_id()
        other = self.compare.currentData()
        if chosen is None or other is None or other == chosen:
            if chosen is not None:
                self.changes.setPlainText(self.tr("Choose another version to compare with."))
            return
        older, newer = sorted((chosen, int(other)), key=self._order)
        before, before_bundle = self._side(older)
        after, after_bundle = self._side(newer)
        template = after_bundle.plans[0].template if newer != NOW else None
        if template is None:
            template = after_bundle.plan(self.plan_id).template
        found = differences(template, before, after, before_bundle.lookup, after_bundle.lookup)
        names = {NOW: self.tr("now")} | {
            v.id: self.tr("version %1").replace("%1", str(v.number)) for v in self.known.values()
        }
        parts = [
            "<p><b>"
            + escape(
                self.tr("From %1 to %2:").replace("%1", names[older]).replace("%2", names[newer])
            )
            + "</b></p>"
        ]
        if not found:
            parts.append(f"<p>{escape(self.tr('Nothing changed.'))}</p>")
        accent = self.palette().color(QPalette.ColorRole.Link).name()  # the theme's
        for change in found:  # the person's own words, escaped: shown, never interpreted
            parts.append(
                f"<p style='margin-top:10px'><span style='color:{accent}; font-weight:600'>"
                f"{escape(change.section)} · {escape(change.question)}</span><br>"
                f"{escape(change.summary)}</p>"
            )
        self.changes.setHtml("".join(parts))

    # ---- acting ------------------------------------------------------------------------------
    def restore(self) -> None:
        chosen = self.selected_id()
        if chosen is None or chosen == NOW:
            return
        number = self.known[chosen].number
        if not dialogs.confirm(
            self,
            self.tr("Restore version %1?").replace("%1", str(number)),
            self.tr(
                "The plan will say again what version %1 said. Nothing is lost: the plan as it "
                "is now is kept as a version first, so you can come back to it."
            ).replace("%1", str(number)),
            self.tr("Restore"),
            self.tr("Cancel"),
        ):
            return
        try:
            self.doc.freeze_version(self.plan_id, "kept")  # today's words stay findable
            self.doc.restore_version(chosen)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        draft = self.tr("Version %1 is now the draft.")
        self.say(draft.replace("%1", str(number)))
        self.restored.emit(self.plan_id)
        self.load()

    def say(self, text: str, *, assertive: bool = False) -> None:
        """Show an outcome in the status line and say it to screen readers."""
        announced.show_and_say(self.status, text, assertive=assertive)

    def export(self) -> None:
        chosen = self.selected_id()
        if chosen is None or chosen == NOW or self._jobs:
            return
        try:
            bundle = self._version_bundle(chosen)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        plan = bundle.plans[0]
        doc_name = "pad-form" if plan.summary.kind == "pad" else "full"
        number = self.known[chosen].number
        suggested = f"{self.title} - version {number}.pdf".replace("/", "-")
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path = dialogs.get_pdf_path(self, documents / suggested)
        if path is None:
            return
        identity = self.identity_source() if self.identity_source is not None else None
        paper = self.paper

        def work() -> tuple[Path, str]:
            from wellplan.export.documents import render
            from wellplan.export.seal import fingerprint, seal

            pdf = render(bundle, doc_name, [plan], paper, seal_space=identity is not None)
            digest = fingerprint(pdf)
            if identity is not None:
                pdf, digest = seal(pdf, identity, version=f"v{number}")
            with atomic_target(path) as tmp:
                tmp.write_bytes(pdf)
            return path, digest

        doc, plan_id = self.doc, self.plan_id

        def done(result: Any) -> None:
            """The PDF is written: log it, even if this window was closed meanwhile."""
            written, digest = result
            try:
                doc.log_export(
                    doc_name, plan_id, digest, sealed=identity is not None, version=f"v{number}"
                )
            except StorageError as exc:
                while_alive(self, shown)((written, str(exc)))
            else:
                while_alive(self, shown)((written, ""))

        def shown(outcome: tuple[Path, str]) -> None:
            written, problem = outcome
            self._jobs.clear()
            self._idle()
            saved = (
                self.tr("Saved version %1 to %2.")
                .replace("%1", str(number))
                .replace("%2", str(written))
            )
            self.say(f"{saved} {problem}" if problem else saved, assertive=bool(problem))
            self.exported.emit(written)
            self.load()

        def failed(error: BaseException) -> None:
            self._jobs.clear()
            self._idle()
            problem = self.tr("Couldn't save the PDF: %1")
            self.say(problem.replace("%1", describe(error)), assertive=True)

        job = Job(work)
        self._jobs.add(job)
        job.signals.done.connect(done)
        job.signals.failed.connect(while_alive(self, failed))
        self.busy.setVisible(True)
        self.status.setText(self.tr("Making the PDF…"))
        pdf_pool().start(job)

    def _idle(self) -> None:
        self.busy.setVisible(False)
        self._selected()

    def busy_now(self) -> bool:
        return bool(self._jobs)
