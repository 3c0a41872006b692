"""One path after sign-in, for every way in: exchange → store → organizations → save.

Whatever brought the code (Zoho's page in the window, the person's own browser, a code
from the API console), what follows is the same, and it lives here:

1. **exchange** the code at once, at the accounts server the callback named, before the
   deadline the flow computed from the moment it was caught; a new connection's keys are
   **stored** in the same job, while a reconnect's are **held** until the person has seen
   who signed in and which organizations that account reaches;
2. **organizations**: list them (and who signed in);
3. **save** the chosen organization (storing a reconnect's held keys first, and naming
   the connection after the organization when a preset asks for that);
4. on the way out, **discard**: revoke at Zoho and forget what cannot be used.

Each step is a blocking method of :class:`AfterSignIn` that takes the flow's state and
returns a plain value, and each has a pure transition that applies that value to the
state (:func:`exchanged` …). The window runs the steps on its worker thread and applies
the results on the GUI thread; :func:`finish` runs them all in a row, for practice mode,
scripts and tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from zoho_wizard.core import errors, organization_rules, timings
from zoho_wizard.core import flow as wizard_flow
from zoho_wizard.core.flow import Phase, Step, WayIn, WizardState
from zoho_wizard.core.ways_in import steps

if TYPE_CHECKING:
    from zoho_wizard.core.authorize import VerifiedCallback
    from zoho_wizard.core.books import Organization
    from zoho_wizard.core.connect import Connector
    from zoho_wizard.core.details import ConnectionDetails
    from zoho_wizard.core.store import Profile
    from zoho_wizard.core.tokens import TokenSet

log = logging.getLogger(__name__)

Report = Callable[[int], None]


@dataclass(frozen=True)
class Exchanged:
    """What the exchange step gives back.

    Attributes:
        tokens: The keys Zoho issued (always kept: they took a sign-in to get).
        stored: A new connection, saved with its keys.
        store_error: Why saving a new connection's keys failed (the keys stay in hand).
        held: A reconnect: the saved connection, pointed at this sign-in's servers; the
            keys are not stored yet.
    """

    tokens: TokenSet
    stored: Profile | None = None
    store_error: errors.ZohoWizardError | None = None
    held: Profile | None = None


@dataclass(frozen=True)
class Organizations:
    """What the organizations step gives back."""

    organizations: tuple[Organization, ...]
    user_email: str = ""


class AfterSignIn:
    """The blocking work after sign-in, for one attempt, over one :class:`Connector`.

    Args:
        connector: Does the network and storage work (its store is where keys go).
    """

    def __init__(self, connector: Connector) -> None:
        self.connector = connector

    def exchange(self, state: WizardState, on_retry: Report | None = None) -> Exchanged:
        """Exchange the caught code; store a new connection's keys straight away.

        Raises:
            ZohoWizardError: the exchange failed, already in this way in's words.
        """
        details, verified = state.details, state.verified
        if details is None or verified is None:
            raise ValueError("no code to exchange")
        try:
            if state.way_in is WayIn.DEVICE:
                # A device sign-in's keys came with its last poll: they are checked, not
                # exchanged (core.device).
                if state.device_tokens is None:
                    raise ValueError("no keys from the device sign-in")
                tokens = self.connector.accept(details, verified, state.device_tokens)
            else:
                tokens = self.connector.exchange(
                    details,
                    state.request,
                    verified,
                    wizard_flow.code_deadline(state),
                    on_retry=(lambda attempt, _exc: on_retry(attempt)) if on_retry else None,
                )
        except errors.ZohoWizardError as exc:
            raise steps(state.way_in).failure(exc) from None
        timings.mark("code_exchanged")
        if state.reconnect_of is not None:
            return Exchanged(tokens, held=self._reconnected_profile(state, tokens))
        try:
            return Exchanged(tokens, stored=self._store(details, verified, tokens))
        except errors.ZohoWizardError as exc:
            return Exchanged(tokens, store_error=exc)  # "try again" or "this session only"

    def _reconnected_profile(self, state: WizardState, tokens: TokenSet) -> Profile | None:
        """The saved connection being reconnected, pointed at this sign-in's servers."""
        verified, details, name = state.verified, state.details, state.reconnect_of
        if verified is None or details is None or name is None:
            return None
        try:
            previous = self.connector.profiles.get(name)
        except errors.ZohoWizardError:
            return None  # a damaged entry: store first, as for a new connection
        connector = self.connector
        return replace(
            previous,
            accounts_server=verified.accounts_server,
            api_domain=connector.api_domain(details, verified, tokens),
        )

    def store(self, state: WizardState) -> Profile:
        """Store keys already in hand (again, after the password store failed)."""
        details, tokens, verified = state.details, state.tokens, state.verified
        if details is None or tokens is None or verified is None:
            raise ValueError("no keys to store")
        return self._store(details, verified, tokens)

    def _store(
        self, details: ConnectionDetails, verified: VerifiedCallback, tokens: TokenSet
    ) -> Profile:
        """Save the keys; any failure is a plain error and the caller keeps ``tokens``."""
        try:
            return self.connector.store(details, verified, tokens)
        except errors.ZohoWizardError:
            raise
        except Exception:
            log.exception("unexpected failure while saving your keys")
            raise errors.UnexpectedStoreError() from None

    def organizations(self, state: WizardState) -> Organizations:
        """The organizations this sign-in reaches, and who signed in (when allowed)."""
        profile, tokens = state.profile, state.tokens
        if profile is None or tokens is None:
            raise ValueError("not connected yet")
        orgs = self.connector.organizations(profile, tokens)
        return Organizations(tuple(orgs), self.connector.user_email(profile, tokens))

    def save_organization(self, state: WizardState, taken: Iterable[str] = ()) -> Profile:
        """Bind the connection to the chosen organization.

        A reconnect's held keys are stored first (revoking the superseded refresh token);
        a preset's ``… {organization}`` name is completed (``taken`` are the other names).
        """
        org, profile = state.organization, state.profile
        if org is None or profile is None:
            raise ValueError("no organization chosen")
        stored = profile
        details, verified, tokens = state.details, state.verified, state.tokens
        if state.tokens_held and details and verified and tokens:
            stored = self.connector.store(details, verified, tokens)
        chosen = self.connector.choose_organization(stored, org, state.user_email)
        return self.connector.rename_after_organization(chosen, org.name, taken)

    def discard(self, state: WizardState) -> None:
        """Give up this sign-in's keys: revoke at Zoho and forget what was saved.

        A reconnect's held keys are only revoked (the saved connection was never
        touched); a new connection is removed altogether.
        """
        profile, tokens, details = state.profile, state.tokens, state.details
        if state.tokens_held:
            if tokens is not None and tokens.refresh_token and profile is not None:
                self.connector.revoke_quietly(
                    profile.accounts_server,
                    tokens.refresh_token,
                    client_id=details.client_id if details else None,
                    client_secret=details.client_secret if details else None,
                )
            return
        if profile is not None:
            self.connector.discard(profile)

    def where_kept(self, name: str) -> str:
        """Plain words for where a connection's keys are (cosmetic: never fails)."""
        try:
            return self.connector.secrets.describe(name)
        except Exception:
            log.exception("could not describe the secret store")
            return ""


