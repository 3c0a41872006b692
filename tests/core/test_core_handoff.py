"""What another program gets of a connection: the environment ``run`` builds, the text of
each ``token --format``, when a token file is rewritten, and how a command's end becomes
the exit code. Pure functions, plus the token file on a real disk."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.endpoints import ENV_API_URL, custom_endpoints
from zoho_wizard.core.handoff import (
    REWRITE_LEAD,
    Handoff,
    TokenFileError,
    TokenFormat,
    check_token_file,
    child_environment,
    exit_status,
    format_token,
    renewal_validity,
    retry_at,
    rewrite_at,
    write_token_file,
)
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

TOKEN = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
NEWER = "1000.cccccccccccccccccccccccccccccccc.dddddddddddddddddddddddddddddddd"
T0 = 1_796_200_000.0  # 2026-12-02T08:26:40Z
EXPIRES = T0 + 3599.7


def handoff(**changes: object) -> Handoff:
    values: dict[str, object] = {
        "connection": "Acme Ltd",
        "access_token": TOKEN,
        "expires_at": EXPIRES,
        "obtained_at": T0,
        "api_domain": "https://www.zohoapis.eu",
        "books_api": "https://www.zohoapis.eu/books/v3",
        "organization_id": "10234695",
    }
    values.update(changes)
    return Handoff(**values)  # type: ignore[arg-type]


# --- the environment ----------------------------------------------------------------------


def test_the_command_gets_the_token_its_expiry_and_where_to_call_books() -> None:
    env = child_environment({"PATH": "/usr/bin", "HOME": "/home/pat"}, handoff())
    assert env == {
        "PATH": "/usr/bin",
        "HOME": "/home/pat",
        "ZOHO_ACCESS_TOKEN": TOKEN,
        "ZOHO_ACCESS_TOKEN_EXPIRES_AT": "1796203599",  # rounded down, never later
        "ZOHO_ACCESS_TOKEN_EXPIRES_ON": "2026-12-02T09:26:39Z",
        "ZOHO_API_DOMAIN": "https://www.zohoapis.eu",
        "ZOHO_BOOKS_API": "https://www.zohoapis.eu/books/v3",
        "ZOHO_ORGANIZATION_ID": "10234695",
        "ZOHO_CONNECTION": "Acme Ltd",
    }


def test_every_inherited_zoho_variable_is_dropped_but_the_server_overrides() -> None:
    parent = {
        "ZOHO_REFRESH_TOKEN": "1000.refresh",
        "ZOHO_CLIENT_SECRET": "shh",
        "zoho_client_secret": "shh too",  # Windows' names ignore case
        "ZOHO_ACCESS_TOKEN_FILE": "/tmp/an-outer-run",  # a stale file of an outer run
        "ZOHO_ACCESS_TOKEN": "1000.stale",
        "ZOHO_ACCESS_TOKEN_EXPIRES_AT": "1",
        ENV_API_URL: "http://127.0.0.1:8080",
        "NOT_ZOHO_SECRET": "the person's own business",
    }
    env = child_environment(parent, handoff(expires_at=None))
    assert env[ENV_API_URL] == "http://127.0.0.1:8080"
    assert env["NOT_ZOHO_SECRET"] == "the person's own business"
    assert env["ZOHO_ACCESS_TOKEN"] == TOKEN
    for gone in (
        "ZOHO_REFRESH_TOKEN",
        "ZOHO_CLIENT_SECRET",
        "zoho_client_secret",
        "ZOHO_ACCESS_TOKEN_FILE",
        "ZOHO_ACCESS_TOKEN_EXPIRES_AT",  # unknown now: not the stale one either
        "ZOHO_ACCESS_TOKEN_EXPIRES_ON",
    ):
        assert gone not in env
    assert "shh" not in env.values()
    assert parent["ZOHO_CLIENT_SECRET"] == "shh"  # the parent's own is left alone


def test_a_token_file_is_named_in_the_environment() -> None:
    env = child_environment({}, handoff(), "/home/pat/zoho.token")
    assert env["ZOHO_ACCESS_TOKEN_FILE"] == "/home/pat/zoho.token"


# --- the formats --------------------------------------------------------------------------


def test_plain_is_the_token_alone_and_header_is_curls_header_line() -> None:
    assert format_token(handoff(), TokenFormat.PLAIN) == TOKEN
    assert format_token(handoff(), TokenFormat.HEADER) == f"Authorization: Zoho-oauthtoken {TOKEN}"


def test_json_keeps_the_older_fields_and_adds_the_iso_expiry() -> None:
    data = json.loads(format_token(handoff(not_zoho=("127.0.0.1",)), TokenFormat.JSON))
    assert data == {
        "access_token": TOKEN,
        "token_type": "Zoho-oauthtoken",
        "expires_at": 1796203599,
        "expires_on": "2026-12-02T09:26:39Z",
        "api_domain": "https://www.zohoapis.eu",
        "books_api": "https://www.zohoapis.eu/books/v3",
        "organization_id": "10234695",
        "connection": "Acme Ltd",
        "not_zoho": ["127.0.0.1"],
        "authorization_header": f"Zoho-oauthtoken {TOKEN}",
    }


def test_json_says_null_for_an_unknown_expiry() -> None:
    data = json.loads(format_token(handoff(expires_at=None), TokenFormat.JSON))
    assert (data["expires_at"], data["expires_on"]) == (None, None)


def test_credential_process_has_awss_shape() -> None:
    data = json.loads(format_token(handoff(), TokenFormat.CREDENTIAL_PROCESS))
    assert data == {
        "Version": 1,
        "AccessKeyId": "10234695",
        "SecretAccessKey": TOKEN,
        "SessionToken": TOKEN,
        "Expiration": "2026-12-02T09:26:39Z",
    }
    unknown = json.loads(format_token(handoff(expires_at=None), TokenFormat.CREDENTIAL_PROCESS))
    assert "Expiration" not in unknown  # optional in AWS's shape: then it is never reused


def test_the_formats_are_the_command_lines_words() -> None:
    assert [f.value for f in TokenFormat] == ["plain", "json", "header", "credential-process"]


# --- taking a token from a connection -------------------------------------------------------


def _saved(tmp_path: Path, cached: CachedToken | None, now: float) -> SavedConnection:
    profile = Profile(
        name="Acme Ltd",
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="us",
        accounts_server="https://accounts.zoho.com",
        api_domain="https://www.zohoapis.com",
        scopes=("ZohoBooks.settings.READ",),
        organization_id="77",
    )
    secrets = MemorySecretStore()
    if cached is not None:
        secrets.set(profile.name, "access_token", cached.dump())
    return SavedConnection(
        profile,
        secrets,
        ProfileStore(tmp_path / "connections.json"),
        clock=lambda: now,
        lock_file=tmp_path / "lock",
        endpoints=custom_endpoints("https://accounts.zoho.com"),
    )


def test_a_handoff_is_the_cached_token_with_its_expiry(tmp_path: Path) -> None:
    conn = _saved(tmp_path, CachedToken(TOKEN, T0 + 2000, T0 - 1600), T0)
    taken = Handoff.from_connection(conn, min_validity=REWRITE_LEAD, clock=lambda: T0)
    assert taken == Handoff(
        "Acme Ltd",
        TOKEN,
        T0 + 2000,
        T0,
        "https://www.zohoapis.com",
        "https://www.zohoapis.com/books/v3",
        "77",
        (),
    )
    assert TOKEN not in repr(taken)


class _RefreshedMeanwhile:
    """A connection whose cache another program replaced right after a token was given."""

    def __init__(self, conn: SavedConnection, newer: CachedToken) -> None:
        self.conn, self.newer = conn, newer
        self.profile, self.product = conn.profile, conn.product
        self.api_domain = conn.api_domain

    def access_token(self, *, min_validity: float = 120.0) -> str:
        token = self.conn.access_token(min_validity=min_validity)
        self.conn.secrets.set("Acme Ltd", "access_token", self.newer.dump())
        return token

    def cached_token(self) -> CachedToken | None:
        return self.conn.cached_token()

    def not_zoho_hosts(self) -> tuple[str, ...]:
        return ()


def test_a_newer_token_cached_meanwhile_is_handed_over_with_its_own_expiry(
    tmp_path: Path,
) -> None:
    conn = _saved(tmp_path, CachedToken(TOKEN, T0 + 2000, T0), T0)
    raced = _RefreshedMeanwhile(conn, CachedToken(NEWER, T0 + 3600, T0))
    taken = Handoff.from_connection(raced, min_validity=REWRITE_LEAD, clock=lambda: T0)
    assert (taken.access_token, taken.expires_at) == (NEWER, T0 + 3600)
    # A cache emptied meanwhile (say, "too many requests" remembered): expiry unknown.
    empty = _RefreshedMeanwhile(conn, CachedToken("", 0.0, 0.0, T0 + 600))
    conn.secrets.set("Acme Ltd", "access_token", CachedToken(TOKEN, T0 + 2000, T0).dump())
    taken = Handoff.from_connection(empty, min_validity=REWRITE_LEAD, clock=lambda: T0)
    assert (taken.access_token, taken.expires_at) == (TOKEN, None)


# --- when the token file is rewritten -------------------------------------------------------


def test_the_file_is_rewritten_five_minutes_before_an_hours_token_expires() -> None:
    assert rewrite_at(handoff(expires_at=T0 + 3600)) == T0 + 3600 - 300
    # Handed over with 20 minutes left: still 5 minutes before.
    assert rewrite_at(handoff(expires_at=T0 + 1200)) == T0 + 900


def test_a_short_lived_token_is_rewritten_halfway_and_never_in_a_loop() -> None:
    assert rewrite_at(handoff(expires_at=T0 + 10)) == T0 + 5
    assert rewrite_at(handoff(expires_at=T0 + 0.5)) == T0 + 1.0
    assert rewrite_at(handoff(expires_at=T0 - 50)) == T0 + 1.0  # already expired
    assert rewrite_at(handoff(expires_at=None)) == T0 + 60


def test_a_rewrite_asks_for_a_token_that_outlives_the_files() -> None:
    due = rewrite_at(handoff(expires_at=T0 + 3600))
    assert renewal_validity(handoff(expires_at=T0 + 3600), due) == 301.0
    assert renewal_validity(handoff(expires_at=T0 + 3600), T0 + 4000) == 1.0
    assert renewal_validity(handoff(expires_at=None), T0) == REWRITE_LEAD


def test_a_failed_rewrite_is_tried_again_when_zoho_says_or_soon() -> None:
    assert retry_at(T0, 600.0) == T0 + 600
    assert retry_at(T0) == T0 + 30


# --- the token file -------------------------------------------------------------------------


def test_the_token_file_holds_the_token_alone_private_and_replaced_whole(
    tmp_path: Path,
) -> None:
    path = check_token_file(tmp_path / "zoho.token")
    assert path.is_absolute()
    write_token_file(path, TOKEN)
    assert path.read_text(encoding="utf-8") == TOKEN
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    inode = path.stat().st_ino
    write_token_file(path, NEWER)
    assert path.read_text(encoding="utf-8") == NEWER
    assert path.stat().st_ino != inode  # a new file renamed over the old: never half-written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zoho.token"]


def test_a_token_file_never_replaces_an_existing_file(tmp_path: Path) -> None:
    mine = tmp_path / "notes.txt"
    mine.write_text("my notes", encoding="utf-8")
    with pytest.raises(TokenFileError) as caught:
        check_token_file(mine)
    assert str(mine) in caught.value.message
    assert "delete it first" in caught.value.fix
    assert mine.read_text(encoding="utf-8") == "my notes"
    with pytest.raises(TokenFileError, match="does not exist"):
        check_token_file(tmp_path / "missing" / "zoho.token")
    if sys.platform != "win32":
        (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
        with pytest.raises(TokenFileError):
            check_token_file(tmp_path / "dangling")


def test_a_relative_token_file_is_named_absolutely_for_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_token_file(Path("zoho.token")) == Path(os.path.abspath(tmp_path / "zoho.token"))


# --- the exit code --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("returncode", "windows", "expected"),
    [
        (0, False, 0),
        (3, False, 3),
        (-2, False, 130),  # SIGINT, as a shell reports it
        (-15, False, 143),  # SIGTERM
        (0xC000013A, True, 0xC000013A - 0x1_0000_0000),  # Ctrl+C on Windows, same bits
        (5, True, 5),
    ],
)
def test_the_commands_end_becomes_the_exit_code(
    returncode: int, windows: bool, expected: int
) -> None:
    assert exit_status(returncode, windows=windows) == expected
