"""The wizard's steps and transitions as a typed state machine.

The state is one frozen value; every transition is a pure function returning a new one.
The Qt wizard renders the state and asks :func:`next_step` where to go; tests walk every
path without a screen. Time comes in as an argument, so the countdown is arithmetic.

::

    START ─► DETAILS ─► CONSENT ─► FINISHING ─► ORGANIZATION ─► DONE
                ▲           │          │ (error)
                └───────────┴──────────┘  back keeps every entered value
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import (
    AuthRequest,
    CallbackResult,
    VerifiedCallback,
    complete_authorization,
)
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import ConnectionDetails
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet

# Zoho's Books page: the code from a redirect "is valid for 60 seconds".
REDIRECT_CODE_LIFETIME = 60.0


class Step(enum.Enum):
    """The pages of the wizard, in order."""

    START = "start"
    DETAILS = "details"
    CONSENT = "consent"
    FINISHING = "finishing"
    ORGANIZATION = "organization"
    DONE = "done"


class Phase(enum.Enum):
    """What the finishing step is doing."""

    IDLE = "idle"
    EXCHANGING = "exchanging"
    STORING = "storing"
    LOADING_ORGANIZATIONS = "loading_organizations"
    SAVING = "saving"
    FAILED = "failed"


@dataclass(frozen=True)
class WizardState:
    """Everything the wizard knows; the screen is derived from this alone."""

    step: Step = Step.DETAILS
    details: ConnectionDetails | None = None
    reconnect_of: str | None = None
    request: AuthRequest | None = None
    verified: VerifiedCallback | None = None
    code_caught_at: float | None = None
    code_lifetime: float = REDIRECT_CODE_LIFETIME
    self_client: bool = False
    phase: Phase = Phase.IDLE
    retries: int = 0
    tokens: TokenSet | None = None
    profile: Profile | None = None
    organizations: tuple[Organization, ...] = ()
    organization: Organization | None = None
    user_email: str = ""
    error: errors.ZohoWizardError | None = None


def initial_state(has_connections: bool) -> WizardState:
    """Where the wizard opens: the saved connections if any, else the details page."""
    return WizardState(step=Step.START if has_connections else Step.DETAILS)


def new_connection(state: WizardState) -> WizardState:
    """Start page → details for a new connection."""
    return WizardState(step=Step.DETAILS)


def reconnect(details: ConnectionDetails) -> WizardState:
    """Start page → details pre-filled from a saved connection, marked as a reconnect."""
    return WizardState(step=Step.DETAILS, details=details, reconnect_of=details.name)


def details_submitted(
    state: WizardState, details: ConnectionDetails, request: AuthRequest
) -> WizardState:
    """Details → consent, with a fresh authorization request."""
    return replace(
        state,
        step=Step.CONSENT,
        details=details,
        request=request,
        self_client=False,
        code_lifetime=REDIRECT_CODE_LIFETIME,
        verified=None,
        code_caught_at=None,
        phase=Phase.IDLE,
        retries=0,
        tokens=None,
        error=None,
    )


def callback_caught(
    state: WizardState,
    callback: CallbackResult,
    now: float,
    *,
    allowed_accounts_servers: Iterable[str],
) -> WizardState:
    """Consent → finishing. The countdown starts now, success or not.

    A callback error (Deny, a foreign state, an unknown server) lands on the finishing
    page as a failure with its way forward.
    """
    if state.step is not Step.CONSENT or state.request is None:
        return state  # a late or duplicate callback: ignore it
    try:
        verified = complete_authorization(
            state.request, callback, allowed_accounts_servers=allowed_accounts_servers
        )
    except errors.OAuthError as exc:
        return replace(
            state,
            step=Step.FINISHING,
            phase=Phase.FAILED,
            error=exc,
            code_caught_at=None,
            verified=None,
        )
    return replace(
        state,
        step=Step.FINISHING,
        verified=verified,
        code_caught_at=now,
        phase=Phase.EXCHANGING,
        retries=0,
        error=None,
    )


def self_client_code_entered(
    state: WizardState,
    details: ConnectionDetails,
    code: str,
    accounts_server: str,
    now: float,
    lifetime: float,
) -> WizardState:
    """Details → finishing with a code pasted from the API console's Self Client.

    The countdown runs from the paste, over the lifetime the person chose in the console
    (3 to 10 minutes); the data center is the one they picked, because no redirect can
    tell us.
    """
    verified = VerifiedCallback(code, accounts_server.rstrip("/"), details.data_center)
    return replace(
        state,
        step=Step.FINISHING,
        details=details,
        request=None,
        self_client=True,
        verified=verified,
        code_caught_at=now,
        code_lifetime=lifetime,
        phase=Phase.EXCHANGING,
        retries=0,
        tokens=None,
        error=None,
    )


def consent_failed(state: WizardState, error: errors.ZohoWizardError) -> WizardState:
    """The consent page could not do its job (page failed to load, cancelled...)."""
    return replace(state, step=Step.FINISHING, phase=Phase.FAILED, error=error)


def retrying(state: WizardState, attempt: int) -> WizardState:
    """The exchange hit network trouble and is trying again."""
    return replace(state, retries=attempt)


def exchange_succeeded(state: WizardState, tokens: TokenSet) -> WizardState:
    """The code became tokens; next they are stored.

    ``verified`` stays: storing needs the accounts server and location it names. The
    code in it is spent; nothing exchanges outside the EXCHANGING phase.
    """
    return replace(state, tokens=tokens, phase=Phase.STORING, error=None)


def retry_storing(state: WizardState) -> WizardState:
    """Store the already-issued tokens again (after a keyring failure or a store change)."""
    return replace(state, phase=Phase.STORING, error=None)


def retry_organizations(state: WizardState) -> WizardState:
    """Fetch the organizations again; the connection is already stored."""
    return replace(state, phase=Phase.LOADING_ORGANIZATIONS, error=None)


def saving_organization(state: WizardState) -> WizardState:
    """The chosen organization is being saved."""
    return replace(state, phase=Phase.SAVING, error=None)


def stored(state: WizardState, profile: Profile) -> WizardState:
    """Secrets and settings are saved; next the organizations are fetched."""
    return replace(state, profile=profile, phase=Phase.LOADING_ORGANIZATIONS, error=None)


def organizations_loaded(
    state: WizardState, organizations: Iterable[Organization], user_email: str = ""
) -> WizardState:
    """Finishing → organization, with the default (or the only, or the previous) chosen."""
    orgs = tuple(organizations)
    previous = state.profile.organization_id if state.profile else ""
    chosen = (
        next((o for o in orgs if o.organization_id == previous), None)
        or next((o for o in orgs if o.is_default), None)
        or (orgs[0] if orgs else None)
    )
    return replace(
        state,
        step=Step.ORGANIZATION,
        organizations=orgs,
        organization=chosen,
        user_email=user_email or state.user_email,
        phase=Phase.IDLE,
        error=None,
    )


def organization_selected(state: WizardState, organization_id: str) -> WizardState:
    """The person picked a row."""
    chosen = next((o for o in state.organizations if o.organization_id == organization_id), None)
    return replace(state, organization=chosen)


def organization_saved(state: WizardState, profile: Profile) -> WizardState:
    """Organization → done."""
    return replace(state, step=Step.DONE, profile=profile, phase=Phase.IDLE, error=None)


def failed(state: WizardState, error: errors.ZohoWizardError) -> WizardState:
    """A step failed; the page shows ``error`` with its way forward."""
    if state.step is Step.ORGANIZATION:
        return replace(state, phase=Phase.IDLE, error=error)  # the save is over
    return replace(state, phase=Phase.FAILED, error=error)


def try_again(state: WizardState, request: AuthRequest) -> WizardState:
    """Sign in again with the same details (after an expired code, a Deny...)."""
    if state.details is None or state.self_client:
        # A Self Client code can't be fetched again from here: back to paste a new one.
        return replace(
            state,
            step=Step.DETAILS,
            phase=Phase.IDLE,
            verified=None,
            code_caught_at=None,
            error=None,
        )
    return details_submitted(replace(state, self_client=False), state.details, request)


def back(state: WizardState) -> WizardState:
    """One step back; details stay filled in. There is no way back past a stored token."""
    if state.step in (Step.CONSENT, Step.FINISHING) and state.tokens is None:
        return replace(
            state,
            step=Step.DETAILS,
            request=None,
            verified=None,
            code_caught_at=None,
            phase=Phase.IDLE,
            error=None,
        )
    return state


def can_go_back(state: WizardState) -> bool:
    """Whether Back is offered on this step."""
    if state.step is Step.FINISHING:
        return state.phase is Phase.FAILED and state.tokens is None
    return state.step is Step.CONSENT


def seconds_left(state: WizardState, now: float) -> float | None:
    """The code's remaining life, or None when no code is waiting to be exchanged."""
    if state.code_caught_at is None or state.phase is not Phase.EXCHANGING:
        return None
    return max(0.0, state.code_caught_at + state.code_lifetime - now)


def code_deadline(state: WizardState) -> float:
    """When the caught code dies (epoch seconds)."""
    if state.code_caught_at is None:
        raise ValueError("no code caught")
    return state.code_caught_at + state.code_lifetime


def next_step(state: WizardState) -> Step | None:
    """Where Next goes from here, or None when Next is not possible yet."""
    if state.step is Step.START:
        return Step.DETAILS
    if state.step is Step.DETAILS:
        return Step.CONSENT
    if state.step is Step.ORGANIZATION:
        return Step.DONE if state.organization is not None else None
    return None
