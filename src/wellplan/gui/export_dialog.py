"""Export ▸ choose documents and paper, see exactly what will be saved, then save.

The PDFs are made on the one thread all PDF work shares (reportlab and pypdfium2 are imported
there, when first needed), so the window never freezes and no two PDF jobs ever run at once;
a busy bar shows while one is being made. A preview asked for while another waits its turn
replaces it. The preview shows the very bytes that Save writes.
"""

from __future__ import annotations

import locale
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.bundle import Bundle, default_paper
from wellplan.domain.templates import offers
from wellplan.domain.words import current as current_language
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import set_role
from wellplan.gui.error_words import describe
from wellplan.gui.i18n import NAMES as LANGUAGE_NAMES
from wellplan.gui.style import hint_label
from wellplan.gui.worker import Job, pdf_pool, while_alive
from wellplan.storage.atomic import atomic_target
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.export.seal import Identity

Sealer = Callable[[bytes, str], tuple[bytes, str]]  # the PDF and its language

PAPERS = (("letter", "US Letter"), ("a4", "A4"))


@dataclass(frozen=True)
class DocChoice:
    document: str  # full / summary / card / pad-form / phone
    plan_id: int | None
    label: str

    def file_name(self, person: str) -> str:
        name = f"{person} - {self.label}" if person else self.label
        return re.sub(r'[\\/:*?"<>|]+', "-", name).strip() + ".pdf"


def choices(bundle: Bundle) -> list[DocChoice]:
    found = [
        DocChoice(
            "summary",
            None,
            QCoreApplication.translate("ExportDialog", "In a crisis, please read this first"),
        )
    ]
    for plan in sorted(bundle.plans, key=lambda p: (p.template.order, p.summary.title)):
        found.append(DocChoice("full", plan.summary.id, plan.summary.title))
    for plan in bundle.plans:
        if plan.summary.kind == "pad":
            found.append(
                DocChoice(
                    "pad-form",
                    plan.summary.id,
                    QCoreApplication.translate("ExportDialog", "%1 (signing form)").replace(
                        "%1", plan.summary.title
                    ),
                )
            )
    for plan in sorted(bundle.plans, key=lambda p: (p.template.order, p.summary.title)):
        if offers(plan.template, "one-page"):
            found.append(
                DocChoice(
                    "one-page",
                    plan.summary.id,
                    f"{plan.summary.title}: {plan.template.one_page_title}",
                )
            )
        if offers(plan.template, "next-steps"):
            found.append(
                DocChoice(
                    "next-steps",
                    plan.summary.id,
                    QCoreApplication.translate("ExportDialog", "%1: My next steps").replace(
                        "%1", plan.summary.title
                    ),
                )
            )
    found.append(DocChoice("card", None, QCoreApplication.translate("ExportDialog", "Wallet card")))
    if bundle.latest("crisis") is not None:
        found.append(
            DocChoice(
                "phone",
                None,
                QCoreApplication.translate("ExportDialog", "Crisis plan for a phone"),
            )
        )
    return found


def make_pdf(
    bundle: Bundle,
    choice: DocChoice,
    paper: str,
    *,
    sealed: bool = False,
    language: str | None = None,
) -> bytes:
    from wellplan.export.documents import render

    plans = [bundle.plan(choice.plan_id)] if choice.plan_id is not None else []
    return render(bundle, choice.document, plans, paper, seal_space=sealed, language=language)


