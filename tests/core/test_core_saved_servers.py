"""Where a saved connection's keys may go (issue 14, items 1 and 5).

The saved accounts server and API domain are checked when they are read back (the
data-center list, the override given now, or this computer); the API override is used
while it is given and never saved; overrides over plain http are refused except on this
computer; ``BooksSession`` sends the token only to the connection's API domain unless the
caller opts in, and never over plain http to another computer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import CachedToken, DisconnectOutcome, SavedConnection
from zoho_wizard.core.endpoints import (
    ENV_ACCOUNTS_URL,
    ENV_API_URL,
    ZOHO,
    Endpoints,
    custom_endpoints,
    endpoints_from_environment,
    not_zoho_hosts,
    safe_to_send_keys,
)
from zoho_wizard.core.serverinfo import ServerInfo
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

T0 = 1_700_000_000.0
NAME = "Acme Ltd"
ORG = "10234695"
SECRET = "fake-client-secret-0123456789abcdef"
REFRESH = "1000.cccccccccccccccccccccccccccccccc.dddddddddddddddddddddddddddddddd"
ACCESS = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"


@pytest.fixture
def elsewhere() -> Iterator[FakeServer]:
    """A second server on this computer: another origin than the connection's."""
    fake = FakeServer()
    fake.start()
    yield fake
    fake.stop()


def _conn(
    tmp_path: Path,
    session: requests.Session,
    *,
    accounts_server: str,
    api_domain: str,
    endpoints: Endpoints | None = None,
) -> SavedConnection:
    secrets = MemorySecretStore()
    secrets.set(NAME, "client_secret", SECRET)
    secrets.set(NAME, "refresh_token", REFRESH)
    secrets.set(NAME, "access_token", CachedToken(ACCESS, T0 + 3600, T0).dump())
    profile = Profile(
        name=NAME,
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="us",
        accounts_server=accounts_server,
        api_domain=api_domain,
        scopes=("ZohoBooks.settings.READ",),
        organization_id=ORG,
    )
    profiles = ProfileStore(tmp_path / "connections.json")
    profiles.save(profile)
    return SavedConnection(
        profile,
        secrets,
        profiles,
        session=session,
        clock=lambda: T0,
        lock_file=tmp_path / "lock",
        endpoints=endpoints,
    )


# --- overrides: https, or plain http only on this computer --------------------------------


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://staging.example", True),
        ("https://staging.example:8443/accounts", True),
        ("http://127.0.0.1:9/accounts/us", True),
        ("http://localhost:9", True),
        ("http://[::1]:9", True),
        ("http://staging.example", False),
        ("http://10.0.0.5:8080", False),
        ("ftp://staging.example", False),
        ("staging.example", False),
        ("https://", False),
        ("https://staging.example:99999", False),
    ],
)
def test_keys_travel_over_https_or_to_this_computer_only(url: str, safe: bool) -> None:
    assert safe_to_send_keys(url) is safe


@pytest.mark.bad_input
def test_a_plain_http_accounts_override_is_refused_with_a_clear_error(
    session: requests.Session,
) -> None:
    with pytest.raises(errors.InsecureOverrideError) as caught:
        custom_endpoints("http://staging.example", session=session)
    err = caught.value
    assert err.host == "staging.example" and err.url == "http://staging.example"
    assert not err.api
    assert "plain http" in err.message and "https://" in err.fix
    with pytest.raises(errors.InsecureOverrideError) as api:
        custom_endpoints("https://staging.example", "http://api.staging.example", session=session)
    assert api.value.api and api.value.host == "api.staging.example"


