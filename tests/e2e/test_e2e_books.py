"""``BooksSession`` and the Python API, end to end against the sandbox's Books."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from e2e_helpers import (
    DEFAULT_ORG_ID,
    SECOND_ORG_ID,
    FakeClock,
    connect,
    open_saved,
    token_grants,
)

from zoho_wizard.core import errors
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.store import ProfileStore, config_dir
from zoho_wizard.sandbox import PRACTICE_EMAIL, Sandbox

NAME = "Acme Ltd"


@pytest.fixture
def books(
    sandbox: Sandbox, profiles: ProfileStore, session: requests.Session, clock: FakeClock
) -> Iterator[BooksSession]:
    connect(sandbox, profiles, name=NAME, session=session, clock=clock)
    sandbox.clear_requests()
    with BooksSession(open_saved(NAME, profiles, session=session, clock=clock)) as books:
        yield books


def test_relative_urls_go_to_books_v3_with_the_organization_and_the_header(
    books: BooksSession, sandbox: Sandbox
) -> None:
    response = books.get("organizations")
    assert response.status_code == 200
    assert response.url.startswith(f"{sandbox.api_domain('us')}/books/v3/organizations?")
    orgs = response.json()["organizations"]
    assert {o["organization_id"] for o in orgs} == {DEFAULT_ORG_ID, SECOND_ORG_ID}
    (call,) = sandbox.requests_for("organizations")
    assert call.path == "/api/us/books/v3/organizations"
    assert call.query == {"organization_id": DEFAULT_ORG_ID}
    assert call.headers["Authorization"] == f"Zoho-oauthtoken {books.connection.access_token()}"
    assert call.headers["User-Agent"].startswith("zoho-wizard/")
    assert sandbox.requests_for("token") == []  # the cached token was used


def test_leading_slash_params_and_absolute_urls(books: BooksSession, sandbox: Sandbox) -> None:
    assert books.get(f"/organizations/{DEFAULT_ORG_ID}").json()["organization"]["name"] == (
        "Zillum Bookkeeping (practice)"
    )
    books.get("organizations", params={"page": "2"})
    books.get("organizations", params=[("per_page", "5")])
    absolute = f"{sandbox.api_domain('us')}/books/v3/organizations/{SECOND_ORG_ID}"
    assert books.get(absolute).json()["organization"]["currency_code"] == "GBP"
    calls = sandbox.requests_for("organizations")
    assert [c.path for c in calls] == [
        f"/api/us/books/v3/organizations/{DEFAULT_ORG_ID}",
        "/api/us/books/v3/organizations",
        "/api/us/books/v3/organizations",
        f"/api/us/books/v3/organizations/{SECOND_ORG_ID}",
    ]
    assert calls[0].query == {"organization_id": DEFAULT_ORG_ID}
    assert calls[1].query == {"organization_id": DEFAULT_ORG_ID, "page": "2"}
    assert calls[2].query == {"organization_id": DEFAULT_ORG_ID, "per_page": "5"}
    assert calls[3].query == {"organization_id": DEFAULT_ORG_ID}


def test_an_explicit_organization_id_is_not_overridden(
    books: BooksSession, sandbox: Sandbox
) -> None:
    books.get("organizations", params={"organization_id": SECOND_ORG_ID})
    books.get("organizations", params=[("organization_id", SECOND_ORG_ID)])
    assert [c.query for c in sandbox.requests_for("organizations")] == [
        {"organization_id": SECOND_ORG_ID},
        {"organization_id": SECOND_ORG_ID},
    ]


def test_auth_error_after_the_one_retry_also_fails(books: BooksSession, sandbox: Sandbox) -> None:
    sandbox.faults.add("organizations", "books401", times=2)
    with pytest.raises(errors.BooksAuthError) as caught:
        books.get("organizations")
    assert caught.value.status == 401
    assert caught.value.code == 57
    assert caught.value.action is errors.Action.RECONNECT
    assert len(sandbox.requests_for("organizations")) == 2
    assert len(token_grants(sandbox)) == 1


def test_a_revoked_connection_raises_the_auth_error_after_one_refresh_attempt(
    books: BooksSession, sandbox: Sandbox
) -> None:
    refresh = books.connection.secrets.get(NAME, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)  # also revokes the cached access token
    with pytest.raises(errors.InvalidCodeError) as caught:
        books.get("organizations")
    assert caught.value.action is errors.Action.RECONNECT
    assert len(sandbox.requests_for("organizations")) == 1
    assert len(token_grants(sandbox)) == 1


def test_rate_limit_raises_with_the_wait(books: BooksSession, sandbox: Sandbox) -> None:
    sandbox.faults.add("organizations", "books429", reset=42)
    with pytest.raises(errors.BooksRateLimitError) as caught:
        books.get("organizations")
    assert caught.value.retry_after == 42
    assert caught.value.status == 429
    assert caught.value.code == 44
    assert caught.value.action is errors.Action.WAIT
    assert sandbox.requests_for("token") == []


def test_other_books_errors_raise_books_error(books: BooksSession, sandbox: Sandbox) -> None:
    sandbox.missing_organization_code = 1002  # a 404 that is about one call, not the org
    with pytest.raises(errors.BooksError) as caught:
        books.get("organizations/99999999")
    assert type(caught.value) is errors.BooksError
    assert caught.value.status == 404
    assert caught.value.code == 1002
    assert "Organization does not exist." in caught.value.message
    sandbox.faults.add("organizations", "status", status=503)
    with pytest.raises(errors.ServerError):
        books.get("organizations")


def test_raise_for_status_off_returns_the_response(books: BooksSession, sandbox: Sandbox) -> None:
    books.raise_for_status = False
    sandbox.missing_organization_code = 1002
    assert books.get("organizations/99999999").status_code == 404
    sandbox.missing_organization_code = 6041
    assert books.get("organizations/99999999").json()["code"] == 6041


def test_an_organization_the_user_was_removed_from_says_so(
    books: BooksSession, sandbox: Sandbox
) -> None:
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = [o for o in user.organizations if o["organization_id"] != DEFAULT_ORG_ID]
    with pytest.raises(errors.BooksError) as caught:
        books.get(f"organizations/{DEFAULT_ORG_ID}")
    assert caught.value.message == (
        "The organization this connection uses is no longer available to this Zoho user."
    )
    assert caught.value.fix == "Reconnect and choose the organization again."
    assert caught.value.action is errors.Action.RECONNECT
    assert (caught.value.status, caught.value.code) == (400, 6041)
    assert sandbox.requests_for("token") == []  # a 400 is not retried with a new token


@pytest.mark.parametrize("status", [401, 400])
def test_access_the_connection_never_asked_for_is_named(
    sandbox: Sandbox,
    profiles: ProfileStore,
    session: requests.Session,
    clock: FakeClock,
    status: int,
) -> None:
    """A connection that asked for invoices only; a script lists the organizations."""
    sandbox.missing_scope_status = status
    with pytest.raises(errors.BooksAuthError):  # the wizard could not list them either
        connect(
            sandbox,
            profiles,
            name=NAME,
            session=session,
            clock=clock,
            scopes=("ZohoBooks.invoices.READ",),
        )
    sandbox.clear_requests()
    with (
        BooksSession(open_saved(NAME, profiles, session=session, clock=clock)) as books,
        pytest.raises(errors.BooksAuthError) as caught,
    ):
        books.get("organizations")
    assert caught.value.message == (
        "Zoho Books refused because this connection was not given access to "
        "“Organization settings: view only”."
    )
    assert caught.value.fix.startswith(
        "Reconnect, choose that access on the details page, and allow it on Zoho's page."
    )
    assert (caught.value.status, caught.value.code) == (status, 57)
    assert caught.value.action is errors.Action.RECONNECT
    # A 401 still gets its one refresh and retry; a 400 does not.
    assert len(sandbox.requests_for("organizations")) == (2 if status == 401 else 1)


@pytest.mark.fault
def test_a_stopped_sandbox_is_a_network_error(books: BooksSession, sandbox: Sandbox) -> None:
    assert books.get("organizations").status_code == 200
    sandbox.stop()
    with pytest.raises(errors.NetworkError) as caught:
        books.get("organizations")
    assert caught.value.action is errors.Action.RETRY


def test_the_readme_python_api_pattern_works(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ZOHO_WIZARD_CONFIG_DIR", str(tmp_path / "xdg-config" / "zoho-wizard"))
    connect(sandbox, ProfileStore(), name=NAME, session=session, clock=clock)
    assert (config_dir() / "connections.json").is_file()

    from zoho_wizard.api import access_token, books_session

    with books_session(NAME) as books:
        orgs = books.get("organizations").json()["organizations"]
        names = sorted(o["name"] for o in orgs)
        org = books.get(f"organizations/{DEFAULT_ORG_ID}").json()["organization"]
    assert names == ["Zillum Bookkeeping (practice)", "Zillum Trading Ltd (practice)"]
    assert org["currency_code"] == "USD"
    assert access_token(NAME) == books.connection.access_token()
    with pytest.raises(errors.ConnectionNotFoundError) as caught:
        books_session("Nobody")
    assert "Nobody" in caught.value.message
