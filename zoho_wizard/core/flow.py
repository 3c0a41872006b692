"""The wizard's steps and transitions as a typed state machine.

The state is one frozen value; every transition is a pure function returning a new one.
The Qt wizard renders the state and asks :func:`next_step` where to go; tests walk every
path without a screen. Time comes in as an argument, so the countdown is arithmetic.

::

    START ─► DETAILS ─► CONSENT ─► FINISHING ─► ORGANIZATION ─► DONE
              ▲ │ ▲         │          │ (error)
              │ │ └─────────┴──────────┘  back keeps every entered value
              │ ▼
         BEFORE_START  how the firm's admin registers the client (first run, or asked for)
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import (
    AuthRequest,
    CallbackResult,
    VerifiedCallback,
    complete_authorization,
)

if TYPE_CHECKING:  # (types only: the flow is imported before the window shows)
    from zoho_wizard.core.books import Organization
    from zoho_wizard.core.details import ConnectionDetails
    from zoho_wizard.core.store import Profile
    from zoho_wizard.core.tokens import TokenSet

# Zoho's Books page: the code from a redirect "is valid for 60 seconds".
REDIRECT_CODE_LIFETIME = 60.0


class Step(enum.Enum):
    """The pages of the wizard, in order."""

    START = "start"
    WELCOME = "welcome"
    ADMIN_SETUP = "admin_setup"
    BEFORE_START = "before_start"
    DETAILS = "details"
    CONSENT = "consent"
    DEVICE = "device"  # the code to approve on another device (core.device)
    FINISHING = "finishing"
    ORGANIZATION = "organization"
    DONE = "done"


class WayIn(enum.Enum):
    """How the person gets Zoho's one-time code to the wizard.

    The steps of each way live in :mod:`zoho_wizard.core.ways_in`; everything after the
    code is caught is the same for all of them (:mod:`zoho_wizard.core.after_sign_in`).
    """

    EMBEDDED = "embedded"  # Zoho's page inside the wizard catches the redirect
    OWN_BROWSER = "own_browser"  # the person's browser returns to a loopback listener
    CONSOLE_CODE = "console_code"  # a code generated in the API console (Self Client)
    DEVICE = "device"  # the person approves a code on another device (core.device)


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
    way_in: WayIn = WayIn.EMBEDDED
    phase: Phase = Phase.IDLE
    retries: int = 0
    tokens: TokenSet | None = None
    profile: Profile | None = None
    organizations: tuple[Organization, ...] = ()
    organization: Organization | None = None
    user_email: str = ""
    error: errors.ZohoWizardError | None = None
    # Reconnect: the user and organizations the person accepted although they changed.
    accepted_identity: str = ""
    # Reconnect: the new keys are held, not stored, until the organization is saved.
    tokens_held: bool = False
    # The codes already sent to Zoho (request states, or a console code's digest): a code
    # works once, so nothing is ever exchanged twice.
    exchanged: frozenset[str] = frozenset()
    # The details form still holds a reconnect's values (a new connection starts blank).
    form_from_reconnect: bool = False
    # The console code now in the form (its digest, never the code) and when it was
    # entered: its countdown runs from then (None: no code entered).
    console_code: str = ""
    console_code_entered_at: float | None = None
    # The page BEFORE_START or ADMIN_SETUP returns to.
    came_from: Step | None = None
    # A device sign-in's keys, received and not yet checked and stored (the exchange step
    # takes them, as it would take a code).
    device_tokens: TokenSet | None = None

    @property
    def self_client(self) -> bool:
        """True when the code came from the API console (no sign-in to repeat)."""
        return self.way_in is WayIn.CONSOLE_CODE


@dataclass(frozen=True)
class IdentityChange:
    """What is different after signing in again for a saved connection.

    Attributes:
        connection: The connection being reconnected.
        previous_email: Who made the connection, when a different user signed in now.
        new_email: Who signed in now, when that is a different user ("" otherwise).
        missing_organization: The connection's organization (its name, else its ID) when
            this sign-in cannot reach it ("" otherwise).
    """

    connection: str
    previous_email: str = ""
    new_email: str = ""
    missing_organization: str = ""

    @property
    def other_user(self) -> bool:
        """True when a different Zoho user signed in."""
        return bool(self.new_email)


def _identity_key(state: WizardState) -> str:
    organizations = ",".join(sorted(o.organization_id for o in state.organizations))
    return f"{state.user_email.strip().lower()}|{organizations}"


def identity_change(state: WizardState) -> IdentityChange | None:
    """On a reconnect's organization step: what changed that the person must accept.

    A different user counts only when both e-mails are known. The previous organization
    and e-mail come from ``state.profile``: storing a reconnect carries them over until
    the organization is saved again. None when nothing changed, when this is not a
    reconnect, or when the person already accepted exactly this sign-in.
    """
    profile = state.profile
    if state.reconnect_of is None or state.step is not Step.ORGANIZATION or profile is None:
        return None
    if state.accepted_identity and state.accepted_identity == _identity_key(state):
        return None
    before, now = profile.user_email.strip(), state.user_email.strip()
    other_user = bool(before and now and before.lower() != now.lower())
    missing = ""
    if profile.organization_id and all(
        o.organization_id != profile.organization_id for o in state.organizations
    ):
        missing = profile.organization_name or profile.organization_id
    if not other_user and not missing:
        return None
    return IdentityChange(
        state.reconnect_of,
        previous_email=before if other_user else "",
        new_email=now if other_user else "",
        missing_organization=missing,
    )


def identity_accepted(state: WizardState) -> WizardState:
    """The person agreed to use this sign-in although the user or organization changed."""
    if identity_change(state) is None:
        return state
    return replace(state, accepted_identity=_identity_key(state))


def details_submitted(
    state: WizardState, details: ConnectionDetails, request: AuthRequest
) -> WizardState:
    """Details → consent, with a fresh authorization request."""
    return replace(
        state,
        step=Step.CONSENT,
        details=details,
        request=request,
        way_in=WayIn.EMBEDDED,
        code_lifetime=REDIRECT_CODE_LIFETIME,
        verified=None,
        code_caught_at=None,
        phase=Phase.IDLE,
        retries=0,
        tokens=None,
        tokens_held=False,
        error=None,
    )


def way_in_chosen(state: WizardState, way_in: WayIn) -> WizardState:
    """On the sign-in step: the same request continues in another way (own browser...)."""
    if state.step is not Step.CONSENT or state.request is None or state.way_in is way_in:
        return state
    return replace(state, way_in=way_in)


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

    The countdown runs from when the code was entered (:func:`console_code_changed`; else
    ``now``), over the lifetime the person chose in the console (3 to 10 minutes); the
    data center is the one they picked, because no redirect can tell us.
    """
    verified = VerifiedCallback(code, accounts_server.rstrip("/"), details.data_center)
    entered = state.console_code_entered_at
    if entered is not None and state.console_code == console_code_key(code):
        now = entered
    return replace(
        state,
        step=Step.FINISHING,
        details=details,
        request=None,
        way_in=WayIn.CONSOLE_CODE,
        verified=verified,
        code_caught_at=now,
        code_lifetime=lifetime,
        phase=Phase.EXCHANGING,
        retries=0,
        tokens=None,
        error=None,
    )


