"""What the window shows, derived from one value, and the buttons offered with an error.

:class:`ScreenState` is the flow's state (:mod:`zoho_wizard.core.flow`) plus the few facts
only a screen needs (the password store's status, the own browser, the firm's preset).
Every page renders from it alone; :func:`recovery_offers` decides which buttons go with
an error, so the rules can be tested without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from zoho_wizard.core import errors
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core.own_browser import OwnBrowserState
from zoho_wizard.core.preset import Preset, PresetError
from zoho_wizard.core.store import KeyringStatus

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


@dataclass(frozen=True)
class Offer:
    """One recovery button: the action it performs and whether it is the main one."""

    action: Action
    primary: bool = False
    label: str = ""  # when empty, the page's default words for the action


def recovery_offers(ui: ScreenState) -> tuple[Offer, ...]:
    """The buttons to show next to the current error, most useful first.

    Pure: derived from the state alone. The error's own ``action`` leads; a second
    button always offers a way out (sign in again, or back to the details).
    """
    state = ui.flow
    error = state.error
    if error is None:
        return ()
    if state.step is wizard_flow.Step.ORGANIZATION:
        if isinstance(error, errors.NoAllowedOrganizationError):
            return (Offer(Action.TRY_AGAIN, True),)  # with another Zoho account
        return () if error.action is Action.NONE else (Offer(Action.RETRY, True),)
    if state.self_client and state.tokens is None:
        # A pasted code can't be fetched again from here: paste a new one.
        return self_client_offers(error)
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
    lead = error.action
    if lead in (Action.RETRY, Action.RECONNECT, Action.TRY_AGAIN, Action.CHOOSE_STORAGE):
        return (Offer(Action.TRY_AGAIN, True), Offer(Action.BACK_TO_DETAILS))
    if lead is Action.BACK_TO_DETAILS:
        return (Offer(Action.BACK_TO_DETAILS, True), Offer(Action.TRY_AGAIN))
    if lead in (Action.COPY_REDIRECT_URI, Action.OPEN_API_CONSOLE):
        return (Offer(lead, True), Offer(Action.TRY_AGAIN), Offer(Action.BACK_TO_DETAILS))
    if lead is Action.WAIT:
        return (Offer(Action.WAIT, True), Offer(Action.BACK_TO_DETAILS))
    return (Offer(Action.BACK_TO_DETAILS, True), Offer(Action.TRY_AGAIN))


def self_client_offers(error: errors.ZohoWizardError) -> tuple[Offer, ...]:
    """Buttons for a failed Self Client code: paste a new one, or fix the client."""
    if error.action is Action.OPEN_API_CONSOLE:
        return (Offer(Action.OPEN_API_CONSOLE, True), Offer(Action.TRY_AGAIN, False, "new_code"))
    if error.action is Action.WAIT:
        return (Offer(Action.WAIT, True), Offer(Action.BACK_TO_DETAILS))
    if error.action is Action.BACK_TO_DETAILS:
        return (Offer(Action.BACK_TO_DETAILS, True),)
    return (Offer(Action.TRY_AGAIN, True, "new_code"), Offer(Action.OPEN_API_CONSOLE))


def wait_seconds_left(ui: ScreenState, now: float) -> float:
    """For a "wait" error: seconds until trying again makes sense (0 when it does)."""
    error = ui.flow.error
    retry_after = float(getattr(error, "retry_after", 0.0) or 0.0)
    if ui.failed_at is None or retry_after <= 0:
        return 0.0
    return max(0.0, ui.failed_at + retry_after - now)
