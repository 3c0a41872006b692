"""The data-center table: every host a user's sign-in can touch, and the CA trap."""

from __future__ import annotations

import pytest

from zoho_wizard.core import datacenters
from zoho_wizard.core.datacenters import (
    DATA_CENTERS,
    api_domain_fits,
    by_id,
    find_by_accounts_server,
    find_by_api_domain,
    is_zoho_accounts_server,
    is_zoho_api_domain,
)

# Reference §1: location code, accounts server, api_domain.
REFERENCE = [
    ("us", "https://accounts.zoho.com", "https://www.zohoapis.com"),
    ("eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
    ("in", "https://accounts.zoho.in", "https://www.zohoapis.in"),
    ("au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
    ("jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
    ("ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
    ("cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
    ("sa", "https://accounts.zoho.sa", "https://www.zohoapis.sa"),
    ("uk", "https://accounts.zoho.uk", "https://www.zohoapis.uk"),
    # §13: UAE (WorkDrive's multi-DC page) and Singapore (third-party region tables).
    ("ae", "https://accounts.zoho.ae", "https://www.zohoapis.ae"),
    ("sg", "https://accounts.zoho.sg", "https://www.zohoapis.sg"),
]


@pytest.mark.parametrize(("dc_id", "accounts", "api"), REFERENCE)
def test_every_data_center_matches_the_reference(dc_id: str, accounts: str, api: str) -> None:
    dc = by_id(dc_id)
    assert dc.accounts_url == accounts
    assert dc.api_domain == api
    assert dc.books_api_base == f"{api}/books/v3"
    assert dc.label  # something to show in the picker


def test_the_table_has_each_data_center_once() -> None:
    ids = [dc.id for dc in DATA_CENTERS]
    assert sorted(ids) == sorted(row[0] for row in REFERENCE)
    assert len(set(ids)) == len(ids)


def test_canada_accounts_is_zohocloud_but_its_api_is_not() -> None:
    ca = by_id("ca")
    assert ca.accounts_url == "https://accounts.zohocloud.ca"
    assert ca.api_domain == "https://www.zohoapis.ca"
    assert ca.console_url == "https://api-console.zohocloud.ca"


def test_uk_uae_and_singapore_are_flagged_as_unconfirmed_for_books() -> None:
    assert [dc.id for dc in DATA_CENTERS if not dc.books_confirmed] == ["uk", "ae", "sg"]


@pytest.mark.parametrize("text", ["EU", " eu ", "Eu"])
def test_by_id_ignores_case_and_spaces(text: str) -> None:
    assert by_id(text).id == "eu"


def test_by_id_unknown_raises_key_error() -> None:
    with pytest.raises(KeyError):
        by_id("xx")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://accounts.zoho.eu", "eu"),
        ("https://ACCOUNTS.Zoho.EU", "eu"),
        ("https://accounts.zoho.eu/", "eu"),
        ("  https://accounts.zoho.eu/  ", "eu"),
        ("HTTPS://accounts.zoho.com", "us"),
        ("https://accounts.zohocloud.ca", "ca"),
        ("https://accounts.zoho.com.au", "au"),
        ("https://accounts.zoho.au", "au"),  # alias printed on some Zoho pages
        ("https://accounts.zoho.com.cn", "cn"),
        ("https://accounts.zoho.uk", "uk"),
    ],
)
def test_find_by_accounts_server_accepts_the_same_origin(url: str, expected: str) -> None:
    dc = find_by_accounts_server(url)
    assert dc is not None
    assert dc.id == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://accounts.zoho.eu.evil.com",  # look-alike host
        "https://evilaccounts.zoho.eu",
        "https://accounts.zoho.eu:8443",  # another port
        "http://accounts.zoho.eu",  # not https
        "https://accounts.zoho.eu/oauth",  # a path is a different place
        "https://accounts.zoho.ca",  # the CA trap: zoho.ca is not Zoho's CA accounts host
        "https://www.zohoapis.eu",  # an API domain is not an accounts server
        "accounts.zoho.eu",  # no scheme
        "",
    ],
)
def test_find_by_accounts_server_refuses_anything_else(url: str) -> None:
    assert find_by_accounts_server(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://accounts.zoho.eu:notaport",
        "https://accounts.zoho.eu:99999",
    ],
)
def test_find_by_accounts_server_refuses_a_malformed_port(url: str) -> None:
    # The value comes from a redirect URL anyone can craft; it must be "not found",
    # never an exception.
    assert find_by_accounts_server(url) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.zohoapis.com", "us"),
        ("https://www.zohoapis.ca", "ca"),
        ("https://WWW.ZOHOAPIS.CA/", "ca"),
        ("https://www.zohoapis.com.au", "au"),
    ],
)
def test_find_by_api_domain(url: str, expected: str) -> None:
    dc = find_by_api_domain(url)
    assert dc is not None
    assert dc.id == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.zohocloud.ca",  # deriving CA's API host from its accounts host is wrong
        "https://accounts.zoho.com",
        "https://www.zohoapis.com.evil.com",
    ],
)
def test_find_by_api_domain_refuses_anything_else(url: str) -> None:
    assert find_by_api_domain(url) is None


