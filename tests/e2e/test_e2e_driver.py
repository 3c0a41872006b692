"""The scripted browser (``zoho_wizard.sandbox.driver``) with real authorization URLs."""

from __future__ import annotations

import pytest
import requests
from e2e_helpers import SCOPES

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import (
    AuthRequest,
    begin_authorization,
    complete_authorization,
    matches_redirect,
    parse_callback,
)
from zoho_wizard.core.tokens import TokenClient
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EU_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser, DriverError, parse_page


def request_for(sb: Sandbox, dc: str = "us", **kwargs: object) -> AuthRequest:
    params: dict = {
        "accounts_url": sb.accounts_url(dc),
        "client_id": PRACTICE_CLIENT_ID,
        "redirect_uri": PRACTICE_REDIRECT_URI,
        "scopes": SCOPES,
    }
    params.update(kwargs)
    return begin_authorization(**params)


def test_accept_returns_the_callback_url_without_visiting_it(sandbox: Sandbox) -> None:
    request = request_for(sandbox)
    with Browser(sandbox) as browser:
        url = browser.authorize_url(request.url)
    assert matches_redirect(url, PRACTICE_REDIRECT_URI)
    callback = parse_callback(url)
    assert callback.state == request.state
    assert callback.code
    assert callback.location == "us"
    assert callback.accounts_server == sandbox.accounts_url("us")
    assert [r.endpoint for r in sandbox.requests] == ["auth", "signin", "auth", "approve"]


def test_a_signed_in_browser_goes_straight_to_consent(sandbox: Sandbox) -> None:
    with Browser(sandbox) as browser:
        browser.authorize_url(request_for(sandbox).url)
        sandbox.clear_requests()
        browser.authorize_url(request_for(sandbox).url)
    assert [r.endpoint for r in sandbox.requests] == ["auth", "approve"]


def test_deny_returns_the_error_callback(sandbox: Sandbox) -> None:
    request = request_for(sandbox)
    with Browser(sandbox) as browser:
        callback = parse_callback(browser.authorize_url(request.url, button="deny"))
    assert callback.error == "access_denied"
    assert callback.code is None
    with pytest.raises(errors.AccessDeniedError):
        complete_authorization(request, callback, allowed_accounts_servers=[])


def test_cross_dc_sign_in_follows_the_redirect_to_the_users_data_center(
    sandbox: Sandbox, session: requests.Session
) -> None:
    request = request_for(sandbox, use_pkce=True)
    with Browser(sandbox) as browser:
        url = browser.authorize_url(
            request.url, email=PRACTICE_EU_EMAIL, password=PRACTICE_PASSWORD
        )
    callback = parse_callback(url)
    assert callback.location == "eu"
    assert callback.accounts_server == sandbox.accounts_url("eu")
    verified = complete_authorization(
        request, callback, allowed_accounts_servers=[sandbox.accounts_url("eu")]
    )
    assert callback.code is not None
    tokens = TokenClient(session).exchange_code(
        accounts_server=verified.accounts_server,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        code=callback.code,
        redirect_uri=PRACTICE_REDIRECT_URI,
        code_verifier=request.code_verifier,
    )
    assert tokens.refresh_token
    assert tokens.api_domain == sandbox.api_domain("eu")


def test_a_wrong_password_raises_a_clear_driver_error(sandbox: Sandbox) -> None:
    with Browser(sandbox) as browser, pytest.raises(DriverError) as caught:
        browser.authorize_url(request_for(sandbox).url, password="wrong")
    assert "Incorrect password" in str(caught.value)
    assert caught.value.status == 200


def test_an_error_page_raises_a_driver_error_naming_it(sandbox: Sandbox) -> None:
    request = request_for(sandbox, redirect_uri="http://127.0.0.1:1/elsewhere")
    with Browser(sandbox) as browser, pytest.raises(DriverError) as caught:
        browser.authorize_url(request.url)
    assert caught.value.status == 400
    assert "Invalid Redirect Uri" in str(caught.value)


def test_a_faulty_approve_raises_instead_of_returning(sandbox: Sandbox) -> None:
    sandbox.faults.add("approve", "status", status=503)
    with Browser(sandbox) as browser, pytest.raises(DriverError) as caught:
        browser.authorize_url(request_for(sandbox).url)
    assert caught.value.status == 503
    assert "redirect to the app" in str(caught.value)


def test_relative_paths_need_the_sandbox() -> None:
    with Browser() as browser, pytest.raises(DriverError):
        browser.get("/accounts/us/signin")


def test_a_given_session_is_left_open(sandbox: Sandbox, session: requests.Session) -> None:
    with Browser(sandbox, session) as browser:
        browser.authorize_url(request_for(sandbox).url)
    assert session.cookies  # still usable: the caller owns it
    assert session.get(sandbox.base_url + "/", timeout=5).status_code == 200


def test_parse_page_reads_forms_ids_and_texts() -> None:
    page = parse_page(
        '<form action="/go" method="POST"><input name="a" value="1"><input name="b"/>'
        '<button id="ok" name="action" value="yes">OK</button></form>'
        '<p id="error" role="alert">Bad <b>thing</b>\n happened</p><br><span id="e"></span>'
    )
    (form,) = page.forms
    assert (form.action, form.method) == ("/go", "post")
    assert form.fields == {"a": "1", "b": ""}
    assert form.buttons == {"ok": ("action", "yes")}
    assert page.ids["error"] == {"tag": "p", "id": "error", "role": "alert"}
    assert page.text("error") == "Bad thing happened"
    assert page.text("ok") == "OK"
    assert page.text("e") == ""
    assert page.text("missing") == ""
