"""A one-shot listener on 127.0.0.1 that catches the redirect in the person's own browser.

Used by "Use my own browser instead": the system browser runs the same authorization
request (same state and PKCE) and Zoho redirects it to ``http://127.0.0.1:PORT/callback``.
The listener answers only that path, only with the right state, serves a short page
telling the person to go back to the wizard, hands the URL over once, and closes. It also
closes on cancel and after a timeout (:data:`DEFAULT_TIMEOUT_SECONDS`, five minutes: long
enough to sign in with two-factor, short enough not to leave a port open all afternoon).

A refusal (``error`` and no ``code``, such as Deny) is handed over even without the
right state: it holds no secret, and Zoho may leave ``state`` off it. Ignoring it would
leave the person waiting out the timeout for a sign-in that already ended.

**The port is ours alone.** On Windows a socket with ``SO_REUSEADDR`` lets another
process bind the same port and take the callback, so the listener binds with
``SO_EXCLUSIVEADDRUSE`` there (and never ``SO_REUSEADDR``). Elsewhere ``SO_REUSEADDR``
only lets a port in ``TIME_WAIT`` be reused; a second listener on the same address and
port is still refused (no ``SO_REUSEPORT``). A ``localhost`` redirect is listened on at
``127.0.0.1`` and at ``[::1]`` (same port) where this computer has IPv6 loopback: the
browser may resolve ``localhost`` to either, and an address we left free could be taken
by another local program. Only a real Windows machine can confirm the exclusive bind
(the tests here simulate the option).

**The browser's command line (residual risk).** The wizard opens the authorization URL
with ``QDesktopServices.openUrl``. That URL holds the client ID, the redirect address,
the scopes, the state and the PKCE challenge; never a code, a secret or the verifier.
What the platforms expose:

* Linux and the BSDs: outside a sandbox Qt runs ``xdg-open URL`` (or the desktop's
  handler), which starts the browser with the URL in its arguments; every local user can
  read a process's arguments in ``/proc/PID/cmdline`` (unless ``/proc`` is mounted with
  ``hidepid=2``) while it runs. A running browser takes the URL over and the new process
  exits within moments, but the window exists. Under Flatpak or Snap, Qt uses the
  ``org.freedesktop.portal.OpenURI`` D-Bus portal instead: no argument list.
* macOS: Qt asks Launch Services (``NSWorkspace``), which hands the URL to the browser
  in an Apple Event: not in any process's arguments.
* Windows: the shell starts the browser with the URL on its command line. Other
  non-administrator users cannot read another user's process command lines; the
  person's own programs and administrators can.

Someone who reads it in time learns the state and the PKCE challenge, and could race the
browser to this listener with a code for *their own* Zoho account made for the same
challenge (the code and the secret never reach them): the connection would then be to
the wrong account. The chosen approach: the embedded sign-in, which opens no browser at
all, stays the default; the wait is five minutes; the listener takes one callback and
closes; and the Zoho account that signed in is named to the person (showing it before
the connection is saved is the UI's part). A private file or a one-shot local start page
(argv holding only ``http://127.0.0.1:PORT/start``) would still be readable in argv, and
its first reader would still win the race, so neither was built.
"""

from __future__ import annotations

