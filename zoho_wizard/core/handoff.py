"""Handing a connection's access to another program: what it gets, and in which shape.

``zoho-wizard run NAME -- COMMAND`` and ``zoho-wizard token NAME --format FORMAT`` give the
firm's other tools (PowerShell, R, curl, rclone, MCP servers, anything with a
``credential_process`` hook) what they need to call Zoho Books, and nothing more: a fresh
access token, its expiry, the API domain, the Books API base URL and the organization ID.
The refresh token and the client secret never leave this program.

Everything decided here is pure (no processes, no network): the environment a command
gets (:func:`child_environment`), the text each token format prints
(:func:`format_token`), when a command's token file is rewritten (:func:`rewrite_at`,
:func:`renewal_validity`, :func:`retry_at`), how a command's end becomes our exit code
(:func:`exit_status`). :class:`Handoff` is the one value all of them read; it is taken
from a connection by :meth:`Handoff.from_connection`, which uses only the interface every
kind of connection offers (:class:`HandedConnection`).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from zoho_wizard.core import errors
from zoho_wizard.core.endpoints import ENV_ACCOUNTS_URL, ENV_API_URL
from zoho_wizard.core.product import AUTHORIZATION_SCHEME, authorization_header
from zoho_wizard.core.store import write_atomic

if TYPE_CHECKING:
    from zoho_wizard.core.product import Product

__all__ = [
    "ENV_API_DOMAIN",
    "ENV_BOOKS_API",
    "ENV_CONNECTION",
    "ENV_EXPIRES_AT",
    "ENV_EXPIRES_ON",
    "ENV_ORGANIZATION_ID",
    "ENV_TOKEN",
    "ENV_TOKEN_FILE",
    "REWRITE_LEAD",
    "HandedConnection",
    "Handoff",
    "TokenFileError",
    "TokenFormat",
    "check_token_file",
    "child_environment",
    "exit_status",
    "format_token",
    "renewal_validity",
    "retry_at",
    "rewrite_at",
    "write_token_file",
]

# --- what a command gets in its environment --------------------------------------------------

ENV_TOKEN = "ZOHO_ACCESS_TOKEN"
ENV_EXPIRES_AT = "ZOHO_ACCESS_TOKEN_EXPIRES_AT"  # seconds since 1970 (UTC), an integer
ENV_EXPIRES_ON = "ZOHO_ACCESS_TOKEN_EXPIRES_ON"  # the same moment in ISO 8601, UTC ("…Z")
ENV_TOKEN_FILE = "ZOHO_ACCESS_TOKEN_FILE"  # only with --refresh-file
ENV_API_DOMAIN = "ZOHO_API_DOMAIN"
ENV_BOOKS_API = "ZOHO_BOOKS_API"
ENV_ORGANIZATION_ID = "ZOHO_ORGANIZATION_ID"
ENV_CONNECTION = "ZOHO_CONNECTION"

# The one namespace a command's Zoho settings live in. Every ZOHO_* variable this program
# inherited is dropped before ours are added: a stale token (or token file) from an outer
# ``zoho-wizard run``, and whatever Zoho secret a person keeps in their shell profile
# (ZOHO_REFRESH_TOKEN, ZOHO_CLIENT_SECRET, …), never reach the command by way of us. The
# server overrides are addresses, not secrets, and a ``zoho-wizard`` the command runs must
# keep agreeing with the API domain it was given.
_ZOHO_PREFIX = "ZOHO_"
_PASSED_THROUGH = frozenset({ENV_ACCOUNTS_URL, ENV_API_URL})


class _NamedProfile(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def organization_id(self) -> str: ...


class _CachedToken(Protocol):
    @property
    def access_token(self) -> str: ...
    @property
    def expires_at(self) -> float: ...


class HandedConnection(Protocol):
    """What a handoff reads of a connection: the interface both saved connections (with a
    refresh token) and unattended ones (client credentials) offer."""

    @property
    def profile(self) -> _NamedProfile:
        """Its settings (name and organization are read)."""
        ...

    @property
    def api_domain(self) -> str:
        """Where API calls go now."""
        ...

    @property
    def product(self) -> Product:
        """The Zoho product (its API base URL is read)."""
        ...

    def access_token(self, *, min_validity: float = ...) -> str:
        """A token valid for at least ``min_validity`` seconds."""
        ...

    def cached_token(self) -> _CachedToken | None:
        """The cached token and its expiry, if any."""
        ...

    def not_zoho_hosts(self) -> tuple[str, ...]:
        """The hosts its keys go to that are not Zoho's."""
        ...


