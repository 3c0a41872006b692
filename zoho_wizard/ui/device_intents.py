"""The device sign-in's intents and its polls: the controller's part of
:mod:`zoho_wizard.core.device`.

The code is asked for on the worker; each poll is one worker job, started by a
single-shot timer when core says the next one may go (never sooner than Zoho's 30
seconds, longer after a ``slow_down``), so the window never waits on the network. The
keys of the approving poll go on through the same after-sign-in path as every way in.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from zoho_wizard.core import device, ways_in
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core.device import DevicePhase, DeviceSignIn
from zoho_wizard.core.flow import Step, WayIn
from zoho_wizard.core.screen import device_app_for
from zoho_wizard.ui.controller_base import ControllerBase

if TYPE_CHECKING:
    from zoho_wizard.core.details import ConnectionDetails
    from zoho_wizard.core.errors import ZohoWizardError
    from zoho_wizard.ui.worker import Progress

log = logging.getLogger(__name__)


class DeviceIntents(ControllerBase):
    """ "Sign in on your phone or another computer", and the polls behind it.

    Attributes:
        device_poll_floor: Tests and practice only: the shortest wait between polls
            (:func:`zoho_wizard.core.device.rules_for` ignores it for Zoho).
    """

    device_poll_floor: float | None = None
    _device_timer: QTimer | None = None
    _device_name = ""

    # --- intents ------------------------------------------------------------------------

    def use_device(self) -> None:
        """The sign-in page (failed to load, a company sign-in...) → sign in on another
        device, with the same details and the device's client."""
        details, app = self.state.details, device_app_for(self._ui)
        if self.state.step is not Step.CONSENT or details is None or app is None:
            return
        self.own_browser.close()
        self._begin_device(ways_in.device_details(details, app), app.name)

    def submit_device(self, details: ConnectionDetails, *, session_only: bool = False) -> None:
        """Details (Other ways to connect) → sign in on another device."""
        if self.state.step is not Step.DETAILS:
            return
        session_only = self._session_only(session_only)
        self.connector = self._new_connector(session_only)
        app = ways_in.device_app(details, self._ui.preset, self._ui.practice_hint)
        if app is None:  # the details' own client: Zoho says whether it can do this
            app = ways_in.DeviceApp(details.client_id, details.client_secret)
        self._ui = replace(self._ui, session_only=session_only, secrets_place="")
        self._begin_device(ways_in.device_details(details, app), app.name)

    def new_device_code(self) -> None:
        """A new code for the same device sign-in (after Deny, an expired code...)."""
        if self.state.step is Step.DEVICE and self.state.details is not None:
            self._begin_device(self.state.details, self._device_name)

    # --- the code and the polls ----------------------------------------------------------

    def _begin_device(self, details: ConnectionDetails, name: str) -> None:
        if self.connector is None:
            self.connector = self._new_connector(self._ui.session_only)
        self._device_name = name
        self._stop_device_timer()
        state = wizard_flow.device_started(self.state, details)
        self._set_flow(state, device=None, failed_at=None)
        connector, endpoints = self.connector, self.endpoints
        client = device.DeviceClient(connector.session, clock=self.clock)
        server = ways_in.home_accounts_url(endpoints, details)

        def ask(_report: Progress) -> device.DeviceCode:
            return client.request_code(
                accounts_server=server, client_id=details.client_id, scopes=details.scopes
            )

        self.worker.start(
            "asking Zoho for a code",
            ask,
            on_success=lambda code: self._device_code_arrived(state, code),
            on_failure=lambda error: self._device_failed(state, error),
        )

    def _current(self, state: wizard_flow.WizardState) -> bool:
        """Whether ``state`` (when work started) is still the device sign-in on screen."""
        now = self.state
        return now.step is Step.DEVICE and now.way_in is WayIn.DEVICE and now is state

    def _device_code_arrived(self, state: wizard_flow.WizardState, code: device.DeviceCode) -> None:
        if not self._current(state):
            return
        rules = device.rules_for(self.endpoints, self.device_poll_floor)
        sign_in = device.begin(code, self.clock(), rules, self._device_name)
        self._set(replace(self._ui, device=sign_in))
        self._schedule_poll()

    def _device_failed(self, state: wizard_flow.WizardState, error: ZohoWizardError) -> None:
        if self._current(state):
            self._fail(error)

    def _schedule_poll(self) -> None:
        sign_in = self._ui.device
        if sign_in is None or not sign_in.waiting:
            return
        now = self.clock()
        wait = min(device.seconds_until_poll(sign_in, now), device.seconds_left(sign_in, now))
        if self._device_timer is None:
            self._device_timer = QTimer(self)
            self._device_timer.setSingleShot(True)
            self._device_timer.timeout.connect(self._poll_device)
        self._device_timer.start(max(0, int(wait * 1000)))

    def _stop_device_timer(self) -> None:
        if self._device_timer is not None:
            self._device_timer.stop()

    def _poll_device(self) -> None:
        sign_in, state = self._ui.device, self.state
        if sign_in is None or not sign_in.waiting or not self._current(state):
            return
        now = self.clock()
        sign_in = device.timed_out(sign_in, now)
        if not sign_in.waiting:
            self._device_answered(state, sign_in)
            return
        if not device.may_poll(sign_in, now):
            self._schedule_poll()  # (woken early: the timer is coarser than the clock)
            return
        details, connector, endpoints = state.details, self.connector, self.endpoints
        if details is None or connector is None:
            return
        rules = device.rules_for(endpoints, self.device_poll_floor)
        client = device.DeviceClient(connector.session, clock=self.clock)

        def poll(_report: Progress) -> DeviceSignIn:
            assert sign_in is not None
            return device.poll_once(
                client, endpoints, sign_in, details.client_id, details.client_secret, rules
            )

        self.worker.start(
            "asking Zoho whether the code was approved",
            poll,
            on_success=lambda answered: self._device_answered(state, answered),
            on_failure=lambda error: self._device_failed(state, error),
        )

    def _device_answered(self, state: wizard_flow.WizardState, sign_in: DeviceSignIn) -> None:
        shown = self._ui.device
        if not self._current(state) or shown is None or shown.key != sign_in.key:
            return  # the person moved on, or asked for a new code meanwhile
        self._set(replace(self._ui, device=sign_in))
        if sign_in.phase is DevicePhase.APPROVED and sign_in.tokens is not None:
            approved = wizard_flow.device_approved(
                self.state, sign_in.tokens, sign_in.key, sign_in.accounts_server, sign_in.location
            )
            self._ui = replace(self._ui, flow=approved)
            self._start_exchange()  # the same path as every way in from here
            self._set_flow(self.state)
        elif sign_in.waiting:
            self._schedule_poll()
        elif sign_in.error is not None:
            self._fail(sign_in.error)

    def device_seconds_left(self) -> float | None:
        """The code's remaining life, for the page's countdown (None: no code yet)."""
        sign_in = self._ui.device
        return None if sign_in is None else device.seconds_left(sign_in, self.clock())