import errno
import html
import http.server
import logging
import socket
import sys
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import matches_redirect, parse_callback

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 300.0
"""Five minutes: how long the listener waits for the browser before it closes."""

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><style>
body{{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f6f8;
color:#1d2733;display:flex;align-items:center;justify-content:center;height:100vh;margin:0}}
main{{background:#fff;padding:40px 48px;border-radius:12px;max-width:440px;
box-shadow:0 2px 12px rgba(0,0,0,.08)}}h1{{font-size:22px;margin:0 0 12px}}
p{{line-height:1.5;margin:0}}</style></head>
<body><main><h1>{title}</h1><p>{text}</p></main></body></html>"""


def exclusive_option() -> int | None:
    """The socket option that keeps a port ours alone (``SO_EXCLUSIVEADDRUSE``, Windows
    only), or None where the platform has none (and needs none)."""
    value = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
    return value if isinstance(value, int) else None


class _Server(http.server.ThreadingHTTPServer):
    """The listener's HTTP server: an exclusive bind where the platform offers one."""

    daemon_threads = True

    def server_bind(self) -> None:
        exclusive = exclusive_option()
        if exclusive is not None or sys.platform == "win32":
            # Windows: SO_REUSEADDR would let another process bind this port too.
            self.allow_reuse_address = False
        if exclusive is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


class PortInUseError(errors.ZohoWizardError):
    """The redirect's port is taken, usually by another copy of the wizard."""

    default_message = (
        "Another program (perhaps another copy of this wizard) is already "
        "waiting for a sign-in on this computer."
    )
    default_fix = "Finish or close the other sign-in first, then try again."


class PortBlockedError(PortInUseError):
    """This computer does not let the wizard listen on the redirect's port.

    Windows answers WinError 10013 (WSAEACCES) for a port in a range Hyper-V, WSL or
    Docker reserved (``netsh interface ipv4 show excludedportrange protocol=tcp`` lists
    them) and for one another user of the computer holds exclusively (a remote-desktop
    session running the wizard too); POSIX answers EACCES for a port below 1024, or one a
    security policy forbids.
    """

    default_message = "This computer does not let the wizard use the sign-in's port."

    def __init__(self, port: int, platform: str | None = None) -> None:
        self.port = port
        if (platform or sys.platform) == "win32":
            fix = (
                "Windows keeps this port for itself (Hyper-V, WSL or Docker reserve ranges "
                "of ports), or another person signed in to this computer is using it. Use "
                "the sign-in inside the wizard, or ask your firm's IT person to register a "
                "redirect address with a port outside the reserved ranges (they are listed "
                "by: netsh interface ipv4 show excludedportrange protocol=tcp)."
            )
        else:
            fix = (
                "Ports below 1024 need administrator rights, and a security policy may "
                "forbid others. Use the sign-in inside the wizard, or ask your firm's IT "
                "person to register a redirect address with a port above 1024."
            )
        super().__init__(f"{self.default_message[:-1]} ({port}).", fix)


# WinError numbers of bind(): Windows Sockets' own, not the C library's errno values.
WSAEACCES = 10013
WSAEADDRINUSE = 10048


def bind_error(exc: OSError, port: int) -> errors.ZohoWizardError:
    """The plain error for a failed bind (POSIX errno or Windows' WinError)."""
    code = getattr(exc, "winerror", None) or exc.errno
    if code in (errno.EADDRINUSE, WSAEADDRINUSE):
        return PortInUseError()
    if code in (errno.EACCES, WSAEACCES):
        return PortBlockedError(port)
    return errors.ZohoWizardError(
        "The wizard could not listen for the sign-in on this computer.",
        "Try again, or use the sign-in inside the wizard.",
    )


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
        self._servers = self._bind_all(parts.hostname or "127.0.0.1", port)
        if port == 0:  # the OS chose: the redirect URI names the real port from now on
            host = parts.netloc.rsplit(":", 1)[0]
            self.redirect_uri = parts._replace(netloc=f"{host}:{self.port}").geturl()
        self._threads = [
            threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="zoho-wizard-loopback",
                daemon=True,
            )
            for server in self._servers
        ]
        self._timer = threading.Timer(timeout, self._timed_out)
        self._timer.daemon = True

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self._servers[0].server_address[1])

    @property
    def addresses(self) -> tuple[str, ...]:
        """The addresses listened on (``127.0.0.1`` and ``::1`` for ``localhost``)."""
        return tuple(str(server.server_address[0]) for server in self._servers)

    def _bind_all(self, host: str, port: int) -> list[_Server]:
        """One server per address: ``localhost`` is ``127.0.0.1`` and, where this computer
        has it, ``[::1]`` on the same port (a port the OS chose is chosen again when
        ``[::1]`` has it taken)."""
        if host != "localhost":
            return [self._bind(host, port)]
        for _ in range(5 if port == 0 else 1):
            first = self._bind("127.0.0.1", port)
            try:
                second = self._bind_ipv6_loopback(int(first.server_address[1]))
            except PortInUseError:
                first.server_close()
                if port != 0:
                    raise
                continue
            return [first] if second is None else [first, second]
        raise PortInUseError()

    def _bind_ipv6_loopback(self, port: int) -> _Server | None:
        """A server on ``[::1]:port``, or None when this computer has no IPv6 loopback.

        Raises:
            PortInUseError: another program listens there.
        """
        if not socket.has_ipv6:
            return None
        try:
            return self._bind("::1", port)
        except PortInUseError:
            raise
        except errors.ZohoWizardError:
            log.info("no IPv6 loopback here: listening on 127.0.0.1 only")
            return None

    def _bind(self, host: str, port: int) -> _Server:
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                listener._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                return  # the query holds the code: never log it

        server_class = _IPv6Server if ":" in host else _Server
        try:
            return server_class((host, port), Handler)
        except OSError as exc:
            raise bind_error(exc, port) from None

    def start(self) -> None:
        """Start listening (returns at once)."""
        for thread in self._threads:
            thread.start()
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
        for server, thread in zip(self._servers, self._threads, strict=True):
            if thread.is_alive():
                server.shutdown()
            server.server_close()

    @property
    def closed(self) -> bool:
        """True once the listener no longer accepts connections."""
        return not any(thread.is_alive() for thread in self._threads)
