"""The Books calls the wizard makes: listing organizations, against a local server."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.books import (
    Organization,
    books_error,
    get_organization,
    list_organizations,
    organization_gone,
)
from zoho_wizard.core.grant import Grant

TOKEN = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"


def _org(org_id: Any, name: str, *, default: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "organization_id": org_id,
        "name": name,
        "is_default_org": default,
        "currency_code": "USD",
        "currency_symbol": "$",
        "is_org_active": True,
    } | extra


def _ok(*orgs: dict[str, Any]) -> dict[str, Any]:
    return {"code": 0, "message": "success", "organizations": list(orgs)}


def test_list_organizations_calls_the_books_api_with_the_zoho_oauthtoken_header(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(200, _ok(_org("10234695", "Zillum")))
    [org] = list_organizations(session, server.url + "/", TOKEN)
    assert org.organization_id == "10234695"
    assert org.name == "Zillum"
    assert org.currency_code == "USD"
    [sent] = server.requests
    assert (sent.method, sent.target) == ("GET", "/books/v3/organizations")
    assert sent.header("Authorization") == f"Zoho-oauthtoken {TOKEN}"


def test_default_organization_comes_first_then_by_name(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(
        200, _ok(_org("3", "beta"), _org("1", "Zeta Ltd", default=True), _org("2", "Alpha"))
    )
    names = [o.name for o in list_organizations(session, server.url, TOKEN)]
    assert names == ["Zeta Ltd", "Alpha", "beta"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10234695", "10234695"),
        (10234695, "10234695"),  # a number in the JSON is still kept as text
        (460000000000097, "460000000000097"),
        (" 42 ", "42"),
    ],
)
def test_organization_id_is_kept_as_text(
    server: FakeServer,
    session: requests.Session,
    raw: Any,
    expected: str,
) -> None:
    server.reply(200, _ok(_org(raw, "Zillum")))
    [org] = list_organizations(session, server.url, TOKEN)
    assert org.organization_id == expected
    assert isinstance(org.organization_id, str)


def test_an_organization_without_a_name_shows_its_id() -> None:
    assert Organization.from_json({"organization_id": "77"}).name == "77"


@pytest.mark.parametrize("entry", [{}, {"organization_id": ""}, {"organization_id": None}])
def test_an_organization_without_an_id_is_a_server_error(entry: dict[str, Any]) -> None:
    with pytest.raises(errors.ServerError):
        Organization.from_json(entry)


@pytest.mark.parametrize(
    ("default_value", "expected"),
    [
        (True, True),
        (False, False),
        ("true", False),
        (None, False),
    ],
)
def test_only_a_real_true_marks_the_default(default_value: Any, expected: bool) -> None:
    org = Organization.from_json({"organization_id": "1", "is_default_org": default_value})
    assert org.is_default is expected


@pytest.mark.parametrize(
    "body",
    [
        {
            "code": 14,
            "message": "The request could not be authenticated as the authentication "
            "value you entered is invalid.",
        },
        {"code": 57, "message": "You are not authorized to perform this operation"},
        "",
    ],
)
def test_401_is_a_books_auth_error_that_offers_reconnect(
    server: FakeServer,
    session: requests.Session,
    body: Any,
) -> None:
    server.reply(401, body)
    with pytest.raises(errors.BooksAuthError) as info:
        list_organizations(session, server.url, TOKEN)
    assert info.value.status == 401
    assert info.value.action is errors.Action.RECONNECT
    assert TOKEN not in str(info.value)


def test_code_57_with_http_400_is_still_an_auth_error(
    server: FakeServer,
    session: requests.Session,
) -> None:
    # A third-party stub uses HTTP 400 for a missing scope.
    server.reply(400, {"code": 57, "message": "You are not authorized to perform this operation"})
    with pytest.raises(errors.BooksAuthError) as info:
        list_organizations(session, server.url, TOKEN)
    assert info.value.code == 57


@pytest.mark.parametrize(
    ("body", "headers", "retry_after"),
    [
        ({"code": 44, "message": "Too many requests"}, {}, 60.0),
        (
            {
                "code": 1070,
                "message": "You have reached the maximum number of in process requests allowed.",
            },
            {"X-Rate-Limit-Reset": "17"},
            17.0,
        ),
        ("", {}, 60.0),
    ],
)
def test_429_is_a_rate_limit_error_with_a_wait(
    server: FakeServer,
    session: requests.Session,
    body: Any,
    headers: dict[str, str],
    retry_after: float,
) -> None:
    server.reply(429, body, headers=headers)
    with pytest.raises(errors.BooksRateLimitError) as info:
        list_organizations(session, server.url, TOKEN)
    assert info.value.retry_after == retry_after
    assert info.value.action is errors.Action.WAIT


def test_daily_cap_says_it_resets_tomorrow(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(
        429,
        {
            "code": 45,
            "message": "The API call for this organization has "
            "exceeded the maximum call rate limit of 1000.",
        },
    )
    with pytest.raises(errors.BooksRateLimitError) as info:
        list_organizations(session, server.url, TOKEN)
    assert "tomorrow" in str(info.value)


def test_an_empty_list_means_no_organizations(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(200, _ok())
    with pytest.raises(errors.NoOrganizationsError):
        list_organizations(session, server.url, TOKEN)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, "<html>Internal error</html>"),
        (200, "<html>login page</html>"),
        (200, {"code": 0, "message": "success"}),  # no organizations key
        (200, {"code": 0, "organizations": "none"}),
    ],
)
def test_unreadable_answers_are_server_errors(
    server: FakeServer,
    session: requests.Session,
    status: int,
    body: Any,
) -> None:
    server.reply(status, body)
    with pytest.raises(errors.ServerError):
        list_organizations(session, server.url, TOKEN)


def test_a_books_error_code_with_http_200_is_an_error(
    server: FakeServer,
    session: requests.Session,
) -> None:
    server.reply(200, {"code": 1002, "message": "Organization does not exist."})
    with pytest.raises(errors.BooksError) as info:
        list_organizations(session, server.url, TOKEN)
    assert info.value.code == 1002
    assert "Organization does not exist." in info.value.message


def test_unreachable_books_is_a_network_error(
    session: requests.Session,
    refused_url: str,
) -> None:
    with pytest.raises(errors.NetworkError):
        list_organizations(session, refused_url, TOKEN)


def test_get_organization_reads_one(server: FakeServer, session: requests.Session) -> None:
    server.reply(200, {"code": 0, "organization": _org(5, "Five")})
    org = get_organization(session, server.url, TOKEN, "5")
    assert (org.organization_id, org.name) == ("5", "Five")
    [sent] = server.requests
    assert sent.target == "/books/v3/organizations/5"
    assert sent.header("Authorization") == f"Zoho-oauthtoken {TOKEN}"


# --- an organization out of reach, and access known to be missing ---------------------------

NOT_ASSOCIATED = {
    "code": 6041,
    "message": "This user is not associated with the CompanyID/CompanyName:10234695.",
}
NOT_AUTHORIZED = {"code": 57, "message": "You are not authorized to perform this operation"}


@pytest.mark.parametrize(
    ("status", "body"),
    [(400, NOT_ASSOCIATED), (404, {"code": 1002, "message": "Organization does not exist."})],
    ids=["6041", "1002"],
)
def test_get_organization_out_of_reach_asks_for_a_reconnect(
    status: int, body: Any, server: FakeServer, session: requests.Session
) -> None:
    server.reply(status, body)
    with pytest.raises(errors.BooksError) as info:
        get_organization(session, server.url, TOKEN, "10234695")
    assert info.value.message == (
        "The organization this connection uses is no longer available to this Zoho user."
    )
    assert info.value.fix == "Reconnect and choose the organization again."
    assert info.value.action is errors.Action.RECONNECT
    assert (info.value.status, info.value.code) == (status, body["code"])


def test_6041_is_an_organization_out_of_reach_on_any_call(server: FakeServer) -> None:
    response = _answer(server, 400, NOT_ASSOCIATED)
    assert organization_gone(response)
    err = books_error(response)
    assert type(err) is errors.BooksError
    assert "no longer available to this Zoho user" in err.message
    assert err.action is errors.Action.RECONNECT
    assert "CompanyID" not in str(err)  # Zoho's words are replaced by plain ones


@pytest.mark.parametrize("status", [401, 400])
@pytest.mark.parametrize(
    ("grant", "fix"),
    [
        (
            Grant(
                ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"), ("ZohoBooks.settings.READ",)
            ),
            "Reconnect and allow that access on Zoho's page.",
        ),
        (
            Grant(("ZohoBooks.settings.READ",), None),
            "Reconnect, choose that access on the details page, and allow it on Zoho's page. "
            "If your firm's setup file sets the access, ask your firm's IT person.",
        ),
    ],
    ids=["asked-not-granted", "never-asked"],
)
def test_code_57_for_access_known_missing_is_a_missing_permission(
    status: int, grant: Grant, fix: str, server: FakeServer
) -> None:
    err = books_error(
        _answer(server, status, NOT_AUTHORIZED), needs="ZohoBooks.invoices.READ", grant=grant
    )
    assert isinstance(err, errors.BooksAuthError)
    assert err.message == (
        "Zoho Books refused because this connection was not given access to “Invoices: view only”."
    )
    assert err.fix == fix
    assert (err.code, err.status, err.action) == (57, status, errors.Action.RECONNECT)


@pytest.mark.parametrize(
    ("needs", "grant"),
    [
        (None, Grant(("ZohoBooks.settings.READ",), None)),  # the call's scope is not known
        ("ZohoBooks.invoices.READ", None),  # nothing known of the grant
        # Asked for, and Zoho did not say what it granted: not known to be missing.
        ("ZohoBooks.invoices.READ", Grant(("ZohoBooks.invoices.READ",), None)),
        ("ZohoBooks.invoices.CREATE", Grant(("ZohoBooks.fullaccess.all",), None)),
        ("ZohoBooks.invoices.DELETE", Grant(("x",), ("ZohoBooks.invoices.ALL",))),
    ],
)
def test_code_57_without_a_known_missing_access_keeps_todays_words(
    needs: str | None, grant: Grant | None, server: FakeServer
) -> None:
    err = books_error(_answer(server, 401, NOT_AUTHORIZED), needs=needs, grant=grant)
    assert isinstance(err, errors.BooksAuthError)
    assert err.message == errors.BooksAuthError.default_message
    assert err.fix == errors.BooksAuthError.default_fix


def test_code_14_is_never_a_missing_permission(server: FakeServer) -> None:
    grant = Grant(("ZohoBooks.settings.READ",), None)
    err = books_error(
        _answer(server, 401, {"code": 14, "message": "invalid"}),
        needs="ZohoBooks.invoices.READ",
        grant=grant,
    )
    assert err.message == errors.BooksAuthError.default_message


def _answer(server: FakeServer, status: int, body: Any) -> requests.Response:
    server.reply(status, body)
    with requests.Session() as s:
        return s.get(f"{server.url}/books/v3/anything", timeout=5)
