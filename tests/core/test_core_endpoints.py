"""Which accounts servers a code may go to: Zoho's table, or a custom server's list."""

from __future__ import annotations

from types import MappingProxyType

import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.endpoints import ZOHO, Endpoints, custom_endpoints


def test_zoho_allows_every_real_accounts_server_and_the_au_alias() -> None:
    allowed = set(ZOHO.allowed_accounts_servers())
    assert {dc.accounts_url for dc in DATA_CENTERS} <= allowed
    assert "https://accounts.zoho.au" in allowed
    assert "https://accounts.zohocloud.ca" in allowed
    assert not ZOHO.is_custom
    assert ZOHO.label == "Zoho"


@pytest.mark.parametrize(
    ("server", "dc_id"),
    [
        ("https://accounts.zoho.com", "us"),
        ("https://accounts.zohocloud.ca", "ca"),
        ("https://ACCOUNTS.ZOHO.EU/", "eu"),
        ("https://accounts.zoho.au", "au"),
        ("https://accounts.zoho.ca", None),
        ("https://evil.example", None),
    ],
)
def test_zoho_data_center_of(server: str, dc_id: str | None) -> None:
    assert ZOHO.data_center_of(server) == dc_id


def test_zoho_accounts_url_per_data_center() -> None:
    assert ZOHO.accounts_url("ca") == "https://accounts.zohocloud.ca"
    assert ZOHO.accounts_url("eu") == "https://accounts.zoho.eu"


def test_custom_endpoints_read_serverinfo(server: FakeServer, session: requests.Session) -> None:
    server.reply(
        200,
        {
            "result": "success",
            "locations": {
                "us": f"{server.url}/us/",
                "EU": f"{server.url}/eu",
                "bad": "ftp://nope",
                "worse": 42,
            },
        },
    )
    endpoints = custom_endpoints(server.url + "/", session=session)
    [sent] = server.requests
    assert (sent.method, sent.target) == ("GET", "/oauth/serverinfo")
    assert dict(endpoints.accounts) == {"us": f"{server.url}/us", "eu": f"{server.url}/eu"}
    assert endpoints.is_custom
    assert endpoints.label == server.url
    assert endpoints.accounts_url("eu") == f"{server.url}/eu"
    assert endpoints.data_center_of(f"{server.url}/eu/") == "eu"
    # A custom server never lets a code go to real Zoho hosts.
    assert set(endpoints.allowed_accounts_servers()) == {f"{server.url}/us", f"{server.url}/eu"}
    assert endpoints.data_center_of("https://accounts.zoho.eu") is None


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, ""),
        (200, "<html>not json</html>"),
        (200, {"result": "success"}),
        (200, {"locations": {}}),
        (200, {"locations": ["https://x"]}),
    ],
)
def test_custom_endpoints_fall_back_to_the_given_server_for_every_dc(
    server: FakeServer,
    session: requests.Session,
    status: int,
    body: object,
) -> None:
    server.reply(status, body)
    endpoints = custom_endpoints(server.url, session=session, label="Staging")
    assert dict(endpoints.accounts) == {dc.id: server.url for dc in DATA_CENTERS}
    assert endpoints.label == "Staging"
    assert endpoints.allowed_accounts_servers() == tuple(server.url for _ in DATA_CENTERS)


def test_custom_endpoints_fall_back_when_the_server_is_unreachable(
    session: requests.Session,
    refused_url: str,
) -> None:
    endpoints = custom_endpoints(refused_url, session=session, practice=True)
    assert set(endpoints.accounts.values()) == {refused_url}
    assert endpoints.practice and endpoints.is_custom


@pytest.mark.parametrize(
    ("api_url", "token_domain", "dc_id", "recorded", "in_use"),
    [
        # The override is used for calls while it is given, and never recorded (issue 14).
        (
            "http://127.0.0.1:9/api/",
            "https://www.zohoapis.eu",
            "eu",
            "https://www.zohoapis.eu",
            "http://127.0.0.1:9/api",
        ),
        (
            "http://127.0.0.1:9/api/",
            None,
            "in",
            "https://www.zohoapis.in",
            "http://127.0.0.1:9/api",
        ),
        (None, "https://www.zohoapis.eu/", "us", "https://www.zohoapis.eu", None),  # token wins
        (None, None, "ca", "https://www.zohoapis.ca", None),  # CA's API host from the table
        (None, "", "au", "https://www.zohoapis.com.au", None),
    ],
)
def test_api_domain_for_records_zohos_and_the_override_is_only_used(
    api_url: str | None,
    token_domain: str | None,
    dc_id: str,
    recorded: str,
    in_use: str | None,
) -> None:
    endpoints = Endpoints(api_url=api_url)
    assert endpoints.api_domain_for(token_domain, dc_id) == recorded
    assert endpoints.api_domain_in_use(recorded) == (in_use or recorded)


def test_unknown_dc_goes_to_the_first_accounts_server() -> None:
    endpoints = Endpoints(MappingProxyType({"us": "http://a", "eu": "http://b"}), label="x")
    assert endpoints.accounts_url("zz") == "http://a"