@pytest.mark.bad_input
def test_a_plain_http_api_override_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.InsecureOverrideError):
        Endpoints(api_url="http://api.staging.example")
    assert Endpoints(api_url="http://127.0.0.1:9/api").api_url == "http://127.0.0.1:9/api"
    monkeypatch.setenv(ENV_API_URL, "http://api.staging.example")
    with pytest.raises(errors.InsecureOverrideError):
        endpoints_from_environment()
    monkeypatch.delenv(ENV_API_URL)
    monkeypatch.setenv(ENV_ACCOUNTS_URL, "http://staging.example")
    with pytest.raises(errors.InsecureOverrideError):
        endpoints_from_environment()


def test_the_environment_names_the_overrides_only_while_set() -> None:
    assert endpoints_from_environment({}) is ZOHO
    api = endpoints_from_environment({ENV_API_URL: "https://api.staging.example/"})
    assert api.api_url == "https://api.staging.example/" and not api.is_custom
    assert api.api_domain_in_use("https://www.zohoapis.eu") == "https://api.staging.example"
    staging = endpoints_from_environment({ENV_ACCOUNTS_URL: "https://staging.example/"})
    assert staging.is_custom and staging.label == "https://staging.example"
    assert staging.accounts_url("eu") == "https://staging.example"


def test_a_custom_servers_list_never_names_a_plain_http_server_elsewhere(
    server: FakeServer, session: requests.Session
) -> None:
    server.reply(
        200,
        {
            "locations": {
                "us": server.url + "/accounts/us",
                "eu": "http://accounts.staging.example",
            }
        },
    )
    endpoints = custom_endpoints(server.url, session=session)
    assert dict(endpoints.accounts) == {"us": server.url + "/accounts/us"}
    source = ServerInfo("https://staging.example/oauth/serverinfo", zoho=False)
    source.remember({"xx": "http://accounts.xx.staging.example"})
    custom = Endpoints(MappingProxyType({"us": "https://staging.example"}), label="Staging")
    object.__setattr__(custom, "serverinfo", source)
    assert dict(custom.learned()) == {}
    assert "http://accounts.xx.staging.example" not in custom.allowed_accounts_servers()


# --- the API domain Zoho's token answer names ----------------------------------------------


@pytest.mark.bad_input
@pytest.mark.parametrize(
    "answer",
    [
        "https://www.zohoapis.io",  # Zoho's shape, but on no list (anyone may own it)
        "https://www.zohoapis.xx",
        "http://www.zohoapis.eu",
        "https://evil.example",
    ],
)
def test_a_token_answers_api_domain_must_be_on_the_list(answer: str) -> None:
    endpoints = Endpoints()
    assert endpoints.api_domain_for(answer, "eu", "https://accounts.zoho.eu") == (
        "https://www.zohoapis.eu"
    )


def test_a_token_answers_api_domain_on_the_list_is_kept() -> None:
    endpoints = Endpoints()
    assert endpoints.api_domain_for("https://www.zohoapis.in", "us") == "https://www.zohoapis.in"
    assert (
        endpoints.api_domain_for("https://www.zohoapis.ca", "ca", "https://accounts.zohocloud.ca")
        == "https://www.zohoapis.ca"
    )


@pytest.mark.bad_input
def test_a_custom_servers_token_api_domain_elsewhere_is_ignored() -> None:
    endpoints = Endpoints(
        MappingProxyType({"us": "https://staging.example/accounts"}), label="Staging"
    )
    assert endpoints.api_domain_for("https://staging.example/api", "us") == (
        "https://staging.example/api"
    )
    assert endpoints.api_domain_for("https://evil.example/api", "us") == (
        "https://www.zohoapis.com"
    )


