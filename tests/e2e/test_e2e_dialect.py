"""Both dialects end to end, and Zoho's token-endpoint limits as the wizard meets them.

Over real HTTP against the sandbox: a plain OAuth 2.0 server (no ``location`` or
``accounts-server``, no ``api_domain``, RFC error bodies, a revoke that wants the client
authenticated, ``iss``) through sign-in, exchange, organizations, refresh, health and
Disconnect; a Deny without ``state`` in the embedded way and through the loopback
listener; and a failed exchange using up the code, five new refresh tokens a minute, and
the 20-token cap per user or per client.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests
from e2e_helpers import SCOPES, FakeClock, connect, open_saved

from zoho_wizard.core import errors, flow, ways_in
from zoho_wizard.core.authorize import parse_callback
from zoho_wizard.core.connect import Connector
from zoho_wizard.core.connection import DisconnectOutcome
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints, custom_endpoints
from zoho_wizard.core.health import Outcome, check
from zoho_wizard.core.loopback import LoopbackListener
from zoho_wizard.core.screen import ScreenState, recovery_offers, wait_seconds_left
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.core.tokens import THROTTLE_WAIT_SECONDS, RevokeOutcome, TokenClient
from zoho_wizard.practice import practice_connection
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

NAME = "Staging Ltd"


@pytest.fixture
def plain(sandbox: Sandbox) -> Sandbox:
    """The sandbox speaking plain OAuth 2.0 (RFC 6749/7009), with RFC 9207's iss."""
    sandbox.plain_oauth = True
    sandbox.send_iss = True
    return sandbox


def staging_endpoints(sb: Sandbox, session: requests.Session) -> Endpoints:
    """A staging accounts server given with --accounts-url, and --api-url (a plain server
    names no api_domain)."""
    return custom_endpoints(sb.accounts_url("us"), sb.api_domain("us"), session=session)


def _details(secret: str = PRACTICE_CLIENT_SECRET) -> ConnectionDetails:
    return ConnectionDetails(
        name=NAME,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=secret,
        data_center="us",
        scopes=SCOPES,
        redirect_uri=PRACTICE_REDIRECT_URI,
    )


def _signed_in(sb: Sandbox, endpoints: Endpoints, details: ConnectionDetails) -> flow.WizardState:
    """Details → consent → the callback caught, as the wizard does it."""
    request = ways_in.new_request(endpoints, details)
    state = flow.details_submitted(flow.WizardState(), details, request)
    with Browser(sb) as browser:
        url = browser.authorize_url(request.url)
    return flow.callback_caught(
        state,
        parse_callback(url),
        time.time(),
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )


# --- plain OAuth 2.0, the whole way ------------------------------------------------------


