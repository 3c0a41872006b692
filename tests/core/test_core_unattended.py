"""Connections for scheduled jobs in core: the client-credentials grant (exact request,
Zoho's HTTP-200 error bodies in plain words), the kind in the saved settings, the token
cache, Check and Disconnect, and ``connect_unattended``, against the scripted fake server.
The sandbox runs are in tests/e2e/test_e2e_unattended.py."""

from __future__ import annotations

import json
import time
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors, self_client
from zoho_wizard.core.connection import (
    MIN_VALIDITY_SECONDS,
    CachedToken,
    DisconnectOutcome,
    SavedConnection,
)
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.health import Outcome, check
from zoho_wizard.core.product import BOOKS
from zoho_wizard.core.self_client import (
    SelfClientOrganizationError,
    SelfClientRefusedError,
    SelfClientScopeError,
)
from zoho_wizard.core.store import (
    SIGNED_IN,
    UNATTENDED,
    MemorySecretStore,
    Profile,
    ProfileStore,
)
from zoho_wizard.core.tokens import TokenClient
from zoho_wizard.core.unattended import (
    SelfClientDetails,
    connect_unattended,
    default_scopes,
    detail_problems,
)

T0 = float(int(time.time()))  # real time: Check compares it with the Date header
NAME = "Nightly export"
CLIENT_ID = "1000.SELFCLIENTABCDEFGHIJKLMNOPQRST"
SECRET = "fake-self-client-secret-0123456789abcdef"
ORG_ID = "10234695"
OLD = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
NEW = "1000.eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.ffffffffffffffffffffffffffffffff"
SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ")
ORGANIZATION = {
    "code": 0,
    "message": "success",
    "organization": {"organization_id": ORG_ID, "name": "Zillum", "currency_code": "USD"},
}


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def granted(server: FakeServer, token: str = NEW, **extra: Any) -> dict[str, Any]:
    return {
        "access_token": token,
        "scope": " ".join(SCOPES),
        "api_domain": server.url,
        "token_type": "Bearer",
        "expires_in": 3600,
        **extra,
    }


def grant_form() -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "scope": ",".join(SCOPES),
        "soid": f"ZohoBooks.{ORG_ID}",
    }


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def secrets() -> MemorySecretStore:
    store = MemorySecretStore()
    store.set(NAME, "client_secret", SECRET)
    return store


def unattended_profile(server: FakeServer, **changes: Any) -> Profile:
    values: dict[str, Any] = {
        "name": NAME,
        "kind": UNATTENDED,
        "client_id": CLIENT_ID,
        "data_center": "us",
        "accounts_server": server.url,
        "api_domain": server.url,
        "scopes": SCOPES,
        "organization_id": ORG_ID,
        "organization_name": "Zillum",
    }
    values.update(changes)
    return Profile(**values)


@pytest.fixture
def profiles(config_path: Path, server: FakeServer) -> ProfileStore:
    store = ProfileStore(config_path)
    store.save(unattended_profile(server))
    return store


@pytest.fixture
def conn(
    profiles: ProfileStore,
    secrets: MemorySecretStore,
    session: requests.Session,
    clock: Clock,
    tmp_path: Path,
) -> SavedConnection:
    return SavedConnection.open(
        NAME,
        profiles=profiles,
        secrets=secrets,
        session=session,
        clock=clock,
        lock_file=tmp_path / "locks" / "nightly.lock",
    )


def cache(secrets: MemorySecretStore, token: str, expires_at: float, **extra: float) -> None:
    secrets.set(NAME, "access_token", CachedToken(token, expires_at, **extra).dump())


def endpoints_at(server: FakeServer) -> Endpoints:
    """Every data center's accounts server is the fake server (no serverinfo)."""
    return Endpoints(MappingProxyType({"us": server.url, "eu": server.url}), label=server.url)


# --- the saved kind -----------------------------------------------------------------------


def test_a_file_written_before_kinds_loads_as_signed_in(config_path: Path) -> None:
    entry = {
        "name": "Old",
        "client_id": CLIENT_ID,
        "data_center": "us",
        "accounts_server": "https://accounts.zoho.com",
        "api_domain": "https://www.zohoapis.com",
        "scopes": list(SCOPES),
    }
    config_path.parent.mkdir(parents=True)
    config_path.write_text(json.dumps({"version": 1, "connections": {"Old": entry}}))
    profile = ProfileStore(config_path).get("Old")
    assert profile.kind == SIGNED_IN and not profile.unattended


