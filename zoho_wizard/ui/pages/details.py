"""The details page: the firm's app, what the tools may do, and (behind Advanced) the rest.

With the firm's complete setup the page is one card and the main button; otherwise it
stacks the sections of :mod:`zoho_wizard.ui.details` (each owns its controls, their checks
and how they show the state), lets :class:`PresetLocks` fill and lock them from a partial
setup, and turns the main button into one of its two submissions, or, when something is
missing, into saying what and moving the keyboard there.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from zoho_wizard.core import access, setup_file
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.core.flow import Step
from zoho_wizard.core.preset import Preset
from zoho_wizard.core.saved import blank_details, new_connection_name
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.details.access_choices import AccessSection
from zoho_wizard.ui.details.advanced import AdvancedSection
from zoho_wizard.ui.details.banners import DetailsBanners
from zoho_wizard.ui.details.card import SetupCard
from zoho_wizard.ui.details.credentials import CredentialsSection
from zoho_wizard.ui.details.data_center import DataCenterField
from zoho_wizard.ui.details.field import TextField
from zoho_wizard.ui.details.preset_locks import PresetLocks
from zoho_wizard.ui.details.self_client import SelfClientPanel
from zoho_wizard.ui.details.way_in import WayInChoice
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.widgets import scrolling_body


def ask_for_setup_file(parent: QWidget) -> str:
    """The setup file the person picks ("" when they cancel)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DetailsPage", "Open setup file"),
        "",
        QCoreApplication.translate("DetailsPage", "Setup files (*{suffix});;All files (*)").format(
            suffix=setup_file.SUFFIX
        ),
    )
    return path


