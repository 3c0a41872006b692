"""The sandbox's HTTP plumbing: a threading server on loopback and its request handler.

The handler parses each request into a :class:`~zoho_wizard.sandbox.incoming.Call`,
records it, asks the :class:`Responder` (the :class:`~zoho_wizard.sandbox.server.Sandbox`)
for a :class:`~zoho_wizard.sandbox.reply.Reply`, and writes that back. Nothing here knows
an endpoint.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from zoho_wizard.sandbox.incoming import (
    Call,
    HeaderDict,
    RecordedRequest,
    resolve,
    session_id_from,
)
from zoho_wizard.sandbox.reply import Reply, text_reply
from zoho_wizard.sandbox.views import query_path


class Responder(Protocol):
    """What the server needs from the sandbox it serves."""

    clock: Callable[[], float]
    errors: list[BaseException]

    def record(self, request: RecordedRequest) -> None:
        """Keep a received request."""

    def respond(self, call: Call) -> Reply:
        """Answer a received request."""


class SandboxServer(ThreadingHTTPServer):
    """A threading HTTP server that can also cut its open connections on stop."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], sandbox: Responder) -> None:
        """Bind ``address`` (not yet serving) for ``sandbox``."""
        self.sandbox = sandbox
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, RequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Keep stderr quiet; remember anything that is not a client going away."""
        problem = sys.exc_info()[1]
        if problem is not None and not isinstance(problem, OSError):
            self.sandbox.errors.append(problem)

    def close_connections(self) -> None:
        """Shut down every open client connection (a keep-alive one would block stop)."""
        with self.connections_lock:
            connections = list(self.connections)
        for conn in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)


class RequestHandler(BaseHTTPRequestHandler):
    """One connection: parse, record, ask the sandbox, write the reply."""

    protocol_version = "HTTP/1.1"
    # Small replies are otherwise held back by Nagle's algorithm: 42 ms -> 4 ms a request.
    disable_nagle_algorithm = True
    timeout = 30
    server: SandboxServer

    def version_string(self) -> str:
        return "ZGS"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: request lines carry codes and tokens."""

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.connections_lock:
                self.server.connections.discard(self.connection)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self) -> None:
        sandbox = self.server.sandbox
        parts = urlsplit(self.path)
        body = self._read_body()
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        form: dict[str, str] = {}
        content_type = (self.headers.get("Content-Type") or "").lower()
        if body and content_type.startswith("application/x-www-form-urlencoded"):
            form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        headers = HeaderDict(self.headers.items())
        route = resolve(parts.path)
        sandbox.record(
            RecordedRequest(
                method=self.command,
                path=parts.path,
                dc=route.dc,
                endpoint=route.endpoint,
                query=query,
                form=form,
                headers=headers,
                at=sandbox.clock(),
            )
        )
        call = Call(
            self.command,
            route,
            query_path(parts.path, parts.query),
            query,
            form,
            headers,
            session_id_from(headers.get("Cookie")),
        )
        try:
            reply = sandbox.respond(call)
        except Exception as problem:  # a sandbox bug must not look like a Zoho answer
            sandbox.errors.append(problem)
            reply = text_reply("500 Sandbox error (see Sandbox.errors)\n", 500)
        if reply.drop:
            self.close_connection = True
            return
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)