def page_images(pdf: bytes, width: int = 620) -> list[QImage]:
    """The PDF's pages as images, for the preview (pypdfium2; safe in a worker thread)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            scale = width / page.get_width()
            bitmap = page.render(scale=scale)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888,
            )
            images.append(image.copy())  # own the pixels before the bitmap goes
            page.close()
    finally:
        document.close()
    return images


# shown through self.tr: marked here for lupdate
SEAL_NOTE = str(
    QT_TRANSLATE_NOOP(
        "ExportDialog",
        "The seal is proof the PDF hasn't been changed since you saved it; anyone can check it "
        "with WellPlan or another PDF reader. It isn't a legal signature: sign a printed PAD form "
        "in ink, with the witnesses or notary your state asks for.",
    )
)


@dataclass(frozen=True)
class Exported:
    path: Path
    choice: DocChoice
    fingerprint: str
    sealed: bool
    version: str = ""  # "v3" when a sealed plan froze version 3


class ExportDialog(QDialog):
    exported = Signal(list)  # list[Exported]

    def __init__(
        self,
        bundle: Bundle,
        paper: str | None = None,
        parent: QWidget | None = None,
        identity: Callable[[], Identity] | None = None,
        freeze: Callable[[int], tuple[int, Bundle]] | None = None,
        languages: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity_source = identity  # gives this file's sealing identity, made on first use
        # plan id -> (version number, that version's bundle): a sealed plan is a frozen
        # version, made from exactly what was frozen, so it re-exports identically later
        self.freeze = freeze
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Print or export"))
        self.bundle = bundle
        self.cache: dict[tuple[DocChoice, str, bool, str], tuple[bytes, str]] = {}
        self.pool = pdf_pool()
        self._jobs: set[Job] = set()
        self._preview_request = 0  # the newest preview asked for; older ones waiting are dropped
        self._saving = False

        self.list = QListWidget(self)
        self.list.setObjectName("export-docs")
        self.list.setAccessibleName(self.tr("Documents to export"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps "(signing form)" visible
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # all shown
        for choice in choices(bundle):
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.document == "summary" else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.paper = QComboBox(self)
        for code, label in PAPERS:
            self.paper.addItem(label, code)
        self.paper.setCurrentIndex(
            self.paper.findData(paper or default_paper(locale.getlocale()[0]))
        )
        self.paper.setAccessibleName(self.tr("Paper size"))
        paper_label = QLabel(self.tr("&Paper:"), self)
        paper_label.setBuddy(self.paper)
        # the documents' language: the app's by default; English for an English-speaking
        # provider while the person uses the app in another language
        self.language = QComboBox(self)
        self.language.setObjectName("export-language")
        offered = languages if languages is not None else [current_language()]
        for code in dict.fromkeys([current_language(), *offered]):
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setAccessibleName(self.tr("Language of the documents"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)

        self.seal = QCheckBox(self.tr("S&eal the PDFs"), self)  # Alt+S is Save PDF…
        self.seal.setObjectName("export-seal")
        self.seal.setEnabled(identity is not None)
        self.seal.setAccessibleDescription(self.tr(SEAL_NOTE))
        seal_note = hint_label(self.tr(SEAL_NOTE), "why", self)

        self.busy = QProgressBar(self)
        self.busy.setObjectName("export-busy")
        self.busy.setRange(0, 0)  # a moving bar: we can't know how long layout takes
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Making the PDF"))
        self.status = hint_label("", "why", self)
        self.status.setObjectName("export-status")

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        preview = QScrollArea(self)
        preview.setAccessibleName(self.tr("Preview of the selected document"))
        set_role(preview, "Graphic")  # pictures of the pages (focusable to scroll them)
        preview.setObjectName("export-preview")
        preview.setWidgetResizable(True)
        preview.setWidget(self.pages)
        preview.setMinimumWidth(320)  # the pages scroll sideways when the text is large

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)

        left = QVBoxLayout()
        left.addWidget(
            hint_label(
                self.tr("Tick what to save. The preview shows the one selected."), "why", self
            )
        )
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(paper_label)
        row.addWidget(self.paper, 1)
        left.addLayout(row)
        if self.language.count() > 1:  # nothing to choose in a one-language install
            language_row = QHBoxLayout()
            language_row.addWidget(language_label)
            language_row.addWidget(self.language, 1)
            left.addLayout(language_row)
        else:
            self.language.hide()
            language_label.hide()
        left.addWidget(self.seal)
        left.addWidget(seal_note)
        left.addWidget(self.busy)
        left.addWidget(self.status)
        left.addStretch(1)
        # the choices scroll rather than squeeze when the text is large (up to 200%)
        choices_panel = QWidget(self)
        choices_panel.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        self.choices_area = QScrollArea(self)
        self.choices_area.setObjectName("export-choices")
        self.choices_area.setWidgetResizable(True)
        self.choices_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.choices_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices
        self.choices_area.setWidget(choices_panel)
        body = QHBoxLayout()
        body.addWidget(self.choices_area, 2)
        body.addWidget(preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._fit()

        self.list.currentItemChanged.connect(lambda *_: self.show_preview())
        self.paper.currentIndexChanged.connect(lambda *_: self.show_preview())
        self.language.currentIndexChanged.connect(lambda *_: self.show_preview())
        self.seal.toggled.connect(lambda *_: self.show_preview())
        self.list.blockSignals(True)
        self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        # the first preview starts once the window has been drawn: made in a worker, it
        # would otherwise share Python with the GUI thread while the window first appears
        # (and soon after anyway, should no paint come)
        self._first_preview = True
        self.busy.setVisible(True)
        QTimer.singleShot(500, self._start_first_preview)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and getattr(self, "_first_preview", False):
            QTimer.singleShot(0, self._start_first_preview)  # once this paint is done
        return handled

    def _start_first_preview(self) -> None:
        if self._first_preview:  # not already started by a choice made since
            self.show_preview()
        self._idle()  # (nothing to preview: no busy bar)

    # ---- choices -----------------------------------------------------------------------
    def current_choice(self) -> DocChoice | None:
        item = self.list.currentItem()
        choice = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return choice if isinstance(choice, DocChoice) else None

    def checked(self) -> list[DocChoice]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def paper_code(self) -> str:
        return str(self.paper.currentData())

    def language_code(self) -> str:
        return str(self.language.currentData())

    # ---- work off the GUI thread -------------------------------------------------------
    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        wanted: Callable[[], bool] | None = None,
    ) -> None:
        job = Job(work, wanted)
        self._jobs.add(job)
        self.busy.setVisible(True)
        # Save stays enabled (a disabled button would lose the focus the person left on
        # it); PDFs are made one at a time, so a save asked for now waits its turn

        def finish(result: object) -> None:
            self._jobs.discard(job)
            self._idle()
            done(result)

        def fail(error: BaseException) -> None:
            self._jobs.discard(job)
            self._saving = False
            self._idle()
            problem = self.tr("Couldn't make the PDF: %1")
            self.say(problem.replace("%1", describe(error)), assertive=True)

        def dropped() -> None:
            self._jobs.discard(job)
            self._idle()

        job.signals.done.connect(while_alive(self, finish))
        job.signals.failed.connect(while_alive(self, fail))
        job.signals.dropped.connect(while_alive(self, dropped))
        self.pool.start(job)

    def _idle(self) -> None:
        if not self._jobs:
            self.busy.setVisible(False)

    def say(self, text: str, *, assertive: bool = False) -> None:
        """Show an outcome in the status line and say it to screen readers."""
        announced.show_and_say(self.status, text, assertive=assertive)

    def busy_now(self) -> bool:
        return bool(self._jobs) or self._first_preview

    def _recipe(self, choice: DocChoice) -> tuple[Bundle, str, Sealer | None]:
        """What a PDF is made from, its version, and what seals it: worked out here, on the
        GUI thread, where the plan file lives. Sealing a plan freezes its version."""
        sealed = self.seal.isChecked() and self.identity_source is not None
        bundle = self.bundle
        if sealed and choice.plan_id is not None and self.freeze is not None:
            number, bundle = self.freeze(choice.plan_id)
            version = f"v{number}"
        else:
            moment = (
                self.bundle.plan(choice.plan_id).summary.updated_at
                if choice.plan_id is not None
                else max((p.summary.updated_at for p in self.bundle.plans), default=None)
                or self.bundle.exported_at
            )
            version = f"{moment.astimezone():%Y-%m-%d %H:%M}"
        if not sealed or self.identity_source is None:
            return bundle, version, None
        identity = self.identity_source()

        def sealer(pdf: bytes, language: str) -> tuple[bytes, str]:
            from wellplan.export.seal import seal

            return seal(pdf, identity, version=version, language=language)

        return bundle, version, sealer

    @staticmethod
    def _make(
        bundle: Bundle, choice: DocChoice, paper: str, sealer: Sealer | None, language: str
    ) -> tuple[bytes, str]:
        from wellplan.export.seal import fingerprint

        pdf = make_pdf(bundle, choice, paper, sealed=sealer is not None, language=language)
        return sealer(pdf, language) if sealer is not None else (pdf, fingerprint(pdf))

    def _pdf_work(
        self, choice: DocChoice, paper: str, language: str
    ) -> Callable[[], tuple[bytes, str, list[QImage]]]:
        key = (choice, paper, self.seal.isChecked(), language)
        cached = self.cache.get(key)
        bundle, _version, sealer = self._recipe(choice) if cached is None else (None, "", None)

        def work() -> tuple[bytes, str, list[QImage]]:
            if cached is not None:
                pdf, digest = cached
            else:
                assert bundle is not None
                pdf, digest = self._make(bundle, choice, paper, sealer, language)
            return pdf, digest, page_images(pdf)

        return work

    # ---- preview -----------------------------------------------------------------------
    def show_preview(self) -> None:
        self._first_preview = False
        choice = self.current_choice()
        if choice is None:
            return
        paper, language = self.paper_code(), self.language_code()
        self.status.setText(self.tr("Preparing “%1”…").replace("%1", choice.label))

        sealed = self.seal.isChecked()

        def done(result: Any) -> None:
            pdf, digest, images = result
            self.cache[(choice, paper, sealed, language)] = (pdf, digest)
            if (
                self.current_choice() != choice
                or self.paper_code() != paper
                or self.language_code() != language
                or self.seal.isChecked() != sealed
            ):
                return  # the person has moved on; a newer preview is on its way
            self._show_pages(images)
            count = len(images)
            pages = (
                self.tr("1 page") if count == 1 else self.tr("%1 pages").replace("%1", str(count))
            )
            self.status.setText(
                self.tr("“%1”: %2.").replace("%1", choice.label).replace("%2", pages)
            )

        try:
            work = self._pdf_work(choice, paper, language)
        except StorageError as exc:
            self.status.setText(str(exc))
            return
        self._preview_request += 1
        request = self._preview_request
        self._run(work, done, wanted=lambda: request == self._preview_request)

    def _fit(self) -> None:
        """Size the list to show every document's whole name, and the window to hold it and a
        readable preview, at whatever text size the person chose."""
        frame = 2 * self.list.frameWidth()
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        self.list.setMinimumHeight(rows + frame)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + frame + 4)
        panel = self.choices_area.widget()
        if panel is not None:
            scrollbar = self.choices_area.verticalScrollBar().sizeHint().width()
            self.choices_area.setMinimumWidth(panel.minimumSizeHint().width() + scrollbar)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        edges = margins.left() + margins.right() + 12 if margins is not None else 30
        wide = self.choices_area.minimumWidth() + 660 + edges  # 660: a page at a glance
        wanted = self.sizeHint().expandedTo(QSize(max(1100, wide), 760))
        # never larger than the screen: the choices scroll, the buttons stay on screen
        dialogs.fit_to_screen(self, wanted.width(), wanted.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        built = getattr(self, "choices_area", None) is not None  # not while being made
        if built and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _show_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the preview now, not at the next idle moment
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            label = QLabel(self.pages)
            label.setObjectName("preview-page")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(
                self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(images)))
            )
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.addStretch(1)

    # ---- saving ------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return  # one save at a time
        wanted = self.checked()
        if not wanted:
            nothing = self.tr("Tick at least one document to save.")
            self.say(nothing, assertive=True)
            return
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        person = self.bundle.person_name
        if len(wanted) == 1:
            path = dialogs.get_pdf_path(self, documents / wanted[0].file_name(person))
            if path is None:
                return
            targets = [(wanted[0], path)]
        else:
            folder = dialogs.get_folder(self, documents)
            if folder is None:
                return
            targets = [(choice, folder / choice.file_name(person)) for choice in wanted]
        paper, language = self.paper_code(), self.language_code()
        sealed = self.seal.isChecked()
        cache = dict(self.cache)
        try:
            jobs = [(choice, path, *self._recipe(choice)) for choice, path in targets]
        except StorageError as exc:
            self.say(str(exc), assertive=True)
            return

        def work() -> list[Exported]:
            written = []
            for choice, path, bundle, version, sealer in jobs:
                pdf, digest = cache.get((choice, paper, sealed, language)) or self._make(
                    bundle, choice, paper, sealer, language
                )
                with atomic_target(path) as tmp:  # never half a PDF, even on a full disk
                    tmp.write_bytes(pdf)
                written.append(Exported(path, choice, digest, sealed, version))
            return written

        def done(result: Any) -> None:
            items: list[Exported] = result
            paths = [item.path for item in items]
            what = (
                self.tr("the PDF")
                if len(paths) == 1
                else self.tr("%1 PDFs").replace("%1", str(len(paths)))
            )
            self._saving = False
            where = self.tr("Saved %1 in %2.")
            self.say(where.replace("%1", what).replace("%2", str(paths[0].parent)))
            self.exported.emit(items)

        self.status.setText(self.tr("Saving…"))
        self._saving = True
        self._run(work, done)
