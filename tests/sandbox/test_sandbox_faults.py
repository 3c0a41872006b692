"""Fault injection and request recording."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
from sandbox_helpers import Browser, FakeClock, books, exchange, oauth_header

from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, Sandbox


def _serverinfo(sandbox: Sandbox) -> requests.Response:
    return requests.get(f"{sandbox.accounts_url('us')}/oauth/serverinfo", timeout=10)


def _settings_token(sandbox: Sandbox) -> str:
    code = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ")
    token: str = exchange(sandbox, code, redirect_uri=None).json()["access_token"]
    return token


def test_delay_then_normal_answer(sandbox: Sandbox) -> None:
    sandbox.faults.add("serverinfo", "delay", seconds=0.3)
    started = time.monotonic()
    response = _serverinfo(sandbox)
    assert time.monotonic() - started >= 0.3
    assert response.json()["result"] == "success"
    started = time.monotonic()
    _serverinfo(sandbox)
    assert time.monotonic() - started < 0.3


def test_drop_closes_the_connection_without_an_answer(sandbox: Sandbox) -> None:
    sandbox.faults.add("serverinfo", "drop")
    with pytest.raises(requests.ConnectionError):
        _serverinfo(sandbox)
    assert _serverinfo(sandbox).status_code == 200


def test_drop_after_answering_still_uses_up_the_code(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    sandbox.faults.add("token", "drop", after=True)
    with pytest.raises(requests.ConnectionError):
        exchange(sandbox, code)
    assert exchange(sandbox, code).json() == {"error": "invalid_code"}


def test_drop_before_answering_leaves_the_code_usable(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    sandbox.faults.add("token", "drop")
    with pytest.raises(requests.ConnectionError):
        exchange(sandbox, code)
    assert "access_token" in exchange(sandbox, code).json()


@pytest.mark.parametrize("status", [500, 502, 503])
def test_status_fault_answers_plain_text(sandbox: Sandbox, status: int) -> None:
    sandbox.faults.add("token", "status", status=status)
    response = exchange(sandbox, "x")
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/plain")
    assert str(status) in response.text


def test_html_fault_answers_a_page_with_http_200(sandbox: Sandbox) -> None:
    sandbox.faults.add("token", "html")
    response = exchange(sandbox, "x")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<html" in response.text
    with pytest.raises(requests.JSONDecodeError):
        response.json()


def test_empty_fault(sandbox: Sandbox) -> None:
    sandbox.faults.add("token", "empty")
    response = exchange(sandbox, "x")
    assert response.status_code == 200
    assert response.content == b""


def test_error_fault(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    sandbox.faults.add("token", "error", error="invalid_client")
    response = exchange(sandbox, code)
    assert response.status_code == 200
    assert response.json() == {"error": "invalid_client"}
    assert "access_token" in exchange(sandbox, code).json()


def test_error_fault_with_status_and_description(sandbox: Sandbox) -> None:
    sandbox.faults.add(
        "token", "error", error="invalid_request", status=400, error_description="fake"
    )
    response = exchange(sandbox, "x")
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_request", "error_description": "fake"}


@pytest.mark.parametrize("status", [400, 200])
def test_throttle_fault(sandbox: Sandbox, status: int) -> None:
    sandbox.faults.add("token", "throttle", status=status)
    response = exchange(sandbox, "x")
    assert response.status_code == status
    assert response.json()["error"] == "Access Denied"
    assert response.json()["status"] == "failure"


def test_localized_fault(sandbox: Sandbox) -> None:
    sandbox.faults.add("token", "localized")
    response = exchange(sandbox, "x")
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "拒绝访问"
    assert body["status"] == "failure"
    assert "access_token" not in body and body["error_description"]


def test_books401_fault(sandbox: Sandbox) -> None:
    token = _settings_token(sandbox)
    sandbox.faults.add("organizations", "books401")
    response = books(sandbox, oauth_header(token))
    assert response.status_code == 401
    assert response.json()["code"] == 57
    assert books(sandbox, oauth_header(token)).status_code == 200


def test_books429_fault(sandbox: Sandbox) -> None:
    token = _settings_token(sandbox)
    sandbox.faults.add("organizations", "books429", reset=42)
    response = books(sandbox, oauth_header(token))
    assert response.status_code == 429
    assert response.json()["code"] == 44
    assert response.headers["X-Rate-Limit-Limit"] == "100"
    assert response.headers["X-Rate-Limit-Remaining"] == "0"
    assert response.headers["X-Rate-Limit-Reset"] == "42"


def test_fault_on_an_html_endpoint(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.faults.add("auth", "status", status=503)
    assert browser.open_auth().status_code == 503
    assert browser.open_auth().status_code == 200


def test_fault_fires_times_then_is_removed(sandbox: Sandbox) -> None:
    sandbox.faults.add("serverinfo", "status", times=2, status=502)
    assert len(sandbox.faults) == 1
    assert [_serverinfo(sandbox).status_code for _ in range(3)] == [502, 502, 200]
    assert sandbox.faults.fired == 2
    assert len(sandbox.faults) == 0
    assert sandbox.faults.fired_log == [("serverinfo", "status")] * 2


def test_faults_only_hit_their_endpoint_and_fire_in_order(sandbox: Sandbox) -> None:
    sandbox.faults.add("token", "status", status=500)
    sandbox.faults.add("serverinfo", "status", status=502)
    sandbox.faults.add("serverinfo", "status", status=503)
    assert _serverinfo(sandbox).status_code == 502
    assert _serverinfo(sandbox).status_code == 503
    assert exchange(sandbox, "x").status_code == 500


def test_wildcard_and_until_cleared(sandbox: Sandbox) -> None:
    sandbox.faults.add("*", "status", times=None, status=503)
    assert _serverinfo(sandbox).status_code == 503
    assert exchange(sandbox, "x").status_code == 503
    sandbox.faults.clear()
    assert _serverinfo(sandbox).status_code == 200
    assert sandbox.faults.fired == 2


@pytest.mark.parametrize(
    ("endpoint", "kind", "params"),
    [
        ("nope", "status", {}),
        ("token", "explode", {}),
        ("token", "status", {"seconds": 1}),
        ("token", "delay", {"seconds": -1}),
    ],
)
def test_bad_fault_is_refused(
    sandbox: Sandbox, endpoint: str, kind: str, params: dict[str, Any]
) -> None:
    with pytest.raises(ValueError):
        sandbox.faults.add(endpoint, kind, **params)
    assert len(sandbox.faults) == 0


def test_zero_times_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.faults.add("token", "status", times=0)


def test_requests_are_recorded_before_answering_including_faults(
    sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.faults.add("token", "drop")
    with pytest.raises(requests.ConnectionError):
        requests.post(
            f"{sandbox.accounts_url('eu')}/oauth/v2/token?grant_type=refresh_token",
            data={"client_id": PRACTICE_CLIENT_ID, "refresh_token": "r"},
            headers={"X-Test": "yes"},
            timeout=10,
        )
    [recorded] = sandbox.requests_for("token")
    assert recorded.method == "POST"
    assert recorded.path == "/accounts/eu/oauth/v2/token"
    assert recorded.dc == "eu"
    assert recorded.endpoint == "token"
    assert recorded.query == {"grant_type": "refresh_token"}
    assert recorded.form == {"client_id": PRACTICE_CLIENT_ID, "refresh_token": "r"}
    assert recorded.headers["X-Test"] == "yes"
    assert recorded.headers["x-test"] == "yes"
    assert recorded.at == clock.now


def test_every_endpoint_is_named(browser: Browser, sandbox: Sandbox) -> None:
    tokens = exchange(sandbox, browser.authorize()["code"]).json()
    requests.get(f"{sandbox.accounts_url('us')}/oauth/serverinfo", timeout=10)
    requests.get(
        f"{sandbox.accounts_url('us')}/oauth/user/info",
        headers={"Authorization": oauth_header(tokens["access_token"])},
        timeout=10,
    )
    books(sandbox, oauth_header(tokens["access_token"]))
    requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token/revoke",
        params={"token": tokens["refresh_token"]},
        timeout=10,
    )
    browser.get("/accounts/us/selfclient")
    requests.get(f"{sandbox.base_url}/favicon.ico", timeout=10)
    endpoints = [r.endpoint for r in sandbox.requests]
    assert endpoints == [
        "auth",
        "signin",
        "auth",
        "approve",
        "token",
        "serverinfo",
        "userinfo",
        "organizations",
        "revoke",
        "selfclient",
        "unknown",
    ]
    sandbox.clear_requests()
    assert sandbox.requests == []


def test_issued_secrets_cover_codes_and_tokens(browser: Browser, sandbox: Sandbox) -> None:
    code = browser.authorize()["code"]
    tokens = exchange(sandbox, code).json()
    assert sandbox.issued_secrets() == {code, tokens["access_token"], tokens["refresh_token"]}
