"""The one object that changes the wizard's state: a thin shell around core.

Pages emit intents ("the person submitted these details", "Sign in again"); each intent
here applies the matching core transition (:mod:`zoho_wizard.core.flow`,
:mod:`zoho_wizard.core.navigation`) and, where work follows, hands it to the shell
(:mod:`zoho_wizard.ui.controller_base`). Every decision is core's; nothing else writes
the state.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from zoho_wizard.core import errors, navigation, organization_rules, timings, ways_in
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core import own_browser as own_browser_rules
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.flow import Step, WayIn
from zoho_wizard.core.saved import (
    blank_details,
    details_from_profile,
    read_client_secret,
    salvaged_details,
)
from zoho_wizard.core.screen import wait_seconds_left
from zoho_wizard.ui.device_intents import DeviceIntents
from zoho_wizard.ui.setup_intents import SetupIntents
from zoho_wizard.ui.worker import Progress

log = logging.getLogger(__name__)

Action = errors.Action


class WizardController(DeviceIntents, SetupIntents):
    """The one object that changes the wizard's state: the pages' intents, each applying a
    core transition (see :class:`~zoho_wizard.ui.controller_base.ControllerBase` for the
    arguments)."""

    # --- details -> consent (the ways in that sign in) -----------------------------------

    def submit_details(self, details: ConnectionDetails, *, session_only: bool = False) -> None:
        """Details → consent: choose where secrets go and build a fresh request."""
        timings.mark("details_submitted")
        if self.state.step is not Step.DETAILS:
            return
        session_only = self._session_only(session_only)
        self.connector = self._new_connector(session_only)
        request = ways_in.new_request(self.endpoints, details)
        state = wizard_flow.details_submitted(self.state, details, request)
        self._set_flow(state, session_only=session_only, failed_at=None, secrets_place="")
        self._prepare_store()  # while the person signs in
        self._prefetch_data_centers()

    def _prepare_store(self) -> None:
        """Open the password store the new keys go to, in the background, ahead of time."""
        connector = self.connector
        if connector is not None and self.state.reconnect_of is None:
            # (a reconnect saves its keys later, with the organization)
            self._quietly("opening the password store", lambda _r: connector.prepare_store())

    def _prefetch_data_centers(self) -> None:
        """Read Zoho's list of data centers while the person signs in, when the copy in
        hand is missing or a week old, so the callback is checked without waiting."""
        endpoints = self.endpoints
        self._quietly("reading Zoho's list of data centers", lambda _r: endpoints.prefetch())

    def consent_failed(self, error: errors.ZohoWizardError) -> None:
        """The consent page gave up (for example, the sign-in page never loaded)."""
        if self.state.step is Step.CONSENT:
            self._set_flow(wizard_flow.consent_failed(self.state, error))

    def page_shown(self, url: str, title: str, text: str = "") -> None:
        """The sign-in browser shows a page; one of Zoho's error pages ("Invalid Client"…)
        ends the sign-in with core's advice."""
        if self.state.step is not Step.CONSENT or self._ui.own_browser is not None:
            return
        from zoho_wizard.core.zoho_pages import refusal

        error = refusal(self.endpoints, self.state.request, url, title, text)
        if error is not None:
            log.info("Zoho's sign-in page refused the request (%s)", type(error).__name__)
            self.consent_failed(error)

    # --- organization -> done -------------------------------------------------------------

    def select_organization(self, organization_id: str) -> None:
        """The person picked a row in the organization list."""
        if self.state.step is not Step.ORGANIZATION or self._ui.busy:
            return
        if not organization_rules.organization_choice_allowed(
            organization_id, self.allowed_organizations()
        ):
            return  # the firm's preset does not allow it
        current = self.state.organization
        if current is None or current.organization_id != organization_id:
            self._set_flow(wizard_flow.organization_selected(self.state, organization_id))

    def save_organization(self) -> None:
        """Bind the connection to the chosen organization (in the background)."""
        state = self.state
        profile = state.profile
        if (
            state.step is not Step.ORGANIZATION
            or state.organization is None
            or profile is None
            or self.connector is None
            or self._ui.busy
            or wizard_flow.identity_change(state) is not None  # reconnect: ask first
        ):
            return
        state = wizard_flow.saving_organization(state)
        self._set_flow(state)
        self._start_saving()

    # --- recovery -----------------------------------------------------------------------

    def back(self) -> None:
        """One step back (consent or a failed sign-in → details); details stay filled in."""
        if wizard_flow.can_go_back(self.state) or self.state.step is Step.CONSENT:
            self._set_flow(wizard_flow.back(self.state), failed_at=None)

    def try_again(self) -> None:
        """Sign in again with the same details and a brand-new request."""
        if self.state.tokens_held:
            self._discard()  # a reconnect's unused keys are revoked, not just dropped
        details = self.state.details
        if details is None:
            self._set_flow(wizard_flow.back(self.state))
            return
        if self.state.way_in is WayIn.DEVICE:
            self._begin_device(details, self._device_name)  # a new code
            return
        request = ways_in.new_request(self.endpoints, details)
        self._set_flow(wizard_flow.try_again(self.state, request), failed_at=None)
        if ways_in.steps(self.state.way_in).signs_in:
            self._prefetch_data_centers()

    def retry(self) -> None:
        """Repeat whatever failed, without losing anything already issued."""
        state = self.state
        if state.error is None:
            return
        if state.step is Step.ORGANIZATION:
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
        self.connector = self._new_connector(True, session=self.connector.session)
        self._set_flow(wizard_flow.retry_storing(state), session_only=True, failed_at=None)
        self._start_store()

    def redirect_uri(self) -> str:
        """The redirect address in use (what must be registered in the API console)."""
        details = self.state.details
        return details.redirect_uri if details is not None else DEFAULT_REDIRECT_URI

    def console_url(self) -> str:
        """Zoho's API console for the chosen data center."""
        details = self.state.details
        dc = details.data_center if details else DEFAULT_DATA_CENTER
        if self.state.self_client and details is not None:  # other ways in
            return self.self_client_console_url(dc, details.scopes)
        return ways_in.console_url(dc)

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
        elif action is Action.COPY_ADMIN_MESSAGE:
            self.copy_text(self.admin_message())
        elif action is Action.FIX_PERMISSIONS:
            self.make_private_and_open()

    # --- "Before you start": how the firm's admin registers the client (pages/before_start)

    def show_before_start(self) -> None:
        """Details or "Set up for staff" → the API console checklist ("Before you start");
        everything typed is kept."""
        if self.state.step in (Step.DETAILS, Step.ADMIN_SETUP):
            self._set_flow(navigation.open_before_start(self.state))

    def close_before_start(self) -> None:
        """ "Before you start" → the details, as they were."""
        if self.state.step is Step.BEFORE_START:
            self._set_flow(navigation.close_before_start(self.state))

    # --- the way in with a code from the API console (Self Client) ------------------------

    def console_code_entered(self, code: str) -> None:
        """The person entered (or changed) the console code: its countdown starts now.

        Nothing on screen changes, so no new state is announced (the page that reported it
        is drawing at this moment).
        """
        if self.state.step is Step.DETAILS:
            changed = wizard_flow.console_code_changed(self.state, code, self.clock())
            self._ui = replace(self._ui, flow=changed)

    def submit_self_client(
        self,
        details: ConnectionDetails,
        code: str,
        lifetime: float,
        *,
        session_only: bool = False,
    ) -> None:
        """Details → finishing with a code pasted from the API console's Self Client.

        The countdown runs from when the code was entered, over the ``lifetime`` the person
        picked in the console; the code is exchanged at once, without a redirect URI, at the
        accounts server of the app's home data center (no redirect can tell us another).
        """
        if self.state.step is not Step.DETAILS:
            return
        session_only = self._session_only(session_only)
        self.connector = self._new_connector(session_only)
        state = wizard_flow.self_client_code_entered(
            self.state,
            details,
            code,
            ways_in.home_accounts_url(self.endpoints, details),
            self.clock(),
            lifetime,
        )
        self._set_flow(state, session_only=session_only, failed_at=None, secrets_place="")
        self._prepare_store()  # alongside the exchange, on the other thread
        self._start_exchange()

    def self_client_console_url(self, data_center: str, scopes: tuple[str, ...] = ()) -> str:
        """Where to generate a Self Client code (the sandbox's page in practice mode)."""
        return ways_in.self_client_console_url(self.endpoints, data_center, scopes)

    # --- the way in through the person's own browser --------------------------------------

    def federated_sign_in(self, url: str) -> None:
        """The embedded page went to Google/Microsoft/Apple: offer the own browser."""
        provider = own_browser_rules.federated_provider(url)
        at_consent = self.state.step is Step.CONSENT
        if provider and at_consent and self._ui.federated != provider:
            self._set(replace(self._ui, federated=provider))

    def use_own_browser(self) -> None:
        """Continue the same sign-in (same state and PKCE) in the person's own browser.

        Listens on the loopback redirect first, then opens the authorization URL; the
        embedded view is unloaded while the own browser is in use.
        """
        request = self.state.request
        if self.state.step is not Step.CONSENT or request is None:
            return
        own = own_browser_rules.begin(request.state, request.redirect_uri, request.url)
        if own_browser_rules.is_waiting(own):
            try:
                self.own_browser.start(request.redirect_uri, request.state)
            except errors.ZohoWizardError as exc:
                own = own_browser_rules.listener_failed(own, exc)
        flow = wizard_flow.way_in_chosen(self.state, WayIn.OWN_BROWSER)
        self._set(replace(self._ui, flow=flow, own_browser=own))
        if own_browser_rules.is_waiting(own):
            self._open_url(request.url)

    def reopen_own_browser(self) -> None:
        """Open the sign-in page in the browser again (the first tab was closed...)."""
        own = self._ui.own_browser
        if own is not None and own_browser_rules.is_waiting(own):
            self._open_url(own.url)

    def cancel_own_browser(self) -> None:
        """Stop waiting for the own browser; sign in inside the window instead."""
        self.own_browser.close()
        if self._ui.own_browser is not None:
            flow = wizard_flow.way_in_chosen(self.state, WayIn.EMBEDDED)
            self._set(replace(self._ui, flow=flow, own_browser=None))

    # --- saved connections (start page) ---
    # The list itself (check, disconnect, receipt) lives in ui/connections.py; here are
    # only the moves between the start page and the wizard's steps.

    def new_connection(self) -> None:
        """Start page → an empty details page."""
        if self.state.step is Step.START and not self.saved.state.busy:
            self.connector = None
            blank = blank_details(self.existing_names()) if self._ui.preset is None else None
            state = navigation.new_connection(self.state, blank)
            self._set_flow(state, session_only=False, secrets_place="", failed_at=None)

    def show_start(self) -> None:
        """Details → back to the saved connections (nothing was issued yet)."""
        if self.state.step is Step.DETAILS:
            self.saved.reload()
            self._set_flow(navigation.back_to_start(self.state), failed_at=None)

    def reconnect(self, name: str) -> None:
        """Sign in again for a saved (or damaged) connection, keeping every setting.

        The client secret is read from the password store in the background; when it is
        missing the details page shows the field empty, to be typed again.
        """
        row = self.saved.state.row(name)
        if self.state.step is not Step.START or row is None or self.saved.state.busy:
            return
        profile = row.profile
        path = self.profiles.path
        secrets = self.secrets_for(profile) if profile else self.secrets_factory()

        def work(_report: Progress) -> ConnectionDetails:
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
        if self.state.step is not Step.START:
            return
        self.connector = None
        state = navigation.reconnect(details, self.state)
        self._set_flow(state, session_only=False, secrets_place="", failed_at=None)

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
            if self.state.tokens_held:
                self._discard()
            self.try_again()

    # --- end -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop delivering background results (the window is closing)."""
        self.own_browser.close()
        self.worker.shutdown()
        if self._connector is not None:
            self._connector.release_store()