def test_origin_normalises_case_and_trailing_slash_only() -> None:
    assert datacenters.origin("HTTPS://Accounts.Zoho.EU/") == "https://accounts.zoho.eu"
    assert datacenters.origin("http://127.0.0.1:8080/x/") == "http://127.0.0.1:8080/x"


# --- the shape of Zoho's hosts (used to check what Zoho says, never to derive a host) ----


@pytest.mark.parametrize("dc", DATA_CENTERS, ids=lambda dc: dc.id)
def test_every_table_host_has_zohos_shape(dc: datacenters.DataCenter) -> None:
    assert is_zoho_accounts_server(dc.accounts_url)
    assert is_zoho_api_domain(dc.api_domain)
    assert api_domain_fits(dc.api_domain, dc.accounts_url)  # Canada included


@pytest.mark.parametrize(
    "url",
    [
        "https://accounts.zoho.xx",  # a data center newer than the table
        "https://ACCOUNTS.ZOHO.AE/",
        "https://accounts.zohocloud.ca",
    ],
)
def test_new_zoho_accounts_servers_have_the_shape(url: str) -> None:
    assert is_zoho_accounts_server(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://accounts.zoho.ae",  # not https
        "https://accounts.zoho.ae:8443",  # a port
        "https://accounts.zoho.ae/oauth",  # a path
        "https://accounts.zoho.ae?x=1",
        "https://user@accounts.zoho.ae",
        "https://accounts.zoho.ae.evil.com",  # look-alike
        "https://evilaccounts.zoho.ae",
        "https://accounts.zoho-ae.com",
        "https://accounts.zohoo.ae",
        "https://www.zohoapis.ae",  # an API domain is not an accounts server
        "https://accounts.zoho.ae:notaport",
        "accounts.zoho.ae",
        "",
    ],
)
def test_anything_else_is_not_a_zoho_accounts_server(url: str) -> None:
    assert not is_zoho_accounts_server(url)


@pytest.mark.parametrize(
    ("api", "accounts", "fits"),
    [
        ("https://www.zohoapis.xx", "https://accounts.zoho.xx", True),
        ("https://www.zohoapis.ca", "https://accounts.zohocloud.ca", True),
        ("https://www.zohoapis.com.au", "https://accounts.zoho.com.au", True),
        ("https://www.zohoapis.eu", "https://accounts.zoho.xx", False),  # another center's
        ("http://www.zohoapis.xx", "https://accounts.zoho.xx", False),  # not https
        ("https://www.zohoapis.xx/books", "https://accounts.zoho.xx", False),
        ("https://www.zohoapis.xx.evil.com", "https://accounts.zoho.xx", False),
        ("https://books.zoho.xx", "https://accounts.zoho.xx", False),
        ("https://www.zohoapis.xx", "https://evil.example", False),
    ],
)
def test_an_api_domain_fits_only_its_own_data_center(api: str, accounts: str, fits: bool) -> None:
    assert api_domain_fits(api, accounts) is fits
