"""Reconnecting a saved connection, as pure transitions: back to the list, and asking
before a different Zoho user or a vanished organization is accepted."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

from zoho_wizard.core import flow as f
from zoho_wizard.core import navigation
from zoho_wizard.core.authorize import AuthRequest, begin_authorization, parse_callback
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import ConnectionDetails
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.flow import IdentityChange, Step, WizardState
from zoho_wizard.core.store import Profile
from zoho_wizard.core.tokens import TokenSet

T0 = 1_700_000_000.0
REDIRECT = "http://127.0.0.1:47214/callback"
ALLOWED = tuple(dc.accounts_url for dc in DATA_CENTERS)
DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-secret-0123456789",
    data_center="eu",
    scopes=("ZohoBooks.settings.READ", "AaaServer.profile.Read"),
    redirect_uri=REDIRECT,
)
TOKENS = TokenSet(
    access_token="fake-access",
    expires_at=T0 + 3600,
    api_domain="https://www.zohoapis.eu",
    refresh_token="fake-refresh",
)
ACME = Organization(organization_id="111", name="Acme Ltd", is_default=True)
OTHER = Organization(organization_id="222", name="Other Co")
_seed = count(1)


def _request() -> AuthRequest:
    n = next(_seed)
    return begin_authorization(
        accounts_url="https://accounts.zoho.eu",
        client_id=DETAILS.client_id,
        redirect_uri=DETAILS.redirect_uri,
        scopes=DETAILS.scopes,
        token_bytes=lambda k: bytes([n]) * k,
    )


def _saved(email: str = "anna@acme.example", organization_id: str = "111") -> Profile:
    """The profile as Connector.store leaves it on a reconnect: the previous organization
    and e-mail carried over."""
    return Profile(
        name="Acme Ltd",
        client_id=DETAILS.client_id,
        data_center="eu",
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
        scopes=DETAILS.scopes,
        organization_id=organization_id,
        organization_name="Acme Ltd" if organization_id == "111" else "",
        user_email=email,
    )


def _signed_in_again(
    orgs: tuple[Organization, ...] = (ACME, OTHER),
    email: str = "anna@acme.example",
    profile: Profile | None = None,
    reconnect: bool = True,
) -> WizardState:
    """Walk a reconnect (or a new connection) up to the organization step."""
    state = (
        navigation.reconnect(DETAILS)
        if reconnect
        else navigation.new_connection(navigation.initial_state(True))
    )
    state = f.details_submitted(state, DETAILS, _request())
    assert state.request is not None
    url = (
        f"{REDIRECT}?state={state.request.state}&code=1000.abc.def&location=eu"
        "&accounts-server=https%3A%2F%2Faccounts.zoho.eu"
    )
    state = f.callback_caught(state, parse_callback(url), T0, allowed_accounts_servers=ALLOWED)
    state = f.exchange_succeeded(state, TOKENS)
    if reconnect:
        # The wizard's path: the saved connection stays untouched until the question is
        # answered and the organization saved.
        state = f.reconnect_signed_in(state, profile or _saved())
    else:
        state = f.stored(state, profile or _saved())
    return f.organizations_loaded(state, orgs, email)


def test_a_reconnect_fetches_organizations_before_anything_is_stored() -> None:
    state = navigation.reconnect(DETAILS)
    state = f.details_submitted(state, DETAILS, _request())
    assert state.request is not None
    url = f"{REDIRECT}?state={state.request.state}&code=1000.abc.def&location=eu"
    state = f.callback_caught(state, parse_callback(url), T0, allowed_accounts_servers=ALLOWED)
    state = f.exchange_succeeded(state, TOKENS)
    previous = _saved()
    state = f.reconnect_signed_in(state, previous)
    assert state.phase is f.Phase.LOADING_ORGANIZATIONS
    assert state.profile is previous  # the saved connection, not a newly stored one
    assert state.tokens is TOKENS  # kept in hand for storing once accepted


# --- back to the list ----------------------------------------------------------------------


def test_back_to_start_from_details_forgets_the_half_typed_reconnect() -> None:
    state = navigation.back_to_start(navigation.reconnect(DETAILS))
    assert state == WizardState(step=Step.START, form_from_reconnect=True)
    assert f.next_step(state) is Step.DETAILS
    # The form still holds the reconnect's values: a new connection starts blank.
    blank = replace(DETAILS, name="Zoho Books", client_id="", client_secret="")
    assert navigation.new_connection(state, blank) == WizardState(step=Step.DETAILS, details=blank)


def test_back_to_start_is_refused_once_sign_in_began() -> None:
    at_consent = f.details_submitted(navigation.reconnect(DETAILS), DETAILS, _request())
    assert navigation.back_to_start(at_consent) is at_consent
    at_org = _signed_in_again()
    assert navigation.back_to_start(at_org) is at_org


# --- the same user and organization came back ---------------------------------------------


def test_same_user_and_organization_need_no_question_and_keep_the_organization() -> None:
    state = _signed_in_again()
    assert f.identity_change(state) is None
    assert state.organization == ACME  # the previous organization is chosen again
    assert f.next_step(state) is Step.DONE


def test_e_mail_case_does_not_count_as_another_user() -> None:
    assert f.identity_change(_signed_in_again(email="Anna@ACME.example ")) is None


def test_an_unknown_e_mail_on_either_side_is_not_a_different_user() -> None:
    assert f.identity_change(_signed_in_again(email="")) is None
    assert f.identity_change(_signed_in_again(profile=_saved(email=""))) is None


def test_a_new_connection_is_never_questioned() -> None:
    state = _signed_in_again(email="someone.else@example.com", reconnect=False, orgs=(OTHER,))
    assert f.identity_change(state) is None
    assert f.next_step(state) is Step.DONE


def test_a_connection_without_an_organization_only_checks_the_user() -> None:
    state = _signed_in_again(profile=_saved(organization_id=""), orgs=(OTHER,))
    assert f.identity_change(state) is None


# --- something changed: ask first ---------------------------------------------------------


def test_a_different_user_is_asked_about_and_blocks_next() -> None:
    state = _signed_in_again(email="bob@elsewhere.example")
    change = f.identity_change(state)
    assert change == IdentityChange(
        "Acme Ltd", previous_email="anna@acme.example", new_email="bob@elsewhere.example"
    )
    assert change.other_user
    assert f.next_step(state) is None

    accepted = f.identity_accepted(state)
    assert f.identity_change(accepted) is None
    assert f.next_step(accepted) is Step.DONE


def test_a_missing_organization_is_named_and_another_is_preselected() -> None:
    state = _signed_in_again(orgs=(OTHER,))
    change = f.identity_change(state)
    assert change == IdentityChange("Acme Ltd", missing_organization="Acme Ltd")
    assert not change.other_user
    assert state.organization == OTHER
    assert f.next_step(state) is None
    assert f.next_step(f.identity_accepted(state)) is Step.DONE


def test_a_missing_organization_without_a_name_is_named_by_its_id() -> None:
    profile = replace(_saved(), organization_name="", organization_id="999")
    change = f.identity_change(_signed_in_again(profile=profile))
    assert change is not None and change.missing_organization == "999"


def test_both_changes_are_reported_together() -> None:
    change = f.identity_change(_signed_in_again(email="bob@elsewhere.example", orgs=(OTHER,)))
    assert change is not None
    assert (change.new_email, change.missing_organization) == ("bob@elsewhere.example", "Acme Ltd")


def test_accepting_covers_only_that_sign_in() -> None:
    accepted = f.identity_accepted(_signed_in_again(email="bob@elsewhere.example"))
    # Signing in again as yet another user asks again.
    again = f.try_again(accepted, _request())
    assert again.step is Step.CONSENT
    url = (
        f"{REDIRECT}?state={again.request.state}&code=1000.abc.ghi&location=eu"  # type: ignore[union-attr]
        "&accounts-server=https%3A%2F%2Faccounts.zoho.eu"
    )
    again = f.callback_caught(again, parse_callback(url), T0, allowed_accounts_servers=ALLOWED)
    again = f.stored(f.exchange_succeeded(again, TOKENS), _saved())
    again = f.organizations_loaded(again, (ACME, OTHER), "carol@elsewhere.example")
    change = f.identity_change(again)
    assert change is not None and change.new_email == "carol@elsewhere.example"


def test_accepting_when_nothing_changed_changes_nothing() -> None:
    state = _signed_in_again()
    assert f.identity_accepted(state) is state


def test_the_question_belongs_to_the_organization_step_only() -> None:
    state = _signed_in_again(email="bob@elsewhere.example")
    done = f.organization_saved(state, _saved(email="bob@elsewhere.example"))
    assert f.identity_change(done) is None
