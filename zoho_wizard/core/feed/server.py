"""The feed's HTTP server: ``http://127.0.0.1:PORT/<key>/...``, GET and HEAD only.

What each address answers (:meth:`FeedServer.answer`, a plain function of the request):

- ``/<key>/``: the start page, in plain words: which connection, every list's address,
  the day's calls to Books;
- ``/<key>/books/<path>``: Books' own answer to ``GET {api_base}/<path>``, with the token
  and the organization added (the person's ``organization_id`` is replaced by the
  connection's: an address reaches its own organization only);
- ``/<key>/books/<path>.csv``: the list at ``<path>`` as CSV, every page followed (unless
  the address names a ``page``), query parameters passed on (``?status=unpaid``);
- anything else, a wrong key or another host name: the same 404, which names nothing;
- any other method: 405 with ``Allow: GET, HEAD`` (the feed only reads).

Books' 401 and 403 are answered as 502: Excel and Power BI meet a 401 or 403 with a
password prompt the person has no password for (Microsoft's "Status code handling with
Web.Contents"); the body and ``X-Books-Status`` still say what Books answered. Paths are
never decoded and never logged (the key is in them).
"""

from __future__ import annotations

import errno
import http.client
import http.server
import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.feed import keys, lists, table
from zoho_wizard.core.feed.limits import DailyUsage, FeedBusyError, RateLimiter
from zoho_wizard.core.feed.pages import index_page, not_found_page
from zoho_wizard.core.loopback import exclusive_option

log = logging.getLogger(__name__)

MARKER_HEADER = "X-Zoho-Wizard-Feed"
"""Sent with the start page, so the wizard can tell its feed from another program."""

MAX_PAGES = 500
"""The most pages of 200 one CSV follows (100,000 rows): a guard against a list that
never says it ended."""

_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_CSV_TYPE = "text/csv; charset=utf-8"
_JSON_TYPE = "application/json; charset=utf-8"
_HTML_TYPE = "text/html; charset=utf-8"
_RETRY_AFTER_CAP = 120  # Power Query honours Retry-After up to 120 seconds


@dataclass
class FeedReply:
    """One answer of the feed, as a plain value."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class FeedEntry:
    """A connection the feed serves, with its key."""

    connection: SavedConnection
    key: str

    @property
    def name(self) -> str:
        """The connection's name."""
        return self.connection.profile.name


class FeedPortInUseError(errors.ZohoWizardError):
    """The feed's port is taken (often by the feed itself, already running)."""

    def __init__(self, port: int, fix: str | None = None) -> None:
        self.port = port
        super().__init__(
            f"Another program on this computer is using port {port}; perhaps the "
            "spreadsheet feed is already running.",
            fix
            or "If it is the feed, nothing needs doing: its addresses work. Otherwise stop "
            "the other program, or start the feed on another port with --port (the "
            "addresses then change, so spreadsheets need the new ones).",
        )


#: Called after each answer that used Books: connection, what (``invoices.csv``), calls
#: made for it, and the organization's calls today.
CallReport = Callable[[str, str, int, int], None]


