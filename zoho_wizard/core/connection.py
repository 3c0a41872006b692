"""A saved connection in use: fresh access tokens, safely shared between processes.

The wizard, a nightly export and a reconciliation script may all want a token at the
same moment. Refreshing is done under a per-connection file lock, and the cached access
token is re-read after taking the lock, so three processes make one refresh between them
and nobody overwrites a newer token with an older one. A cached token is reused until it
is about to expire, which keeps normal use far below Zoho's limit of 10 refreshes per
refresh token per 10 minutes. After Zoho says "too many requests", the time to wait is
remembered and nobody asks again before it has passed.

A connection for scheduled jobs (``Profile.kind == "unattended"``, a Self Client's) has no
refresh token: its access tokens come from the client-credentials grant
(:mod:`zoho_wizard.core.self_client`), cached and asked for in exactly the same way.

What the connections file says is checked before a key goes anywhere: its accounts server
and API domain must be on the data-center list (the table, Zoho's serverinfo), the
override given now, or this computer (:meth:`Endpoints.check_saved
<zoho_wizard.core.endpoints.Endpoints.check_saved>`). The API override applies while it is
given and is never saved (:attr:`SavedConnection.api_domain`).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors, self_client
from zoho_wizard.core.endpoints import Endpoints, endpoints_from_environment, not_zoho_hosts
from zoho_wizard.core.http import make_session
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.product import BOOKS, Product
from zoho_wizard.core.store import (
    SECRET_KINDS,
    KeyringSecretStore,
    Profile,
    ProfileStore,
    SecretStore,
    config_dir,
)
from zoho_wizard.core.tokens import TokenClient, TokenSet

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

# Refresh when the cached token has less than this left, so a script's call never races
# the expiry.
MIN_VALIDITY_SECONDS = 120.0


@dataclass(frozen=True)
class CachedToken:
    """The access-token cache kept in the secret store (as JSON)."""

    access_token: str = field(repr=False)
    expires_at: float
    refreshed_at: float = 0.0
    throttled_until: float = 0.0

    @classmethod
    def parse(cls, text: str | None) -> CachedToken | None:
        """Read the cache; None when absent or unreadable (then we simply refresh)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(
                str(data["access_token"]),
                float(data["expires_at"]),
                float(data.get("refreshed_at", 0.0)),
                float(data.get("throttled_until", 0.0)),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def dump(self) -> str:
        """The JSON kept in the secret store."""
        return json.dumps(
            {
                "access_token": self.access_token,
                "expires_at": self.expires_at,
                "refreshed_at": self.refreshed_at,
                "throttled_until": self.throttled_until,
            }
        )


def lock_path(name: str) -> Path:
    """The refresh lock for a connection (names are hashed: they may hold any text)."""
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return config_dir() / "locks" / f"{digest}.lock"


class SavedConnection:
    """One saved connection, for the wizard and for scripts.

    Args:
        profile: Its settings.
        secrets: Where its secrets are.
        profiles: The connections file (for status updates).
        session: HTTP session for Zoho calls.
        clock: Injected time.
        lock_file: The refresh lock (default: per connection in the config dir).
        product: The Zoho product the connection is for (Zoho Books).
        endpoints: The servers of this run, overrides included (default: those the
            environment names now, :func:`~zoho_wizard.core.endpoints.
            endpoints_from_environment`, else Zoho's).
        refresh_lock: Held while refreshing, across processes (default: the file lock
            ``lock_file``); a website's store passes a database lock here.

    Raises:
        InsecureOverrideError: (default endpoints) an override variable names a plain
            http server on another computer.
    """

    def __init__(
        self,
        profile: Profile,
        secrets: SecretStore,
        profiles: ProfileStore,
        *,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        lock_file: Path | None = None,
        product: Product = BOOKS,
        endpoints: Endpoints | None = None,
        refresh_lock: contextlib.AbstractContextManager[object] | None = None,
    ) -> None:
        self.profile = profile
        self.product = product
        self.endpoints = endpoints if endpoints is not None else endpoints_from_environment()
        self.secrets = secrets
        self.profiles = profiles
        self.session = session or make_session()
        self.clock = clock
        self.tokens = TokenClient(self.session, clock=clock)
        self._lock: contextlib.AbstractContextManager[object]
        if refresh_lock is not None:
            self._lock = refresh_lock
            return
        path = lock_file or lock_path(profile.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        import filelock  # about 30 ms; not needed until a connection is used

        self._lock = filelock.FileLock(str(path), timeout=60)

    @classmethod
    def open(
        cls,
        name: str,
        *,
        profiles: ProfileStore | None = None,
        secrets: SecretStore | None = None,
        **kwargs: Any,
    ) -> SavedConnection:
        """Open a saved connection by name.

        Raises:
            ConnectionNotFoundError: no connection has that name.
            ProfileCorruptError: the connections file is damaged.
        """
        profiles = profiles or ProfileStore()
        secrets = secrets or KeyringSecretStore()
        return cls(profiles.get(name), secrets, profiles, **kwargs)

    # --- where its keys go ----------------------------------------------------------------

    @property
    def api_domain(self) -> str:
        """Where API calls go now: the API override while it is given, else the saved API
        domain."""
        return self.endpoints.api_domain_in_use(self.profile.api_domain)

    def not_zoho_hosts(self) -> tuple[str, ...]:
        """The hosts this connection's keys go to that are not Zoho's (its saved accounts
        server, the API domain in use): what ``list``, ``check``, the Done page and the
        receipt name. Empty for a connection to Zoho."""
        return not_zoho_hosts(self.profile.accounts_server, self.api_domain)

    def check_servers(self) -> None:
        """Refuse to send a key to servers the saved settings name but nothing vouches for.

        Raises:
            UntrustedServerError: the saved accounts server or API domain is not on the
                data-center list, not an override given now, and not on this computer.
        """
        self.endpoints.check_saved(self.profile.accounts_server, self.profile.api_domain)

    # --- secrets ------------------------------------------------------------------------

    def _secret(self, kind: str) -> str:
        value = self.secrets.get(self.profile.name, kind)
        register_secrets(value)
        if not value:
            raise errors.SecretMissingError(
                f"The {kind.replace('_', ' ')} of “{self.profile.name}” is missing from "
                f"the password store.",
                # A connection for scheduled jobs is made again with its Self Client's
                # details, not by signing in.
                "Run “zoho-wizard connect --unattended --name NAME” again with this "
                "connection's name and its Self Client's details."
                if self.profile.unattended
                else None,
            )
        return value

    def require_secrets(self) -> None:
        """Raise :class:`SecretMissingError` unless the client secret and refresh token are
        both in the secret store (a connection for scheduled jobs has only the secret)."""
        self._secret("client_secret")
        if not self.profile.unattended:
            self._secret("refresh_token")

    def cached_token(self) -> CachedToken | None:
        """The cached access token, if any (valid or not)."""
        return CachedToken.parse(self.secrets.get(self.profile.name, "access_token"))

    def access_token(
        self, *, min_validity: float = MIN_VALIDITY_SECONDS, refused: str | None = None
    ) -> str:
        """A valid access token, refreshing only when the cached one is about to expire.

        Args:
            min_validity: Refresh when fewer seconds than this are left.
            refused: A token Zoho just refused (HTTP 401); it is never handed out again,
                but a newer one another process cached meanwhile is.

        Raises:
            UntrustedServerError: the saved servers are not Zoho's (nor an override given
                now, nor this computer): the token is not handed out for them.
            ThrottledError: Zoho is limiting refreshes; ``retry_after`` says how long.
            SecretMissingError: the refresh token or client secret is gone.
            ZohoWizardError: any other failure, in plain words.
        """
        self.check_servers()
        cached = self.cached_token()
        if self._good(cached, min_validity, refused):
            assert cached is not None
            return cached.access_token
        with self._lock:
            # Someone else may have refreshed while we waited for the lock.
            latest = self.cached_token()
            if self._good(latest, min_validity, refused):
                assert latest is not None
                return latest.access_token
            self._raise_if_throttled(latest)
            return self._refresh_locked(latest).access_token

    def _good(self, cached: CachedToken | None, min_validity: float, refused: str | None) -> bool:
        return (
            cached is not None
            and bool(cached.access_token)
            and cached.access_token != refused
            and cached.expires_at - self.clock() > min_validity
        )

    def _raise_if_throttled(self, cached: CachedToken | None) -> None:
        if cached is not None and cached.throttled_until > self.clock():
            raise errors.ThrottledError(retry_after=cached.throttled_until - self.clock())

    def _refresh_locked(self, previous: CachedToken | None) -> TokenSet:
        self.check_servers()
        try:
            tokens = self._ask_zoho()
        except errors.ThrottledError as exc:
            until = self.clock() + exc.retry_after
            if previous is not None:
                self.secrets.set(
                    self.profile.name,
                    "access_token",
                    CachedToken(
                        previous.access_token, previous.expires_at, previous.refreshed_at, until
                    ).dump(),
                )
            else:
                self.secrets.set(
                    self.profile.name, "access_token", CachedToken("", 0.0, 0.0, until).dump()
                )
            raise
        self.secrets.set(
            self.profile.name,
            "access_token",
            CachedToken(tokens.access_token, tokens.expires_at, self.clock()).dump(),
        )
        return tokens

    def _ask_zoho(self) -> TokenSet:
        """A new access token from Zoho: a refresh for a signed-in connection, the
        client-credentials grant for one for scheduled jobs (its Self Client, for its
        organization)."""
        if self.profile.unattended:
            tokens = self_client.grant(
                self.tokens,
                accounts_server=self.profile.accounts_server,
                client_id=self.profile.client_id,
                client_secret=self._secret("client_secret"),
                scopes=self.profile.scopes,
                soid=self.product.soid(self.profile.organization_id),
            )
            register_secrets(tokens.access_token)
            log.info("got an access token with the client-credentials grant")
            return tokens
        refresh_token = self._secret("refresh_token")
        try:
            tokens = self.tokens.refresh(
                accounts_server=self.profile.accounts_server,
                client_id=self.profile.client_id,
                client_secret=self._secret("client_secret"),
                refresh_token=refresh_token,
            )
        except errors.InvalidCodeError:
            raise errors.InvalidCodeError(
                f"Zoho no longer accepts the key of “{self.profile.name}”: it was revoked, "
                "or replaced after too many sign-ins.",
                "Reconnect to sign in again; your settings are kept.",
                action=errors.Action.RECONNECT,
            ) from None
        register_secrets(tokens.access_token, tokens.refresh_token)
        log.info("refreshed the access token of a connection")
        if tokens.refresh_token and tokens.refresh_token != refresh_token:
            # A server that rotates refresh tokens (plain OAuth 2.0, RFC 6749 §6): the old
            # one is dead now, so the new one must be kept first.
            self.secrets.set(self.profile.name, "refresh_token", tokens.refresh_token)
        return tokens

    def refresh_now(self) -> str:
        """Refresh now, whatever the cache says (the health check proves the refresh token
        this way); still honours a remembered "too many requests"."""
        with self._lock:
            latest = self.cached_token()
            self._raise_if_throttled(latest)
            return self._refresh_locked(latest).access_token

    def disconnect(self, *, remove_if_unreachable: bool = False) -> DisconnectReport:
        """Revoke the refresh token at Zoho, then delete the secrets and the settings.

        "Revoked" is reported only when Zoho confirmed it, or answered that it no longer
        knows the key. Any other answer is reported as unconfirmed, with how to remove
        the app by hand; the connection is removed here either way.

        Args:
            remove_if_unreachable: When Zoho cannot be reached, remove locally anyway
                (the person agreed). Otherwise the network error is raised and nothing
                is removed.
        """
        refresh = self.secrets.get(self.profile.name, "refresh_token")
        outcome = DisconnectOutcome.NO_KEY
        if self.profile.unattended:
            # Its access comes from the Self Client's ID and secret each time: no refresh
            # token was ever issued, so there is nothing to revoke at Zoho.
            outcome, refresh = DisconnectOutcome.NOTHING_TO_REVOKE, None
        note = ""
        if refresh:
            try:
                self.check_servers()
                result = self.tokens.revoke(
                    accounts_server=self.profile.accounts_server,
                    token=refresh,
                    client_id=self.profile.client_id,
                    client_secret=self.secrets.get(self.profile.name, "client_secret"),
                )
                outcome = DisconnectOutcome(result.outcome.value)
            except (errors.NetworkError, errors.ServerError) as exc:
                if not remove_if_unreachable:
                    raise
                outcome = DisconnectOutcome.UNREACHABLE
                note = (
                    f"{exc.message} Zoho still lists the connection: remove it under "
                    "Zoho Accounts → Sessions → Connected Apps."
                )
            except (errors.UntrustedServerError, errors.RedirectRefusedError) as exc:
                # The key was not sent (or not sent on): what it can still do at Zoho is
                # unknown, and the local copy goes either way.
                outcome = DisconnectOutcome.UNCONFIRMED
                note = exc.message
        # Every kind, the spreadsheet feed's key included: a feed must not keep
        # answering for a connection that is gone.
        removed = tuple(
            kind for kind in SECRET_KINDS if self.secrets.delete(self.profile.name, kind)
        )
        removed_profile = self.profiles.delete(self.profile.name)
        return DisconnectReport(self.profile.name, outcome, note, removed, removed_profile)


class DisconnectOutcome(enum.Enum):
    """What became of the connection's access at Zoho."""

    REVOKED = "revoked"  # Zoho confirmed the revoke
    ALREADY_GONE = "already_gone"  # Zoho no longer knew the key: nothing left to revoke
    UNCONFIRMED = "unconfirmed"  # Zoho answered, but did not confirm: the key may still work
    UNREACHABLE = "unreachable"  # Zoho could not be asked (removed here on request)
    NO_KEY = "no_key"  # there was no key to revoke
    # A connection for scheduled jobs: it never had a refresh token to revoke.
    NOTHING_TO_REVOKE = "nothing_to_revoke"

    @property
    def revoked(self) -> bool:
        """True when the key no longer works at Zoho, as far as Zoho said."""
        return self in (DisconnectOutcome.REVOKED, DisconnectOutcome.ALREADY_GONE)


# What each outcome says, fixed sentences for the translation catalog.
_OUTCOME_LINES: dict[DisconnectOutcome, tuple[str, ...]] = {
    DisconnectOutcome.REVOKED: ("Zoho revoked the connection's access.",),
    DisconnectOutcome.ALREADY_GONE: ("Zoho had already forgotten this connection's key.",),
    DisconnectOutcome.UNCONFIRMED: (
        "Zoho did not confirm that it revoked the connection's access, so it may still work.",
        "To be sure, remove the app under Zoho Accounts → Sessions → Connected Apps.",
    ),
    DisconnectOutcome.UNREACHABLE: (),
    DisconnectOutcome.NO_KEY: ("There was no key to revoke at Zoho.",),
    DisconnectOutcome.NOTHING_TO_REVOKE: (
        "A connection for scheduled jobs has no refresh token, so there was nothing to "
        "revoke at Zoho; the access it already handed out ends by itself within an hour.",
        "Its Self Client stays in Zoho's API console: delete it there if no other job uses it.",
    ),
}


# What each kind of secret is called in the confirmation (others: their name in words).
_SECRET_WORDS = {"feed_key": "spreadsheet address"}


@dataclass(frozen=True)
class DisconnectReport:
    """What a disconnect did, for the confirmation the person sees.

    Attributes:
        connection: The connection's name.
        outcome: What became of the access at Zoho.
        note: What else the person must know (Zoho could not be reached...).
        removed_secrets: The kinds of secret removed from the password store.
        removed_settings: The saved settings were removed.
    """

    connection: str
    outcome: DisconnectOutcome
    note: str
    removed_secrets: tuple[str, ...]
    removed_settings: bool

    @property
    def revoked_at_zoho(self) -> bool:
        """The key no longer works at Zoho, as Zoho said (revoked now or already gone)."""
        return self.outcome.revoked

    @property
    def nothing_to_revoke(self) -> bool:
        """A connection for scheduled jobs: removed here, with nothing to revoke at Zoho."""
        return self.outcome is DisconnectOutcome.NOTHING_TO_REVOKE

    @property
    def unconfirmed(self) -> bool:
        """Zoho answered but did not confirm the revoke: the key may still work there."""
        return self.outcome is DisconnectOutcome.UNCONFIRMED

    def lines(self) -> list[str]:
        """Plain sentences describing what was done and what is left to do."""
        out = list(_OUTCOME_LINES[self.outcome])
        if self.removed_secrets:
            kinds = ", ".join(
                _SECRET_WORDS.get(k, k.replace("_", " ")) for k in self.removed_secrets
            )
            out.append(f"Removed from the password store: {kinds}.")
        if self.removed_settings:
            out.append("Removed the saved settings.")
        if self.note:
            out.append(self.note)
        return out

    def to_json(self) -> dict[str, object]:
        """For ``zoho-wizard disconnect --json``."""
        return {
            "connection": self.connection,
            "revoked_at_zoho": self.revoked_at_zoho,
            "revoke_outcome": self.outcome.value,
            "removed_secrets": list(self.removed_secrets),
            "removed_settings": self.removed_settings,
            "note": self.note,
        }
