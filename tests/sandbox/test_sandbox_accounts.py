"""The fake accounts server's pages: authorization request, sign-in, consent, redirect."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sandbox_helpers import Browser, auth_params, parse_page, query_of

from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.sandbox import (
    NEW_DC,
    PRACTICE_CLIENT_ID,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)


def test_practice_constants_look_like_zoho_but_obviously_fake() -> None:
    assert re.fullmatch(r"1000\.[A-Z0-9]{32}", PRACTICE_CLIENT_ID)
    assert "PRACTICE" in PRACTICE_CLIENT_ID
    assert PRACTICE_REDIRECT_URI == "http://127.0.0.1:47214/callback"
    assert (PRACTICE_EMAIL, PRACTICE_PASSWORD) == ("practice@example.com", "practice")


def test_serverinfo_lists_every_data_center(sandbox: Sandbox) -> None:
    response = requests.get(f"{sandbox.accounts_url('eu')}/oauth/serverinfo", timeout=10)
    assert response.status_code == 200
    assert response.headers["Server"] == "ZGS"
    assert response.headers["Content-Type"] == "application/json;charset=UTF-8"
    body = response.json()
    assert body["result"] == "success"
    # Every data center of the wizard's table, and one only the sandbox knows (as Zoho's
    # serverinfo may list a center newer than the wizard): at least eleven, like Zoho's.
    expected = {dc.id: f"{sandbox.base_url}/accounts/{dc.id}" for dc in DATA_CENTERS}
    expected[NEW_DC] = f"{sandbox.base_url}/accounts/{NEW_DC}"
    assert body["locations"] == expected
    assert len(expected) >= 11
    assert {"ae", "sg"} <= set(expected)
    assert NEW_DC not in {dc.id for dc in DATA_CENTERS}


def test_urls_follow_the_documented_shape(sandbox: Sandbox) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sandbox.base_url)
    assert sandbox.accounts_url("ca") == f"{sandbox.base_url}/accounts/ca"
    assert sandbox.api_domain("ca") == f"{sandbox.base_url}/api/ca"
    assert sandbox.accounts_url(NEW_DC) == f"{sandbox.base_url}/accounts/{NEW_DC}"
    with pytest.raises(ValueError):
        sandbox.accounts_url("xx")


def test_unknown_data_center_is_404(sandbox: Sandbox) -> None:
    response = requests.get(f"{sandbox.base_url}/accounts/xx/oauth/serverinfo", timeout=10)
    assert response.status_code == 404
    api = requests.get(f"{sandbox.base_url}/api/xx/books/v3/organizations", timeout=10)
    assert api.status_code == 404
    assert api.json()["code"] == 5


@pytest.mark.parametrize(
    ("overrides", "title", "listed"),
    [
        ({"client_id": "1000.NOSUCHCLIENT0000000000000000000000"}, "Invalid client", None),
        ({"client_id": None}, "Invalid client", None),
        ({"redirect_uri": "http://127.0.0.1:47214/callback/"}, "Invalid Redirect Uri", None),
        ({"redirect_uri": "http://127.0.0.1:8000/callback"}, "Invalid Redirect Uri", None),
        ({"redirect_uri": None}, "Invalid Redirect Uri", None),
        ({"response_type": "token"}, "Invalid response type", None),
        ({"scope": None}, "Invalid scope", None),
        (
            {"scope": "ZohoBooks.settings.READ,ZohoBooks.invoice.READ"},
            "Invalid scope",
            "ZohoBooks.invoice.READ",
        ),
        ({"scope": "ZohoCRM.modules.ALL"}, "Invalid scope", "ZohoCRM.modules.ALL"),
        ({"access_type": "forever"}, "Invalid request", None),
    ],
)
def test_bad_authorization_request_shows_error_page_and_never_redirects(
    browser: Browser, overrides: dict[str, Any], title: str, listed: str | None
) -> None:
    response = browser.open_auth(**overrides)
    assert response.status_code == 400
    assert "Location" not in response.headers
    assert response.headers["Content-Type"].startswith("text/html")
    assert f"<title>{title}</title>" in response.text
    assert PRACTICE_REDIRECT_URI + "?" not in response.text
    if listed is not None:
        assert listed in response.text


def test_bad_request_is_refused_even_when_signed_in(browser: Browser) -> None:
    browser.reach_consent()
    response = browser.open_auth(client_id="1000.NOSUCHCLIENT0000000000000000000000")
    assert response.status_code == 400
    assert "<title>Invalid client</title>" in response.text


def test_scopes_are_compared_case_insensitively(browser: Browser) -> None:
    page = browser.reach_consent(scope="zohobooks.SETTINGS.read,ZOHOBOOKS.fullaccess.ALL")
    assert "Everything in Zoho Books" in page.text


def test_sign_in_page_has_the_fields_and_practice_hint(browser: Browser) -> None:
    page = browser.open_auth()
    assert page.status_code == 200
    parsed = parse_page(page.text)
    assert parsed.ids["email"]["tag"] == "input"
    assert parsed.ids["password"]["type"] == "password"
    assert parsed.ids["signin"]["tag"] == "button"
    assert parsed.forms[0].action == "/accounts/us/signin"
    assert parsed.forms[0].method == "post"
    assert "Zoho Books sandbox — practice only" in page.text
    assert PRACTICE_EMAIL in page.text and f"<code>{PRACTICE_PASSWORD}</code>" in page.text


def test_wrong_password_shows_the_sign_in_page_again_with_an_error(browser: Browser) -> None:
    page = browser.submit_sign_in(browser.open_auth(), PRACTICE_EMAIL, "not-the-password")
    assert page.status_code == 200
    parsed = parse_page(page.text)
    assert "signin" in parsed.ids
    assert "Incorrect password" in page.text
    assert parsed.ids["error"]["role"] == "alert"
    assert parsed.ids["email"]["value"] == PRACTICE_EMAIL
    assert "Set-Cookie" not in page.headers


def test_unknown_email_is_refused(browser: Browser) -> None:
    page = browser.submit_sign_in(browser.open_auth(), "nobody@example.com", "x")
    assert "cannot be found" in page.text
    assert "signin" in parse_page(page.text).ids


def test_sign_in_redirects_back_to_the_authorization_request(browser: Browser) -> None:
    response = browser.submit_sign_in(browser.open_auth(state="abc"))
    assert response.status_code == 302
    location = response.headers["Location"]
    assert urlsplit(location).path == "/accounts/us/oauth/v2/auth"
    assert query_of(location) == auth_params(state="abc")
    assert "ZSB_SESSION=" in response.headers["Set-Cookie"]
    assert "HttpOnly" in response.headers["Set-Cookie"]


def test_consent_page_shows_app_user_and_scopes_in_plain_words(browser: Browser) -> None:
    page = browser.reach_consent()
    parsed = parse_page(page.text)
    assert parsed.ids["user-email"]["tag"] == "strong"
    assert PRACTICE_EMAIL in page.text
    assert "Zoho Wizard (practice)" in page.text
    assert "Organization settings: view only" in page.text
    assert "Invoices: view only" in page.text
    scope_list = re.search(r'<ul class="scopes" id="scopes">(.*?)</ul>', page.text)
    assert scope_list is not None
    assert "Your name and email address" in scope_list.group(1)
    assert "AaaServer" not in scope_list.group(1)
    assert parsed.ids["accept"]["tag"] == "button" and parsed.ids["deny"]["tag"] == "button"
    assert "/signout" in parsed.ids["switch-account"]["href"]
    form = parsed.forms[0]
    assert form.action == "/accounts/us/oauth/v2/approve"
    # The only hidden value is the server-side request id: no client details, no state.
    assert set(form.fields) == {"request_id"}
    assert "st-123" not in form.fields["request_id"]


def test_accept_redirects_with_code_location_and_encoded_accounts_server(
    browser: Browser, sandbox: Sandbox
) -> None:
    redirect = browser.decide(browser.reach_consent(state="s p&ce/é"))
    assert redirect.status_code == 302
    location = redirect.headers["Location"]
    assert location.startswith(PRACTICE_REDIRECT_URI + "?state=")
    encoded_server = sandbox.accounts_url("us").replace(":", "%3A").replace("/", "%2F")
    assert f"&location=us&accounts-server={encoded_server}" in location
    assert not location.endswith("&")
    params = query_of(location)
    assert list(params) == ["state", "code", "location", "accounts-server"]
    assert params["state"] == "s p&ce/é"
    assert re.fullmatch(r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}", params["code"])
    assert params["accounts-server"] == sandbox.accounts_url("us")
    assert params["code"] in sandbox.issued_secrets()


def test_no_state_parameter_when_none_was_sent(browser: Browser) -> None:
    params = browser.authorize(state=None)
    assert "state" not in params
    assert params["location"] == "us"


def test_trailing_ampersand_variant(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.trailing_ampersand = True
    redirect = browser.decide(browser.reach_consent())
    assert redirect.headers["Location"].endswith("&")
    assert "code" in query_of(redirect.headers["Location"])


def test_redirect_uri_with_its_own_query_string(browser: Browser, sandbox: Sandbox) -> None:
    uri = "http://127.0.0.1:47214/cb?tenant=a%20b&x=1"
    client_id = "1000.QUERYCLIENT00000000000000000000000"
    sandbox.register_client(client_id, "fake-secret", (uri,), "server")
    redirect = browser.decide(browser.reach_consent(client_id=client_id, redirect_uri=uri))
    location = redirect.headers["Location"]
    assert location.startswith(uri + "&state=st-123&code=")
    assert location.count("?") == 1
    params = query_of(location)
    assert params["tenant"] == "a b" and params["x"] == "1"


def test_deny_redirects_with_access_denied_and_state(browser: Browser, sandbox: Sandbox) -> None:
    redirect = browser.decide(browser.reach_consent(), "deny")
    assert redirect.status_code == 302
    assert (
        redirect.headers["Location"] == f"{PRACTICE_REDIRECT_URI}?error=access_denied&state=st-123"
    )
    assert sandbox.issued_secrets() == set()


def test_deny_without_state(browser: Browser) -> None:
    assert browser.authorize(button="deny", state=None) == {"error": "access_denied"}


def test_consent_can_be_answered_only_once(browser: Browser) -> None:
    consent = browser.reach_consent()
    assert browser.decide(consent).status_code == 302
    again = browser.decide(consent)
    assert again.status_code == 400
    assert "Location" not in again.headers


def test_consent_cannot_be_answered_from_another_browser(
    browser: Browser, sandbox: Sandbox
) -> None:
    consent = browser.reach_consent()
    request_id = parse_page(consent.text).forms[0].fields["request_id"]
    with requests.Session() as other:
        response = other.post(
            f"{sandbox.accounts_url('us')}/oauth/v2/approve",
            data={"request_id": request_id, "action": "accept"},
            allow_redirects=False,
            timeout=10,
        )
    assert response.status_code == 400
    assert "Location" not in response.headers


def test_signed_in_browser_goes_straight_to_consent(browser: Browser) -> None:
    browser.reach_consent()
    page = browser.open_auth(state="second")
    assert page.status_code == 200
    assert "accept" in parse_page(page.text).ids


def test_practice_user_stays_in_the_data_center_they_used(browser: Browser) -> None:
    params = browser.authorize(dc="in")
    assert params["location"] == "in"
    assert params["accounts-server"].endswith("/accounts/in")


def test_cross_dc_user_is_redirected_to_their_home_data_center(
    browser: Browser, sandbox: Sandbox
) -> None:
    page = browser.open_auth("us", state="x1")
    response = browser.submit_sign_in(page, PRACTICE_EU_EMAIL, PRACTICE_PASSWORD)
    assert response.status_code == 302
    location = response.headers["Location"]
    assert urlsplit(location).path == "/accounts/eu/oauth/v2/auth"
    assert query_of(location) == auth_params(state="x1")
    consent = browser.get(location)
    assert "Europe" in consent.text and PRACTICE_EU_EMAIL in consent.text
    params = query_of(browser.decide(consent).headers["Location"])
    assert params["location"] == "eu"
    assert params["accounts-server"] == sandbox.accounts_url("eu")
    assert params["state"] == "x1"


def test_signed_in_cross_dc_user_opening_another_dc_is_sent_home(browser: Browser) -> None:
    browser.reach_consent("eu", email=PRACTICE_EU_EMAIL)
    response = browser.open_auth("us")
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/accounts/eu/oauth/v2/auth"


def test_switch_account_signs_out_and_returns_to_the_request(browser: Browser) -> None:
    consent = browser.reach_consent()
    link = parse_page(consent.text).ids["switch-account"]["href"]
    response = browser.get(link)
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/accounts/us/oauth/v2/auth"
    sign_in = browser.get(response.headers["Location"])
    assert "signin" in parse_page(sign_in.text).ids
    consent_eu = browser.get(browser.submit_sign_in(sign_in, PRACTICE_EU_EMAIL).headers["Location"])
    assert PRACTICE_EU_EMAIL in consent_eu.text


def test_sign_in_ignores_an_off_site_next(browser: Browser, sandbox: Sandbox) -> None:
    response = browser.post(
        "/accounts/us/signin",
        {"email": PRACTICE_EMAIL, "password": PRACTICE_PASSWORD, "next": "//evil.example/x"},
    )
    assert response.status_code == 200
    assert "Signed in" in response.text


def test_desktop_client_must_send_pkce(browser: Browser, sandbox: Sandbox) -> None:
    sandbox.register_client(
        "1000.DESKTOPCLIENT000000000000000000000",
        "fake-secret",
        ("http://127.0.0.1:5555/cb",),
        "desktop",
    )
    base = {
        "client_id": "1000.DESKTOPCLIENT000000000000000000000",
        "redirect_uri": "http://127.0.0.1:5555/cb",
    }
    missing = browser.open_auth(**base)
    assert missing.status_code == 400 and "code_challenge" in missing.text
    bad_method = browser.open_auth(**base, code_challenge="abc", code_challenge_method="MD5")
    assert bad_method.status_code == 400
    ok = browser.open_auth(**base, code_challenge="abc", code_challenge_method="S256")
    assert ok.status_code == 200


def test_home_page_lists_accounts_servers(sandbox: Sandbox) -> None:
    response = requests.get(sandbox.base_url + "/", timeout=10)
    assert response.status_code == 200
    assert sandbox.accounts_url("ca") in response.text
    assert PRACTICE_CLIENT_ID in response.text


def test_wrong_method_is_405(sandbox: Sandbox) -> None:
    response = requests.get(f"{sandbox.accounts_url('us')}/oauth/v2/token", timeout=10)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
