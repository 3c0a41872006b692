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
from zoho_wizard.sandbox.device import DeviceRules


class SandboxModel(ConsentRules, DeviceRules):
    """State and rules of the fake Zoho. :class:`~zoho_wizard.sandbox.Sandbox` serves it.

    Switches (plain attributes, change any time):
        code_ttl: Grant-code lifetime in seconds for redirect codes (default 60).
        access_token_ttl: Access-token lifetime in seconds (default 3600).
        legacy_expires: Token JSON uses ``expires_in_sec`` + ``expires_in`` in ms.
        throttle_status: HTTP status of the refresh-limit answer (400, or 200).
        trailing_ampersand: Add a trailing ``&`` to the success redirect.
        pkce_error: Error code for a wrong or missing ``code_verifier``.
        refresh_limit / refresh_window: Access tokens per refresh token per window.
        max_refresh_tokens: Refresh tokens per user and client (or per client, see
            ``refresh_token_cap_per``); more evicts the oldest.
        max_active_access_tokens: If set, live access tokens per refresh token; a new one
            beyond it revokes the oldest (Zoho pages say 15 or 30).
        accept_bearer: Books also accepts ``Authorization: Bearer <token>``.
        deny_without_state: Deny redirects with ``error=access_denied`` and no ``state``
            (Zoho's docs do not say whether it comes back).
        plain_oauth: Speak plain OAuth 2.0 (RFC 6749/7009) instead of Zoho's dialect: no
            ``location``/``accounts-server`` on the redirect, no ``api_domain`` in token
            answers, RFC error bodies with HTTP 400/401 (``invalid_grant``,
            ``invalid_client``...), and revoke wants the client's ``client_id`` and
            ``client_secret`` in the body (400 ``invalid_request`` without them; 200 for
            an unknown token).
        send_iss: Add ``iss`` (RFC 9207: the issuing accounts server) to every redirect.
        scope_in_code_response: Put ``scope`` in the authorization-code token answer
            (Zoho's examples have none, so by default there is none; refresh answers
            always carry it).
        failed_exchange_spends_code: An exchange that answers an error still uses up the
            code (by default only a successful exchange does).
        refresh_tokens_per_minute: If set (Zoho's pages say 5), new refresh tokens per
            user per minute; one more answers Zoho's "too many requests" body with
            ``throttle_status``.
        refresh_token_cap_per: What ``max_refresh_tokens`` counts: ``"user"`` (each
            user's tokens for the client, Kaizen #43) or ``"client"`` (all the client's
            tokens, Zoho's FAQ). Beyond the cap the oldest is silently revoked.
        missing_organization_code: Books' answer for an organization the user does not
            belong to (removed from it, or never in it): 6041 (HTTP 400, "This user is not
            associated with the CompanyID/CompanyName:<id>.") or 1002 (HTTP 404).
        missing_scope_status: HTTP status of Books' code 57 for a token without the scope
            a call needs (401, or 400 as some integrators see it).
        auth_error_status: HTTP status of the authorize step's error pages ("Invalid
            client"...): 400, or 200 (Zoho is not known to use an error status for them).
        soid_error: The client-credentials grant's error for a ``soid`` naming an
            organization the Self Client's owner is not in (``missing_org_info``, or an
            unconfirmed name such as ``invalid_soid``).
        device_code_ttl: Seconds a device sign-in's codes live (Zoho: 5 minutes).
        device_interval: Seconds between polls the code answer asks for (30).
        device_min_interval: The 30-second rule: two polls closer than this answer
            ``slow_down`` (tests lower it).
        device_units: ``"ms"`` (default) or ``"s"``: the unit of the code answer's
            ``interval`` and ``expires_in`` (UNCONFIRMED which Zoho uses).
        device_complete_uri: Add ``verification_uri_complete`` (the address with the code).
        device_slow_down: The next this many polls answer ``slow_down``.
        device_other_dc: Approvals land in this data center, whoever approves (polls
            elsewhere answer ``other_dc``); None: the approving user's home.
        device_expired: Every device code is expired (polls answer ``expired``).
    """
