"""The second leg and everything after it: exchange, refresh and revoke.

Zoho reports most token errors as HTTP 200 with ``{"error": "..."}``, sometimes localized,
sometimes as HTTP 400. The rule (the one Zoho's own SDK follows): a response without
``access_token`` is an error; what kind is read from ``error``, never from English text.
A plain OAuth 2.0 server (RFC 6749 §5.2) answers with HTTP 400/401 and its own names
(``invalid_grant`` for a dead code or refresh token); they map onto the same errors, so
the person reads the same words either way. Its token answer may lack ``api_domain`` and
``scope``; both are optional here.

Revoking (:meth:`TokenClient.revoke`) answers a :class:`RevokeResult` with three
outcomes, because only a confirmed revoke may be reported as one.

Token, refresh and revoke calls never follow a redirect: the request's body holds the
client secret and a code or refresh token, and a 307/308 would repeat it to wherever the
answer points. A redirect is a :class:`~zoho_wizard.core.errors.RedirectRefusedError`.
"""

from __future__ import annotations

import enum
import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.http import DEFAULT_TIMEOUT, make_session, network_error

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

# Zoho's limit clears after "roughly 15-30 minutes of inactivity" (reference §5).
THROTTLE_WAIT_SECONDS = 15 * 60
# Above this an expires_in can only be milliseconds (the historic variant); a day.
_MAX_PLAUSIBLE_SECONDS = 86_400


@dataclass(frozen=True)
class TokenSet:
    """Tokens from one token response.

    Attributes:
        access_token: Bearer for API calls (sent as ``Zoho-oauthtoken``).
        expires_at: When the access token stops working (epoch seconds).
        api_domain: Where this user's APIs live (``https://www.zohoapis.eu``...).
        refresh_token: The long-lived key, present only on the first exchange.
        token_type: Usually ``Bearer``.
        scopes: The granted scopes when Zoho reports them, else empty.
    """

    access_token: str = field(repr=False)
    expires_at: float
    api_domain: str | None = None
    refresh_token: str | None = field(default=None, repr=False)
    token_type: str = "Bearer"
    scopes: tuple[str, ...] = ()

    def expires_in(self, now: float) -> float:
        """Seconds until the access token expires (negative once it has)."""
        return self.expires_at - now


_KNOWN_ERRORS: dict[str, type[errors.OAuthError]] = {
    "invalid_code": errors.InvalidCodeError,
    # RFC 6749's name for a code (or refresh token) that is expired, used, revoked or
    # not this client's: what Zoho calls invalid_code.
    "invalid_grant": errors.InvalidCodeError,
    "invalid_client": errors.InvalidClientError,
    "unauthorized_client": errors.InvalidClientError,
    "invalid_client_secret": errors.InvalidClientSecretError,
    "invalid_redirect_uri": errors.InvalidRedirectUriError,
    "redirect_uri_mismatch": errors.InvalidRedirectUriError,
    "invalid_scope": errors.InvalidScopeError,
}
# RFC 6749 §4.1.2.1: the server's own trouble; asking again may work.
_SERVER_TROUBLE = frozenset({"server_error", "temporarily_unavailable"})
_MACHINE_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


def error_from_body(status: int, body: Mapping[str, Any]) -> errors.ZohoWizardError:
    """The exception for a token-endpoint body that has no ``access_token``."""
    raw = body.get("error")
    code = raw.strip() if isinstance(raw, str) else ""
    if code.lower() in _KNOWN_ERRORS:
        return _KNOWN_ERRORS[code.lower()]()
    if code.lower() in _SERVER_TROUBLE:
        return errors.ServerError(status=status)
    if status == 429:  # a plain server's "too many requests", whatever its body says
        return errors.ThrottledError(retry_after=THROTTLE_WAIT_SECONDS, code=code or None)
    if code == "access_denied" or code.lower() == "access denied":
        # At the token endpoint "access denied" is Zoho's rate limit, not a person's Deny.
        return errors.ThrottledError(retry_after=THROTTLE_WAIT_SECONDS, code=code)
    if code and not _MACHINE_CODE.match(code.lower()):
        # A localized text such as "拒绝访问" comes only with the throttling answer.
        return errors.ThrottledError(retry_after=THROTTLE_WAIT_SECONDS, code=code)
    if code:
        return errors.OAuthError(
            f"Zoho refused the request ({code}).",
            "Start the sign-in again. If it keeps happening, ask your firm's IT person.",
            code=code,
        )
    return errors.ServerError(status=status)


