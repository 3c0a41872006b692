"""The details page: which Zoho client, which data center, what access, where keys go."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from zoho_wizard.core import access, validation
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.core.flow import ORGANIZATION_PLACEHOLDER, Step
from zoho_wizard.core.preset import Preset
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.pages.base import (
    FittingGrid,
    RedirectAddressBox,
    StatePage,
    keep_on_one_line,
    label,
    scrolling_body,
)
from zoho_wizard.ui.preset_view import (
    LockNote,
    ReadOnlyGuard,
    preset_problem,
    set_read_only,
)
from zoho_wizard.ui.resources import icon
from zoho_wizard.ui.self_client import SelfClientPanel
from zoho_wizard.ui.theme import set_role


@dataclass
class _Field:
    """A text field with its inline message; the message shows once it was edited."""

    edit: QLineEdit
    error: QLabel
    check: Callable[[str], str | None]
    touched: bool = False
    lock: LockNote | None = None
    note: QLabel | None = None
    help: HelpButton | None = None
    cleaner: Callable[[str], str] = dataclass_field(default=validation.clean)

    def value(self) -> str:
        return self.cleaner(self.edit.text())

    def problem(self) -> str | None:
        return self.check(self.edit.text())


class DetailsPage(StatePage):
    """Collects the connection's details and checks them as they are typed.

    Two ways in: "Sign in to Zoho" (the embedded sign-in, the usual one) and "Use a code
    from the API console" (Self Client: a pasted code, no sign-in page, no redirect). A
    firm's preset fills fields and locks some of them (read-only, with "Set by …").

    Signals:
        submitted(object, bool): the details (ConnectionDetails) and whether the person
            chose to keep this connection for this session only.
        selfClientSubmitted(object, str, float, float, bool): the details, the pasted code,
            when it was pasted, its lifetime in seconds, and "session only".
        consoleRequested(str, object): open the API console for this data center (to
            generate a code for these scopes).
        setupHelpRequested(): show "Before you start" (how the admin sets the client up).
    """

    step = Step.DETAILS
    submitted = Signal(object, bool)
    copyRequested = Signal(str)
    setupHelpRequested = Signal()
    selfClientSubmitted = Signal(object, str, float, float, bool)
    consoleRequested = Signal(str, object)

    def __init__(
        self,
        practice_hint: PracticeHint | None = None,
        existing_names: Callable[[], frozenset[str]] = frozenset,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        self._existing_names = existing_names
        self._filled_from: object | None = None
        self.fields: tuple[_Field, ...] = ()  # set once every field exists
        self.clock = clock  # when the Self Client code was pasted (the wizard's clock)
        self.preset: Preset | None = None
        self._preset_applied = False
        self._guard = ReadOnlyGuard(self)
        self._code_pasted_at: float | None = None
        self._last_code = ""
        self._spent_code = ""  # a Self Client code already sent to Zoho
        self.set_heading(
            self.tr("Connect to Zoho Books"),
            self.tr(
                "Enter the client your firm registered in Zoho's API console, choose what your "
                "tools may do, then sign in to Zoho."
            ),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Sign in to Zoho"))
        self.helps: dict[str, HelpButton] = {}  # "What is …?" buttons, by field

        self.scroller, body = scrolling_body(self, self.tr("Connection details"), spacing=14)

        # --- banners ------------------------------------------------------------------------
        self.practice_banner = Banner(
            "practice", self.tr("Practice mode — nothing here talks to the real Zoho"), ""
        )
        self.fill_button = QPushButton(self.tr("&Fill in practice details"))
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

        self.preset_banner = Banner("info")
        self.preset_banner.setVisible(False)
        body.addWidget(self.preset_banner)

        # --- how to connect -------------------------------------------------------------
        body.addSpacing(4)
        body.addWidget(label(self.tr("How will you connect?"), "section"))
        self.sign_in_mode = QRadioButton(self.tr("Sign in to Zoho (recommended)"))
        self.sign_in_mode.setAccessibleName(self.tr("Sign in to Zoho"))
        self.sign_in_mode.setAccessibleDescription(
            self.tr("Sign in with your Zoho account on Zoho's own page, inside this window")
        )
        self.self_client_mode = QRadioButton(
            self.tr("Use a code from the API console (Self Client)")
        )
        self.self_client_mode.setAccessibleName(
            self.tr("Use a code from Zoho's API console (Self Client)")
        )
        self.self_client_mode.setAccessibleDescription(
            self.tr(
                "For firms that use a Self Client: paste a code generated in Zoho's API "
                "console; no sign-in page and no redirect address"
            )
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.sign_in_mode)
        self.mode_group.addButton(self.self_client_mode)
        self.sign_in_mode.setChecked(True)
        # One under the other: side by side, a longer translation would not fit.
        modes = QVBoxLayout()
        modes.setSpacing(6)
        modes.addWidget(self.sign_in_mode)
        modes.addWidget(self.self_client_mode)
        body.addLayout(modes)
        self.mode_hint = label("", "hint")
        body.addWidget(self.mode_hint)
        self.self_client_mode.toggled.connect(self._mode_changed)

        # --- the client ---------------------------------------------------------------------
        body.addSpacing(4)
        body.addWidget(label(self.tr("Your Zoho client"), "section"))
        self.client_hint = label("", "hint")
        body.addWidget(self.client_hint)
        self.setup_link = QPushButton(self.tr("How does my firm's admin set this up?"))
        set_role(self.setup_link, "link")
        self.setup_link.setAccessibleName(self.tr("How does my firm's admin set this up?"))
        self.setup_link.setAccessibleDescription(
            self.tr("Shows, step by step, how the client is registered in Zoho's API console")
        )
        self.setup_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setup_link.clicked.connect(self.setupHelpRequested)
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.setup_link)
        link_row.addStretch(1)
        body.addLayout(link_row)
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
            help_text=(
                self.tr("What is the connection name?"),
                self.tr(
                    "A name you choose, so that you and your firm's tools can tell connections "
                    "apart, for example the client business it is for. Your tools find the "
                    "connection by this name."
                ),
            ),
        )
        self.name.edit.setText(access.free_name(access.DEFAULT_NAME, existing_names()))
        self.data_center = QComboBox()
        for dc in DATA_CENTERS:
            text = (
                core_text(dc.label)
                if dc.books_confirmed
                else self.tr("{label} — Books not confirmed").format(label=core_text(dc.label))
            )
            self.data_center.addItem(text, dc.id)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        # Its list opens as wide as its entries; the box itself may be narrower.
        self.data_center.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.data_center.setMinimumContentsLength(16)
        self.data_center.view().setMinimumWidth(self.data_center.view().sizeHintForColumn(0))
        self.data_center.setAccessibleName(self.tr("Data center"))
        self.data_center.setAccessibleDescription(
            self.tr(
                "Where your firm's Zoho account lives. If you are not sure, keep United States: "
                "Zoho sends you on to your own data center after you sign in."
            )
        )
        dc_label = label(self.tr("Data center"), "fieldLabel", wrap=False)
        dc_label.setBuddy(self.data_center)
        self.data_center_lock = LockNote()
        self.helps["data_center"] = HelpButton(
            self.tr("What is the data center?"),
            self.tr(
                "Zoho keeps each firm's data in one region, such as the United States or "
                "Europe; your Zoho web address shows which (zoho.eu is Europe). Not sure? "
                "Keep United States: Zoho sends you on to your own after you sign in."
            ),
        )
        grid.addWidget(
            self._caption_row(dc_label, self.data_center_lock, self.helps["data_center"]), 0, 1
        )
        grid.addWidget(self.data_center, 1, 1)
        self.data_center_hint = label("", "hint")
        grid.addWidget(self.data_center_hint, 2, 1)
        self.client_id = self._make_field(
            grid,
            3,
            0,
            self.tr("Client ID"),
            validation.check_client_id,
            self.tr("Looks like 1000.ABC123…"),
            help_text=(
                self.tr("What is the client ID?"),
                self.tr(
                    "The name of the app your firm's admin registered in Zoho's API console. "
                    "It starts with 1000. and is on the client's Client Secret tab. Ask your "
                    "admin if you don't have it."
                ),
            ),
        )
        self.client_secret = self._make_field(
            grid,
            3,
            1,
            self.tr("Client secret"),
            validation.check_client_secret,
            self.tr("Kept in your password store, never shown again"),
            help_text=(
                self.tr("What is the client secret?"),
                self.tr(
                    "A password that belongs to the client ID, on the same Client Secret tab "
                    "of the API console. It is kept in your computer's password store and is "
                    "never shown again."
                ),
            ),
        )
        self.client_secret.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(icon("eye"), self.tr("Show the client secret"), self)
        self.reveal.setProperty("iconName", "eye")
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle_secret)
        self.client_secret.edit.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.client_secret.edit.textChanged.connect(self._secret_changed)
        body.addLayout(grid)

        # --- access -------------------------------------------------------------------------
        body.addSpacing(8)
        self.access_lock = LockNote()
        self.helps["access"] = HelpButton(
            self.tr("What do the access choices mean?"),
            self.tr(
                "They decide what your firm's tools may do in Zoho Books: only look (view), "
                "also add and change, or also delete. Choose as little as your tools need; "
                "Zoho asks you to agree to exactly these."
            ),
        )
        body.addWidget(
            self._caption_row(
                label(self.tr("What may your firm's tools do in Zoho Books?"), "section"),
                self.access_lock,
                self.helps["access"],
            )
        )
        self.preset_scopes = QPlainTextEdit()
        self.preset_scopes.setReadOnly(True)
        self.preset_scopes.setTabChangesFocus(True)
        self.preset_scopes.setMaximumHeight(96)
        self.preset_scopes.setAccessibleName(self.tr("Permissions your firm chose"))
        self.preset_scopes_note = label(
            self.tr(
                "Your firm chose these permissions; they can't be shown as the usual choices, "
                "so they are used exactly as listed:"
            ),
            "hint",
        )
        self.preset_scopes_note.setVisible(False)
        self.preset_scopes.setVisible(False)
        body.addWidget(self.preset_scopes_note)
        body.addWidget(self.preset_scopes)
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
        self.modules_box = FittingGrid()
        self.access: dict[str, QComboBox] = {}
        for module in scope_catalog.MODULES:
            combo = QComboBox()
            levels = scope_catalog.ACCESS_LEVELS
            if module.key == "settings":
                levels = tuple(level for level in levels if level.operations)
            for level in levels:
                combo.addItem(core_text(level.label), level.key)
            wanted = access.DEFAULT_ACCESS.get(module.key, "none")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            module_label = core_text(module.label)
            combo.setAccessibleName(self.tr("Access to {module}").format(module=module_label))
            description = core_text(module.description)
            if module.key == "settings":
                description += " " + self.tr("Always at least “View only”.")
            combo.setAccessibleDescription(description)
            combo.setToolTip(description)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            name = label(module_label, wrap=False)
            name.setToolTip(description)
            name.setBuddy(combo)
            self.modules_box.add_pair(name, combo)
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
        self.full_access.toggled.connect(self._scopes_changed)
        self.show_email.toggled.connect(self._scopes_changed)
        for combo in self.access.values():
            combo.currentIndexChanged.connect(self._scopes_changed)

        # --- Self Client: the code from the API console -----------------------------------
        self.self_client = SelfClientPanel()
        self.self_client.copyRequested.connect(self.copyRequested)
        self.self_client.consoleRequested.connect(
            lambda: self.consoleRequested.emit(
                str(self.data_center.currentData()), self.chosen_scopes()
            )
        )
        self.code = self._make_field(
            self.self_client.fields,
            3,
            0,
            self.tr("Code from the API console"),
            validation.check_grant_code,
            self.tr("Paste the code here; it looks like 1000.1a2b3c….4d5e6f…"),
            help_text=(
                self.tr("What is the code from the API console?"),
                self.tr(
                    "A one-time code that Zoho's API console makes for a Self Client, on its "
                    "Generate Code tab. Paste it here straight away: it stops working after "
                    "the expiry time you picked."
                ),
            ),
        )
        self.code.cleaner = validation.clean_grant_code
        self.code.edit.textChanged.connect(self._code_changed)
        set_role(self.code.edit, "", mono="true")
        self.self_client.setVisible(False)
        body.addSpacing(8)
        body.addWidget(self.self_client)

        # --- redirect address -----------------------------------------------------------------
        body.addSpacing(8)
        self.redirect_section = QWidget()
        redirect_layout = QVBoxLayout(self.redirect_section)
        redirect_layout.setContentsMargins(0, 0, 0, 0)
        redirect_layout.setSpacing(8)
        body.addWidget(self.redirect_section)
        self.helps["redirect"] = HelpButton(
            self.tr("What is the redirect address?"),
            self.tr(
                "After you sign in, Zoho sends you back to this address on your own computer, "
                "where this program picks up Zoho's answer. Your admin must register exactly "
                "this address for the client in the API console."
            ),
        )
        redirect_layout.addWidget(
            self._caption_row(
                label(self.tr("Redirect address"), "section"), None, self.helps["redirect"]
            )
        )
        self.redirect_note = label("", "hint", selectable=True)
        redirect_layout.addWidget(self.redirect_note)
        self.redirect_box = RedirectAddressBox(
            self.tr(
                "Puts the redirect address on the clipboard, to paste into Zoho's API console "
                "(Ctrl+C)"
            )
        )
        self.redirect_shown = self.redirect_box.shown
        self.copy_button = self.redirect_box.copy_button
        self.copy_button.clicked.connect(self._copy_redirect)
        redirect_layout.addWidget(self.redirect_box)

        # --- advanced -----------------------------------------------------------------------
        redirect_layout.addSpacing(4)
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
        redirect_layout.addWidget(self.advanced_toggle)
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
        self.use_pkce_lock = LockNote()
        self.helps["use_pkce"] = HelpButton(
            self.tr("What is the desktop client type?"),
            self.tr(
                "Zoho's API console offers several client types. Tick this only if your admin "
                "registered a Mobile or Desktop Applications client; for a Server-based "
                "Application leave it off."
            ),
        )
        pkce_row = QHBoxLayout()
        pkce_row.setSpacing(12)
        pkce_row.addWidget(self.use_pkce)
        pkce_row.addWidget(self.helps["use_pkce"])
        pkce_row.addWidget(self.use_pkce_lock, 1)
        advanced.addLayout(pkce_row, 4, 0)
        self.advanced.setVisible(False)
        redirect_layout.addWidget(self.advanced)
        body.addStretch(1)

        self.fields = (self.name, self.client_id, self.client_secret, self.redirect_uri)
        self._update_redirect_note()
        self._access_changed()
        self._mode_changed(False)
        self._scopes_changed()
        for widget in (self.data_center, self.full_access, self.show_email, self.use_pkce):
            self._watch_lock(widget)
        for combo in self.access.values():
            self._watch_lock(combo)
        self.helps["expiry"] = self.self_client.expiry_help
        self._set_tab_order()

    # --- building -----------------------------------------------------------------------

    def _make_field(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        title: str,
        check: Callable[[str], str | None],
        hint: str,
        *,
        help_text: tuple[str, str] | None = None,
    ) -> _Field:
        caption = label(title, "fieldLabel", wrap=False)
        lock = LockNote()
        helper = HelpButton(*help_text) if help_text else None
        edit = QLineEdit()
        edit.setAccessibleName(title)
        edit.setAccessibleDescription(hint)
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(False)
        caption.setBuddy(edit)
        error = label("", "fieldError")
        error.setVisible(False)
        note = label("", "hint")  # a line about the value (a preset's pattern...)
        note.setVisible(False)
        field = _Field(edit, error, check, lock=lock, note=note, help=helper)
        below = QVBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(2)
        below.addWidget(error)
        below.addWidget(note)
        grid.addWidget(self._caption_row(caption, lock, helper), row, column)
        grid.addWidget(edit, row + 1, column)
        grid.addLayout(below, row + 2, column)
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
        field.error.setText(core_text(problem) if problem else "")
        field.error.setVisible(shown)
        field.edit.setProperty("invalid", "true" if shown else "false")
        field.edit.style().unpolish(field.edit)
        field.edit.style().polish(field.edit)
        description = field.edit.placeholderText()
        if field.edit.isReadOnly() and field.lock is not None and field.lock.text.text():
            description = self.tr("{who}; it can't be changed here").format(
                who=field.lock.text.text()
            )
        field.edit.setAccessibleDescription(
            core_text(problem) if shown and problem else description
        )
        self.completeChanged.emit()

    def _toggle_secret(self, shown: bool) -> None:
        self.client_secret.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal.setProperty("iconName", "eye-off" if shown else "eye")
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
        preset = self.preset
        for field, value in (
            (self.client_id, hint.client_id),
            (self.client_secret, hint.client_secret),
            (self.redirect_uri, hint.redirect_uri),
        ):
            if not field.edit.isReadOnly():  # a preset's locked values stay
                field.edit.setText(value)
        if not (preset and preset.is_locked("data_center")):
            self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        if not self.name.value():
            self.name.edit.setText(access.free_name(access.DEFAULT_NAME, self._existing_names()))
        for field in self.fields:
            field.touched = True
            field.edit.setCursorPosition(0)  # show the start of long values
            self._refresh(field)

    # --- other ways in: Self Client mode and the firm's preset ---------------------------

    def _caption_row(
        self, caption: QLabel, lock: LockNote | None, helper: HelpButton | None = None
    ) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if caption.wordWrap():
            keep_on_one_line(caption)
        layout.addWidget(caption)
        if helper is not None:
            layout.addWidget(helper, 0, Qt.AlignmentFlag.AlignVCenter)
        if lock is not None:
            layout.addSpacing(4)
            layout.addWidget(lock)
        layout.addStretch(1)
        return row

    def _set_tab_order(self) -> None:
        """Tab follows the page from top to bottom; each "What is …?" follows its field."""

        def field_pair(field: _Field) -> list[QWidget]:
            return [field.edit, *([field.help] if field.help else [])]

        chain: list[QWidget] = [
            self.fill_button,
            self.session_only,
            self.sign_in_mode,
            self.self_client_mode,
            *field_pair(self.name),
            self.data_center,
            self.helps["data_center"],
            *field_pair(self.client_id),
            *field_pair(self.client_secret),
            self.setup_link,
            self.helps["access"],
            self.preset_scopes,
            self.full_access,
            *self.access.values(),
            self.show_email,
            self.self_client.console_button,
            self.self_client.copy_scopes,
            self.self_client.expiry,
            self.self_client.expiry_help,
            *field_pair(self.code),
            self.helps["redirect"],
            self.copy_button,
            self.advanced_toggle,
            *field_pair(self.redirect_uri),
            self.use_pkce,
            self.helps["use_pkce"],
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def data_center_locked(self) -> bool:
        """Whether the firm's preset fixed the data center."""
        return bool(self.preset and self.preset.is_locked("data_center"))

    def is_self_client(self) -> bool:
        """True when the person chose to paste a code from the API console."""
        return self.self_client_mode.isChecked()

    def _mode_changed(self, self_client: bool) -> None:
        self.self_client.setVisible(self_client)
        self.redirect_section.setVisible(not self_client)
        if self_client:
            self.set_heading(
                self.tr("Connect to Zoho Books"),
                self.tr(
                    "Enter your Self Client's ID and secret, choose what your tools may do, "
                    "then paste a code from Zoho's API console."
                ),
            )
            self.mode_hint.setText(
                self.tr(
                    "No sign-in page and no redirect address: you paste a one-time code made "
                    "in Zoho's API console."
                )
            )
            self.client_hint.setText(
                self.tr(
                    "Your Self Client's client ID and client secret are on its Client Secret "
                    "tab in Zoho's API console."
                )
            )
            self.data_center_hint.setText(
                self.tr(
                    "The one whose API console you used (api-console.zoho.eu is Europe…). "
                    "It can't be detected here: a pasted code doesn't say where your account is."
                )
            )
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Co&nnect"))
        else:
            self.set_heading(
                self.tr("Connect to Zoho Books"),
                self.tr(
                    "Enter the client your firm registered in Zoho's API console, choose what "
                    "your tools may do, then sign in to Zoho."
                ),
            )
            self.mode_hint.setText("")
            self.client_hint.setText(
                self.tr(
                    "Your firm's admin registers this client once in Zoho's API console and "
                    "gives you its client ID and client secret."
                )
            )
            self.data_center_hint.setText(
                self.tr("Not sure? Keep United States; Zoho forwards you.")
            )
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Sign in to Zoho"))
        self.setup_link.setVisible(not self_client)
        self.mode_hint.setVisible(bool(self.mode_hint.text()))
        self.data_center.setAccessibleDescription(self.data_center_hint.text())
        # A data center the firm locked needs no advice on choosing one.
        dc_locked = bool(self.preset and self.preset.is_locked("data_center"))
        self.data_center_hint.setVisible(not dc_locked)
        self.completeChanged.emit()

    def _scopes_changed(self, *_args: object) -> None:
        self.self_client.set_scopes(self.chosen_scopes())

    def _code_changed(self, text: str) -> None:
        # The countdown runs from the paste (or the last change to the code).
        code = validation.clean_grant_code(text)
        if code != self._last_code:
            self._last_code = code
            self._code_pasted_at = self.clock() if code else None
            if code and code != self._spent_code and self.code.note is not None:
                self.code.note.setVisible(False)

    def _secret_changed(self, text: str) -> None:
        # A secret from the firm's preset is never shown, not even on request.
        preset = self.preset
        from_preset = bool(preset and preset.client_secret and text == preset.client_secret)
        self.reveal.setVisible(not from_preset)
        if from_preset and self.reveal.isChecked():
            self.reveal.setChecked(False)

    def _watch_lock(self, widget: QWidget) -> None:
        # Belt and braces: even a change that slips past the read-only guard (an
        # accessibility action, say) is put back at once.
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda *_: self._enforce_locks())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: self._enforce_locks())

    def _enforce_locks(self) -> None:
        preset = self.preset
        if preset is None or self._enforcing:
            return
        self._enforcing = True
        try:
            self._apply_preset_values(preset, only_locked=True)
        finally:
            self._enforcing = False

    _enforcing = False

    def apply_preset(self, preset: Preset | None) -> None:
        """Fill the fields a preset sets and lock the locked ones."""
        self.preset = preset
        if preset is None:
            return
        self._enforcing = True  # the values below are the preset's own
        try:
            self._apply_preset_values(preset, only_locked=False)
        finally:
            self._enforcing = False
        who = preset.locked_by_text
        for name, field in (
            ("client_id", self.client_id),
            ("client_secret", self.client_secret),
            ("redirect_uri", self.redirect_uri),
            ("connection_name", self.name),
        ):
            locked = preset.is_locked(name) and getattr(preset, name) is not None
            field.edit.setReadOnly(locked)
            field.edit.setProperty("locked", "true" if locked else "false")
            field.edit.style().unpolish(field.edit)
            field.edit.style().polish(field.edit)
            if field.lock is not None:
                field.lock.show_for(who if locked else None)
        for name, widgets, lock in (
            ("data_center", [self.data_center], self.data_center_lock),
            ("use_pkce", [self.use_pkce], self.use_pkce_lock),
            (
                "scopes",
                [self.full_access, self.show_email, *self.access.values()],
                self.access_lock,
            ),
        ):
            locked = preset.is_locked(name) and getattr(preset, name) is not None
            for widget in widgets:
                set_read_only(widget, locked, self._guard)
            lock.show_for(who if locked else None)
        self._mode_changed(self.is_self_client())  # hints that depend on the locks
        pattern = preset.connection_name or ""
        if ORGANIZATION_PLACEHOLDER in pattern and self.name.note is not None:
            self.name.note.setText(
                self.tr(
                    "“{placeholder}” becomes the name of the organization you choose at the end."
                ).format(placeholder=ORGANIZATION_PLACEHOLDER)
            )
            self.name.note.setVisible(True)
        if preset.client_secret:
            self._secret_changed(self.client_secret.edit.text())
        locked_names = sorted(n for n in preset.locked if getattr(preset, n, None) is not None)
        self.preset_banner.set_kind("info")
        self.preset_banner.set_text(
            self.tr("Your firm has filled in some of these details"),
            self.tr("Fields marked with a lock are set by {who} and can't be changed here.").format(
                who=preset.set_by or self.tr("your firm's administrator")
            )
            if locked_names
            else self.tr("You can change them if you need to."),
        )
        self.preset_banner.setVisible(True)
        self._scopes_changed()
        for field in self.fields:
            if field.edit.text():
                field.touched = True
                field.edit.setCursorPosition(0)
            self._refresh(field)

    def _apply_preset_values(self, preset: Preset, *, only_locked: bool) -> None:
        def wanted(name: str) -> bool:
            return getattr(preset, name) is not None and (not only_locked or preset.is_locked(name))

        for name, field in (
            ("client_id", self.client_id),
            ("client_secret", self.client_secret),
            ("redirect_uri", self.redirect_uri),
        ):
            if wanted(name) and field.edit.text() != getattr(preset, name):
                field.edit.setText(getattr(preset, name))
        if not only_locked and preset.connection_name is not None:
            # A name (or an unfinished "… {organization}" one) that is taken gets a number,
            # so a locked name never blocks the page.
            self.name.edit.setText(access.free_name(preset.connection_name, self._existing_names()))
        if wanted("data_center"):
            index = self.data_center.findData(preset.data_center)
            if index >= 0 and self.data_center.currentIndex() != index:
                self.data_center.setCurrentIndex(index)
        if wanted("use_pkce") and self.use_pkce.isChecked() != bool(preset.use_pkce):
            self.use_pkce.setChecked(bool(preset.use_pkce))
        if wanted("scopes") and preset.scopes is not None:
            choices = access.choices_for(preset.scopes)
            mapped = choices is not None
            self.full_access.setVisible(mapped)
            self.modules_box.setVisible(mapped)
            self.show_email.setVisible(mapped)
            self.preset_scopes.setVisible(not mapped)
            self.preset_scopes_note.setVisible(not mapped)
            if choices is None:
                self.preset_scopes.setPlainText("\n".join(preset.scopes))
                return
            self._show_choices(choices)

    def _preset_scope_list(self) -> tuple[str, ...] | None:
        """The preset's scopes when the page can't show them as choices."""
        if self.preset_scopes.isVisibleTo(self) and self.preset and self.preset.scopes:
            return scope_catalog.dedupe(self.preset.scopes)
        return None

    def code_value(self) -> str:
        """The pasted Self Client code, without the spaces and line breaks of copying."""
        return self.code.value()

    # --- reading ------------------------------------------------------------------------

    def chosen_scopes(self) -> tuple[str, ...]:
        """The scopes the current choices ask for."""
        verbatim = self._preset_scope_list()
        if verbatim is not None:
            return verbatim
        return access.scopes_for(self.access_choices())

    def access_choices(self) -> access.AccessChoices:
        """The access controls as a value."""
        levels = {key: str(combo.currentData()) for key, combo in self.access.items()}
        return access.AccessChoices(
            self.full_access.isChecked(), levels, self.show_email.isChecked()
        )

    def _show_choices(self, choices: access.AccessChoices) -> None:
        if self.full_access.isChecked() != choices.full:
            self.full_access.setChecked(choices.full)
        if self.show_email.isChecked() != choices.show_email:
            self.show_email.setChecked(choices.show_email)
        for key, level in choices.levels.items():
            combo = self.access[key]
            index = combo.findData(level)
            if index >= 0 and combo.currentIndex() != index:
                combo.setCurrentIndex(index)

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

    def active_fields(self) -> tuple[_Field, ...]:
        """The fields the chosen way in needs (no redirect address for a Self Client)."""
        if self.is_self_client():
            return (self.name, self.client_id, self.client_secret, self.code)
        return self.fields

    def problems(self) -> list[str]:
        """Every field problem, in form order (empty when the form is valid)."""
        return [p for p in (f.problem() for f in self.active_fields()) if p]

    def storage_ready(self) -> bool:
        """Whether it is settled where the keys will go."""
        status = self.ui.keyring if self.ui else None
        if status is None:
            return False
        return status.usable or self.session_only.isChecked()

    def isComplete(self) -> bool:
        return not self.problems() and self.storage_ready()

    def validatePage(self) -> bool:
        for field in self.active_fields():
            field.touched = True
            self._refresh(field)
        if self.isComplete():
            status = self.ui.keyring if self.ui else None
            session_only = bool(status and not status.usable and self.session_only.isChecked())
            if self.is_self_client():
                code = self.code_value()
                pasted_at = self._code_pasted_at or self.clock()
                self._spent_code = code
                self.selfClientSubmitted.emit(
                    self.details(),
                    code,
                    pasted_at,
                    self.self_client.lifetime_seconds(),
                    session_only,
                )
            else:
                self.submitted.emit(self.details(), session_only)
        return False

    # --- rendering ----------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
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
                ).format(problem=core_text(status.problem)),
            )
            self.session_only.setVisible(True)
        self.self_client.set_practice(ui.practice)
        if ui.preset_error is not None:
            title, text = preset_problem(ui.preset_error)
            self.preset_banner.set_kind("warning")
            self.preset_banner.set_text(title, text)
            self.preset_banner.setVisible(True)
        if not self._preset_applied:
            self._preset_applied = True
            self.apply_preset(ui.preset)
        details = ui.flow.details
        if details is not None and self._filled_from is not details:
            self._filled_from = details
            self._fill(details)
            if self.preset is not None:
                self._apply_preset_values(self.preset, only_locked=True)
        if ui.flow.step is Step.DETAILS and ui.flow.self_client:
            self._offer_new_code()
        self.completeChanged.emit()

    def _offer_new_code(self) -> None:
        # Back from a Self Client attempt: that code is spent; ask for a new one.
        if not self.self_client_mode.isChecked():
            self.self_client_mode.setChecked(True)
        if self._spent_code and self.code_value() == self._spent_code:
            self.code.edit.clear()
            self.code.touched = False
            self._refresh(self.code)
            if self.code.note is not None:
                self.code.note.setText(
                    self.tr(
                        "That code was already sent to Zoho, and a code works only once. "
                        "Generate a new one in the API console and paste it here."
                    )
                )
                self.code.note.setVisible(True)

    def _fill(self, details: ConnectionDetails) -> None:
        self.name.edit.setText(details.name)
        self.client_id.edit.setText(details.client_id)
        self.client_secret.edit.setText(details.client_secret)
        self.redirect_uri.edit.setText(details.redirect_uri)
        self.use_pkce.setChecked(details.use_pkce)
        index = self.data_center.findData(details.data_center)
        if index >= 0:
            self.data_center.setCurrentIndex(index)
        self._show_choices(access.nearest_choices(details.scopes))
