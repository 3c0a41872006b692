"""The sandbox's accounts and Books state and rules, without sockets.

:class:`SandboxModel` holds clients, users, browser sessions, pending consents, grant
codes and tokens, and answers the token, revoke and API-auth questions the way the
reference (``reference/zoho-oauth.md``) says Zoho does. Every time comparison uses
``self.clock()`` so tests can move time. One re-entrant lock guards all state.

It is put together from parts, one per concern:

- :mod:`~zoho_wizard.sandbox.state`: the state itself, the switches, the registry of
  clients and users, and the log of received requests;
- :mod:`~zoho_wizard.sandbox.consent`: browser sessions, authorization requests, consent;
- :mod:`~zoho_wizard.sandbox.tokens`: grant codes, the token endpoint, revoke, and the
  access-token check APIs make (with the choices made where Zoho is silent).

A new accounts-server behaviour (another grant, another sign-in) is one more such part.
"""

from __future__ import annotations

from zoho_wizard.sandbox.consent import ConsentRules
from zoho_wizard.sandbox.tokens import TokenRules


class SandboxModel(ConsentRules, TokenRules):
    """State and rules of the fake Zoho. :class:`~zoho_wizard.sandbox.Sandbox` serves it.

    Switches (plain attributes, change any time):
        code_ttl: Grant-code lifetime in seconds for redirect codes (default 60).
        access_token_ttl: Access-token lifetime in seconds (default 3600).
        legacy_expires: Token JSON uses ``expires_in_sec`` + ``expires_in`` in ms.
        throttle_status: HTTP status of the refresh-limit answer (400, or 200).
        trailing_ampersand: Add a trailing ``&`` to the success redirect.
        pkce_error: Error code for a wrong or missing ``code_verifier``.
        refresh_limit / refresh_window: Access tokens per refresh token per window.
        max_refresh_tokens: Refresh tokens per user and client; more evicts the oldest.
        max_active_access_tokens: If set, live access tokens per refresh token; a new one
            beyond it revokes the oldest (Zoho pages say 15 or 30).
        accept_bearer: Books also accepts ``Authorization: Bearer <token>``.
        auth_error_status: HTTP status of the authorize step's error pages ("Invalid
            client"...): 400, or 200 (Zoho is not known to use an error status for them).
    """
