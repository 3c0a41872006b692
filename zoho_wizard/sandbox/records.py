"""The records the sandbox model keeps (clients, users, codes, tokens) and pure rules over them.

Nothing here holds a lock or a clock: :mod:`zoho_wizard.sandbox.state` and the rule
mixins (:mod:`~zoho_wizard.sandbox.consent`, :mod:`~zoho_wizard.sandbox.tokens`) own the
live state.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.datacenters import DATA_CENTERS, by_id

NEW_DC = "nx"
"""A made-up data center only the sandbox's serverinfo lists (the wizard's built-in table
does not): it stands for one Zoho opens after a release of the wizard."""

DC_IDS: tuple[str, ...] = (*(dc.id for dc in DATA_CENTERS), NEW_DC)
"""Every data center the sandbox serves: the wizard's table's, and :data:`NEW_DC`."""
PROFILE_SCOPE = "AaaServer.profile.Read"
CLIENT_TYPES = ("server", "desktop", "self", "device")
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


def same_secret(given: str, expected: str) -> bool:
    """Compare a presented secret with the expected one in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


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
        return self.password is None or same_secret(password, self.password)


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
    # The one organization a client-credentials token is for (its soid); None: every
    # organization of its user.
    organization: str | None = None


@dataclass
class DeviceGrant:
    """A device sign-in: its codes, and what the person said on the verification page.

    ``status`` is ``pending``, ``approved`` or ``denied``; ``approved_dc`` is where the
    approving user's account lives (polls elsewhere answer ``other_dc``).
    """

    device_code: str
    user_code: str
    client_id: str
    dc: str
    scopes: tuple[str, ...]
    offline: bool
    force_consent: bool
    issued_at: float
    ttl: float
    status: str = "pending"
    email: str = ""
    approved_dc: str = ""
    last_poll: float | None = None
    used: bool = False


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


def check_dc(dc: str) -> str:
    """``dc`` itself if it is a known data center; ValueError otherwise."""
    if dc not in DC_IDS:
        raise ValueError(f"unknown data center {dc!r}; expected one of {DC_IDS}")
    return dc


def dc_label(dc: str) -> str:
    """What the pages call data center ``dc`` (the table's name, or a made-up one's)."""
    try:
        return by_id(dc).label
    except KeyError:
        return f"Next data center ({dc}, sandbox only)"
