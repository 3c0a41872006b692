"""The fake Books API and user-info endpoint: authentication codes 14 and 57, success."""

from __future__ import annotations

import pytest
import requests
from sandbox_helpers import Browser, FakeClock, books, exchange, oauth_header

from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, PRACTICE_EMAIL, PRACTICE_EU_EMAIL, Sandbox

CODE_14 = {
    "code": 14,
    "message": (
        "The request could not be authenticated as the authentication value you entered is "
        "invalid. Enter a valid authentication value and try again."
    ),
}
CODE_57 = {"code": 57, "message": "You are not authorized to perform this operation"}
ORG_FIELDS = {
    "organization_id",
    "name",
    "contact_name",
    "email",
    "is_default_org",
    "language_code",
    "fiscal_year_start_month",
    "account_created_date",
    "time_zone",
    "is_org_active",
    "currency_id",
    "currency_code",
    "currency_symbol",
    "currency_format",
    "price_precision",
}


def _access(sandbox: Sandbox, scope: str, dc: str = "us") -> str:
    email = PRACTICE_EU_EMAIL if dc == "eu" else PRACTICE_EMAIL
    code = sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, scope, dc=dc, email=email)
    token: str = exchange(sandbox, code, dc, redirect_uri=None).json()["access_token"]
    return token


def test_organizations_success(browser: Browser, sandbox: Sandbox) -> None:
    params = browser.authorize()
    body = exchange(sandbox, params["code"]).json()
    response = requests.get(
        f"{body['api_domain']}/books/v3/organizations",
        headers={"Authorization": oauth_header(body["access_token"])},
        timeout=10,
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert response.headers["Server"] == "ZGS"
    data = response.json()
    assert data["code"] == 0 and data["message"] == "success"
    orgs = data["organizations"]
    assert len(orgs) >= 2
    for org in orgs:
        assert set(org) >= ORG_FIELDS
        assert isinstance(org["organization_id"], str)
    assert [org["is_default_org"] for org in orgs].count(True) == 1
    assert orgs[0]["name"] == "Zillum Bookkeeping (practice)"
    assert orgs[0]["currency_code"] == "USD"
    assert orgs[1]["currency_code"] in ("GBP", "EUR")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Zoho-oauthtoken",
        "Zoho-oauthtoken 1000.00000000000000000000000000000000.00000000000000000000000000000000",
        "garbage",
        "Basic dXNlcjpwYXNz",
    ],
)
def test_missing_or_garbage_authorization_is_code_14(
    sandbox: Sandbox, authorization: str | None
) -> None:
    response = books(sandbox, authorization)
    assert response.status_code == 401
    assert response.json() == CODE_14


def test_bearer_scheme_is_a_switch(sandbox: Sandbox) -> None:
    token = _access(sandbox, "ZohoBooks.settings.READ")
    assert books(sandbox, f"Bearer {token}").json() == CODE_14
    sandbox.accept_bearer = True
    assert books(sandbox, f"Bearer {token}").status_code == 200


def test_expired_token_is_code_57(sandbox: Sandbox, clock: FakeClock) -> None:
    token = _access(sandbox, "ZohoBooks.settings.READ")
    clock.advance(3601)
    response = books(sandbox, oauth_header(token))
    assert response.status_code == 401
    assert response.json() == CODE_57


def test_token_from_another_data_center_is_code_57(sandbox: Sandbox) -> None:
    token = _access(sandbox, "ZohoBooks.settings.READ", dc="eu")
    assert books(sandbox, oauth_header(token), "eu").status_code == 200
    response = books(sandbox, oauth_header(token), "us")
    assert response.status_code == 401
    assert response.json() == CODE_57


