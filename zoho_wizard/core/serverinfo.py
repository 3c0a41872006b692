"""Zoho's own list of data centers: ``/oauth/serverinfo``, read when needed and cached.

Zoho adds data centers (UAE and Singapore came after the nine of the built-in table), and a
callback naming an accounts server the wizard does not know must be refused: the code and
the client secret only ever go to a server on a list. The authoritative list is
``https://accounts.zoho.com/oauth/serverinfo``, read over verified TLS (the OS certificate
store, :mod:`zoho_wizard.core.trust`); the built-in table
(:mod:`zoho_wizard.core.datacenters`) is the fallback whenever it cannot be read.

When it is read (never while the window opens, never on the GUI thread):

- **ahead**, while the person signs in (:meth:`ServerInfo.prefetch`), when the cached
  copy is missing or older than a week;
- **at the callback**, when it names an accounts server that is on no list yet
  (:meth:`ServerInfo.look_up`), at most once every few minutes.

A failure to read it never blocks a sign-in: the last good copy (or only the table)
stays in use, and an unknown server is refused as before.

**The answer's shape is UNCONFIRMED** (reference §1, §13). Accepted, in order:

1. ``{"result": "success", "locations": {"us": "https://accounts.zoho.com", ...}}``, the
   shape third-party clients read (``data["locations"][region]``); ``result`` may be
   missing, but any other ``result`` (``"failure"``) makes the answer unusable;
2. ``locations`` whose values are objects naming the server (``{"us": {"accounts_server":
   "https://accounts.zoho.com"}}``; keys tried: see :data:`_SERVER_KEYS`);
3. ``locations`` as a list of such objects, each with its code (``{"location": "us",
   "accounts_server": ...}``; keys tried: see :data:`_CODE_KEYS`);
4. no ``locations`` at all: the top-level ``{code: server}`` pairs.

Codes are lower-cased; a server given without a scheme (``accounts.zoho.ae``) gets
``https://``; a trailing slash is dropped. For Zoho itself every server must be an https
Zoho accounts host (``accounts.zoho.<suffix>`` or ``accounts.zohocloud.<suffix>``, no port
or path); anything else in the answer is skipped. A custom server (practice sandbox,
staging) may list plain-http servers with paths.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import platformdirs

from zoho_wizard.core.datacenters import is_zoho_accounts_server, origin

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

ZOHO_SERVERINFO_URL = "https://accounts.zoho.com/oauth/serverinfo"
"""Where Zoho lists its data centers' accounts servers."""

MAX_AGE = 7 * 24 * 3600.0
"""A cached list older than this (a week) is read again ahead of a sign-in."""

LOOKUP_GAP = 300.0
"""An accounts server nobody knows makes the list be read again at most this often, so a
string of odd callbacks cannot turn into a string of requests."""

FETCH_TIMEOUT = (4.0, 6.0)
"""(connect, read) seconds: short, because a look-up at the callback spends the code's
60 seconds."""

CACHE_FILE = "serverinfo.json"
CACHE_VERSION = 1

_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,15}")
_NOT_LOCATIONS = frozenset({"result", "status", "message", "error"})
_CODE_KEYS = ("location", "dc", "code", "id", "region")
_SERVER_KEYS = (
    "accounts_server",
    "accounts-server",
    "accountsServer",
    "accounts_url",
    "accounts",
    "server",
    "url",
    "domain",
    "endpoint",
)


def cache_dir() -> Path:
    """The per-user cache folder (platformdirs), where the list is kept with its date."""
    return Path(platformdirs.user_cache_dir("zoho-wizard", appauthor=False))


# --- reading an answer (pure) -------------------------------------------------------------


def _server_url(value: Any, *, zoho: bool) -> str | None:
    """A listed server as ``scheme://host[:port][/path]``, or None when it is unusable."""
    if isinstance(value, Mapping):
        value = next((value[k] for k in _SERVER_KEYS if isinstance(value.get(k), str)), None)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if "://" not in text:
        if "." not in text or " " in text:
            return None  # not a host name ("success")
        text = "https://" + text
    url = origin(text)
    if not url:
        return None
    if zoho:
        return url if is_zoho_accounts_server(url) else None
    return url if url.startswith(("http://", "https://")) else None