def test_the_kind_round_trips_and_an_unknown_one_is_a_damaged_entry(
    config_path: Path, server: FakeServer
) -> None:
    store = ProfileStore(config_path)
    store.save(unattended_profile(server))
    assert store.get(NAME).unattended
    data = json.loads(config_path.read_text())
    assert data["connections"][NAME]["kind"] == "unattended"
    data["connections"][NAME]["kind"] = "robot"
    config_path.write_text(json.dumps(data))
    loaded = store.load()
    assert NAME not in loaded.profiles and "robot" in loaded.broken[NAME]


# --- the grant ----------------------------------------------------------------------------


def test_the_grant_request_and_its_answer(server: FakeServer, session: requests.Session) -> None:
    server.reply(200, granted(server, refresh_token=OLD))  # a refresh token is not kept
    tokens = self_client.grant(
        TokenClient(session, clock=Clock()),
        accounts_server=server.url,
        client_id=CLIENT_ID,
        client_secret=SECRET,
        scopes=SCOPES,
        soid=BOOKS.soid(ORG_ID),
    )
    (call,) = server.requests
    assert (call.method, call.path) == ("POST", "/oauth/v2/token")
    assert call.form == grant_form()
    assert tokens.access_token == NEW and tokens.refresh_token is None
    assert tokens.expires_at == T0 + 3600
    assert tokens.api_domain == server.url
    assert tokens.scopes == SCOPES


@pytest.mark.parametrize(
    ("status", "body", "raised", "words"),
    [
        (200, {"error": "invalid_client"}, SelfClientRefusedError, "deleted"),
        (200, {"error": "invalid_client_secret"}, SelfClientRefusedError, "secret"),
        (200, {"error": "unauthorized_client"}, SelfClientRefusedError, "Self Client"),
        (401, {"error": "invalid_client"}, SelfClientRefusedError, "deleted"),
        (200, {"error": "invalid_scope"}, SelfClientScopeError, "ZohoBooks."),
        (
            200,
            {"error": "missing_org_info"},
            SelfClientOrganizationError,
            "organization",
        ),
        (200, {"error": "invalid_soid"}, SelfClientOrganizationError, "organization"),
        (200, {"error": "Access Denied"}, errors.ThrottledError, "Wait"),
        (200, "<html>Zoho error page</html>", errors.ServerError, "Zoho"),
    ],
    ids=[
        "invalid_client",
        "invalid_client_secret",
        "unauthorized_client",
        "rfc-invalid_client",
        "invalid_scope",
        "missing_org_info",
        "invalid_soid",
        "throttled",
        "html",
    ],
)
def test_grant_refusals_are_plain(
    server: FakeServer,
    session: requests.Session,
    status: int,
    body: Any,
    raised: type[errors.ZohoWizardError],
    words: str,
) -> None:
    server.reply(status, body)
    with pytest.raises(raised) as caught:
        self_client.grant(
            TokenClient(session),
            accounts_server=server.url,
            client_id=CLIENT_ID,
            client_secret=SECRET,
            scopes=SCOPES,
            soid=BOOKS.soid(ORG_ID),
        )
    text = f"{caught.value.message} {caught.value.fix}"
    assert words in text
    assert SECRET not in text and CLIENT_ID not in text
    if raised is not errors.ThrottledError and raised is not errors.ServerError:
        # Scripts see "needs attention" (exit 4); the fix says what to run.
        assert caught.value.action is errors.Action.RECONNECT
        assert "zoho-wizard connect --unattended" in caught.value.fix


# --- the cached token ---------------------------------------------------------------------


def test_a_valid_cached_token_is_used_without_asking(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + MIN_VALIDITY_SECONDS + 1)
    assert conn.access_token() == OLD
    assert server.requests == []


def test_a_token_about_to_expire_is_asked_for_with_the_grant_and_cached(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer, clock: Clock
) -> None:
    cache(secrets, OLD, T0 + MIN_VALIDITY_SECONDS)
    server.reply(200, granted(server))
    assert conn.access_token() == NEW
    (call,) = server.requests
    assert call.form == grant_form()
    assert CachedToken.parse(secrets.get(NAME, "access_token")) == CachedToken(
        NEW, T0 + 3600, T0, 0.0
    )
    assert secrets.get(NAME, "refresh_token") is None
    clock.now += 3600 - MIN_VALIDITY_SECONDS - 1
    assert conn.access_token() == NEW  # still cached: no second request
    assert len(server.requests) == 1
    clock.now += 1
    server.reply(200, granted(server, token=OLD))
    assert conn.access_token() == OLD
    assert len(server.requests) == 2


