"""The details page: which Zoho client, which data center, what access, where keys go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core import validation
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.connect import USERINFO_SCOPE, ConnectionDetails
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.flow import Step
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.controller import UiState
from zoho_wizard.ui.pages.base import StatePage, label
from zoho_wizard.ui.practice import PracticeHint
from zoho_wizard.ui.resources import icon
from zoho_wizard.ui.theme import set_role

DEFAULT_NAME = "Zoho Books"
# Sensible defaults: read the organization (required), customers and invoices.
DEFAULT_ACCESS = {"settings": "read", "contacts": "read", "invoices": "read"}


def free_name(base: str, taken: frozenset[str]) -> str:
    """``base``, or ``base 2``, ``base 3``… whichever is not taken yet."""
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


@dataclass
class _Field:
    """A text field with its inline message; the message shows once it was edited."""

    edit: QLineEdit
    error: QLabel
    check: Callable[[str], str | None]
    touched: bool = False

    def value(self) -> str:
        return validation.clean(self.edit.text())

    def problem(self) -> str | None:
        return self.check(self.edit.text())


class DetailsPage(StatePage):
    """Collects the connection's details and checks them as they are typed.

    Signals:
        submitted(object, bool): the details (ConnectionDetails) and whether the person
            chose to keep this connection for this session only.
    """

    step = Step.DETAILS
    submitted = Signal(object, bool)
    copyRequested = Signal(str)

    def __init__(
        self,
        practice_hint: PracticeHint | None = None,
        existing_names: Callable[[], frozenset[str]] = frozenset,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        self._existing_names = existing_names
        self._filled_from: object | None = None
        self.fields: tuple[_Field, ...] = ()  # set once every field exists
        self.set_heading(
            self.tr("Connect to Zoho Books"),
            self.tr(
                "Enter the client your firm registered in Zoho's API console, choose what your "
                "tools may do, then sign in to Zoho."
            ),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Sign in to Zoho"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("Connection details"))
        outer.addWidget(self.scroller)
        content = QWidget()
        content.setObjectName("scrollContent")
        self.scroller.setWidget(content)
        body = QVBoxLayout(content)
        body.setContentsMargins(4, 4, 16, 12)
        body.setSpacing(14)

        # --- banners ------------------------------------------------------------------------
        self.practice_banner = Banner(
            "practice", self.tr("Practice mode — nothing here talks to the real Zoho"), ""
        )
        self.fill_button = QPushButton(self.tr("Fill in practice details"))
        self.fill_button.setAccessibleName(self.tr("Fill in practice details"))
        self.fill_button.setAccessibleDescription(
            self.tr("Puts the practice client ID, secret and redirect address into the form")
        )
        self.fill_button.clicked.connect(self.fill_practice)
        self.practice_banner.side.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignVCenter)
        if practice_hint is not None:
            self.practice_banner.set_text(
                self.practice_banner.title.text(),
                self.tr(
                    "Everything runs on this computer. On the practice sign-in page use "
                    "{email} with the password “{password}”."
                ).format(email=practice_hint.email, password=practice_hint.password),
            )
        self.practice_banner.setVisible(False)
        body.addWidget(self.practice_banner)

        self.keyring_banner = Banner("info", self.tr("Checking where your keys can be kept…"))
        self.session_only = QCheckBox(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleName(self.tr("Keep this connection for this session only"))
        self.session_only.setAccessibleDescription(
            self.tr(
                "The keys stay in memory until this program closes; nothing is written to disk. "
                "You will need to connect again next time."
            )
        )
        self.session_only.toggled.connect(lambda _on: self.completeChanged.emit())
        self.keyring_banner.extra.addWidget(self.session_only)
        self.session_only.setVisible(False)
        body.addWidget(self.keyring_banner)

        # --- the client ---------------------------------------------------------------------
        body.addSpacing(4)
        body.addWidget(label(self.tr("Your Zoho client"), "section"))
        body.addWidget(
            label(
                self.tr(
                    "Your firm's admin registers this client once in Zoho's API console and gives "
                    "you its client ID and client secret."
                ),
                "hint",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.name = self._make_field(
            grid,
            0,
            0,
            self.tr("Connection name"),
            lambda text: validation.check_name(text, self._existing_names()),
            self.tr("A name you recognise, for example the client business it is for."),
        )
        self.name.edit.setText(free_name(DEFAULT_NAME, existing_names()))
        self.data_center = QComboBox()
        for dc in DATA_CENTERS:
            text = (
                dc.label
                if dc.books_confirmed
                else self.tr("{label} — Books not confirmed").format(label=dc.label)
            )
            self.data_center.addItem(text, dc.id)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        self.data_center.setAccessibleName(self.tr("Data center"))
        self.data_center.setAccessibleDescription(
            self.tr(
                "Where your firm's Zoho account lives. If you are not sure, keep United States: "
                "Zoho sends you on to your own data center after you sign in."
            )
        )
        dc_label = label(self.tr("Data center"), "fieldLabel")
        dc_label.setBuddy(self.data_center)
        grid.addWidget(dc_label, 0, 1)
        grid.addWidget(self.data_center, 1, 1)
        grid.addWidget(
            label(self.tr("Not sure? Keep United States; Zoho forwards you."), "hint"), 2, 1
        )
        self.client_id = self._make_field(
            grid,
            3,
            0,
            self.tr("Client ID"),
            validation.check_client_id,
            self.tr("Looks like 1000.ABC123…"),
        )
        self.client_secret = self._make_field(
            grid,
            3,
            1,
            self.tr("Client secret"),
            validation.check_client_secret,
            self.tr("Kept in your password store, never shown again"),
        )
        self.client_secret.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(icon("eye"), self.tr("Show the client secret"), self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle_secret)
        self.client_secret.edit.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        body.addLayout(grid)

        # --- access -------------------------------------------------------------------------
        body.addSpacing(8)
        body.addWidget(label(self.tr("What may your firm's tools do in Zoho Books?"), "section"))
        self.full_access = QCheckBox(self.tr("Full access to everything"))
        self.full_access.setAccessibleName(self.tr("Full access to everything"))
        self.full_access.setAccessibleDescription(
            self.tr(
                "View, change and delete everything in Zoho Books. Choose this only if your "
                "tools really need it."
            )
        )
        self.full_access.toggled.connect(self._access_changed)
        body.addWidget(self.full_access)
        self.modules_box = QWidget()
        modules = QGridLayout(self.modules_box)
        modules.setContentsMargins(0, 0, 0, 0)
        modules.setHorizontalSpacing(14)
        modules.setVerticalSpacing(6)
        modules.setColumnStretch(1, 1)
        modules.setColumnStretch(3, 1)
        modules.setColumnMinimumWidth(2, 170)
        self.access: dict[str, QComboBox] = {}
        half = (len(scope_catalog.MODULES) + 1) // 2
        for index, module in enumerate(scope_catalog.MODULES):
            combo = QComboBox()
            levels = scope_catalog.ACCESS_LEVELS
            if module.key == "settings":
                levels = tuple(level for level in levels if level.operations)
            for level in levels:
                combo.addItem(self.tr(level.label), level.key)
            wanted = DEFAULT_ACCESS.get(module.key, "none")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.setAccessibleName(self.tr("Access to {module}").format(module=module.label))
            description = module.description
            if module.key == "settings":
                description += " " + self.tr("Always at least “View only”.")
            combo.setAccessibleDescription(description)
            combo.setToolTip(description)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            name = label(module.label, wrap=False)
            name.setToolTip(description)
            name.setBuddy(combo)
            row, column = index % half, (index // half) * 2
            modules.addWidget(name, row, column)
            modules.addWidget(combo, row, column + 1, Qt.AlignmentFlag.AlignLeft)
            self.access[module.key] = combo
        body.addWidget(self.modules_box)
        self.show_email = QCheckBox(self.tr("Show who signed in (your Zoho e-mail)"))
        self.show_email.setChecked(True)
        self.show_email.setAccessibleName(self.tr("Show who signed in (your Zoho e-mail)"))
        self.show_email.setAccessibleDescription(
            self.tr(
                "Also asks Zoho for the signed-in person's e-mail, so the summary can say who "
                "connected."
            )
        )
        body.addWidget(self.show_email)

        # --- redirect address -----------------------------------------------------------------
        body.addSpacing(8)
        body.addWidget(label(self.tr("Redirect address"), "section"))
        self.redirect_note = label("", "hint", selectable=True)
        body.addWidget(self.redirect_note)
        self.redirect_box = QFrame()
        set_role(self.redirect_box, "addressBar")
        redirect_row = QHBoxLayout(self.redirect_box)
        redirect_row.setContentsMargins(12, 6, 6, 6)
        redirect_row.setSpacing(10)
        self.redirect_shown = label("", "mono", wrap=False, selectable=True)
        self.redirect_shown.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        redirect_row.addWidget(self.redirect_shown, 1)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the redirect address"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the redirect address on the clipboard, to paste into Zoho's API console")
        )
        self.copy_button.clicked.connect(self._copy_redirect)
        redirect_row.addWidget(self.copy_button)
        body.addWidget(self.redirect_box)

        # --- advanced -----------------------------------------------------------------------
        body.addSpacing(4)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced_toggle.setAccessibleDescription(
            self.tr(
                "The redirect address and the client type; only change these if your admin "
                "asks you to"
            )
        )
        set_role(self.advanced_toggle, "disclosure")
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        body.addWidget(self.advanced_toggle)
        self.advanced = QWidget()
        advanced = QGridLayout(self.advanced)
        advanced.setContentsMargins(18, 0, 0, 0)
        advanced.setVerticalSpacing(4)
        self.redirect_uri = self._make_field(
            advanced,
            0,
            0,
            self.tr("Redirect address (redirect URI)"),
            validation.check_redirect_uri,
            self.tr("Must match the address registered for the client, exactly"),
        )
        self.redirect_uri.edit.setText(DEFAULT_REDIRECT_URI)
        self.redirect_uri.edit.textChanged.connect(self._update_redirect_note)
        self.use_pkce = QCheckBox(self.tr("Desktop client type (use PKCE)"))
        self.use_pkce.setAccessibleName(self.tr("Desktop client type (use PKCE)"))
        self.use_pkce.setAccessibleDescription(
            self.tr(
                "Tick this if the client was registered in Zoho's API console as a desktop or "
                "mobile app"
            )
        )
        advanced.setRowMinimumHeight(3, 6)
        advanced.addWidget(self.use_pkce, 4, 0)
        self.advanced.setVisible(False)
        body.addWidget(self.advanced)
        body.addStretch(1)

        self.fields = (self.name, self.client_id, self.client_secret, self.redirect_uri)
        self._update_redirect_note()
        self._access_changed()

    # --- building -----------------------------------------------------------------------

    def _make_field(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        title: str,
        check: Callable[[str], str | None],
        hint: str,
    ) -> _Field:
        caption = label(title, "fieldLabel")
        edit = QLineEdit()
        edit.setAccessibleName(title)
        edit.setAccessibleDescription(hint)
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(False)
        caption.setBuddy(edit)
        error = label("", "fieldError")
        error.setVisible(False)
        field = _Field(edit, error, check)
        grid.addWidget(caption, row, column)
        grid.addWidget(edit, row + 1, column)
        grid.addWidget(error, row + 2, column)
        edit.textEdited.connect(lambda _text, f=field: self._touch(f))
        edit.editingFinished.connect(lambda f=field: self._tidy(f))
        edit.textChanged.connect(lambda _text, f=field: self._refresh(f))
        return field

    # --- reacting -----------------------------------------------------------------------

    def _touch(self, field: _Field) -> None:
        field.touched = True
        self._refresh(field)

    def _tidy(self, field: _Field) -> None:
        # Trim what copying picked up (a space, a line break) so the person sees the value
        # that will be used.
        cleaned = field.value()
        if cleaned != field.edit.text():
            field.edit.setText(cleaned)
            field.edit.setCursorPosition(0)
        if field.edit.text():
            field.touched = True
        self._refresh(field)

    def _refresh(self, field: _Field) -> None:
        problem = field.problem()
        shown = bool(problem) and field.touched
        field.error.setText(self.tr(problem) if problem else "")
        field.error.setVisible(shown)
        field.edit.setProperty("invalid", "true" if shown else "false")
        field.edit.style().unpolish(field.edit)
        field.edit.style().polish(field.edit)
        description = field.edit.placeholderText()
        field.edit.setAccessibleDescription(problem if shown and problem else description)
        self.completeChanged.emit()

    def _toggle_secret(self, shown: bool) -> None:
        self.client_secret.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal.setIcon(icon("eye-off" if shown else "eye"))
        self.reveal.setText(
            self.tr("Hide the client secret") if shown else self.tr("Show the client secret")
        )

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_toggle.setAccessibleName(
            self.tr("Hide advanced settings") if shown else self.tr("Show advanced settings")
        )

    def _access_changed(self, *_args: object) -> None:
        self.modules_box.setEnabled(not self.full_access.isChecked())

    def _update_redirect_note(self) -> None:
        uri = self.redirect_uri.value() or DEFAULT_REDIRECT_URI
        self.redirect_note.setText(
            self.tr("Redirect address to register in Zoho's API console (exactly as shown):")
        )
        self.redirect_shown.setText(uri)
        self.redirect_shown.setAccessibleName(f"{self.redirect_note.text()} {uri}")

    def _copy_redirect(self) -> None:
        self.copyRequested.emit(self.redirect_uri.value() or DEFAULT_REDIRECT_URI)

    def fill_practice(self) -> None:
        """Put the practice client's details into the form."""
        hint = self.practice_hint
        if hint is None:
            return
        self.client_id.edit.setText(hint.client_id)
        self.client_secret.edit.setText(hint.client_secret)
        self.redirect_uri.edit.setText(hint.redirect_uri)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        if not self.name.value():
            self.name.edit.setText(free_name(DEFAULT_NAME, self._existing_names()))
        for field in self.fields:
            field.touched = True
            field.edit.setCursorPosition(0)  # show the start of long values
            self._refresh(field)

    # --- reading ------------------------------------------------------------------------

    def chosen_scopes(self) -> tuple[str, ...]:
        """The scopes the current choices ask for."""
        if self.full_access.isChecked():
            wanted: tuple[str, ...] = (scope_catalog.FULL_ACCESS,)
        else:
            wanted = scope_catalog.build_scopes(
                {key: combo.currentData() for key, combo in self.access.items()}
            )
        if self.show_email.isChecked():
            wanted += (USERINFO_SCOPE,)
        return scope_catalog.dedupe(wanted)

    def details(self) -> ConnectionDetails:
        """The form as a value (trimmed)."""
        return ConnectionDetails(
            name=self.name.value(),
            client_id=self.client_id.value(),
            client_secret=self.client_secret.value(),
            data_center=str(self.data_center.currentData()),
            scopes=self.chosen_scopes(),
            redirect_uri=self.redirect_uri.value(),
            use_pkce=self.use_pkce.isChecked(),
        )

    def problems(self) -> list[str]:
        """Every field problem, in form order (empty when the form is valid)."""
        return [p for p in (f.problem() for f in self.fields) if p]

    def storage_ready(self) -> bool:
        """Whether it is settled where the keys will go."""
        status = self.ui.keyring if self.ui else None
        if status is None:
            return False
        return status.usable or self.session_only.isChecked()

    def isComplete(self) -> bool:
        return not self.problems() and self.storage_ready()

    def validatePage(self) -> bool:
        for field in self.fields:
            field.touched = True
            self._refresh(field)
        if self.isComplete():
            status = self.ui.keyring if self.ui else None
            session_only = bool(status and not status.usable and self.session_only.isChecked())
            self.submitted.emit(self.details(), session_only)
        return False

    # --- rendering ----------------------------------------------------------------------

    def render_state(self, ui: UiState) -> None:
        super().render_state(ui)
        self.practice_banner.setVisible(ui.practice)
        self.fill_button.setVisible(ui.practice and self.practice_hint is not None)
        status = ui.keyring
        if status is None:
            self.keyring_banner.set_kind("info")
            self.keyring_banner.set_text(self.tr("Checking where your keys can be kept…"))
            self.session_only.setVisible(False)
        elif status.usable:
            self.keyring_banner.set_kind("success")
            self.keyring_banner.set_text(
                self.tr("Your keys will be kept in {place}").format(place=status.place),
                self.tr(
                    "The client secret and Zoho's long-lasting key are stored there, "
                    "never in a plain file."
                ),
            )
            self.session_only.setVisible(False)
        else:
            self.keyring_banner.set_kind("warning")
            self.keyring_banner.set_text(
                self.tr("No secure password store is available on this computer"),
                self.tr(
                    "{problem} Your keys are never written to a plain file. To go on, "
                    "keep this connection for this session only: it works until you "
                    "close this program, and you connect again next time."
                ).format(problem=self.tr(status.problem) if status.problem else ""),
            )
            self.session_only.setVisible(True)
        details = ui.flow.details
        if details is not None and self._filled_from is not details:
            self._filled_from = details
            self._fill(details)
        self.completeChanged.emit()

    def _fill(self, details: ConnectionDetails) -> None:
        self.name.edit.setText(details.name)
        self.client_id.edit.setText(details.client_id)
        self.client_secret.edit.setText(details.client_secret)
        self.redirect_uri.edit.setText(details.redirect_uri)
        self.use_pkce.setChecked(details.use_pkce)
        index = self.data_center.findData(details.data_center)
        if index >= 0:
            self.data_center.setCurrentIndex(index)
        wanted = {scope_catalog.normalise(s) for s in details.scopes}
        self.full_access.setChecked(scope_catalog.normalise(scope_catalog.FULL_ACCESS) in wanted)
        self.show_email.setChecked(scope_catalog.normalise(USERINFO_SCOPE) in wanted)
        for module in scope_catalog.MODULES:
            ops = {
                op
                for op in scope_catalog.OPERATIONS
                if scope_catalog.normalise(module.scope(op)) in wanted
            }
            best = "none"
            for level in scope_catalog.ACCESS_LEVELS:
                if level.operations and set(level.operations) <= ops:
                    best = level.key
            combo = self.access[module.key]
            index = combo.findData(best)
            if index >= 0:
                combo.setCurrentIndex(index)
