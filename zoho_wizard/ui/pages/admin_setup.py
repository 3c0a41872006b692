""" "Set up for staff": the firm's IT admin makes the setup file that staff open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from zoho_wizard.core import setup_file
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.details.access_choices import AccessSection
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.setup_widgets import SetupProblem
from zoho_wizard.ui.theme import set_icon, set_role
from zoho_wizard.ui.widgets import NumberedSteps, label, scrolling_body


class _Field(QWidget):
    """A caption, its control, a hint below and the control's problem (hidden when none)."""

    def __init__(
        self, caption: str, control: QWidget, hint: str = "", shown: QWidget | None = None
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # (Made inside the field: a parentless label shown now would be a window of its own.)
        self.caption = label(caption, "fieldLabel", self)
        self.caption.setBuddy(control)
        self.control = control
        control.setAccessibleName(caption.replace("&", ""))
        if hint:
            control.setAccessibleDescription(hint)
        layout.addWidget(self.caption)
        layout.addWidget(shown or control)  # (the control, or a row holding it)
        self.hint = label(hint, "hint", self)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.problem = label("", "fieldError", self)
        self.problem.hide()
        layout.addWidget(self.problem)

    def show_problem(self, problem: str) -> None:
        """Say what is wrong ("" hides it); the control is marked invalid."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.control.setProperty("invalid", "true" if problem else "false")
        self.control.style().unpolish(self.control)
        self.control.style().polish(self.control)


class AdminSetupPage(StatePage):
    """What the admin decides once for every member of staff, saved as a setup file.

    Technical words are at home here (the admin registered the app in Zoho's API console);
    Zoho's names stand next to ours. The main button, "Save setup file…", is never
    disabled: pressing it with something missing says what and puts the cursor there.

    Signals:
        saveRequested(object): save this :class:`~zoho_wizard.core.setup_file.SetupDraft`
            (the wizard asks where).
        checklistRequested(): show how to register the app in Zoho's API console.
        tryRequested(str): open the saved setup file here and sign in with it.
    """

    step = Step.ADMIN_SETUP
    saveRequested = Signal(object)
    checklistRequested = Signal()
    tryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_path: Path | None = None
        self.set_heading(
            self.tr("Set up for staff"),
            self.tr(
                "Make a setup file once. Staff open it and only sign in to Zoho: no App ID, "
                "no secret, no choices."
            ),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Save setup file…"))
        self.scroller, body = scrolling_body(self, self.tr("Set up for staff"), spacing=14)
        self.checklist_link = QPushButton(self.tr("How to register the app in Zoho's API console"))
        set_role(self.checklist_link, "link")
        self.checklist_link.setAccessibleName(self.checklist_link.text())
        self.checklist_link.setAccessibleDescription(
            self.tr("The steps in Zoho's API console, with the redirect URI to enter")
        )
        self.checklist_link.clicked.connect(self.checklistRequested)
        body.addWidget(self.checklist_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.problem = SetupProblem()
        body.addWidget(self.problem)
        self.saved_banner = self._build_saved_banner()
        body.addWidget(self.saved_banner)
        self._build_app(body)
        self.access = AccessSection()  # (with its own heading: what the tools may do)
        body.addWidget(self.access)
        self._build_connections(body)
        self._build_device(body)
        self._build_handover(body)
        body.addStretch(1)
        self.fields: dict[str, _Field] = {
            "set_by": self.set_by_field,
            "client_id": self.client_id_field,
            "client_secret": self.secret_field,
            "data_center": self.data_center_field,
            "allowed_organizations": self.organizations_field,
            "connection_name": self.name_field,
            "device_client_id": self.device_id_field,
            "device_client_secret": self.device_secret_field,
        }

    # --- building --------------------------------------------------------------------------

    def _line(self, text: str = "", *, mono: bool = False) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setClearButtonEnabled(False)
        if mono:
            edit.setProperty("mono", "true")
        return edit

    def _build_app(self, body: QVBoxLayout) -> None:
        """The app in Zoho's API console: who set it up, its ID, secret and home."""
        body.addWidget(label(self.tr("The app your firm registered in Zoho"), "section"))
        self.set_by = self._line()
        self.set_by.setPlaceholderText(self.tr("Smith & Co IT"))
        self.set_by_field = _Field(
            self.tr("Set by (your firm's name)"),
            self.set_by,
            self.tr("Staff see it on their screen: “Smith & Co IT set this up”."),
        )
        body.addWidget(self.set_by_field)
        self.client_id = self._line(mono=True)
        self.client_id.setPlaceholderText("1000.ABC123…")
        self.client_id_field = _Field(
            self.tr("App ID (Zoho calls it the Client ID)"),
            self.client_id,
            self.tr("On the app's Client Secret tab in Zoho's API console."),
        )
        body.addWidget(self.client_id_field)
        self.client_secret = self._line(mono=True)
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret_row = QWidget()
        row = QHBoxLayout(secret_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.client_secret, 1)
        self.reveal = QPushButton(self.tr("Show"))
        set_icon(self.reveal, "eye")
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(self.tr("Show the App secret"))
        self.reveal.toggled.connect(self._reveal)
        row.addWidget(self.reveal)
        self.secret_field = _Field(
            self.tr("App secret (Zoho calls it the Client Secret)"),
            self.client_secret,
            shown=secret_row,
        )
        body.addWidget(self.secret_field)
        self.data_center = QComboBox()
        for dc in DATA_CENTERS:
            self.data_center.addItem(core_text(dc.label), dc.id)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        self.data_center.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.data_center_field = _Field(
            self.tr("Where the app was registered (its home data center)"),
            self.data_center,
            self.tr(
                "The data center of the API console you used. Sign-ins start there; Zoho "
                "sends each person on to their own (turn on Multi-DC for staff elsewhere)."
            ),
        )
        body.addWidget(self.data_center_field, 0)

    def _build_connections(self, body: QVBoxLayout) -> None:
        """Which organizations, the connections' names, and whether the secret goes along."""
        body.addSpacing(6)
        body.addWidget(label(self.tr("Staff's connections"), "section"))
        self.organizations = self._line(mono=True)
        self.organizations.setPlaceholderText("10234695, 20345786")
        self.organizations_field = _Field(
            self.tr("Allowed organizations (optional)"),
            self.organizations,
            self.tr(
                "Zoho Books organization IDs, separated by commas. Empty: any organization "
                "the person can open."
            ),
        )
        body.addWidget(self.organizations_field)
        self.name_pattern = self._line("{organization}")
        self.name_field = _Field(
            self.tr("Connection name"),
            self.name_pattern,
            self.tr(
                "{organization} becomes the organization's name. The firm's tools and "
                "scripts use this name."
            ),
        )
        body.addWidget(self.name_field)
        self.include_secret = QCheckBox(self.tr("Put the App secret in the setup file"))
        self.include_secret.setChecked(True)
        self.include_secret.setAccessibleName(self.include_secret.text())
        hint = self.tr(
            "Staff then only sign in. The file is saved private (only you can read it), and "
            "the wizard moves the secret into each person's password store. Without it, "
            "staff type the App secret themselves."
        )
        self.include_secret.setAccessibleDescription(hint)
        body.addWidget(self.include_secret)
        body.addWidget(label(hint, "hint"))

    def _build_device(self, body: QVBoxLayout) -> None:
        """The optional Non-browser client: signing in on a phone or another computer."""
        body.addSpacing(6)
        body.addWidget(label(self.tr("Signing in on another device (optional)"), "section"))
        body.addWidget(
            label(
                self.tr(
                    "For computers that cannot show Zoho's sign-in page (a remote desktop, a "
                    "locked-down PC, a company sign-in that refuses it): staff approve with a "
                    "code on their phone instead. In Zoho's API console choose Add Client, "
                    "then Non-browser Applications; give it a name staff will recognise "
                    "(they see it when they approve) and your homepage. It needs no redirect "
                    "address."
                ),
                "hint",
            )
        )
        self.device_id = self._line(mono=True)
        self.device_id.setPlaceholderText("1004.ABC123…")
        self.device_id_field = _Field(
            self.tr("Non-browser app's Client ID"),
            self.device_id,
            self.tr("Empty: staff sign in on this computer only."),
        )
        body.addWidget(self.device_id_field)
        self.device_secret = self._line(mono=True)
        self.device_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_secret_field = _Field(
            self.tr("Non-browser app's Client Secret"),
            self.device_secret,
            self.tr("Goes into the setup file with the App secret, kept the same way."),
        )
        body.addWidget(self.device_secret_field)
        self.device_name = self._line()
        self.device_name_field = _Field(
            self.tr("Its name in the API console"),
            self.device_name,
            self.tr("Shown to staff, so they know what they approve."),
        )
        body.addWidget(self.device_name_field)

    def _build_handover(self, body: QVBoxLayout) -> None:
        body.addSpacing(6)
        body.addWidget(label(self.tr("Handing it over"), "section"))
        steps = NumberedSteps()
        steps.add(self.tr("Choose Save setup file… and pick a folder."))
        steps.add(
            self.tr(
                "E-mail the file to staff, or put it on the shared drive. It holds the App "
                "secret: send it only to the people who need it."
            )
        )
        steps.add(
            self.tr(
                "They double-click it (or choose Open setup file… in Zoho Wizard) and sign "
                "in to Zoho. The wizard keeps the secret in their computer's password store "
                "and offers to delete the file."
            )
        )
        self.handover_texts = steps.texts
        body.addLayout(steps)

    def _build_saved_banner(self) -> Banner:
        banner = Banner("success")
        self.try_button = QPushButton(self.tr("&Try a sign-in with it"))
        self.try_button.setAccessibleName(self.tr("Try a sign-in with it"))
        self.try_button.setAccessibleDescription(
            self.tr("Opens the saved setup file here and signs in to Zoho, as staff will")
        )
        self.try_button.clicked.connect(lambda: self.tryRequested.emit(str(self.saved_path or "")))
        banner.side.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        return banner

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.client_secret.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))
        set_icon(self.reveal, "eye-off" if shown else "eye")

    # --- values ----------------------------------------------------------------------------

    def draft(self) -> setup_file.SetupDraft:
        """What the admin entered, as a value."""
        secret = self.client_secret.text().strip() if self.include_secret.isChecked() else ""
        device_id = self.device_id.text().strip()
        device_secret = self.device_secret.text().strip() if self.include_secret.isChecked() else ""
        return setup_file.SetupDraft(
            set_by=self.set_by.text().strip(),
            client_id=self.client_id.text().strip(),
            client_secret=secret,
            data_center=str(self.data_center.currentData()),
            scopes=self.access.chosen_scopes(),
            allowed_organizations=setup_file.organization_ids(self.organizations.text()),
            connection_name=self.name_pattern.text().strip(),
            device_client_id=device_id,
            device_client_secret=device_secret if device_id else "",
            device_client_name=self.device_name.text().strip() if device_id else "",
        )

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        """Show each field's problem (core's words); returns the first control to fix."""
        first: QWidget | None = None
        for key, field in self.fields.items():
            problem = problems.get(key, "")
            field.show_problem(core_text(problem) if problem else "")
            if problem and first is None:
                first = field.control
        return first

    def validatePage(self) -> bool:
        draft = self.draft()
        problems = setup_file.draft_problems(draft)
        if self.include_secret.isChecked() and not draft.client_secret:
            problems["client_secret"] = self.tr(
                "Enter the App secret, or untick “Put the App secret in the setup file”."
            )
        device_without_secret = draft.device_client_id and not draft.device_client_secret
        if self.include_secret.isChecked() and device_without_secret:
            problems["device_client_secret"] = self.tr(
                "Enter the Non-browser app's Client Secret (it is needed to sign in)."
            )
        first = self.show_problems(problems)
        if first is not None:
            self.scroller.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.saveRequested.emit(draft)
        return False

    # --- rendering -------------------------------------------------------------------------

    def show_saved(self, path: Path | None) -> None:
        """The file just saved (None: nothing saved yet)."""
        self.saved_path = path

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        self.problem.render_state(ui)
        saved = bool(ui.notice) and ui.flow.error is None and self.saved_path is not None
        if saved:
            self.saved_banner.set_text(
                self.tr("The setup file is saved"),
                self.tr("{path}\nHand it over as below. To check it works, try a sign-in.").format(
                    path=self.saved_path
                ),
            )
        self.saved_banner.setVisible(saved)

    def set_data_center(self, dc: str) -> None:
        """Choose the data center (from the API console checklist)."""
        index = self.data_center.findData(dc)
        if index >= 0:
            self.data_center.setCurrentIndex(index)

    def data_center_id(self) -> str:
        """The chosen home data center."""
        return str(self.data_center.currentData())

    def problem_text(self, key: str) -> str:
        """The problem shown under a field ("" when none)."""
        field = self.fields[key]
        return field.problem.text() if field.problem.isVisible() else ""

    def caption(self, key: str) -> QLabel:
        """A field's caption."""
        return self.fields[key].caption
