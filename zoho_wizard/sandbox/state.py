"""The sandbox model's state: one lock, the clock, the switches, the registry and the log.

:class:`ModelState` holds every piece of state the rule mixins work on, so all of it is
listed in one place and guarded by one re-entrant lock. It also keeps the registry
(clients and users, as the API console and sign-up would) and the log of received
requests. The rules live in :mod:`~zoho_wizard.sandbox.consent` (browser sessions and
consent) and :mod:`~zoho_wizard.sandbox.tokens` (codes, tokens, revoke, API auth).
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from zoho_wizard.sandbox.incoming import RecordedRequest
from zoho_wizard.sandbox.practice import PRACTICE_EMAIL, default_organizations
from zoho_wizard.sandbox.records import (
    CLIENT_TYPES,
    AccessToken,
    Client,
    DeviceGrant,
    GrantCode,
    PendingConsent,
    RefreshToken,
    User,
    check_dc,
)


class ModelState:
    """State, registry and request log of the fake Zoho (see :class:`SandboxModel`)."""

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
        # Issue 12's dialect and token-endpoint switches (see SandboxModel's list).
        self.deny_without_state: bool = False
        self.plain_oauth: bool = False
        self.send_iss: bool = False
        self.scope_in_code_response: bool = False
        self.failed_exchange_spends_code: bool = False
        self.refresh_tokens_per_minute: int | None = None
        self.refresh_token_cap_per: str = "user"
        self.missing_organization_code: int = 6041
        self.missing_scope_status: int = 401
        self.auth_error_status: int = 400
        self.soid_error: str = "missing_org_info"
        # Device sign-in (sandbox/device.py; SandboxModel lists them).
        self.device_code_ttl: float = 300.0
        self.device_interval: float = 30.0
        self.device_min_interval: float = 30.0
        self.device_units: str = "ms"
        self.device_complete_uri: bool = True
        self.device_slow_down: int = 0
        self.device_other_dc: str | None = None
        self.device_expired: bool = False
        self._device: dict[str, DeviceGrant] = {}
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

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` of the server that serves this model."""
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
            client_type: ``server`` (Server-based Applications), ``desktop``
                (Mobile-based Applications: PKCE required), ``self`` (a Self Client: the
                only kind the client-credentials grant accepts) or ``device`` (Non-browser
                Applications: device sign-in only, no redirect URI).
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
        dcs = None if data_centers is None else frozenset(check_dc(d) for d in data_centers)
        per_dc = {check_dc(d): s for d, s in (secrets_by_dc or {}).items()}
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
            check_dc(home_dc)
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
