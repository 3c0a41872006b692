"""A Self Client's client-credentials grant, and its refusals in plain words.

The grant itself is :meth:`TokenClient.client_credentials
<zoho_wizard.core.tokens.TokenClient.client_credentials>` (``POST {accounts}/oauth/v2/token``
with ``grant_type=client_credentials``, ``scope`` and ``soid=ZohoBooks.<organization_id>``;
reference §6 and §13). Zoho answers its refusals as it answers every token call (mostly
HTTP 200 with ``{"error": ...}``); :func:`grant` says what they mean for a connection for
scheduled jobs, whose fix is always to enter the Self Client's details again
(``zoho-wizard connect --unattended``): the errors carry the RECONNECT action, so scripts
see exit code 4, "needs attention".

What Zoho answers for a wrong or unreachable organization is UNCONFIRMED: it documents
``missing_org_info`` (no ``soid`` where one is needed); the names integrators guess for a
wrong one (``invalid_soid``, ``invalid_org``, ``invalid_organization``) mean the same here.
"""

from __future__ import annotations

from zoho_wizard.core import errors
from zoho_wizard.core.tokens import TokenClient, TokenSet

__all__ = [
    "ORGANIZATION_ERRORS",
    "SelfClientOrganizationError",
    "SelfClientRefusedError",
    "SelfClientScopeError",
    "explain",
    "grant",
]

ORGANIZATION_ERRORS = frozenset(
    {"missing_org_info", "invalid_soid", "invalid_org", "invalid_organization"}
)
_SCOPE_ERRORS = frozenset({"invalid_scope", "invalid_scopes"})

_AGAIN = (
    "then run “zoho-wizard connect --unattended --name NAME” again with this connection's name."
)


class SelfClientRefusedError(errors.InvalidClientError):
    """The grant refused the Self Client's ID or secret (``invalid_client``,
    ``invalid_client_secret``, ``unauthorized_client``)."""

    default_message = "Zoho did not accept the Self Client's ID and secret."
    default_fix = (
        "The Self Client may have been deleted in Zoho's API console, or the secret is wrong "
        "(or belongs to another data center's console). Copy the ID and secret again from "
        "the API console (Self Client → Client Secret), " + _AGAIN
    )
    action = errors.Action.RECONNECT


class SelfClientScopeError(errors.InvalidScopeError):
    """The grant refused the access asked for (``invalid_scope``)."""

    default_message = "Zoho did not accept the access this connection for scheduled jobs asks for."
    default_fix = (
        "Ask for Zoho Books access only (scopes starting with ZohoBooks.), for example in the "
        "setup file's scopes, " + _AGAIN
    )
    action = errors.Action.RECONNECT


class SelfClientOrganizationError(errors.OAuthError):
    """The organization (the ``soid``) is wrong, or not one the Self Client's Zoho account
    can reach: at the token endpoint, or in Books' answer afterwards (6041, 1002, 404)."""

    code = "missing_org_info"
    default_message = (
        "Zoho did not give access to this organization: the organization ID is wrong, or "
        "the Zoho account that made the Self Client is not a user of it."
    )
    default_fix = (
        "Check the organization ID in Zoho Books (Settings → Organization Profile), and that "
        "the Self Client was made by a user of that organization, " + _AGAIN
    )
    action = errors.Action.RECONNECT


def explain(exc: errors.ZohoWizardError) -> errors.ZohoWizardError:
    """The error a refusal of the grant means for a Self Client (others as they are)."""
    if isinstance(exc, SelfClientRefusedError | SelfClientScopeError | SelfClientOrganizationError):
        return exc
    if isinstance(exc, errors.InvalidClientError | errors.InvalidClientSecretError):
        return SelfClientRefusedError(code=exc.code)
    code = exc.code.lower() if isinstance(exc, errors.OAuthError) else ""
    if isinstance(exc, errors.InvalidScopeError) or code in _SCOPE_ERRORS:
        return SelfClientScopeError(code=code or None)
    if code in ORGANIZATION_ERRORS:
        return SelfClientOrganizationError(code=code)
    return exc


def grant(
    tokens: TokenClient,
    *,
    accounts_server: str,
    client_id: str,
    client_secret: str,
    scopes: tuple[str, ...],
    soid: str,
) -> TokenSet:
    """An access token for one organization from the client-credentials grant.

    Raises:
        SelfClientRefusedError: the ID or secret was refused (the Self Client was
            deleted, the secret is wrong, or it is another data center's).
        SelfClientScopeError: the access asked for was refused.
        SelfClientOrganizationError: the organization is wrong or out of reach.
        ThrottledError: Zoho is limiting requests.
        ZohoWizardError: any other failure, in plain words.
    """
    try:
        return tokens.client_credentials(
            accounts_server=accounts_server,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            soid=soid,
        )
    except errors.ZohoWizardError as exc:
        raise explain(exc) from None
