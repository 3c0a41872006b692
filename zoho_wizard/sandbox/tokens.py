"""Accounts-server rules for codes and tokens: issue, exchange, refresh, revoke, check.

Grant codes (from a consent or the API console's Self Client), the token endpoint's
grant types, the two revoke endpoints, and the check an API (Books, ``userinfo``) makes
on an ``Authorization`` header. Every time comparison uses ``self.clock()``.

Choices where Zoho is silent (each is a switch where that is cheap):

- A wrong or missing PKCE ``code_verifier`` answers ``{"error": "invalid_code"}``
  (``pkce_error``), the name Zoho uses for every other bad-code case.
- A failed exchange does not use up the code; only a successful one does. So a wrong
  secret can be corrected and retried while the code lives
  (``failed_exchange_spends_code`` turns that off).
- A refresh token sent to another data center's token endpoint answers ``invalid_client``,
  like a code does.
- The client-credentials grant is a Self Client's (a client registered with
  ``client_type="self"``); any other client answers ``unauthorized_client``. Its ``soid``
  must be ``ZohoBooks.<organization_id>`` of one of the owner's organizations: none answers
  ``missing_org_info`` (Zoho's documented name), a wrong or unreachable one ``soid_error``
  (what Zoho answers then is unconfirmed; ``missing_org_info`` by default). The token works
  on Books for that organization only.
- Only refresh grants count towards "10 access tokens per refresh token per 10 minutes".
- "First consent" means: this user has no live refresh token for this client. Revoking
  the last one makes the next offline consent "first" again.
- The authorization-code answer carries no ``scope`` (Zoho's examples show none); a
  refresh answer does (``scope_in_code_response`` adds it to the first too).
- "Five refresh tokens a minute" (``refresh_tokens_per_minute``) counts every refresh
  token minted for the user, evicted or not; the sixth exchange answers the throttling
  body and leaves the code unused (unless ``failed_exchange_spends_code``).

``plain_oauth`` answers in plain OAuth 2.0 instead (RFC 6749 §5.2, RFC 7009): no
``api_domain``, errors with HTTP 400/401 and RFC's names, and a revoke that wants the
client authenticated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.faults import THROTTLE_BODY
from zoho_wizard.sandbox.practice import PRACTICE_EMAIL
from zoho_wizard.sandbox.records import (
    AccessToken,
    Answer,
    AuthRequest,
    Client,
    GrantCode,
    RefreshToken,
    check_dc,
    new_token,
    pkce_challenge,
    same_secret,
    unknown_scopes,
)
from zoho_wizard.sandbox.state import ModelState


def _error(code: str, status: int = 200) -> Answer:
    return Answer(status, {"error": code})


# Zoho's error names → plain OAuth 2.0's (RFC 6749 §5.2): name, HTTP status, description.
_RFC_ERRORS: dict[str, tuple[str, int, str]] = {
    "invalid_code": ("invalid_grant", 400, "The authorization grant is invalid or expired."),
    "invalid_code_verifier": ("invalid_grant", 400, "PKCE verification failed."),
    "invalid_redirect_uri": (
        "invalid_grant",
        400,
        "The redirect URI does not match the authorization request.",
    ),
    "invalid_client": ("invalid_client", 401, "Client authentication failed."),
    "invalid_client_secret": ("invalid_client", 401, "Client authentication failed."),
    "invalid_scope": ("invalid_scope", 400, "The requested scope is invalid."),
    "unauthorized_client": ("unauthorized_client", 400, "The client may not use this grant."),
    "missing_org_info": ("invalid_request", 400, "The organization (soid) is missing or unknown."),
    "unsupported_grant_type": ("unsupported_grant_type", 400, "Unsupported grant type."),
}


class TokenRules(ModelState):
    """Grant codes, the token endpoint, revoke, and access-token checks for APIs."""

    # -- grant codes --------------------------------------------------------------------

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
        check_dc(dc)
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

    def issued_secrets(self) -> set[str]:
        """Every grant code, access token and refresh token ever issued."""
        with self._lock:
            return set(self._codes) | set(self._access) | set(self._refresh)

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
        return self._refuse("unsupported_grant_type")

    def _client_at(self, dc: str, client_id: str) -> Client | None:
        client = self._clients.get(client_id)
        if client is None or not client.enabled_in(dc):
            return None
        return client

    def _refuse(self, code: str) -> Answer:
        """A token-endpoint refusal: Zoho's HTTP 200 body, or plain OAuth 2.0's."""
        if not self.plain_oauth:
            return _error(code)
        name, status, description = _RFC_ERRORS.get(code, (code, 400, ""))
        body = {"error": name}
        if description:
            body["error_description"] = description
        return Answer(status, body)

    def _grant_code(self, dc: str, params: Mapping[str, str]) -> Answer:
        answer = self._exchange_code(dc, params)
        if self.failed_exchange_spends_code and "access_token" not in answer.body:
            spent = self._codes.get(params.get("code", ""))
            if spent is not None:
                spent.used = True
        return answer

    def _exchange_code(self, dc: str, params: Mapping[str, str]) -> Answer:
        client = self._client_at(dc, params.get("client_id", ""))
        if client is None:
            return self._refuse("invalid_client")
        grant = self._codes.get(params.get("code", ""))
        if grant is None:
            return self._refuse("invalid_code")
        if grant.dc != dc or grant.client_id != client.client_id:
            return self._refuse("invalid_client")
        now = self.clock()
        if grant.used or now - grant.issued_at > grant.ttl:
            return self._refuse("invalid_code")
        if not same_secret(params.get("client_secret", ""), client.secret_for(dc)):
            return self._refuse("invalid_client_secret")
        if grant.redirect_uri is not None and params.get("redirect_uri") != grant.redirect_uri:
            return self._refuse("invalid_redirect_uri")
        if grant.code_challenge is not None:
            verifier = params.get("code_verifier", "")
            expected = pkce_challenge(verifier, grant.challenge_method)
            if not verifier or not same_secret(expected, grant.code_challenge):
                return self._refuse(self.pkce_error)
        wants_refresh = grant.offline and (
            grant.force_consent or not self._live_refresh_tokens(grant.email, client.client_id)
        )
        if wants_refresh and self._refresh_tokens_throttled(grant.email, now):
            return Answer(self.throttle_status, dict(THROTTLE_BODY))
        grant.used = True
        refresh: RefreshToken | None = None
        if wants_refresh:
            refresh = self._mint_refresh(client.client_id, grant.email, dc, grant.scopes, now)
        access = self._mint_access(
            client.client_id, grant.email, dc, grant.scopes, now, refresh.token if refresh else None
        )
        body = self._token_body(access, refresh, with_scope=self.scope_in_code_response)
        return Answer(200, body)

    def _grant_refresh(self, dc: str, params: Mapping[str, str]) -> Answer:
        client = self._client_at(dc, params.get("client_id", ""))
        if client is None:
            return self._refuse("invalid_client")
        if not same_secret(params.get("client_secret", ""), client.secret_for(dc)):
            return self._refuse("invalid_client_secret")
        refresh = self._refresh.get(params.get("refresh_token", ""))
        if refresh is None or refresh.revoked or refresh.client_id != client.client_id:
            return self._refuse("invalid_code")
        if refresh.dc != dc:
            return self._refuse("invalid_client")
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
            return self._refuse("invalid_client")
        if not same_secret(params.get("client_secret", ""), client.secret_for(dc)):
            return self._refuse("invalid_client_secret")
        if client.client_type != "self":
            return self._refuse("unauthorized_client")
        wanted = scope_catalog.split(params.get("scope", ""))
        if not wanted or unknown_scopes(wanted):
            return self._refuse("invalid_scope")
        organization = self._soid_organization(client.owner, params.get("soid", ""))
        if organization is None:
            return self._refuse("missing_org_info" if not params.get("soid") else self.soid_error)
        access = self._mint_access(client.client_id, client.owner, dc, wanted, self.clock(), None)
        access.organization = organization
        return Answer(200, self._token_body(access, None))

    def _soid_organization(self, owner: str, soid: str) -> str | None:
        """The organization ID ``soid`` (``ZohoBooks.<organization_id>``) names, when it
        is one of the Self Client owner's Books organizations; None otherwise (Books lets
        a user have several, so Zoho needs the soid for it)."""
        service, _, organization_id = soid.strip().partition(".")
        if service.lower() != "zohobooks" or not organization_id:
            return None
        user = self._users.get(owner.strip().lower())
        owned = {str(org.get("organization_id")) for org in (user.organizations if user else [])}
        return organization_id if organization_id in owned else None

    def _live_refresh_tokens(self, email: str, client_id: str) -> list[RefreshToken]:
        return [
            r
            for r in self._refresh.values()
            if not r.revoked and r.email == email and r.client_id == client_id
        ]

    def _refresh_tokens_throttled(self, email: str, now: float) -> bool:
        """Whether one more refresh token for ``email`` would break "five a minute"."""
        limit = self.refresh_tokens_per_minute
        if limit is None:
            return False
        recent = [r for r in self._refresh.values() if r.email == email and now - r.issued_at < 60]
        return len(recent) >= limit

    def _capped_refresh_tokens(self, email: str, client_id: str) -> list[RefreshToken]:
        """The live refresh tokens ``max_refresh_tokens`` counts, oldest first."""
        if self.refresh_token_cap_per == "client":
            return [r for r in self._refresh.values() if not r.revoked and r.client_id == client_id]
        return self._live_refresh_tokens(email, client_id)

    def _mint_refresh(
        self, client_id: str, email: str, dc: str, scopes: tuple[str, ...], now: float
    ) -> RefreshToken:
        live = self._capped_refresh_tokens(email, client_id)
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

    def _token_body(
        self, access: AccessToken, refresh: RefreshToken | None, *, with_scope: bool = True
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"access_token": access.token}
        if refresh is not None:
            body["refresh_token"] = refresh.token
        if with_scope:
            body["scope"] = " ".join(access.scopes)
        if self.legacy_expires:
            body["expires_in_sec"] = self.access_token_ttl
        if not self.plain_oauth:
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

    def revoke(self, dc: str, token: str, client_id: str = "", client_secret: str = "") -> Answer:
        """Classic ``POST /oauth/v2/token/revoke?token=…`` (refresh or access token).

        Zoho's dialect ignores the client's credentials; ``plain_oauth`` wants them
        (:meth:`_revoke_plain`).
        """
        if self.plain_oauth:
            return self._revoke_plain(dc, token, client_id, client_secret)
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

    def _revoke_plain(self, dc: str, token: str, client_id: str, client_secret: str) -> Answer:
        """RFC 7009: the client authenticates; an unknown token still answers 200."""
        if not client_id or not client_secret:
            return Answer(
                400,
                {
                    "error": "invalid_request",
                    "error_description": "Client authentication is required.",
                },
            )
        with self._lock:
            client = self._client_at(dc, client_id)
            if client is None or not same_secret(client_secret, client.secret_for(dc)):
                return self._refuse("invalid_client")
            refresh = self._refresh.get(token)
            access = self._access.get(token)
            owner = refresh or access
            if owner is not None and owner.dc == dc and owner.client_id != client_id:
                return Answer(
                    400,
                    {
                        "error": "unauthorized_client",
                        "error_description": "The token was issued to another client.",
                    },
                )
            if refresh is not None and refresh.dc == dc:
                self._revoke_refresh(refresh)
            elif access is not None and access.dc == dc:
                access.revoked = True
        return Answer(200, {})

    def revoke_for_client(
        self, dc: str, client_id: str, client_secret: str, token: str, token_type: str
    ) -> Answer:
        """Newer ``POST /oauth/v2/revoke/token`` (client authenticated by Basic auth)."""
        with self._lock:
            client = self._client_at(dc, client_id)
            if client is None or not same_secret(client_secret, client.secret_for(dc)):
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