class DetailsPage(StatePage):
    """Collects the connection's details, or, with the firm's complete setup, shows it as
    one card: then "Sign in to Zoho" is all there is to do.

    Without a complete setup: the app's ID and secret, what the firm's tools may do (one
    line, with "Change…"), and Advanced: other ways to connect (a code from the API
    console, i.e. a Self Client), where the app was registered, the redirect address and
    the client type. The connection is not named here: a new one is named after its
    organization (renamable on the last page), a reconnect keeps its name. A partial
    setup fills fields and locks some of them (plain text, with "Set by …").

    The main button is never disabled: pressing it with something missing shows what,
    under the field, and moves the keyboard there.

    Signals:
        submitted(object, bool): the details (ConnectionDetails) and whether the person
            chose to keep this connection for this session only.
        copyRequested(str): copy this text (the redirect address, the scope list).
        selfClientSubmitted(object, str, float, bool): the details, the pasted code, its
            lifetime in seconds, and "session only".
        deviceSubmitted(object, bool): as ``submitted``, to sign in on another device.
        consoleCodeEntered(str): the pasted code changed (its countdown starts now).
        consoleRequested(str, object): open the API console for this data center (to
            generate a code for these scopes).
        setupHelpRequested(): show "Before you start" (how the admin sets the app up).
        setupFileChosen(str): open this setup file ("Use a different setup…").
        actionTriggered(object): a setup file's problem's button (an Action).
    """

    step = Step.DETAILS
    submitted = Signal(object, bool)
    deviceSubmitted = Signal(object, bool)
    copyRequested = Signal(str)
    setupHelpRequested = Signal()
    selfClientSubmitted = Signal(object, str, float, bool)
    consoleRequested = Signal(str, object)
    consoleCodeEntered = Signal(str)
    setupFileChosen = Signal(str)
    actionTriggered = Signal(object)

    def __init__(
        self,
        practice_hint: PracticeHint | None = None,
        existing_names: Callable[[], frozenset[str]] = frozenset,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        self.existing_names = existing_names
        self.ask_setup_path: Callable[[QWidget], str] = ask_for_setup_file
        self._filled_from: object | None = None
        self._applied: Preset | None = None
        self._submit_pending = False  # pressed before the password store was checked
        self._pending_device = False
        self.scroller, body = scrolling_body(self, self.tr("Connection details"), spacing=14)
        self.banners = DetailsBanners(practice_hint)
        self.card = SetupCard()
        self.credentials = CredentialsSection()
        self.access_section = AccessSection()
        self.self_client = SelfClientPanel()
        self.redirect_section = AdvancedSection(WayInChoice(), DataCenterField(), self.self_client)
        self.way_in = self.redirect_section.way_in
        self.data_center_field = self.redirect_section.data_center
        for spacing, section in (
            (0, self.banners),
            (4, self.card),
            (4, self.credentials),
            (10, self.access_section),
            (10, self.redirect_section),
        ):
            if spacing:
                body.addSpacing(spacing)
            body.addWidget(section)
        body.addStretch(1)
        self.presets = PresetLocks(
            self.credentials, self.access_section, self.redirect_section, self
        )
        self._expose_controls()
        self._connect_sections()
        self._show_card(False)
        self._mode_changed(False)
        self._scopes_changed()
        self._set_tab_order()

    def _expose_controls(self) -> None:
        """The sections' controls under the page's names (the wizard, the autopilot, the
        screenshot script and the tests reach them there)."""
        banners, credentials = self.banners, self.credentials
        access_section, advanced = self.access_section, self.redirect_section
        self.practice_banner = banners.practice_banner
        self.fill_button = banners.fill_button
        self.keyring_banner = banners.keyring_banner
        self.session_only = banners.session_only
        self.preset_banner = banners.preset_banner
        self.setup_banner = banners.setup_banner
        self.sign_in_mode = self.way_in.sign_in_mode
        self.self_client_mode = self.way_in.self_client_mode
        self.client_hint = credentials.client_hint
        self.setup_link = credentials.setup_link
        self.data_center = self.data_center_field.data_center
        self.data_center_lock = self.data_center_field.lock
        self.data_center_hint = self.data_center_field.hint
        self.client_id = credentials.client_id
        self.client_secret = credentials.client_secret
        self.reveal = credentials.reveal
        self.access_lock = access_section.access_lock
        self.access_summary = access_section.summary
        self.change_access = access_section.change_button
        self.preset_scopes = access_section.preset_scopes
        self.full_access = access_section.full_access
        self.modules_box = access_section.modules_box
        self.access = access_section.access
        self.code = self.self_client.code
        self.redirect_note = advanced.redirect_note
        self.redirect_shown = advanced.redirect_shown
        self.copy_button = advanced.copy_button
        self.advanced_toggle = advanced.advanced_toggle
        self.advanced = advanced.advanced
        self.redirect_uri = advanced.redirect_uri
        self.use_pkce = advanced.use_pkce
        # The fields of signing in, in form order (a Self Client swaps the redirect
        # address for its code: see active_fields).
        self.fields: tuple[TextField, ...] = (self.client_id, self.client_secret, self.redirect_uri)
        self.helps: dict[str, HelpButton] = {  # "What is …?" buttons, by field
            "data_center": self.data_center_field.help,
            "access": access_section.help,
            "redirect": advanced.redirect_help,
            "use_pkce": advanced.use_pkce_help,
            "expiry": self.self_client.expiry_help,
        }

    def _connect_sections(self) -> None:
        self.banners.fillRequested.connect(self.fill_practice)
        self.banners.sessionOnlyChanged.connect(self.completeChanged)
        self.banners.actionTriggered.connect(self.actionTriggered)
        self.card.otherSetupRequested.connect(self._choose_setup_file)
        self.card.deviceRequested.connect(lambda: self._submit(device=True))
        self.way_in.modeChanged.connect(self._mode_changed)
        self.credentials.setupHelpRequested.connect(self.setupHelpRequested)
        self.access_section.scopesChanged.connect(self._scopes_changed)
        self.self_client.copyRequested.connect(self.copyRequested)
        self.self_client.codeEntered.connect(self.consoleCodeEntered)
        self.self_client.consoleRequested.connect(
            lambda: self.consoleRequested.emit(self.data_center_field.value(), self.chosen_scopes())
        )
        self.redirect_section.copyRequested.connect(self.copyRequested)

    def _set_tab_order(self) -> None:
        """Tab follows the page from top to bottom; each "What is …?" follows its field."""
        chain: list[QWidget] = [
            *self.banners.tab_chain(),
            *self.card.tab_chain(),
            *self.credentials.tab_chain(),
            *self.access_section.tab_chain(),
            *self.redirect_section.tab_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the card or the form ---------------------------------------------------------------

    def shows_card(self) -> bool:
        """True when the firm's complete setup is shown as one card (no form)."""
        return self.card.isVisibleTo(self)

    def _show_card(self, card: bool) -> None:
        self.card.setVisible(card)
        for section in (self.credentials, self.access_section, self.redirect_section):
            section.setVisible(not card)
        self.banners.set_form_shown(not card)
        self._word_heading()

    def _choose_setup_file(self) -> None:
        path = self.ask_setup_path(self)
        if path:
            self.setupFileChosen.emit(path)

    # --- the way in -----------------------------------------------------------------------

    def is_self_client(self) -> bool:
        """True when the person chose to paste a code from the API console."""
        return self.way_in.is_self_client()

    def _mode_changed(self, self_client: bool) -> None:
        self.redirect_section.set_mode(self_client=self_client)
        self.credentials.set_mode(self_client=self_client)
        if self_client:
            self.redirect_section.open()
        self._word_heading()
        self.completeChanged.emit()

    def _word_heading(self) -> None:
        if self.is_self_client():
            subtitle = self.tr(
                "Enter your Self Client's ID and secret, choose what your tools may do, "
                "then paste a code from Zoho's API console."
            )
            next_text = self.tr("Co&nnect")
        elif self.way_in.is_device():
            subtitle = self.tr(
                "Choose what your tools may do, then approve with a code on your phone or "
                "another computer."
            )
            next_text = self.tr("&Show a code")
        elif self.card.isVisibleTo(self):
            subtitle = self.tr(
                "Your firm has set everything up. Sign in with your Zoho account to connect."
            )
            next_text = self.tr("&Sign in to Zoho")
        else:
            subtitle = self.tr(
                "Enter the app your firm's IT admin registered in Zoho, then sign in to Zoho."
            )
            next_text = self.tr("&Sign in to Zoho")
        self.set_heading(self.heading or self.tr("Connect to Zoho Books"), subtitle)
        self.setButtonText(QWizard.WizardButton.NextButton, next_text)

    def _scopes_changed(self) -> None:
        self.self_client.set_scopes(self.chosen_scopes())

    def code_value(self) -> str:
        """The pasted Self Client code, without the spaces and line breaks of copying."""
        return self.self_client.code_value()

    # --- the firm's preset and practice -----------------------------------------------------

    @property
    def preset(self) -> Preset | None:
        """The firm's preset the page was filled from, if any."""
        return self.presets.preset

    def apply_preset(self, preset: Preset | None) -> None:
        """Fill the fields a preset sets and lock the locked ones; a complete setup is
        shown as one card."""
        if self._applied is not None:  # another setup replaces this one: start afresh
            self.presets.release()
            self._fill(blank_details(self.existing_names()))
        self._applied = preset
        self.presets.apply(preset)
        complete = setup_file.is_complete(preset)
        if preset is not None:
            self.banners.show_preset(preset)
            self._scopes_changed()
            self.card.show_setup(preset, self.chosen_scopes())
            for field in self.fields:
                field.settle()
        self._show_card(complete)

    def data_center_locked(self) -> bool:
        """Whether the firm's preset fixed the data center."""
        return self.data_center_field.is_locked()

    def fill_practice(self) -> None:
        """Put the practice app's details into the form."""
        hint = self.practice_hint
        if hint is None:
            return
        self.credentials.fill_practice(hint)  # a preset's locked values stay
        self.redirect_section.fill_practice(hint)
        for field in self.fields:
            field.edit.setCursorPosition(0)  # show the start of long values
            field.touch()

    # --- reading ------------------------------------------------------------------------

    def chosen_scopes(self) -> tuple[str, ...]:
        """The scopes the current choices ask for."""
        return self.access_section.chosen_scopes()

    def access_choices(self) -> access.AccessChoices:
        """The access controls as a value."""
        return self.access_section.choices()

    def connection_name(self) -> str:
        """A reconnect's own name; else the name a new connection is saved under until
        its organization names it (or the firm's pattern)."""
        ui = self.ui
        if ui is not None and ui.flow.reconnect_of:
            return ui.flow.reconnect_of
        pattern = self.preset.connection_name if self.preset is not None else None
        return new_connection_name(pattern, self.existing_names())

    def details(self) -> ConnectionDetails:
        """The form as a value (trimmed)."""
        return ConnectionDetails(
            name=self.connection_name(),
            client_id=self.client_id.value(),
            client_secret=self.client_secret.value(),
            data_center=self.data_center_field.value(),
            scopes=self.chosen_scopes(),
            redirect_uri=self.redirect_uri.value(),
            use_pkce=self.use_pkce.isChecked(),
        )

    def active_fields(self) -> tuple[TextField, ...]:
        """The fields the chosen way in needs (no redirect address for a Self Client)."""
        if self.is_self_client():
            return (self.client_id, self.client_secret, self.code)
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
        # Never a silently disabled main button: pressing it says what is missing.
        return True

    def validatePage(self) -> bool:
        self._submit(device=self.way_in.is_device())
        return False

    def _submit(self, *, device: bool) -> None:
        """Send the details on, in the way chosen (``device``: to sign in on another
        device), unless something must be corrected first."""
        self._pending_device = device  # (for a press before the password store was checked)
        if self._point_out_problem():
            return
        status = self.ui.keyring if self.ui else None
        session_only = bool(status and not status.usable and self.session_only.isChecked())
        if device and not self.is_self_client():
            self.deviceSubmitted.emit(self.details(), session_only)
        elif self.is_self_client():
            self.selfClientSubmitted.emit(
                self.details(),
                self.self_client.code_value(),
                self.self_client.lifetime_seconds(),
                session_only,
            )
        else:
            self.submitted.emit(self.details(), session_only)

    def _point_out_problem(self) -> bool:
        """Something is missing or wrong: say what, under it, and move the keyboard there
        (opening what hides it). True when something was."""
        for field in self.active_fields():
            field.touch()
        wrong = next((f for f in self.active_fields() if f.problem()), None)
        if wrong is not None:
            if self.shows_card():  # the setup lacks it after all: the form asks for it
                self._show_card(False)
            if wrong in (self.redirect_uri, self.code):
                self.redirect_section.open()
            wrong.point_out()
            self.scroller.ensureWidgetVisible(wrong)
            return True
        if self.ui is None or self.ui.keyring is None:
            # Pressed while the password store is still being checked: go on once it is.
            self._submit_pending = True
            return True
        if not self.storage_ready():  # nowhere safe: only "session only" lets it go on
            self.session_only.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(self.session_only)
            return True
        return False

    # --- rendering ----------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        if ui.preset is not self._applied:
            self.apply_preset(ui.preset)
        details = ui.flow.details
        if details is not None and self._filled_from is not details:
            self._filled_from = details
            self._fill(details)
            self.presets.restore()
            if self.presets.preset is not None:
                self.card.show_setup(self.presets.preset, self.chosen_scopes())
        self.banners.render_state(ui)
        self.way_in.render_state(ui)
        if self.is_self_client():  # back from a Self Client attempt: keep it in view
            if self.shows_card():
                self._show_card(False)
            self.redirect_section.open()
        self.self_client.render_state(ui)
        self.completeChanged.emit()
        if self._submit_pending and ui.keyring is not None and ui.flow.step is Step.DETAILS:
            self._submit_pending = False
            self._submit(device=self._pending_device)

    def _fill(self, details: ConnectionDetails) -> None:
        self.credentials.fill(details)
        self.redirect_section.fill(details)
        self.access_section.fill(details)
