"""Accounts servers and API domains beyond the built-in table, from serverinfo.

A callback's accounts server is accepted when the table or serverinfo lists it and refused
otherwise; the API domain of a data center only serverinfo knows comes from the token
answer, and only when it is that data center's.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

import keyring
import pytest
import requests
from core_fakes import FakeServer

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import (
    CallbackResult,
    VerifiedCallback,
    begin_authorization,
    complete_authorization,
)
from zoho_wizard.core.connect import Connector
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.serverinfo import LOOKUP_GAP, ServerInfo
from zoho_wizard.core.store import APP_NAME, KeyringSecretStore, ProfileStore

T0 = 1_800_000_000.0
NEW = "https://accounts.zoho.xx"  # a data center newer than the table


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def zoho(listed: dict[str, str] | None = None, clock: Clock | None = None) -> Endpoints:
    """Real-Zoho endpoints whose serverinfo (never read here) lists ``listed``."""
    source = ServerInfo("https://accounts.zoho.com/oauth/serverinfo", clock=clock or Clock())
    if listed is not None:
        source.remember(listed)
    return Endpoints(serverinfo=source)


def _request(accounts_url: str = "https://accounts.zoho.com") -> Any:
    return begin_authorization(
        accounts_url=accounts_url,
        client_id="1000.ABC",
        redirect_uri="http://127.0.0.1:47214/callback",
        scopes=("ZohoBooks.settings.READ",),
    )


def _callback(request: Any, server: str | None, **changes: Any) -> CallbackResult:
    values = {"code": "fake-code", "state": request.state, "accounts_server": server} | changes
    return CallbackResult(**values)


# --- the allow-list ------------------------------------------------------------------------


def test_real_zoho_endpoints_read_zohos_serverinfo_custom_ones_do_not() -> None:
    real = Endpoints()
    assert real.serverinfo is not None
    assert real.serverinfo.url == "https://accounts.zoho.com/oauth/serverinfo"
    custom = Endpoints(MappingProxyType({"us": "http://a"}), label="Staging")
    assert custom.serverinfo is None


def test_a_data_center_only_serverinfo_lists_is_accepted() -> None:
    endpoints = zoho({"us": "https://accounts.zoho.com", "xx": NEW})
    assert NEW in endpoints.allowed_accounts_servers()
    assert endpoints.data_center_of(NEW + "/") == "xx"
    assert endpoints.accounts_url("xx") == NEW
    # Still every table server and alias, each once.
    allowed = endpoints.allowed_accounts_servers()
    assert {dc.accounts_url for dc in DATA_CENTERS} <= set(allowed)
    assert "https://accounts.zoho.au" in allowed
    assert len(allowed) == len(set(allowed))
    request = _request()
    verified = complete_authorization(
        request, _callback(request, NEW), allowed_accounts_servers=allowed
    )
    assert verified.accounts_server == NEW


def test_without_serverinfo_a_new_data_center_is_refused_as_before() -> None:
    endpoints = zoho()  # never read (offline): the table alone
    assert endpoints.data_center_of(NEW) is None
    request = _request()
    with pytest.raises(errors.UnknownAccountsServerError):
        complete_authorization(
            request,
            _callback(request, NEW),
            allowed_accounts_servers=endpoints.allowed_accounts_servers(),
        )


@pytest.mark.parametrize(
    "server",
    ["https://evil.example", "https://accounts.zoho.xx.evil.com", "http://accounts.zoho.xx"],
)
def test_servers_on_no_list_are_refused(server: str) -> None:
    endpoints = zoho({"xx": NEW})
    request = _request()
    with pytest.raises(errors.UnknownAccountsServerError):
        complete_authorization(
            request,
            _callback(request, server),
            allowed_accounts_servers=endpoints.allowed_accounts_servers(),
        )


# --- when the callback is worth a look-up ------------------------------------------------


def test_an_unknown_zoho_shaped_server_is_looked_up_before_the_check() -> None:
    clock = Clock()
    endpoints = zoho({"us": "https://accounts.zoho.com"}, clock)
    request = _request()
    callback = _callback(request, NEW)
    assert endpoints.lookup_before_check(request, callback) is None  # read moments ago
    clock.now += LOOKUP_GAP
    assert endpoints.lookup_before_check(request, callback) == NEW


def test_a_read_in_progress_is_worth_waiting_for() -> None:
    endpoints = zoho({"us": "https://accounts.zoho.com"})  # read moments ago...
    request = _request()
    assert endpoints.serverinfo is not None
    with endpoints.serverinfo._fetching:  # ...and being read again right now
        assert endpoints.lookup_before_check(request, _callback(request, NEW)) == NEW


@pytest.mark.parametrize(
    "changes",
    [
        {"accounts_server": "https://accounts.zoho.eu"},  # the table knows it
        {"accounts_server": "https://accounts.zoho.com"},  # where the sign-in started
        {"accounts_server": None},  # nothing named
        {"accounts_server": "https://evil.example"},  # never one of Zoho's
        {"state": "someone else's"},  # not this sign-in
        {"code": None, "error": "access_denied"},  # no code: nothing to protect
    ],
)
def test_other_callbacks_are_checked_at_once(changes: dict[str, Any]) -> None:
    clock = Clock()
    endpoints = zoho({"us": "https://accounts.zoho.com"}, clock)
    clock.now += LOOKUP_GAP
    request = _request()
    callback = _callback(request, NEW, **changes)
    assert endpoints.lookup_before_check(request, callback) is None


def test_endpoints_without_serverinfo_never_look_up() -> None:
    endpoints = Endpoints(MappingProxyType({"us": "http://a"}), label="Staging")
    request = _request("http://a")
    assert endpoints.lookup_before_check(request, _callback(request, "http://b")) is None
    assert endpoints.look_up("http://b") is False
    endpoints.prefetch()  # nothing to read; never raises


# --- the API domain ------------------------------------------------------------------------


def test_a_new_data_centers_api_domain_comes_from_the_token_when_it_is_its_own() -> None:
    endpoints = zoho({"xx": NEW})
    assert endpoints.api_domain_for("https://www.zohoapis.xx/", "xx", NEW) == (
        "https://www.zohoapis.xx"
    )
    assert endpoints.api_domain_for("https://www.zohoapis.xx", "xx") == "https://www.zohoapis.xx"


@pytest.mark.parametrize(
    "token_domain",
    [
        None,  # no API domain and no table entry: nowhere to go
        "",
        "https://www.zohoapis.eu",  # another data center's
        "http://www.zohoapis.xx",  # not https
        "https://www.zohoapis.xx.evil.com",
        "https://evil.example",
    ],
)
def test_a_new_data_centers_api_domain_is_refused_otherwise(token_domain: str | None) -> None:
    endpoints = zoho({"xx": NEW})
    with pytest.raises(errors.UnknownApiDomainError):
        endpoints.api_domain_for(token_domain, "xx", NEW)


def test_a_table_data_center_ignores_an_api_domain_that_is_not_zohos() -> None:
    endpoints = zoho()
    assert endpoints.api_domain_for("https://evil.example", "eu") == "https://www.zohoapis.eu"
    assert endpoints.api_domain_for("https://www.zohoapis.ae", "ae") == "https://www.zohoapis.ae"
    assert endpoints.api_domain_for(None, "sg") == "https://www.zohoapis.sg"


def test_a_custom_servers_new_data_center_keeps_its_api_on_the_same_server() -> None:
    source = ServerInfo("http://127.0.0.1:9/accounts/us/oauth/serverinfo", zoho=False)
    source.remember({"nx": "http://127.0.0.1:9/accounts/nx"})
    endpoints = Endpoints(
        MappingProxyType({"us": "http://127.0.0.1:9/accounts/us"}),
        label="Practice sandbox",
        practice=True,
        serverinfo=source,
    )
    assert endpoints.data_center_of("http://127.0.0.1:9/accounts/nx") == "nx"
    assert endpoints.api_domain_for("http://127.0.0.1:9/api/nx", "nx") == (
        "http://127.0.0.1:9/api/nx"
    )
    with pytest.raises(errors.UnknownApiDomainError):
        endpoints.api_domain_for("http://127.0.0.2:9/api/nx", "nx")


def test_a_custom_data_center_zoho_has_not_without_an_api_domain_is_a_plain_error() -> None:
    endpoints = Endpoints(MappingProxyType({"zz": "http://a"}), label="Staging")
    with pytest.raises(errors.UnknownApiDomainError):
        endpoints.api_domain_for(None, "zz")


# --- the exchange: an untrustworthy API domain withdraws the keys ---------------------------

DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    client_secret="fake-client-secret-0123456789",
    data_center="us",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)


def _connector(server: FakeServer, session: requests.Session, config_path: Path) -> Connector:
    source = ServerInfo(server.url + "/oauth/serverinfo", zoho=False, session=session)
    source.remember({"us": server.url, "nx": server.url + "/nx"})
    endpoints = Endpoints(
        MappingProxyType({"us": server.url}), label="test server", serverinfo=source
    )
    return Connector(endpoints, ProfileStore(config_path), KeyringSecretStore(), session=session)


def _tokens(api_domain: str) -> dict[str, Any]:
    return {
        "access_token": "fake-access",
        "refresh_token": "fake-refresh",
        "api_domain": api_domain,
        "token_type": "Bearer",
        "expires_in": 3600,
    }


def test_a_sign_in_in_a_new_data_center_is_stored_with_its_api_domain(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    connector = _connector(server, session, config_path)
    server.reply(200, _tokens(server.url + "/api/nx"))
    verified = VerifiedCallback("fake-code", server.url + "/nx", "nx")
    tokens = connector.exchange(DETAILS, _request(server.url), verified, deadline=9e9)
    profile = connector.store(DETAILS, verified, tokens)
    assert server.requests[0].path == "/nx/oauth/v2/token"
    assert (profile.data_center, profile.home_data_center) == ("nx", "us")
    assert profile.api_domain == server.url + "/api/nx"


def test_an_api_domain_that_is_not_the_data_centers_withdraws_the_keys(
    server: FakeServer, session: requests.Session, config_path: Path
) -> None:
    connector = _connector(server, session, config_path)
    server.reply(200, _tokens("https://elsewhere.example"))
    server.reply(200, {"status": "success"})
    verified = VerifiedCallback("fake-code", server.url + "/nx", "nx")
    with pytest.raises(errors.UnknownApiDomainError):
        connector.exchange(DETAILS, _request(server.url), verified, deadline=9e9)
    revoke = server.requests[1]
    assert revoke.path == "/nx/oauth/v2/token/revoke"
    assert revoke.form["token"] == "fake-refresh"
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") is None