# --- the results, applied to the flow (pure) ------------------------------------------


def exchanged(state: WizardState, result: Exchanged) -> WizardState:
    """Apply the exchange step's result: stored, failed to store, held, or store next."""
    state = wizard_flow.exchange_succeeded(state, result.tokens)
    if result.stored is not None:
        return wizard_flow.stored(state, result.stored)
    if result.store_error is not None:
        return wizard_flow.failed(state, result.store_error)
    if result.held is not None:
        return wizard_flow.reconnect_signed_in(state, result.held)
    return state  # phase STORING: a reconnect of a damaged entry is stored first


def organizations_found(
    state: WizardState, result: Organizations, allowed: Iterable[str] | None = None
) -> WizardState:
    """Apply the organizations step's result, inside what a preset allows.

    With only one organization to choose from (and nothing for the person to accept on a
    reconnect) it is confirmed without asking: the state stays on the finishing step with
    the organization being saved (:func:`confirmed_without_asking`).
    """
    allowed = None if allowed is None else tuple(allowed)
    state = wizard_flow.organizations_loaded(state, result.organizations, result.user_email)
    state = organization_rules.limit_organizations(state, allowed)
    if not _only_choice(state, allowed):
        return state
    return replace(state, step=Step.FINISHING, phase=Phase.SAVING)