class FeedServer:
    """The feed for some saved connections, on ``127.0.0.1``.

    Args:
        source: The connections to serve; asked again (at most every ``reload_every``
            seconds) when an address names a key the feed does not know, so a connection
            made or given a new address while the feed runs is found.
        port: The port (0: the system chooses, for tests).
        limiter: Holds Books' calls per minute per organization.
        usage: Counts the day's calls per organization.
        on_call: Told about each answer that called Books (the command line prints it).
        practice: Practice connections (the start page says so).
    """

    def __init__(
        self,
        source: Callable[[], Sequence[SavedConnection]],
        *,
        port: int = keys.DEFAULT_PORT,
        limiter: RateLimiter | None = None,
        usage: DailyUsage | None = None,
        on_call: CallReport | None = None,
        practice: bool = False,
        reload_every: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.source = source
        self.limiter = limiter or RateLimiter()
        self.usage = usage or DailyUsage(None)
        self.on_call = on_call
        self.practice = practice
        self.reload_every = reload_every
        self.clock = clock
        self._entries: list[FeedEntry] = []
        self._loaded_at = -float("inf")
        self._lock = threading.Lock()
        self._server = _bind(self, port)
        self._thread: threading.Thread | None = None

    # --- the connections -----------------------------------------------------------------

    def prepare(self) -> list[FeedEntry]:
        """Read the connections and give each a key (made the first time): what the
        command line prints. Connections whose keys cannot be read are left out."""
        entries = []
        for connection in self._connections():
            try:
                key = keys.feed_key(connection.secrets, connection.profile.name)
            except errors.ZohoWizardError:
                log.warning("a connection's feed key could not be read or made")
                continue
            entries.append(FeedEntry(connection, key))
        with self._lock:
            self._entries, self._loaded_at = entries, self.clock()
        return list(entries)

    def _connections(self) -> Sequence[SavedConnection]:
        """The connections to serve now; none when they cannot be read (a connection
        removed meanwhile, a damaged connections file): nothing is served then."""
        try:
            return self.source()
        except errors.ZohoWizardError as exc:
            log.warning("the feed's connections could not be read: %s", type(exc).__name__)
            return []

    def _reload(self) -> None:
        entries = []
        for connection in self._connections():
            try:
                key = keys.stored_key(connection.secrets, connection.profile.name)
            except errors.ZohoWizardError:
                continue
            if key is not None:
                entries.append(FeedEntry(connection, key))
        with self._lock:
            self._entries, self._loaded_at = entries, self.clock()

    def _match(self, given: str) -> FeedEntry | None:
        found = None
        with self._lock:
            entries = list(self._entries)
        for entry in entries:  # every key compared, whichever matches
            if keys.same_key(given, entry.key) and found is None:
                found = entry
        return found

    def resolve(self, given: str) -> FeedEntry | None:
        """The connection whose key ``given`` is, read back from the password store (a
        key replaced or removed since stops working at once); None for any other."""
        if not keys.looks_like_key(given):
            return None
        entry = self._match(given)
        if entry is None and self.clock() - self._loaded_at >= self.reload_every:
            self._reload()
            entry = self._match(given)
        if entry is None:
            return None
        stored = keys.stored_key(entry.connection.secrets, entry.name)
        if stored is None or not keys.same_key(given, stored):
            self._reload()
            return None
        return entry

    # --- answering ---------------------------------------------------------------------------

    def answer(self, method: str, target: str, host: str | None) -> FeedReply:
        """The answer to one request (see the module docstring)."""
        if method not in ("GET", "HEAD"):
            return FeedReply(
                405, b"This feed only reads: GET and HEAD.\n", headers=[("Allow", "GET, HEAD")]
            )
        parts = urlsplit(target)
        if not self._our_host(host):
            return _not_found()
        key, _, rest = parts.path.lstrip("/").partition("/")
        try:
            entry = self.resolve(key)
        except errors.ZohoWizardError as exc:
            return _error_reply(exc, as_json=False)
        if entry is None:
            return _not_found()
        if rest == "":
            if not parts.path.endswith("/"):
                return FeedReply(301, headers=[("Location", f"/{key}/")])
            return self._index(entry)
        if not rest.startswith("books/"):
            return _not_found()
        path = rest[len("books/") :]
        segments = path.split("/")
        if not all(_SEGMENT.match(segment) for segment in segments):
            return _not_found()
        query = [
            (name, value)
            for name, value in parse_qsl(parts.query, keep_blank_values=True)
            if name.lower() != "organization_id"
        ]
        if path.endswith(".csv"):
            return self._csv(entry, path[: -len(".csv")], query)
        return self._forward(entry, path, query)

    def _our_host(self, host: str | None) -> bool:
        """The Host header names this computer (a web page that tricks a browser into
        reaching 127.0.0.1 under its own name is refused: DNS rebinding)."""
        if host is None:
            return True  # HTTP/1.0 clients may send none
        name = host.strip().lower()
        return name in {f"{keys.HOST}:{self.port}", f"localhost:{self.port}"} or (
            self.port == 80 and name in (keys.HOST, "localhost")
        )

    def _index(self, entry: FeedEntry) -> FeedReply:
        organization = entry.connection.profile.organization_id
        page = index_page(
            entry.name,
            entry.connection.profile.organization_name,
            keys.base_address(self.port, entry.key),
            self.usage.calls_today(organization),
            practice=self.practice,
        )
        return FeedReply(200, page.encode("utf-8"), _HTML_TYPE, [(MARKER_HEADER, "1")])

    def _call_books(
        self, session: BooksSession, path: str, params: list[tuple[str, str]], made: list[int]
    ) -> Any:
        """One call to Books, in its turn (Books' calls a minute), counted for the day."""
        organization = session.connection.profile.organization_id
        self.limiter.acquire(organization)
        self.usage.add(organization)
        made.append(1)
        return session.get(path, params=params)

    def _report(self, entry: FeedEntry, what: str, calls: int) -> None:
        if self.on_call is not None and calls:
            organization = entry.connection.profile.organization_id
            self.on_call(entry.name, what, calls, self.usage.calls_today(organization))

    def _forward(self, entry: FeedEntry, path: str, query: list[tuple[str, str]]) -> FeedReply:
        session = BooksSession(entry.connection, raise_for_status=False)
        made: list[int] = []
        try:
            response = self._call_books(session, path, query, made)
        except errors.ZohoWizardError as exc:
            return _error_reply(exc, as_json=True)
        finally:
            session.close()
            self._report(entry, path, len(made))
        status = response.status_code
        headers = [("X-Books-Status", str(status))]
        if status in (401, 403):
            status = 502
        if response.status_code == 429:
            headers.append(("Retry-After", "60"))  # Books' limits are per minute
        content_type = response.headers.get("Content-Type", _JSON_TYPE)
        return FeedReply(status, response.content, content_type, headers)

    def _csv(self, entry: FeedEntry, path: str, query: list[tuple[str, str]]) -> FeedReply:
        one_page = any(name == "page" for name, _ in query)
        if not any(name == "per_page" for name, _ in query):
            query.append(("per_page", "200"))
        session = BooksSession(entry.connection, raise_for_status=True)
        rows: list[Any] = []
        page = 1
        made: list[int] = []
        try:
            while True:
                params = query if one_page else [*query, ("page", str(page))]
                body = _decoded(self._call_books(session, path, params, made))
                found = lists.rows_of(body, path)
                if found is None:
                    return FeedReply(
                        404,
                        f"Zoho Books' answer at “{path}” holds no list to make a table of.\n"
                        "Check the address against the feed's start page.\n".encode(),
                    )
                rows.extend(found)
                if one_page or not lists.has_more_pages(body) or page >= MAX_PAGES:
                    break
                page += 1
        except errors.ZohoWizardError as exc:
            return _error_reply(exc, as_json=False)
        finally:
            session.close()
            self._report(entry, f"{path}.csv", len(made))
        name = path.replace("/", "-")
        disposition = f'attachment; filename="{name}.csv"'
        return FeedReply(
            200, table.csv_bytes(rows), _CSV_TYPE, [("Content-Disposition", disposition)]
        )

    # --- running ---------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port listened on."""
        return int(self._server.server_address[1])

    def start(self) -> None:
        """Serve in a background thread (returns at once)."""
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.2},
            name="zoho-wizard-feed",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop serving and free the port (safe to call more than once)."""
        if self._thread is not None and self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()


def _decoded(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        raise errors.ServerError(status=response.status_code) from None


def _not_found() -> FeedReply:
    return FeedReply(404, not_found_page().encode("utf-8"), _HTML_TYPE)


def _error_reply(exc: errors.ZohoWizardError, *, as_json: bool) -> FeedReply:
    """A failure in plain words: 429 (with ``Retry-After``) when waiting helps, 404 for
    an address Books does not know, else 502."""
    headers: list[tuple[str, str]] = []
    # Books' "no such address" stays a 404; any other failure is the feed's way to Books.
    status = 404 if isinstance(exc, errors.BooksError) and exc.status == 404 else 502
    wait = getattr(exc, "retry_after", None)
    if isinstance(exc, FeedBusyError | errors.BooksRateLimitError | errors.ThrottledError):
        status = 429 if not isinstance(exc, errors.ThrottledError) else 503
        seconds = min(_RETRY_AFTER_CAP, max(1, round(float(wait or 60))))
        headers.append(("Retry-After", str(seconds)))
    if as_json:
        payload = {"code": -1, "message": exc.message, "fix": exc.fix, "from": "zoho-wizard"}
        return FeedReply(status, json.dumps(payload).encode("utf-8"), _JSON_TYPE, headers)
    return FeedReply(status, f"{exc.message}\n{exc.fix}\n".encode(), headers=headers)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        exclusive = exclusive_option()
        if exclusive is not None or sys.platform == "win32":
            self.allow_reuse_address = False  # Windows: another process could bind it too
        if exclusive is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()


def _bind(feed: FeedServer, port: int) -> _Server:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def version_string(self) -> str:
            return "zoho-wizard-feed"

        def _serve(self) -> None:
            reply = feed.answer(self.command, self.path, self.headers.get("Host"))
            if self.command not in ("GET", "HEAD"):
                self.close_connection = True  # an unread body must not become a request
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in reply.headers:
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _serve

        def log_message(self, format: str, *args: object) -> None:
            return  # the path holds the key: never logged

    try:
        return _Server((keys.HOST, port), Handler)
    except OSError as exc:
        in_use = exc.errno in (errno.EADDRINUSE, errno.EACCES)
        if in_use or getattr(exc, "winerror", None) in (10048, 10013):  # (Windows' codes)
            raise FeedPortInUseError(port) from None
        raise


def feed_answers(port: int, key: str, timeout: float = 2.0) -> bool:
    """Whether the feed answers for this key on this port now (the start page, marked as
    the feed's). Asks 127.0.0.1 directly, never through a proxy."""
    connection = http.client.HTTPConnection(keys.HOST, port, timeout=timeout)
    try:
        connection.request("GET", f"/{key}/", headers={"Host": f"{keys.HOST}:{port}"})
        response = connection.getresponse()
        response.read()
        return response.status == 200 and response.getheader(MARKER_HEADER) == "1"
    except OSError:
        return False
    finally:
        connection.close()
