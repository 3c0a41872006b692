"""The blocking work behind the wizard's last steps, with no Qt in sight.

The UI runs these on a worker thread; tests call them directly. Each function does one
step so a failure in a later step (say, the keyring) never throws away the result of an
earlier one (the tokens, which took a sign-in to get).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from zoho_wizard.core import books, errors, scopes, timings
from zoho_wizard.core.authorize import AuthRequest, VerifiedCallback
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.details import USERINFO_SCOPE, ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.errors import Action
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json, make_session, network_error
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.organization_rules import ORGANIZATION_PLACEHOLDER, name_for_organization
from zoho_wizard.core.store import (
    SECRET_KINDS,
    MemorySecretStore,
    Profile,
    ProfileStore,
    SecretStore,
)
from zoho_wizard.core.tokens import TokenClient, TokenSet
from zoho_wizard.core.validation import check_name

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)


def now_iso(clock: Callable[[], float] = time.time) -> str:
    """A local, human-readable ISO timestamp with the UTC offset."""
    return dt.datetime.fromtimestamp(clock()).astimezone().isoformat(timespec="seconds")


def exchange_with_retry(
    exchange: Callable[[], TokenSet],
    *,
    deadline: float,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[int, errors.ZohoWizardError], None] | None = None,
) -> TokenSet:
    """Call ``exchange`` until it succeeds, retrying network trouble while time remains.

    Zoho errors are never retried: the code works once. If an earlier attempt may have
    reached Zoho and a retry then hears ``invalid_code``, the error says so, because the
    first attempt most likely used the code up.

    Args:
        exchange: Makes one token request.
        deadline: When the code dies (epoch seconds, same clock).
        on_retry: Told about each retry (attempt number, the error), for the UI.
    """
    attempt = 0
    maybe_used = False
    while True:
        try:
            return exchange()
        except errors.InvalidCodeError:
            if maybe_used:
                raise errors.InvalidCodeError(
                    "The connection broke while Zoho was answering, and the code can only "
                    "be used once.",
                    "Sign in again; your details are kept.",
                ) from None
            raise
        except (errors.NetworkError, errors.ServerError) as exc:
            maybe_used = maybe_used or getattr(exc, "maybe_sent", True)
            attempt += 1
            delay = min(2.0 ** (attempt - 1), 4.0)
            if clock() + delay >= deadline - 1.0:
                raise errors.CodeExpiredError(
                    f"{exc.message} The sign-in code expired while trying again.",
                    "Check your internet connection, then sign in again; your details are kept.",
                ) from None
            log.info(
                "token exchange failed (%s); retry %d in %.0fs", type(exc).__name__, attempt, delay
            )
            if on_retry:
                on_retry(attempt, exc)
            sleep(delay)


class Connector:
    """Does the network and storage work of a connection.

    Args:
        endpoints: Where the accounts servers are.
        profiles: The connections file.
        secrets: Where secrets go.
        session: HTTP session shared by all calls.
        clock, sleep: Injected for tests.
        timeout: requests' (connect, read) timeout for token calls.
    """

    def __init__(
        self,
        endpoints: Endpoints,
        profiles: ProfileStore,
        secrets: SecretStore,
        *,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self.endpoints = endpoints
        self.profiles = profiles
        self.secrets = secrets
        self.session = session or make_session()
        self.clock = clock
        self.sleep = sleep
        self.tokens = TokenClient(self.session, clock=clock, timeout=timeout)

    def exchange(
        self,
        details: ConnectionDetails,
        request: AuthRequest | None,
        verified: VerifiedCallback,
        deadline: float,
        *,
        on_retry: Callable[[int, errors.ZohoWizardError], None] | None = None,
    ) -> TokenSet:
        """Exchange the caught code at the accounts server the callback named.

        ``request`` is None for a Self Client code, which is exchanged without a
        redirect URI.

        Raises:
            MissingRefreshTokenError: Zoho sent no refresh token.
            ZohoWizardError: anything else that went wrong, already in plain words.
        """
        register_secrets(
            details.client_secret, verified.code, request.code_verifier if request else None
        )
        tokens = exchange_with_retry(
            lambda: self.tokens.exchange_code(
                accounts_server=verified.accounts_server,
                client_id=details.client_id,
                client_secret=details.client_secret,
                code=verified.code,
                redirect_uri=request.redirect_uri if request else None,
                code_verifier=request.code_verifier if request else None,
            ),
            deadline=deadline,
            clock=self.clock,
            sleep=self.sleep,
            on_retry=on_retry,
        )
        return self.accept(details, verified, tokens)

    def accept(
        self, details: ConnectionDetails, verified: VerifiedCallback, tokens: TokenSet
    ) -> TokenSet:
        """Check keys Zoho just issued (by an exchange, or a device sign-in's poll).

        Raises:
            MissingRefreshTokenError: Zoho sent no refresh token.
            UnknownApiDomainError: no API domain that can be trusted (the keys are revoked).
        """
        register_secrets(tokens.access_token, tokens.refresh_token)
        if not tokens.refresh_token:
            raise errors.MissingRefreshTokenError()
        try:
            self.api_domain(details, verified, tokens)
        except errors.UnknownApiDomainError:
            # Keys nobody can use safely are withdrawn at once, not left live at Zoho.
            self.revoke_quietly(verified.accounts_server, tokens.refresh_token)
            raise
        return tokens

    def data_center(self, details: ConnectionDetails, verified: VerifiedCallback) -> str:
        """The data center this sign-in landed in: the callback's accounts server's (from
        the table or Zoho's serverinfo), else its ``location``, else the app's home."""
        return (
            self.endpoints.data_center_of(verified.accounts_server)
            or verified.location
            or details.data_center
        )

    def api_domain(
        self, details: ConnectionDetails, verified: VerifiedCallback, tokens: TokenSet
    ) -> str:
        """Where this sign-in's Books lives, as it is saved (checked: see
        ``Endpoints.api_domain_for``; never the API override, which is used only while it
        is given).

        Raises:
            UnknownApiDomainError: no API domain that can be trusted.
        """
        dc = self.data_center(details, verified)
        return self.endpoints.api_domain_for(tokens.api_domain, dc, verified.accounts_server)

    def prepare_store(self) -> None:
        """Get the password store ready for :meth:`store` (run alongside the exchange)."""
        prepare = getattr(self.secrets, "prepare", None)
        if prepare is not None:
            prepare()

    def release_store(self) -> None:
        """Close what :meth:`prepare_store` opened, when it will not be used after all."""
        release = getattr(self.secrets, "release", None)
        if release is not None:
            release()

    def store(
        self, details: ConnectionDetails, verified: VerifiedCallback, tokens: TokenSet
    ) -> Profile:
        """Save the secrets, then the connection (without an organization yet).

        On reconnect (same name) the superseded refresh token is revoked at Zoho after the
        new one is safely stored, so repeated reconnects never reach Zoho's cap of 20.

        Raises:
            KeyringUnavailableError: the secrets could not be saved; the caller keeps
                ``tokens`` and may try again or choose another store.
        """
        dc = self.data_center(details, verified)
        api_domain = self.api_domain(details, verified, tokens)
        try:
            previous = self.profiles.get(details.name)
        except errors.ConnectionNotFoundError:
            previous = None
        assert tokens.refresh_token is not None  # exchange() guarantees it
        profile = Profile(
            name=details.name,
            client_id=details.client_id,
            data_center=dc,
            home_data_center=details.data_center,
            accounts_server=verified.accounts_server,
            api_domain=api_domain,
            scopes=details.scopes,
            redirect_uri=details.redirect_uri,
            use_pkce=details.use_pkce,
            granted_scopes=tokens.scopes,
            organization_id=previous.organization_id if previous else "",
            organization_name=previous.organization_name if previous else "",
            currency_code=previous.currency_code if previous else "",
            user_email=previous.user_email if previous else "",
            connected_at=now_iso(self.clock),
            secret_store="session" if isinstance(self.secrets, MemorySecretStore) else "keyring",
            health="ok",
            checked_at=now_iso(self.clock),
        )
        writes = {
            "client_secret": details.client_secret,
            "refresh_token": tokens.refresh_token,
            "access_token": self._cache_entry(tokens),
        }
        # What a reconnect replaces, to put back if saving fails. A new connection has
        # nothing to put back: anything under its name belongs to no connection.
        before = (
            {kind: self.secrets.get(details.name, kind) for kind in writes}
            if previous is not None
            else {}
        )
        written: list[str] = []
        try:
            set_many = getattr(self.secrets, "set_many", None)
            if set_many is not None:
                set_many(details.name, writes, written)
            else:
                for kind, value in writes.items():
                    self.secrets.set(details.name, kind, value)
                    written.append(kind)
            self.profiles.save(profile)
        except Exception:
            # Nothing half-written: put back what was there (a reconnect's old, still valid
            # key) or remove what we added. The caller still holds the new tokens. The
            # kinds not confirmed are put back too: macOS' Keychain write is delete-then-
            # add (keyring), so a failed write may already have removed the old key.
            self._roll_back(
                details.name, [*written, *(k for k in writes if k not in written)], before
            )
            raise
        timings.mark("tokens_stored")
        if previous is not None:
            self._revoke_superseded(previous, before, tokens)
        return profile

    def _revoke_superseded(
        self, previous: Profile, before: dict[str, str | None], tokens: TokenSet
    ) -> None:
        """A reconnect's old refresh token, revoked with the client that got it."""
        old = before.get("refresh_token")
        if old and old != tokens.refresh_token:
            self.revoke_quietly(
                previous.accounts_server,
                old,
                client_id=previous.client_id,
                client_secret=before.get("client_secret"),
            )

    def _cache_entry(self, tokens: TokenSet) -> str:
        # refreshed_at stays 0: the refresh token itself is still unproven, so the first
        # health check after connecting really refreshes (and proves it).
        return CachedToken(tokens.access_token, tokens.expires_at).dump()

    def _roll_back(self, name: str, written: list[str], before: dict[str, str | None]) -> None:
        for kind in reversed(written):
            try:
                old = before.get(kind)
                if old is None:
                    self.secrets.delete(name, kind)
                else:
                    self.secrets.set(name, kind, old)
            except errors.ZohoWizardError:
                log.warning("could not roll back the %s of a connection", kind)

    def revoke_quietly(
        self,
        accounts_server: str,
        token: str,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> bool:
        """Revoke a superseded token; a failure is logged, not raised.

        Returns True only when the server said the token no longer works. The client's
        credentials go along when known (a plain OAuth 2.0 server wants them).
        """
        try:
            result = self.tokens.revoke(
                accounts_server=accounts_server,
                token=token,
                client_id=client_id,
                client_secret=client_secret,
            )
        except errors.ZohoWizardError as exc:
            log.warning("could not revoke a superseded token: %s", type(exc).__name__)
            return False
        return result.gone

    def organizations(self, profile: Profile, tokens: TokenSet) -> list[books.Organization]:
        """The Books organizations this connection can reach (at the API override while
        it is given: the saved API domain is always Zoho's)."""
        api_domain = self.endpoints.api_domain_in_use(profile.api_domain)
        return books.list_organizations(self.session, api_domain, tokens.access_token)

    def user_email(self, profile: Profile, tokens: TokenSet) -> str:
        """The signed-in Zoho user's e-mail, when the profile scope was granted; else ''."""
        granted = {scopes.normalise(s) for s in (tokens.scopes or profile.scopes)}
        if scopes.normalise(USERINFO_SCOPE) not in granted:
            return ""
        import requests  # only when HTTP is done (see core.http)

        try:
            response = self.session.get(
                f"{profile.accounts_server}/oauth/user/info",
                timeout=(5.0, 10.0),
                headers=books.authorization_header(tokens.access_token),
            )
        except requests.RequestException as exc:
            log.info("user info unavailable: %s", type(network_error(exc)).__name__)
            return ""
        body = decode_json(response)
        email = body.get("Email") if isinstance(body, dict) else None
        return email.strip() if isinstance(email, str) else ""

    def choose_organization(
        self, profile: Profile, org: books.Organization, user_email: str = ""
    ) -> Profile:
        """Bind the connection to one organization and save it."""
        updated = replace(
            profile,
            organization_id=org.organization_id,
            organization_name=org.name,
            currency_code=org.currency_code,
            user_email=user_email or profile.user_email,
        )
        self.profiles.save(updated)
        return updated

    def rename_after_organization(
        self, profile: Profile, organization_name: str, taken: Iterable[str] = ()
    ) -> Profile:
        """Complete a preset's ``Books – {organization}`` name once the organization is
        known, moving the connection's keys to the new name (``taken``: other names)."""
        if ORGANIZATION_PLACEHOLDER not in profile.name:
            return profile
        return self.rename(profile, name_for_organization(profile.name, organization_name, taken))

    def rename(self, profile: Profile, new_name: str) -> Profile:
        """Give a saved connection another name, moving its keys (the firm's tools find
        it by this name). A name in use is refused.

        Raises:
            ZohoWizardError: the name is taken or not a valid connection name.
        """
        new_name = new_name.strip()
        if new_name == profile.name:
            return profile
        if problem := check_name(new_name):
            raise errors.ZohoWizardError(problem, "Choose another name.", action=Action.NONE)
        if new_name in self.profiles.load().profiles:
            raise errors.ZohoWizardError(
                f"Another connection is already called “{new_name}”.",
                "Choose another name.",
                action=Action.NONE,
            )
        for kind in SECRET_KINDS:
            value = self.secrets.get(profile.name, kind)
            if value is not None:
                self.secrets.set(new_name, kind, value)
        renamed = replace(profile, name=new_name)
        self.profiles.save(renamed)
        self.profiles.delete(profile.name)
        for kind in SECRET_KINDS:
            self.secrets.delete(profile.name, kind)
        return renamed

    def discard(self, profile: Profile) -> None:
        """Undo a connection the person abandoned: revoke at Zoho, forget locally."""
        refresh = self.secrets.get(profile.name, "refresh_token")
        if refresh:
            self.revoke_quietly(
                profile.accounts_server,
                refresh,
                client_id=profile.client_id,
                client_secret=self.secrets.get(profile.name, "client_secret"),
            )
        for kind in SECRET_KINDS:
            self.secrets.delete(profile.name, kind)
        self.profiles.delete(profile.name)
