"""Signing side by side on one laptop: the person first, then each witness (and, where the
law asks, each agent) in their own step, each after reading the words they sign under.

Nothing is signed for anyone: every signer types their own name, answers their own
questions and signs on their own page, and the person's page says it is for them alone.
The signatures are saved together, in one transaction, on a frozen version of the plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.pad import (
    Q_AGENT,
    Q_ALTERNATES,
    Q_NAME,
    Q_WITNESSES,
    Profile,
    check_readiness,
    profile_for,
)
from wellplan.domain.signing import (
    WITNESS_ROLES,
    Role,
    Signature,
    Step,
    check_witness,
    role_label,
    signing_steps,
    wet_ink_advice,
)
from wellplan.domain.words import say
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import mark_heading
from wellplan.gui.signature_pad import SignatureInput
from wellplan.gui.style import hint_label
from wellplan.storage.document import PlanFile, VersionInfo
from wellplan.storage.errors import StorageError


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return mark_heading(label)


def _heading(text: str, parent: QWidget) -> QLabel:
    """A heading over a group of controls (each named on its own), not a field's label."""
    return mark_heading(hint_label(text, "question", parent))


def _placed(wizard: QWizard, page_id: int, page: QWizardPage) -> QWidget:
    """Put ``page`` in ``wizard`` while it is still empty, and give it a content widget
    that scrolls rather than squashes when the window is small or the text is big. Filled
    in place: with the app's style sheet, a widget put into a parent is restyled with all
    it already holds, so a page filled first and placed afterwards is styled twice over."""
    wizard.setPage(page_id, page)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in view
    content = QWidget()
    area.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return content


def rules_text(profile: Profile, heading: str) -> str:
    """The state's rules in plain words, to read before signing: when it is used, how long
    it lasts, cancelling it, the agent, admission, copies, what providers must do."""
    lines = [heading.replace("%1", profile.name)]
    lines += [f"• {title}: {text}" for title, text in profile.rules()]
    return "\n".join(lines)


@dataclass(frozen=True)
class Signers:
    """What the plan says about who signs: the person, named agents, named witnesses."""

    person: str
    agents: tuple[tuple[Role, str], ...]
    witnesses: tuple[str, ...]


def signers_of(bundle: Bundle, plan: PlanData) -> Signers:
    name = plan.answers.get(Q_NAME)
    person = " ".join(name.split()) if isinstance(name, str) else ""
    if plan.summary.kind != "pad":
        return Signers(person or bundle.person_name, (), ())
    agents = tuple(
        (role, record.name)
        for role, question in ((Role.AGENT, Q_AGENT), (Role.ALTERNATE, Q_ALTERNATES))
        for record, _note in bundle.people(plan, question)
    )
    witnesses = tuple(record.name for record, _note in bundle.people(plan, Q_WITNESSES))
    return Signers(person, agents, witnesses)


class IntroPage(QWizardPage):
    def __init__(
        self,
        wizard: QWizard,
        page_id: int,
        plan: PlanData,
        profile: Profile | None,
        steps: list[Step],
        already: list[Signature],
    ) -> None:
        super().__init__(wizard)
        self.setObjectName("signing-intro")
        content = _placed(wizard, page_id, self)
        layout = QVBoxLayout(content)
        layout.addWidget(_title(self.tr("Sign “%1”").replace("%1", plan.summary.title), content))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Signing keeps this version of your plan exactly as it is now, with the "
                    "signatures on it. If you change the plan afterwards, the signatures stay "
                    "with this version and WellPlan asks whether you want to sign again."
                ),
                "intro",
                content,
            )
        )
        if already:
            names = ", ".join(f"{s.name} ({role_label(s.role).lower()})" for s in already)
            layout.addWidget(
                hint_label(
                    self.tr(
                        "This version is already signed by %1. Signing a role again "
                        "replaces that signature."
                    ).replace("%1", names),
                    "why",
                    content,
                )
            )
        if profile is not None:
            advice = hint_label(wet_ink_advice(profile), "why", content)
            advice.setObjectName("wet-ink-advice")
            layout.addWidget(advice)
            missing = check_readiness(profile, plan.answers, plan.template).missing()
            if missing:
                layout.addWidget(
                    hint_label(
                        self.tr("Before it counts in %1, the directive still needs:").replace(
                            "%1", profile.name
                        ),
                        "question",
                        content,
                    )
                )
                for text in missing:
                    layout.addWidget(hint_label("• " + text, "intro", content))
                layout.addWidget(
                    hint_label(
                        self.tr("You can still sign now, or finish these first."), "why", content
                    )
                )
            rules = QLabel(rules_text(profile, self.tr("What this means in %1")), content)
            rules.setObjectName("signing-rules")
            rules.setWordWrap(True)
            rules.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(rules)
            if profile.staff_note:
                staff = hint_label(profile.staff_note, "why", content)
                staff.setObjectName("signing-staff-note")
                layout.addWidget(staff)
            if profile.unverified:
                unverified = hint_label(
                    self.tr(
                        "WellPlan hasn't yet confirmed these facts about %1's law: %2. Check "
                        "them with the official form or someone who knows the law."
                    )
                    .replace("%1", profile.name)
                    .replace("%2", "; ".join(profile.unverified)),
                    "error",
                    content,
                )
                unverified.setObjectName("signing-unverified")
                layout.addWidget(unverified)
        layout.addWidget(_heading(self.tr("Who is signing now?"), content))
        self.choices: dict[Role, QCheckBox] = {}
        for step in steps:
            label = step.title if step.role is not Role.PERSON else self.tr("You, first")
            if step.name and step.role is not Role.PERSON:
                label = f"{label}: {step.name}"
            box = QCheckBox(label, content)
            box.setObjectName(f"sign-choose-{step.role.value}")
            box.setChecked(True)
            box.setEnabled(step.optional)
            layout.addWidget(box)
            self.choices[step.role] = box
        if any(s.optional and s.role in WITNESS_ROLES for s in steps):
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Untick the witnesses if you will sign before a notary instead: the "
                        "notary signs the printed form in ink."
                    ),
                    "why",
                    content,
                )
            )
        layout.addStretch(1)

    def chosen(self, role: Role) -> bool:
        box = self.choices.get(role)
        return box is not None and box.isChecked()


