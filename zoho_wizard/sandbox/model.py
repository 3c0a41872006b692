"""The sandbox's accounts and Books state and rules, without sockets.

:class:`SandboxModel` holds clients, users, browser sessions, pending consents, grant
codes and tokens, and answers the token, revoke and API-auth questions the way the
reference (``reference/zoho-oauth.md``) says Zoho does. Every time comparison uses
``self.clock()`` so tests can move time. One re-entrant lock guards all state.

Choices where Zoho is silent (each is a switch where that is cheap):

- A wrong or missing PKCE ``code_verifier`` answers ``{"error": "invalid_code"}``
  (``pkce_error``), the name Zoho uses for every other bad-code case.
- A failed exchange does not use up the code; only a successful one does. So a wrong
  secret can be corrected and retried while the code lives.
- A refresh token sent to another data center's token endpoint answers ``invalid_client``,
  like a code does.
- Only refresh grants count towards "10 access tokens per refresh token per 10 minutes".
- "First consent" means: this user has no live refresh token for this client. Revoking
  the last one makes the next offline consent "first" again.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import itertools
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.sandbox.faults import THROTTLE_BODY
from zoho_wizard.sandbox.practice import PRACTICE_EMAIL, default_organizations

DC_IDS: tuple[str, ...] = tuple(dc.id for dc in DATA_CENTERS)
PROFILE_SCOPE = "AaaServer.profile.Read"
CLIENT_TYPES = ("server", "desktop")
_BOOKS_OPERATIONS = frozenset(op.lower() for op in (*scope_catalog.OPERATIONS, "ALL"))
_BOOKS_MODULES = frozenset(module.key for module in scope_catalog.MODULES)


def new_token() -> str:
    """A fresh code or token in Zoho's ``1000.<32 hex>.<32 hex>`` shape."""
    return f"1000.{secrets.token_hex(16)}.{secrets.token_hex(16)}"


def pkce_challenge(verifier: str, method: str) -> str:
    """The ``code_challenge`` for ``verifier`` under ``method`` (``S256`` or ``plain``)."""
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier


def unknown_scopes(requested: Iterable[str]) -> list[str]:
    """The requested scopes the sandbox does not know (compared case-insensitively).

    Known: ``ZohoBooks.fullaccess.all``, ``ZohoBooks.<module>.<READ|CREATE|UPDATE|DELETE|ALL>``
    for the modules in :mod:`zoho_wizard.core.scopes`, and ``AaaServer.profile.Read``.
    """
    unknown = []
    for scope in requested:
        key = scope_catalog.normalise(scope)
        if key in (scope_catalog.normalise(scope_catalog.FULL_ACCESS), PROFILE_SCOPE.lower()):
            continue
        parts = key.split(".")
        if (
            len(parts) == 3
            and parts[0] == "zohobooks"
            and parts[1] in _BOOKS_MODULES
            and parts[2] in _BOOKS_OPERATIONS
        ):
            continue
        unknown.append(scope)
    return unknown


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class HeaderDict(dict[str, str]):
    """Request headers: a plain dict whose lookups ignore the name's case."""

    def _find(self, key: str) -> str | None:
        if dict.__contains__(self, key):
            return key
        lowered = key.lower()
        for name in self.keys():
            if name.lower() == lowered:
                return name
        return None

    def __getitem__(self, key: str) -> str:
        """Value of header ``key`` in any case; KeyError if absent."""
        name = self._find(key)
        if name is None:
            raise KeyError(key)
        return dict.__getitem__(self, name)

    def __contains__(self, key: object) -> bool:
        """True if the header is present, in any case."""
        return isinstance(key, str) and self._find(key) is not None

    def get(self, key: str, default: Any = None) -> Any:
        """Value of header ``key`` in any case, or ``default``."""
        name = self._find(key)
        return default if name is None else dict.__getitem__(self, name)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the sandbox received, recorded before it was answered.

    Attributes:
        method: ``GET``, ``POST`` ...
        path: The URL path, without the query string.
        dc: The data-center segment of the path (may be unknown), or None.
        endpoint: ``auth``, ``signin``, ``signout``, ``approve``, ``token``, ``revoke``,
            ``userinfo``, ``serverinfo``, ``selfclient``, ``organizations``, ``home`` or
            ``unknown``.
        query: Query-string parameters (last value wins).
        form: ``application/x-www-form-urlencoded`` body parameters (last value wins).
        headers: Request headers (lookups ignore case).
        at: ``clock()`` when it arrived.
    """

    method: str
    path: str
    dc: str | None
    endpoint: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    at: float


@dataclass
class Client:
    """A registered OAuth client."""

    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]
    client_type: str
    data_centers: frozenset[str] | None
    secrets_by_dc: dict[str, str]
    name: str
    owner: str

    def enabled_in(self, dc: str) -> bool:
        """Whether Multi-DC lets this client be used at ``dc``."""
        return self.data_centers is None or dc in self.data_centers

    def secret_for(self, dc: str) -> str:
        """The client secret valid at ``dc`` (per-DC secrets override the common one)."""
        return self.secrets_by_dc.get(dc, self.client_secret)


@dataclass
class User:
    """A Zoho user of the sandbox."""

    email: str
    password: str | None
    home_dc: str | None
    name: str
    zuid: str
    organizations: list[dict[str, Any]]

    def accepts(self, password: str) -> bool:
        """Whether ``password`` signs this user in (None accepts anything)."""
        return self.password is None or _same(password, self.password)


@dataclass(frozen=True)
class AuthRequest:
    """A validated ``/oauth/v2/auth`` request."""

    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str | None
    offline: bool
    force_consent: bool
    code_challenge: str | None
    challenge_method: str


class AuthRequestError(Exception):
    """An authorization request the accounts server refuses with an error page."""

    def __init__(self, title: str, message: str, details: tuple[str, ...] = ()) -> None:
        """Remember the page's title, message and listed details."""
        super().__init__(f"{title}: {message}")
        self.title = title
        self.message = message
        self.details = details


@dataclass
class GrantCode:
    """An authorization (grant) code."""

    code: str
    client_id: str
    dc: str
    email: str
    scopes: tuple[str, ...]
    redirect_uri: str | None
    offline: bool
    force_consent: bool
    code_challenge: str | None
    challenge_method: str
    issued_at: float
    ttl: float
    used: bool = False


@dataclass
class RefreshToken:
    """A refresh token and the times it minted access tokens."""

    token: str
    client_id: str
    email: str
    dc: str
    scopes: tuple[str, ...]
    issued_at: float
    revoked: bool = False
    mints: list[float] = field(default_factory=list)


@dataclass
class AccessToken:
    """An access token."""

    token: str
    client_id: str
    email: str
    dc: str
    scopes: tuple[str, ...]
    issued_at: float
    expires_at: float
    refresh: str | None
    revoked: bool = False


@dataclass
class PendingConsent:
    """A consent page on screen, waiting for Accept or Deny."""

    request_id: str
    session_id: str
    dc: str
    email: str
    request: AuthRequest


@dataclass(frozen=True)
class Answer:
    """A JSON answer from the model: HTTP status and body."""

    status: int
    body: dict[str, Any]


def _error(code: str, status: int = 200) -> Answer:
    return Answer(status, {"error": code})


def _check_dc(dc: str) -> str:
    if dc not in DC_IDS:
        raise ValueError(f"unknown data center {dc!r}; expected one of {DC_IDS}")
    return dc


