"""A tiny HTTP server on loopback that records every request (used by the core tests).

Tests script its answers (status, body, headers) in order and then assert on the exact
requests it received, the way google-auth-oauthlib's tests assert the outgoing token call.
Also here: a clock that only moves when slept on, and a password store that refuses to save.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Recorded:
    """One request the fake server received."""

    method: str
    target: str  # path plus query, as sent
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    @property
    def form(self) -> dict[str, str]:
        """The form body as a flat dict (every field must appear once)."""
        parsed = parse_qs(self.body.decode("ascii"), keep_blank_values=True)
        assert all(len(v) == 1 for v in parsed.values()), parsed
        return {k: v[0] for k, v in parsed.items()}

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class Reply:
    """One scripted answer; ``hang_up`` closes the connection without answering."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    hang_up: bool = False
    delay: float = 0.0  # seconds to wait before answering (cut short when stopping)


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 with scripted replies (404 when none left)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server._lock:
                    server.requests.append(
                        Recorded(self.command, self.path, dict(self.headers.items()), body)
                    )
                    reply = server._replies.popleft() if server._replies else Reply(404)
                if reply.delay:
                    server._stopping.wait(reply.delay)
                if reply.hang_up:
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json;charset=UTF-8"} | reply.headers
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)
                self.close_connection = True

            do_GET = do_POST = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(
        self,
        status: int = 200,
        body: bytes | str | Any = b"",
        *,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Queue an answer; a dict or list body is sent as JSON."""
        if isinstance(body, dict | list):
            raw = json.dumps(body).encode("utf-8")
        elif isinstance(body, str):
            raw = body.encode("utf-8")
        else:
            raw = body
        self._replies.append(Reply(status, raw, headers or {}, delay=delay))

    def hang_up(self) -> None:
        """Queue a reply that accepts the request, then closes without answering."""
        self._replies.append(Reply(hang_up=True))

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class FakeClock:
    """Time that only moves when the code under test sleeps (inject as clock and sleep)."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class BrokenSecretStore:
    """A password store that keeps secrets in memory but refuses to write one kind.

    ``error`` is raised (a fresh copy each time) when ``fail_on`` is written; reads and
    deletes work, so a caller's roll-back can be seen in :attr:`items`.
    """

    def __init__(self, error: Callable[[], Exception], fail_on: str = "client_secret") -> None:
        self.error = error
        self.fail_on = fail_on
        self.items: dict[tuple[str, str], str] = {}

    def get(self, connection: str, kind: str) -> str | None:
        return self.items.get((connection, kind))

    def set(self, connection: str, kind: str, value: str) -> None:
        if kind == self.fail_on:
            raise self.error()
        self.items[(connection, kind)] = value

    def delete(self, connection: str, kind: str) -> bool:
        return self.items.pop((connection, kind), None) is not None

    def describe(self, connection: str) -> str:
        return "a password store that refuses to save"
