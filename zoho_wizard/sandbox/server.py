"""The sandbox: one loopback port serving every fake data center's accounts server and API.

:class:`Sandbox` is the :class:`~zoho_wizard.sandbox.model.SandboxModel` with an address.
It answers each request by applying faults first, then the endpoint's handler:
:mod:`~zoho_wizard.sandbox.accounts_pages` (what a browser sees at the accounts server),
:mod:`~zoho_wizard.sandbox.accounts_api` (the accounts server's JSON endpoints) and
:mod:`~zoho_wizard.sandbox.books_api` (Books under the API domain). The sockets are
:mod:`~zoho_wizard.sandbox.transport`'s.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from urllib.parse import urlsplit

from zoho_wizard.sandbox.accounts_api import HANDLERS as ACCOUNTS_API_HANDLERS
from zoho_wizard.sandbox.accounts_pages import HANDLERS as ACCOUNTS_PAGE_HANDLERS
from zoho_wizard.sandbox.books_api import HANDLERS as BOOKS_HANDLERS
from zoho_wizard.sandbox.books_lists import books_list
from zoho_wizard.sandbox.device_pages import HANDLERS as DEVICE_HANDLERS
from zoho_wizard.sandbox.faults import Faults, fault_reply
from zoho_wizard.sandbox.incoming import Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.practice import (
    PRACTICE_AE_EMAIL,
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_NAME,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_NAME,
    PRACTICE_DEVICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_EU_HOME_DC,
    PRACTICE_NEW_DC_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    PRACTICE_SELF_CLIENT_DC,
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
    PRACTICE_WEB_CLIENT_ID,
    PRACTICE_WEB_CLIENT_NAME,
    PRACTICE_WEB_CLIENT_SECRET,
    PRACTICE_WEB_REDIRECT_URI,
)
from zoho_wizard.sandbox.records import DC_IDS, NEW_DC
from zoho_wizard.sandbox.reply import Reply, html_reply, json_reply, text_reply
from zoho_wizard.sandbox.transport import SandboxServer
from zoho_wizard.sandbox.views import not_found_page

_HANDLERS: dict[str, Callable[[SandboxModel, Call], Reply]] = {
    **ACCOUNTS_PAGE_HANDLERS,
    **ACCOUNTS_API_HANDLERS,
    **BOOKS_HANDLERS,
    "books_list": books_list,
    **DEVICE_HANDLERS,
}
"""Every endpoint's handler, by the endpoint name that ``incoming.resolve`` gives."""


class Sandbox(SandboxModel):
    """A local Zoho (accounts for every data center, plus Books) on a loopback port.

    Starts with the practice client and users registered. Use as a context manager, or
    call :meth:`start` and :meth:`stop`. See :class:`SandboxModel` for the switches.

    Attributes:
        faults: Fault injection (:class:`~zoho_wizard.sandbox.faults.Faults`).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        code_ttl: float = 60.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """Prepare a sandbox (not yet listening).

        Args:
            clock: Seconds, like ``time.time``; every expiry and limit uses it.
            code_ttl: Redirect grant-code lifetime in seconds.
            host: Interface to bind.
            port: Port to bind; 0 lets the OS choose.
        """
        super().__init__(clock, code_ttl)
        self.host = host
        self.port = port
        self.faults = Faults()
        self.errors: list[BaseException] = []
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None
        self.register_client(
            PRACTICE_CLIENT_ID,
            PRACTICE_CLIENT_SECRET,
            (PRACTICE_REDIRECT_URI,),
            "server",
            None,
            name=PRACTICE_CLIENT_NAME,
        )
        # The practice user's Self Client, made in one data center's console.
        self.register_client(
            PRACTICE_SELF_CLIENT_ID,
            PRACTICE_SELF_CLIENT_SECRET,
            (),
            "self",
            (PRACTICE_SELF_CLIENT_DC,),
            name="Self Client",
        )
        self.register_client(
            PRACTICE_WEB_CLIENT_ID,
            PRACTICE_WEB_CLIENT_SECRET,
            (PRACTICE_WEB_REDIRECT_URI,),
            "server",
            None,
            name=PRACTICE_WEB_CLIENT_NAME,
        )
        self.register_client(
            PRACTICE_DEVICE_CLIENT_ID,
            PRACTICE_DEVICE_CLIENT_SECRET,
            (),
            "device",
            None,
            name=PRACTICE_DEVICE_CLIENT_NAME,
        )
        self.add_user(PRACTICE_EMAIL, PRACTICE_PASSWORD, home_dc=None, name="Pat Practice")
        self.add_user(
            PRACTICE_EU_EMAIL, PRACTICE_PASSWORD, home_dc=PRACTICE_EU_HOME_DC, name="Eva Europa"
        )
        self.add_user(PRACTICE_AE_EMAIL, PRACTICE_PASSWORD, home_dc="ae", name="Amal Emirates")
        self.add_user(PRACTICE_NEW_DC_EMAIL, PRACTICE_PASSWORD, home_dc=NEW_DC, name="Nia Newdc")

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind the port and serve in a background thread. Returns self."""
        if self._server is not None:
            raise RuntimeError("sandbox already started")
        server = SandboxServer((self.host, self.port), self)
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"zoho-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the socket and open connections, and join the thread."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        server.server_close()
        server.close_connections()
        if thread is not None:
            thread.join()
        self._server = None
        self._thread = None

    def __enter__(self) -> Sandbox:
        """Start, and return the running sandbox."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop."""
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is listening."""
        return self._server is not None

    # -- addresses ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` of the running sandbox."""
        if self._server is None:
            raise RuntimeError("sandbox not started")
        return f"http://{self.host}:{self.port}"

    def accounts_url(self, dc: str) -> str:
        """The fake accounts server of data center ``dc`` (``{base_url}/accounts/{dc}``)."""
        if dc not in DC_IDS:
            raise ValueError(f"unknown data center {dc!r}")
        return f"{self.base_url}/accounts/{dc}"

    def api_domain(self, dc: str) -> str:
        """The fake API domain of ``dc`` (``{base_url}/api/{dc}``); Books is under it."""
        if dc not in DC_IDS:
            raise ValueError(f"unknown data center {dc!r}")
        return f"{self.base_url}/api/{dc}"

    # -- dispatch -----------------------------------------------------------------------

    def respond(self, call: Call) -> Reply:
        """Answer one recorded request: faults first, then the endpoint's handler."""
        route = call.route
        if route.endpoint == "unknown" or (route.dc is not None and route.dc not in DC_IDS):
            return self._not_found(call)
        if call.method not in route.methods:
            reply = text_reply("405 Method Not Allowed\n", 405)
            reply.headers.append(("Allow", ", ".join(sorted(route.methods))))
            return reply
        fault = self.faults.take(route.endpoint)
        if fault is not None:
            if fault.kind == "delay":
                time.sleep(float(fault.params.get("seconds", 0.0)))
            elif not fault.drop_after_answering:
                replacement = fault_reply(fault)
                if replacement is not None:
                    return replacement
        reply = self._handle(call)
        if fault is not None and fault.drop_after_answering:
            reply.drop = True
        return reply

    def _handle(self, call: Call) -> Reply:
        return _HANDLERS[call.route.endpoint](self, call)

    def _not_found(self, call: Call) -> Reply:
        if call.route.area == "api":
            return json_reply({"code": 5, "message": "Invalid URL Passed"}, 404)
        return html_reply(not_found_page(urlsplit(call.target).path), 404)