class SandboxModel:
    """State and rules of the fake Zoho. :class:`~zoho_wizard.sandbox.Sandbox` serves it.

    Switches (plain attributes, change any time):
        code_ttl: Grant-code lifetime in seconds for redirect codes (default 60).
        access_token_ttl: Access-token lifetime in seconds (default 3600).
        legacy_expires: Token JSON uses ``expires_in_sec`` + ``expires_in`` in ms.
        throttle_status: HTTP status of the refresh-limit answer (400, or 200).
        trailing_ampersand: Add a trailing ``&`` to the success redirect.
        pkce_error: Error code for a wrong or missing ``code_verifier``.
        refresh_limit / refresh_window: Access tokens per refresh token per window.
        max_refresh_tokens: Refresh tokens per user and client; more evicts the oldest.
        max_active_access_tokens: If set, live access tokens per refresh token; a new one
            beyond it revokes the oldest (Zoho pages say 15 or 30).
        accept_bearer: Books also accepts ``Authorization: Bearer <token>``.
    """

    def __init__(self, clock: Callable[[], float], code_ttl: float) -> None:
        """Empty state; no clients or users yet."""
        self._lock = threading.RLock()
        self.clock: Callable[[], float] = clock
        self.code_ttl: float = code_ttl
        self.access_token_ttl: int = 3600
        self.legacy_expires: bool = False
        self.throttle_status: int = 400
        self.trailing_ampersand: bool = False
        self.pkce_error: str = "invalid_code"
        self.refresh_limit: int = 10
        self.refresh_window: float = 600.0
        self.max_refresh_tokens: int = 20
        self.max_active_access_tokens: int | None = None
        self.accept_bearer: bool = False
        self._clients: dict[str, Client] = {}
        self._users: dict[str, User] = {}
        self._codes: dict[str, GrantCode] = {}
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, RefreshToken] = {}
        self._sessions: dict[str, str] = {}
        self._pending: dict[str, PendingConsent] = {}
        self._requests: list[RecordedRequest] = []
        self._zuids = itertools.count(700000001)

    # -- URLs (the server knows its address) --------------------------------------------

    def accounts_url(self, dc: str) -> str:
        """The fake accounts server of ``dc``."""
        raise NotImplementedError

    def api_domain(self, dc: str) -> str:
        """The fake API domain of ``dc`` (what the token answer calls ``api_domain``)."""
        raise NotImplementedError

    # -- configuration ------------------------------------------------------------------

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Use ``clock`` (seconds, like ``time.time``) for every time decision from now."""
        self.clock = clock

    def register_client(
        self,
        client_id: str,
        client_secret: str,
        redirect_uris: Iterable[str] = (),
        client_type: str = "server",
        data_centers: Iterable[str] | None = None,
        secrets_by_dc: Mapping[str, str] | None = None,
        *,
        name: str | None = None,
        owner: str = PRACTICE_EMAIL,
    ) -> None:
        """Register (or replace) an OAuth client, as the API console would.

        Args:
            client_id: The client ID.
            client_secret: The secret common to all data centers.
            redirect_uris: Registered redirect URIs (compared exactly).
            client_type: ``server`` (Server-based) or ``desktop`` (Mobile/Desktop: PKCE
                required).
            data_centers: Data centers the client works in; None means Multi-DC is on for
                all of them.
            secrets_by_dc: Per-DC secrets (Multi-DC "unique secret" setting).
            name: What the consent page calls the app (default: the client ID).
            owner: The user a ``client_credentials`` token acts for.

        Raises:
            ValueError: unknown client type or data center.
        """
        if client_type not in CLIENT_TYPES:
            raise ValueError(f"client_type must be one of {CLIENT_TYPES}")
        uris = (redirect_uris,) if isinstance(redirect_uris, str) else tuple(redirect_uris)
        dcs = None if data_centers is None else frozenset(_check_dc(d) for d in data_centers)
        per_dc = {_check_dc(d): s for d, s in (secrets_by_dc or {}).items()}
        client = Client(
            client_id, client_secret, uris, client_type, dcs, per_dc, name or client_id, owner
        )
        with self._lock:
            self._clients[client_id] = client

    def add_user(
        self,
        email: str,
        password: str | None = None,
        home_dc: str | None = "us",
        name: str | None = None,
        organizations: Iterable[Mapping[str, Any]] | None = None,
    ) -> None:
        """Add (or replace) a user who can sign in.

        Args:
            email: Sign-in email (compared case-insensitively).
            password: The password, or None to accept any password.
            home_dc: The user's data center; signing in elsewhere redirects there. None
                means the user stays wherever they signed in.
            name: Display name (default: derived from the email).
            organizations: Books organizations; None gives the two practice ones.

        Raises:
            ValueError: unknown data center.
        """
        if home_dc is not None:
            _check_dc(home_dc)
        orgs = (
            default_organizations()
            if organizations is None
            else [copy.deepcopy(dict(org)) for org in organizations]
        )
        display = name or email.split("@", 1)[0].replace(".", " ").title()
        with self._lock:
            user = User(email, password, home_dc, display, str(next(self._zuids)), orgs)
            self._users[email.strip().lower()] = user

    def user(self, email: str) -> User | None:
        """The user with this email, if any."""
        with self._lock:
            return self._users.get(email.strip().lower())

    def client(self, client_id: str) -> Client | None:
        """The client with this ID, if any."""
        with self._lock:
            return self._clients.get(client_id)

    # -- recording ----------------------------------------------------------------------

    def record(self, request: RecordedRequest) -> None:
        """Append a received request (thread-safe)."""
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, endpoint: str) -> list[RecordedRequest]:
        """The received requests for one endpoint name, oldest first."""
        with self._lock:
            return [r for r in self._requests if r.endpoint == endpoint]

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    def issued_secrets(self) -> set[str]:
        """Every grant code, access token and refresh token ever issued."""
        with self._lock:
            return set(self._codes) | set(self._access) | set(self._refresh)

    # -- browser sessions and consent ---------------------------------------------------

    def sign_in(self, email: str, password: str) -> tuple[str | None, User | None]:
        """Check a sign-in. Returns ``(session id, user)``; the session is None on failure.

        The user is returned when the email is known, so the page can say which part was
        wrong.
        """
        user = self.user(email)
        if user is None or not user.accepts(password):
            return None, user
        session_id = secrets.token_urlsafe(24)
        with self._lock:
            self._sessions[session_id] = user.email.lower()
        return session_id, user

    def session_user(self, session_id: str | None) -> User | None:
        """The user signed in on this browser session, if any."""
        if not session_id:
            return None
        with self._lock:
            email = self._sessions.get(session_id)
            return None if email is None else self._users.get(email)

    def sign_out(self, session_id: str | None) -> None:
        """End a browser session."""
        if session_id:
            with self._lock:
                self._sessions.pop(session_id, None)

    def parse_auth_request(self, query: Mapping[str, str]) -> AuthRequest:
        """Validate an ``/oauth/v2/auth`` query.

        Raises:
            AuthRequestError: with the title of the page Zoho would show (no redirect).
        """
        client = self.client(query.get("client_id", ""))
        if client is None:
            raise AuthRequestError(
                "Invalid client",
                "The application's client ID is not registered with Zoho Accounts.",
                (query.get("client_id", ""),),
            )
        redirect_uri = query.get("redirect_uri", "")
        if redirect_uri not in client.redirect_uris:
            raise AuthRequestError(
                "Invalid Redirect Uri",
                "The redirect URI does not match any redirect URI registered for this client.",
                (redirect_uri,),
            )
        if query.get("response_type") != "code":
            raise AuthRequestError(
                "Invalid response type",
                "Only response_type=code is supported.",
                (query.get("response_type", ""),),
            )
        requested = scope_catalog.split(query.get("scope", ""))
        if not requested:
            raise AuthRequestError("Invalid scope", "No scope was requested.")
        unknown = unknown_scopes(requested)
        if unknown:
            raise AuthRequestError(
                "Invalid scope", "These scopes are not valid OAuth scopes:", tuple(unknown)
            )
        access_type = query.get("access_type", "online").lower()
        if access_type not in ("online", "offline"):
            raise AuthRequestError(
                "Invalid request", "access_type must be online or offline.", (access_type,)
            )
        challenge = query.get("code_challenge") or None
        method = query.get("code_challenge_method") or "plain"
        if client.client_type == "desktop" and challenge is None:
            raise AuthRequestError(
                "Invalid request",
                "Mobile and desktop clients must send code_challenge (PKCE).",
            )
        if challenge is not None and method not in ("S256", "plain"):
            raise AuthRequestError(
                "Invalid request", "code_challenge_method must be S256 or plain.", (method,)
            )
        return AuthRequest(
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            scopes=requested,
            state=query.get("state"),
            offline=access_type == "offline",
            force_consent=query.get("prompt", "").lower() == "consent",
            code_challenge=challenge,
            challenge_method=method,
        )

    def add_pending(self, session_id: str, dc: str, email: str, request: AuthRequest) -> str:
        """Remember a consent page on screen; returns its opaque request id."""
        request_id = secrets.token_urlsafe(18)
        with self._lock:
            self._pending[request_id] = PendingConsent(request_id, session_id, dc, email, request)
        return request_id

    def pop_pending(self, request_id: str, session_id: str | None) -> PendingConsent | None:
        """Take a pending consent (once), if it belongs to this browser session."""
        with self._lock:
            pending = self._pending.get(request_id)
            if pending is None or pending.session_id != session_id:
                return None
            del self._pending[request_id]
            return pending

    def issue_code(self, dc: str, email: str, request: AuthRequest) -> str:
        """Issue a redirect-flow grant code at ``dc`` for an accepted consent."""
        code = new_token()
        with self._lock:
            self._codes[code] = GrantCode(
                code=code,
                client_id=request.client_id,
                dc=dc,
                email=email,
                scopes=request.scopes,
                redirect_uri=request.redirect_uri,
                offline=request.offline,
                force_consent=request.force_consent,
                code_challenge=request.code_challenge,
                challenge_method=request.challenge_method,
                issued_at=self.clock(),
                ttl=float(self.code_ttl),
            )
        return code

    def generate_self_client_code(
        self,
        client_id: str,
        scopes: str | Iterable[str],
        expiry_minutes: float = 3,
        dc: str = "us",
        email: str = PRACTICE_EMAIL,
    ) -> str:
        """What the API console's Self Client "Generate Code" tab does.

        The code needs no ``redirect_uri`` at the token endpoint, lives
        ``expiry_minutes * 60`` seconds of ``clock()``, and its exchange always returns a
        refresh token.

        Raises:
            ValueError: unknown client, user, data center or scope.
        """
        _check_dc(dc)
        if self.client(client_id) is None:
            raise ValueError(f"unknown client {client_id!r}")
        user = self.user(email)
        if user is None:
            raise ValueError(f"unknown user {email!r}")
        wanted = scope_catalog.split(scopes if isinstance(scopes, str) else ",".join(scopes))
        if not wanted or unknown_scopes(wanted):
            raise ValueError(f"invalid scopes: {unknown_scopes(wanted) or 'none given'}")
        if expiry_minutes <= 0:
            raise ValueError("expiry_minutes must be positive")
        code = new_token()
        with self._lock:
            self._codes[code] = GrantCode(
                code=code,
                client_id=client_id,
                dc=dc,
                email=user.email,
                scopes=wanted,
                redirect_uri=None,
                offline=True,
                force_consent=True,
                code_challenge=None,
                challenge_method="plain",
                issued_at=self.clock(),
                ttl=float(expiry_minutes) * 60.0,
            )
        return code

    # -- token endpoint -----------------------------------------------------------------

    def token_grant(self, dc: str, params: Mapping[str, str]) -> Answer:
        """Answer ``POST /oauth/v2/token`` at ``dc`` with merged query and form params."""
        grant_type = params.get("grant_type", "")
        with self._lock:
            if grant_type == "authorization_code":
                return self._grant_code(dc, params)
            if grant_type == "refresh_token":
                return self._grant_refresh(dc, params)
            if grant_type == "client_credentials":
                return self._grant_client_credentials(dc, params)
        return _error("unsupported_grant_type")

    def _client_at(self, dc: str, client_id: str) -> Client | None:
        client = self._clients.get(client_id)
        if client is None or not client.enabled_in(dc):
            return None
        return client

    def _grant_code(self, dc: str, params: Mapping[str, str]) -> Answer:
        client = self._client_at(dc, params.get("client_id", ""))
        if client is None:
            return _error("invalid_client")
        grant = self._codes.get(params.get("code", ""))
        if grant is None:
            return _error("invalid_code")
        if grant.dc != dc or grant.client_id != client.client_id:
            return _error("invalid_client")
        now = self.clock()
        if grant.used or now - grant.issued_at > grant.ttl:
            return _error("invalid_code")
        if not _same(params.get("client_secret", ""), client.secret_for(dc)):
            return _error("invalid_client_secret")
        if grant.redirect_uri is not None and params.get("redirect_uri") != grant.redirect_uri:
            return _error("invalid_redirect_uri")
        if grant.code_challenge is not None:
            verifier = params.get("code_verifier", "")
            expected = pkce_challenge(verifier, grant.challenge_method)
            if not verifier or not _same(expected, grant.code_challenge):
                return _error(self.pkce_error)
        grant.used = True
        refresh: RefreshToken | None = None
        if grant.offline and (
            grant.force_consent or not self._live_refresh_tokens(grant.email, client.client_id)
        ):
            refresh = self._mint_refresh(client.client_id, grant.email, dc, grant.scopes, now)
        access = self._mint_access(
            client.client_id, grant.email, dc, grant.scopes, now, refresh.token if refresh else None
        )
        return Answer(200, self._token_body(access, refresh))

    def _grant_refresh(self, dc: str, params: Mapping[str, str]) -> Answer:
        client = self._client_at(dc, params.get("client_id", ""))
        if client is None:
            return _error("invalid_client")
        if not _same(params.get("client_secret", ""), client.secret_for(dc)):
            return _error("invalid_client_secret")
        refresh = self._refresh.get(params.get("refresh_token", ""))
        if refresh is None or refresh.revoked or refresh.client_id != client.client_id:
            return _error("invalid_code")
        if refresh.dc != dc:
            return _error("invalid_client")
        now = self.clock()
        refresh.mints = [t for t in refresh.mints if now - t < self.refresh_window]
        if len(refresh.mints) >= self.refresh_limit:
            return Answer(self.throttle_status, dict(THROTTLE_BODY))
        refresh.mints.append(now)
        access = self._mint_access(
            client.client_id, refresh.email, dc, refresh.scopes, now, refresh.token
        )
        if self.max_active_access_tokens is not None:
            live = [
                a
                for a in self._access.values()
                if a.refresh == refresh.token and self._access_alive(a, now)
            ]
            for old in live[: max(0, len(live) - self.max_active_access_tokens)]:
                old.revoked = True
        return Answer(200, self._token_body(access, None))

    def _grant_client_credentials(self, dc: str, params: Mapping[str, str]) -> Answer:
        client = self._client_at(dc, params.get("client_id", ""))
        if client is None:
            return _error("invalid_client")
        if not _same(params.get("client_secret", ""), client.secret_for(dc)):
            return _error("invalid_client_secret")
        wanted = scope_catalog.split(params.get("scope", ""))
        if not wanted or unknown_scopes(wanted):
            return _error("invalid_scope")
        access = self._mint_access(client.client_id, client.owner, dc, wanted, self.clock(), None)
        return Answer(200, self._token_body(access, None))

    def _live_refresh_tokens(self, email: str, client_id: str) -> list[RefreshToken]:
        return [
            r
            for r in self._refresh.values()
            if not r.revoked and r.email == email and r.client_id == client_id
        ]

    def _mint_refresh(
        self, client_id: str, email: str, dc: str, scopes: tuple[str, ...], now: float
    ) -> RefreshToken:
        live = self._live_refresh_tokens(email, client_id)
        # The 21st silently deletes the oldest, "irrespective of whether it is in use".
        for old in live[: max(0, len(live) - self.max_refresh_tokens + 1)]:
            self._revoke_refresh(old)
        token = RefreshToken(new_token(), client_id, email, dc, scopes, now)
        self._refresh[token.token] = token
        return token

    def _mint_access(
        self,
        client_id: str,
        email: str,
        dc: str,
        scopes: tuple[str, ...],
        now: float,
        refresh: str | None,
    ) -> AccessToken:
        token = AccessToken(
            new_token(), client_id, email, dc, scopes, now, now + self.access_token_ttl, refresh
        )
        self._access[token.token] = token
        return token

    def _token_body(self, access: AccessToken, refresh: RefreshToken | None) -> dict[str, Any]:
        body: dict[str, Any] = {"access_token": access.token}
        if refresh is not None:
            body["refresh_token"] = refresh.token
        body["scope"] = " ".join(access.scopes)
        if self.legacy_expires:
            body["expires_in_sec"] = self.access_token_ttl
        body["api_domain"] = self.api_domain(access.dc)
        body["token_type"] = "Bearer"
        body["expires_in"] = self.access_token_ttl * (1000 if self.legacy_expires else 1)
        return body

    def _access_alive(self, access: AccessToken, now: float) -> bool:
        return not access.revoked and now < access.expires_at

    def _revoke_refresh(self, refresh: RefreshToken) -> None:
        refresh.revoked = True
        for access in self._access.values():
            if access.refresh == refresh.token:
                access.revoked = True

    # -- revoke -------------------------------------------------------------------------

    def revoke(self, dc: str, token: str) -> Answer:
        """Classic ``POST /oauth/v2/token/revoke?token=…`` (refresh or access token)."""
        with self._lock:
            refresh = self._refresh.get(token)
            if refresh is not None and refresh.dc == dc and not refresh.revoked:
                self._revoke_refresh(refresh)
                return Answer(200, {"status": "success"})
            access = self._access.get(token)
            if access is not None and access.dc == dc and not access.revoked:
                access.revoked = True
                return Answer(200, {"status": "success"})
        return Answer(400, {"status": "failure", "error": "invalid_token"})

    def revoke_for_client(
        self, dc: str, client_id: str, client_secret: str, token: str, token_type: str
    ) -> Answer:
        """Newer ``POST /oauth/v2/revoke/token`` (client authenticated by Basic auth)."""
        with self._lock:
            client = self._client_at(dc, client_id)
            if client is None or not _same(client_secret, client.secret_for(dc)):
                return Answer(401, {"status": "failure", "error": "invalid_client"})
            if token_type not in ("", "refresh_token", "access_token"):
                return Answer(400, {"status": "failure", "error": "unsupported_token_type"})
            if token_type in ("", "refresh_token"):
                refresh = self._refresh.get(token)
                if (
                    refresh is not None
                    and refresh.dc == dc
                    and refresh.client_id == client_id
                    and not refresh.revoked
                ):
                    self._revoke_refresh(refresh)
                    return Answer(200, {"status": "success"})
            if token_type in ("", "access_token"):
                access = self._access.get(token)
                if (
                    access is not None
                    and access.dc == dc
                    and access.client_id == client_id
                    and not access.revoked
                ):
                    access.revoked = True
                    return Answer(200, {"status": "success"})
        return Answer(400, {"status": "failure", "error": "invalid_token"})

    # -- API authentication -------------------------------------------------------------

    def access_token_from_header(self, header: str | None) -> AccessToken | None:
        """The access token named by ``Authorization: Zoho-oauthtoken <token>``.

        None when the header is missing, malformed or names a token never issued (Books
        code 14). A returned token may still be expired, revoked or from another DC.
        """
        if not header:
            return None
        scheme, _, value = header.strip().partition(" ")
        schemes = {"zoho-oauthtoken"} | ({"bearer"} if self.accept_bearer else set())
        if scheme.lower() not in schemes or not value.strip():
            return None
        with self._lock:
            return self._access.get(value.strip())

    def access_token_usable(self, access: AccessToken, dc: str) -> bool:
        """Whether ``access`` is alive (not expired or revoked) and belongs to ``dc``."""
        with self._lock:
            return access.dc == dc and self._access_alive(access, self.clock())