def test_a_refused_token_is_never_handed_out_again(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + 3000)
    server.reply(200, granted(server))
    assert conn.access_token(refused=OLD) == NEW
    assert len(server.requests) == 1


def test_throttling_is_remembered(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    server.reply(200, {"error": "Access Denied"})
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    assert len(server.requests) == 1  # the second was not sent


def test_a_missing_secret_says_so_and_asks_nothing(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    conn.require_secrets()  # no refresh token is needed
    secrets.delete(NAME, "client_secret")
    with pytest.raises(errors.SecretMissingError) as caught:
        conn.access_token()
    assert "client secret" in caught.value.message
    assert "zoho-wizard connect --unattended" in caught.value.fix
    assert server.requests == []


# --- disconnect and check -----------------------------------------------------------------


def test_disconnect_removes_it_and_says_there_is_nothing_to_revoke(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer, profiles: ProfileStore
) -> None:
    cache(secrets, OLD, T0 + 3000)
    report = conn.disconnect()
    assert server.requests == []  # nothing sent to Zoho
    assert report.outcome is DisconnectOutcome.NOTHING_TO_REVOKE
    assert report.nothing_to_revoke and not report.revoked_at_zoho and not report.unconfirmed
    assert report.removed_secrets == ("client_secret", "access_token")
    assert report.removed_settings and NAME not in profiles.load().profiles
    lines = report.lines()
    assert "no refresh token, so there was nothing to revoke at Zoho" in lines[0]
    assert "Self Client stays in Zoho's API console" in lines[1]
    assert report.to_json()["revoke_outcome"] == "nothing_to_revoke"


def test_check_gets_a_token_with_the_grant_and_reads_the_organization(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + 3000, refreshed_at=T0 - 10)  # recent: still asked again
    server.reply(200, granted(server))
    server.reply(200, ORGANIZATION)
    report = check(conn)
    grant, organization = server.requests
    assert grant.form == grant_form()
    assert organization.path == f"/books/v3/organizations/{ORG_ID}"
    assert organization.header("Authorization") == f"Zoho-oauthtoken {NEW}"
    assert report.ok
    first = report.results[0]
    assert (first.key, first.title, first.outcome) == (
        "grant",
        "Access for scheduled jobs",
        Outcome.OK,
    )
    assert "Self Client" in first.detail and "no refresh token" in first.detail


def test_check_says_plainly_when_the_self_client_is_gone(
    conn: SavedConnection, server: FakeServer
) -> None:
    server.reply(200, {"error": "invalid_client"})
    report = check(conn)
    assert not report.ok
    first = report.results[0]
    assert first.outcome is Outcome.PROBLEM
    assert first.detail == "Zoho did not accept the Self Client's ID and secret."
    assert "deleted" in first.fix
    assert report.results[2].outcome is Outcome.SKIPPED
    assert report.results[2].detail == "Not checked, because Zoho did not give access."


def test_check_of_an_organization_out_of_reach_says_what_to_do(
    conn: SavedConnection, server: FakeServer
) -> None:
    server.reply(200, granted(server))
    server.reply(
        400,
        {"code": 6041, "message": f"This user is not associated with the CompanyID:{ORG_ID}."},
    )
    organization = check(conn).results[2]
    assert organization.outcome is Outcome.PROBLEM
    assert "organization ID is wrong" in organization.detail
    assert "zoho-wizard connect --unattended" in organization.fix


# --- connect_unattended -------------------------------------------------------------------


def details(**changes: Any) -> SelfClientDetails:
    values: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "organization_id": ORG_ID,
        "data_center": "us",
        "scopes": SCOPES,
    }
    values.update(changes)
    return SelfClientDetails(**values)


def test_default_access_is_books_view_only() -> None:
    assert default_scopes() == (
        "ZohoBooks.settings.READ",
        "ZohoBooks.contacts.READ",
        "ZohoBooks.invoices.READ",
    )


def test_connect_checks_with_zoho_and_saves(
    server: FakeServer, session: requests.Session, config_path: Path, clock: Clock
) -> None:
    server.reply(200, granted(server))
    server.reply(200, ORGANIZATION)
    store, secrets = ProfileStore(config_path), MemorySecretStore()
    made = connect_unattended(
        details(),
        endpoints=endpoints_at(server),
        profiles=store,
        secrets=secrets,
        session=session,
        clock=clock,
    )
    grant, organization = server.requests
    assert grant.form == grant_form()
    assert organization.path == f"/books/v3/organizations/{ORG_ID}"
    assert made.organization.name == "Zillum"
    profile = store.get("Zillum")  # named after the organization
    assert profile == made.profile
    assert profile.unattended and profile.organization_id == ORG_ID
    assert (profile.accounts_server, profile.api_domain) == (server.url, server.url)
    assert profile.currency_code == "USD" and profile.health == "ok"
    assert secrets.get("Zillum", "client_secret") == SECRET
    assert secrets.get("Zillum", "refresh_token") is None
    cached = CachedToken.parse(secrets.get("Zillum", "access_token"))
    assert cached == CachedToken(NEW, T0 + 3600, T0, 0.0)


def test_a_name_pattern_takes_the_organizations_name(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    server.reply(200, granted(server))
    server.reply(200, ORGANIZATION)
    made = connect_unattended(
        details(name="Jobs – {organization}"),
        endpoints=endpoints_at(server),
        profiles=ProfileStore(config_path),
        secrets=MemorySecretStore(),
        session=session,
    )
    assert made.profile.name == "Jobs – Zillum"


def test_an_organization_out_of_reach_saves_nothing(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    server.reply(200, granted(server))
    server.reply(404, {"code": 1002, "message": "Organization does not exist."})
    store, secrets = ProfileStore(config_path), MemorySecretStore()
    with pytest.raises(SelfClientOrganizationError):
        connect_unattended(
            details(),
            endpoints=endpoints_at(server),
            profiles=store,
            secrets=secrets,
            session=session,
        )
    assert store.load().profiles == {}
    assert secrets.get("Zillum", "client_secret") is None


def test_a_signed_in_connection_of_that_name_is_never_replaced(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    store = ProfileStore(config_path)
    store.save(unattended_profile(server, name="Zillum", kind=SIGNED_IN))
    server.reply(200, granted(server))
    server.reply(200, ORGANIZATION)
    with pytest.raises(errors.ZohoWizardError) as caught:
        connect_unattended(
            details(),
            endpoints=endpoints_at(server),
            profiles=store,
            secrets=MemorySecretStore(),
            session=session,
        )
    assert "already exists" in caught.value.message and "--name" in caught.value.fix
    assert not store.get("Zillum").unattended


def test_an_unattended_connection_of_that_name_is_replaced(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    store, secrets = ProfileStore(config_path), MemorySecretStore()
    store.save(unattended_profile(server, organization_name="Old name"))
    secrets.set(NAME, "client_secret", "the-old-secret-0123456789")
    server.reply(200, granted(server))
    server.reply(200, ORGANIZATION)
    connect_unattended(
        details(name=NAME),
        endpoints=endpoints_at(server),
        profiles=store,
        secrets=secrets,
        session=session,
    )
    assert store.get(NAME).organization_name == "Zillum"
    assert secrets.get(NAME, "client_secret") == SECRET


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"client_id": ""}, "client_id", "Self Client's ID"),
        ({"client_id": "https://api-console.zoho.com"}, "client_id", "Self Client ID"),
        ({"client_secret": ""}, "client_secret", "Self Client's secret"),
        ({"organization_id": ""}, "organization_id", "Organization Profile"),
        ({"organization_id": "Zillum"}, "organization_id", "digits only"),
        ({"data_center": "mars"}, "data_center", "not a data center"),
        ({"scopes": ()}, "scopes", "may see or change"),
        ({"scopes": ("ZohoBooks.invoices.READ",)}, "scopes", "ZohoBooks.settings.READ"),
        ({"name": "a/b"}, "name", "slashes"),
    ],
)
def test_wrong_details_are_named_before_anything_is_sent(
    server: FakeServer,
    session: requests.Session,
    config_path: Path,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    wrong = details(**changes)
    problems = detail_problems(wrong, endpoints_at(server))
    assert set(problems) == {field} and words in problems[field]
    with pytest.raises(errors.ZohoWizardError) as caught:
        connect_unattended(
            wrong,
            endpoints=endpoints_at(server),
            profiles=ProfileStore(config_path),
            secrets=MemorySecretStore(),
            session=session,
        )
    assert caught.value.action is errors.Action.BACK_TO_DETAILS
    assert server.requests == []