class SignerPage(QWizardPage):
    """One signer's own step."""

    def __init__(
        self, wizard: SigningWizard, page_id: int, step: Step, suggested_name: str = ""
    ) -> None:
        super().__init__(wizard)
        self.step = step
        self.owner = wizard
        self.setObjectName(f"sign-{step.role.value}")
        self.signature: Signature | None = None
        content = _placed(wizard, page_id, self)
        layout = QVBoxLayout(content)
        layout.addWidget(_title(step.title, content))
        handover = hint_label(step.handover, "handover", content)
        handover.setObjectName("handover")
        layout.addWidget(handover)

        name_label = hint_label(self.tr("Your full name"), "question", content)
        layout.addWidget(name_label)
        self.name = QLineEdit(step.name or suggested_name, content)
        name_label.setBuddy(self.name)
        self.name.setObjectName("signer-name")
        self.name.setAccessibleName(self.tr("Your full name"))
        self.name.setMaxLength(200)
        layout.addWidget(self.name)

        layout.addWidget(_heading(self.tr("What you are signing"), content))
        statement = hint_label(step.statement, "intro", content)
        statement.setObjectName("statement")
        statement.setFrameShape(QFrame.Shape.StyledPanel)
        statement.setMargin(8)
        layout.addWidget(statement)

        self.answers: dict[str, QButtonGroup] = {}
        if step.questions:
            layout.addWidget(_heading(self.tr("Please answer for yourself:"), content))
            if step.note:
                note = hint_label(step.note, "why", content)
                note.setObjectName("witness-note")
                layout.addWidget(note)
            grid = QGridLayout()
            for row, question in enumerate(step.questions):
                text = hint_label(question, "intro", content)
                yes = QRadioButton(self.tr("Yes"), content)
                no = QRadioButton(self.tr("No"), content)
                yes.setAccessibleName(self.tr("Yes: %1").replace("%1", question))
                no.setAccessibleName(self.tr("No: %1").replace("%1", question))
                group = QButtonGroup(self)
                group.addButton(yes, 1)
                group.addButton(no, 0)
                group.idToggled.connect(lambda *_: self._changed())
                grid.addWidget(text, row, 0)
                grid.addWidget(yes, row, 1)
                grid.addWidget(no, row, 2)
                self.answers[question] = group
            grid.setColumnStretch(0, 1)
            layout.addLayout(grid)

        # right under the questions, where the answer that causes it was just given; shown
        # (and said to screen readers at once) only when something stands in the way
        self.problems = hint_label("", "error", content)
        self.problems.setObjectName("signing-problems")
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        signature_label = hint_label(self.tr("Your signature"), "question", content)
        layout.addWidget(signature_label)
        self.input = SignatureInput(content)
        signature_label.setBuddy(self.input)
        self.input.setMinimumHeight(260)
        layout.addWidget(self.input)
        layout.addStretch(1)
        self.name.textChanged.connect(lambda *_: self._changed())
        self.input.changed.connect(self._changed)

    def said(self) -> dict[str, bool | None]:
        return {
            question: (None if group.checkedId() < 0 else group.checkedId() == 1)
            for question, group in self.answers.items()
        }

    def problem_texts(self) -> list[str]:
        name = " ".join(self.name.text().split())
        if self.step.role in WITNESS_ROLES and self.owner.profile is not None:
            others = [
                " ".join(p.name.text().split())
                for p in self.owner.signer_pages
                if p is not self
                and p.step.role in WITNESS_ROLES
                and self.owner.chosen(p)
                and self.owner.signer_pages.index(p) < self.owner.signer_pages.index(self)
            ]
            check = check_witness(
                name,
                self.said(),
                profile=self.owner.profile,
                person=self.owner.signers.person,
                agents=[n for _r, n in self.owner.signers.agents],
                other_witnesses=others,
            )
            return list(check.problems)
        return [] if name else [self.tr("Type your full name.")]

    def _changed(self) -> None:
        problems = self.problem_texts()
        # only the real obstacles show while typing; a missing answer or name is obvious on
        # its own (compared as said, so this works in every language)
        quiet = {
            say("signing", "Answer each question above (yes or no) to go on."),
            say("signing", "Answer the question above (yes or no) to go on."),
            say("signing", "Type your full name as the witness."),
            self.tr("Type your full name."),
        }
        shown = "\n".join(p for p in problems if p not in quiet)
        if shown != self.problems.text():
            self.problems.setText(shown)
            self.problems.setVisible(bool(shown))
            if shown:
                announced.emit_for(
                    self.problems,
                    self.tr("You can't sign here yet: %1").replace("%1", shown),
                    assertive=True,
                )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem_texts() and self.input.value() is not None

    def validatePage(self) -> bool:
        mark = self.input.value()
        if mark is None:
            return False
        self.signature = Signature(
            role=self.step.role,
            name=" ".join(self.name.text().split()),
            mark=mark,
            statement=self.step.statement,
            signed_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            eligibility=tuple((q, bool(v)) for q, v in self.said().items()),
        )
        return True

    def nextId(self) -> int:
        return self.owner.next_after(self)


