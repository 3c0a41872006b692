"""The few Zoho Books calls the wizard itself needs: organizations, and a health probe."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zoho_wizard.core import errors
from zoho_wizard.core.http import DEFAULT_TIMEOUT, decode_json, network_error

if TYPE_CHECKING:
    import requests

AUTH_PREFIX = "Zoho-oauthtoken "


@dataclass(frozen=True)
class Organization:
    """One Zoho Books organization, as the picker shows it."""

    organization_id: str
    name: str
    currency_code: str = ""
    currency_symbol: str = ""
    is_default: bool = False
    is_active: bool = True
    contact_name: str = ""
    email: str = ""
    country: str = ""
    time_zone: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Organization:
        """Build from one entry of the ``organizations`` list (ids may come as numbers)."""

        def text(key: str) -> str:
            value = data.get(key)
            return "" if value is None else str(value).strip()

        org_id = text("organization_id")
        if not org_id:
            raise errors.ServerError("Zoho Books sent an organization without an ID.")
        return cls(
            organization_id=org_id,
            name=text("name") or org_id,
            currency_code=text("currency_code"),
            currency_symbol=text("currency_symbol"),
            is_default=data.get("is_default_org") is True,
            is_active=data.get("is_org_active") is not False,
            contact_name=text("contact_name"),
            email=text("email"),
            country=text("country"),
            time_zone=text("time_zone"),
        )


def books_base(api_domain: str) -> str:
    """The Books API base for an ``api_domain`` from a token response."""
    return f"{api_domain.rstrip('/')}/books/v3"


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
            headers={"Authorization": AUTH_PREFIX + access_token},
        )
    except requests.RequestException as exc:
        raise network_error(exc) from None
    body = decode_json(response)
    if response.status_code != 200 or not isinstance(body, dict) or body.get("code") != 0:
        raise books_error(response)
    return body


def list_organizations(
    session: requests.Session, api_domain: str, access_token: str
) -> list[Organization]:
    """``GET {api_domain}/books/v3/organizations``, default organization first.

    Raises:
        BooksAuthError: the token was refused (code 14 or 57).
        NoOrganizationsError: the user has no Books organization.
    """
    body = _get(session, f"{books_base(api_domain)}/organizations", access_token)
    raw = body.get("organizations")
    if not isinstance(raw, list):
        raise errors.ServerError(
            "Zoho Books sent an organization list this program could not read."
        )
    orgs = [Organization.from_json(item) for item in raw if isinstance(item, dict)]
    if not orgs:
        raise errors.NoOrganizationsError()
    return sorted(orgs, key=lambda o: (not o.is_default, o.name.lower()))


def get_organization(
    session: requests.Session, api_domain: str, access_token: str, organization_id: str
) -> Organization:
    """``GET {api_domain}/books/v3/organizations/{id}``: proves the org is reachable."""
    body = _get(session, f"{books_base(api_domain)}/organizations/{organization_id}", access_token)
    raw = body.get("organization")
    if not isinstance(raw, dict):
        raise errors.ServerError("Zoho Books sent an organization this program could not read.")
    return Organization.from_json(raw)
