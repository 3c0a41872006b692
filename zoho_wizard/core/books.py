"""The few calls the wizard itself makes to a Zoho product (its organizations, and one
organization by ID for the health probe) and how a refused call becomes an exception.

Paths, JSON keys and the product's name come from a
:class:`~zoho_wizard.core.product.Product`: Zoho Books unless told otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json, network_error
from zoho_wizard.core.product import BOOKS, Organization, Product, authorization_header

if TYPE_CHECKING:
    import requests

__all__ = [
    "Organization",
    "authorization_header",
    "books_error",
    "get_organization",
    "list_organizations",
]


def books_error(response: requests.Response) -> errors.ZohoWizardError:
    """The exception for a failed Books response (Books bodies are ``{code, message}``)."""
    body = decode_json(response)
    code = body.get("code") if isinstance(body, dict) else None
    code = code if isinstance(code, int) else None
    status = response.status_code
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
    reachable."""
    body = _get(session, product.organization_url(api_domain, organization_id), access_token)
    raw = body.get(product.organization_key)
    if not isinstance(raw, dict):
        raise errors.ServerError(
            f"{product.name} sent an organization this program could not read."
        )
    return product.organization_from_row(raw)
