"""The details page: which Zoho client, which data center, what access, where keys go.

The page stacks the sections of :mod:`zoho_wizard.ui.details` (each owns its controls,
their checks and how they show the state), lets :class:`PresetLocks` fill and lock them
from a firm's preset, and turns Next into one of its two submissions.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from zoho_wizard.core import access
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.core.flow import Step
from zoho_wizard.core.preset import Preset
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.details.access_choices import AccessSection
from zoho_wizard.ui.details.advanced import AdvancedSection
from zoho_wizard.ui.details.banners import DetailsBanners
from zoho_wizard.ui.details.connection import ConnectionSection
from zoho_wizard.ui.details.credentials import CredentialsSection
from zoho_wizard.ui.details.field import TextField, tab_pair
from zoho_wizard.ui.details.preset_locks import PresetLocks
from zoho_wizard.ui.details.way_in import WayInChoice
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.self_client import SelfClientPanel
from zoho_wizard.ui.widgets import scrolling_body


class DetailsPage(StatePage):
    """Collects the connection's details and checks them as they are typed.

    Two ways in: "Sign in to Zoho" (the embedded sign-in, the usual one) and "Use a code
    from the API console" (Self Client: a pasted code, no sign-in page, no redirect). A
    firm's preset fills fields and locks some of them (read-only, with "Set by …").

    Signals:
        submitted(object, bool): the details (ConnectionDetails) and whether the person
            chose to keep this connection for this session only.
        copyRequested(str): copy this text (the redirect address, the scope list).
        selfClientSubmitted(object, str, float, bool): the details, the pasted code, its
            lifetime in seconds, and "session only".
        consoleCodeEntered(str): the pasted code changed (its countdown starts now).
        consoleRequested(str, object): open the API console for this data center (to
            generate a code for these scopes).
        setupHelpRequested(): show "Before you start" (how the admin sets the client up).
    """

    step = Step.DETAILS
    submitted = Signal(object, bool)
    copyRequested = Signal(str)
    setupHelpRequested = Signal()
    selfClientSubmitted = Signal(object, str, float, bool)
    consoleRequested = Signal(str, object)
    consoleCodeEntered = Signal(str)

    def __init__(
        self,
        practice_hint: PracticeHint | None = None,
        existing_names: Callable[[], frozenset[str]] = frozenset,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice_hint = practice_hint
        self._filled_from: object | None = None
        self._preset_applied = False
        self.scroller, body = scrolling_body(self, self.tr("Connection details"), spacing=14)
        self.banners = DetailsBanners(practice_hint)
        self.way_in = WayInChoice()
        self.connection = ConnectionSection(existing_names)
        self.credentials = CredentialsSection(self.connection)
        self.access_section = AccessSection()
        self.self_client = SelfClientPanel()
        self.redirect_section = AdvancedSection()
        self.self_client.setVisible(False)
        for spacing, section in (
            (0, self.banners),
            (4, self.way_in),
            (4, self.credentials),
            (8, self.access_section),
            (8, self.self_client),
            (8, self.redirect_section),
        ):
            if spacing:
                body.addSpacing(spacing)
            body.addWidget(section)
        body.addStretch(1)
        self.presets = PresetLocks(
            self.connection, self.credentials, self.access_section, self.redirect_section, self
        )
        self._expose_controls()
        self._connect_sections()
        self._mode_changed(False)
        self._scopes_changed()
        self._set_tab_order()

    def _expose_controls(self) -> None:
        """The sections' controls under the page's names (the wizard, the autopilot, the
        screenshot script and the tests reach them there)."""
        banners, credentials = self.banners, self.credentials
        access_section, redirect = self.access_section, self.redirect_section
        self.practice_banner = banners.practice_banner
        self.fill_button = banners.fill_button
        self.keyring_banner = banners.keyring_banner
        self.session_only = banners.session_only
        self.preset_banner = banners.preset_banner
        self.sign_in_mode = self.way_in.sign_in_mode
        self.self_client_mode = self.way_in.self_client_mode
        self.name = self.connection.name
        self.client_hint = credentials.client_hint
        self.setup_link = credentials.setup_link
        self.data_center = credentials.data_center
        self.data_center_lock = credentials.data_center_lock
        self.data_center_hint = credentials.data_center_hint
        self.client_id = credentials.client_id
        self.client_secret = credentials.client_secret
        self.reveal = credentials.reveal
        self.access_lock = access_section.access_lock
        self.preset_scopes = access_section.preset_scopes
        self.full_access = access_section.full_access
        self.modules_box = access_section.modules_box
        self.access = access_section.access
        self.show_email = access_section.show_email
        self.code = self.self_client.code
        self.redirect_note = redirect.redirect_note
        self.redirect_shown = redirect.redirect_shown
        self.copy_button = redirect.copy_button
        self.advanced_toggle = redirect.advanced_toggle
        self.advanced = redirect.advanced
        self.redirect_uri = redirect.redirect_uri
        self.use_pkce = redirect.use_pkce
        # The fields of signing in, in form order (a Self Client swaps the redirect
        # address for its code: see active_fields).
        self.fields: tuple[TextField, ...] = (
            self.name,
            self.client_id,
            self.client_secret,
            self.redirect_uri,
        )
        self.helps: dict[str, HelpButton] = {  # "What is …?" buttons, by field
            "data_center": credentials.data_center_help,
            "access": access_section.help,
            "redirect": redirect.redirect_help,
            "use_pkce": redirect.use_pkce_help,
            "expiry": self.self_client.expiry_help,
        }

    def _connect_sections(self) -> None:
        self.banners.fillRequested.connect(self.fill_practice)
        self.banners.sessionOnlyChanged.connect(self.completeChanged)
        self.way_in.modeChanged.connect(self._mode_changed)
        self.credentials.setupHelpRequested.connect(self.setupHelpRequested)
        self.access_section.scopesChanged.connect(self._scopes_changed)
        self.self_client.copyRequested.connect(self.copyRequested)
        self.self_client.codeEntered.connect(self.consoleCodeEntered)
        self.self_client.consoleRequested.connect(
            lambda: self.consoleRequested.emit(
                self.credentials.data_center_id(), self.chosen_scopes()
            )
        )
        self.redirect_section.copyRequested.connect(self.copyRequested)
        for field in (*self.fields, self.code):
            field.changed.connect(self.completeChanged)

    def _set_tab_order(self) -> None:
        """Tab follows the page from top to bottom; each "What is …?" follows its field."""
        chain: list[QWidget] = [
            *self.banners.tab_chain(),
            *self.way_in.tab_chain(),
            *self.credentials.tab_chain(tab_pair(self.name)),
            *self.access_section.tab_chain(),
            *self.self_client.tab_chain(),
            *self.redirect_section.tab_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the way in -----------------------------------------------------------------------

    def is_self_client(self) -> bool:
        """True when the person chose to paste a code from the API console."""
        return self.way_in.is_self_client()

    def _mode_changed(self, self_client: bool) -> None:
        self.self_client.setVisible(self_client)
        self.redirect_section.setVisible(not self_client)
        if self_client:
            subtitle = self.tr(
                "Enter your Self Client's ID and secret, choose what your tools may do, "
                "then paste a code from Zoho's API console."
            )
            next_text = self.tr("Co&nnect")
        else:
            subtitle = self.tr(
                "Enter the client your firm registered in Zoho's API console, choose what "
                "your tools may do, then sign in to Zoho."
            )
            next_text = self.tr("&Sign in to Zoho")
        self.set_heading(self.tr("Connect to Zoho Books"), subtitle)
        self.setButtonText(QWizard.WizardButton.NextButton, next_text)
        self.credentials.set_mode(self_client=self_client)
        self.completeChanged.emit()

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
        """Fill the fields a preset sets and lock the locked ones."""
        self.presets.apply(preset)
        if preset is None:
            return
        self.banners.show_preset(preset)
        self._scopes_changed()
        for field in self.fields:
            field.settle()

    def data_center_locked(self) -> bool:
        """Whether the firm's preset fixed the data center."""
        return self.credentials.data_center_locked()

    def fill_practice(self) -> None:
        """Put the practice client's details into the form."""
        hint = self.practice_hint
        if hint is None:
            return
        self.credentials.fill_practice(hint)  # a preset's locked values stay
        self.redirect_section.fill_practice(hint)
        self.connection.fill_practice()
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

    def details(self) -> ConnectionDetails:
        """The form as a value (trimmed)."""
        return ConnectionDetails(
            name=self.name.value(),
            client_id=self.client_id.value(),
            client_secret=self.client_secret.value(),
            data_center=self.credentials.data_center_id(),
            scopes=self.chosen_scopes(),
            redirect_uri=self.redirect_uri.value(),
            use_pkce=self.use_pkce.isChecked(),
        )

    def active_fields(self) -> tuple[TextField, ...]:
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
            field.touch()
        if self.isComplete():
            status = self.ui.keyring if self.ui else None
            session_only = bool(status and not status.usable and self.session_only.isChecked())
            if self.is_self_client():
                self.selfClientSubmitted.emit(
                    self.details(),
                    self.self_client.code_value(),
                    self.self_client.lifetime_seconds(),
                    session_only,
                )
            else:
                self.submitted.emit(self.details(), session_only)
        return False

    # --- rendering ----------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        self.banners.render_state(ui)
        if not self._preset_applied:
            self._preset_applied = True
            self.apply_preset(ui.preset)
        details = ui.flow.details
        if details is not None and self._filled_from is not details:
            self._filled_from = details
            self._fill(details)
            self.presets.restore()
        self.way_in.render_state(ui)
        self.self_client.render_state(ui)
        self.completeChanged.emit()

    def _fill(self, details: ConnectionDetails) -> None:
        self.connection.fill(details)
        self.credentials.fill(details)
        self.redirect_section.fill(details)
        self.access_section.fill(details)
