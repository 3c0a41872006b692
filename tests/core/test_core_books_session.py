"""``BooksSession`` against the scripted fake server: URLs, parameters, headers, the one
refresh-and-retry on 401, and the project's exceptions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

T0 = 1_700_000_000.0
NAME = "Acme Ltd"
ORG = "10234695"
OLD = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
NEW = "1000.eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.ffffffffffffffffffffffffffffffff"
UNAUTHORIZED = {"code": 57, "message": "You are not authorized to perform this operation"}


def make_conn(
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
    organization_id: str = ORG,
) -> SavedConnection:
    secrets = MemorySecretStore()
    secrets.set(NAME, "client_secret", "fake-client-secret-0123456789")
    secrets.set(NAME, "refresh_token", "fake-refresh-token")
    secrets.set(NAME, "access_token", CachedToken(OLD, T0 + 3600, T0).dump())
    profile = Profile(
        name=NAME,
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="us",
        accounts_server=server.url + "/accounts",
        api_domain=server.url + "/api/",
        scopes=("ZohoBooks.settings.READ",),
        organization_id=organization_id,
    )
    profiles = ProfileStore(config_path)
    profiles.save(profile)
    return SavedConnection(
        profile,
        secrets,
        profiles,
        session=session,
        clock=lambda: T0,
        lock_file=tmp_path / "lock",
    )


@pytest.fixture
def books(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> Iterator[BooksSession]:
    with BooksSession(make_conn(server, config_path, session, tmp_path)) as books:
        yield books


def test_relative_urls_go_to_books_v3_with_org_and_header(
    books: BooksSession, server: FakeServer
) -> None:
    assert books.base_url == f"{server.url}/api/books/v3"
    server.reply(200, {"code": 0})
    server.reply(200, {"code": 0})
    books.get("invoices")
    books.get("/invoices/123")
    first, second = server.requests
    assert first.target == f"/api/books/v3/invoices?organization_id={ORG}"
    assert second.target == f"/api/books/v3/invoices/123?organization_id={ORG}"
    assert first.header("Authorization") == f"Zoho-oauthtoken {OLD}"
    assert (first.header("User-Agent") or "").startswith("zoho-wizard/")


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({"status": "unpaid"}, {"organization_id": [ORG], "status": ["unpaid"]}),
        ([("page", "2"), ("page", "3")], {"organization_id": [ORG], "page": ["2", "3"]}),
        ((("page", "2"),), {"organization_id": [ORG], "page": ["2"]}),
        ({"organization_id": "555"}, {"organization_id": ["555"]}),
        ([("organization_id", "555")], {"organization_id": ["555"]}),
    ],
)
def test_params_are_merged_with_the_organization(
    params: Any, query: dict[str, list[str]], books: BooksSession, server: FakeServer
) -> None:
    server.reply(200, {"code": 0})
    books.get("invoices", params=params)
    assert server.requests[0].query == query


def test_positional_params_bytes_urls_and_absolute_urls(
    books: BooksSession, server: FakeServer
) -> None:
    for _ in range(3):
        server.reply(200, {"code": 0})
    books.request("GET", b"contacts", {"page": "1"})
    books.get(f"{server.url}/elsewhere/x")
    books.post("invoices", json={"customer_id": "1"})
    first, second, third = server.requests
    assert first.target == f"/api/books/v3/contacts?organization_id={ORG}&page=1"
    assert second.target == f"/elsewhere/x?organization_id={ORG}"
    assert third.method == "POST" and third.body == b'{"customer_id": "1"}'


def test_the_callers_headers_are_kept_but_the_token_is_ours(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(200, {"code": 0})
    books.get("invoices", headers={"Accept": "application/json", "Authorization": "x"})
    call = server.requests[0]
    assert call.header("Accept") == "application/json"
    assert call.header("Authorization") == f"Zoho-oauthtoken {OLD}"


def test_no_organization_leaves_params_alone(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = make_conn(server, config_path, session, tmp_path, organization_id="")
    with BooksSession(conn) as books:
        server.reply(200, {"code": 0})
        server.reply(200, {"code": 0})
        books.get("organizations")
        books.get("organizations", params={"a": "1"})
    assert [r.target for r in server.requests] == [
        "/api/books/v3/organizations",
        "/api/books/v3/organizations?a=1",
    ]


def test_a_401_refreshes_once_and_retries_with_the_new_token(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(401, UNAUTHORIZED)
    server.reply(200, {"access_token": NEW, "expires_in": 3600})
    server.reply(200, {"code": 0, "invoices": []})
    assert books.get("invoices").json() == {"code": 0, "invoices": []}
    first, refresh, retry = server.requests
    assert refresh.path == "/accounts/oauth/v2/token"
    assert refresh.form["grant_type"] == "refresh_token"
    assert retry.target == first.target
    assert retry.header("Authorization") == f"Zoho-oauthtoken {NEW}"


def test_a_second_401_raises_books_auth_error(books: BooksSession, server: FakeServer) -> None:
    server.reply(401, UNAUTHORIZED)
    server.reply(200, {"access_token": NEW, "expires_in": 3600})
    server.reply(401, UNAUTHORIZED)
    with pytest.raises(errors.BooksAuthError) as caught:
        books.get("invoices")
    assert caught.value.code == 57
    assert caught.value.action is errors.Action.RECONNECT
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("code", "daily"), [(44, False), (45, True)], ids=["per-minute", "per-day"]
)
def test_rate_limits_raise_with_the_wait(
    code: int, daily: bool, books: BooksSession, server: FakeServer
) -> None:
    server.reply(429, {"code": code, "message": "limit"}, headers={"X-Rate-Limit-Reset": "17"})
    with pytest.raises(errors.BooksRateLimitError) as caught:
        books.get("invoices")
    assert caught.value.retry_after == 17
    assert ("tomorrow" in caught.value.fix) is daily
    assert len(server.requests) == 1


def test_server_and_other_errors(books: BooksSession, server: FakeServer) -> None:
    server.reply(500, "<html>oops</html>")
    with pytest.raises(errors.ServerError):
        books.get("invoices")
    server.reply(400, {"code": 1001, "message": "Invalid value passed for customer_id"})
    with pytest.raises(errors.BooksError) as caught:
        books.get("invoices")
    assert caught.value.code == 1001
    assert "customer_id" in caught.value.message


def test_without_raise_for_status_the_response_comes_back(
    books: BooksSession, server: FakeServer
) -> None:
    books.raise_for_status = False
    server.reply(404, {"code": 5, "message": "Invalid URL Passed"})
    assert books.get("nothing").status_code == 404


def test_network_trouble_is_a_network_error(
    server: FakeServer,
    config_path: Path,
    session: requests.Session,
    tmp_path: Path,
    refused_url: str,
) -> None:
    conn = make_conn(server, config_path, session, tmp_path)
    conn.profile = replace(conn.profile, api_domain=refused_url)
    with BooksSession(conn) as books, pytest.raises(errors.NetworkError):
        books.get("invoices")
    server.hang_up()
    conn = make_conn(server, config_path, session, tmp_path)
    with BooksSession(conn) as books, pytest.raises(errors.NetworkError):
        books.get("invoices")


def test_a_default_timeout_is_set_and_can_be_overridden(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(200, {"code": 0}, delay=0.5)
    with pytest.raises(errors.NetworkError) as caught:
        books.get("invoices", timeout=0.1)
    assert "too long" in caught.value.message


# --- access the connection never asked for, and an organization out of reach ---------------


def test_a_second_401_for_access_never_asked_for_names_it(
    books: BooksSession, server: FakeServer
) -> None:
    # The connection asked for organization settings only; a script reads invoices.
    server.reply(401, UNAUTHORIZED)
    server.reply(200, {"access_token": NEW, "expires_in": 3600})
    server.reply(401, UNAUTHORIZED)
    with pytest.raises(errors.BooksAuthError) as caught:
        books.get("invoices")
    assert caught.value.message == (
        "Zoho Books refused because this connection was not given access to “Invoices: view only”."
    )
    assert "choose that access on the details page" in caught.value.fix
    assert caught.value.action is errors.Action.RECONNECT
    assert len(server.requests) == 3  # the one refresh and retry still happen


def test_a_400_code_57_for_access_never_asked_for_names_it_without_a_refresh(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(400, UNAUTHORIZED)
    with pytest.raises(errors.BooksAuthError) as caught:
        books.post("contacts", json={"contact_name": "A"})
    assert "“Customers and vendors: view and change”" in caught.value.message
    assert (caught.value.status, caught.value.code) == (400, 57)
    assert len(server.requests) == 1


def test_code_57_for_access_asked_for_keeps_the_sign_in_words(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(400, UNAUTHORIZED)
    with pytest.raises(errors.BooksAuthError) as caught:
        books.get("organizations")  # settings.READ was asked for; Zoho did not say more
    assert caught.value.message == errors.BooksAuthError.default_message


def test_6041_says_the_organization_is_out_of_reach(
    books: BooksSession, server: FakeServer
) -> None:
    server.reply(
        400,
        {
            "code": 6041,
            "message": f"This user is not associated with the CompanyID/CompanyName:{ORG}.",
        },
    )
    with pytest.raises(errors.BooksError) as caught:
        books.get("invoices")
    assert caught.value.message == (
        "The organization this connection uses is no longer available to this Zoho user."
    )
    assert caught.value.action is errors.Action.RECONNECT
    assert (caught.value.status, caught.value.code) == (400, 6041)
    assert len(server.requests) == 1