def _seconds(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    # Under a second is nonsense for a token's life (and vanishes in float arithmetic).
    return number if number >= 1 and math.isfinite(number) else None


def parse_token_response(status: int, text: str | bytes, *, now: float) -> TokenSet:
    """Turn a token-endpoint answer into a :class:`TokenSet` or raise the right error.

    Handles the historic variant where ``expires_in`` is in milliseconds whenever
    ``expires_in_sec`` is present, and scopes reported space- or comma-separated.

    Raises:
        ZohoWizardError: one of its subclasses for every kind of failure.
    """
    import json

    try:
        body = json.loads(text) if text and str(text).strip() else None
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise error_from_body(status, {})  # a server error, or a bare 429
    token = body.get("access_token")
    if not isinstance(token, str) or not token.strip():
        raise error_from_body(status, body)
    lifetime = _seconds(body.get("expires_in_sec"))
    if lifetime is None:
        lifetime = _seconds(body.get("expires_in"))
        if lifetime is not None and lifetime > _MAX_PLAUSIBLE_SECONDS:
            lifetime /= 1000.0
    if lifetime is None:
        lifetime = 3600.0
    refresh = body.get("refresh_token")
    api_domain = body.get("api_domain")
    scope = body.get("scope")
    token_type = body.get("token_type")
    return TokenSet(
        access_token=token.strip(),
        expires_at=now + lifetime,
        api_domain=api_domain.strip().rstrip("/") if isinstance(api_domain, str) else None,
        refresh_token=refresh.strip() if isinstance(refresh, str) and refresh.strip() else None,
        token_type=token_type if isinstance(token_type, str) else "Bearer",
        scopes=scope_catalog.split(scope) if isinstance(scope, str) else (),
    )


class TokenClient:
    """Talks to ``{accounts_server}/oauth/v2/token``; every method is blocking.

    Args:
        session: The HTTP session (one is made when omitted).
        timeout: requests' (connect, read) timeout.
        clock: Current time in epoch seconds (tests inject one).
    """

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.session = session or make_session()
        self.timeout = timeout
        self.clock = clock

    def _post(self, url: str, data: Mapping[str, str], **kwargs: Any) -> requests.Response:
        """POST the form; a redirect is never followed (a 307/308 would send the body,
        with the client secret and a code or refresh token, to wherever it points).

        Raises:
            RedirectRefusedError: the server answered with a redirect.
            NetworkError: the server could not be asked.
        """
        import requests  # only when HTTP is done (see core.http)

        try:
            response = self.session.post(
                url, data=dict(data), timeout=self.timeout, allow_redirects=False, **kwargs
            )
        except requests.RequestException as exc:
            raise network_error(exc) from None
        if response.is_redirect or 300 <= response.status_code < 400:
            location = response.headers.get("Location", "")
            log.warning(
                "a token call was answered with HTTP %d: not followed", response.status_code
            )
            response.close()
            raise errors.RedirectRefusedError(response.status_code, location)
        return response

    def exchange_code(
        self,
        *,
        accounts_server: str,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str | None,
        code_verifier: str | None = None,
    ) -> TokenSet:
        """Exchange a grant code for tokens, once.

        Args:
            accounts_server: The server the callback named (never derived).
            redirect_uri: The registered URI; None for a Self Client code.
            code_verifier: The PKCE verifier when the request sent a challenge.
        """
        data = {
            "grant_type": "authorization_code",
            "client_id": client_id,
            "client_secret": client_secret,
            "code": code,
        }
        if redirect_uri:
            data["redirect_uri"] = redirect_uri
        if code_verifier:
            data["code_verifier"] = code_verifier
        response = self._post(f"{accounts_server.rstrip('/')}/oauth/v2/token", data)
        return parse_token_response(response.status_code, response.content, now=self.clock())

    def refresh(
        self, *, accounts_server: str, client_id: str, client_secret: str, refresh_token: str
    ) -> TokenSet:
        """Get a new access token; the returned set keeps the given refresh token."""
        data = {
            "grant_type": "refresh_token",
            "client_id": client_id,
            "client_secret": client_secret,
            "refresh_token": refresh_token,
        }
        response = self._post(f"{accounts_server.rstrip('/')}/oauth/v2/token", data)
        tokens = parse_token_response(response.status_code, response.content, now=self.clock())
        return replace(tokens, refresh_token=tokens.refresh_token or refresh_token)

    def client_credentials(
        self,
        *,
        accounts_server: str,
        client_id: str,
        client_secret: str,
        scopes: tuple[str, ...],
        soid: str,
    ) -> TokenSet:
        """A Self Client's access token from the client-credentials grant: no person signs
        in, and no refresh token comes back (one that did would be ignored: the grant is
        simply asked again). :func:`zoho_wizard.core.self_client.grant` puts its refusals
        into a Self Client's words.

        Args:
            accounts_server: Where the Self Client was made (its console's data center).
            scopes: The access asked for (sent comma-separated, as Zoho wants).
            soid: ``ZohoBooks.<organization_id>``: the organization the token is for.

        Raises:
            ZohoWizardError: one of its subclasses for every kind of failure (see
                :func:`parse_token_response`).
        """
        data = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
            "scope": ",".join(scopes),
            "soid": soid,
        }
        response = self._post(f"{accounts_server.rstrip('/')}/oauth/v2/token", data)
        tokens = parse_token_response(response.status_code, response.content, now=self.clock())
        return replace(tokens, refresh_token=None)

    def revoke(
        self,
        *,
        accounts_server: str,
        token: str,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> RevokeResult:
        """Revoke a refresh token (and with it every access token made from it).

        The client's credentials go in the body when known (RFC 7009 §2.1 wants the
        client authenticated; Zoho's classic endpoint needs only ``token`` and ignores
        the rest).

        Returns:
            What the server said, as one of three outcomes (see :class:`RevokeOutcome`).

        Raises:
            NetworkError: the server could not be asked.
            ServerError: the server had trouble (HTTP 5xx): asking later may work.
        """
        data = {"token": token}
        if client_id:
            data["client_id"] = client_id
        if client_secret:
            data["client_secret"] = client_secret
        response = self._post(f"{accounts_server.rstrip('/')}/oauth/v2/token/revoke", data)
        if response.status_code >= 500:
            raise errors.ServerError(status=response.status_code)
        result = read_revoke_answer(response.status_code, response.text)
        if result.outcome is RevokeOutcome.UNCONFIRMED:
            log.warning(
                "the revoke was not confirmed (HTTP %d, %s)", result.status, result.error or "-"
            )
        return result


class RevokeOutcome(enum.Enum):
    """What a revoke request achieved, as far as the server said."""

    REVOKED = "revoked"  # the server confirmed it
    ALREADY_GONE = "already_gone"  # the server no longer knows the token: nothing to revoke
    UNCONFIRMED = "unconfirmed"  # any other answer: the token may still work


@dataclass(frozen=True)
class RevokeResult:
    """A revoke request's answer.

    Attributes:
        outcome: What it achieved.
        status: The HTTP status.
        error: The server's ``error`` value, if it gave one.
    """

    outcome: RevokeOutcome
    status: int
    error: str = ""

    @property
    def gone(self) -> bool:
        """True when the token no longer works at the server (revoked now or before)."""
        return self.outcome is not RevokeOutcome.UNCONFIRMED


# "The token is unknown or no longer valid": nothing is left to revoke. Zoho's names and
# RFC 6749/6750's (some servers answer a dead token with invalid_grant).
_GONE_ERRORS = frozenset({"invalid_token", "invalid_code", "invalid_grant"})


def read_revoke_answer(status: int, text: str) -> RevokeResult:
    """Read a revoke endpoint's answer: its HTTP status and body text.

    Zoho confirms with ``{"status": "success"}``; RFC 7009 with HTTP 200 and an empty or
    JSON body (a plain server answers 200 for an unknown token too). An ``error`` that
    says the token is unknown or invalid means there is nothing left to revoke. Anything
    else confirms nothing: a 400 ``invalid_request`` from a server that wants the client
    authenticated, a 401, an unreadable 400, or an HTML page (Zoho serves some error
    pages with HTTP 200).
    """
    import json

    try:
        body = json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):
        body = None
        if status == 200:  # a web page, not an answer to the revoke
            return RevokeResult(RevokeOutcome.UNCONFIRMED, status)
    fields = body if isinstance(body, dict) else {}
    raw_error = fields.get("error")
    error = raw_error.strip() if isinstance(raw_error, str) else ""
    said = fields.get("status")
    if said == "success":
        return RevokeResult(RevokeOutcome.REVOKED, status)
    if error.lower() in _GONE_ERRORS:
        return RevokeResult(RevokeOutcome.ALREADY_GONE, status, error)
    if status == 200 and not error and said in (None, ""):
        return RevokeResult(RevokeOutcome.REVOKED, status)
    return RevokeResult(RevokeOutcome.UNCONFIRMED, status, error)
