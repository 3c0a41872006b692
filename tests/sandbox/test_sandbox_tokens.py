"""The fake token endpoint: exchange, refresh, limits, revoke, Self Client."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest
import requests
from sandbox_helpers import Browser, FakeClock, books, exchange, oauth_header, refresh

from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)

TOKEN_RE = re.compile(r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}")
THROTTLED = {
    "error_description": (
        "You have made too many requests continuously. Please try again after some time."
    ),
    "error": "Access Denied",
    "status": "failure",
}

# RFC 7636 Appendix B.
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def _offline_tokens(browser: Browser, dc: str = "us", **overrides: Any) -> dict[str, Any]:
    params = browser.authorize(dc, **overrides)
    response = exchange(browser.sb, params["code"], params["location"])
    body: dict[str, Any] = response.json()
    return body


def test_exchange_success_shape(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    response = exchange(sandbox, code)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert response.headers["Server"] == "ZGS"
    body = response.json()
    # Like Zoho's examples: no scope in the authorization-code answer.
    assert set(body) == {"access_token", "refresh_token", "api_domain", "token_type", "expires_in"}
    assert TOKEN_RE.fullmatch(body["access_token"])
    assert TOKEN_RE.fullmatch(body["refresh_token"])
    assert body["api_domain"] == sandbox.api_domain("us")
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert {code, body["access_token"], body["refresh_token"]} <= sandbox.issued_secrets()


def test_scope_in_the_code_answer_is_a_switch(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.scope_in_code_response = True
    body = exchange(sandbox, browser.authorize()["code"]).json()
    assert body["scope"] == "ZohoBooks.settings.READ ZohoBooks.invoices.READ AaaServer.profile.Read"


def test_legacy_expires_variant(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.legacy_expires = True
    body = _offline_tokens(browser)
    assert body["expires_in_sec"] == 3600
    assert body["expires_in"] == 3600000
    again = refresh(sandbox, body["refresh_token"]).json()
    assert (again["expires_in_sec"], again["expires_in"]) == (3600, 3600000)


def test_code_works_once_and_stays_used(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    assert "access_token" in exchange(sandbox, code).json()
    for _ in range(2):
        second = exchange(sandbox, code)
        assert second.status_code == 200
        assert second.json() == {"error": "invalid_code"}


def test_unknown_code(sandbox: Sandbox) -> None:
    assert exchange(sandbox, "1000." + "0" * 32 + "." + "0" * 32).json() == {
        "error": "invalid_code"
    }


def test_code_expires_after_ttl(browser: Browser, sandbox: Sandbox, clock: FakeClock) -> None:
    fresh, stale = browser.authorize()["code"], browser.authorize()["code"]
    clock.advance(60)
    assert "access_token" in exchange(sandbox, fresh).json()
    clock.advance(0.5)
    assert exchange(sandbox, stale).json() == {"error": "invalid_code"}


def test_code_ttl_is_configurable(browser: Browser, sandbox: Sandbox, clock: FakeClock) -> None:
    sandbox.code_ttl = 180
    code = browser.authorize()["code"]
    clock.advance(179)
    assert "access_token" in exchange(sandbox, code).json()


def test_code_at_another_data_center_is_invalid_client(browser: Browser, sandbox: Sandbox) -> None:
    params = browser.authorize("eu", email=PRACTICE_EU_EMAIL)
    assert params["location"] == "eu"
    assert exchange(sandbox, params["code"], "us").json() == {"error": "invalid_client"}
    # Failing at the wrong host does not burn the code.
    assert "access_token" in exchange(sandbox, params["code"], "eu").json()


def test_client_not_enabled_in_a_data_center(sandbox: Sandbox) -> None:
    sandbox.register_client(
        PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET, (PRACTICE_REDIRECT_URI,), "server", {"us"}
    )
    # Zoho sends the EU user on to their data center, which does not know this client: its
    # "Invalid Client" page, no consent (see test_sandbox_accounts); a code made there
    # anyway (the console's) is refused at its token endpoint.
    code = sandbox.generate_self_client_code(
        PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", dc="eu", email=PRACTICE_EU_EMAIL
    )
    response = exchange(sandbox, code, "eu", redirect_uri=None)
    assert response.json() == {"error": "invalid_client"}


def test_code_for_another_client_is_invalid_client(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.register_client("1000.OTHERCLIENT00000000000000000000000", "other-fake-secret")
    code = browser.authorize()["code"]
    response = exchange(
        sandbox,
        code,
        client_id="1000.OTHERCLIENT00000000000000000000000",
        client_secret="other-fake-secret",
    )
    assert response.json() == {"error": "invalid_client"}


def test_unknown_client(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    assert exchange(sandbox, code, client_id="1000.NOPE").json() == {"error": "invalid_client"}


def test_wrong_secret_then_right_secret(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    wrong = exchange(sandbox, code, client_secret="wrong-fake-secret")
    assert wrong.status_code == 200
    assert wrong.json() == {"error": "invalid_client_secret"}
    assert exchange(sandbox, code, client_secret=None).json() == {"error": "invalid_client_secret"}
    assert "access_token" in exchange(sandbox, code).json()


def test_per_dc_secret(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.register_client(
        PRACTICE_CLIENT_ID,
        PRACTICE_CLIENT_SECRET,
        (PRACTICE_REDIRECT_URI,),
        secrets_by_dc={"eu": "eu0only0fake0secret"},
    )
    eu_code = browser.authorize("eu", email=PRACTICE_EU_EMAIL)["code"]
    assert exchange(sandbox, eu_code, "eu").json() == {"error": "invalid_client_secret"}
    assert (
        "access_token"
        in exchange(sandbox, eu_code, "eu", client_secret="eu0only0fake0secret").json()
    )
    with requests.Session() as session:
        us_code = Browser(sandbox, session).authorize("us")["code"]
    assert "access_token" in exchange(sandbox, us_code, "us").json()


@pytest.mark.parametrize(
    "redirect_uri",
    [None, "http://127.0.0.1:47214/callback/", "http://localhost:47214/callback"],
)
def test_wrong_redirect_uri(browser: Browser, sandbox: Sandbox, redirect_uri: str | None) -> None:
    code = browser.authorize()["code"]
    response = exchange(sandbox, code, redirect_uri=redirect_uri)
    assert response.json() == {"error": "invalid_redirect_uri"}


@pytest.mark.parametrize("in_query", [True, False])
def test_params_in_query_string_or_form_body(
    browser: Browser, sandbox: Sandbox, in_query: bool
) -> None:
    code = browser.authorize()["code"]
    response = exchange(sandbox, code, in_query=in_query)
    assert "access_token" in response.json()
    recorded = sandbox.requests_for("token")[-1]
    where = recorded.query if in_query else recorded.form
    assert where["code"] == code


def test_params_split_between_query_and_body(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    response = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token",
        params={"grant_type": "authorization_code", "client_id": PRACTICE_CLIENT_ID},
        data={
            "client_secret": PRACTICE_CLIENT_SECRET,
            "redirect_uri": PRACTICE_REDIRECT_URI,
            "code": code,
        },
        timeout=10,
    )
    assert "access_token" in response.json()


@pytest.mark.parametrize("grant_type", [None, "password", "implicit"])
def test_unsupported_grant_type(sandbox: Sandbox, grant_type: str | None) -> None:
    response = exchange(sandbox, "x", grant_type=grant_type)
    assert response.status_code == 200
    assert response.json() == {"error": "unsupported_grant_type"}


def test_online_access_gives_no_refresh_token(browser: Browser) -> None:
    body = _offline_tokens(browser, access_type="online")
    assert "access_token" in body and "refresh_token" not in body


def test_access_type_defaults_to_online(browser: Browser) -> None:
    body = _offline_tokens(browser, access_type=None)
    assert "refresh_token" not in body


def test_refresh_token_only_on_first_offline_consent_or_prompt_consent(
    browser: Browser, sandbox: Sandbox
) -> None:
    first = _offline_tokens(browser)
    assert "refresh_token" in first
    repeat = _offline_tokens(browser)
    assert "access_token" in repeat and "refresh_token" not in repeat
    forced = _offline_tokens(browser, prompt="consent")
    assert "refresh_token" in forced and forced["refresh_token"] != first["refresh_token"]
    # Another user of the same client gets their own first consent.
    with requests.Session() as session:
        other = Browser(sandbox, session).authorize("eu", email=PRACTICE_EU_EMAIL)
    assert "refresh_token" in exchange(sandbox, other["code"], "eu").json()


def test_revoking_every_refresh_token_makes_consent_first_again(
    browser: Browser, sandbox: Sandbox
) -> None:
    first = _offline_tokens(browser)
    revoke = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token/revoke",
        params={"token": first["refresh_token"]},
        timeout=10,
    )
    assert revoke.json() == {"status": "success"}
    assert "refresh_token" in _offline_tokens(browser)


def test_pkce_s256_with_rfc_7636_vector(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.register_client(
        "1000.DESKTOPCLIENT000000000000000000000",
        "desktop-fake-secret",
        ("http://127.0.0.1:5555/cb",),
        "desktop",
    )
    desktop: dict[str, Any] = {
        "client_id": "1000.DESKTOPCLIENT000000000000000000000",
        "client_secret": "desktop-fake-secret",
        "redirect_uri": "http://127.0.0.1:5555/cb",
    }
    consent: dict[str, Any] = {
        "client_id": desktop["client_id"],
        "redirect_uri": desktop["redirect_uri"],
        "code_challenge": RFC_CHALLENGE,
        "code_challenge_method": "S256",
    }
    code = browser.authorize(**consent)["code"]
    assert exchange(sandbox, code, **desktop).json() == {"error": "invalid_code"}
    assert exchange(sandbox, code, **desktop, code_verifier="wrong" * 9).json() == {
        "error": "invalid_code"
    }
    assert exchange(sandbox, code, **desktop, code_verifier=RFC_CHALLENGE).json() == {
        "error": "invalid_code"
    }
    good = exchange(sandbox, code, **desktop, code_verifier=RFC_VERIFIER).json()
    assert "access_token" in good


def test_pkce_plain_and_server_client_enforces_a_sent_challenge(
    browser: Browser, sandbox: Sandbox
) -> None:
    code = browser.authorize(code_challenge="plain-verifier-" + "x" * 30)["code"]
    assert exchange(sandbox, code).json() == {"error": "invalid_code"}
    response = exchange(sandbox, code, code_verifier="plain-verifier-" + "x" * 30)
    assert "access_token" in response.json()


def test_pkce_error_name_is_a_switch(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.pkce_error = "invalid_code_verifier"
    code = browser.authorize(code_challenge=RFC_CHALLENGE, code_challenge_method="S256")["code"]
    assert exchange(sandbox, code).json() == {"error": "invalid_code_verifier"}


def test_refresh_returns_a_new_access_token_without_refresh_token(
    browser: Browser, sandbox: Sandbox
) -> None:
    tokens = _offline_tokens(browser)
    response = refresh(sandbox, tokens["refresh_token"])
    body = response.json()
    assert response.status_code == 200
    assert set(body) == {"access_token", "api_domain", "token_type", "expires_in", "scope"}
    assert body["access_token"] != tokens["access_token"]
    assert body["api_domain"] == sandbox.api_domain("us")
    assert books(sandbox, oauth_header(body["access_token"])).status_code == 200


def test_refresh_errors(browser: Browser, sandbox: Sandbox) -> None:
    tokens = _offline_tokens(browser)
    assert refresh(sandbox, "1000.unknown.token").json() == {"error": "invalid_code"}
    assert refresh(sandbox, tokens["refresh_token"], client_secret="nope").json() == {
        "error": "invalid_client_secret"
    }
    assert refresh(sandbox, tokens["refresh_token"], "eu").json() == {"error": "invalid_client"}
    assert refresh(sandbox, tokens["refresh_token"], client_id="1000.NOPE").json() == {
        "error": "invalid_client"
    }


@pytest.mark.parametrize("status", [400, 200])
def test_ten_refreshes_per_ten_minutes_then_access_denied(
    browser: Browser, sandbox: Sandbox, clock: FakeClock, status: int
) -> None:
    sandbox.throttle_status = status
    token = _offline_tokens(browser)["refresh_token"]
    first_mint = clock.now
    for _ in range(10):
        assert "access_token" in refresh(sandbox, token).json()
        clock.advance(1)
    blocked = refresh(sandbox, token)
    assert blocked.status_code == status
    assert blocked.json() == THROTTLED
    # Rolling window: one slot frees when the first mint is 10 minutes old.
    clock.now = first_mint + 599.5
    assert refresh(sandbox, token).json() == THROTTLED
    clock.now = first_mint + 600
    assert "access_token" in refresh(sandbox, token).json()
    assert refresh(sandbox, token).json() == THROTTLED


def test_twenty_first_refresh_token_evicts_the_oldest(browser: Browser, sandbox: Sandbox) -> None:
    tokens = [_offline_tokens(browser, prompt="consent") for _ in range(21)]
    oldest, second = tokens[0], tokens[1]
    assert refresh(sandbox, oldest["refresh_token"]).json() == {"error": "invalid_code"}
    assert books(sandbox, oauth_header(oldest["access_token"])).json()["code"] == 57
    assert "access_token" in refresh(sandbox, second["refresh_token"]).json()
    assert "access_token" in refresh(sandbox, tokens[-1]["refresh_token"]).json()


def test_classic_revoke_of_refresh_token_kills_its_access_tokens(
    browser: Browser, sandbox: Sandbox
) -> None:
    tokens = _offline_tokens(browser)
    refreshed = refresh(sandbox, tokens["refresh_token"]).json()["access_token"]
    response = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token/revoke",
        data={"token": tokens["refresh_token"]},
        timeout=10,
    )
    assert response.status_code == 200
    assert response.json() == {"status": "success"}
    for access in (tokens["access_token"], refreshed):
        assert books(sandbox, oauth_header(access)).json()["code"] == 57
    assert refresh(sandbox, tokens["refresh_token"]).json() == {"error": "invalid_code"}
    again = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token/revoke",
        params={"token": tokens["refresh_token"]},
        timeout=10,
    )
    assert again.status_code == 400
    assert again.json() == {"status": "failure", "error": "invalid_token"}


def test_classic_revoke_of_access_token_only(browser: Browser, sandbox: Sandbox) -> None:
    tokens = _offline_tokens(browser)
    response = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token/revoke",
        params={"token": tokens["access_token"]},
        timeout=10,
    )
    assert response.json() == {"status": "success"}
    assert books(sandbox, oauth_header(tokens["access_token"])).json()["code"] == 57
    assert "access_token" in refresh(sandbox, tokens["refresh_token"]).json()


def test_revoke_at_another_data_center_fails(browser: Browser, sandbox: Sandbox) -> None:
    tokens = _offline_tokens(browser)
    response = requests.post(
        f"{sandbox.accounts_url('eu')}/oauth/v2/token/revoke",
        params={"token": tokens["refresh_token"]},
        timeout=10,
    )
    assert response.status_code == 400


def _basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()


def test_newer_revoke_endpoint_with_basic_auth(browser: Browser, sandbox: Sandbox) -> None:
    tokens = _offline_tokens(browser)
    url = f"{sandbox.accounts_url('us')}/oauth/v2/revoke/token"
    data = {"token": tokens["refresh_token"], "token_type": "refresh_token"}
    unauthenticated = requests.post(url, data=data, timeout=10)
    assert unauthenticated.status_code == 401
    wrong = requests.post(
        url, data=data, headers={"Authorization": _basic(PRACTICE_CLIENT_ID, "x")}, timeout=10
    )
    assert wrong.status_code == 401
    auth = {"Authorization": _basic(PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET)}
    mismatched = requests.post(
        url, data={**data, "token_type": "access_token"}, headers=auth, timeout=10
    )
    assert mismatched.status_code == 400
    ok = requests.post(url, data=data, headers=auth, timeout=10)
    assert ok.status_code == 200
    assert ok.json() == {"status": "success"}
    assert books(sandbox, oauth_header(tokens["access_token"])).json()["code"] == 57
    assert refresh(sandbox, tokens["refresh_token"]).json() == {"error": "invalid_code"}


def test_newer_revoke_endpoint_for_an_access_token(browser: Browser, sandbox: Sandbox) -> None:
    tokens = _offline_tokens(browser)
    response = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/revoke/token",
        data={"token": tokens["access_token"], "token_type": "access_token"},
        headers={"Authorization": _basic(PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET)},
        timeout=10,
    )
    assert response.json() == {"status": "success"}
    assert books(sandbox, oauth_header(tokens["access_token"])).json()["code"] == 57


def test_self_client_code_needs_no_redirect_uri(sandbox: Sandbox) -> None:
    code = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, ["ZohoBooks.fullaccess.all"])
    assert TOKEN_RE.fullmatch(code)
    body = exchange(sandbox, code, redirect_uri=None).json()
    assert "access_token" in body and "refresh_token" in body
    assert "scope" not in body
    assert refresh(sandbox, body["refresh_token"]).json()["scope"] == "ZohoBooks.fullaccess.all"
    orgs = books(sandbox, oauth_header(body["access_token"]))
    assert orgs.json()["code"] == 0


def test_self_client_code_expiry(sandbox: Sandbox, clock: FakeClock) -> None:
    three = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ")
    ten = sandbox.generate_self_client_code(
        PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", expiry_minutes=10
    )
    clock.advance(3 * 60 + 1)
    assert exchange(sandbox, three, redirect_uri=None).json() == {"error": "invalid_code"}
    clock.advance(6 * 60)
    assert "access_token" in exchange(sandbox, ten, redirect_uri=None).json()


def test_self_client_code_at_its_data_center(sandbox: Sandbox) -> None:
    code = sandbox.generate_self_client_code(
        PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", dc="eu", email=PRACTICE_EU_EMAIL
    )
    assert exchange(sandbox, code, "us", redirect_uri=None).json() == {"error": "invalid_client"}
    body = exchange(sandbox, code, "eu", redirect_uri=None).json()
    assert body["api_domain"] == sandbox.api_domain("eu")


def test_self_client_code_rejects_bad_input(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.generate_self_client_code("1000.NOPE", "ZohoBooks.settings.READ")
    with pytest.raises(ValueError):
        sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.nothing.READ")
    with pytest.raises(ValueError):
        sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", dc="xx")
    with pytest.raises(ValueError):
        sandbox.generate_self_client_code(
            PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", email="nobody@example.com"
        )


def test_self_client_page_generates_a_usable_code(browser: Browser, sandbox: Sandbox) -> None:
    page = browser.get("/accounts/us/selfclient")
    assert page.status_code == 200
    assert '<option value="10">' in page.text and '<option value="7">' in page.text
    result = browser.post(
        "/accounts/us/selfclient",
        {"client_id": PRACTICE_CLIENT_ID, "scope": "ZohoBooks.settings.READ", "expiry": "5"},
    )
    assert result.status_code == 200
    match = re.search(r'id="code" readonly value="([^"]+)"', result.text)
    assert match is not None
    assert "access_token" in exchange(sandbox, match.group(1), redirect_uri=None).json()
    bad = browser.post("/accounts/us/selfclient", {"scope": "Nope.scope"})
    assert bad.status_code == 400 and 'id="code"' not in bad.text


def test_client_credentials_grant_is_a_self_clients(sandbox: Sandbox) -> None:
    # A server-based client may not use it (the Self Client's grant: see
    # test_sandbox_client_credentials.py for the grant itself).
    url = f"{sandbox.accounts_url('us')}/oauth/v2/token"
    base = {
        "grant_type": "client_credentials",
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
        "scope": "ZohoBooks.settings.READ",
        "soid": "ZohoBooks.10234695",
    }
    answer = requests.post(url, data=base, timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {"error": "unauthorized_client"}


def test_access_tokens_expire_after_an_hour(
    browser: Browser, sandbox: Sandbox, clock: FakeClock
) -> None:
    tokens = _offline_tokens(browser)
    clock.advance(3599)
    assert books(sandbox, oauth_header(tokens["access_token"])).status_code == 200
    clock.advance(1)
    assert books(sandbox, oauth_header(tokens["access_token"])).json()["code"] == 57


def test_active_access_token_cap_switch(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.max_active_access_tokens = 2
    tokens = _offline_tokens(browser)
    second = refresh(sandbox, tokens["refresh_token"]).json()["access_token"]
    third = refresh(sandbox, tokens["refresh_token"]).json()["access_token"]
    assert books(sandbox, oauth_header(tokens["access_token"])).status_code == 401
    assert books(sandbox, oauth_header(second)).status_code == 200
    assert books(sandbox, oauth_header(third)).status_code == 200


def test_practice_user_email_constant_is_the_token_owner(
    browser: Browser, sandbox: Sandbox
) -> None:
    tokens = _offline_tokens(browser)
    info = requests.get(
        f"{sandbox.accounts_url('us')}/oauth/user/info",
        headers={"Authorization": oauth_header(tokens["access_token"])},
        timeout=10,
    )
    assert info.json()["Email"] == PRACTICE_EMAIL
