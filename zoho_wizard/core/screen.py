"""What the window shows, derived from one value, and the buttons offered with an error.

:class:`ScreenState` is the flow's state (:mod:`zoho_wizard.core.flow`) plus the few facts
only a screen needs (the password store's status, the own browser, the firm's preset).
Every page renders from it alone; :func:`recovery_offers` decides which buttons go with
an error, so the rules can be tested without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from zoho_wizard.core import admin_message, errors, ways_in
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core import own_browser as own_browser_rules
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.device import DeviceSignIn
from zoho_wizard.core.own_browser import OwnBrowserState
from zoho_wizard.core.preset import Preset, PresetError
from zoho_wizard.core.store import KeyringStatus
from zoho_wizard.core.ways_in import DeviceApp, Offer

__all__ = [
    "Offer",
    "ScreenState",
    "device_app_for",
    "recovery_offers",
    "settle_device",
    "settle_own_browser",
    "wait_seconds_left",
]

Action = errors.Action


@dataclass(frozen=True)
class ScreenState:
    """What the window shows: the flow's state plus the few facts only the UI needs.

    Attributes:
        flow: The wizard's state (core.flow).
        keyring: The password store's status; None while it is being checked.
        session_only: The person chose to keep this connection in memory only.
        secrets_place: Plain words for where the secrets went, once they are stored.
        failed_at: When the current error happened (for "wait" countdowns).
        practice: Practice mode (the sandbox, not Zoho).
        own_browser: The sign-in in the person's own browser, when one is under way.
        federated: The sign-in provider ("Google"...) the embedded page went to, if any.
        preset: The firm's preset in use, if any.
        preset_error: Why a preset file could not be used, if it could not.
        setup_opened: The setup file opened this session, when it held the app's secret
            (now in the password store): the wizard offers to delete it.
        setup_refused: A setup file refused because others can read it (for "Make it
            private and open").
        notice: A short confirmation to show ("Setup file saved to …"), or "".
        device: The device sign-in under way (its code, countdown and answers), if any.
        practice_hint: Practice mode's sign-in (with its Non-browser client), if any.
    """

    flow: wizard_flow.WizardState
    keyring: KeyringStatus | None = None
    session_only: bool = False
    secrets_place: str = ""
    failed_at: float | None = None
    practice: bool = False
    own_browser: OwnBrowserState | None = None
    federated: str = ""
    preset: Preset | None = None
    preset_error: PresetError | None = None
    setup_opened: Path | None = None
    setup_refused: Path | None = None
    notice: str = ""
    device: DeviceSignIn | None = None
    practice_hint: PracticeHint | None = None

    @property
    def step(self) -> wizard_flow.Step:
        """Shortcut for ``flow.step``."""
        return self.flow.step

    @property
    def busy(self) -> bool:
        """True while the finishing or organization step waits for background work."""
        return self.flow.phase in (
            wizard_flow.Phase.EXCHANGING,
            wizard_flow.Phase.STORING,
            wizard_flow.Phase.LOADING_ORGANIZATIONS,
            wizard_flow.Phase.SAVING,
        )


def recovery_offers(ui: ScreenState) -> tuple[Offer, ...]:
    """The buttons to show next to the current error, most useful first.

    Pure: derived from the state alone. The error's own ``action`` leads; a second
    button always offers a way out (sign in again, or back to the details).
    """
    state = ui.flow
    error = state.error
    if error is None:
        return ()
    if error.action is Action.FIX_PERMISSIONS and ui.setup_refused is not None:
        return (Offer(Action.FIX_PERMISSIONS, True),)  # make it private, then open it
    if state.step in (wizard_flow.Step.WELCOME, wizard_flow.Step.START):
        return ()  # a setup file that could not be opened: the page's own choices remain
    if state.step is wizard_flow.Step.ORGANIZATION:
        if isinstance(error, errors.NoAllowedOrganizationError):
            return (Offer(Action.TRY_AGAIN, True),)  # with another Zoho account
        return () if error.action is Action.NONE else (Offer(Action.RETRY, True),)
    if state.tokens is None and not ways_in.steps(state.way_in).signs_in:
        # A pasted code can't be fetched again from here: paste a new one.
        return ways_in.steps(state.way_in).offers(error)
    if state.tokens is not None and state.profile is None:
        # The keys exist but could not be saved: never make the person sign in again.
        offers = [Offer(Action.RETRY, True, "save")]
        if not ui.session_only:
            offers.append(Offer(Action.CHOOSE_STORAGE))
        return tuple(offers)
    if state.profile is not None:
        # Connected and saved; only the organization list failed.
        if error.action in (Action.RECONNECT, Action.TRY_AGAIN):
            return (Offer(Action.TRY_AGAIN, True), Offer(Action.RETRY))
        if error.action is Action.WAIT:
            return (Offer(Action.WAIT, True),)
        return (Offer(Action.RETRY, True),)
    # Nothing was issued yet: the sign-in itself failed.
    if admin_must_fix(ui):
        # Only the firm's admin can fix it (in Zoho's API console, or with a new setup
        # file): the main button copies a message for them.
        return (
            Offer(Action.COPY_ADMIN_MESSAGE, True),
            Offer(Action.OPEN_API_CONSOLE),
            Offer(Action.TRY_AGAIN),
        )
    return ways_in.steps(state.way_in).offers(error)


def admin_must_fix(ui: ScreenState) -> bool:
    """Whether the current error is the firm's admin's to fix, not the person's here.

    Errors fixed in Zoho's API console always are; a wrong secret or refused access are
    when the admin's setup locked them (the person cannot change them here).
    """
    error = ui.flow.error
    if not admin_message.admin_can_fix(error) or error is None:
        return False
    if error.action in (Action.OPEN_API_CONSOLE, Action.COPY_REDIRECT_URI):
        return True
    preset = ui.preset
    locked = {"client_secret", "scopes"} & set(preset.locked) if preset is not None else set()
    if isinstance(error, errors.InvalidClientSecretError):
        return "client_secret" in locked
    return "scopes" in locked


def wait_seconds_left(ui: ScreenState, now: float) -> float:
    """For a "wait" error: seconds until trying again makes sense (0 when it does)."""
    error = ui.flow.error
    retry_after = float(getattr(error, "retry_after", 0.0) or 0.0)
    if ui.failed_at is None or retry_after <= 0:
        return 0.0
    return max(0.0, ui.failed_at + retry_after - now)


def settle_own_browser(ui: ScreenState) -> ScreenState:
    """Forget the own browser (and the federated offer) once its request is over: the
    step moved on, or a new request replaced it."""
    request = ui.flow.request
    current = request.state if request is not None else None
    at_consent = ui.flow.step is wizard_flow.Step.CONSENT
    if at_consent and own_browser_rules.is_current(ui.own_browser, at_consent, current):
        return ui
    if ui.own_browser is None and not ui.federated:
        return ui
    return replace(ui, own_browser=None, federated="")


def device_app_for(ui: ScreenState) -> DeviceApp | None:
    """The client a device sign-in would use now (None: it is not offered): the setup's
    Non-browser client, practice mode's, or the details' own when it is one."""
    return ways_in.device_app(ui.flow.details, ui.preset, ui.practice_hint)


def device_offered(ui: ScreenState) -> bool:
    """Whether "Sign in on your phone or another computer" is offered now: on the sign-in
    step (beside "Use my own browser", when the page failed to load or went to a company
    sign-in), when there is a client for it."""
    at_sign_in = ui.flow.step is wizard_flow.Step.CONSENT and ui.flow.tokens is None
    return at_sign_in and device_app_for(ui) is not None


def settle_device(ui: ScreenState) -> ScreenState:
    """Forget the device sign-in once the window left its step (approved, or given up)."""
    if ui.device is None or ui.flow.step is wizard_flow.Step.DEVICE:
        return ui
    return replace(ui, device=None)