@pytest.mark.parametrize(
    ("scope", "allowed"),
    [
        ("ZohoBooks.invoices.READ", False),
        ("ZohoBooks.settings.CREATE", False),
        ("AaaServer.profile.Read", False),
        ("ZohoBooks.settings.READ", True),
        ("zohobooks.settings.read", True),
        ("ZohoBooks.settings.ALL", True),
        ("ZohoBooks.fullaccess.all", True),
        ("ZOHOBOOKS.FULLACCESS.ALL", True),
    ],
)
def test_scope_decides_between_success_and_code_57(
    sandbox: Sandbox, scope: str, allowed: bool
) -> None:
    response = books(sandbox, oauth_header(_access(sandbox, scope)))
    if allowed:
        assert response.status_code == 200 and response.json()["code"] == 0
    else:
        assert response.status_code == 401 and response.json() == CODE_57


def test_single_organization(sandbox: Sandbox) -> None:
    sandbox.missing_organization_code = 1002  # the older answer, still reachable
    header = oauth_header(_access(sandbox, "ZohoBooks.settings.READ"))
    found = books(sandbox, header, path="/20345786")
    assert found.status_code == 200
    assert found.json()["organization"]["organization_id"] == "20345786"
    missing = books(sandbox, header, path="/99999999")
    assert missing.status_code == 404
    assert missing.json()["code"] == 1002
    assert books(sandbox, None, path="/20345786").json() == CODE_14


def test_an_organization_the_user_was_removed_from_answers_6041(sandbox: Sandbox) -> None:
    header = oauth_header(_access(sandbox, "ZohoBooks.settings.READ"))
    assert books(sandbox, header, path="/20345786").status_code == 200
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = [o for o in user.organizations if o["organization_id"] != "20345786"]
    gone = books(sandbox, header, path="/20345786")
    assert gone.status_code == 400
    assert gone.json() == {
        "code": 6041,
        "message": "This user is not associated with the CompanyID/CompanyName:20345786.",
    }
    assert books(sandbox, header, path="/99999999").json()["code"] == 6041  # never theirs


@pytest.mark.parametrize("status", [401, 400])
def test_code_57_for_a_missing_scope_can_come_with_http_400(sandbox: Sandbox, status: int) -> None:
    sandbox.missing_scope_status = status
    response = books(sandbox, oauth_header(_access(sandbox, "ZohoBooks.invoices.READ")))
    assert response.status_code == status
    assert response.json() == CODE_57
    # A dead token stays a 401 whatever the switch says.
    assert books(sandbox, oauth_header("1000.dead.token")).status_code == 401


def test_custom_organizations_per_user(sandbox: Sandbox) -> None:
    sandbox.add_user(
        "solo@example.com",
        organizations=[{"organization_id": "555", "name": "Solo Ltd", "is_default_org": True}],
    )
    code = sandbox.generate_self_client_code(
        PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ", email="solo@example.com"
    )
    token = exchange(sandbox, code, redirect_uri=None).json()["access_token"]
    orgs = books(sandbox, oauth_header(token)).json()["organizations"]
    assert orgs == [{"organization_id": "555", "name": "Solo Ltd", "is_default_org": True}]


def test_userinfo_needs_the_profile_scope(sandbox: Sandbox) -> None:
    url = f"{sandbox.accounts_url('us')}/oauth/user/info"
    with_profile = _access(sandbox, "ZohoBooks.settings.READ,aaaserver.PROFILE.read")
    response = requests.get(url, headers={"Authorization": oauth_header(with_profile)}, timeout=10)
    assert response.status_code == 200
    info = response.json()
    assert info["Email"] == PRACTICE_EMAIL
    assert info["Display_Name"] == "Pat Practice"
    assert info["ZUID"].isdigit()
    without = _access(sandbox, "ZohoBooks.settings.READ")
    refused = requests.get(url, headers={"Authorization": oauth_header(without)}, timeout=10)
    assert refused.status_code == 401
    assert requests.get(url, timeout=10).status_code == 401


def test_userinfo_for_the_eu_user(sandbox: Sandbox) -> None:
    token = _access(sandbox, "AaaServer.profile.Read", dc="eu")
    response = requests.get(
        f"{sandbox.accounts_url('eu')}/oauth/user/info",
        headers={"Authorization": oauth_header(token)},
        timeout=10,
    )
    assert response.json()["Email"] == PRACTICE_EU_EMAIL
