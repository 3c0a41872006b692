"""The sandbox's switches for Zoho's unconfirmed corners and for plain OAuth 2.0 servers:
Deny without state, ``iss``, the plain dialect (callback, token answers, errors, revoke),
and the token endpoint's limits (a failed exchange using up the code, five new refresh
tokens a minute, the 20-token cap per user or per client)."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sandbox_helpers import Browser, FakeClock, books, exchange, oauth_header, refresh

from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)

THROTTLED = {
    "error_description": (
        "You have made too many requests continuously. Please try again after some time."
    ),
    "error": "Access Denied",
    "status": "failure",
}


def _revoke(sb: Sandbox, token: str, **form: str) -> requests.Response:
    return requests.post(
        f"{sb.accounts_url('us')}/oauth/v2/token/revoke", data={"token": token, **form}, timeout=10
    )


def _offline(browser: Browser, **overrides: Any) -> dict[str, Any]:
    params = browser.authorize(prompt="consent", **overrides)
    body: dict[str, Any] = exchange(browser.sb, params["code"]).json()
    return body


# --- Deny, and iss ------------------------------------------------------------------------


def test_deny_without_state_is_a_switch(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.deny_without_state = True
    redirect = browser.decide(browser.reach_consent(), "deny")
    assert redirect.headers["Location"] == f"{PRACTICE_REDIRECT_URI}?error=access_denied"
    # Accept still round-trips the state.
    assert browser.authorize()["state"] == "st-123"


def test_iss_names_the_server_that_issued_the_code(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.send_iss = True
    params = browser.authorize()
    assert params["iss"] == params["accounts-server"] == sandbox.accounts_url("us")
    denied = browser.authorize(button="deny")
    assert denied["iss"] == sandbox.accounts_url("us")


# --- plain OAuth 2.0 ----------------------------------------------------------------------


@pytest.fixture
def plain(sandbox: Sandbox) -> Sandbox:
    sandbox.plain_oauth = True
    return sandbox


def test_plain_callback_names_no_data_center(browser: Browser, plain: Sandbox) -> None:
    params = browser.authorize()
    assert set(params) == {"state", "code"}
    plain.send_iss = True
    assert set(browser.authorize()) == {"state", "code", "iss"}


def test_plain_token_answers_have_no_api_domain(browser: Browser, plain: Sandbox) -> None:
    body = _offline(browser)
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in"}
    again = refresh(plain, body["refresh_token"]).json()
    assert "api_domain" not in again and again["scope"]
    assert books(plain, oauth_header(again["access_token"])).json()["code"] == 0


@pytest.mark.parametrize(
    ("overrides", "status", "error"),
    [
        ({"use": "1000.unknown.code"}, 400, "invalid_grant"),
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"client_id": "1000.NOPE"}, 401, "invalid_client"),
        ({"redirect_uri": "http://127.0.0.1:1/elsewhere"}, 400, "invalid_grant"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
    ],
)
def test_plain_errors_are_rfc_6749_bodies_with_400_or_401(
    browser: Browser, plain: Sandbox, overrides: dict[str, str], status: int, error: str
) -> None:
    fields = dict(overrides)
    code = fields.pop("use", None) or browser.authorize()["code"]
    answer = exchange(plain, code, **fields)
    assert answer.status_code == status
    body = answer.json()
    assert body["error"] == error
    assert "error_description" in body


def test_plain_dead_refresh_token_is_invalid_grant(plain: Sandbox) -> None:
    answer = refresh(plain, "1000.unknown.token")
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_grant")


def test_plain_revoke_wants_the_client_authenticated(browser: Browser, plain: Sandbox) -> None:
    tokens = _offline(browser)
    refresh_token = tokens["refresh_token"]
    bare = _revoke(plain, refresh_token)
    assert bare.status_code == 400 and bare.json()["error"] == "invalid_request"
    # Nothing was revoked: the key still works.
    assert "access_token" in refresh(plain, refresh_token).json()
    wrong = _revoke(plain, refresh_token, client_id=PRACTICE_CLIENT_ID, client_secret="nope")
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    creds = {"client_id": PRACTICE_CLIENT_ID, "client_secret": PRACTICE_CLIENT_SECRET}
    done = _revoke(plain, refresh_token, **creds)
    assert (done.status_code, done.json()) == (200, {})
    assert refresh(plain, refresh_token).json()["error"] == "invalid_grant"
    assert books(plain, oauth_header(tokens["access_token"])).json()["code"] == 57
    # RFC 7009: an unknown (or already revoked) token answers 200 too.
    assert _revoke(plain, refresh_token, **creds).status_code == 200


def test_plain_revoke_of_another_clients_token_is_refused(browser: Browser, plain: Sandbox) -> None:
    tokens = _offline(browser)
    plain.register_client("1000.OTHER", "other-secret", (PRACTICE_REDIRECT_URI,))
    other = _revoke(
        plain, tokens["refresh_token"], client_id="1000.OTHER", client_secret="other-secret"
    )
    assert (other.status_code, other.json()["error"]) == (400, "unauthorized_client")
    assert "access_token" in refresh(plain, tokens["refresh_token"]).json()


def test_zohos_dialect_ignores_client_credentials_on_revoke(
    browser: Browser, sandbox: Sandbox
) -> None:
    tokens = _offline(browser)
    answer = _revoke(
        sandbox, tokens["refresh_token"], client_id=PRACTICE_CLIENT_ID, client_secret="any"
    )
    assert answer.json() == {"status": "success"}


# --- the token endpoint's limits ------------------------------------------------------------


def test_by_default_a_failed_exchange_leaves_the_code_usable(
    browser: Browser, sandbox: Sandbox
) -> None:
    code = browser.authorize()["code"]
    assert exchange(sandbox, code, client_secret="wrong").json() == {
        "error": "invalid_client_secret"
    }
    assert "access_token" in exchange(sandbox, code).json()


@pytest.mark.parametrize(
    "wrong",
    [
        {"client_secret": "wrong"},
        {"redirect_uri": "http://127.0.0.1:1/elsewhere"},
        {"client_id": "1000.NOPE"},
    ],
)
def test_a_failed_exchange_uses_up_the_code_when_switched_on(
    browser: Browser, sandbox: Sandbox, wrong: dict[str, str]
) -> None:
    sandbox.failed_exchange_spends_code = True
    code = browser.authorize()["code"]
    assert "error" in exchange(sandbox, code, **wrong).json()
    assert exchange(sandbox, code).json() == {"error": "invalid_code"}


def test_five_new_refresh_tokens_a_minute_per_user(
    browser: Browser, sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.refresh_tokens_per_minute = 5
    first = clock.now
    for _ in range(5):
        assert "refresh_token" in _offline(browser)
        clock.advance(1)
    code = browser.authorize(prompt="consent")["code"]
    sixth = exchange(sandbox, code)
    assert sixth.status_code == sandbox.throttle_status == 400
    assert sixth.json() == THROTTLED
    # The refused exchange did not use the code up; a minute after the first it works.
    clock.now = first + 60
    assert "refresh_token" in exchange(sandbox, code).json()


def test_the_refresh_token_rate_counts_only_new_refresh_tokens(
    browser: Browser, sandbox: Sandbox
) -> None:
    sandbox.refresh_tokens_per_minute = 1
    tokens = _offline(browser)
    # Refreshing, and an online sign-in, mint no refresh token and are not limited.
    assert "access_token" in refresh(sandbox, tokens["refresh_token"]).json()
    online = browser.authorize(access_type="online")["code"]
    assert "access_token" in exchange(sandbox, online).json()
    assert exchange(sandbox, browser.authorize(prompt="consent")["code"]).json() == THROTTLED


def _sign_in_as(sandbox: Sandbox, email: str) -> dict[str, Any]:
    with requests.Session() as session:
        return _offline(Browser(sandbox, session), email=email, password="pw")


@pytest.mark.parametrize("cap_per", ["user", "client"])
def test_the_refresh_token_cap_counts_per_user_or_per_client(
    sandbox: Sandbox, cap_per: str
) -> None:
    sandbox.max_refresh_tokens = 3  # Zoho's 20, made small to keep the test quick
    sandbox.refresh_token_cap_per = cap_per
    for email in ("a@example.com", "b@example.com"):
        sandbox.add_user(email, "pw", home_dc=None)
    first_a = _sign_in_as(sandbox, "a@example.com")
    for _ in range(2):
        _sign_in_as(sandbox, "b@example.com")
    # Three tokens for the client so far: a's first, and two of b's.
    assert "access_token" in refresh(sandbox, first_a["refresh_token"]).json()
    fourth = _sign_in_as(sandbox, "b@example.com")
    evicted = refresh(sandbox, first_a["refresh_token"]).json()
    if cap_per == "client":
        # The client's oldest went silently, though it was another user's.
        assert evicted == {"error": "invalid_code"}
    else:
        assert "access_token" in evicted  # b's own three are within b's cap
    assert "access_token" in refresh(sandbox, fourth["refresh_token"]).json()


def test_the_cap_per_user_evicts_the_users_oldest(sandbox: Sandbox) -> None:
    sandbox.max_refresh_tokens = 2
    sandbox.add_user("c@example.com", "pw", home_dc=None)
    first, second, third = (_sign_in_as(sandbox, "c@example.com") for _ in range(3))
    assert refresh(sandbox, first["refresh_token"]).json() == {"error": "invalid_code"}
    for alive in (second, third):
        assert "access_token" in refresh(sandbox, alive["refresh_token"]).json()