def test_a_plain_oauth_server_connects_refreshes_checks_and_disconnects(
    plain: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    endpoints = staging_endpoints(plain, session)
    made = practice_connection(
        plain, profiles, NAME, endpoints=endpoints, session=session, clock=clock
    )
    callback = parse_callback(made.callback_url)
    assert callback.location is None and callback.accounts_server is None
    assert callback.issuer == plain.accounts_url("us")
    assert made.tokens.api_domain is None and made.tokens.scopes == ()
    profile = made.profile
    assert profile.accounts_server == plain.accounts_url("us")  # where the request went
    # --api-url is used while it is given, never saved: the data center's is (issue 14).
    assert profile.api_domain == "https://www.zohoapis.com"
    assert profile.organization_id == "10234695"

    conn = open_saved(NAME, profiles, session=session, clock=clock, endpoints=endpoints)
    assert conn.api_domain == plain.api_domain("us")
    assert conn.refresh_now()
    report = check(conn)
    assert report.ok, report.to_json()

    refresh = KeyringSecretStore().get(NAME, "refresh_token")
    assert refresh is not None
    done = conn.disconnect()
    assert done.outcome is DisconnectOutcome.REVOKED and done.revoked_at_zoho
    (revoke,) = plain.requests_for("revoke")
    assert revoke.form["client_id"] == PRACTICE_CLIENT_ID
    assert revoke.form["client_secret"] == PRACTICE_CLIENT_SECRET
    with pytest.raises(errors.InvalidCodeError):  # RFC's invalid_grant, in Zoho's words
        TokenClient(session).refresh(
            accounts_server=plain.accounts_url("us"),
            client_id=PRACTICE_CLIENT_ID,
            client_secret=PRACTICE_CLIENT_SECRET,
            refresh_token=refresh,
        )


def test_a_wrong_secret_at_a_plain_server_names_the_client_id_and_the_secret(
    plain: Sandbox, profiles: ProfileStore, session: requests.Session
) -> None:
    endpoints = staging_endpoints(plain, session)
    state = _signed_in(plain, endpoints, _details())
    assert state.verified is not None
    connector = Connector(endpoints, profiles, KeyringSecretStore(), session=session)
    with pytest.raises(errors.InvalidClientError) as caught:
        connector.exchange(
            _details("wrong-secret"), state.request, state.verified, time.time() + 60
        )
    answer = plain.requests_for("token")
    assert len(answer) == 1
    assert caught.value.message == (
        "Zoho did not accept this client ID and secret for this data center."
    )
    assert "client secret" in caught.value.fix and "Multi-DC" in caught.value.fix


def test_disconnect_from_a_plain_server_that_refuses_the_revoke_says_it_could_not_confirm(
    plain: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    """The issue's case: the revoke went without the client's credentials, the server
    answered 400 invalid_request, and the key stayed live. Disconnect must not say
    'revoked'."""
    endpoints = staging_endpoints(plain, session)
    practice_connection(plain, profiles, NAME, endpoints=endpoints, session=session, clock=clock)
    secrets = KeyringSecretStore()
    refresh = secrets.get(NAME, "refresh_token")
    assert refresh is not None
    secrets.delete(NAME, "client_secret")  # nothing to authenticate the client with
    report = open_saved(NAME, profiles, session=session, clock=clock).disconnect()
    assert report.outcome is DisconnectOutcome.UNCONFIRMED
    assert not report.revoked_at_zoho
    assert "Zoho revoked the connection's access." not in report.lines()
    assert any("Connected Apps" in line for line in report.lines())
    # And indeed the key still works at the server.
    still = TokenClient(session).refresh(
        accounts_server=plain.accounts_url("us"),
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        refresh_token=refresh,
    )
    assert still.access_token
    result = TokenClient(session).revoke(accounts_server=plain.accounts_url("us"), token=refresh)
    assert result.outcome is RevokeOutcome.UNCONFIRMED and result.error == "invalid_request"


def test_without_api_domain_or_api_url_the_data_centers_api_domain_is_used(
    plain: Sandbox, profiles: ProfileStore, session: requests.Session
) -> None:
    endpoints = custom_endpoints(plain.accounts_url("us"), session=session)
    state = _signed_in(plain, endpoints, _details())
    assert state.verified is not None
    connector = Connector(endpoints, profiles, KeyringSecretStore(), session=session)
    tokens = connector.exchange(_details(), state.request, state.verified, time.time() + 60)
    profile = connector.store(_details(), state.verified, tokens)
    assert tokens.api_domain is None
    assert profile.data_center == "us"
    assert profile.api_domain == "https://www.zohoapis.com"  # the table's, for us


def test_an_iss_from_another_server_stops_the_code_before_the_exchange(
    sandbox: Sandbox, session: requests.Session
) -> None:
    sandbox.send_iss = True
    endpoints = staging_endpoints(sandbox, session)
    details = _details()
    request = ways_in.new_request(endpoints, details)
    state = flow.details_submitted(flow.WizardState(), details, request)
    with Browser(sandbox) as browser:
        url = browser.authorize_url(request.url)
    forged = url.replace("iss=", "iss=https%3A%2F%2Fevil.example&was=")
    state = flow.callback_caught(
        state,
        parse_callback(forged),
        time.time(),
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    assert isinstance(state.error, errors.IssuerMismatchError)
    assert state.verified is None
    assert sandbox.requests_for("token") == []


# --- Deny without state -------------------------------------------------------------------


def test_a_deny_without_state_is_a_denial_in_the_embedded_way(
    sandbox: Sandbox, session: requests.Session
) -> None:
    sandbox.deny_without_state = True
    endpoints = staging_endpoints(sandbox, session)
    details = _details()
    request = ways_in.new_request(endpoints, details)
    state = flow.details_submitted(flow.WizardState(), details, request)
    with Browser(sandbox) as browser:
        url = browser.authorize_url(request.url, button="deny")
    assert "state=" not in url
    state = flow.callback_caught(
        state,
        parse_callback(url),
        time.time(),
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    assert isinstance(state.error, errors.AccessDeniedError)
    assert (state.step, state.phase) == (flow.Step.FINISHING, flow.Phase.FAILED)


def test_a_deny_without_state_reaches_the_wizard_through_the_loopback_listener(
    sandbox: Sandbox, session: requests.Session
) -> None:
    sandbox.deny_without_state = True
    uri = "http://127.0.0.1:0/callback"  # the OS picks the port
    got: list[str] = []
    arrived = threading.Event()

    def caught(url: str) -> None:
        got.append(url)
        arrived.set()

    listener = LoopbackListener(uri, "the-requests-state", caught)
    try:
        listener.start()
        sandbox.register_client(
            "1000.LOOPBACKCLIENT", "loopback-secret", (listener.redirect_uri,), "server"
        )
        with Browser(sandbox) as browser:
            params = {
                "client_id": "1000.LOOPBACKCLIENT",
                "redirect_uri": listener.redirect_uri,
                "state": "the-requests-state",
            }
            callback = browser.decide(browser.reach_consent(**params), "deny").headers["Location"]
        assert "state=" not in callback
        page = requests.get(callback, timeout=10)  # the person's browser follows the 302
        assert page.status_code == 200 and "Nothing was connected" in page.text
        assert arrived.wait(5), "the listener kept waiting"
        assert got == [callback]
    finally:
        listener.close()


# --- the token endpoint's limits, as the wizard meets them ---------------------------------


def test_when_a_failed_exchange_uses_up_the_code_the_wizard_signs_in_afresh(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session
) -> None:
    sandbox.failed_exchange_spends_code = True
    endpoints = staging_endpoints(sandbox, session)
    state = _signed_in(sandbox, endpoints, _details("wrong-secret"))
    assert state.verified is not None
    connector = Connector(endpoints, profiles, KeyringSecretStore(), session=session)
    deadline = time.time() + 60
    with pytest.raises(errors.InvalidClientSecretError) as caught:
        connector.exchange(_details("wrong-secret"), state.request, state.verified, deadline)
    assert caught.value.action is errors.Action.BACK_TO_DETAILS
    # The wizard never sends a code twice: the flow marked it sent, and "try again" is a
    # new sign-in (the same code would now be refused even with the right secret).
    state = flow.failed(flow.exchange_started(state), caught.value)
    assert not flow.may_exchange(state)
    with pytest.raises(errors.InvalidCodeError):
        TokenClient(session).exchange_code(
            accounts_server=state.verified.accounts_server,
            client_id=PRACTICE_CLIENT_ID,
            client_secret=PRACTICE_CLIENT_SECRET,
            code=state.verified.code,
            redirect_uri=PRACTICE_REDIRECT_URI,
            code_verifier=None,
        )
    again = _signed_in(sandbox, endpoints, _details())
    assert again.verified is not None and again.verified.code != state.verified.code
    tokens = connector.exchange(_details(), again.request, again.verified, time.time() + 60)
    assert tokens.refresh_token


def test_the_sixth_new_refresh_token_in_a_minute_is_a_wait_with_its_timer(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> None:
    sandbox.refresh_tokens_per_minute = 5
    for n in range(5):
        connect(sandbox, profiles, name=f"Shop {n}", session=session, clock=clock)
    with pytest.raises(errors.ThrottledError) as caught:
        connect(sandbox, profiles, name="Shop 5", session=session, clock=clock)
    error = caught.value
    assert error.action is errors.Action.WAIT
    assert error.retry_after == THROTTLE_WAIT_SECONDS
    assert "15 minutes" in error.fix
    # On the finishing page: a "wait" button with its timer, and nothing was stored.
    failed = flow.failed(flow.WizardState(step=flow.Step.FINISHING), error)
    screen = ScreenState(flow=failed, failed_at=clock.now)
    assert recovery_offers(screen)[0].action is errors.Action.WAIT
    assert wait_seconds_left(screen, clock.now + 60) == THROTTLE_WAIT_SECONDS - 60
    assert "Shop 5" not in profiles.load().profiles
    # A minute later (the sandbox's clock), a sign-in works again.
    clock.advance(61)
    assert connect(sandbox, profiles, name="Shop 5", session=session, clock=clock).tokens


@pytest.mark.parametrize("cap_per", ["client", "user"])
def test_an_evicted_refresh_token_shows_as_needing_a_reconnect(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    cap_per: str,
) -> None:
    sandbox.max_refresh_tokens = 3  # Zoho's 20, made small to keep the test quick
    sandbox.refresh_token_cap_per = cap_per
    sandbox.add_user("colleague@example.com", "pw", home_dc=None)
    connect(sandbox, profiles, name="Mine", session=session, clock=clock)
    for n in range(3):  # a colleague's three connections with the same client
        connect(
            sandbox,
            profiles,
            name=f"Colleague {n}",
            session=session,
            clock=clock,
            email="colleague@example.com",
            password="pw",
        )
    # The first check after connecting really refreshes (and so proves) the key.
    report = check(open_saved("Mine", profiles, session=session, clock=clock))
    refresh = {r.key: r for r in report.results}["refresh"]
    if cap_per == "client":
        assert not report.ok
        assert refresh.outcome is Outcome.PROBLEM
        assert refresh.action is errors.Action.RECONNECT
        assert profiles.get("Mine").health == "attention"
    else:
        assert report.ok
        assert refresh.outcome is Outcome.OK