def _entries(body: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    """``(code, server)`` candidates from every accepted shape."""
    raw = body.get("locations", body)
    if isinstance(raw, Mapping):
        return [(k, v) for k, v in raw.items() if k not in _NOT_LOCATIONS]
    if isinstance(raw, list):
        pairs = []
        for item in raw:
            if isinstance(item, Mapping):
                code = next((item[k] for k in _CODE_KEYS if isinstance(item.get(k), str)), None)
                pairs.append((code, item))
        return pairs
    return []


def parse_serverinfo(body: Any, *, zoho: bool = True) -> dict[str, str]:
    """The ``{location code: accounts server}`` pairs of a serverinfo answer.

    Args:
        body: The decoded JSON (anything: a bad answer gives ``{}``).
        zoho: Only https Zoho accounts hosts count (False for a custom server).

    Returns:
        The usable pairs; ``{}`` when the answer is not usable at all.
    """
    if not isinstance(body, Mapping):
        return {}
    result = body.get("result")
    if result is not None and str(result).strip().lower() != "success":
        return {}
    locations: dict[str, str] = {}
    for key, value in _entries(body):
        code = key.strip().lower() if isinstance(key, str) else ""
        server = _server_url(value, zoho=zoho)
        if server and _CODE.fullmatch(code) and code not in locations:
            locations[code] = server
    return locations


# --- the list in hand ----------------------------------------------------------------------


@dataclass(frozen=True)
class ServerList:
    """A list as read from serverinfo.

    Attributes:
        locations: ``{location code: accounts server}``.
        fetched_at: When it was read (epoch seconds).
        source: The serverinfo address it came from.
    """

    locations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    fetched_at: float = 0.0
    source: str = ""

    def age(self, now: float) -> float:
        """Seconds since it was read (a date in the future counts as very old)."""
        age = now - self.fetched_at
        return age if age >= -60.0 else float("inf")

    def to_json(self) -> str:
        """The cache file's text."""
        when = dt.datetime.fromtimestamp(self.fetched_at, dt.UTC).isoformat(timespec="seconds")
        return json.dumps(
            {
                "version": CACHE_VERSION,
                "source": self.source,
                "fetched_at": self.fetched_at,
                "fetched": when,
                "locations": dict(self.locations),
            },
            indent=2,
            sort_keys=True,
        )


def read_cache(path: Path, source: str, *, zoho: bool = True) -> ServerList | None:
    """The cached list for ``source``, or None (missing, damaged, another source)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: found by fuzzing
        return None
    if not isinstance(data, dict) or data.get("source") != source:
        return None
    fetched_at = data.get("fetched_at")
    if data.get("version") != CACHE_VERSION or not isinstance(fetched_at, int | float):
        return None
    locations = parse_serverinfo({"locations": data.get("locations")}, zoho=zoho)
    if not locations:
        return None
    return ServerList(MappingProxyType(locations), float(fetched_at), source)


def write_cache(path: Path, servers: ServerList) -> None:
    """Keep ``servers`` for later runs (a failure is logged: the cache is a convenience)."""
    from zoho_wizard.core.store import write_atomic

    try:
        write_atomic(path, servers.to_json())
    except OSError as exc:
        log.info("could not keep Zoho's data-center list: %s", exc)


# --- where it is read, and when -------------------------------------------------------------


class ServerInfo:
    """One serverinfo address, the list last read from it, and when to read it again.

    Safe to use from several threads: :meth:`known` never waits for the network.

    Args:
        url: The serverinfo address.
        zoho: Zoho itself (only https Zoho accounts hosts are accepted).
        cache_file: Where the list is kept between runs (None: memory only).
        session: HTTP session to read with (default: a new one, OS certificate store).
        clock: Epoch seconds; injected by tests.
        max_age, lookup_gap, timeout: See :data:`MAX_AGE`, :data:`LOOKUP_GAP`,
            :data:`FETCH_TIMEOUT`.
    """

    def __init__(
        self,
        url: str,
        *,
        zoho: bool = True,
        cache_file: Path | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        max_age: float = MAX_AGE,
        lookup_gap: float = LOOKUP_GAP,
        timeout: tuple[float, float] = FETCH_TIMEOUT,
    ) -> None:
        self.url = url
        self.zoho = zoho
        self.cache_file = cache_file
        self.clock = clock
        self.max_age = max_age
        self.lookup_gap = lookup_gap
        self.timeout = timeout
        self._session = session
        self._state = threading.Lock()  # guards the fields below; never held over HTTP
        self._fetching = threading.Lock()  # one read of the network at a time
        self._list: ServerList | None = None
        self._cache_read = cache_file is None
        self._last_try = float("-inf")

    # -- what is known (no network) ---------------------------------------------------

    def current(self) -> ServerList | None:
        """The list in hand (read from the cache file the first time), if any."""
        with self._state:
            if not self._cache_read:
                self._cache_read = True
                if self.cache_file is not None:
                    self._list = read_cache(self.cache_file, self.url, zoho=self.zoho)
            return self._list

    def known(self) -> Mapping[str, str]:
        """``{location code: accounts server}`` as last read; empty when never read."""
        servers = self.current()
        return servers.locations if servers is not None else MappingProxyType({})

    def stale(self) -> bool:
        """True when there is no list, or it is older than :attr:`max_age`."""
        servers = self.current()
        return servers is None or servers.age(self.clock()) > self.max_age

    def read_lately(self) -> bool:
        """True when the list in hand was read less than :attr:`lookup_gap` ago: reading
        it again could not tell more."""
        servers = self.current()
        return servers is not None and servers.age(self.clock()) < self.lookup_gap

    def tried_lately(self) -> bool:
        """True when the network was tried (even in vain) less than :attr:`lookup_gap` ago."""
        with self._state:
            return self.clock() - self._last_try < self.lookup_gap

    def reading(self) -> bool:
        """True while the list is being read (a look-up then waits for that read)."""
        return self._fetching.locked()

    def lists(self, server: str) -> bool:
        """True when the list in hand names ``server`` (same origin)."""
        wanted = origin(server)
        return bool(wanted) and any(origin(s) == wanted for s in self.known().values())

    def remember(self, locations: Mapping[str, str]) -> None:
        """Take ``locations`` as the list read just now (by whoever read it)."""
        servers = ServerList(MappingProxyType(dict(locations)), self.clock(), self.url)
        with self._state:
            self._list = servers
            self._cache_read = True
            self._last_try = servers.fetched_at

    # -- reading it (blocking: worker threads only) -------------------------------------

    def prefetch(self) -> bool:
        """Read the list now if it is missing or older than a week (and was not tried
        moments ago). Returns True when a fresh list is in hand afterwards."""
        if not self.stale():
            return True
        if self.tried_lately():
            return False
        return self.refresh()

    def look_up(self, server: str) -> bool:
        """Make sure ``server`` is checked against a fresh list; True when it is listed.

        Waits for a read in progress (the one ahead of the sign-in, say); then reads the
        list again unless it names ``server`` already or was read within
        :attr:`lookup_gap`. A read that failed does not count: a callback is worth one
        more try.
        """
        if self.lists(server):
            return True
        with self._fetching:
            pass  # a read in progress ends first
        if self.lists(server):
            return True
        if not self.read_lately():
            self.refresh()
        return self.lists(server)

    def refresh(self) -> bool:
        """Read serverinfo now; on success keep (and cache) the list. Never raises.

        Returns:
            True when a usable list was read.
        """
        with self._fetching:
            with self._state:
                self._last_try = self.clock()
            locations = self._fetch()
            if not locations:
                return False
            servers = ServerList(MappingProxyType(locations), self.clock(), self.url)
            with self._state:
                self._list = servers
                self._cache_read = True
            if self.cache_file is not None:
                write_cache(self.cache_file, servers)
            log.info("Zoho lists %d data centers: %s", len(locations), ", ".join(locations))
            return True

    def _fetch(self) -> dict[str, str]:
        """The usable pairs of a fresh answer; ``{}`` on any failure."""
        import requests  # only when HTTP is done (see core.http)

        from zoho_wizard.core.http import decode_json, make_session

        if self._session is None:
            self._session = make_session()
        try:
            response = self._session.get(self.url, timeout=self.timeout)
        except requests.RequestException as exc:
            log.info("Zoho's data-center list could not be read: %s", type(exc).__name__)
            return {}
        if self.zoho and not response.url.startswith("https://"):
            return {}  # a redirect away from https: not Zoho's answer
        if response.status_code != 200:
            log.info("Zoho's data-center list answered HTTP %d", response.status_code)
            return {}
        locations = parse_serverinfo(decode_json(response), zoho=self.zoho)
        if not locations:
            log.info("Zoho's data-center list was not in a shape this program reads")
        return locations


_zoho_source: ServerInfo | None = None
_zoho_source_lock = threading.Lock()


def zoho_serverinfo() -> ServerInfo:
    """Zoho's serverinfo, shared by every real-Zoho :class:`~zoho_wizard.core.endpoints.
    Endpoints` of this run, cached in the user cache folder."""
    global _zoho_source
    with _zoho_source_lock:
        if _zoho_source is None:
            _zoho_source = ServerInfo(ZOHO_SERVERINFO_URL, cache_file=cache_dir() / CACHE_FILE)
        return _zoho_source
