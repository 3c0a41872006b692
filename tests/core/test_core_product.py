"""The product entry: the one authorization header, Books' paths and parameters read from
``BOOKS``, and a second (made-up) product entry used by every call instead of Books."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors, scopes
from zoho_wizard.core.books import get_organization, list_organizations
from zoho_wizard.core.books_session import BooksSession
from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.health import Outcome, check
from zoho_wizard.core.product import (
    BOOKS,
    PRODUCTS,
    Organization,
    Product,
    authorization_header,
)
from zoho_wizard.core.store import MemorySecretStore, Profile, ProfileStore

TOKEN = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
NAME = "Acme Ltd"
T0 = float(int(time.time()))


def _invoice_row(row: Mapping[str, Any]) -> Organization:
    # A made-up product whose rows name the organization differently.
    return Organization(organization_id=str(row["org_no"]), name=str(row["title"]))


# A sister product as one more entry: every field differs from Books'.
INVOICE = Product(
    name="Zoho Invoice",
    short_name="Invoice",
    modules=(),
    access_levels=scopes.ACCESS_LEVELS,
    full_access_scope="ZohoInvoice.fullaccess.all",
    scope_prefix="ZohoInvoice.",
    required_scopes=("ZohoInvoice.settings.READ",),
    api_path="/invoice/v3",
    organizations_path="/orgs",
    organizations_key="orgs",
    organization_key="org",
    organization_from_row=_invoice_row,
    organization_param="org",
)


# --- the header ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (TOKEN, f"Zoho-oauthtoken {TOKEN}"),
        ("1000.x.y", "Zoho-oauthtoken 1000.x.y"),
        ("", "Zoho-oauthtoken "),
    ],
)
def test_authorization_header_is_zohos_scheme(token: str, expected: str) -> None:
    assert authorization_header(token) == {"Authorization": expected}


def test_authorization_header_is_a_fresh_dict_each_time() -> None:
    first = authorization_header(TOKEN)
    first["Authorization"] = "changed"
    assert authorization_header(TOKEN) == {"Authorization": f"Zoho-oauthtoken {TOKEN}"}


# --- the Books entry ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("name", "Zoho Books"),
        ("short_name", "Books"),
        ("api_path", "/books/v3"),
        ("organizations_path", "/organizations"),
        ("organizations_key", "organizations"),
        ("organization_key", "organization"),
        ("organization_param", "organization_id"),
        ("scope_prefix", "ZohoBooks."),
        ("full_access_scope", "ZohoBooks.fullaccess.all"),
        ("required_scopes", ("ZohoBooks.settings.READ",)),
    ],
)
def test_books_entry(field: str, expected: object) -> None:
    assert getattr(BOOKS, field) == expected


def test_books_refers_to_the_scope_catalog_without_copying_it() -> None:
    assert BOOKS.modules is scopes.MODULES
    assert BOOKS.access_levels is scopes.ACCESS_LEVELS
    assert BOOKS.required_scopes is scopes.REQUIRED_SCOPES
    assert BOOKS.full_access_scope == scopes.FULL_ACCESS
    assert all(m.scope("read").startswith(BOOKS.scope_prefix) for m in BOOKS.modules)
    assert PRODUCTS == (BOOKS,)


@pytest.mark.parametrize(
    ("product", "api_domain", "base", "organizations", "one"),
    [
        (
            BOOKS,
            "https://www.zohoapis.eu",
            "https://www.zohoapis.eu/books/v3",
            "https://www.zohoapis.eu/books/v3/organizations",
            "https://www.zohoapis.eu/books/v3/organizations/42",
        ),
        (
            BOOKS,
            "https://www.zohoapis.com/",
            "https://www.zohoapis.com/books/v3",
            "https://www.zohoapis.com/books/v3/organizations",
            "https://www.zohoapis.com/books/v3/organizations/42",
        ),
        (
            INVOICE,
            "http://127.0.0.1:9/api/",
            "http://127.0.0.1:9/api/invoice/v3",
            "http://127.0.0.1:9/api/invoice/v3/orgs",
            "http://127.0.0.1:9/api/invoice/v3/orgs/42",
        ),
    ],
)
def test_urls_come_from_the_entry(
    product: Product, api_domain: str, base: str, organizations: str, one: str
) -> None:
    assert product.api_base(api_domain) == base
    assert product.organizations_url(api_domain) == organizations
    assert product.organization_url(api_domain, "42") == one


@pytest.mark.parametrize(
    ("product", "params", "org", "expected"),
    [
        (BOOKS, None, "7", {"organization_id": "7"}),
        (BOOKS, {"page": "2"}, "7", {"organization_id": "7", "page": "2"}),
        (BOOKS, {"organization_id": "9"}, "7", {"organization_id": "9"}),
        (BOOKS, [("page", "2")], "7", [("organization_id", "7"), ("page", "2")]),
        (BOOKS, (("organization_id", "9"),), "7", (("organization_id", "9"),)),
        (BOOKS, "page=2", "7", "page=2"),
        (BOOKS, {"page": "2"}, "", {"page": "2"}),
        (BOOKS, None, "", None),
        (INVOICE, None, "7", {"org": "7"}),
        (INVOICE, {"organization_id": "9"}, "7", {"org": "7", "organization_id": "9"}),
        (INVOICE, [("org", "9")], "7", [("org", "9")]),
    ],
)
def test_the_organization_parameter_comes_from_the_entry(
    product: Product, params: Any, org: str, expected: Any
) -> None:
    assert product.with_organization(params, org) == expected


# --- a second entry is used by the calls --------------------------------------------------


@pytest.mark.parametrize(
    ("product", "path", "body"),
    [
        (
            BOOKS,
            "/books/v3/organizations",
            {"code": 0, "organizations": [{"organization_id": 5, "name": "Five"}]},
        ),
        (INVOICE, "/invoice/v3/orgs", {"code": 0, "orgs": [{"org_no": 5, "title": "Five"}]}),
        (
            replace(BOOKS, api_path="/books/v9", organizations_path="/companies"),
            "/books/v9/companies",
            {"code": 0, "organizations": [{"organization_id": "5", "name": "Five"}]},
        ),
    ],
)
def test_the_organizations_call_reads_the_entry(
    server: FakeServer,
    session: requests.Session,
    product: Product,
    path: str,
    body: dict[str, Any],
) -> None:
    server.reply(200, body)
    [org] = list_organizations(session, server.url, TOKEN, product)
    assert (org.organization_id, org.name) == ("5", "Five")
    [sent] = server.requests
    assert (sent.method, sent.target) == ("GET", path)
    assert sent.header("Authorization") == f"Zoho-oauthtoken {TOKEN}"


def test_one_organization_is_read_through_the_entry(
    server: FakeServer, session: requests.Session
) -> None:
    server.reply(200, {"code": 0, "org": {"org_no": "5", "title": "Five"}})
    org = get_organization(session, server.url, TOKEN, "5", INVOICE)
    assert (org.organization_id, org.name) == ("5", "Five")
    assert server.requests[0].target == "/invoice/v3/orgs/5"


def test_an_unreadable_list_names_the_product(
    server: FakeServer, session: requests.Session
) -> None:
    server.reply(200, {"code": 0, "organizations": []})  # Books' key, not Invoice's
    with pytest.raises(errors.ServerError) as caught:
        list_organizations(session, server.url, TOKEN, INVOICE)
    assert caught.value.message.startswith("Zoho Invoice sent an organization list")


def _connection(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> SavedConnection:
    secrets = MemorySecretStore()
    secrets.set(NAME, "client_secret", "fake-client-secret-0123456789")
    secrets.set(NAME, "refresh_token", "fake-refresh-token")
    # Refreshed a minute ago: the health check reuses it instead of refreshing.
    secrets.set(NAME, "access_token", CachedToken(TOKEN, T0 + 3000, T0 - 60).dump())
    profile = Profile(
        name=NAME,
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="us",
        accounts_server=server.url,
        api_domain=server.url,
        scopes=("ZohoInvoice.settings.READ",),
        organization_id="77",
        organization_name="Acme",
    )
    profiles = ProfileStore(config_path)
    profiles.save(profile)
    return SavedConnection(
        profile,
        secrets,
        profiles,
        session=session,
        clock=lambda: T0,
        lock_file=tmp_path / "lock",
        product=INVOICE,
    )


def test_a_connection_defaults_to_books(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    conn = _connection(server, config_path, session, tmp_path)
    plain = SavedConnection(
        conn.profile, conn.secrets, conn.profiles, session=session, lock_file=tmp_path / "l2"
    )
    assert plain.product is BOOKS


def test_a_session_uses_the_connections_product(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    server.reply(200, {"code": 0})
    with BooksSession(_connection(server, config_path, session, tmp_path)) as calls:
        assert calls.base_url == f"{server.url}/invoice/v3"
        calls.get("invoices", params={"status": "sent"})
    [sent] = server.requests
    assert sent.path == "/invoice/v3/invoices"
    assert sent.query == {"org": ["77"], "status": ["sent"]}
    assert sent.header("Authorization") == f"Zoho-oauthtoken {TOKEN}"


def test_the_health_check_asks_the_connections_product(
    server: FakeServer, config_path: Path, session: requests.Session, tmp_path: Path
) -> None:
    server.reply(200, {"code": 0, "org": {"org_no": "77", "title": "Acme"}})
    report = check(_connection(server, config_path, session, tmp_path), save=False)
    [call] = server.requests
    assert call.target == "/invoice/v3/orgs/77"
    organization = next(r for r in report.results if r.key == "organization")
    assert (organization.title, organization.outcome) == ("Zoho Invoice organization", Outcome.OK)


# --- which scope a call needs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "scope"),
    [
        ("GET", "https://www.zohoapis.eu/books/v3/organizations", "ZohoBooks.settings.READ"),
        ("GET", "https://www.zohoapis.eu/books/v3/organizations/42", "ZohoBooks.settings.READ"),
        ("get", "http://127.0.0.1:9/api/us/books/v3/invoices?x=1", "ZohoBooks.invoices.READ"),
        ("HEAD", "invoices/1", "ZohoBooks.invoices.READ"),
        ("POST", "https://www.zohoapis.com/books/v3/invoices", "ZohoBooks.invoices.CREATE"),
        ("POST", "contacts?organization_id=1", "ZohoBooks.contacts.CREATE"),
        ("PUT", "https://www.zohoapis.com/books/v3/bills/7", "ZohoBooks.bills.UPDATE"),
        ("PATCH", "bills/7", "ZohoBooks.bills.UPDATE"),
        ("DELETE", "https://www.zohoapis.com/books/v3/expenses/3", "ZohoBooks.expenses.DELETE"),
        ("GET", "vendorcredits", "ZohoBooks.debitnotes.READ"),
        ("GET", "bankaccounts", "ZohoBooks.banking.READ"),
        ("GET", "chartofaccounts", "ZohoBooks.accountants.READ"),
        # Not known: an action deeper in, an unlisted path, nothing at all.
        ("POST", "https://www.zohoapis.com/books/v3/invoices/1/status/sent", None),
        ("GET", "https://www.zohoapis.com/books/v3/items", None),
        ("GET", "https://www.zohoapis.com/books/v3/", None),
        ("OPTIONS", "invoices", None),
    ],
)
def test_books_knows_the_scope_a_call_needs(method: str, url: str, scope: str | None) -> None:
    assert BOOKS.scope_for_call(method, url) == scope


def test_every_scope_path_names_a_module_of_the_catalog() -> None:
    keys = {module.key for module in BOOKS.modules}
    assert set(BOOKS.scope_paths.values()) <= keys


def test_a_product_without_scope_paths_claims_nothing() -> None:
    assert INVOICE.scope_for_call("GET", "https://www.zohoapis.com/invoice/v3/orgs") is None