def console_code_key(code: str) -> str:
    """What stands for a console code in the state: a digest, never the code itself."""
    return "console:" + hashlib.sha256(code.encode()).hexdigest()[:32]


def console_code_changed(state: WizardState, code: str, now: float) -> WizardState:
    """The person entered (or changed, or cleared) the console code on the details page.

    Its countdown runs from this moment: the code's life started when it was generated,
    and the paste is the closest the wizard can know.
    """
    key = console_code_key(code) if code else ""
    if key == state.console_code:
        return state
    return replace(state, console_code=key, console_code_entered_at=now if code else None)


def console_code_spent(state: WizardState, code: str) -> bool:
    """Whether this console code was already sent to Zoho (a code works only once)."""
    return bool(code) and console_code_key(code) in state.exchanged


def exchange_key(state: WizardState) -> str | None:
    """What identifies the caught code, so it is sent to Zoho once only.

    The authorization request's ``state`` for a sign-in; a digest of the code for a code
    from the API console (which has no request). None when no code is waiting.
    """
    if state.verified is None:
        return None
    if state.request is not None:
        return state.request.state
    if state.way_in is WayIn.DEVICE:
        return state.verified.code  # the device sign-in's key (core.device), not a code
    if state.way_in is WayIn.CONSOLE_CODE:
        return console_code_key(state.verified.code)
    return None


def may_exchange(state: WizardState) -> bool:
    """Whether the caught code may be sent to Zoho now: it waits and was never sent."""
    key = exchange_key(state)
    return (
        state.phase is Phase.EXCHANGING
        and state.details is not None
        and key is not None
        and key not in state.exchanged
    )