# --- a saved connection's servers, read back ------------------------------------------------


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("accounts_server", "api_domain", "refused"),
    [
        ("https://accounts.evil.example", "https://www.zohoapis.com", "accounts.evil.example"),
        ("https://accounts.zoho.com", "https://api.evil.example", "api.evil.example"),
        ("https://accounts.zoho.com", "http://www.zohoapis.com", "www.zohoapis.com"),
        ("http://accounts.zoho.com", "https://www.zohoapis.com", "accounts.zoho.com"),
        ("https://accounts.zoho.com", "https://www.zohoapis.io", "www.zohoapis.io"),
    ],
)
def test_a_saved_server_nothing_vouches_for_gets_no_key(
    tmp_path: Path, session: requests.Session, accounts_server: str, api_domain: str, refused: str
) -> None:
    conn = _conn(tmp_path, session, accounts_server=accounts_server, api_domain=api_domain)
    assert conn.endpoints is ZOHO  # no override given now
    with pytest.raises(errors.UntrustedServerError) as caught:
        conn.refresh_now()
    assert caught.value.host == refused
    assert caught.value.action is errors.Action.RECONNECT
    with BooksSession(conn) as books, pytest.raises(errors.UntrustedServerError):
        books.get("organizations")


def test_zohos_own_servers_and_this_computer_are_trusted(
    tmp_path: Path, session: requests.Session
) -> None:
    for accounts, api in [
        ("https://accounts.zoho.eu", "https://www.zohoapis.eu"),
        ("https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
        ("https://accounts.zoho.com", "https://www.zohoapis.eu"),  # health says which
        ("http://127.0.0.1:9/accounts/us", "http://127.0.0.1:9/api/us"),
    ]:
        _conn(tmp_path, session, accounts_server=accounts, api_domain=api).check_servers()


def test_a_refused_server_hears_nothing_and_disconnect_still_removes_it_here(
    tmp_path: Path, session: requests.Session
) -> None:
    conn = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.evil.example",
        api_domain="https://www.zohoapis.com",
    )
    report = conn.disconnect()
    assert report.outcome is DisconnectOutcome.UNCONFIRMED
    assert not report.revoked_at_zoho
    assert "no key was sent there" in report.note
    assert report.removed_settings and "refresh_token" in report.removed_secrets


def test_a_saved_staging_api_domain_is_used_only_while_its_override_is_given(
    server: FakeServer, tmp_path: Path, session: requests.Session
) -> None:
    # An older version saved the --api-url into the connection (issue 14).
    staging = "https://api.staging.example"
    gone = _conn(tmp_path, session, accounts_server="https://accounts.zoho.com", api_domain=staging)
    with BooksSession(gone) as books, pytest.raises(errors.UntrustedServerError):
        books.get("organizations")
    # Given again now (on this computer, for the test), the calls go to the override.
    given = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.zoho.com",
        api_domain="https://www.zohoapis.com",
        endpoints=Endpoints(api_url=server.url + "/api"),
    )
    assert given.api_domain == server.url + "/api"
    assert given.profile.api_domain == "https://www.zohoapis.com"
    server.reply(200, {"code": 0})
    with BooksSession(given) as books:
        books.get("organizations")
    assert server.requests[0].target == f"/api/books/v3/organizations?organization_id={ORG}"


def test_the_api_override_from_the_environment_applies_while_set(
    server: FakeServer, tmp_path: Path, session: requests.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_API_URL, server.url + "/api")
    conn = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
    )
    assert conn.api_domain == server.url + "/api"
    monkeypatch.delenv(ENV_API_URL)
    later = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
    )
    assert later.api_domain == "https://www.zohoapis.eu"


# --- BooksSession: the token goes to the connection's API domain only ---------------------


@pytest.fixture
def books(server: FakeServer, tmp_path: Path, session: requests.Session) -> Iterator[BooksSession]:
    conn = _conn(
        tmp_path, session, accounts_server=server.url + "/accounts", api_domain=server.url + "/api"
    )
    with BooksSession(conn) as books:
        yield books


@pytest.mark.bad_input
def test_an_absolute_url_elsewhere_is_refused_and_hears_nothing(
    books: BooksSession, elsewhere: FakeServer
) -> None:
    with pytest.raises(errors.OtherHostRefusedError) as caught:
        books.get(f"{elsewhere.url}/steal")
    assert elsewhere.requests == []
    assert caught.value.host == "127.0.0.1"
    assert "allow_other_hosts=True" in caught.value.fix


