"""The sandbox's HTTP server: one loopback port serving every fake data center.

Paths: ``/accounts/{dc}/...`` is data center ``dc``'s accounts server and
``/api/{dc}/...`` its API domain. The browser session cookie has ``Path=/``, so signing in
at one fake accounts host signs you in at all of them (Zoho's cross-DC sign-in does the
same through its own redirects).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.datacenters import DATA_CENTERS, by_id
from zoho_wizard.sandbox import views
from zoho_wizard.sandbox.faults import (
    BOOKS_UNAUTHENTICATED,
    BOOKS_UNAUTHORIZED,
    Faults,
    fault_reply,
)
from zoho_wizard.sandbox.model import (
    DC_IDS,
    PROFILE_SCOPE,
    AccessToken,
    Answer,
    AuthRequestError,
    HeaderDict,
    RecordedRequest,
    SandboxModel,
)
from zoho_wizard.sandbox.practice import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_NAME,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_EU_EMAIL,
    PRACTICE_EU_HOME_DC,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
)
from zoho_wizard.sandbox.reply import (
    Reply,
    html_reply,
    json_reply,
    redirect_reply,
    text_reply,
)

SESSION_COOKIE = "ZSB_SESSION"
"""The browser-session cookie of the fake accounts servers."""

_ACCOUNTS_ROUTES: dict[str, tuple[str, frozenset[str]]] = {
    "": ("home", frozenset({"GET"})),
    "oauth/serverinfo": ("serverinfo", frozenset({"GET"})),
    "oauth/v2/auth": ("auth", frozenset({"GET"})),
    "signin": ("signin", frozenset({"GET", "POST"})),
    "signout": ("signout", frozenset({"GET", "POST"})),
    "oauth/v2/approve": ("approve", frozenset({"POST"})),
    "oauth/v2/token": ("token", frozenset({"POST"})),
    "oauth/v2/token/revoke": ("revoke", frozenset({"POST"})),
    "oauth/v2/revoke/token": ("revoke", frozenset({"POST"})),
    "oauth/user/info": ("userinfo", frozenset({"GET"})),
    "selfclient": ("selfclient", frozenset({"GET", "POST"})),
}
_ORGANIZATIONS_PREFIX = "books/v3/organizations"


@dataclass(frozen=True)
class Route:
    """Where a request path leads.

    Attributes:
        area: ``accounts``, ``api`` or ``root`` (the front page); None if unknown.
        dc: The data-center segment, or None.
        endpoint: Endpoint name (``unknown`` if nothing matches).
        rest: The path after ``/{area}/{dc}/``, without slashes at either end.
        methods: The HTTP methods the endpoint answers.
    """

    area: str | None
    dc: str | None
    endpoint: str
    rest: str
    methods: frozenset[str]


def resolve(path: str) -> Route:
    """Map a URL path onto an endpoint (the data center is not validated here)."""
    parts = [p for p in path.split("/") if p]
    if not parts:
        return Route("root", None, "home", "", frozenset({"GET"}))
    if len(parts) < 2 or parts[0] not in ("accounts", "api"):
        return Route(None, None, "unknown", "", frozenset())
    area, dc, rest = parts[0], parts[1], "/".join(parts[2:])
    if area == "accounts" and rest in _ACCOUNTS_ROUTES:
        endpoint, methods = _ACCOUNTS_ROUTES[rest]
        return Route(area, dc, endpoint, rest, methods)
    if area == "api" and (
        rest == _ORGANIZATIONS_PREFIX
        or (rest.startswith(_ORGANIZATIONS_PREFIX + "/") and rest.count("/") == 3)
    ):
        return Route(area, dc, "organizations", rest, frozenset({"GET"}))
    return Route(area, dc, "unknown", rest, frozenset())


@dataclass(frozen=True)
class Call:
    """A received request, parsed, as the endpoint handlers see it."""

    method: str
    route: Route
    target: str
    query: dict[str, str]
    form: dict[str, str]
    headers: HeaderDict
    session_id: str | None

    @property
    def dc(self) -> str:
        """The (validated) data center."""
        return self.route.dc or "us"

    @property
    def params(self) -> dict[str, str]:
        """Query and form parameters merged; the form wins a clash."""
        return {**self.query, **self.form}


def _safe_next(value: str | None) -> str | None:
    """Accept only a local accounts path as a post-sign-in destination."""
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/accounts/"):
        return None
    if "\\" in parts.path or "//" in parts.path:
        return None
    return value


def _with_query(uri: str, params: Iterable[tuple[str, str]], trailing_ampersand: bool) -> str:
    """Append ``params`` to ``uri``, keeping any query string it already has."""
    parts = urlsplit(uri)
    added = urlencode(list(params), quote_via=quote, safe="")
    query = f"{parts.query}&{added}" if parts.query else added
    if trailing_ampersand:
        query += "&"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Keep stderr quiet; remember anything that is not a client going away."""
        problem = sys.exc_info()[1]
        if problem is not None and not isinstance(problem, OSError):
            self.sandbox.errors.append(problem)

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.connections)
        for conn in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Small replies are otherwise held back by Nagle's algorithm: 42 ms -> 4 ms a request.
    disable_nagle_algorithm = True
    timeout = 30
    server: _Server

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
            views.query_path(parts.path, parts.query),
            query,
            form,
            headers,
            _session_id(headers.get("Cookie")),
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