class ReviewPage(QWizardPage):
    def __init__(self, wizard: SigningWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("signing-review")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Sign this version"))
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Ready to sign"), self))
        self.list = hint_label("", "intro", self)
        self.list.setObjectName("signing-summary")
        layout.addWidget(self.list)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Please hand the laptop back to %1. Signing saves these signatures on this "
                    "version of the plan; nothing is sent anywhere."
                ).replace("%1", wizard.signers.person or self.tr("the person making the plan")),
                "why",
                self,
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        lines = [f"• {role_label(s.role)}: {s.name}" for s in self.owner.collected()]
        self.list.setText("\n".join(lines))

    def validatePage(self) -> bool:
        return self.owner.save()


class DonePage(QWizardPage):
    def __init__(self, wizard: SigningWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("signing-done")
        layout = QVBoxLayout(self)
        self.heading = _title("", self)
        layout.addWidget(self.heading)
        self.text = hint_label("", "intro", self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        version = self.owner.version
        number = version.number if version is not None else 0
        self.heading.setText(self.tr("Signed: version %1").replace("%1", str(number)))
        announced.emit_for(self.heading, self.heading.text())
        self.text.setText(
            self.tr(
                "To print it or send it, use File ▸ Print or export (Ctrl+E) and choose the "
                "signing form. Tick “Seal” so anyone can check the PDF hasn't been changed."
            )
        )


class SigningWizard(QWizard):
    signed = Signal(object)  # VersionInfo

    def __init__(
        self, doc: PlanFile, bundle: Bundle, plan_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signing-wizard")
        self.setWindowTitle(self.tr("Sign your plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.doc = doc
        self.plan = bundle.plan(plan_id)
        self.version: VersionInfo | None = None
        self.profile = profile_for(self.plan.answers) if self.plan.summary.kind == "pad" else None
        self.signers = signers_of(bundle, self.plan)
        steps = signing_steps(
            self.plan.summary.kind, self.signers.person, self.profile, self.signers.agents
        )
        already = list(bundle.signed(self.plan))
        self.intro = IntroPage(self, 0, self.plan, self.profile, steps, already)
        self.signer_pages: list[SignerPage] = []
        witnesses = iter(self.signers.witnesses)
        for number, step in enumerate(steps, start=1):
            suggested = next(witnesses, "") if step.role in WITNESS_ROLES else ""
            self.signer_pages.append(SignerPage(self, number, step, suggested))
        self.review_id = len(steps) + 1
        self.setPage(self.review_id, ReviewPage(self))
        self.setPage(self.review_id + 1, DonePage(self))
        self.setStartId(0)
        # about 72 characters wide (wider with larger text), as tall as the screen allows:
        # the pages scroll, the buttons stay on the screen
        dialogs.fit_to_screen(self, max(760, self.fontMetrics().averageCharWidth() * 72), 720)

    def chosen(self, page: SignerPage) -> bool:
        return self.intro.chosen(page.step.role)

    def next_after(self, page: SignerPage) -> int:
        index = self.signer_pages.index(page)
        for later in range(index + 1, len(self.signer_pages)):
            if self.chosen(self.signer_pages[later]):
                return later + 1
        return self.review_id

    def collected(self) -> list[Signature]:
        return [
            p.signature for p in self.signer_pages if self.chosen(p) and p.signature is not None
        ]

    def save(self) -> bool:
        try:
            self.version = self.doc.sign(self.plan.summary.id, self.collected())
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return False  # every signature is still on its page; try again
        self.signed.emit(self.version)
        return True

    def _unsaved(self) -> bool:
        return self.version is None and any(p.input.value() is not None for p in self.signer_pages)

    def reject(self) -> None:
        if self._unsaved() and not dialogs.confirm(
            self,
            self.tr("Stop signing?"),
            self.tr("The signatures made so far haven't been saved and won't be kept."),
            self.tr("Stop signing"),
            self.tr("Keep signing"),
        ):
            return
        super().reject()
