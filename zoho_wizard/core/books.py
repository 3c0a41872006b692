"""The few calls the wizard itself makes to a Zoho product (its organizations, and one
organization by ID for the health probe) and how a refused call becomes an exception.

Paths, JSON keys and the product's name come from a
:class:`~zoho_wizard.core.product.Product`: Zoho Books unless told otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors, scopes
from zoho_wizard.core.grant import Grant
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json, network_error
from zoho_wizard.core.product import BOOKS, Organization, Product, authorization_header

if TYPE_CHECKING:
    import requests

__all__ = [
    "ORGANIZATION_GONE_CODES",
    "Organization",
    "authorization_header",
    "books_error",
    "get_organization",
    "list_organizations",
    "organization_gone",
    "organization_gone_error",
    "succeeded",
]

# Books' answers for an organization the user can no longer reach: 1002 "does not exist"
# (HTTP 404), and 6041 "This user is not associated with the CompanyID/CompanyName:<id>."
# (HTTP 400), which third-party code sees when the user was removed from it (§13).
ORGANIZATION_GONE_CODES = (1002, 6041)
_NOT_ASSOCIATED = 6041
_NOT_AUTHORIZED = 57


def _code_of(body: Any) -> int | None:
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) else None


def succeeded(response: requests.Response) -> bool:
    """True for Books' success: HTTP 200 with ``code`` 0 (an error code can come with 200)."""
    return response.status_code == 200 and _code_of(decode_json(response)) == 0


def organization_gone(response: requests.Response) -> bool:
    """True when Books' answer to a call about one organization means it is out of reach
    for this user (404, or code 1002 or 6041)."""
    code = _code_of(decode_json(response))
    return response.status_code == 404 or code in ORGANIZATION_GONE_CODES


def organization_gone_error(
    code: int | None = None, status: int | None = None
) -> errors.BooksError:
    """The error for an organization this Zoho user can no longer reach."""
    return errors.BooksError(
        "The organization this connection uses is no longer available to this Zoho user.",
        "Reconnect and choose the organization again.",
        code=code,
        status=status,
        action=errors.Action.RECONNECT,
    )


def _permission_error(
    missing: tuple[str, ...], asked: bool, code: int | None, status: int
) -> errors.BooksAuthError:
    """Code 57 for a call whose scope this connection is known not to have."""
    what = "; ".join(scopes.describe(missing))
    fix = (
        "Reconnect and allow that access on Zoho's page."
        if asked
        else "Reconnect, choose that access on the details page, and allow it on Zoho's page. "
        "If your firm's setup file sets the access, ask your firm's IT person."
    )
    return errors.BooksAuthError(
        f"Zoho Books refused because this connection was not given access to “{what}”.",
        fix,
        code=code,
        status=status,
    )


def books_error(
    response: requests.Response,
    *,
    needs: str | None = None,
    grant: Grant | None = None,
) -> errors.ZohoWizardError:
    """The exception for a failed Books response (Books bodies are ``{code, message}``).

    Args:
        response: Books' answer.
        needs: The scope the call needs, when known
            (:meth:`~zoho_wizard.core.product.Product.scope_for_call`).
        grant: What is known of the connection's access. With ``needs``, a refusal
            (code 57) for a scope the connection is known not to have is explained as
            that missing access; otherwise it is today's "did not accept the sign-in".
    """
    body = decode_json(response)
    code = _code_of(body)
    status = response.status_code
    if code == _NOT_ASSOCIATED:
        return organization_gone_error(code, status)
    if code == _NOT_AUTHORIZED and needs is not None and grant is not None:
        missing = grant.lacks((needs,))
        if missing:
            return _permission_error(missing, grant.asked_for(missing), code, status)
    if status == 401 or code in (14, 57):
        return errors.BooksAuthError(code=code, status=status)
    if status == 429 or code in (44, 45, 1070):
        reset = response.headers.get("X-Rate-Limit-Reset", "")
        wait = float(reset) if reset.isdigit() else 60.0
        if code == 45:
            return errors.BooksRateLimitError(
                "This organization has used up today's Zoho Books API calls.",
                "The limit resets tomorrow. Your plan sets how many calls a day are allowed.",
                code=code,
                status=status,
                retry_after=wait,
            )
        return errors.BooksRateLimitError(code=code, status=status, retry_after=wait)
    if status >= 500 or not isinstance(body, dict):
        return errors.ServerError(status=status)
    message = body.get("message")
    return errors.BooksError(
        f"Zoho Books refused the request: {message}" if isinstance(message, str) else None,
        code=code,
        status=status,
    )


def _get(
    session: requests.Session, url: str, access_token: str, params: dict[str, str] | None = None
) -> Any:
    import requests  # only when HTTP is done (see core.http)

    try:
        response = session.get(
            url,
            params=params,
            timeout=DEFAULT_TIMEOUT,
            headers=authorization_header(access_token),
        )
    except requests.RequestException as exc:
        raise network_error(exc) from None
    body = decode_json(response)
    if response.status_code != 200 or not isinstance(body, dict) or body.get("code") != 0:
        raise books_error(response)
    return body


def list_organizations(
    session: requests.Session, api_domain: str, access_token: str, product: Product = BOOKS
) -> list[Organization]:
    """``GET {api_domain}/books/v3/organizations`` (the product's), default organization first.

    Raises:
        BooksAuthError: the token was refused (code 14 or 57).
        NoOrganizationsError: the user has no organization in the product.
    """
    body = _get(session, product.organizations_url(api_domain), access_token)
    raw = body.get(product.organizations_key)
    if not isinstance(raw, list):
        raise errors.ServerError(
            f"{product.name} sent an organization list this program could not read."
        )
    orgs = [product.organization_from_row(item) for item in raw if isinstance(item, dict)]
    if not orgs:
        raise errors.NoOrganizationsError()
    return sorted(orgs, key=lambda o: (not o.is_default, o.name.lower()))


def get_organization(
    session: requests.Session,
    api_domain: str,
    access_token: str,
    organization_id: str,
    product: Product = BOOKS,
) -> Organization:
    """``GET {api_domain}/books/v3/organizations/{id}`` (the product's): proves the org is
    reachable.

    Raises:
        BooksError: the organization is out of this user's reach (404, 1002 or 6041),
            with the Reconnect action.
    """
    try:
        body = _get(session, product.organization_url(api_domain, organization_id), access_token)
    except errors.BooksError as exc:
        if exc.status == 404 or exc.code in ORGANIZATION_GONE_CODES:
            raise organization_gone_error(exc.code, exc.status) from None
        raise
    raw = body.get(product.organization_key)
    if not isinstance(raw, dict):
        raise errors.ServerError(
            f"{product.name} sent an organization this program could not read."
        )
    return product.organization_from_row(raw)
