"""The first leg of the sign-in: the authorization request and the callback it produces.

``begin_authorization`` returns an :class:`AuthRequest` holding the URL to open, the
state, the PKCE verifier and the redirect URI. When the browser is about to navigate to
the redirect URI, :func:`parse_callback` turns that URL into a :class:`CallbackResult`,
and :func:`complete_authorization` checks it against the request (state, error, accounts
server, issuer) before anything is exchanged.

Two dialects come back on the redirect. Zoho's names the user's data center
(``location``, ``accounts-server``); a plain OAuth 2.0 server (RFC 6749, a staging
server) names none, and the code then goes back to the server the request went to. Either
may add ``iss`` (RFC 9207), which must then name that same server.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from zoho_wizard.core import errors
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.datacenters import origin

DEFAULT_REDIRECT_URI = "http://127.0.0.1:47214/callback"


def make_code_verifier(token_bytes: Callable[[int], bytes] = secrets.token_bytes) -> str:
    """A fresh PKCE code verifier: 43 URL-safe characters from 32 random bytes."""
    return base64.urlsafe_b64encode(token_bytes(32)).rstrip(b"=").decode("ascii")


def code_challenge(verifier: str) -> str:
    """The S256 code challenge for ``verifier`` (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class AuthRequest:
    """Everything the first leg needs to remember until the callback comes back.

    Attributes:
        url: The authorization URL to open in the browser.
        accounts_url: The accounts server the request was sent to.
        client_id: The client the request is for.
        redirect_uri: The exact redirect URI registered for the client.
        scopes: The scopes asked for.
        state: A random value Zoho echoes back; the callback must carry the same.
        code_verifier: The PKCE verifier, or None when PKCE is off.
    """

    url: str
    accounts_url: str
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str
    code_verifier: str | None = field(default=None, repr=False)


def begin_authorization(
    *,
    accounts_url: str,
    client_id: str,
    redirect_uri: str,
    scopes: Iterable[str],
    use_pkce: bool = False,
    token_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> AuthRequest:
    """Build the authorization request.

    Always asks for ``access_type=offline`` and ``prompt=consent``: without both, Zoho
    gives no refresh token on a repeat consent and the connection dies within an hour.

    Args:
        accounts_url: The accounts server of the chosen data center.
        client_id: The client ID from Zoho's API console.
        redirect_uri: The redirect URI registered for that client.
        scopes: Scopes to ask for (joined with commas, as Zoho expects).
        use_pkce: Send an S256 code challenge (required for Zoho's desktop client type).
        token_bytes: Source of randomness (tests pass a fixed one).
    """
    scope_list = scope_catalog.dedupe(scopes)
    state = base64.urlsafe_b64encode(token_bytes(24)).rstrip(b"=").decode("ascii")
    params = {
        "response_type": "code",
        "client_id": client_id,
        "scope": scope_catalog.join(scope_list),
        "redirect_uri": redirect_uri,
        "access_type": "offline",
        "prompt": "consent",
        "state": state,
    }
    verifier = None
    if use_pkce:
        verifier = make_code_verifier(token_bytes)
        params["code_challenge"] = code_challenge(verifier)
        params["code_challenge_method"] = "S256"
    base = accounts_url.rstrip("/")
    return AuthRequest(
        url=f"{base}/oauth/v2/auth?{urlencode(params)}",
        accounts_url=base,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scopes=scope_list,
        state=state,
        code_verifier=verifier,
    )


def _default_port(scheme: str) -> int | None:
    return {"http": 80, "https": 443}.get(scheme)


def matches_redirect(url: str, redirect_uri: str) -> bool:
    """True when ``url`` goes to exactly ``redirect_uri`` (scheme, host, port and path).

    The query is ignored; anything else must match exactly: a prefix such as
    ``/callbackevil`` or another port is not the redirect.
    """
    try:
        got, want = urlsplit(url), urlsplit(redirect_uri)
        got_port = got.port or _default_port(got.scheme.lower())
        want_port = want.port or _default_port(want.scheme.lower())
    except ValueError:
        return False
    return (
        got.scheme.lower() == want.scheme.lower()
        and (got.hostname or "") == (want.hostname or "")
        and got_port == want_port
        and got.path == want.path
    )


@dataclass(frozen=True)
class CallbackResult:
    """What the redirect URL carried, decoded; no checks applied yet.

    Attributes:
        code: The grant code, if any.
        state: The echoed state, if any.
        location: Zoho's data-center code (``us``, ``eu``...), if any.
        accounts_server: Where the code must be exchanged, if given.
        error: Zoho's error value (``access_denied``...), if any.
        error_description: Zoho's human text for the error, if any.
        issuer: The ``iss`` parameter (RFC 9207): the server that issued the answer.
    """

    code: str | None = field(default=None, repr=False)
    state: str | None = None
    location: str | None = None
    accounts_server: str | None = None
    error: str | None = None
    error_description: str | None = None
    issuer: str | None = None

    @property
    def is_refusal(self) -> bool:
        """An error and no code: nothing secret came back, so it needs no state to be
        believed (Zoho may leave ``state`` off a Deny)."""
        return bool(self.error) and not self.code


def parse_callback(url: str) -> CallbackResult:
    """Decode the redirect URL Zoho sent the browser to.

    Values are URL-decoded; empty values count as absent; a trailing ``&`` is harmless.
    When a key repeats, the first value wins.
    """
    # Not urlsplit: it raises on a malformed host, and only the query matters here.
    query = url.partition("?")[2].partition("#")[0]
    values: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        value = value.strip()
        if value and key not in values:
            values[key] = value
    return CallbackResult(
        code=values.get("code"),
        state=values.get("state"),
        location=values.get("location"),
        accounts_server=values.get("accounts-server"),
        error=values.get("error"),
        error_description=values.get("error_description"),
        issuer=values.get("iss"),
    )


@dataclass(frozen=True)
class VerifiedCallback:
    """A callback that passed every check: a code and where to exchange it."""

    code: str = field(repr=False)
    accounts_server: str
    location: str | None


def complete_authorization(
    request: AuthRequest,
    callback: CallbackResult,
    *,
    allowed_accounts_servers: Iterable[str],
) -> VerifiedCallback:
    """Check a callback against the request that started it.

    Order matters. A refusal (an error and no code) is believed with or without the right
    state: it carries no secret, and Zoho may leave ``state`` off a Deny. Anything else
    must carry the request's state (a foreign code is refused even beside an error); then
    Zoho's error, then the code, the accounts server and, when given, the issuer.

    The code goes to the ``accounts-server`` the callback names, or, when it names none
    (a plain OAuth 2.0 server), back to the server the request went to.

    Args:
        request: The request from :func:`begin_authorization`.
        callback: The parsed redirect.
        allowed_accounts_servers: Accounts servers the code may be sent to (the client
            secret goes with it, so an unknown server is refused).

    Raises:
        StateMismatchError, AccessDeniedError, OAuthError, CallbackError,
        UnknownAccountsServerError, IssuerMismatchError.
    """
    if callback.is_refusal:
        raise error_from_callback(callback)
    if callback.state != request.state:
        raise errors.StateMismatchError()
    if callback.error:
        raise error_from_callback(callback)
    if not callback.code:
        raise errors.CallbackError()
    server = callback.accounts_server or request.accounts_url
    allowed = {origin(s): s.rstrip("/") for s in allowed_accounts_servers}
    allowed.setdefault(origin(request.accounts_url), request.accounts_url)
    if not origin(server) or origin(server) not in allowed:
        raise errors.UnknownAccountsServerError()
    if callback.issuer is not None and origin(callback.issuer) != origin(server):
        # RFC 9207: an answer issued by another server than the one the code goes to is
        # the mix-up attack's signature; never send the code (and secret) on.
        raise errors.IssuerMismatchError()
    return VerifiedCallback(callback.code, allowed[origin(server)], callback.location)


def error_from_callback(callback: CallbackResult) -> errors.OAuthError:
    """The exception for a callback that carried ``error=...``."""
    code = (callback.error or "").strip()
    if code == "access_denied":
        return errors.AccessDeniedError()
    if code == "invalid_scope":
        return errors.InvalidScopeError()
    if code in ("invalid_client", "unauthorized_client"):
        return errors.UnknownClientIdError()  # the secret is not involved yet
    if code in ("invalid_redirect_uri", "redirect_uri_mismatch"):
        return errors.InvalidRedirectUriError()
    detail = callback.error_description
    what = f": {detail}" if detail else f" ({code})."
    return errors.OAuthError(
        f"Zoho's sign-in page reported a problem{what}",
        "Start the sign-in again. If it keeps happening, ask your firm's IT person.",
        code=code,
    )
