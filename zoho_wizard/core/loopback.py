"""A one-shot listener on 127.0.0.1 that catches the redirect in the person's own browser.

Used by "Use my own browser instead": the system browser runs the same authorization
request (same state and PKCE) and Zoho redirects it to ``http://127.0.0.1:PORT/callback``.
The listener answers only that path, only with the right state, serves a short page
telling the person to go back to the wizard, hands the URL over once, and closes. It also
closes on cancel and after a timeout.

A refusal (``error`` and no ``code``, such as Deny) is handed over even without the
right state: it holds no secret, and Zoho may leave ``state`` off it. Ignoring it would
leave the person waiting out the timeout for a sign-in that already ended.
"""

from __future__ import annotations

import errno
import html
import http.server
import logging
import socket
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import matches_redirect, parse_callback

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 600.0

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><style>
body{{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f6f8;
color:#1d2733;display:flex;align-items:center;justify-content:center;height:100vh;margin:0}}
main{{background:#fff;padding:40px 48px;border-radius:12px;max-width:440px;
box-shadow:0 2px 12px rgba(0,0,0,.08)}}h1{{font-size:22px;margin:0 0 12px}}
p{{line-height:1.5;margin:0}}</style></head>
<body><main><h1>{title}</h1><p>{text}</p></main></body></html>"""


class _IPv6Server(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6


class PortInUseError(errors.ZohoWizardError):
    """The redirect's port is taken, usually by another copy of the wizard."""

    default_message = (
        "Another program (perhaps another copy of this wizard) is already "
        "waiting for a sign-in on this computer."
    )
    default_fix = "Finish or close the other sign-in first, then try again."


class LoopbackListener:
    """Listens once for the redirect of one authorization request.

    Args:
        redirect_uri: The registered loopback URI (``http://127.0.0.1:PORT/path``).
        state: The request's state; other callbacks get an error page and are ignored,
            except a refusal (an error without a code), which ends the sign-in.
        on_callback: Called once, from the listener's thread, with the full callback URL.
        timeout: Seconds before the listener gives up and closes.
        on_timeout: Called (from a timer thread) if the timeout passes first.
    """

    def __init__(
        self,
        redirect_uri: str,
        state: str,
        on_callback: Callable[[str], None],
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        on_timeout: Callable[[], None] | None = None,
    ) -> None:
        parts = urlsplit(redirect_uri)
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise errors.ZohoWizardError(
                "Your own browser can only hand the sign-in back to this wizard through a "
                "redirect address on this computer (http://127.0.0.1:PORT/…).",
                "Register such an address for the client, and enter it under Advanced.",
                action=errors.Action.BACK_TO_DETAILS,
            )
        self.redirect_uri = redirect_uri
        self.state = state
        self.on_callback = on_callback
        self.on_timeout = on_timeout
        self.rejected = 0
        self._done = threading.Event()
        self._claim = threading.Lock()  # the server is threaded: one callback wins
        port = 80 if parts.port is None else parts.port
        self._server = self._bind(parts.hostname or "127.0.0.1", port)
        if port == 0:  # the OS chose: the redirect URI names the real port from now on
            host = parts.netloc.rsplit(":", 1)[0]
            self.redirect_uri = parts._replace(netloc=f"{host}:{self.port}").geturl()
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="zoho-wizard-loopback",
            daemon=True,
        )
        self._timer = threading.Timer(timeout, self._timed_out)
        self._timer.daemon = True

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self._server.server_address[1])

    def _bind(self, host: str, port: int) -> http.server.ThreadingHTTPServer:
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                listener._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                return  # the query holds the code: never log it

        bind_host = "127.0.0.1" if host == "localhost" else host
        server_class = _IPv6Server if ":" in bind_host else http.server.ThreadingHTTPServer
        try:
            server = server_class((bind_host, port), Handler)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUseError() from None
            raise errors.ZohoWizardError(
                "The wizard could not listen for the sign-in on this computer.",
                "Try again, or use the sign-in inside the wizard.",
            ) from None
        server.daemon_threads = True
        return server

    def start(self) -> None:
        """Start listening (returns at once)."""
        self._thread.start()
        self._timer.start()

    def _handle(self, request: http.server.BaseHTTPRequestHandler) -> None:
        url = f"http://{urlsplit(self.redirect_uri).netloc}{request.path}"
        if not matches_redirect(url, self.redirect_uri):
            self._reply(request, 404, "Not found", "This address is not used.")
            return
        callback = parse_callback(url)
        belongs = callback.state == self.state or callback.is_refusal
        if not belongs or not self._claim_once():
            self.rejected += 1
            log.warning("loopback callback with a foreign or repeated state ignored")
            self._reply(
                request,
                400,
                "This sign-in does not belong here",
                "This page was not opened by the wizard's current sign-in. Go back "
                "to the wizard and start again from there.",
            )
            return
        if callback.error:
            self._reply(
                request,
                200,
                "Nothing was connected",
                "Zoho did not give access. Go back to the Zoho Wizard window to "
                "see why and what to do next.",
            )
        else:
            self._reply(
                request,
                200,
                "You're signed in",
                "Go back to the Zoho Wizard window to finish. You can close this tab.",
            )
        try:
            self.on_callback(url)
        finally:
            threading.Thread(target=self.close, daemon=True).start()

    @staticmethod
    def _reply(
        request: http.server.BaseHTTPRequestHandler, status: int, title: str, text: str
    ) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        request.send_response(status)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(body)))
        request.send_header("Cache-Control", "no-store")
        request.send_header("Referrer-Policy", "no-referrer")
        request.end_headers()
        request.wfile.write(body)

    def _claim_once(self) -> bool:
        """True for the first caller only (a callback or the timeout): it ends the wait."""
        with self._claim:
            if self._done.is_set():
                return False
            self._done.set()
            return True

    def _timed_out(self) -> None:
        if self._claim_once():
            self.close()
            if self.on_timeout:
                self.on_timeout()

    def close(self) -> None:
        """Stop listening and free the port (safe to call more than once)."""
        self._timer.cancel()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    @property
    def closed(self) -> bool:
        """True once the listener no longer accepts connections."""
        return not self._thread.is_alive()