def _only_choice(state: WizardState, allowed: tuple[str, ...] | None) -> bool:
    if state.error is not None or state.organization is None:
        return False
    if state.way_in in (WayIn.OWN_BROWSER, WayIn.DEVICE):
        # The code came back through a listener any local program could have answered
        # first, or the approval was given on another device: the person sees who signed
        # in before anything is chosen for them.
        return False
    if wizard_flow.identity_change(state) is not None:
        return False  # a reconnect's changed user or organization: the person decides
    selectable = [
        o
        for o in state.organizations
        if organization_rules.organization_choice_allowed(o.organization_id, allowed)
    ]
    return len(selectable) == 1


def confirmed_without_asking(state: WizardState) -> bool:
    """True while the only organization is being saved straight from the finishing step."""
    return state.step is Step.FINISHING and state.phase is Phase.SAVING


def must_discard(state: WizardState) -> bool:
    """True when this sign-in cannot be used and must be undone (no organization allowed)."""
    return isinstance(state.error, errors.NoAllowedOrganizationError)


# --- all of it in a row, for practice mode, scripts and tests --------------------------


def finish(
    after: AfterSignIn,
    state: WizardState,
    *,
    choose: Callable[[tuple[Organization, ...]], str | None] | None = None,
    allowed: Iterable[str] | None = None,
    taken: Iterable[str] = (),
) -> WizardState:
    """Walk the after-sign-in path to Done (or to the first failure) without a window.

    Args:
        after: The work, over the attempt's connector.
        state: The flow right after the code was caught (phase EXCHANGING).
        choose: Picks an organization ID from those found (default: the flow's choice).
        allowed: The organization IDs a preset allows.
        taken: Names of other saved connections.

    Returns:
        The flow's state at DONE, or where it failed (``state.error`` says why).
    """
    if not wizard_flow.may_exchange(state):
        raise ValueError("no code waiting to be exchanged")
    allowed = None if allowed is None else tuple(allowed)  # (read twice below)
    state = wizard_flow.exchange_started(state)
    try:
        state = exchanged(state, after.exchange(state))
        if state.phase is Phase.STORING:
            state = wizard_flow.stored(state, after.store(state))
        if state.phase is Phase.FAILED:
            return state
        state = organizations_found(state, after.organizations(state), allowed)
    except errors.ZohoWizardError as exc:
        return wizard_flow.failed(state, exc)
    if must_discard(state):
        after.discard(state)
        return state
    if choose is not None:
        wanted = choose(state.organizations)
        if wanted is not None and organization_rules.organization_choice_allowed(wanted, allowed):
            state = wizard_flow.organization_selected(state, wanted)
    if state.organization is None or wizard_flow.identity_change(state) is not None:
        # Nothing to choose, or a reconnect's changed user or organization: a person must
        # decide.
        return state
    try:
        profile = after.save_organization(wizard_flow.saving_organization(state), taken)
    except errors.ZohoWizardError as exc:
        return wizard_flow.failed(state, exc)
    return wizard_flow.organization_saved(state, profile)