def test_the_caller_may_let_another_host_have_the_token(
    books: BooksSession, elsewhere: FakeServer, server: FakeServer
) -> None:
    elsewhere.reply(200, {"code": 0})
    books.get(f"{elsewhere.url}/reports", allow_other_hosts=True)
    assert elsewhere.requests[0].header("Authorization") == f"Zoho-oauthtoken {ACCESS}"
    server.reply(200, {"code": 0})
    books.get(f"{server.url}/api/books/v3/items")  # its own origin needs no opt-in
    assert server.requests[0].path == "/api/books/v3/items"
    books.allow_other_hosts = True
    elsewhere.reply(200, {"code": 0})
    books.get(f"{elsewhere.url}/more")
    assert len(elsewhere.requests) == 2


@pytest.mark.bad_input
@pytest.mark.parametrize("url", ["http://books.example/x", "http://10.0.0.5/x"])
def test_plain_http_to_another_computer_never_gets_the_token(books: BooksSession, url: str) -> None:
    with pytest.raises(errors.OtherHostRefusedError):
        books.get(url, allow_other_hosts=True)


@pytest.mark.bad_input
def test_a_revoke_answered_with_a_redirect_is_unconfirmed_and_not_followed(
    server: FakeServer, elsewhere: FakeServer, tmp_path: Path, session: requests.Session
) -> None:
    conn = _conn(tmp_path, session, accounts_server=server.url, api_domain=server.url)
    server.reply(307, b"", headers={"Location": f"{elsewhere.url}/oauth/v2/token/revoke"})
    report = conn.disconnect()
    assert elsewhere.requests == []
    assert report.outcome is DisconnectOutcome.UNCONFIRMED
    assert "another address" in report.note
    assert report.removed_settings


@pytest.mark.bad_input
def test_no_token_is_handed_out_or_checked_for_a_server_nothing_vouches_for(
    tmp_path: Path, session: requests.Session
) -> None:
    from zoho_wizard.core.health import check

    conn = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.zoho.com",
        api_domain="https://api.staging.example",
    )
    with pytest.raises(errors.UntrustedServerError):
        conn.access_token()  # what `zoho-wizard token` prints and scripts send
    # A token refreshed moments ago is not sent to the saved API domain by a check either.
    conn.secrets.set(NAME, "access_token", CachedToken(ACCESS, T0 + 3600, T0 - 5).dump())
    report = check(conn, save=False)
    results = {r.key: r for r in report.results}
    assert not report.ok
    assert "no key was sent there" in results["refresh"].detail
    assert results["organization"].outcome.value == "skipped"


# --- what the window and the CLI name: the hosts that are not Zoho's ------------------------


def test_the_hosts_that_are_not_zohos_are_named(
    tmp_path: Path, session: requests.Session, server: FakeServer
) -> None:
    assert not_zoho_hosts("https://accounts.zoho.eu", "https://www.zohoapis.ae", None) == ()
    assert not_zoho_hosts(
        "https://staging.example/accounts", "https://staging.example/api", "http://127.0.0.1:9"
    ) == ("staging.example", "127.0.0.1")
    assert ZOHO.override_hosts() == ()
    assert Endpoints(api_url="https://api.staging.example").override_hosts() == (
        "api.staging.example",
    )
    server.reply(404)
    staging = custom_endpoints(server.url, session=session, label="Staging")
    assert staging.override_hosts() == ("127.0.0.1",)
    server.reply(404)
    practice = custom_endpoints(server.url, session=session, practice=True)
    assert practice.override_hosts() == ()  # practice mode has its own banner
    conn = _conn(
        tmp_path,
        session,
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
        endpoints=Endpoints(api_url="https://api.staging.example"),
    )
    assert conn.not_zoho_hosts() == ("api.staging.example",)
    conn.endpoints = ZOHO
    assert conn.not_zoho_hosts() == ()
