"""``SavedConnection``: the token cache, refresh, throttle memory, revoke and disconnect,
against the scripted fake server (exact requests and answers)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.connection import (
    MIN_VALIDITY_SECONDS,
    CachedToken,
    DisconnectOutcome,
    DisconnectReport,
    SavedConnection,
    lock_path,
)
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore, config_dir
from zoho_wizard.core.tokens import THROTTLE_WAIT_SECONDS

T0 = 1_700_000_000.0
NAME = "Acme Ltd"
CLIENT_ID = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
SECRET = "fake-client-secret-0123456789abcdef"
REFRESH = "1000.cccccccccccccccccccccccccccccccc.dddddddddddddddddddddddddddddddd"
OLD = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
NEW = "1000.eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.ffffffffffffffffffffffffffffffff"
THROTTLED = {
    "error_description": "You have made too many requests continuously.",
    "error": "Access Denied",
    "status": "failure",
}


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def refreshed(token: str = NEW, expires_in: int = 3600) -> dict[str, Any]:
    return {
        "access_token": token,
        "api_domain": "https://www.zohoapis.com",
        "token_type": "Bearer",
        "expires_in": expires_in,
    }


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def secrets() -> MemorySecretStore:
    store = MemorySecretStore()
    store.set(NAME, "client_secret", SECRET)
    store.set(NAME, "refresh_token", REFRESH)
    return store


@pytest.fixture
def profiles(config_path: Path, server: FakeServer) -> ProfileStore:
    store = ProfileStore(config_path)
    store.save(
        Profile(
            name=NAME,
            client_id=CLIENT_ID,
            data_center="us",
            accounts_server=server.url,
            api_domain=server.url,
            scopes=("ZohoBooks.settings.READ",),
            organization_id="10234695",
        )
    )
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
        lock_file=tmp_path / "locks" / "acme.lock",
    )


def cache(secrets: MemorySecretStore, token: str, expires_at: float, **extra: float) -> None:
    secrets.set(NAME, "access_token", CachedToken(token, expires_at, **extra).dump())


# --- CachedToken --------------------------------------------------------------------------


def test_cached_token_round_trips_and_hides_the_token_in_repr() -> None:
    token = CachedToken(OLD, T0 + 3600, T0, T0 + 900)
    assert CachedToken.parse(token.dump()) == token
    assert json.loads(token.dump()) == {
        "access_token": OLD,
        "expires_at": T0 + 3600,
        "refreshed_at": T0,
        "throttled_until": T0 + 900,
    }
    assert OLD not in repr(token)


def test_cached_token_from_an_older_version_fills_defaults() -> None:
    parsed = CachedToken.parse(json.dumps({"access_token": OLD, "expires_at": T0}))
    assert parsed == CachedToken(OLD, T0, 0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "not json",
        "[]",
        "{}",
        json.dumps({"access_token": OLD}),
        json.dumps({"access_token": OLD, "expires_at": "soon"}),
        json.dumps({"access_token": OLD, "expires_at": None}),
        json.dumps({"access_token": OLD, "expires_at": T0, "throttled_until": [1]}),
    ],
)
def test_an_unreadable_cache_is_none(text: str | None) -> None:
    assert CachedToken.parse(text) is None


def test_lock_paths_are_per_connection_and_safe_for_any_name() -> None:
    a, b = lock_path("Acme Ltd"), lock_path("../../etc/passwd")
    assert a != b
    assert a.parent == b.parent == config_dir() / "locks"
    assert a.suffix == ".lock" and "/" not in b.name and ".." not in b.name
    assert lock_path("Acme Ltd") == a


# --- open ---------------------------------------------------------------------------------


def test_open_of_an_unknown_name_says_so(profiles: ProfileStore) -> None:
    with pytest.raises(errors.ConnectionNotFoundError) as caught:
        SavedConnection.open("Nobody", profiles=profiles, secrets=MemorySecretStore())
    assert "Nobody" in caught.value.message


def test_opening_creates_the_lock_folder(
    profiles: ProfileStore, secrets: MemorySecretStore, tmp_path: Path
) -> None:
    lock = tmp_path / "deep" / "locks" / "x.lock"
    SavedConnection.open(NAME, profiles=profiles, secrets=secrets, lock_file=lock)
    assert lock.parent.is_dir()


# --- access_token -------------------------------------------------------------------------


def test_a_valid_cached_token_is_returned_without_a_request(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + MIN_VALIDITY_SECONDS + 1)
    assert conn.access_token() == OLD
    assert server.requests == []


def test_a_token_about_to_expire_is_refreshed_and_cached(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer, clock: Clock
) -> None:
    cache(secrets, OLD, T0 + MIN_VALIDITY_SECONDS)
    server.reply(200, refreshed())
    assert conn.access_token() == NEW
    (call,) = server.requests
    assert (call.method, call.path) == ("POST", "/oauth/v2/token")
    assert call.form == {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "refresh_token": REFRESH,
    }
    assert CachedToken.parse(secrets.get(NAME, "access_token")) == CachedToken(
        NEW, T0 + 3600, T0, 0.0
    )
    assert secrets.get(NAME, "refresh_token") == REFRESH  # a refresh keeps the key
    assert conn.access_token() == NEW
    assert len(server.requests) == 1


def test_min_validity_is_adjustable(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + 600)
    assert conn.access_token(min_validity=599) == OLD
    server.reply(200, refreshed())
    assert conn.access_token(min_validity=600) == NEW


def test_a_refused_token_is_never_handed_out_again(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + 3000)
    server.reply(200, refreshed())
    assert conn.access_token(refused=OLD) == NEW
    assert len(server.requests) == 1


def test_a_newer_token_cached_by_someone_else_is_used_after_a_401(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, NEW, T0 + 3000)
    assert conn.access_token(refused=OLD) == NEW
    assert server.requests == []


def test_an_empty_cached_token_is_not_used(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, "", T0 + 3000)
    server.reply(200, refreshed())
    assert conn.access_token() == NEW


def test_refresh_now_refreshes_even_with_a_valid_cache(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    cache(secrets, OLD, T0 + 3000)
    server.reply(200, refreshed())
    assert conn.refresh_now() == NEW
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 200])
def test_a_throttle_is_remembered_with_the_previous_token_kept(
    status: int,
    conn: SavedConnection,
    secrets: MemorySecretStore,
    server: FakeServer,
    clock: Clock,
) -> None:
    cache(secrets, OLD, T0 + 60, refreshed_at=T0 - 3540)
    server.reply(status, THROTTLED)
    with pytest.raises(errors.ThrottledError) as caught:
        conn.access_token()
    assert caught.value.retry_after == THROTTLE_WAIT_SECONDS
    assert CachedToken.parse(secrets.get(NAME, "access_token")) == CachedToken(
        OLD, T0 + 60, T0 - 3540, T0 + THROTTLE_WAIT_SECONDS
    )
    # The old token still has 60 s: a caller that can live with that gets it.
    assert conn.access_token(min_validity=30) == OLD
    clock.now += 300
    with pytest.raises(errors.ThrottledError) as again:
        conn.access_token()
    assert again.value.retry_after == THROTTLE_WAIT_SECONDS - 300
    with pytest.raises(errors.ThrottledError):
        conn.refresh_now()
    assert len(server.requests) == 1
    clock.now = T0 + THROTTLE_WAIT_SECONDS + 1
    server.reply(200, refreshed())
    assert conn.access_token() == NEW
    cached = conn.cached_token()
    assert cached is not None and cached.throttled_until == 0.0


def test_a_throttle_without_a_cache_is_remembered_too(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    server.reply(400, THROTTLED)
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    assert CachedToken.parse(secrets.get(NAME, "access_token")) == CachedToken(
        "", 0.0, 0.0, T0 + THROTTLE_WAIT_SECONDS
    )
    with pytest.raises(errors.ThrottledError):
        conn.access_token()
    assert len(server.requests) == 1


def test_a_dead_refresh_token_asks_for_a_reconnect_without_leaking_it(
    conn: SavedConnection, server: FakeServer
) -> None:
    server.reply(200, {"error": "invalid_code"})
    with pytest.raises(errors.InvalidCodeError) as caught:
        conn.access_token()
    assert caught.value.action is errors.Action.RECONNECT
    assert NAME in caught.value.message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert REFRESH not in str(caught.value)


@pytest.mark.parametrize("kind", ["client_secret", "refresh_token"])
def test_a_missing_secret_is_reported_before_asking_zoho(
    kind: str, conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    secrets.delete(NAME, kind)
    with pytest.raises(errors.SecretMissingError) as caught:
        conn.access_token()
    assert kind.replace("_", " ") in caught.value.message
    assert caught.value.action is errors.Action.RECONNECT
    assert server.requests == []


def test_a_network_failure_leaves_the_cache_alone(
    profiles: ProfileStore,
    secrets: MemorySecretStore,
    session: requests.Session,
    refused_url: str,
    tmp_path: Path,
) -> None:
    profile = profiles.get(NAME)
    cache(secrets, OLD, T0 - 1)
    before = secrets.get(NAME, "access_token")
    conn = SavedConnection(
        replace(profile, accounts_server=refused_url),
        secrets,
        profiles,
        session=session,
        clock=Clock(),
        lock_file=tmp_path / "x.lock",
    )
    with pytest.raises(errors.NetworkError):
        conn.access_token()
    assert secrets.get(NAME, "access_token") == before


def test_other_refresh_errors_pass_through(conn: SavedConnection, server: FakeServer) -> None:
    server.reply(200, {"error": "invalid_client"})
    with pytest.raises(errors.InvalidClientError):
        conn.access_token()
    server.reply(502, "<html>Bad gateway</html>")
    with pytest.raises(errors.ServerError):
        conn.access_token()


# --- disconnect ---------------------------------------------------------------------------


def test_disconnect_revokes_then_removes_everything(
    conn: SavedConnection,
    secrets: MemorySecretStore,
    profiles: ProfileStore,
    server: FakeServer,
) -> None:
    cache(secrets, OLD, T0 + 3000)
    server.reply(200, {"status": "success"})
    report = conn.disconnect()
    (call,) = server.requests
    assert (call.method, call.path, call.form["token"]) == (
        "POST",
        "/oauth/v2/token/revoke",
        REFRESH,
    )
    assert report == DisconnectReport(
        NAME,
        DisconnectOutcome.REVOKED,
        "",
        ("client_secret", "refresh_token", "access_token"),
        True,
    )
    assert report.revoked_at_zoho
    assert all(secrets.get(NAME, k) is None for k in ("client_secret", "refresh_token"))
    assert profiles.load().profiles == {}


@pytest.mark.parametrize(
    ("status", "body"),
    [(400, {"status": "failure", "error": "invalid_token"}), (200, {"error": "invalid_token"})],
)
def test_disconnect_of_a_key_zoho_forgot(
    status: int, body: dict[str, str], conn: SavedConnection, server: FakeServer
) -> None:
    server.reply(status, body)
    report = conn.disconnect()
    assert report.outcome is DisconnectOutcome.ALREADY_GONE
    assert report.revoked_at_zoho
    assert "Zoho had already forgotten this connection's key." in report.lines()
    assert report.removed_settings


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"error": "invalid_request"}),  # the server wanted the client authenticated
        (401, {"error": "invalid_client"}),
        (400, ""),  # Zoho's bare 400 says nothing about why
        (200, "<html><title>Error</title></html>"),
    ],
)
def test_disconnect_never_claims_a_revoke_zoho_did_not_confirm(
    status: int,
    body: Any,
    conn: SavedConnection,
    secrets: MemorySecretStore,
    profiles: ProfileStore,
    server: FakeServer,
) -> None:
    server.reply(status, body)
    report = conn.disconnect()
    assert report.outcome is DisconnectOutcome.UNCONFIRMED
    assert not report.revoked_at_zoho and report.unconfirmed
    lines = report.lines()
    assert "Zoho revoked the connection's access." not in lines
    assert any("did not confirm" in line for line in lines)
    assert any("Zoho Accounts → Sessions → Connected Apps" in line for line in lines)
    assert report.to_json()["revoke_outcome"] == "unconfirmed"
    # Removed here all the same: the lines say what is left to do at Zoho.
    assert secrets.get(NAME, "refresh_token") is None
    assert profiles.load().profiles == {}


def test_disconnect_sends_the_clients_credentials_with_the_key(
    conn: SavedConnection, secrets: MemorySecretStore, server: FakeServer
) -> None:
    client_secret = secrets.get(NAME, "client_secret")
    server.reply(200, {"status": "success"})
    conn.disconnect()
    (call,) = server.requests
    assert call.form == {
        "token": REFRESH,
        "client_id": conn.profile.client_id,
        "client_secret": client_secret,
    }


@pytest.mark.parametrize("remove", [False, True])
def test_disconnect_when_zoho_fails(
    remove: bool,
    conn: SavedConnection,
    secrets: MemorySecretStore,
    profiles: ProfileStore,
    server: FakeServer,
) -> None:
    server.reply(503, "")
    if not remove:
        with pytest.raises(errors.ServerError):
            conn.disconnect()
        assert secrets.get(NAME, "refresh_token") == REFRESH
        assert profiles.get(NAME).name == NAME
        return
    report = conn.disconnect(remove_if_unreachable=True)
    assert not report.revoked_at_zoho
    assert report.outcome is DisconnectOutcome.UNREACHABLE
    assert "Connected Apps" in report.note
    assert report.removed_settings
    assert secrets.get(NAME, "refresh_token") is None


def test_disconnect_report_lines_are_plain_sentences() -> None:
    full = DisconnectReport(
        NAME, DisconnectOutcome.REVOKED, "", ("client_secret", "refresh_token"), True
    )
    assert full.lines() == [
        "Zoho revoked the connection's access.",
        "Removed from the password store: client secret, refresh token.",
        "Removed the saved settings.",
    ]
    nothing = DisconnectReport(NAME, DisconnectOutcome.NO_KEY, "", (), False)
    assert nothing.lines() == ["There was no key to revoke at Zoho."]
    unsure = DisconnectReport(NAME, DisconnectOutcome.UNCONFIRMED, "", (), True)
    for line in full.lines() + nothing.lines() + unsure.lines():
        assert "_" not in line and line.endswith(".")
    assert full.to_json() == {
        "connection": NAME,
        "revoked_at_zoho": True,
        "revoke_outcome": "revoked",
        "removed_secrets": ["client_secret", "refresh_token"],
        "removed_settings": True,
        "note": "",
    }
