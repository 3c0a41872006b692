"""Zoho Books under each fake API domain: the organizations endpoint and its refusals
(401 codes 14 and 57; 6041 or 1002 for an organization the user is not in, or that a
client-credentials token was not made for).

The handler takes the model and a parsed :class:`~zoho_wizard.sandbox.incoming.Call`;
:data:`HANDLERS` maps endpoint names onto it. A new Books endpoint is one more handler
here (and a route in :mod:`~zoho_wizard.sandbox.incoming`).
"""

from __future__ import annotations

from collections.abc import Callable

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.sandbox.faults import BOOKS_UNAUTHENTICATED, BOOKS_UNAUTHORIZED
from zoho_wizard.sandbox.incoming import ORGANIZATIONS_PREFIX, Call
from zoho_wizard.sandbox.model import SandboxModel
from zoho_wizard.sandbox.records import AccessToken
from zoho_wizard.sandbox.reply import Reply, json_reply


def _books_access(model: SandboxModel, call: Call) -> tuple[AccessToken | None, Reply | None]:
    access = model.access_token_from_header(call.headers.get("Authorization"))
    if access is None:
        return None, json_reply(BOOKS_UNAUTHENTICATED, 401)
    if not model.access_token_usable(access, call.dc):
        return None, json_reply(BOOKS_UNAUTHORIZED, 401)
    if scope_catalog.covers(access.scopes, scope_catalog.REQUIRED_SCOPES):
        return None, json_reply(BOOKS_UNAUTHORIZED, model.missing_scope_status)
    return access, None


def _not_in_organization(model: SandboxModel, org_id: str) -> Reply:
    """A user asking for an organization they are not in (removed from it, or never)."""
    if model.missing_organization_code == 1002:
        return json_reply({"code": 1002, "message": "Organization does not exist."}, 404)
    message = f"This user is not associated with the CompanyID/CompanyName:{org_id}."
    return json_reply({"code": 6041, "message": message}, 400)


def organizations(model: SandboxModel, call: Call) -> Reply:
    """``GET /books/v3/organizations`` (the user's list) or ``.../{organization_id}``."""
    access, refusal = _books_access(model, call)
    if refusal is not None or access is None:
        return refusal or json_reply(BOOKS_UNAUTHENTICATED, 401)
    user = model.user(access.email)
    organizations = list(user.organizations) if user is not None else []
    if access.organization is not None:  # a Self Client's token: its soid's organization only
        organizations = [
            o for o in organizations if str(o.get("organization_id")) == access.organization
        ]
    org_id = call.route.rest[len(ORGANIZATIONS_PREFIX) :].strip("/")
    if not org_id:
        return json_reply({"code": 0, "message": "success", "organizations": organizations})
    for org in organizations:
        if str(org.get("organization_id")) == org_id:
            return json_reply({"code": 0, "message": "success", "organization": org})
    return _not_in_organization(model, org_id)


HANDLERS: dict[str, Callable[[SandboxModel, Call], Reply]] = {
    "organizations": organizations,
}
"""Books' endpoints, by endpoint name."""
