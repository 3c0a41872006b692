"""The one object that changes the wizard's state.

Pages emit intents ("the person submitted these details", "the browser caught this URL");
the controller applies the matching :mod:`zoho_wizard.core.flow` transition, starts any
blocking work on the :class:`~zoho_wizard.ui.worker.Worker`, and announces every new
state with :attr:`WizardController.stateChanged`. Nothing else writes the state.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from zoho_wizard.core import errors, http, store, timings
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core.authorize import (
    AuthRequest,
    begin_authorization,
    parse_callback,
)
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER, by_id
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.own_browser import (
    OwnBrowserPhase,
    OwnBrowserState,
    federated_provider,
    is_loopback_redirect,
)
from zoho_wizard.core.preset import Preset, PresetError
from zoho_wizard.core.screen import ScreenState, wait_seconds_left
from zoho_wizard.core.store import (
    KeyringSecretStore,
    KeyringStatus,
    MemorySecretStore,
    Profile,
    ProfileStore,
    SecretStore,
    keyring_status,
)
from zoho_wizard.ui.connections import (
    SavedConnections,
    blank_details,
    details_from_profile,
    read_client_secret,
    salvaged_details,
)
from zoho_wizard.ui.own_browser import OwnBrowserSession
from zoho_wizard.ui.preset_view import name_after_organization
from zoho_wizard.ui.worker import Worker, unexpected_error

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # (the connection machinery loads when the details are submitted)
    from zoho_wizard.core.books import Organization
    from zoho_wizard.core.connect import Connector
    from zoho_wizard.core.tokens import TokenSet

    # What the exchange job gives back: the keys, and the saved connection (or why
    # saving failed), or None when they are not saved yet (a reconnect).
    Exchanged = tuple[TokenSet, Profile | errors.ZohoWizardError | None]

Action = errors.Action


class WizardController(QObject):
    """Owns the :class:`~zoho_wizard.core.flow.WizardState` and applies transitions.

    Args:
        endpoints: Where the accounts servers are (Zoho, or the practice sandbox).
        profiles: The connections file.
        secrets_factory: Makes the secure store used when the keyring is usable.
        clock: Epoch seconds; injected by tests to drive the countdown.
        probe_keyring: Checks the password store (run once, off the GUI thread).
        open_url: Opens a web address in the person's browser.
        copy_text: Puts text on the clipboard.
        preset: The firm's preset (fills and locks fields, limits organizations).
        preset_error: Why a preset file could not be used (shown on the details page).
    """

    stateChanged = Signal(object)

    def __init__(
        self,
        endpoints: Endpoints,
        profiles: ProfileStore,
        *,
        secrets_factory: Callable[[], SecretStore] = KeyringSecretStore,
        clock: Callable[[], float] = time.time,
        probe_keyring: Callable[[], KeyringStatus] = keyring_status,
        open_url: Callable[[str], Any] | None = None,
        copy_text: Callable[[str], None] | None = None,
        preset: Preset | None = None,
        preset_error: PresetError | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.endpoints = endpoints
        self.profiles = profiles
        self.secrets_factory = secrets_factory
        self.clock = clock
        self._probe_keyring = probe_keyring
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._copy_text = copy_text or (lambda text: QGuiApplication.clipboard().setText(text))
        self.worker = Worker(self)
        self._connector: Connector | None = None
        # With saved connections (or a damaged file to explain) the wizard opens on them.
        self.saved = SavedConnections(
            profiles, self.worker, self.secrets_for, clock=clock, open_url=self._open_url
        )
        self._ui = ScreenState(
            wizard_flow.initial_state(self.saved.state.has_any), practice=endpoints.practice
        )
        self._reconnect_prefilled = False  # the details form holds a reconnect's values
        self._unstored_reconnect = False  # reconnect tokens held until the org is saved
        self._exchanged: set[str] = set()  # request.state values already exchanged
        self._keyring_started = False
        self._ui = replace(self._ui, preset=preset, preset_error=preset_error)
        self.own_browser = OwnBrowserSession(parent=self)
        self.own_browser.callbackReceived.connect(self._own_browser_returned)
        self.own_browser.timedOut.connect(self._own_browser_timed_out)

    @property
    def connector(self) -> Connector | None:
        """The current attempt's connector (None before the details are submitted)."""
        return self._connector

    @connector.setter
    def connector(self, connector: Connector | None) -> None:
        old, self._connector = self._connector, connector
        if old is not None and old is not connector:
            old.release_store()  # a password-store connection opened ahead, now unused

    def _new_connector(self, secrets: SecretStore, **options: Any) -> Connector:
        from zoho_wizard.core.connect import Connector  # (loaded at the first sign-in)

        return Connector(self.endpoints, self.profiles, secrets, clock=self.clock, **options)

    # --- reading -------------------------------------------------------------------------

    @property
    def ui(self) -> ScreenState:
        """The current UI state."""
        return self._ui

    @property
    def state(self) -> wizard_flow.WizardState:
        """The current flow state."""
        return self._ui.flow

    def seconds_left(self) -> float | None:
        """The caught code's remaining life, or None when no code is waiting."""
        return wizard_flow.seconds_left(self.state, self.clock())

    def existing_names(self) -> frozenset[str]:
        """Names of saved connections (a new connection must not reuse one)."""
        try:
            names = set(self.profiles.load().profiles)
        except errors.ZohoWizardError:
            return frozenset()
        if self.state.reconnect_of:
            names.discard(self.state.reconnect_of)
        return frozenset(names)

    # --- plumbing ------------------------------------------------------------------------

    def _set(self, ui: ScreenState) -> None:
        self._ui = self._settle_own_browser(ui)
        self.stateChanged.emit(self._ui)

    def _set_flow(self, state: wizard_flow.WizardState, **changes: Any) -> None:
        if state.error is not None and state.error is not self.state.error:
            changes.setdefault("failed_at", self.clock())
        self._set(replace(self._ui, flow=state, **changes))

    def _fail(self, error: errors.ZohoWizardError) -> None:
        self._set_flow(wizard_flow.failed(self.state, error))

    # --- start ---------------------------------------------------------------------------

    def start(self) -> None:
        """Check the password store once, in the background, and show the first page."""
        self._set(self._ui)
        if self._keyring_started:
            return
        self._keyring_started = True
        self.worker.start(
            "checking the password store",
            lambda _report: self._probe_keyring(),
            on_success=self._keyring_checked,
            on_failure=self._keyring_failed,
        )
        # While the person reads the first page: load the code the exchange needs.
        self.worker.start(
            "getting ready to talk to Zoho",
            lambda _report: (http.preload(), store.preload()),
            on_success=lambda _result: None,
            on_failure=lambda error: log.debug("preloading failed: %s", error.message),
        )

    def _keyring_checked(self, status: KeyringStatus) -> None:
        self._set(replace(self._ui, keyring=status))

    def _keyring_failed(self, error: errors.ZohoWizardError) -> None:
        self._set(replace(self._ui, keyring=KeyringStatus(False, "", "", error.message)))

    # --- details -> consent -------------------------------------------------------------

    def _new_request(self, details: ConnectionDetails) -> AuthRequest:
        return begin_authorization(
            accounts_url=self.endpoints.accounts_url(details.data_center),
            client_id=details.client_id,
            redirect_uri=details.redirect_uri,
            scopes=details.scopes,
            use_pkce=details.use_pkce,
        )

    def submit_details(self, details: ConnectionDetails, *, session_only: bool = False) -> None:
        """Details → consent: choose where secrets go and build a fresh request."""
        timings.mark("details_submitted")
        if self.state.step is not wizard_flow.Step.DETAILS:
            return
        keyring = self._ui.keyring
        session_only = session_only or (keyring is not None and not keyring.usable)
        secrets: SecretStore = MemorySecretStore() if session_only else self.secrets_factory()
        self.connector = self._new_connector(secrets)
        state = wizard_flow.details_submitted(self.state, details, self._new_request(details))
        self._set_flow(state, session_only=session_only, failed_at=None, secrets_place="")
        self._prepare_store()  # while the person signs in

    def _prepare_store(self) -> None:
        """Open the password store the new keys go to, in the background, ahead of time."""
        connector = self.connector
        if connector is None or self.state.reconnect_of is not None:
            return  # a reconnect saves its keys later, with the organization
        self.worker.start(
            "opening the password store",
            lambda _report: connector.prepare_store(),
            on_success=lambda _result: None,
            on_failure=lambda _error: None,
        )

    # --- consent -> finishing -----------------------------------------------------------

    def redirect_caught(self, url: str) -> None:
        """The browser caught the redirect: check it, start the countdown, exchange."""
        log.debug("redirect caught: %s", url)  # the code in it is redacted by the log filter
        if self.state.step is not wizard_flow.Step.CONSENT:
            log.info("ignoring a callback outside the consent step")
            return
        state = wizard_flow.callback_caught(
            self.state,
            parse_callback(url),
            self.clock(),
            allowed_accounts_servers=self.endpoints.allowed_accounts_servers(),
        )
        if state.phase is not wizard_flow.Phase.EXCHANGING:
            self._set_flow(state)
            return
        # The exchange starts before the window redraws: the code's seconds are running.
        self._ui = replace(self._ui, flow=state)
        self._start_exchange()
        if self.state is state:  # (when it could not start, it showed why already)
            self._set_flow(state)

    def consent_failed(self, error: errors.ZohoWizardError) -> None:
        """The consent page gave up (for example, the sign-in page never loaded)."""
        if self.state.step is wizard_flow.Step.CONSENT:
            self._set_flow(wizard_flow.consent_failed(self.state, error))

    def _start_exchange(self) -> None:
        state = self.state
        request, verified, details = state.request, state.verified, state.details
        if verified is None or details is None or self.connector is None:
            return
        if request is None and not state.self_client:
            return  # only a Self Client code is exchanged without a request
        # Exactly once per caught code (a pasted code has no request: its hash stands in).
        key = request.state if request is not None else f"self-client:{hash(verified.code)}"
        if key in self._exchanged:
            log.warning("refusing a second exchange of the same code")
            return
        self._exchanged.add(key)
        fail = self._fail_self_client if state.self_client else self._fail
        left = wizard_flow.seconds_left(state, self.clock())
        if left is not None and left <= 0:
            fail(errors.CodeExpiredError())
            return
        connector = self.connector
        deadline = wizard_flow.code_deadline(state)
        # A new connection's keys are saved by the same job, straight after the exchange:
        # no round trip through the window first. A reconnect saves them with the
        # organization (after the identity questions), so it gets the keys back only.
        store_now = state.reconnect_of is None

        def work(report: Callable[[Any], None]) -> Exchanged:
            tokens = connector.exchange(
                details, request, verified, deadline, on_retry=lambda attempt, _exc: report(attempt)
            )
            timings.mark("code_exchanged")
            if not store_now:
                return tokens, None
            try:
                return tokens, connector.store(details, verified, tokens)
            except errors.ZohoWizardError as exc:
                return tokens, exc  # the keys stay in hand: "try again" or "this session"
            except Exception:
                log.exception("unexpected failure while saving your keys")
                return tokens, unexpected_error("saving your keys")

        self.worker.start(
            "exchanging the sign-in code",
            work,
            on_success=self._exchanged_ok,
            on_failure=fail,
            on_progress=self._exchange_retrying,
        )

    def _exchange_retrying(self, attempt: int) -> None:
        if self.state.phase is wizard_flow.Phase.EXCHANGING:
            self._set_flow(wizard_flow.retrying(self.state, int(attempt)))

    def _exchanged_ok(self, result: Exchanged) -> None:
        tokens, stored = result
        self._set_flow(wizard_flow.exchange_succeeded(self.state, tokens))
        if isinstance(stored, Profile):
            self._stored(stored)
            return
        if stored is not None:
            self._fail(stored)
            return
        previous = self._reconnected_profile(tokens)
        if previous is None:
            self._start_store()
            return
        # Reconnect: ask about a changed user or organization before anything is replaced;
        # the new keys are stored (and the old one revoked) only with the organization.
        self._unstored_reconnect = True
        self._set_flow(wizard_flow.reconnect_signed_in(self.state, previous))
        self._start_organizations()

    def _reconnected_profile(self, tokens: TokenSet) -> Profile | None:
        """The saved connection being reconnected, pointed at this sign-in's servers."""
        state = self.state
        if state.reconnect_of is None or state.verified is None or state.details is None:
            return None
        try:
            previous = self.profiles.get(state.reconnect_of)
        except errors.ZohoWizardError:
            return None  # a damaged entry: store first, as for a new connection
        server = state.verified.accounts_server
        dc = (
            self.endpoints.data_center_of(server)
            or state.verified.location
            or state.details.data_center
        )
        return replace(
            previous,
            accounts_server=server,
            api_domain=self.endpoints.api_domain_for(tokens.api_domain, dc),
        )

    # --- storing, organizations ---------------------------------------------------------

    def _start_store(self) -> None:
        state = self.state
        details, tokens, verified = state.details, state.tokens, state.verified
        if details is None or tokens is None or verified is None or self.connector is None:
            return
        connector = self.connector
        self.worker.start(
            "saving your keys",
            lambda _r: connector.store(details, verified, tokens),
            on_success=self._stored,
            on_failure=self._fail,
        )

    def _stored(self, profile: Profile) -> None:
        assert self.connector is not None
        try:
            place = self.connector.secrets.describe(profile.name)
        except Exception:  # describing is cosmetic; never fail the connection over it
            log.exception("could not describe the secret store")
            place = ""
        self._set_flow(wizard_flow.stored(self.state, profile), secrets_place=place)
        self._start_organizations()

    def _start_organizations(self) -> None:
        state = self.state
        profile, tokens = state.profile, state.tokens
        if profile is None or tokens is None or self.connector is None:
            return
        connector = self.connector

        def work(_report: Callable[[Any], None]) -> tuple[list[Organization], str]:
            orgs = connector.organizations(profile, tokens)
            return orgs, connector.user_email(profile, tokens)

        self.worker.start(
            "finding your Zoho Books organizations",
            work,
            on_success=self._organizations_loaded,
            on_failure=self._fail,
        )

    def _organizations_loaded(self, result: tuple[list[Organization], str]) -> None:
        orgs, email = result
        state = wizard_flow.organizations_loaded(self.state, orgs, email)
        state = wizard_flow.limit_organizations(state, self.allowed_organizations())
        self._set_flow(state)
        if isinstance(state.error, errors.NoAllowedOrganizationError):
            self._discard_unusable_connection()

    def _discard_unusable_connection(self) -> None:
        """No organization may be chosen: revoke at Zoho and forget the connection, so
        nothing half-made is left behind (a reconnect's saved connection is untouched)."""
        if self._unstored_reconnect:
            self._discard_unstored_tokens()
            return
        profile, connector = self.state.profile, self.connector
        if profile is None or connector is None:
            return
        self.worker.start(
            "removing the connection that can't be used",
            lambda _r: connector.discard(profile),
            on_success=lambda _none: None,
            on_failure=lambda error: log.warning("discard failed: %s", type(error).__name__),
        )

    # --- organization -> done -----------------------------------------------------------

    def select_organization(self, organization_id: str) -> None:
        """The person picked a row in the organization list."""
        if self.state.step is wizard_flow.Step.ORGANIZATION and not self._ui.busy:
            if not wizard_flow.organization_choice_allowed(
                organization_id, self.allowed_organizations()
            ):
                return  # the firm's preset does not allow it
            current = self.state.organization
            if current is None or current.organization_id != organization_id:
                self._set_flow(wizard_flow.organization_selected(self.state, organization_id))

    def save_organization(self) -> None:
        """Bind the connection to the chosen organization (in the background)."""
        state = self.state
        org, profile = state.organization, state.profile
        if (
            state.step is not wizard_flow.Step.ORGANIZATION
            or org is None
            or profile is None
            or self.connector is None
            or self._ui.busy
            or wizard_flow.identity_change(state) is not None  # reconnect: ask first
        ):
            return
        connector = self.connector
        email = state.user_email
        self._set_flow(wizard_flow.saving_organization(state))
        taken = self.existing_names() - {profile.name}
        details, verified, tokens = state.details, state.verified, state.tokens
        store_first = self._unstored_reconnect

        def work(_report: Callable[[Any], None]) -> Profile:
            stored = profile
            if store_first and details and verified and tokens:
                # The person accepted this sign-in: now replace the keys (revoking the
                # superseded refresh token at Zoho).
                stored = connector.store(details, verified, tokens)
            chosen = connector.choose_organization(stored, org, email)
            # A preset's "Books – {organization}" name is completed now (other ways in).
            return name_after_organization(connector, chosen, org.name, taken)

        self.worker.start(
            "saving the organization",
            work,
            on_success=self._organization_saved,
            on_failure=self._fail,
        )

    def _organization_saved(self, profile: Profile) -> None:
        changes: dict[str, Any] = {}
        old = self.state.profile
        if self._unstored_reconnect and self.connector is not None:
            self._unstored_reconnect = False
            try:
                changes["secrets_place"] = self.connector.secrets.describe(profile.name)
            except Exception:  # describing is cosmetic
                log.exception("could not describe the secret store")
        if old is not None and old.name != profile.name and self.connector is not None:
            # Renamed from a preset's "… {organization}" pattern: the keyring items moved.
            try:
                changes["secrets_place"] = self.connector.secrets.describe(profile.name)
            except Exception:  # describing is cosmetic
                log.exception("could not describe the secret store")
        self._set_flow(wizard_flow.organization_saved(self.state, profile), **changes)

    # --- recovery -----------------------------------------------------------------------

    def back(self) -> None:
        """One step back (consent or a failed sign-in → details); details stay filled in."""
        if wizard_flow.can_go_back(self.state) or self.state.step is wizard_flow.Step.CONSENT:
            self._set_flow(wizard_flow.back(self.state), failed_at=None)

    def try_again(self) -> None:
        """Sign in again with the same details and a brand-new request."""
        details = self.state.details
        if details is None:
            self._set_flow(wizard_flow.back(self.state))
            return
        self._set_flow(
            wizard_flow.try_again(self.state, self._new_request(details)), failed_at=None
        )

    def retry(self) -> None:
        """Repeat whatever failed, without losing anything already issued."""
        state = self.state
        if state.error is None:
            return
        if state.step is wizard_flow.Step.ORGANIZATION:
            self.save_organization()
        elif state.tokens is not None and state.profile is None:
            self._set_flow(wizard_flow.retry_storing(state), failed_at=None)
            self._start_store()
        elif state.profile is not None and state.tokens is not None:
            self._set_flow(wizard_flow.retry_organizations(state), failed_at=None)
            self._start_organizations()
        else:
            self.try_again()  # a code is single-use: a failed exchange means a new sign-in

    def keep_session_only(self) -> None:
        """The keyring failed after sign-in: keep the keys in memory for this session."""
        state = self.state
        if state.tokens is None or state.profile is not None or self.connector is None:
            return
        self.connector = self._new_connector(MemorySecretStore(), session=self.connector.session)
        self._set_flow(wizard_flow.retry_storing(state), session_only=True, failed_at=None)
        self._start_store()

    def redirect_uri(self) -> str:
        """The redirect address in use (what must be registered in the API console)."""
        if self.state.details is not None:
            return self.state.details.redirect_uri
        from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI

        return DEFAULT_REDIRECT_URI

    def console_url(self) -> str:
        """Zoho's API console for the chosen data center."""
        dc = self.state.details.data_center if self.state.details else DEFAULT_DATA_CENTER
        if self.state.self_client and self.state.details is not None:  # other ways in
            return self.self_client_console_url(dc, self.state.details.scopes)
        try:
            return by_id(dc).console_url
        except KeyError:
            return by_id(DEFAULT_DATA_CENTER).console_url

    def perform(self, action: Action) -> None:
        """Carry out a recovery button's action."""
        if action in (Action.TRY_AGAIN, Action.RECONNECT):
            self.try_again()
        elif action is Action.BACK_TO_DETAILS:
            self.back()
        elif action is Action.COPY_REDIRECT_URI:
            self.copy_text(self.redirect_uri())
        elif action is Action.OPEN_API_CONSOLE:
            self._open_url(self.console_url())
        elif action in (Action.RETRY, Action.WAIT):
            if wait_seconds_left(self._ui, self.clock()) <= 0:
                self.retry()
        elif action is Action.CHOOSE_STORAGE:
            self.keep_session_only()

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard."""
        self._copy_text(text)

    # --- "Before you start": how the firm's admin registers the client (pages/before_start)

    def show_before_start(self) -> None:
        """Details → "Before you start"; everything typed on the details page is kept."""
        if self.state.step is wizard_flow.Step.DETAILS:
            self._set_flow(wizard_flow.open_before_start(self.state))

    def close_before_start(self) -> None:
        """ "Before you start" → the details, as they were."""
        if self.state.step is wizard_flow.Step.BEFORE_START:
            self._set_flow(wizard_flow.close_before_start(self.state))

    def admin_console_url(self, data_center: str) -> str:
        """Where the admin registers the client: Zoho's API console for ``data_center``,
        or in practice mode the practice sandbox's own front page."""
        if self.endpoints.practice:
            return self.endpoints.accounts_url(data_center).rstrip("/") + "/"
        try:
            return by_id(data_center).console_url
        except KeyError:
            return by_id(DEFAULT_DATA_CENTER).console_url

    # --- other ways in (self client, own browser) ---------------------------------------

    def allowed_organizations(self) -> tuple[str, ...] | None:
        """The organization IDs the firm's preset allows (None: any)."""
        preset = self._ui.preset
        return preset.allowed_organizations if preset is not None else None

    def submit_self_client(
        self,
        details: ConnectionDetails,
        code: str,
        pasted_at: float,
        lifetime: float,
        *,
        session_only: bool = False,
    ) -> None:
        """Details → finishing with a code pasted from the API console's Self Client.

        The countdown runs from ``pasted_at`` over the ``lifetime`` the person picked in
        the console; the code is exchanged at once, without a redirect URI, at the accounts
        server of the data center they chose (no redirect can tell us another).
        """
        if self.state.step is not wizard_flow.Step.DETAILS:
            return
        keyring = self._ui.keyring
        session_only = session_only or (keyring is not None and not keyring.usable)
        secrets: SecretStore = MemorySecretStore() if session_only else self.secrets_factory()
        self.connector = self._new_connector(secrets)
        state = wizard_flow.self_client_code_entered(
            self.state,
            details,
            code,
            self.endpoints.accounts_url(details.data_center),
            pasted_at,
            lifetime,
        )
        self._set_flow(state, session_only=session_only, failed_at=None, secrets_place="")
        self._prepare_store()  # alongside the exchange, on the other thread
        self._start_exchange()

    def _fail_self_client(self, error: errors.ZohoWizardError) -> None:
        self._fail(wizard_flow.self_client_failure(error))

    def self_client_console_url(self, data_center: str, scopes: tuple[str, ...] = ()) -> str:
        """Where to generate a Self Client code: Zoho's API console (or, in practice mode,
        the sandbox's page that does the same)."""
        if self.endpoints.practice:
            from urllib.parse import urlencode

            from zoho_wizard.core.scopes import join

            query = urlencode({"scope": join(scopes)}) if scopes else ""
            base = self.endpoints.accounts_url(data_center).rstrip("/")
            return f"{base}/selfclient" + (f"?{query}" if query else "")
        try:
            return by_id(data_center).console_url
        except KeyError:
            return by_id(DEFAULT_DATA_CENTER).console_url

    def open_url(self, url: str) -> None:
        """Open ``url`` in the person's web browser."""
        self._open_url(url)

    def federated_sign_in(self, url: str) -> None:
        """The embedded page went to Google/Microsoft/Apple: offer the own browser."""
        provider = federated_provider(url)
        at_consent = self.state.step is wizard_flow.Step.CONSENT
        if provider and at_consent and self._ui.federated != provider:
            self._set(replace(self._ui, federated=provider))

    def use_own_browser(self) -> None:
        """Continue the same sign-in (same state and PKCE) in the person's own browser.

        Listens on the loopback redirect first, then opens the authorization URL; the
        embedded view is unloaded while the own browser is in use.
        """
        request = self.state.request
        if self.state.step is not wizard_flow.Step.CONSENT or request is None:
            return
        own = OwnBrowserState(
            OwnBrowserPhase.WAITING, request.state, request.redirect_uri, request.url
        )
        if not is_loopback_redirect(request.redirect_uri):
            self.own_browser.close()
            unsupported = replace(own, phase=OwnBrowserPhase.UNSUPPORTED)
            self._set(replace(self._ui, own_browser=unsupported))
            return
        try:
            self.own_browser.start(request.redirect_uri, request.state)
        except errors.ZohoWizardError as exc:
            failed = replace(own, phase=OwnBrowserPhase.FAILED, error=exc)
            self._set(replace(self._ui, own_browser=failed))
            return
        self._set(replace(self._ui, own_browser=own))
        self._open_url(request.url)

    def reopen_own_browser(self) -> None:
        """Open the sign-in page in the browser again (the first tab was closed...)."""
        own = self._ui.own_browser
        if own is not None and own.phase is OwnBrowserPhase.WAITING:
            self._open_url(own.url)

    def cancel_own_browser(self) -> None:
        """Stop waiting for the own browser; sign in inside the window instead."""
        self.own_browser.close()
        if self._ui.own_browser is not None:
            self._set(replace(self._ui, own_browser=None))

    def _own_browser_returned(self, url: str) -> None:
        # From the listener, already on the GUI thread: the same path as an embedded catch.
        if self._ui.own_browser is None or self.state.step is not wizard_flow.Step.CONSENT:
            return
        self._ui = replace(self._ui, own_browser=None, federated="")
        self.redirect_caught(url)

    def _own_browser_timed_out(self) -> None:
        own = self._ui.own_browser
        if own is not None and own.phase is OwnBrowserPhase.WAITING:
            timed_out = replace(own, phase=OwnBrowserPhase.TIMED_OUT)
            self._set(replace(self._ui, own_browser=timed_out))

    def _settle_own_browser(self, ui: ScreenState) -> ScreenState:
        """Forget the own browser (and close its listener) once its request is over."""
        request = ui.flow.request
        current = request.state if request is not None else None
        own = ui.own_browser
        if ui.flow.step is not wizard_flow.Step.CONSENT or (
            own is not None and own.request_state != current
        ):
            if self.own_browser.active:
                self.own_browser.close()
            if own is not None or ui.federated:
                ui = replace(ui, own_browser=None, federated="")
        return ui

    # --- saved connections (start page) ---
    # The list itself (check, disconnect, receipt) lives in ui/connections.py; here are
    # only the moves between the start page and the wizard's steps.

    def secrets_for(self, profile: Profile) -> SecretStore:
        """The store holding a saved connection's secrets.

        A session-only connection's keys live in this run's memory store, if this run
        made it; otherwise they are gone and an empty store says so.
        """
        if profile.secret_store == "session":
            current = self.connector.secrets if self.connector else None
            return current if isinstance(current, MemorySecretStore) else MemorySecretStore()
        return self.secrets_factory()

    def new_connection(self) -> None:
        """Start page → an empty details page."""
        if self.state.step is wizard_flow.Step.START and not self.saved.state.busy:
            self.connector = None
            state = wizard_flow.new_connection(self.state)
            if self._reconnect_prefilled and self._ui.preset is None:
                # The form still holds a reconnect's values: start from the defaults.
                state = replace(state, details=blank_details(self.existing_names()))
            self._reconnect_prefilled = False
            self._set_flow(state, session_only=False, secrets_place="", failed_at=None)

    def show_start(self) -> None:
        """Details → back to the saved connections (nothing was issued yet)."""
        if self.state.step is wizard_flow.Step.DETAILS:
            self.saved.reload()
            self._set_flow(wizard_flow.back_to_start(self.state), failed_at=None)

    def reconnect(self, name: str) -> None:
        """Sign in again for a saved (or damaged) connection, keeping every setting.

        The client secret is read from the password store in the background; when it is
        missing the details page shows the field empty, to be typed again.
        """
        row = self.saved.state.row(name)
        if self.state.step is not wizard_flow.Step.START or row is None or self.saved.state.busy:
            return
        profile = row.profile
        path = self.profiles.path
        secrets = self.secrets_for(profile) if profile else self.secrets_factory()

        def work(_report: Callable[[Any], None]) -> ConnectionDetails:
            secret = read_client_secret(secrets, name)
            if profile is None:
                return salvaged_details(path, name, secret)
            return details_from_profile(profile, secret)

        self.worker.start(
            "reading the saved settings",
            work,
            on_success=self._reconnect_ready,
            on_failure=lambda error: self.saved.report_failure(error, name),
        )

    def _reconnect_ready(self, details: ConnectionDetails) -> None:
        if self.state.step is not wizard_flow.Step.START:
            return
        self.connector = None
        self._reconnect_prefilled = True
        self._set_flow(
            wizard_flow.reconnect(details), session_only=False, secrets_place="", failed_at=None
        )

    def accept_identity(self) -> None:
        """Reconnect: use this sign-in although the user or organization changed."""
        if wizard_flow.identity_change(self.state) is not None:
            self._set_flow(wizard_flow.identity_accepted(self.state))

    def reject_identity(self) -> None:
        """Reconnect: not this Zoho account; sign in again (a fresh browser profile).

        The saved connection was never touched; the unwanted new key is revoked at Zoho
        so it does not count towards the limit of 20.
        """
        if wizard_flow.identity_change(self.state) is not None:
            self._discard_unstored_tokens()
            self.try_again()

    def _discard_unstored_tokens(self) -> None:
        tokens, profile, connector = self.state.tokens, self.state.profile, self.connector
        if not self._unstored_reconnect or connector is None or tokens is None:
            return
        self._unstored_reconnect = False
        refresh = tokens.refresh_token
        if refresh and profile is not None:
            server = profile.accounts_server
            self.worker.start(
                "withdrawing the unused sign-in",
                lambda _r: connector.revoke_quietly(server, refresh),
                on_success=lambda _ok: None,
                on_failure=lambda _error: None,
            )

    # --- end -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop delivering background results (the window is closing)."""
        self.own_browser.close()
        self.worker.shutdown()
        if self._connector is not None:
            self._connector.release_store()
