"""The sandbox's data centers as Zoho has them: more than the wizard's table, the sign-in
started at the app's home and sent on to the user's own, and "Invalid Client" where the
client is neither registered nor Multi-DC-enabled."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from sandbox_helpers import Browser, DriverError, books, exchange, oauth_header, parse_page

from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.serverinfo import parse_serverinfo
from zoho_wizard.core.zoho_pages import PageProblem, recognize
from zoho_wizard.sandbox import (
    NEW_DC,
    PRACTICE_AE_EMAIL,
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_NEW_DC_EMAIL,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)

US_ONLY = "1000.USONLYCLIENT000000000000000000"


def test_serverinfo_reads_as_core_reads_zohos(sandbox: Sandbox) -> None:
    body = requests.get(f"{sandbox.accounts_url('us')}/oauth/serverinfo", timeout=10).json()
    listed = parse_serverinfo(body, zoho=False)
    assert len(listed) >= 11
    assert listed["ae"] == sandbox.accounts_url("ae")
    assert listed[NEW_DC] == sandbox.accounts_url(NEW_DC)
    assert NEW_DC not in {dc.id for dc in DATA_CENTERS}  # only serverinfo knows it


@pytest.mark.parametrize(
    ("email", "dc"), [(PRACTICE_AE_EMAIL, "ae"), (PRACTICE_NEW_DC_EMAIL, NEW_DC)]
)
def test_a_user_in_a_newer_data_center_is_sent_on_from_the_apps_home(
    browser: Browser, sandbox: Sandbox, email: str, dc: str
) -> None:
    # The sign-in starts at the app's home (US) and Zoho moves it to the user's center.
    params = browser.authorize("us", email=email)
    assert params["location"] == dc
    assert params["accounts-server"] == sandbox.accounts_url(dc)
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", dc]
    body = exchange(sandbox, params["code"], dc).json()
    assert body["api_domain"] == sandbox.api_domain(dc)
    orgs = books(sandbox, oauth_header(body["access_token"]), dc)
    assert orgs.status_code == 200 and orgs.json()["organizations"]
    # The code works only where it was issued.
    assert exchange(sandbox, params["code"], "us").json() == {"error": "invalid_client"}


def _register_us_only(sandbox: Sandbox) -> None:
    sandbox.register_client(
        US_ONLY, PRACTICE_CLIENT_SECRET, (PRACTICE_REDIRECT_URI,), "server", {"us"}
    )


@pytest.mark.parametrize("status", [400, 200])
def test_a_client_not_enabled_in_the_users_data_center_gets_invalid_client(
    browser: Browser, sandbox: Sandbox, status: int
) -> None:
    sandbox.auth_error_status = status
    _register_us_only(sandbox)
    with pytest.raises(DriverError) as caught:
        browser.authorize("us", email=PRACTICE_AE_EMAIL, client_id=US_ONLY)
    assert caught.value.status == status
    assert caught.value.url is not None and "/accounts/ae/oauth/v2/auth" in caught.value.url
    page = browser.get(caught.value.url)
    assert page.status_code == status
    assert "Location" not in page.headers  # a page, not a redirect: no code anywhere
    parsed = parse_page(page.text)
    assert parsed.text("error-title") == "Invalid client"
    assert "The transmitted client ID does not exist" in parsed.text("error")
    title = page.text.split("<title>", 1)[1].split("</title>", 1)[0]
    # The wizard's rule knows the page by its title, and by its text alone.
    assert recognize(page.url, title) is PageProblem.INVALID_CLIENT
    assert recognize(page.url, "Zoho Accounts", parsed.text("error")) is PageProblem.INVALID_CLIENT
    assert sandbox.issued_secrets() == set()


def test_a_client_registered_elsewhere_is_refused_where_the_sign_in_starts(
    browser: Browser, sandbox: Sandbox
) -> None:
    sandbox.register_client(
        US_ONLY, PRACTICE_CLIENT_SECRET, (PRACTICE_REDIRECT_URI,), "server", {"eu"}
    )
    page = browser.open_auth("us", client_id=US_ONLY)  # before anyone signs in
    assert page.status_code == 400
    assert urlsplit(page.url).path == "/accounts/us/oauth/v2/auth"
    assert "<title>Invalid client</title>" in page.text
    # At its home it is known.
    assert browser.open_auth("eu", client_id=US_ONLY).status_code == 200


def test_a_multi_dc_client_signs_in_users_everywhere(browser: Browser, sandbox: Sandbox) -> None:
    assert browser.authorize("us", email=PRACTICE_AE_EMAIL)["location"] == "ae"
    assert sandbox.client(PRACTICE_CLIENT_ID) is not None
    assert sandbox.client(PRACTICE_CLIENT_ID).enabled_in(NEW_DC)  # type: ignore[union-attr]