@dataclass(frozen=True)
class Handoff:
    """A connection's access as another program receives it.

    Attributes:
        connection: The connection's name.
        access_token: The access token (never shown in a repr).
        expires_at: When it expires, seconds since 1970; None when unknown.
        obtained_at: When it was handed over (the clock the expiry was compared with).
        api_domain: Where API calls go, e.g. ``https://www.zohoapis.com``.
        books_api: The Books API base URL, e.g. ``https://www.zohoapis.com/books/v3``.
        organization_id: The organization every Books call names.
        not_zoho: The hosts the token goes to that are not Zoho's (practice, overrides).
    """

    connection: str
    access_token: str = field(repr=False)
    expires_at: float | None
    obtained_at: float
    api_domain: str
    books_api: str
    organization_id: str
    not_zoho: tuple[str, ...] = ()

    @classmethod
    def from_connection(
        cls, conn: HandedConnection, *, min_validity: float, clock: Callable[[], float]
    ) -> Handoff:
        """Take a token valid for at least ``min_validity`` seconds from ``conn``.

        The expiry is the cache's when the cache still holds that very token; when
        another program refreshed in between, the newer cached token is handed over
        instead (it is valid for longer).

        Raises:
            ZohoWizardError: whatever getting a token raises (throttled, reconnect, …).
        """
        token = conn.access_token(min_validity=min_validity)
        now = clock()
        cached = conn.cached_token()
        expires_at: float | None = None
        if cached is not None and cached.access_token == token:
            expires_at = cached.expires_at
        elif cached is not None and cached.access_token and cached.expires_at - now > min_validity:
            token, expires_at = cached.access_token, cached.expires_at
        return cls(
            connection=conn.profile.name,
            access_token=token,
            expires_at=expires_at,
            obtained_at=now,
            api_domain=conn.api_domain,
            books_api=conn.product.api_base(conn.api_domain),
            organization_id=conn.profile.organization_id,
            not_zoho=tuple(conn.not_zoho_hosts()),
        )

    @property
    def expires_epoch(self) -> int | None:
        """The expiry in whole seconds, rounded down (never later than the real one)."""
        return None if self.expires_at is None else math.floor(self.expires_at)

    @property
    def expires_iso(self) -> str | None:
        """The expiry in ISO 8601, UTC, to the second: ``2026-12-02T09:10:00Z``."""
        epoch = self.expires_epoch
        if epoch is None:
            return None
        moment = dt.datetime.fromtimestamp(epoch, tz=dt.UTC)
        return moment.isoformat().replace("+00:00", "Z")


