"""The second leg and everything after it: exchange, refresh and revoke.

Zoho reports most token errors as HTTP 200 with ``{"error": "..."}``, sometimes localized,
sometimes as HTTP 400. The rule (the one Zoho's own SDK follows): a response without
``access_token`` is an error; what kind is read from ``error``, never from English text.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json, make_session, network_error

if TYPE_CHECKING:
    import requests

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
    "invalid_client": errors.InvalidClientError,
    "unauthorized_client": errors.InvalidClientError,
    "invalid_client_secret": errors.InvalidClientSecretError,
    "invalid_redirect_uri": errors.InvalidRedirectUriError,
    "redirect_uri_mismatch": errors.InvalidRedirectUriError,
    "invalid_scope": errors.InvalidScopeError,
}
_MACHINE_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


def error_from_body(status: int, body: Mapping[str, Any]) -> errors.ZohoWizardError:
    """The exception for a token-endpoint body that has no ``access_token``."""
    raw = body.get("error")
    code = raw.strip() if isinstance(raw, str) else ""
    if code.lower() in _KNOWN_ERRORS:
        return _KNOWN_ERRORS[code.lower()]()
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
    if status >= 500:
        return errors.ServerError(status=status)
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
        raise errors.ServerError(status=status)
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
        import requests  # only when HTTP is done (see core.http)

        try:
            return self.session.post(url, data=dict(data), timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise network_error(exc) from None

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

    def revoke(self, *, accounts_server: str, token: str) -> None:
        """Revoke a refresh token (and with it every access token made from it).

        Raises:
            OAuthError: Zoho does not know the token (already revoked counts too).
            NetworkError, ServerError: Zoho could not be asked.
        """
        response = self._post(
            f"{accounts_server.rstrip('/')}/oauth/v2/token/revoke", {"token": token}
        )
        body = decode_json(response)
        if isinstance(body, dict) and body.get("status") == "success":
            return
        if response.status_code == 400 or (isinstance(body, dict) and "error" in body):
            raise errors.OAuthError(
                "Zoho no longer knows this connection's key; it was already revoked.",
                "Nothing more is needed at Zoho.",
                code="invalid_token",
                action=errors.Action.NONE,
            )
        raise errors.ServerError(status=response.status_code)
