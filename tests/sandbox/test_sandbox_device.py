"""The sandbox's device sign-in: the code answer, the 30-second rule, the verification
page, every poll answer, and core's client polling it over real HTTP."""

from __future__ import annotations

import itertools

import pytest
import requests
from sandbox_helpers import Browser, DriverError, FakeClock

from zoho_wizard.core import device
from zoho_wizard.core.device import DevicePhase
from zoho_wizard.practice import practice_endpoints
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_SECRET,
    PRACTICE_EU_EMAIL,
    Sandbox,
)

SCOPES = ("ZohoBooks.settings.READ", "AaaServer.profile.Read")


def ask_code(sb: Sandbox, client_id: str = PRACTICE_DEVICE_CLIENT_ID, dc: str = "us") -> dict:
    response = requests.post(
        f"{sb.accounts_url(dc)}/oauth/v3/device/code",
        params={
            "client_id": client_id,
            "grant_type": "device_request",
            "scope": ",".join(SCOPES),
            "access_type": "offline",
            "prompt": "consent",
        },
        timeout=10,
    )
    body: dict = response.json()
    return body


def poll(sb: Sandbox, device_code: str, dc: str = "us") -> dict:
    data = {
        "client_id": PRACTICE_DEVICE_CLIENT_ID,
        "client_secret": PRACTICE_DEVICE_CLIENT_SECRET,
        "grant_type": "device_token",
        "code": device_code,
    }
    body: dict = requests.post(
        f"{sb.accounts_url(dc)}/oauth/v3/device/token", data=data, timeout=10
    ).json()
    return body


def test_the_code_answer_in_milliseconds_then_seconds(sandbox: Sandbox) -> None:
    body = ask_code(sandbox)
    assert (body["interval"], body["expires_in"]) == (30000, 300000)
    assert body["device_code"].startswith("1004.")
    assert body["verification_url"] == sandbox.accounts_url("us") + "/device"
    assert body["verification_uri_complete"].endswith(body["user_code"])
    sandbox.device_units = "s"
    sandbox.device_complete_uri = False
    body = ask_code(sandbox)
    assert (body["interval"], body["expires_in"]) == (30, 300)
    assert "verification_uri_complete" not in body


def test_only_a_non_browser_client_gets_a_code(sandbox: Sandbox) -> None:
    assert ask_code(sandbox, PRACTICE_CLIENT_ID) == {"error": "invalid_client"}


def test_two_polls_within_thirty_seconds_answer_slow_down(
    sandbox: Sandbox, clock: FakeClock
) -> None:
    code = ask_code(sandbox)["device_code"]
    assert poll(sandbox, code) == {"error": "authorization_pending"}
    clock.advance(29)
    assert poll(sandbox, code) == {"error": "slow_down"}
    clock.advance(30)
    assert poll(sandbox, code) == {"error": "authorization_pending"}


def test_the_verification_page_approves_then_other_dc_then_the_keys_once(
    sandbox: Sandbox, clock: FakeClock, browser: Browser
) -> None:
    body = ask_code(sandbox)
    page = browser.approve_device(body["verification_uri_complete"], email=PRACTICE_EU_EMAIL)
    assert "All set" in page.text
    clock.advance(30)
    assert poll(sandbox, body["device_code"]) == {"error": "other_dc", "user_location": "eu"}
    clock.advance(30)
    keys = poll(sandbox, body["device_code"], "eu")
    assert keys["refresh_token"] and keys["api_domain"] == sandbox.api_domain("eu")
    clock.advance(30)
    assert poll(sandbox, body["device_code"], "eu") == {"error": "invalid_code"}


def test_deny_expired_and_a_wrong_code_on_the_page(
    sandbox: Sandbox, clock: FakeClock, browser: Browser
) -> None:
    body = ask_code(sandbox)
    with pytest.raises(DriverError):
        browser.approve_device(body["verification_url"], "ZZZZ-ZZZZ")
    browser.approve_device(body["verification_url"], body["user_code"].lower(), button="deny")
    assert poll(sandbox, body["device_code"]) == {"error": "access_denied"}
    later = ask_code(sandbox)
    clock.advance(301)
    assert poll(sandbox, later["device_code"]) == {"error": "expired"}
    with pytest.raises(DriverError):
        browser.approve_device(later["verification_uri_complete"])


def test_core_waits_through_slow_down_and_other_dc_to_the_keys(
    sandbox: Sandbox, clock: FakeClock
) -> None:
    """Core's client against the sandbox: the injected clock moves only when core sleeps,
    so polls follow core's schedule exactly (and no test waits 30 s)."""
    sandbox.device_slow_down = 1
    sandbox.device_other_dc = "eu"
    with requests.Session() as session:
        endpoints = practice_endpoints(sandbox, session=session)
        client = device.DeviceClient(session, clock=clock)
        code = client.request_code(
            accounts_server=sandbox.accounts_url("us"),
            client_id=PRACTICE_DEVICE_CLIENT_ID,
            scopes=SCOPES,
        )
        assert (code.interval, code.expires_in) == (30.0, 300.0)  # from milliseconds
        sign_in = device.begin(code, clock())
        with Browser(sandbox) as other_device:
            other_device.approve_device(code.address_to_open)
        heard: list[device.DeviceSignIn] = []
        done = device.wait_for_approval(
            client,
            endpoints,
            sign_in,
            PRACTICE_DEVICE_CLIENT_ID,
            PRACTICE_DEVICE_CLIENT_SECRET,
            sleep=clock.advance,
            on_answer=heard.append,
        )
    assert done.phase is DevicePhase.APPROVED and done.tokens is not None
    assert done.accounts_server == sandbox.accounts_url("eu")
    assert [h.slowed for h in heard] == [1, 1, 1]
    assert heard[0].interval == 35.0  # slow_down added five seconds
    polls = sandbox.requests_for("device_token")
    gaps = [b.at - a.at for a, b in itertools.pairwise(polls)]
    assert gaps and min(gaps) >= 30.0  # never faster than the 30-second rule
    assert [p.dc for p in polls] == ["us", "us", "eu"]
