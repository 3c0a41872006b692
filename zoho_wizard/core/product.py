"""What the wizard needs to know about a Zoho product, as one value.

The flow, the health check, the command line and the Python API read the product's
name, scopes catalog, API base path and organizations call from a :class:`Product`
instead of spelling out Zoho Books. Books is the only entry for now; a sister product
(Zoho Invoice, Inventory, Expense) has the same shape and would be one more entry.

Every Zoho API call carries the same header, whatever the product:
:func:`authorization_header` builds it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from zoho_wizard.core import errors, scopes

__all__ = [
    "AUTHORIZATION_SCHEME",
    "BOOKS",
    "PRODUCTS",
    "Organization",
    "Product",
    "authorization_header",
    "books_organization",
]

# Zoho's own scheme: its APIs do not take "Bearer" (the sandbox refuses it by default).
AUTHORIZATION_SCHEME = "Zoho-oauthtoken"


def authorization_header(access_token: str) -> dict[str, str]:
    """The ``Authorization`` header for a Zoho API call with ``access_token``.

    Returns ``{"Authorization": "Zoho-oauthtoken <token>"}``, ready to merge into a
    request's headers.
    """
    return {"Authorization": f"{AUTHORIZATION_SCHEME} {access_token}"}


@dataclass(frozen=True)
class Organization:
    """One organization of a Zoho product, as the picker shows it."""

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
    def from_json(
        cls, data: Mapping[str, Any], *, product_name: str = "Zoho Books"
    ) -> Organization:
        """Build from one entry of the ``organizations`` list (ids may come as numbers).

        Raises:
            ServerError: the entry has no organization ID (``product_name`` says whose).
        """

        def text(key: str) -> str:
            value = data.get(key)
            return "" if value is None else str(value).strip()

        org_id = text("organization_id")
        if not org_id:
            raise errors.ServerError(f"{product_name} sent an organization without an ID.")
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


@dataclass(frozen=True)
class Product:
    """A Zoho product the wizard can connect: what its calls and scopes look like.

    Attributes:
        name: Its name for people (``Zoho Books``).
        short_name: The short form used in running text (``Books``).
        modules: Its scopes catalog: the modules that have their own scopes.
        access_levels: The plain-language access choices offered for each module.
        full_access_scope: The one scope that covers every scope of the product.
        scope_prefix: What every scope of the product starts with (``ZohoBooks.``).
        required_scopes: The scopes the wizard itself needs (listing organizations).
        api_path: The API base path under the ``api_domain`` (``/books/v3``).
        organizations_path: Where organizations are listed, under the API base.
        organizations_key: The JSON key holding the list of organizations.
        organization_key: The JSON key holding one organization (``GET .../{id}``).
        organization_from_row: How one row of that JSON becomes an :class:`Organization`.
        organization_param: The query parameter that names the organization on each call.
        scope_paths: Which module's scopes a call needs, by the first part of its path
            under the API base (``invoices`` → ``invoices``); paths not listed are not
            known, and nothing is claimed about them.
    """

    name: str
    short_name: str
    modules: tuple[scopes.BooksModule, ...]
    access_levels: tuple[scopes.AccessLevel, ...]
    full_access_scope: str
    scope_prefix: str
    required_scopes: tuple[str, ...]
    api_path: str
    organizations_path: str
    organizations_key: str
    organization_key: str
    organization_from_row: Callable[[Mapping[str, Any]], Organization]
    organization_param: str
    scope_paths: Mapping[str, str] = field(default_factory=dict)

    def api_base(self, api_domain: str) -> str:
        """The API base for an ``api_domain`` from a token response."""
        return f"{api_domain.rstrip('/')}{self.api_path}"

    def organizations_url(self, api_domain: str) -> str:
        """Where the organizations are listed."""
        return f"{self.api_base(api_domain)}{self.organizations_path}"

    def organization_url(self, api_domain: str, organization_id: str) -> str:
        """Where one organization is read (the health check's proof it is reachable)."""
        return f"{self.organizations_url(api_domain)}/{organization_id}"

    def with_organization(self, params: Any, organization_id: str) -> Any:
        """Add the organization parameter to a call's ``params`` (as requests takes them).

        Params that already name an organization, or no organization at all, leave them
        as they are; a mapping keeps the caller's value, pairs keep their order.
        """
        key = self.organization_param
        if not organization_id:
            return params
        if params is None:
            return {key: organization_id}
        if isinstance(params, Mapping):
            return {key: organization_id, **params}
        if isinstance(params, list | tuple):
            if any(name == key for name, _ in params):
                return params
            return [(key, organization_id), *params]
        return params

    def scope_for_call(self, method: str, url: str) -> str | None:
        """The scope a call to ``url`` (under this product's API base) needs, if known.

        The module comes from :attr:`scope_paths`; the operation from the method: reading
        needs ``READ``, ``PUT``/``PATCH`` ``UPDATE``, ``DELETE`` ``DELETE``, and a ``POST``
        to a list (``invoices``) ``CREATE``. A ``POST`` deeper in (``invoices/1/status/sent``)
        or an unlisted path gives None: Zoho's pages do not say, so nothing is guessed.
        """
        path = urlsplit(url).path if "://" in url else url.split("?", 1)[0]
        marker = f"{self.api_path}/"
        if marker in path:
            path = path.split(marker, 1)[1]
        parts = [part for part in path.split("/") if part]
        module = self.scope_paths.get(parts[0].lower()) if parts else None
        verb = method.upper()
        if module is None:
            return None
        if verb in ("GET", "HEAD"):
            operation = "READ"
        elif verb in ("PUT", "PATCH"):
            operation = "UPDATE"
        elif verb == "DELETE":
            operation = "DELETE"
        elif verb == "POST" and len(parts) == 1:
            operation = "CREATE"
        else:
            return None
        return f"{self.scope_prefix}{module}.{operation}"

    def soid(self, organization_id: str) -> str:
        """The client-credentials grant's ``soid`` for one organization of the product:
        ``{service}.{organization_id}``, the service being the scopes' (``ZohoBooks``)."""
        return f"{self.scope_prefix.rstrip('.')}.{organization_id}"


def books_organization(row: Mapping[str, Any]) -> Organization:
    """One row of Zoho Books' organizations list as an :class:`Organization`."""
    return Organization.from_json(row, product_name="Zoho Books")


# Zoho Books' API paths and the module whose scopes each needs (Books' API reference
# names an OAuth scope on every call). Only paths whose scope is documented are listed.
BOOKS_SCOPE_PATHS: Mapping[str, str] = {
    "organizations": "settings",
    "settings": "settings",
    "users": "settings",
    "contacts": "contacts",
    "invoices": "invoices",
    "estimates": "estimates",
    "salesorders": "salesorders",
    "customerpayments": "customerpayments",
    "creditnotes": "creditnotes",
    "bills": "bills",
    "purchaseorders": "purchaseorders",
    "vendorpayments": "vendorpayments",
    "vendorcredits": "debitnotes",
    "expenses": "expenses",
    "bankaccounts": "banking",
    "banktransactions": "banking",
    "projects": "projects",
    "chartofaccounts": "accountants",
    "journals": "accountants",
}

BOOKS = Product(
    name="Zoho Books",
    short_name="Books",
    modules=scopes.MODULES,
    access_levels=scopes.ACCESS_LEVELS,
    full_access_scope=scopes.FULL_ACCESS,
    scope_prefix=scopes.SCOPE_PREFIX,
    # The organization picker calls GET /organizations, which needs settings.READ.
    required_scopes=scopes.REQUIRED_SCOPES,
    api_path="/books/v3",
    organizations_path="/organizations",
    organizations_key="organizations",
    organization_key="organization",
    organization_from_row=books_organization,
    organization_param="organization_id",
    scope_paths=BOOKS_SCOPE_PATHS,
)

PRODUCTS: tuple[Product, ...] = (BOOKS,)
