"""The blocking work behind the last steps: the exchange with retries, then storing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import core_fakes
import keyring
import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import VerifiedCallback, begin_authorization
from zoho_wizard.core.connect import ConnectionDetails, Connector, exchange_with_retry
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.store import APP_NAME, KeyringSecretStore, MemorySecretStore, ProfileStore
from zoho_wizard.core.tokens import TokenSet

T0 = 1_700_000_000.0
TOKENS = TokenSet(
    access_token="fake-access",
    expires_at=T0 + 3600,
    api_domain="https://www.zohoapis.eu",
    refresh_token="fake-refresh",
)


class FakeClock(core_fakes.FakeClock):
    """Time that only moves when the code under test sleeps, from T0 by default."""

    def __init__(self, now: float = T0) -> None:
        super().__init__(now)


def _net(maybe_sent: bool) -> errors.NetworkError:
    err = errors.NetworkError()
    err.maybe_sent = maybe_sent  # type: ignore[attr-defined]
    return err


class ScriptedExchange:
    """Plays back outcomes in order, remembering when each call happened."""

    def __init__(self, clock: FakeClock, *outcomes: TokenSet | Exception) -> None:
        self.clock = clock
        self.outcomes = list(outcomes)
        self.calls: list[float] = []

    def __call__(self) -> TokenSet:
        self.calls.append(self.clock())
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def _run(
    exchange: Callable[[], TokenSet],
    clock: FakeClock,
    deadline: float,
    on_retry: Callable[[int, errors.ZohoWizardError], None] | None = None,
) -> TokenSet:
    return exchange_with_retry(
        exchange, deadline=deadline, clock=clock, sleep=clock.sleep, on_retry=on_retry
    )


# --- exchange_with_retry -----------------------------------------------------------------


def test_success_first_time_does_not_wait() -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, TOKENS)
    assert _run(exchange, clock, T0 + 60) is TOKENS
    assert len(exchange.calls) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("failure", [_net(False), _net(True), errors.ServerError(status=502)])
def test_network_trouble_then_success(failure: errors.ZohoWizardError) -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, failure, TOKENS)
    retries: list[tuple[int, errors.ZohoWizardError]] = []
    assert _run(exchange, clock, T0 + 60, lambda n, e: retries.append((n, e))) is TOKENS
    assert len(exchange.calls) == 2
    assert clock.sleeps == [1.0]
    assert retries == [(1, failure)]  # the UI hears about the retry


def test_backoff_grows_and_is_capped() -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, *([_net(False)] * 5), TOKENS)
    _run(exchange, clock, T0 + 60)
    assert clock.sleeps == [1.0, 2.0, 4.0, 4.0, 4.0]


@pytest.mark.parametrize(
    "error",
    [
        errors.InvalidCodeError(),
        errors.InvalidClientError(),
        errors.InvalidClientSecretError(),
        errors.InvalidRedirectUriError(),
        errors.InvalidScopeError(),
        errors.ThrottledError(retry_after=900),
        errors.OAuthError("x", code="something_new"),
    ],
)
def test_zoho_errors_are_never_retried(error: errors.OAuthError) -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, error, TOKENS)
    with pytest.raises(type(error)) as info:
        _run(exchange, clock, T0 + 60)
    assert info.value is error
    assert len(exchange.calls) == 1
    assert clock.sleeps == []


def test_keeps_retrying_only_while_the_code_lives_then_says_it_expired() -> None:
    clock = FakeClock()
    deadline = T0 + 60
    exchange = ScriptedExchange(clock, _net(False))  # the network never comes back
    with pytest.raises(errors.CodeExpiredError) as info:
        _run(exchange, clock, deadline)
    assert len(exchange.calls) > 3  # it did try again
    assert all(t < deadline - 1.0 for t in exchange.calls)  # never with a dead code
    assert clock.now < deadline
    assert "expired" in info.value.message
    assert "internet connection" in info.value.fix


def test_with_the_deadline_near_it_stops_at_once() -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, _net(False), TOKENS)
    with pytest.raises(errors.CodeExpiredError):
        _run(exchange, clock, T0 + 1.5)
    assert len(exchange.calls) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize(
    "first", [_net(True), errors.ServerError(status=500), errors.NetworkError()]
)
def test_invalid_code_after_a_maybe_sent_failure_blames_the_broken_connection(
    first: errors.ZohoWizardError,
) -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, first, errors.InvalidCodeError())
    with pytest.raises(errors.InvalidCodeError) as info:
        _run(exchange, clock, T0 + 60)
    assert "connection broke" in info.value.message
    assert "details are kept" in info.value.fix


def test_invalid_code_after_a_failure_that_never_left_keeps_zoho_meaning() -> None:
    clock = FakeClock()
    exchange = ScriptedExchange(clock, _net(False), errors.InvalidCodeError())
    with pytest.raises(errors.InvalidCodeError) as info:
        _run(exchange, clock, T0 + 60)
    assert "connection broke" not in info.value.message
    assert info.value.message == errors.InvalidCodeError.default_message


# --- Connector against the local server ---------------------------------------------------


DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-client-secret-0123456789",
    data_center="us",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)


@pytest.fixture
def connector(
    server: FakeServer, session: requests.Session, config_path: Path
) -> Iterator[Connector]:
    endpoints = Endpoints(
        MappingProxyType({"us": server.url, "eu": server.url + "/eu"}), label="test server"
    )
    clock = FakeClock()
    yield Connector(
        endpoints,
        ProfileStore(config_path),
        KeyringSecretStore(),
        session=session,
        clock=clock,
        sleep=clock.sleep,
    )


def _token_body(server: FakeServer, refresh: str | None = "fake-refresh-1") -> dict[str, Any]:
    body: dict[str, Any] = {
        "access_token": "fake-access",
        "api_domain": server.url,
        "token_type": "Bearer",
        "expires_in": 3600,
    }
    if refresh:
        body["refresh_token"] = refresh
    return body


def _connect(connector: Connector, server: FakeServer, accounts_server: str) -> Any:
    request = begin_authorization(
        accounts_url=server.url,
        client_id=DETAILS.client_id,
        redirect_uri=DETAILS.redirect_uri,
        scopes=DETAILS.scopes,
    )
    verified = VerifiedCallback("fake-code", accounts_server, "eu")
    tokens = connector.exchange(DETAILS, request, verified, deadline=T0 + 60)
    return tokens, connector.store(DETAILS, verified, tokens)


def test_exchange_and_store_keep_secrets_in_the_keyring_and_settings_in_the_file(
    connector: Connector,
    server: FakeServer,
    config_path: Path,
) -> None:
    server.reply(200, _token_body(server))
    tokens, profile = _connect(connector, server, server.url + "/eu")
    # The code went to the server the callback named.
    assert server.requests[0].path == "/eu/oauth/v2/token"
    assert server.requests[0].form["code"] == "fake-code"
    assert profile.data_center == "eu"
    assert profile.accounts_server == server.url + "/eu"
    assert profile.api_domain == server.url
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") == "fake-refresh-1"
    assert keyring.get_password(APP_NAME, "Acme Ltd/client_secret") == DETAILS.client_secret
    cached = json.loads(keyring.get_password(APP_NAME, "Acme Ltd/access_token") or "{}")
    assert cached["access_token"] == "fake-access"
    assert cached["expires_at"] == tokens.expires_at
    text = config_path.read_text(encoding="utf-8")
    for secret in ("fake-refresh-1", DETAILS.client_secret, "fake-access", "fake-code"):
        assert secret not in text
    assert ProfileStore(config_path).get("Acme Ltd") == profile


def test_no_refresh_token_is_refused(connector: Connector, server: FakeServer) -> None:
    server.reply(200, _token_body(server, refresh=None))
    with pytest.raises(errors.MissingRefreshTokenError):
        _connect(connector, server, server.url)


def test_reconnect_keeps_the_organization_and_revokes_the_old_refresh_token(
    connector: Connector,
    server: FakeServer,
) -> None:
    server.reply(200, _token_body(server, "fake-refresh-1"))
    _, first = _connect(connector, server, server.url)
    connector.profiles.save(replace(first, organization_id="42", organization_name="Zillum"))
    server.reply(200, _token_body(server, "fake-refresh-2"))
    server.reply(200, {"status": "success"})
    _, second = _connect(connector, server, server.url)
    assert second.organization_id == "42"
    assert second.organization_name == "Zillum"
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") == "fake-refresh-2"
    revoke = server.requests[-1]
    assert revoke.path == "/oauth/v2/token/revoke"
    # The superseded key is revoked with the client that got it (RFC 7009 wants it).
    assert revoke.form == {
        "token": "fake-refresh-1",
        "client_id": DETAILS.client_id,
        "client_secret": DETAILS.client_secret,
    }


def test_session_only_secrets_are_marked_as_such(
    server: FakeServer,
    session: requests.Session,
    config_path: Path,
) -> None:
    endpoints = Endpoints(MappingProxyType({"us": server.url}), label="test server")
    clock = FakeClock()
    connector = Connector(
        endpoints,
        ProfileStore(config_path),
        MemorySecretStore(),
        session=session,
        clock=clock,
        sleep=clock.sleep,
    )
    server.reply(200, _token_body(server))
    _, profile = _connect(connector, server, server.url)
    assert profile.secret_store == "session"
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") is None


def test_discard_revokes_and_forgets_everything(
    connector: Connector,
    server: FakeServer,
) -> None:
    server.reply(200, _token_body(server))
    _, profile = _connect(connector, server, server.url)
    server.reply(200, {"status": "success"})
    connector.discard(profile)
    assert server.requests[-1].form == {
        "token": "fake-refresh-1",
        "client_id": DETAILS.client_id,
        "client_secret": DETAILS.client_secret,
    }
    for kind in ("client_secret", "refresh_token", "access_token"):
        assert keyring.get_password(APP_NAME, f"Acme Ltd/{kind}") is None
    assert connector.profiles.load().profiles == {}


def test_discard_still_forgets_locally_when_revoke_fails(
    connector: Connector,
    server: FakeServer,
) -> None:
    server.reply(200, _token_body(server))
    _, profile = _connect(connector, server, server.url)
    server.reply(500, "<html>down</html>")
    connector.discard(profile)
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") is None
    assert connector.profiles.load().profiles == {}


@pytest.mark.parametrize(
    ("status", "body", "gone"),
    [
        (200, {"status": "success"}, True),
        (400, {"error": "invalid_token"}, True),
        (400, {"error": "invalid_request"}, False),  # a server that wanted client auth
        (500, "<html>down</html>", False),
    ],
)
def test_revoke_quietly_says_true_only_when_the_key_is_gone(
    connector: Connector, server: FakeServer, status: int, body: Any, gone: bool
) -> None:
    server.reply(status, body)
    assert connector.revoke_quietly(server.url, "fake-refresh-1") is gone


def test_self_client_code_is_exchanged_without_a_redirect_uri(
    connector: Connector, server: FakeServer
) -> None:
    server.reply(200, _token_body(server))
    verified = VerifiedCallback("fake-code", server.url, "us")
    tokens = connector.exchange(DETAILS, None, verified, deadline=T0 + 180)
    assert tokens.refresh_token == "fake-refresh-1"
    form = server.requests[0].form
    assert "redirect_uri" not in form
    assert "code_verifier" not in form
    assert form["grant_type"] == "authorization_code"
