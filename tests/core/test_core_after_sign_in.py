"""The one path after sign-in (core.after_sign_in), against the fake server over real HTTP:
a new connection is stored at once, a reconnect's keys are held until the organization is
saved, discarding revokes, a store failure keeps the keys, the deadline comes from the
flow, and a code is sent to Zoho once only."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode

import keyring
import pytest
import requests
from core_fakes import BrokenSecretStore, FakeClock, FakeServer

from zoho_wizard.core import errors, navigation, ways_in
from zoho_wizard.core import flow as f
from zoho_wizard.core.after_sign_in import (
    AfterSignIn,
    exchanged,
    finish,
    must_discard,
    organizations_found,
)
from zoho_wizard.core.authorize import parse_callback
from zoho_wizard.core.connect import Connector
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Phase, Step, WayIn, WizardState
from zoho_wizard.core.screen import Offer, ScreenState, recovery_offers
from zoho_wizard.core.store import (
    APP_NAME,
    SECRET_KINDS,
    KeyringSecretStore,
    MemorySecretStore,
    ProfileStore,
    SecretStore,
)

T0 = 1_700_000_000.0
Action = errors.Action
BOOKS_SCOPE = "ZohoBooks.settings.READ"
PROFILE_SCOPE = "AaaServer.profile.Read"
DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-client-secret-0123456789",
    data_center="eu",
    scopes=(BOOKS_SCOPE, PROFILE_SCOPE),
    redirect_uri="http://127.0.0.1:47214/callback",
    use_pkce=True,
)
CONSOLE_CODE = "1000." + "c" * 32 + "." + "d" * 32


def _revoked(token: str) -> dict[str, str]:
    """A revoke request's form: the token, with the app's credentials (RFC 7009)."""
    return {
        "token": token,
        "client_id": DETAILS.client_id,
        "client_secret": DETAILS.client_secret,
    }


# --- the world: the fake server as every data center's accounts server and API ------------


def _endpoints(server: FakeServer) -> Endpoints:
    return Endpoints(
        MappingProxyType({"us": server.url, "eu": server.url + "/eu"}), label="test server"
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def _connector(
    server: FakeServer,
    session: requests.Session,
    config_path: Path,
    clock: FakeClock,
    secrets: SecretStore | None = None,
) -> Connector:
    return Connector(
        _endpoints(server),
        ProfileStore(config_path),
        secrets if secrets is not None else KeyringSecretStore(),
        session=session,
        clock=clock,
        sleep=clock.sleep,
    )


@pytest.fixture
def after(
    server: FakeServer, session: requests.Session, config_path: Path, clock: FakeClock
) -> AfterSignIn:
    return AfterSignIn(_connector(server, session, config_path, clock))


def _token_body(server: FakeServer, refresh: str, scopes: tuple[str, ...]) -> dict[str, Any]:
    return {
        "access_token": f"access-for-{refresh}",
        "refresh_token": refresh,
        "api_domain": server.url,
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": " ".join(scopes),
    }


def _org(org_id: str, name: str, default: bool = False) -> dict[str, Any]:
    return {"organization_id": org_id, "name": name, "is_default_org": default}


ZILLUM = _org("111", "Zillum", default=True)
OTHER = _org("222", "Other Co")


def _zoho_answers(
    server: FakeServer,
    refresh: str,
    *,
    orgs: tuple[dict[str, Any], ...] = (ZILLUM, OTHER),
    email: str | None = "anna@acme.example",
) -> None:
    """Queue the token answer, the organizations and (with an e-mail) who signed in."""
    scopes = (BOOKS_SCOPE, PROFILE_SCOPE) if email is not None else (BOOKS_SCOPE,)
    server.reply(200, _token_body(server, refresh, scopes))
    server.reply(200, {"code": 0, "message": "success", "organizations": list(orgs)})
    if email is not None:
        server.reply(200, {"Email": email, "ZUID": 1})


def _signed_in(
    server: FakeServer,
    start: WizardState | None = None,
    *,
    details: ConnectionDetails = DETAILS,
    code: str = "fake-code-1",
    dc: str = "eu",
    way_in: WayIn = WayIn.EMBEDDED,
) -> WizardState:
    """The flow right after Zoho's page came back with a code that names ``dc``'s server."""
    endpoints = _endpoints(server)
    request = ways_in.new_request(endpoints, details)
    state = f.details_submitted(start or navigation.initial_state(False), details, request)
    state = f.way_in_chosen(state, way_in)
    query = {
        "state": request.state,
        "code": code,
        "location": dc,
        "accounts-server": endpoints.accounts_url(dc),
    }
    state = f.callback_caught(
        state,
        parse_callback(f"{details.redirect_uri}?{urlencode(query)}"),
        T0,
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    assert state.phase is Phase.EXCHANGING, state.error
    return state


def _console_code_entered(
    accounts_server: str = "https://accounts.zoho.eu",
    *,
    code: str = CONSOLE_CODE,
    lifetime: float = 180.0,
) -> WizardState:
    """The flow right after a Self Client code was pasted, to be used at ``accounts_server``."""
    return f.self_client_code_entered(
        navigation.initial_state(False), DETAILS, code, accounts_server, T0, lifetime
    )


def _secret(name: str, kind: str) -> str | None:
    return keyring.get_password(APP_NAME, f"{name}/{kind}")


def _calls(server: FakeServer, since: int = 0) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in server.requests[since:]]


def _connected(after: AfterSignIn, server: FakeServer, refresh: str = "refresh-old") -> Any:
    """A saved connection to Zillum, made by anna (the one a reconnect starts from)."""
    _zoho_answers(server, refresh)
    done = finish(after, _signed_in(server, code="first-code"))
    assert done.step is Step.DONE
    return after.connector.profiles.get(DETAILS.name)


# --- a new connection: stored at once ---------------------------------------------------------


def test_a_new_connection_is_stored_with_the_exchange_then_gets_its_organization(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    state = f.exchange_started(_signed_in(server))
    _zoho_answers(server, "refresh-1")

    result = after.exchange(state)
    # Stored in the same job: the keys in the password store, the settings in the file.
    assert result.stored is not None and result.held is None and result.store_error is None
    assert _secret("Acme Ltd", "refresh_token") == "refresh-1"
    assert _secret("Acme Ltd", "client_secret") == DETAILS.client_secret
    assert json.loads(_secret("Acme Ltd", "access_token") or "{}")["access_token"] == (
        "access-for-refresh-1"
    )
    saved = ProfileStore(config_path).get("Acme Ltd")
    assert saved == result.stored
    assert (saved.data_center, saved.accounts_server) == ("eu", server.url + "/eu")
    text = config_path.read_text(encoding="utf-8")
    for secret in ("refresh-1", "access-for-refresh-1", DETAILS.client_secret, "fake-code-1"):
        assert secret not in text
    # The code went to the accounts server the callback named, with the PKCE verifier.
    token_call = server.requests[0]
    assert (token_call.method, token_call.path) == ("POST", "/eu/oauth/v2/token")
    assert state.request is not None
    assert token_call.form["code"] == "fake-code-1"
    assert token_call.form["redirect_uri"] == DETAILS.redirect_uri
    assert token_call.form["code_verifier"] == state.request.code_verifier

    state = exchanged(state, result)
    assert state.phase is Phase.LOADING_ORGANIZATIONS
    assert state.profile == result.stored and not state.tokens_held

    found = after.organizations(state)
    assert [o.name for o in found.organizations] == ["Zillum", "Other Co"]
    assert found.user_email == "anna@acme.example"
    state = organizations_found(state, found)
    assert state.step is Step.ORGANIZATION
    assert state.organization is not None and state.organization.name == "Zillum"

    profile = after.save_organization(f.saving_organization(state))
    state = f.organization_saved(state, profile)
    assert state.step is Step.DONE
    saved = ProfileStore(config_path).get("Acme Ltd")
    assert (saved.organization_id, saved.organization_name) == ("111", "Zillum")
    assert saved.user_email == "anna@acme.example"
    assert _calls(server) == [
        ("POST", "/eu/oauth/v2/token"),
        ("GET", "/books/v3/organizations"),
        ("GET", "/eu/oauth/user/info"),
    ]
    assert server.requests[1].header("Authorization") == "Zoho-oauthtoken access-for-refresh-1"


def test_finish_walks_a_new_connection_to_done_without_a_window(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server))
    assert state.step is Step.DONE and state.error is None
    assert state.profile is not None and state.profile.organization_name == "Zillum"
    assert state.user_email == "anna@acme.example"
    assert ProfileStore(config_path).get("Acme Ltd") == state.profile
    assert _secret("Acme Ltd", "refresh_token") == "refresh-1"
    assert _calls(server) == [
        ("POST", "/eu/oauth/v2/token"),
        ("GET", "/books/v3/organizations"),
        ("GET", "/eu/oauth/user/info"),
    ]


def test_without_the_profile_scope_nobody_is_asked_who_signed_in(
    after: AfterSignIn, server: FakeServer
) -> None:
    _zoho_answers(server, "refresh-1", email=None)
    state = finish(after, _signed_in(server))
    assert state.step is Step.DONE
    assert state.user_email == ""
    assert ("GET", "/eu/oauth/user/info") not in _calls(server)


def test_finish_lets_the_caller_choose_the_organization(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server), choose=lambda orgs: orgs[-1].organization_id)
    assert state.step is Step.DONE
    assert ProfileStore(config_path).get("Acme Ltd").organization_name == "Other Co"


# --- a reconnect: the keys are held until the organization is saved --------------------------


def test_a_reconnect_holds_the_new_keys_until_the_organization_is_saved(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    before = _connected(after, server)
    since = len(server.requests)
    state = f.exchange_started(
        _signed_in(server, navigation.reconnect(DETAILS), code="second-code")
    )
    _zoho_answers(server, "refresh-new")

    result = after.exchange(state)
    assert result.held is not None and result.stored is None
    state = exchanged(state, result)
    assert state.tokens_held and state.phase is Phase.LOADING_ORGANIZATIONS
    # Nothing saved yet: the old key still works, the file is as it was.
    assert _secret("Acme Ltd", "refresh_token") == "refresh-old"
    assert ProfileStore(config_path).get("Acme Ltd") == before

    state = organizations_found(state, after.organizations(state))
    assert state.organization is not None and state.organization.organization_id == "111"
    assert f.identity_change(state) is None  # same user, same organization
    assert _secret("Acme Ltd", "refresh_token") == "refresh-old"
    assert ProfileStore(config_path).get("Acme Ltd") == before

    profile = after.save_organization(f.saving_organization(state))
    state = f.organization_saved(state, profile)
    assert state.step is Step.DONE and not state.tokens_held
    assert _secret("Acme Ltd", "refresh_token") == "refresh-new"
    assert ProfileStore(config_path).get("Acme Ltd").organization_id == "111"
    assert _calls(server, since) == [
        ("POST", "/eu/oauth/v2/token"),
        ("GET", "/books/v3/organizations"),
        ("GET", "/eu/oauth/user/info"),
        ("POST", "/eu/oauth/v2/token/revoke"),  # the superseded key, once the new one is safe
    ]
    assert server.requests[-1].form == _revoked("refresh-old")


def test_a_reconnect_revokes_the_old_key_where_it_was_issued(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    """Connected in the US, reconnected in the EU: the old key is revoked in the US."""
    _zoho_answers(server, "refresh-old")
    assert finish(after, _signed_in(server, dc="us", code="first-code")).step is Step.DONE
    _zoho_answers(server, "refresh-new")
    state = finish(after, _signed_in(server, navigation.reconnect(DETAILS), code="second-code"))
    assert state.step is Step.DONE
    assert ProfileStore(config_path).get("Acme Ltd").accounts_server == server.url + "/eu"
    revoke = server.requests[-1]
    assert (revoke.method, revoke.path, revoke.form) == (
        "POST",
        "/oauth/v2/token/revoke",
        _revoked("refresh-old"),
    )


@pytest.mark.parametrize(
    ("email", "orgs", "changed"),
    [
        ("bob@other.example", (ZILLUM, OTHER), "user"),
        ("anna@acme.example", (OTHER,), "organization"),
    ],
)
def test_a_reconnect_by_someone_else_stops_for_a_person_with_nothing_stored(
    after: AfterSignIn,
    server: FakeServer,
    config_path: Path,
    email: str,
    orgs: tuple[dict[str, Any], ...],
    changed: str,
) -> None:
    before = _connected(after, server)
    since = len(server.requests)
    _zoho_answers(server, "refresh-new", orgs=orgs, email=email)
    state = finish(after, _signed_in(server, navigation.reconnect(DETAILS), code="second-code"))

    assert state.step is Step.ORGANIZATION and state.error is None
    change = f.identity_change(state)
    assert change is not None and change.connection == "Acme Ltd"
    if changed == "user":
        assert (change.previous_email, change.new_email) == (
            "anna@acme.example",
            "bob@other.example",
        )
    else:
        assert change.missing_organization == "Zillum"
    assert f.next_step(state) is None  # "Use this organization" waits for the person
    assert state.tokens_held
    assert _secret("Acme Ltd", "refresh_token") == "refresh-old"
    assert ProfileStore(config_path).get("Acme Ltd") == before
    assert ("POST", "/eu/oauth/v2/token/revoke") not in _calls(server, since)


# --- discard: give up this sign-in's keys ------------------------------------------------------


def test_discarding_held_keys_revokes_only_the_new_key(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    before = _connected(after, server)
    _zoho_answers(server, "refresh-new", email="bob@other.example")
    state = finish(after, _signed_in(server, navigation.reconnect(DETAILS), code="second-code"))
    assert state.tokens_held
    since = len(server.requests)
    server.reply(200, {"status": "success"})

    after.discard(state)

    assert _calls(server, since) == [("POST", "/eu/oauth/v2/token/revoke")]
    assert server.requests[-1].form == _revoked("refresh-new")
    assert _secret("Acme Ltd", "refresh_token") == "refresh-old"
    assert _secret("Acme Ltd", "client_secret") == DETAILS.client_secret
    assert ProfileStore(config_path).get("Acme Ltd") == before


def test_discarding_a_new_connection_revokes_it_and_removes_it(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    state = f.exchange_started(_signed_in(server))
    _zoho_answers(server, "refresh-1")
    state = exchanged(state, after.exchange(state))
    state = organizations_found(state, after.organizations(state))
    since = len(server.requests)
    server.reply(200, {"status": "success"})

    after.discard(state)

    assert _calls(server, since) == [("POST", "/eu/oauth/v2/token/revoke")]
    assert server.requests[-1].form == _revoked("refresh-1")
    for kind in SECRET_KINDS:
        assert _secret("Acme Ltd", kind) is None
    assert ProfileStore(config_path).load().profiles == {}


# --- a preset that allows none of this account's organizations ------------------------------


def test_when_no_organization_is_allowed_finish_discards_the_new_connection(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    _zoho_answers(server, "refresh-1")
    server.reply(200, {"status": "success"})
    state = finish(after, _signed_in(server), allowed=["999"])

    assert must_discard(state)
    assert isinstance(state.error, errors.NoAllowedOrganizationError)
    assert state.step is Step.ORGANIZATION and state.organization is None
    assert recovery_offers(ScreenState(state)) == (Offer(Action.TRY_AGAIN, True),)
    assert _calls(server)[-1] == ("POST", "/eu/oauth/v2/token/revoke")
    assert server.requests[-1].form == _revoked("refresh-1")
    for kind in SECRET_KINDS:
        assert _secret("Acme Ltd", kind) is None
    assert ProfileStore(config_path).load().profiles == {}


def test_when_no_organization_is_allowed_a_reconnect_keeps_the_saved_connection(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    before = _connected(after, server)
    _zoho_answers(server, "refresh-new")
    server.reply(200, {"status": "success"})
    state = finish(
        after,
        _signed_in(server, navigation.reconnect(DETAILS), code="second-code"),
        allowed=["999"],
    )
    assert must_discard(state)
    assert server.requests[-1].form == _revoked("refresh-new")
    assert _secret("Acme Ltd", "refresh_token") == "refresh-old"
    assert ProfileStore(config_path).get("Acme Ltd") == before


def test_an_allowed_organization_is_chosen_over_a_forbidden_default(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server), allowed=["222"])
    assert state.step is Step.DONE and not must_discard(state)
    assert ProfileStore(config_path).get("Acme Ltd").organization_id == "222"


def test_finish_never_saves_an_organization_the_preset_forbids(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    """A caller's ``choose`` cannot pick past the firm's list (the page greys those out)."""
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server), allowed=["222"], choose=lambda _orgs: "111")
    assert state.organization is None or state.organization.organization_id == "222"
    assert ProfileStore(config_path).get("Acme Ltd").organization_id in ("", "222")


# --- a password store that refuses: the keys are kept ----------------------------------------


@pytest.mark.fault
@pytest.mark.parametrize(
    ("refusal", "shown"),
    [
        (errors.KeyringUnavailableError, errors.KeyringUnavailableError),
        (lambda: RuntimeError("the store fell over"), errors.UnexpectedStoreError),
    ],
)
@pytest.mark.parametrize("fail_on", ["client_secret", "refresh_token"])
def test_a_store_failure_keeps_the_keys_and_offers_to_save_them_again(
    server: FakeServer,
    session: requests.Session,
    config_path: Path,
    clock: FakeClock,
    refusal: Callable[[], Exception],
    shown: type[errors.ZohoWizardError],
    fail_on: str,
) -> None:
    broken = BrokenSecretStore(refusal, fail_on=fail_on)
    after = AfterSignIn(_connector(server, session, config_path, clock, broken))
    state = f.exchange_started(_signed_in(server))
    _zoho_answers(server, "refresh-1")

    result = after.exchange(state)
    assert isinstance(result.store_error, shown)
    assert result.stored is None and result.tokens.refresh_token == "refresh-1"
    state = exchanged(state, result)
    assert state.phase is Phase.FAILED and state.step is Step.FINISHING
    assert state.tokens is not None and state.tokens.refresh_token == "refresh-1"
    assert state.profile is None
    assert broken.items == {}  # nothing half-written
    assert not config_path.exists() or ProfileStore(config_path).load().profiles == {}
    assert _calls(server) == [("POST", "/eu/oauth/v2/token")]  # nothing revoked, no orgs yet
    assert recovery_offers(ScreenState(state)) == (
        Offer(Action.RETRY, True, "save"),
        Offer(Action.CHOOSE_STORAGE),
    )
    assert recovery_offers(ScreenState(state, session_only=True)) == (
        Offer(Action.RETRY, True, "save"),
    )
    assert not f.can_go_back(state)  # going back would throw the keys away

    # "Keep for this session only": the same keys, saved elsewhere, without signing in again.
    elsewhere = AfterSignIn(_connector(server, session, config_path, clock, MemorySecretStore()))
    state = f.retry_storing(state)
    profile = elsewhere.store(state)
    state = f.stored(state, profile)
    assert state.phase is Phase.LOADING_ORGANIZATIONS
    assert profile.secret_store == "session"
    assert elsewhere.connector.secrets.get("Acme Ltd", "refresh_token") == "refresh-1"
    assert _calls(server) == [("POST", "/eu/oauth/v2/token")]  # the code was used once


@pytest.mark.fault
def test_finish_stops_at_a_store_failure_with_the_keys_in_hand(
    server: FakeServer, session: requests.Session, config_path: Path, clock: FakeClock
) -> None:
    broken = BrokenSecretStore(errors.KeyringUnavailableError)
    after = AfterSignIn(_connector(server, session, config_path, clock, broken))
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server))
    assert state.phase is Phase.FAILED
    assert isinstance(state.error, errors.KeyringUnavailableError)
    assert state.tokens is not None and state.tokens.refresh_token == "refresh-1"
    assert _calls(server) == [("POST", "/eu/oauth/v2/token")]


@pytest.mark.fault
def test_a_reconnect_of_a_vanished_connection_keeps_the_keys_when_the_store_fails(
    server: FakeServer, session: requests.Session, config_path: Path, clock: FakeClock
) -> None:
    """The saved entry is gone, so the keys are stored first, as for a new connection; a
    store that falls over must not lose them either."""
    broken = BrokenSecretStore(lambda: RuntimeError("the store fell over"))
    after = AfterSignIn(_connector(server, session, config_path, clock, broken))
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server, navigation.reconnect(DETAILS)))
    assert state.phase is Phase.FAILED
    assert isinstance(state.error, errors.StorageError)
    assert state.tokens is not None and state.tokens.refresh_token == "refresh-1"
    assert recovery_offers(ScreenState(state))[0] == Offer(Action.RETRY, True, "save")


def test_a_reconnect_of_a_vanished_connection_is_stored_first(
    after: AfterSignIn, server: FakeServer, config_path: Path
) -> None:
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server, navigation.reconnect(DETAILS)))
    assert state.step is Step.DONE and not state.tokens_held
    assert _secret("Acme Ltd", "refresh_token") == "refresh-1"
    assert ProfileStore(config_path).get("Acme Ltd").organization_id == "111"


# --- the deadline comes from the flow -----------------------------------------------------------


def _give_up_after_hang_ups(
    server: FakeServer,
    session: requests.Session,
    config_path: Path,
    state: WizardState,
) -> tuple[WizardState, int, float]:
    """Run ``finish`` while the accounts server hangs up on every request.

    Returns the final state, how many times the code was sent, and when (on the fake
    clock) the last attempt was made.
    """
    clock = FakeClock(T0)
    after = AfterSignIn(_connector(server, session, config_path, clock))
    since = len(server.requests)
    for _ in range(200):
        server.hang_up()
    done = finish(after, state)
    return done, len(server.requests) - since, clock.now


@pytest.mark.fault
def test_network_retries_last_as_long_as_the_flow_says_the_code_lives(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    cases = {
        "console code, 10 s": _console_code_entered(server.url + "/eu", lifetime=10.0),
        "redirect code, 60 s": _signed_in(server),
        "console code, 300 s": _console_code_entered(server.url + "/eu", lifetime=300.0),
    }
    attempts: list[int] = []
    for what, state in cases.items():
        deadline = f.code_deadline(state)
        done, sent, last_at = _give_up_after_hang_ups(server, session, config_path, state)
        assert done.phase is Phase.FAILED and done.tokens is None, what
        assert last_at < deadline - 1.0, what  # never sends a code in its last second
        assert last_at + 4.0 >= deadline - 1.0, what  # nor gives up while time remains
        attempts.append(sent)
    assert attempts[0] < attempts[1] < attempts[2], attempts
    assert attempts[0] > 1  # it did try again


@pytest.mark.fault
def test_a_console_code_that_ran_out_is_explained_in_console_terms(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    redirect, _, _ = _give_up_after_hang_ups(server, session, config_path, _signed_in(server))
    console, _, _ = _give_up_after_hang_ups(
        server, session, config_path, _console_code_entered(server.url + "/eu", lifetime=10.0)
    )
    assert isinstance(redirect.error, errors.CodeExpiredError)
    assert "internet connection" in redirect.error.fix
    assert "sign in again" in redirect.error.fix.lower()

    assert console.error is not None
    assert "API console" in console.error.message
    assert "Generate a new code" in console.error.fix
    assert "sign in" not in str(console.error).lower()  # there is no sign-in to repeat
    assert recovery_offers(ScreenState(console)) == (
        Offer(Action.TRY_AGAIN, True, "new_code"),
        Offer(Action.OPEN_API_CONSOLE),
    )


def test_a_spent_console_code_asks_for_a_new_one(after: AfterSignIn, server: FakeServer) -> None:
    server.reply(200, {"error": "invalid_code"})
    state = finish(after, _console_code_entered(server.url + "/eu"))
    assert state.phase is Phase.FAILED
    assert isinstance(state.error, errors.InvalidCodeError)
    assert "Generate a new code" in state.error.fix
    form = server.requests[0].form
    assert form["code"] == CONSOLE_CODE
    assert "redirect_uri" not in form and "code_verifier" not in form


def test_a_spent_redirect_code_asks_to_sign_in_again(
    after: AfterSignIn, server: FakeServer
) -> None:
    server.reply(200, {"error": "invalid_code"})
    state = finish(after, _signed_in(server))
    assert isinstance(state.error, errors.InvalidCodeError)
    assert state.error.message == errors.InvalidCodeError.default_message
    assert recovery_offers(ScreenState(state))[0] == Offer(Action.TRY_AGAIN, True)


# --- exactly once ------------------------------------------------------------------------------


def test_a_code_is_never_sent_to_zoho_twice(after: AfterSignIn, server: FakeServer) -> None:
    state = _signed_in(server)
    assert f.may_exchange(state)
    started = f.exchange_started(state)
    assert not f.may_exchange(started)
    with pytest.raises(ValueError):
        finish(after, started)
    assert server.requests == []

    _zoho_answers(server, "refresh-1")
    done = finish(after, state)
    assert done.step is Step.DONE
    # Going back to the list and starting over remembers the spent code.
    key = f.exchange_key(state)
    assert key is not None
    assert key in navigation.new_connection(done).exchanged
    assert key in navigation.reconnect(DETAILS, done).exchanged
    with pytest.raises(ValueError):
        finish(after, replace(state, exchanged=navigation.new_connection(done).exchanged))
    assert len([r for r in server.requests if r.path.endswith("/oauth/v2/token")]) == 1


def test_a_console_code_is_remembered_by_a_digest_never_by_the_code() -> None:
    state = _console_code_entered()
    key = f.exchange_key(state)
    assert key is not None and key.startswith("console:")
    assert CONSOLE_CODE not in key and "c" * 32 not in key and "d" * 32 not in key
    assert key == f.exchange_key(_console_code_entered())  # the same code, the same key
    assert key != f.exchange_key(_console_code_entered(code=CONSOLE_CODE[:-1] + "e"))
    started = f.exchange_started(state)
    assert started.exchanged == frozenset({key})
    assert CONSOLE_CODE not in repr(started)
    assert not f.may_exchange(started)


def test_a_sign_in_is_remembered_by_its_request_state(server: FakeServer) -> None:
    state = _signed_in(server)
    assert state.request is not None
    assert f.exchange_key(state) == state.request.state
    assert "fake-code-1" not in repr(f.exchange_started(state))


# --- a preset's "Books – {organization}" name -------------------------------------------------


@pytest.mark.parametrize(
    ("taken", "expected"), [((), "Books – Zillum"), (("Books – Zillum",), "Books – Zillum 2")]
)
def test_saving_the_organization_names_the_connection_and_moves_its_keys(
    after: AfterSignIn,
    server: FakeServer,
    config_path: Path,
    taken: tuple[str, ...],
    expected: str,
) -> None:
    pattern = "Books – {organization}"
    details = replace(DETAILS, name=pattern)
    _zoho_answers(server, "refresh-1")
    state = finish(after, _signed_in(server, details=details), taken=taken)

    assert state.step is Step.DONE
    assert state.profile is not None and state.profile.name == expected
    assert set(ProfileStore(config_path).load().profiles) == {expected}
    assert _secret(expected, "refresh_token") == "refresh-1"
    assert _secret(expected, "client_secret") == DETAILS.client_secret
    assert _secret(expected, "access_token") is not None
    for kind in SECRET_KINDS:
        assert _secret(pattern, kind) is None  # nothing left under the pattern


def test_way_in_is_kept_through_the_path(after: AfterSignIn, server: FakeServer) -> None:
    """The own browser brings the same request back: the same path, the same result."""
    state = _signed_in(server, way_in=WayIn.OWN_BROWSER)
    assert state.way_in is WayIn.OWN_BROWSER
    _zoho_answers(server, "refresh-1")
    done = finish(after, state)
    assert done.step is Step.DONE and done.way_in is WayIn.OWN_BROWSER


@pytest.mark.parametrize(("way_in", "asked"), [(WayIn.EMBEDDED, False), (WayIn.OWN_BROWSER, True)])
def test_the_only_organization_is_confirmed_without_asking_except_through_the_own_browser(
    after: AfterSignIn, server: FakeServer, way_in: WayIn, asked: bool
) -> None:
    state = f.exchange_started(_signed_in(server, way_in=way_in))
    _zoho_answers(server, "refresh-1", orgs=(ZILLUM,))
    state = exchanged(state, after.exchange(state))
    state = organizations_found(state, after.organizations(state))
    assert state.organization is not None and state.organization.name == "Zillum"
    if asked:
        # A code that came back through the loopback listener (which any local program
        # could have answered first): the person sees who signed in before choosing.
        assert state.step is Step.ORGANIZATION and state.phase is Phase.IDLE
        assert state.user_email == "anna@acme.example"
    else:
        assert (state.step, state.phase) == (Step.FINISHING, Phase.SAVING)
