"""Zoho's own list of data centers: reading serverinfo, keeping it a week, and the fallback."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from core_fakes import FakeServer
from tls_helpers import https_server

from zoho_wizard.core import serverinfo
from zoho_wizard.core.serverinfo import (
    MAX_AGE,
    ServerInfo,
    ServerList,
    parse_serverinfo,
    read_cache,
    write_cache,
)

T0 = 1_800_000_000.0

# The shape third-party clients read (reference §1): {"result", "locations": {code: url}}.
DOCUMENTED = {
    "result": "success",
    "locations": {
        "us": "https://accounts.zoho.com",
        "eu": "https://accounts.zoho.eu",
        "ae": "https://accounts.zoho.ae",
        "xx": "https://accounts.zoho.xx",
    },
}


class Clock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- the answer's shape (UNCONFIRMED: every reported variant is read) ---------------------


def test_the_documented_shape_is_read() -> None:
    assert parse_serverinfo(DOCUMENTED) == DOCUMENTED["locations"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "result" missing is fine.
        ({"locations": {"ae": "https://accounts.zoho.ae"}}, {"ae": "https://accounts.zoho.ae"}),
        # Codes in upper case, a trailing slash, a host without its scheme.
        (
            {"locations": {"AE": "https://accounts.zoho.ae/", "sg": "accounts.zoho.sg"}},
            {"ae": "https://accounts.zoho.ae", "sg": "https://accounts.zoho.sg"},
        ),
        # Values as objects naming the server.
        (
            {"locations": {"ae": {"accounts_server": "https://accounts.zoho.ae", "x": 1}}},
            {"ae": "https://accounts.zoho.ae"},
        ),
        # A list of objects, each with its code.
        (
            {
                "result": "success",
                "locations": [
                    {"location": "ae", "accounts-server": "https://accounts.zoho.ae"},
                    {"dc": "sg", "url": "https://accounts.zoho.sg"},
                    {"url": "https://accounts.zoho.jp"},  # no code: skipped
                ],
            },
            {"ae": "https://accounts.zoho.ae", "sg": "https://accounts.zoho.sg"},
        ),
        # No "locations": the top-level pairs ("result" is not a location).
        (
            {"result": "success", "ae": "https://accounts.zoho.ae"},
            {"ae": "https://accounts.zoho.ae"},
        ),
    ],
)
def test_the_reported_variants_are_read(body: Any, expected: dict[str, str]) -> None:
    assert parse_serverinfo(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        None,
        "not json at all",
        42,
        ["https://accounts.zoho.ae"],
        {},
        {"result": "success"},
        {"result": "success", "locations": {}},
        {"result": "success", "locations": ["https://accounts.zoho.ae"]},
        {"result": "failure", "locations": {"ae": "https://accounts.zoho.ae"}},
        {"locations": {"ae": 42, "sg": None, "jp": ""}},
    ],
)
def test_an_unusable_answer_gives_nothing(body: Any) -> None:
    assert parse_serverinfo(body) == {}


@pytest.mark.parametrize(
    "server",
    [
        "http://accounts.zoho.ae",  # not https
        "https://accounts.zoho.ae.evil.com",  # look-alike
        "https://evil.example",
        "https://accounts.zoho.ae:8443",
        "https://accounts.zoho.ae/oauth",
        "ftp://accounts.zoho.ae",
    ],
)
def test_for_zoho_only_https_zoho_accounts_hosts_count(server: str) -> None:
    body = {"locations": {"us": "https://accounts.zoho.com", "odd": server}}
    assert parse_serverinfo(body) == {"us": "https://accounts.zoho.com"}


def test_a_custom_server_may_list_plain_http_servers_with_paths() -> None:
    body = {"locations": {"us": "http://127.0.0.1:9/accounts/us/", "bad": "ftp://x"}}
    assert parse_serverinfo(body, zoho=False) == {"us": "http://127.0.0.1:9/accounts/us"}
    assert parse_serverinfo(body) == {}  # never for Zoho


def test_odd_codes_are_skipped() -> None:
    body = {"locations": {"u s": "https://accounts.zoho.com", "": "https://accounts.zoho.eu"}}
    assert parse_serverinfo(body) == {}


# --- the cache: the list with its date, in the user cache folder -----------------------------


def test_the_cache_keeps_the_list_with_its_date(tmp_path: Path) -> None:
    path = tmp_path / "serverinfo.json"
    servers = ServerList({"ae": "https://accounts.zoho.ae"}, T0, "https://accounts.zoho.com/x")
    write_cache(path, servers)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["fetched_at"] == T0
    assert data["fetched"].startswith("2027-01-15")  # readable, for a person looking
    again = read_cache(path, "https://accounts.zoho.com/x")
    assert again is not None
    assert dict(again.locations) == {"ae": "https://accounts.zoho.ae"}
    assert again.fetched_at == T0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{not json",
        "[]",
        json.dumps({"version": 1, "source": "https://other/x", "fetched_at": T0, "locations": {}}),
        json.dumps(
            {
                "version": 1,
                "source": "https://accounts.zoho.com/x",
                "fetched_at": "yesterday",
                "locations": {"ae": "https://accounts.zoho.ae"},
            }
        ),
        json.dumps(
            {
                "version": 1,
                "source": "https://accounts.zoho.com/x",
                "fetched_at": T0,
                "locations": {"evil": "https://evil.example"},  # edited by hand
            }
        ),
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored(tmp_path: Path, text: str) -> None:
    path = tmp_path / "serverinfo.json"
    path.write_text(text, encoding="utf-8")
    assert read_cache(path, "https://accounts.zoho.com/x") is None


def test_the_cache_lives_in_the_user_cache_folder() -> None:
    assert serverinfo.zoho_serverinfo().url == "https://accounts.zoho.com/oauth/serverinfo"
    cache = serverinfo.zoho_serverinfo().cache_file
    assert cache is not None and cache.parent == serverinfo.cache_dir()
    assert "zoho-wizard" in str(serverinfo.cache_dir())


# --- when it is read: a week, an unknown server, never twice in a row --------------------------


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _custom(server: FakeServer, session: requests.Session, clock: Clock, **kw: Any) -> ServerInfo:
    return ServerInfo(
        server.url + "/oauth/serverinfo", zoho=False, session=session, clock=clock, **kw
    )


def _listing(server: FakeServer, *codes: str) -> dict[str, Any]:
    return {"result": "success", "locations": {c: f"{server.url}/{c}" for c in codes}}


def test_a_list_older_than_a_week_is_read_again_ahead(
    server: FakeServer, session: requests.Session, clock: Clock, tmp_path: Path
) -> None:
    cache = tmp_path / "serverinfo.json"
    source = _custom(server, session, clock, cache_file=cache)
    assert source.stale()  # nothing in hand
    server.reply(200, _listing(server, "us", "ae"))
    assert source.prefetch()
    assert dict(source.known()) == {"us": f"{server.url}/us", "ae": f"{server.url}/ae"}
    clock.now += MAX_AGE - 1
    assert source.prefetch()  # still fresh: nothing read
    assert len(server.requests) == 1
    clock.now += 2
    assert source.stale()
    server.reply(200, _listing(server, "us", "ae", "nx"))
    assert source.prefetch()
    assert len(server.requests) == 2
    assert "nx" in source.known()
    # The next run starts from the cache, with its date.
    later = _custom(server, session, clock, cache_file=cache)
    assert "nx" in later.known() and not later.stale()


def test_an_unknown_server_makes_it_read_again_but_not_twice_in_a_row(
    server: FakeServer, session: requests.Session, clock: Clock
) -> None:
    source = _custom(server, session, clock)
    server.reply(200, _listing(server, "us"))
    source.prefetch()
    clock.now += serverinfo.LOOKUP_GAP  # (a fresh list was just read)
    server.reply(200, _listing(server, "us", "nx"))
    assert source.look_up(f"{server.url}/nx")
    assert len(server.requests) == 2
    assert source.look_up(f"{server.url}/nx/")  # listed now: nothing read
    assert not source.look_up(f"{server.url}/zz")  # read moments ago: not again
    assert len(server.requests) == 2
    clock.now += serverinfo.LOOKUP_GAP
    server.reply(200, _listing(server, "us", "nx"))
    assert not source.look_up(f"{server.url}/zz")  # read again; still not listed
    assert len(server.requests) == 3


def test_a_failed_read_ahead_is_not_retried_at_once_but_a_callback_tries_again(
    server: FakeServer, session: requests.Session, clock: Clock
) -> None:
    source = _custom(server, session, clock)
    server.reply(502, "")
    assert not source.prefetch()  # Zoho's serverinfo is having a moment
    assert not source.prefetch()  # the next sign-in, moments later: not again
    assert len(server.requests) == 1
    server.reply(200, _listing(server, "us", "nx"))
    assert source.look_up(f"{server.url}/nx")  # a callback is worth one more try
    assert len(server.requests) == 2


def test_a_look_up_waits_for_the_read_ahead_in_progress(
    server: FakeServer, session: requests.Session, clock: Clock
) -> None:
    # The person was quicker than Zoho's serverinfo: the callback's look-up waits for the
    # read started ahead of the sign-in instead of refusing a server it is about to list.
    source = _custom(server, session, clock)
    server.reply(200, _listing(server, "us", "nx"), delay=0.3)
    ahead = threading.Thread(target=source.prefetch)
    ahead.start()
    try:
        for _ in range(200):
            if source.reading():
                break
            time.sleep(0.005)
        assert source.reading()
        assert source.look_up(f"{server.url}/nx")
    finally:
        ahead.join()
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, ""),
        (200, "<html>Zoho is down</html>"),
        (200, {"result": "failure"}),
        (200, {"locations": {}}),
    ],
)
def test_a_failed_read_keeps_the_list_in_hand(
    server: FakeServer, session: requests.Session, clock: Clock, status: int, body: Any
) -> None:
    source = _custom(server, session, clock)
    server.reply(200, _listing(server, "us", "ae"))
    assert source.refresh()
    server.reply(status, body)
    assert not source.refresh()
    assert set(source.known()) == {"us", "ae"}


def test_an_unreachable_serverinfo_never_raises(refused_url: str, clock: Clock) -> None:
    source = ServerInfo(refused_url + "/oauth/serverinfo", zoho=False, clock=clock)
    assert not source.prefetch()
    assert not source.look_up(refused_url + "/nx")
    assert dict(source.known()) == {}


# --- Zoho's serverinfo is read over verified TLS ----------------------------------------------


class _ZohoServerInfo(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(DOCUMENTED).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with https_server(tmp_path, _ZohoServerInfo) as served:
        yield served


def test_zohos_list_is_read_over_https_checked_against_the_system_store(
    https: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, ca = https
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # the office's root, in the system store
    source = ServerInfo(url + "oauth/serverinfo", cache_file=tmp_path / "cache.json")
    assert source.refresh()
    assert dict(source.known()) == DOCUMENTED["locations"]


def test_an_unverified_certificate_is_no_answer(https: tuple[str, Path]) -> None:
    url, _ = https  # a root nobody installed
    source = ServerInfo(url + "oauth/serverinfo")
    assert not source.refresh()
    assert dict(source.known()) == {}


def test_zohos_list_is_never_read_over_plain_http(
    server: FakeServer, session: requests.Session
) -> None:
    server.reply(200, DOCUMENTED)
    source = ServerInfo(server.url + "/oauth/serverinfo", session=session)
    assert not source.refresh()
    assert dict(source.known()) == {}