def child_environment(
    parent: Mapping[str, str], handoff: Handoff, token_file: str | None = None
) -> dict[str, str]:
    """The environment a command started by ``zoho-wizard run`` gets.

    The parent's environment, without any ``ZOHO_*`` variable (but the server overrides),
    plus: ``ZOHO_ACCESS_TOKEN``, ``ZOHO_ACCESS_TOKEN_EXPIRES_AT`` (epoch seconds) and
    ``ZOHO_ACCESS_TOKEN_EXPIRES_ON`` (ISO 8601; both left out when the expiry is unknown),
    ``ZOHO_API_DOMAIN``, ``ZOHO_BOOKS_API``, ``ZOHO_ORGANIZATION_ID``, ``ZOHO_CONNECTION``,
    and with a token file ``ZOHO_ACCESS_TOKEN_FILE``. Never the refresh token or the
    client secret: this program does not even read them here.
    """
    env = {
        key: value
        for key, value in parent.items()
        # (Windows' variable names ignore case: Zoho_Access_Token is ZOHO_ACCESS_TOKEN.)
        if not key.upper().startswith(_ZOHO_PREFIX) or key.upper() in _PASSED_THROUGH
    }
    env[ENV_TOKEN] = handoff.access_token
    if handoff.expires_epoch is not None and handoff.expires_iso is not None:
        env[ENV_EXPIRES_AT] = str(handoff.expires_epoch)
        env[ENV_EXPIRES_ON] = handoff.expires_iso
    env[ENV_API_DOMAIN] = handoff.api_domain
    env[ENV_BOOKS_API] = handoff.books_api
    env[ENV_ORGANIZATION_ID] = handoff.organization_id
    env[ENV_CONNECTION] = handoff.connection
    if token_file is not None:
        env[ENV_TOKEN_FILE] = token_file
    return env


# --- token formats ------------------------------------------------------------------------


class TokenFormat(enum.Enum):
    """What ``zoho-wizard token NAME --format FORMAT`` prints."""

    PLAIN = "plain"  # the token alone: $(zoho-wizard token NAME), bearer_token_command
    JSON = "json"  # token, expiry, API domain, Books API, organization (like az's)
    HEADER = "header"  # "Authorization: Zoho-oauthtoken …" (curl -H, PowerShell)
    CREDENTIAL_PROCESS = "credential-process"  # AWS's credential_process JSON shape


def format_token(handoff: Handoff, fmt: TokenFormat) -> str:
    """The text ``token --format`` prints (without the final newline).

    ``json`` keeps every field the older ``--json`` printed (``access_token``,
    ``expires_at`` in epoch seconds, ``api_domain``, ``books_api``, ``organization_id``,
    ``not_zoho``, ``authorization_header``) and adds ``expires_on`` (ISO 8601),
    ``token_type`` and ``connection``. Note that Azure's ``az account get-access-token``
    uses ``expires_on`` for epoch seconds; here the epoch is ``expires_at`` and
    ``expires_on`` is the date and time, as in the environment ``run`` sets.

    ``credential-process`` is AWS's documented shape (``Version`` 1, ``AccessKeyId``,
    ``SecretAccessKey``, ``SessionToken``, ``Expiration`` in ISO 8601) mapped onto a Zoho
    token: the token is the short-lived session credential, so it is ``SessionToken``, and
    also ``SecretAccessKey``, which AWS's readers require; ``AccessKeyId``, the public
    half of an AWS key pair, is the organization ID every Books call names.
    ``Expiration`` makes such readers run the command again before the token expires.
    """
    if fmt is TokenFormat.PLAIN:
        return handoff.access_token
    header = authorization_header(handoff.access_token)["Authorization"]
    if fmt is TokenFormat.HEADER:
        return f"Authorization: {header}"
    if fmt is TokenFormat.CREDENTIAL_PROCESS:
        shape: dict[str, object] = {
            "Version": 1,
            "AccessKeyId": handoff.organization_id,
            "SecretAccessKey": handoff.access_token,
            "SessionToken": handoff.access_token,
        }
        if handoff.expires_iso is not None:
            shape["Expiration"] = handoff.expires_iso
        return json.dumps(shape)
    return json.dumps(
        {
            "access_token": handoff.access_token,
            "token_type": AUTHORIZATION_SCHEME,
            "expires_at": handoff.expires_epoch,
            "expires_on": handoff.expires_iso,
            "api_domain": handoff.api_domain,
            "books_api": handoff.books_api,
            "organization_id": handoff.organization_id,
            "connection": handoff.connection,
            "not_zoho": list(handoff.not_zoho),
            "authorization_header": header,
        },
    )


# --- the token file a long-running command re-reads ------------------------------------------

