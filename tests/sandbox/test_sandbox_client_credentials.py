"""The fake token endpoint's client-credentials grant: a Self Client's access token for one
organization (``soid=ZohoBooks.<organization_id>``), with Zoho's HTTP-200 error bodies."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sandbox_helpers import FakeClock, books, oauth_header

from zoho_wizard.sandbox import (
    PRACTICE_EMAIL,
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
    Sandbox,
)

ORG = "10234695"
OTHER_ORG = "20345786"


def grant(sb: Sandbox, dc: str = "us", **overrides: str | None) -> requests.Response:
    """POST the client-credentials grant of the practice Self Client (overrides win; None
    leaves a parameter out)."""
    data: dict[str, Any] = {
        "grant_type": "client_credentials",
        "client_id": PRACTICE_SELF_CLIENT_ID,
        "client_secret": PRACTICE_SELF_CLIENT_SECRET,
        "scope": "ZohoBooks.settings.READ,ZohoBooks.invoices.READ",
        "soid": f"ZohoBooks.{ORG}",
    }
    data.update(overrides)
    clean = {k: v for k, v in data.items() if v is not None}
    return requests.post(f"{sb.accounts_url(dc)}/oauth/v2/token", data=clean, timeout=10)


def test_a_self_client_gets_an_access_token_and_no_refresh_token(sandbox: Sandbox) -> None:
    answer = grant(sandbox)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "scope", "api_domain", "token_type", "expires_in"}
    assert body["api_domain"] == sandbox.api_domain("us")
    assert body["expires_in"] == 3600
    assert body["scope"] == "ZohoBooks.settings.READ ZohoBooks.invoices.READ"
    assert body["access_token"] in sandbox.issued_secrets()


def test_the_query_string_works_as_zohos_examples_send_it(sandbox: Sandbox) -> None:
    params = {
        "grant_type": "client_credentials",
        "client_id": PRACTICE_SELF_CLIENT_ID,
        "client_secret": PRACTICE_SELF_CLIENT_SECRET,
        "scope": "ZohoBooks.settings.READ",
        "soid": f"ZohoBooks.{ORG}",
    }
    answer = requests.post(
        f"{sandbox.accounts_url('us')}/oauth/v2/token", params=params, timeout=10
    )
    assert "access_token" in answer.json()


def test_the_token_reaches_books_for_its_organization_only(sandbox: Sandbox) -> None:
    token = grant(sandbox).json()["access_token"]
    header = oauth_header(token)
    listed = books(sandbox, header).json()
    assert [o["organization_id"] for o in listed["organizations"]] == [ORG]
    one = books(sandbox, header, path=f"/{ORG}")
    assert one.status_code == 200 and one.json()["organization"]["organization_id"] == ORG
    other = books(sandbox, header, path=f"/{OTHER_ORG}")
    assert other.status_code == 400 and other.json()["code"] == 6041


def test_the_token_expires_after_an_hour(sandbox: Sandbox, clock: FakeClock) -> None:
    header = oauth_header(grant(sandbox).json()["access_token"])
    clock.advance(3599)
    assert books(sandbox, header, path=f"/{ORG}").status_code == 200
    clock.advance(1)
    assert books(sandbox, header, path=f"/{ORG}").json()["code"] == 57


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"client_id": "1000.NOSUCHSELFCLIENT000000000000000000"}, "invalid_client"),
        ({"client_secret": "wrong0secret".ljust(42, "0")}, "invalid_client_secret"),
        ({"scope": None}, "invalid_scope"),
        ({"scope": "ZohoCRM.modules.ALL"}, "invalid_scope"),
        ({"soid": None}, "missing_org_info"),
        ({"soid": "ZohoBooks.99999999"}, "missing_org_info"),
        ({"soid": f"ZohoCRM.{ORG}"}, "missing_org_info"),
        ({"soid": "ZohoBooks."}, "missing_org_info"),
    ],
    ids=[
        "unknown-client",
        "wrong-secret",
        "no-scope",
        "not-books-scope",
        "no-soid",
        "not-the-users-organization",
        "another-service",
        "no-organization-id",
    ],
)
def test_refusals_are_http_200_error_bodies(
    sandbox: Sandbox, overrides: dict[str, str | None], error: str
) -> None:
    answer = grant(sandbox, **overrides)
    assert answer.status_code == 200
    assert answer.json() == {"error": error}


def test_a_wrong_organization_can_answer_another_name(sandbox: Sandbox) -> None:
    sandbox.soid_error = "invalid_soid"
    assert grant(sandbox, soid="ZohoBooks.99999999").json() == {"error": "invalid_soid"}
    assert grant(sandbox, soid=None).json() == {"error": "missing_org_info"}


def test_the_self_client_works_in_its_consoles_data_center_only(sandbox: Sandbox) -> None:
    assert grant(sandbox, dc="eu").json() == {"error": "invalid_client"}


def test_an_organization_the_owner_leaves_is_refused(sandbox: Sandbox) -> None:
    header = oauth_header(grant(sandbox).json()["access_token"])
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    sandbox.add_user(
        PRACTICE_EMAIL,
        "practice",
        home_dc=None,
        organizations=[o for o in user.organizations if o["organization_id"] != ORG],
    )
    assert grant(sandbox).json() == {"error": "missing_org_info"}
    assert books(sandbox, header, path=f"/{ORG}").json()["code"] == 6041


def test_plain_oauth_answers_with_rfc_statuses(sandbox: Sandbox) -> None:
    sandbox.plain_oauth = True
    refused = grant(sandbox, soid=None)
    assert refused.status_code == 400
    assert refused.json()["error"] == "invalid_request"
    assert "api_domain" not in grant(sandbox).json()
