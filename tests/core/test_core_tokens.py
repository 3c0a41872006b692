"""The second leg: token responses in every shape Zoho sends, and the token client."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.tokens import (
    THROTTLE_WAIT_SECONDS,
    RevokeOutcome,
    RevokeResult,
    TokenClient,
    parse_token_response,
    read_revoke_answer,
)

NOW = 1_700_000_000.0
ACCESS = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
REFRESH = "1000.cccccccccccccccccccccccccccccccc.dddddddddddddddddddddddddddddddd"
CODE = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210"
SECRET = "fake-client-secret-0123456789abcdef"
VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
CLIENT_ID = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
REDIRECT = "http://127.0.0.1:47214/callback"

SUCCESS: dict[str, Any] = {
    "access_token": ACCESS,
    "refresh_token": REFRESH,
    "api_domain": "https://www.zohoapis.eu",
    "token_type": "Bearer",
    "expires_in": 3600,
}
THROTTLED = {
    "error_description": "You have made too many requests continuously. Please try again "
    "after some time.",
    "error": "Access Denied",
    "status": "failure",
}


def _parse(body: Any, status: int = 200) -> Any:
    text = body if isinstance(body, str | bytes) else json.dumps(body)
    return parse_token_response(status, text, now=NOW)


# --- parse_token_response: success -----------------------------------------------------


def test_success_shape() -> None:
    tokens = _parse(SUCCESS)
    assert tokens.access_token == ACCESS
    assert tokens.refresh_token == REFRESH
    assert tokens.api_domain == "https://www.zohoapis.eu"
    assert tokens.token_type == "Bearer"
    assert tokens.expires_at == NOW + 3600
    assert tokens.expires_in(NOW + 600) == 3000
    assert tokens.scopes == ()


def test_tokens_never_show_in_repr() -> None:
    text = repr(_parse(SUCCESS))
    assert ACCESS not in text
    assert REFRESH not in text


def test_success_from_bytes() -> None:
    assert _parse(json.dumps(SUCCESS).encode("utf-8")).access_token == ACCESS


def _expiry_id(value: object) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}={str(v)[:12]}" for k, v in value.items()) or "missing"
    return str(value)


@pytest.mark.parametrize(
    ("fields", "lifetime"),
    [
        ({"expires_in": 3600}, 3600),
        ({"expires_in": 1800}, 1800),
        ({"expires_in": "3600"}, 3600),
        # Legacy: expires_in_sec in seconds next to expires_in in milliseconds.
        ({"expires_in_sec": 3600, "expires_in": 3600000}, 3600),
        # Milliseconds alone (the cal.com bug): an hour, not 41 days.
        ({"expires_in": 3600000}, 3600),
        ({}, 3600),  # missing: assume Zoho's usual hour
        ({"expires_in": 0}, 3600),
        ({"expires_in": -5}, 3600),
        ({"expires_in": "soon"}, 3600),
        ({"expires_in": None}, 3600),
        # Nonsense that must not make a token look immortal or crash the parse.
        ({"expires_in": float("inf")}, 3600),
        ({"expires_in": "Infinity"}, 3600),
        ({"expires_in": "nan"}, 3600),
        ({"expires_in": 10**400}, 3600),
        ({"expires_in_sec": 10**400, "expires_in": 3600}, 3600),
    ],
    ids=_expiry_id,
)
def test_expiry(fields: dict[str, Any], lifetime: float) -> None:
    body = {k: v for k, v in SUCCESS.items() if k != "expires_in"} | fields
    assert _parse(body).expires_at == pytest.approx(NOW + lifetime)


def test_refresh_token_absent_or_empty_is_none() -> None:
    body = {k: v for k, v in SUCCESS.items() if k != "refresh_token"}
    assert _parse(body).refresh_token is None
    assert _parse(SUCCESS | {"refresh_token": "  "}).refresh_token is None


@pytest.mark.parametrize(
    "scope",
    [
        "ZohoBooks.invoices.READ ZohoBooks.settings.READ",
        "ZohoBooks.invoices.READ,ZohoBooks.settings.READ",
    ],
)
def test_granted_scope_is_split(scope: str) -> None:
    assert _parse(SUCCESS | {"scope": scope}).scopes == (
        "ZohoBooks.invoices.READ",
        "ZohoBooks.settings.READ",
    )


def test_values_are_trimmed() -> None:
    tokens = _parse(
        SUCCESS | {"access_token": f" {ACCESS}\n", "api_domain": "https://www.zohoapis.eu/ "}
    )
    assert tokens.access_token == ACCESS
    assert tokens.api_domain == "https://www.zohoapis.eu"


def test_api_domain_missing_is_none() -> None:
    body = {k: v for k, v in SUCCESS.items() if k != "api_domain"}
    assert _parse(body).api_domain is None


# --- parse_token_response: errors ------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "exc_type"),
    [
        ("invalid_code", errors.InvalidCodeError),
        ("invalid_client", errors.InvalidClientError),
        ("invalid_client_secret", errors.InvalidClientSecretError),
        ("invalid_redirect_uri", errors.InvalidRedirectUriError),
        ("invalid_scope", errors.InvalidScopeError),
    ],
)
@pytest.mark.parametrize("status", [200, 400])
def test_zoho_error_body_becomes_its_exception(
    code: str,
    exc_type: type[errors.OAuthError],
    status: int,
) -> None:
    with pytest.raises(exc_type) as info:
        _parse({"error": code}, status)
    assert type(info.value) is exc_type
    assert info.value.code == code
    assert info.value.message and info.value.fix


@pytest.mark.parametrize(
    ("exc_type", "action"),
    [
        (errors.InvalidClientError, errors.Action.OPEN_API_CONSOLE),
        (errors.InvalidClientSecretError, errors.Action.BACK_TO_DETAILS),
        (errors.InvalidRedirectUriError, errors.Action.COPY_REDIRECT_URI),
        (errors.InvalidScopeError, errors.Action.BACK_TO_DETAILS),
        (errors.InvalidCodeError, errors.Action.TRY_AGAIN),
    ],
)
def test_each_zoho_error_offers_its_way_forward(
    exc_type: type[errors.OAuthError],
    action: errors.Action,
) -> None:
    assert exc_type().action is action


def test_wrong_dc_invalid_client_mentions_multi_dc() -> None:
    with pytest.raises(errors.InvalidClientError) as info:
        _parse({"error": "invalid_client"})
    assert "Multi-DC" in info.value.fix


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize(
    "body",
    [
        THROTTLED,
        {"error": "拒绝访问", "error_description": "您连续发出了太多请求。请稍后再试。"},
        {"error": "access_denied"},
    ],
)
def test_throttling_answer_is_throttled_with_a_wait(status: int, body: dict[str, str]) -> None:
    with pytest.raises(errors.ThrottledError) as info:
        _parse(body, status)
    assert info.value.retry_after == THROTTLE_WAIT_SECONDS
    assert info.value.action is errors.Action.WAIT
    assert "15 minutes" in info.value.fix


@pytest.mark.parametrize(
    ("status", "body", "same_as"),
    [
        # RFC 6749 §5.2, as a plain OAuth 2.0 server sends them: the same plain words as
        # Zoho's HTTP-200 bodies.
        (400, {"error": "invalid_grant", "error_description": "Code expired"}, "invalid_code"),
        (401, {"error": "invalid_client", "error_description": "Bad secret"}, "invalid_client"),
        (400, {"error": "invalid_client"}, "invalid_client"),
        (400, {"error": "unauthorized_client"}, "invalid_client"),
        (400, {"error": "invalid_scope", "error_description": "x"}, "invalid_scope"),
    ],
)
def test_rfc_error_bodies_map_to_the_same_plain_messages(
    status: int, body: dict[str, str], same_as: str
) -> None:
    with pytest.raises(errors.OAuthError) as rfc:
        _parse(body, status)
    with pytest.raises(errors.OAuthError) as zoho:
        _parse({"error": same_as}, 200)
    assert type(rfc.value) is type(zoho.value)
    assert (rfc.value.message, rfc.value.fix) == (zoho.value.message, zoho.value.fix)
    assert body.get("error_description", "@@") not in rfc.value.message


@pytest.mark.parametrize("code", ["server_error", "temporarily_unavailable"])
def test_rfc_server_trouble_is_a_retryable_server_error(code: str) -> None:
    with pytest.raises(errors.ServerError) as info:
        _parse({"error": code}, 503)
    assert info.value.retryable


@pytest.mark.parametrize("body", [{"error": "slow_down"}, {}, "Too Many Requests"])
def test_http_429_is_a_wait(body: Any) -> None:
    with pytest.raises(errors.ThrottledError) as info:
        _parse(body, 429)
    assert info.value.action is errors.Action.WAIT


def test_invalid_client_names_the_client_id_the_secret_and_multi_dc() -> None:
    error = errors.InvalidClientError()
    assert error.message == ("Zoho did not accept this client ID and secret for this data center.")
    assert "client ID" in error.fix and "client secret" in error.fix
    assert "Multi-DC" in error.fix


def test_a_token_answer_without_api_domain_or_scope_is_fine() -> None:
    body = {"access_token": ACCESS, "refresh_token": REFRESH, "expires_in": 3600}
    tokens = _parse(body)
    assert tokens.api_domain is None
    assert tokens.scopes == ()
    assert tokens.refresh_token == REFRESH


def test_unknown_error_code_is_an_oauth_error_with_the_code() -> None:
    with pytest.raises(errors.OAuthError) as info:
        _parse({"error": "invalid_grant_type"})
    assert type(info.value) is errors.OAuthError
    assert info.value.code == "invalid_grant_type"
    assert "invalid_grant_type" in info.value.message


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (200, "<html><body>Maintenance</body></html>"),
        (200, ""),
        (200, "   "),
        (200, b""),
        (200, "[]"),
        (200, json.dumps([SUCCESS])),
        (200, "null"),
        (200, '"access_token"'),
        (200, "{}"),  # neither a token nor an error
        (200, json.dumps({"error": 5})),
        (200, json.dumps({"access_token": ""})),
        (200, json.dumps({"access_token": 12345})),
        (502, "<html>Bad Gateway</html>"),
        (500, "{}"),
        (503, ""),
        (200, b"\xff\xfe\x00garbage"),
    ],
)
def test_unusable_answer_is_a_server_error(status: int, text: str | bytes) -> None:
    with pytest.raises(errors.ServerError) as info:
        parse_token_response(status, text, now=NOW)
    assert info.value.status == status
    assert info.value.retryable


# --- TokenClient against a local server --------------------------------------------------


@pytest.fixture
def client(session: requests.Session) -> TokenClient:
    return TokenClient(session, clock=lambda: NOW, timeout=(2.0, 5.0))


@pytest.mark.parametrize(
    ("redirect_uri", "verifier"),
    [
        (REDIRECT, None),
        (REDIRECT, VERIFIER),
        (None, None),  # a Self Client code: no redirect_uri at all
    ],
)
def test_exchange_is_a_form_post_with_exactly_the_right_fields(
    server: FakeServer,
    client: TokenClient,
    redirect_uri: str | None,
    verifier: str | None,
) -> None:
    server.reply(200, SUCCESS)
    tokens = client.exchange_code(
        accounts_server=server.url + "/",
        client_id=CLIENT_ID,
        client_secret=SECRET,
        code=CODE,
        redirect_uri=redirect_uri,
        code_verifier=verifier,
    )
    assert tokens.refresh_token == REFRESH
    assert tokens.expires_at == NOW + 3600
    [sent] = server.requests
    assert sent.method == "POST"
    assert sent.target == "/oauth/v2/token"  # nothing in the query, where logs would see it
    assert sent.header("Content-Type") == "application/x-www-form-urlencoded"
    expected = {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "code": CODE,
    }
    if redirect_uri:
        expected["redirect_uri"] = redirect_uri
    if verifier:
        expected["code_verifier"] = verifier
    assert sent.form == expected


def test_refresh_posts_the_refresh_token_and_keeps_it(
    server: FakeServer,
    client: TokenClient,
) -> None:
    body = {k: v for k, v in SUCCESS.items() if k != "refresh_token"}
    server.reply(200, body)
    tokens = client.refresh(
        accounts_server=server.url, client_id=CLIENT_ID, client_secret=SECRET, refresh_token=REFRESH
    )
    assert tokens.access_token == ACCESS
    assert tokens.refresh_token == REFRESH  # Zoho sends none on refresh; ours is kept
    [sent] = server.requests
    assert (sent.method, sent.target) == ("POST", "/oauth/v2/token")
    assert sent.form == {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "refresh_token": REFRESH,
    }


def test_refresh_with_a_dead_refresh_token_is_invalid_code(
    server: FakeServer,
    client: TokenClient,
) -> None:
    # Weble/ZohoBooksApi#84: a stale refresh token answers invalid_code, HTTP 200.
    server.reply(200, {"error": "invalid_code"})
    with pytest.raises(errors.InvalidCodeError):
        client.refresh(
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            refresh_token=REFRESH,
        )


def test_refresh_throttled_with_http_400(server: FakeServer, client: TokenClient) -> None:
    server.reply(400, THROTTLED)
    with pytest.raises(errors.ThrottledError):
        client.refresh(
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            refresh_token=REFRESH,
        )


def test_revoke_success_sends_the_token_in_the_body(
    server: FakeServer,
    client: TokenClient,
) -> None:
    server.reply(200, {"status": "success"})
    result = client.revoke(accounts_server=server.url, token=REFRESH)
    assert result == RevokeResult(RevokeOutcome.REVOKED, 200)
    assert result.gone
    [sent] = server.requests
    assert (sent.method, sent.path) == ("POST", "/oauth/v2/token/revoke")
    assert sent.form == {"token": REFRESH}


def test_revoke_authenticates_the_client_in_the_body_when_it_is_known(
    server: FakeServer,
    client: TokenClient,
) -> None:
    # RFC 7009 §2.1; Zoho's classic endpoint ignores what it does not need.
    server.reply(200, {"status": "success"})
    client.revoke(
        accounts_server=server.url, token=REFRESH, client_id=CLIENT_ID, client_secret=SECRET
    )
    [sent] = server.requests
    assert sent.form == {"token": REFRESH, "client_id": CLIENT_ID, "client_secret": SECRET}
    assert sent.query == {}  # never in the address, where logs and proxies keep it


@pytest.mark.parametrize(
    ("status", "body", "outcome"),
    [
        # Zoho's confirmation, and RFC 7009's (HTTP 200, empty or JSON body).
        (200, {"status": "success"}, RevokeOutcome.REVOKED),
        (200, "", RevokeOutcome.REVOKED),
        (200, {}, RevokeOutcome.REVOKED),
        # "I don't know that token": nothing is left to revoke.
        (400, {"status": "failure", "error": "invalid_token"}, RevokeOutcome.ALREADY_GONE),
        (200, {"error": "invalid_token"}, RevokeOutcome.ALREADY_GONE),
        (400, {"error": "invalid_grant"}, RevokeOutcome.ALREADY_GONE),
        (200, {"error": "invalid_code"}, RevokeOutcome.ALREADY_GONE),
        # Anything else confirms nothing: the token may still work.
        (400, {"error": "invalid_request"}, RevokeOutcome.UNCONFIRMED),  # no client auth
        (401, {"error": "invalid_client"}, RevokeOutcome.UNCONFIRMED),
        (400, {"error": "unauthorized_client"}, RevokeOutcome.UNCONFIRMED),
        (400, {"error": "unsupported_token_type"}, RevokeOutcome.UNCONFIRMED),
        (400, "", RevokeOutcome.UNCONFIRMED),
        (400, {"status": "failure"}, RevokeOutcome.UNCONFIRMED),
        (200, {"status": "failure"}, RevokeOutcome.UNCONFIRMED),
        (200, "<html><title>Invalid Client</title></html>", RevokeOutcome.UNCONFIRMED),
        (429, {"error": "Access Denied"}, RevokeOutcome.UNCONFIRMED),
        (404, "<html>Not found</html>", RevokeOutcome.UNCONFIRMED),
    ],
)
def test_revoke_answers_have_three_outcomes(
    server: FakeServer,
    client: TokenClient,
    status: int,
    body: Any,
    outcome: RevokeOutcome,
) -> None:
    server.reply(status, body)
    result = client.revoke(accounts_server=server.url, token=REFRESH)
    assert result.outcome is outcome
    assert result.status == status
    assert result.gone is (outcome is not RevokeOutcome.UNCONFIRMED)
    assert REFRESH not in repr(result)


def test_read_revoke_answer_keeps_the_servers_error_name() -> None:
    result = read_revoke_answer(400, json.dumps({"error": "invalid_request"}))
    assert result == RevokeResult(RevokeOutcome.UNCONFIRMED, 400, "invalid_request")


def test_revoke_with_a_server_failure_is_a_server_error(
    server: FakeServer,
    client: TokenClient,
) -> None:
    server.reply(500, "<html>oops</html>")
    with pytest.raises(errors.ServerError):
        client.revoke(accounts_server=server.url, token=REFRESH)


def test_connection_refused_is_a_network_error_that_was_not_sent(
    client: TokenClient,
    refused_url: str,
) -> None:
    with pytest.raises(errors.NetworkError) as info:
        client.exchange_code(
            accounts_server=refused_url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
        )
    assert info.value.retryable
    assert info.value.action is errors.Action.RETRY
    assert getattr(info.value, "maybe_sent") is False  # noqa: B009 - set dynamically


def test_server_that_hangs_up_is_a_network_error_that_may_have_been_sent(
    server: FakeServer,
    client: TokenClient,
) -> None:
    server.hang_up()
    with pytest.raises(errors.NetworkError) as info:
        client.exchange_code(
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
        )
    # The request reached the server, so the one-time code may be spent.
    assert getattr(info.value, "maybe_sent") is True  # noqa: B009 - set dynamically
    assert len(server.requests) == 1


def test_read_timeout_is_a_network_error_that_may_have_been_sent(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(200, SUCCESS, delay=5.0)  # answers too late
    slow = TokenClient(session, clock=lambda: NOW, timeout=(2.0, 0.2))
    with pytest.raises(errors.NetworkError) as info:
        slow.exchange_code(
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
        )
    assert getattr(info.value, "maybe_sent") is True  # noqa: B009 - set dynamically
    assert "too long" in info.value.message


ERROR_REPLIES: list[tuple[int, Any]] = [
    (200, {"error": "invalid_code"}),
    (200, {"error": "invalid_client"}),
    (200, {"error": "invalid_client_secret"}),
    (200, {"error": "invalid_redirect_uri"}),
    (200, {"error": "something_new"}),
    (400, THROTTLED),
    (200, {"error": "拒绝访问"}),
    (502, "<html>Bad gateway</html>"),
    (200, ""),
]


@pytest.mark.parametrize(("status", "body"), ERROR_REPLIES)
def test_no_secret_value_ever_appears_in_an_error(
    server: FakeServer,
    client: TokenClient,
    status: int,
    body: Any,
) -> None:
    server.reply(status, body)
    with pytest.raises(errors.ZohoWizardError) as info:
        client.exchange_code(
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
            code_verifier=VERIFIER,
        )
    exc = info.value
    shown = " ".join([str(exc), repr(exc), exc.message, exc.fix, str(vars(exc))])
    for secret in (SECRET, CODE, VERIFIER):
        assert secret not in shown


def test_no_secret_value_appears_in_a_network_error(
    client: TokenClient,
    refused_url: str,
) -> None:
    with pytest.raises(errors.NetworkError) as info:
        client.exchange_code(
            accounts_server=refused_url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
            code_verifier=VERIFIER,
        )
    shown = " ".join([str(info.value), repr(info.value), str(vars(info.value))])
    for secret in (SECRET, CODE, VERIFIER):
        assert secret not in shown
    assert info.value.__cause__ is None  # the requests error (with the URL) is not chained


# --- a redirect is never followed (issue 14): the body holds the secret -----------------


@pytest.fixture
def elsewhere() -> Any:
    """A second server, where a redirect points: it must never hear from us."""
    fake = FakeServer()
    fake.start()
    yield fake
    fake.stop()


def _calls(client: TokenClient, accounts_server: str) -> dict[str, Any]:
    return {
        "exchange": lambda: client.exchange_code(
            accounts_server=accounts_server,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            code=CODE,
            redirect_uri=REDIRECT,
            code_verifier=VERIFIER,
        ),
        "refresh": lambda: client.refresh(
            accounts_server=accounts_server,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            refresh_token=REFRESH,
        ),
        "revoke": lambda: client.revoke(
            accounts_server=accounts_server,
            token=REFRESH,
            client_id=CLIENT_ID,
            client_secret=SECRET,
        ),
    }


@pytest.mark.bad_input
@pytest.mark.parametrize("call", ["exchange", "refresh", "revoke"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_token_calls_never_follow_a_redirect(
    server: FakeServer, elsewhere: FakeServer, client: TokenClient, call: str, status: int
) -> None:
    server.reply(status, b"", headers={"Location": f"{elsewhere.url}/steal"})
    elsewhere.reply(200, SUCCESS)
    with pytest.raises(errors.RedirectRefusedError) as caught:
        _calls(client, server.url)[call]()
    assert elsewhere.requests == []  # neither the secret nor the code went there
    assert len(server.requests) == 1
    err = caught.value
    assert err.status == status and err.location == f"{elsewhere.url}/steal"
    assert "another address" in err.message and err.fix
    assert not err.retryable  # the exchange's retry loop does not repeat it
    assert SECRET not in str(err) and REFRESH not in str(err) and CODE not in str(err)