#: Rewrite the token file this long before the token in it expires (at most half the
#: token's lifetime, so a short-lived token is not rewritten over and over).
REWRITE_LEAD = 300.0
#: Never rewrite more often than this, whatever the token's lifetime says.
_MIN_GAP = 1.0
#: When the expiry is unknown, look again this often.
_UNKNOWN_EXPIRY_RECHECK = 60.0
#: After a failed renewal (Zoho unreachable, …), try again this much later.
_RETRY_AFTER_FAILURE = 30.0


def rewrite_at(handoff: Handoff) -> float:
    """When the token file holding ``handoff``'s token is rewritten next.

    :data:`REWRITE_LEAD` (5 minutes) before the token expires; for a token that lives less
    than twice that, halfway through its life.
    """
    if handoff.expires_at is None:
        return handoff.obtained_at + _UNKNOWN_EXPIRY_RECHECK
    lifetime = max(0.0, handoff.expires_at - handoff.obtained_at)
    lead = min(REWRITE_LEAD, lifetime / 2)
    return max(handoff.expires_at - lead, handoff.obtained_at + _MIN_GAP)


def renewal_validity(handoff: Handoff, now: float) -> float:
    """The validity to ask the connection for when the file is rewritten: more than the
    file's token has left, so the connection's cache is reused only when it holds a newer
    token (another program refreshed meanwhile), and refreshes otherwise."""
    if handoff.expires_at is None:
        return REWRITE_LEAD
    return max(0.0, handoff.expires_at - now) + 1.0


def retry_at(now: float, retry_after: float | None = None) -> float:
    """When to try a failed renewal again: when Zoho said (too many requests), else soon.
    The file keeps the older token meanwhile, which may still be valid."""
    return now + (retry_after if retry_after is not None else _RETRY_AFTER_FAILURE)


class TokenFileError(errors.ZohoWizardError):
    """The path given to ``--refresh-file`` cannot be used."""

    default_message = "The token file cannot be written there."
    default_fix = "Name a new file in a folder of your own with --refresh-file."
    action = errors.Action.NONE


def check_token_file(path: Path) -> Path:
    """The absolute path of a new token file at ``path``.

    The file must not exist yet: it is removed when the command ends, and a file of the
    person's own must never be replaced or deleted by mistake.

    Raises:
        TokenFileError: ``path`` exists, or its folder does not.
    """
    absolute = Path(os.path.abspath(path))
    if absolute.exists() or absolute.is_symlink():
        raise TokenFileError(
            f"{absolute} already exists.",
            "Name a new file: zoho-wizard writes it, and removes it when the command ends. "
            "If an earlier run left it behind, delete it first.",
        )
    if not absolute.parent.is_dir():
        raise TokenFileError(
            f"The folder {absolute.parent} does not exist.",
            "Name a file in a folder that exists.",
        )
    return absolute


def write_token_file(path: Path, access_token: str) -> None:
    """Write the token file: the token alone, no newline (as Kubernetes' and Vault Agent's
    token files), private to this user (0600: it is made by ``mkstemp``) and atomically,
    so a reader sees the old token or the new one, never half of one.

    On Windows the file takes its folder's permissions (a folder under the user's profile
    is private to them), and replacing a file another program holds open without
    ``FILE_SHARE_DELETE`` fails for a moment: the caller retries.
    """
    write_atomic(path, access_token)


def exit_status(returncode: int, *, windows: bool = os.name == "nt") -> int:
    """Our exit code for a command that ended with ``returncode`` (``Popen.returncode``).

    Killed by signal N (a negative returncode on POSIX): 128 + N, as shells report it. On
    Windows an exit code is an unsigned 32-bit value (0xC000013A after Ctrl+C); Python's
    ``sys.exit`` takes a C long there, so the same bits are passed as a signed number.
    """
    if returncode < 0 and not windows:
        return 128 - returncode
    if windows and returncode > 0x7FFFFFFF:
        return returncode - 0x1_0000_0000
    return returncode