def _session_id(cookie_header: str | None) -> str | None:
    if not cookie_header:
        return None
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(cookie_header)
    except CookieError:
        return None
    morsel = cookie.get(SESSION_COOKIE)
    return morsel.value if morsel is not None and morsel.value else None


def _session_cookie(session_id: str) -> tuple[str, str]:
    return ("Set-Cookie", f"{SESSION_COOKIE}={session_id}; Path=/; HttpOnly; SameSite=Lax")


def _clear_session_cookie() -> tuple[str, str]:
    return ("Set-Cookie", f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")


def _answer(answer: Answer) -> Reply:
    return json_reply(answer.body, answer.status)


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
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.register_client(
            PRACTICE_CLIENT_ID,
            PRACTICE_CLIENT_SECRET,
            (PRACTICE_REDIRECT_URI,),
            "server",
            None,
            name=PRACTICE_CLIENT_NAME,
        )
        self.add_user(PRACTICE_EMAIL, PRACTICE_PASSWORD, home_dc=None, name="Pat Practice")
        self.add_user(
            PRACTICE_EU_EMAIL, PRACTICE_PASSWORD, home_dc=PRACTICE_EU_HOME_DC, name="Eva Europa"
        )

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind the port and serve in a background thread. Returns self."""
        if self._server is not None:
            raise RuntimeError("sandbox already started")
        server = _Server((self.host, self.port), self)
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
        handlers: dict[str, Callable[[Call], Reply]] = {
            "home": self._home,
            "serverinfo": self._serverinfo,
            "auth": self._auth,
            "signin": self._signin,
            "signout": self._signout,
            "approve": self._approve,
            "token": self._token,
            "revoke": self._revoke,
            "userinfo": self._userinfo,
            "selfclient": self._selfclient,
            "organizations": self._organizations,
        }
        return handlers[call.route.endpoint](call)

    def _not_found(self, call: Call) -> Reply:
        if call.route.area == "api":
            return json_reply({"code": 5, "message": "Invalid URL Passed"}, 404)
        return html_reply(views.not_found_page(urlsplit(call.target).path), 404)

    # -- accounts pages -----------------------------------------------------------------

    def _practice_logins(self) -> list[tuple[str, str]]:
        return [(PRACTICE_EMAIL, PRACTICE_PASSWORD), (PRACTICE_EU_EMAIL, PRACTICE_PASSWORD)]

    def _home(self, call: Call) -> Reply:
        accounts = [(dc.id, dc.label, self.accounts_url(dc.id)) for dc in DATA_CENTERS]
        return html_reply(views.home_page(self.base_url, accounts, PRACTICE_CLIENT_ID))

    def _serverinfo(self, call: Call) -> Reply:
        locations = {dc_id: self.accounts_url(dc_id) for dc_id in DC_IDS}
        return json_reply({"result": "success", "locations": locations})

    def _signin_page(
        self, dc: str, next_path: str | None, *, error: str | None = None, email: str = ""
    ) -> str:
        return views.signin_page(
            dc, by_id(dc).label, next_path, self._practice_logins(), error=error, email=email
        )

    def _auth(self, call: Call) -> Reply:
        dc = call.dc
        try:
            request = self.parse_auth_request(call.query)
        except AuthRequestError as problem:
            return html_reply(
                views.error_page(problem.title, problem.message, problem.details), 400
            )
        user = self.session_user(call.session_id)
        if user is None or call.session_id is None:
            return html_reply(self._signin_page(dc, call.target))
        if user.home_dc is not None and user.home_dc != dc:
            query = urlsplit(call.target).query
            return redirect_reply(
                views.query_path(f"/accounts/{user.home_dc}/oauth/v2/auth", query)
            )
        client = self.client(request.client_id)
        request_id = self.add_pending(call.session_id, dc, user.email, request)
        page = views.consent_page(
            dc=dc,
            dc_label=by_id(dc).label,
            app_name=client.name if client else request.client_id,
            client_id=request.client_id,
            email=user.email,
            scope_lines=_describe_scopes(request.scopes),
            offline=request.offline,
            request_id=request_id,
            switch_href=views.signout_href(dc, call.target),
        )
        return html_reply(page)

    def _signin(self, call: Call) -> Reply:
        dc = call.dc
        if call.method == "GET":
            return html_reply(self._signin_page(dc, _safe_next(call.query.get("next"))))
        next_path = _safe_next(call.form.get("next"))
        email = call.form.get("email", "").strip()
        session_id, user = self.sign_in(email, call.form.get("password", ""))
        if session_id is None or user is None:
            error = (
                "This account cannot be found. Check the email address."
                if user is None
                else "Incorrect password. Please try again."
            )
            return html_reply(self._signin_page(dc, next_path, error=error, email=email))
        cookie = _session_cookie(session_id)
        if next_path is None:
            return html_reply(views.signed_in_page(user.email, dc), headers=[cookie])
        # Zoho sends a user to their own data center straight after sign-in.
        target = urlsplit(next_path)
        segments = target.path.split("/")
        if (
            user.home_dc is not None
            and target.path.endswith("/oauth/v2/auth")
            and len(segments) > 2
            and segments[2] != user.home_dc
        ):
            segments[2] = user.home_dc
            next_path = views.query_path("/".join(segments), target.query)
        return redirect_reply(next_path, headers=[cookie])

    def _signout(self, call: Call) -> Reply:
        self.sign_out(call.session_id)
        next_path = _safe_next(call.params.get("next"))
        if next_path is None:
            return html_reply(self._signin_page(call.dc, None), headers=[_clear_session_cookie()])
        return redirect_reply(next_path, headers=[_clear_session_cookie()])

    def _approve(self, call: Call) -> Reply:
        pending = self.pop_pending(call.form.get("request_id", ""), call.session_id)
        if pending is None:
            return html_reply(
                views.error_page(
                    "Request expired",
                    "This sign-in request is no longer valid. Go back to the app and start again.",
                ),
                400,
            )
        request = pending.request
        state = [("state", request.state)] if request.state is not None else []
        action = call.form.get("action")
        if action == "deny":
            location = _with_query(
                request.redirect_uri, [("error", "access_denied"), *state], False
            )
            return redirect_reply(location)
        if action != "accept":
            return html_reply(views.error_page("Invalid request", "Choose Accept or Deny."), 400)
        code = self.issue_code(pending.dc, pending.email, request)
        params = [
            *state,
            ("code", code),
            ("location", pending.dc),
            ("accounts-server", self.accounts_url(pending.dc)),
        ]
        return redirect_reply(_with_query(request.redirect_uri, params, self.trailing_ampersand))

    def _selfclient(self, call: Call) -> Reply:
        dc = call.dc
        user = self.session_user(call.session_id)
        email = user.email if user is not None else PRACTICE_EMAIL
        params = call.params
        client_id = params.get("client_id", PRACTICE_CLIENT_ID).strip()
        scope = params.get("scope", scope_catalog.join(scope_catalog.REQUIRED_SCOPES))
        try:
            expiry = int(params.get("expiry", "3"))
        except ValueError:
            expiry = 3
        if expiry not in views.SELF_CLIENT_EXPIRY_MINUTES:
            expiry = 3
        code: str | None = None
        error: str | None = None
        if call.method == "POST":
            try:
                code = self.generate_self_client_code(client_id, scope, expiry, dc, email)
            except ValueError as problem:
                error = str(problem)
        page = views.self_client_page(
            dc,
            by_id(dc).label,
            client_id=client_id,
            scopes=scope,
            expiry_minutes=expiry,
            description=params.get("description", ""),
            code=code,
            error=error,
            practice_secret=PRACTICE_CLIENT_SECRET if client_id == PRACTICE_CLIENT_ID else None,
        )
        return html_reply(page, 400 if error else 200)

    # -- accounts JSON ------------------------------------------------------------------

    def _token(self, call: Call) -> Reply:
        return _answer(self.token_grant(call.dc, call.params))

    def _revoke(self, call: Call) -> Reply:
        params = call.params
        token = params.get("token", "")
        if call.route.rest == "oauth/v2/token/revoke":
            return _answer(self.revoke(call.dc, token))
        client_id, client_secret = _basic_auth(call.headers.get("Authorization"))
        return _answer(
            self.revoke_for_client(
                call.dc, client_id, client_secret, token, params.get("token_type", "")
            )
        )

    def _userinfo(self, call: Call) -> Reply:
        access = self.access_token_from_header(call.headers.get("Authorization"))
        if access is None or not self.access_token_usable(access, call.dc):
            return json_reply({"error": "invalid_oauthtoken"}, 401)
        if PROFILE_SCOPE.lower() not in {s.lower() for s in access.scopes}:
            return json_reply({"error": "invalid_oauthscope"}, 401)
        user = self.user(access.email)
        if user is None:
            return json_reply({"error": "invalid_oauthtoken"}, 401)
        first, _, last = user.name.partition(" ")
        return json_reply(
            {
                "First_Name": first,
                "Email": user.email,
                "Last_Name": last,
                "Display_Name": user.name,
                "ZUID": user.zuid,
            }
        )

    # -- Books --------------------------------------------------------------------------

    def _books_access(self, call: Call) -> tuple[AccessToken | None, Reply | None]:
        access = self.access_token_from_header(call.headers.get("Authorization"))
        if access is None:
            return None, json_reply(BOOKS_UNAUTHENTICATED, 401)
        if not self.access_token_usable(access, call.dc) or scope_catalog.covers(
            access.scopes, scope_catalog.REQUIRED_SCOPES
        ):
            return None, json_reply(BOOKS_UNAUTHORIZED, 401)
        return access, None

    def _organizations(self, call: Call) -> Reply:
        access, refusal = self._books_access(call)
        if refusal is not None or access is None:
            return refusal or json_reply(BOOKS_UNAUTHENTICATED, 401)
        user = self.user(access.email)
        organizations = list(user.organizations) if user is not None else []
        org_id = call.route.rest[len(_ORGANIZATIONS_PREFIX) :].strip("/")
        if not org_id:
            return json_reply({"code": 0, "message": "success", "organizations": organizations})
        for org in organizations:
            if str(org.get("organization_id")) == org_id:
                return json_reply({"code": 0, "message": "success", "organization": org})
        return json_reply({"code": 1002, "message": "Organization does not exist."}, 404)


def _describe_scopes(requested: Iterable[str]) -> list[str]:
    """The consent page's plain-language scope lines (Books via the core catalog)."""
    wanted = list(requested)
    profile = [s for s in wanted if s.lower() == PROFILE_SCOPE.lower()]
    books = [s for s in wanted if s.lower() != PROFILE_SCOPE.lower()]
    lines = scope_catalog.describe(books) if books else []
    if profile:
        lines.append("Your name and email address")
    return lines


def _basic_auth(header: str | None) -> tuple[str, str]:
    """``(client_id, client_secret)`` from ``Authorization: Basic …`` (empty if absent)."""
    if not header:
        return "", ""
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return "", ""
    client_id, _, client_secret = decoded.partition(":")
    return client_id, client_secret
