"""Accounts-server rules for the browser: sessions, authorization requests and consent.

What happens between a user opening ``/oauth/v2/auth`` and pressing Accept: signing in
(one browser session per cookie), validating the authorization request the way Zoho's
error pages do, remembering the consent page on screen until it is answered, and what
the redirect back to the app carries (in Zoho's dialect or plain OAuth 2.0's). The code
issued on Accept is :mod:`~zoho_wizard.sandbox.tokens`' business.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.records import (
    AuthRequest,
    AuthRequestError,
    PendingConsent,
    User,
    unknown_scopes,
)
from zoho_wizard.sandbox.state import ModelState


class ConsentRules(ModelState):
    """Browser sessions, authorization-request validation and pending consents."""

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

    def parse_auth_request(self, query: Mapping[str, str], dc: str | None = None) -> AuthRequest:
        """Validate an ``/oauth/v2/auth`` query (at data center ``dc``, when given).

        A client is known at a data center where it is registered or Multi-DC-enabled
        (:meth:`Client.enabled_in`); elsewhere Zoho shows the same "Invalid Client" page as
        for a client ID that does not exist at all (reference §13).

        Raises:
            AuthRequestError: with the title of the page Zoho would show (no redirect).
        """
        client = self.client(query.get("client_id", ""))
        if client is None or (dc is not None and not client.enabled_in(dc)):
            raise AuthRequestError(
                "Invalid client",
                "The transmitted client ID does not exist.",
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
                "Mobile-based Applications clients must send code_challenge (PKCE).",
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

    # -- the redirect back to the app ---------------------------------------------------

    def callback_params(self, pending: PendingConsent, code: str) -> list[tuple[str, str]]:
        """The query of Accept's redirect: ``state``, ``code`` and, in Zoho's dialect,
        ``location`` and ``accounts-server`` (plain OAuth 2.0 names no server); ``iss``
        when ``send_iss`` is on."""
        state = pending.request.state
        params = [("state", state)] if state is not None else []
        params.append(("code", code))
        if not self.plain_oauth:
            params += [("location", pending.dc), ("accounts-server", self.accounts_url(pending.dc))]
        return params + self._issuer(pending.dc)

    def denial_params(self, pending: PendingConsent) -> list[tuple[str, str]]:
        """The query of Deny's redirect: ``error=access_denied``, then ``state`` unless
        ``deny_without_state`` (Zoho's docs do not say whether it comes back)."""
        state = pending.request.state
        params = [("error", "access_denied")]
        if state is not None and not self.deny_without_state:
            params.append(("state", state))
        return params + self._issuer(pending.dc)

    def _issuer(self, dc: str) -> list[tuple[str, str]]:
        return [("iss", self.accounts_url(dc))] if self.send_iss else []