def exchange_started(state: WizardState) -> WizardState:
    """The caught code is being sent to Zoho (never again after this)."""
    key = exchange_key(state)
    if key is None:
        return state
    return replace(state, exchanged=state.exchanged | {key})


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
    return replace(state, tokens=tokens, device_tokens=None, phase=Phase.STORING, error=None)


def reconnect_signed_in(state: WizardState, previous: Profile) -> WizardState:
    """Reconnect: the new tokens are in hand but NOT stored yet.

    The organizations are fetched with them first, so a different Zoho user or a missing
    organization can be questioned while the saved connection is still untouched.
    ``previous`` is the saved connection, pointed at the accounts server and API domain of
    this sign-in.
    """
    return replace(
        state,
        profile=previous,
        tokens_held=True,
        phase=Phase.LOADING_ORGANIZATIONS,
        error=None,
    )


def held_tokens_discarded(state: WizardState) -> WizardState:
    """A reconnect's held keys were given up (and are being revoked at Zoho)."""
    return replace(state, tokens_held=False)


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
    """Organization → done; a reconnect's held keys are stored by now."""
    return replace(
        state, step=Step.DONE, profile=profile, phase=Phase.IDLE, error=None, tokens_held=False
    )


def failed(state: WizardState, error: errors.ZohoWizardError) -> WizardState:
    """A step failed; the page shows ``error`` with its way forward."""
    if state.step is Step.ORGANIZATION:
        return replace(state, phase=Phase.IDLE, error=error)  # the save is over
    return replace(state, phase=Phase.FAILED, error=error)


def try_again(state: WizardState, request: AuthRequest) -> WizardState:
    """Sign in again with the same details (after an expired code, a Deny...); a device
    sign-in asks for a new code."""
    if state.way_in is WayIn.DEVICE and state.details is not None:
        return device_started(state, state.details)
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
    return details_submitted(state, state.details, request)


def back(state: WizardState) -> WizardState:
    """One step back; details stay filled in. There is no way back past a stored token."""
    if state.step in (Step.CONSENT, Step.FINISHING, Step.DEVICE) and state.tokens is None:
        return replace(
            state,
            step=Step.DETAILS,
            device_tokens=None,
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
    return state.step in (Step.CONSENT, Step.DEVICE)


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
    if state.step is Step.BEFORE_START:
        return state.came_from or Step.DETAILS
    if state.step is Step.DETAILS:
        return Step.CONSENT
    if state.step is Step.ORGANIZATION:
        if identity_change(state) is not None:
            return None  # a changed user or organization must be accepted first
        return Step.DONE if state.organization is not None else None
    return None


# --- the way in with a code from the API console (Self Client) --------------------------

# The API console's Self Client expiry dropdown, in minutes (3 is its default). Zoho's
# exact list is unconfirmed (reference §6); these are the values its pages mention.
SELF_CLIENT_LIFETIMES_MINUTES: tuple[int, ...] = (3, 5, 7, 10)
DEFAULT_SELF_CLIENT_MINUTES = 3


# --- the way in on another device (core.device) --------------------------------------


def device_started(state: WizardState, details: ConnectionDetails) -> WizardState:
    """Details or the sign-in page → the device sign-in, with ``details`` naming the
    Non-browser client (a code is asked for next)."""
    return replace(
        state,
        step=Step.DEVICE,
        details=details,
        request=None,
        way_in=WayIn.DEVICE,
        verified=None,
        code_caught_at=None,
        phase=Phase.IDLE,
        retries=0,
        tokens=None,
        device_tokens=None,
        tokens_held=False,
        error=None,
    )


def device_approved(
    state: WizardState, tokens: TokenSet, key: str, accounts_server: str, location: str
) -> WizardState:
    """Device sign-in → finishing: the keys arrived from ``accounts_server`` (the person's
    data center after an ``other_dc``). They take the after-sign-in path like a caught
    code; nothing expires on the way (``code_caught_at`` stays None)."""
    if state.step is not Step.DEVICE or state.way_in is not WayIn.DEVICE:
        return state
    return replace(
        state,
        step=Step.FINISHING,
        verified=VerifiedCallback(key, accounts_server.rstrip("/"), location or None),
        device_tokens=tokens,
        code_caught_at=None,
        phase=Phase.EXCHANGING,
        retries=0,
        error=None,
    )
