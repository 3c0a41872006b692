"""The shell the wizard's controller is built on: the state, the worker, the steps.

It holds the one :class:`~zoho_wizard.core.screen.ScreenState`, announces each new one
with :attr:`ControllerBase.stateChanged`, catches the code (embedded page or the own
browser's listener) and runs the after-sign-in steps
(:mod:`zoho_wizard.core.after_sign_in`) on the :class:`~zoho_wizard.ui.worker.Worker`,
applying each result with core's transition. The intents are in
:mod:`zoho_wizard.ui.controller` and :mod:`zoho_wizard.ui.setup_intents`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from zoho_wizard.core import errors, http, navigation, setup_file, store, ways_in
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core import own_browser as own_browser_rules
from zoho_wizard.core.authorize import parse_callback
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.preset import Preset, PresetError
from zoho_wizard.core.screen import ScreenState, settle_device, settle_own_browser
from zoho_wizard.core.store import (
    KeyringSecretStore,
    KeyringStatus,
    MemorySecretStore,
    Profile,
    ProfileStore,
    SecretStore,
    keyring_status,
)
from zoho_wizard.ui.connections import SavedConnections
from zoho_wizard.ui.loop import call_soon
from zoho_wizard.ui.own_browser import OwnBrowserSession
from zoho_wizard.ui.worker import Progress, Worker

if TYPE_CHECKING:  # (the connection machinery loads when the details are submitted)
    from zoho_wizard.core.after_sign_in import AfterSignIn
    from zoho_wizard.core.authorize import AuthRequest, CallbackResult
    from zoho_wizard.core.connect import Connector

log = logging.getLogger(__name__)

Action = errors.Action


def _preload(_report: Progress) -> None:
    """Load the code the exchange needs while the person reads the first page."""
    http.preload()
    store.preload()


class ControllerBase(QObject):
    """Holds the :class:`~zoho_wizard.core.screen.ScreenState`, applies transitions and runs
    the after-sign-in steps; :class:`~zoho_wizard.ui.controller.WizardController` adds the
    intents.

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
        practice_hint: Practice mode's sign-in (its Non-browser client offers device
            sign-in).
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
        practice_hint: PracticeHint | None = None,
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
            navigation.initial_state(self.saved.state.has_any, setup_file.is_complete(preset)),
            practice=endpoints.practice,
            preset=preset,
            preset_error=preset_error,
            practice_hint=practice_hint,
        )
        self._keyring_started = False
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

    def _new_connector(self, session_only: bool, **options: Any) -> Connector:
        from zoho_wizard.core.connect import Connector  # (loaded at the first sign-in)

        secrets: SecretStore = MemorySecretStore() if session_only else self.secrets_factory()
        return Connector(self.endpoints, self.profiles, secrets, clock=self.clock, **options)

    def _after(self) -> AfterSignIn:
        from zoho_wizard.core.after_sign_in import AfterSignIn

        assert self.connector is not None
        return AfterSignIn(self.connector)

    # --- reading -------------------------------------------------------------------------

    @property
    def ui(self) -> ScreenState:
        """The current screen state."""
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

    def allowed_organizations(self) -> tuple[str, ...] | None:
        """The organization IDs the firm's preset allows (None: any)."""
        preset = self._ui.preset
        return preset.allowed_organizations if preset is not None else None

    # --- plumbing ------------------------------------------------------------------------

    def _set(self, ui: ScreenState) -> None:
        self._ui = settle_device(settle_own_browser(ui))
        if not own_browser_rules.is_waiting(self._ui.own_browser) and self.own_browser.active:
            self.own_browser.close()
        self.stateChanged.emit(self._ui)

    def _set_flow(self, state: wizard_flow.WizardState, **changes: Any) -> None:
        if state.error is not None and state.error is not self.state.error:
            changes.setdefault("failed_at", self.clock())
        self._set(replace(self._ui, flow=state, **changes))

    def _fail(self, error: errors.ZohoWizardError) -> None:
        self._set_flow(wizard_flow.failed(self.state, error))

    def _run(
        self,
        what: str,
        work: Callable[[Progress], Any],
        then: Callable[[Any], None],
        on_progress: Callable[[Any], None] | None = None,
    ) -> None:
        """Run core work on the worker; ``then`` applies its result, failures are shown."""
        self.worker.start(
            what, work, on_success=then, on_failure=self._fail, on_progress=on_progress
        )

    def _quietly(self, what: str, work: Callable[[Progress], Any]) -> None:
        """Background work whose outcome changes nothing on screen."""
        self.worker.start(
            what,
            work,
            on_success=lambda _result: None,
            on_failure=lambda error: log.debug("%s failed: %s", what, type(error).__name__),
        )

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
            on_success=lambda status: self._set(replace(self._ui, keyring=status)),
            on_failure=self._keyring_failed,
        )
        # While the person reads the first page: load the code the exchange needs.
        self._quietly("getting ready to talk to Zoho", _preload)

    def _keyring_failed(self, error: errors.ZohoWizardError) -> None:
        self._set(replace(self._ui, keyring=KeyringStatus(False, "", "", error.message)))

    def _session_only(self, asked: bool) -> bool:
        keyring = self._ui.keyring
        return asked or (keyring is not None and not keyring.usable)

    # --- the after-sign-in path (core.after_sign_in), one step per job --------------------

    def _start_exchange(self) -> None:
        state = self.state
        if self.connector is None or not wizard_flow.may_exchange(state):
            if state.phase is Phase.EXCHANGING and state.verified is not None:
                log.warning("refusing a second exchange of the same code")
            return
        left = wizard_flow.seconds_left(state, self.clock())
        if left is not None and left <= 0:
            self._fail(ways_in.steps(state.way_in).failure(errors.CodeExpiredError()))
            return
        state = wizard_flow.exchange_started(state)
        self._ui = replace(self._ui, flow=state)
        after = self._after()
        self._run(
            "exchanging the sign-in code",
            lambda report: after.exchange(state, on_retry=report),
            self._exchanged,
            on_progress=self._exchange_retrying,
        )

    def _exchange_retrying(self, attempt: int) -> None:
        if self.state.phase is Phase.EXCHANGING:
            self._set_flow(wizard_flow.retrying(self.state, int(attempt)))

    def _exchanged(self, result: Any) -> None:
        from zoho_wizard.core.after_sign_in import exchanged

        self._advance(exchanged(self.state, result), stored=result.stored)

    def _advance(self, state: wizard_flow.WizardState, stored: Profile | None = None) -> None:
        """Show ``state`` and start the job its phase calls for."""
        changes = {"secrets_place": self._after().where_kept(stored.name)} if stored else {}
        self._set_flow(state, **changes)
        if state.phase is Phase.STORING:
            self._start_store()
        elif state.phase is Phase.LOADING_ORGANIZATIONS:
            self._start_organizations()

    def _start_store(self) -> None:
        state, after = self.state, self._after()
        self._run(
            "saving your keys",
            lambda _r: after.store(state),
            lambda profile: self._advance(wizard_flow.stored(self.state, profile), profile),
        )

    def _start_organizations(self) -> None:
        state, after = self.state, self._after()
        self._run(
            "finding your Zoho Books organizations",
            lambda _r: after.organizations(state),
            self._organizations_found,
        )

    def _organizations_found(self, result: Any) -> None:
        from zoho_wizard.core.after_sign_in import must_discard, organizations_found

        state = organizations_found(self.state, result, self.allowed_organizations())
        self._set_flow(state)
        if must_discard(state):
            self._discard()  # nothing half-made is left behind
        elif state.phase is Phase.SAVING:
            self._start_saving()  # the only organization: confirmed without asking

    def _start_saving(self) -> None:
        """Save the chosen organization (the state is in its SAVING phase)."""
        state = self.state
        profile = state.profile
        if profile is None:
            return
        taken = self.existing_names() - {profile.name}
        after = self._after()
        self._run(
            "saving the organization",
            lambda _r: after.save_organization(state, taken),
            self._organization_saved,
        )

    def _organization_saved(self, profile: Profile) -> None:
        state, changes = self.state, {}
        old = state.profile
        if state.tokens_held or (old is not None and old.name != profile.name):
            # Stored just now, or renamed after the organization: the keys moved.
            changes["secrets_place"] = self._after().where_kept(profile.name)
        self._set_flow(wizard_flow.organization_saved(state, profile), **changes)

    def _discard(self) -> None:
        """Revoke and forget this sign-in's keys (a reconnect's saved connection stays)."""
        state = self.state
        if self.connector is None or (state.profile is None and state.tokens is None):
            return
        after = self._after()
        self._set_flow(wizard_flow.held_tokens_discarded(state))
        self._quietly("withdrawing the unusable sign-in", lambda _r: after.discard(state))

    # --- the catch: the code comes back ----------------------------------------------

    def redirect_caught(self, url: str) -> None:
        """The browser caught the redirect: check it, start the countdown, exchange."""
        log.debug("redirect caught: %s", url)  # the code in it is redacted by the log filter
        if self.state.step is not Step.CONSENT:
            log.info("ignoring a callback outside the consent step")
            return
        callback, caught_at, request = parse_callback(url), self.clock(), self.state.request
        server = self.endpoints.lookup_before_check(request, callback)
        if server is not None:
            # A data center newer than every list in hand: ask Zoho's serverinfo (off the
            # GUI thread) before deciding; the code's countdown runs from the catch.
            endpoints = self.endpoints
            self._run(
                "checking Zoho's list of data centers",
                lambda _r: endpoints.look_up(server),
                lambda _listed: self._check_callback(request, callback, caught_at),
            )
            return
        self._check_callback(request, callback, caught_at)

    def _check_callback(
        self, request: AuthRequest | None, callback: CallbackResult, caught_at: float
    ) -> None:
        """Check a caught callback (against every accounts server known now) and, when it
        carries a usable code, start the exchange."""
        if self.state.step is not Step.CONSENT or self.state.request is not request:
            return  # the person moved on meanwhile
        state = wizard_flow.callback_caught(
            self.state,
            callback,
            caught_at,
            allowed_accounts_servers=self.endpoints.allowed_accounts_servers(),
        )
        # Called from inside the browser page's navigation handler: the window (which
        # removes that page) is redrawn on the next event-loop turn, never from here.
        if state.phase is not Phase.EXCHANGING:
            call_soon(self, lambda: self._set_flow(state))
            return
        # The exchange starts at once, before the window redraws: the code's seconds run.
        self._ui = replace(self._ui, flow=state)
        self._start_exchange()
        if self.state.phase is Phase.EXCHANGING:  # (when it could not start, it showed why)
            call_soon(self, self._show_exchanging)

    def _show_exchanging(self) -> None:
        if self.state.phase is Phase.EXCHANGING:  # (not overtaken by the exchange's result)
            self._set_flow(self.state)

    def _own_browser_returned(self, url: str) -> None:
        # From the listener, already on the GUI thread: the same path as an embedded catch.
        if self._ui.own_browser is None or self.state.step is not Step.CONSENT:
            return
        self._ui = replace(self._ui, own_browser=None, federated="")
        self.redirect_caught(url)

    def _own_browser_timed_out(self) -> None:
        own = self._ui.own_browser
        if own is not None and own_browser_rules.is_waiting(own):
            self._set(replace(self._ui, own_browser=own_browser_rules.timed_out(own)))

    def secrets_for(self, profile: Profile) -> SecretStore:
        """The store holding a saved connection's secrets.

        A session-only connection's keys live in this run's memory store, if this run
        made it; otherwise they are gone and an empty store says so.
        """
        if profile.secret_store == "session":
            current = self.connector.secrets if self.connector else None
            return current if isinstance(current, MemorySecretStore) else MemorySecretStore()
        return self.secrets_factory()

    # --- the desktop: clipboard, browser, consoles ------------------------------------

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard."""
        self._copy_text(text)

    def open_url(self, url: str) -> None:
        """Open ``url`` in the person's web browser."""
        self._open_url(url)

    def admin_console_url(self, data_center: str) -> str:
        """Where the admin registers the client (the practice sandbox in practice mode)."""
        return ways_in.admin_console_url(self.endpoints, data_center)
