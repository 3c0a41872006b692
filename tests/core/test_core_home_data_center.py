"""Sign-in starts where Zoho says: at the accounts server of the app's home data center.

The home is where the firm's admin registered the client (the details' and presets'
``data_center``); the person signing in is never asked where their own account is. Zoho
sends them on, the callback names their data center and the exchange goes there; a Self
Client code is exchanged at the home. A reconnect starts at the home again.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from zoho_wizard.core import flow, navigation, ways_in
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.saved import details_from_profile, salvaged_details
from zoho_wizard.core.serverinfo import ServerInfo
from zoho_wizard.core.store import Profile

DETAILS = ConnectionDetails(
    name="Acme Ltd",
    client_id="1000.ACMECLIENT0000000000000000000",
    client_secret="fake-secret",
    data_center="us",
    scopes=("ZohoBooks.settings.READ",),
    redirect_uri="http://127.0.0.1:47214/callback",
)


def _zoho() -> Endpoints:
    return Endpoints(serverinfo=ServerInfo("https://accounts.zoho.com/oauth/serverinfo"))


@pytest.mark.parametrize(
    ("home", "start"),
    [
        ("us", "https://accounts.zoho.com"),  # the default: where most apps are registered
        ("cn", "https://accounts.zoho.com.cn"),  # China signs in on its own
        ("eu", "https://accounts.zoho.eu"),  # an app registered in the EU console
        ("ca", "https://accounts.zohocloud.ca"),
    ],
)
def test_the_sign_in_starts_at_the_apps_home(home: str, start: str) -> None:
    details = replace(DETAILS, data_center=home)
    request = ways_in.new_request(_zoho(), details)
    assert request.accounts_url == start
    assert request.url.startswith(f"{start}/oauth/v2/auth?")
    assert ways_in.home_accounts_url(_zoho(), details) == start


def test_a_self_client_code_is_exchanged_at_the_apps_home() -> None:
    details = replace(DETAILS, data_center="eu")
    state = navigation.new_connection(navigation.initial_state(True))
    state = flow.self_client_code_entered(
        state, details, "1000.code", ways_in.home_accounts_url(_zoho(), details), 0.0, 180.0
    )
    assert state.verified is not None
    assert state.verified.accounts_server == "https://accounts.zoho.eu"


PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ACMECLIENT0000000000000000000",
    data_center="ae",  # where the person's account turned out to be
    home_data_center="us",  # where the app was registered
    accounts_server="https://accounts.zoho.ae",
    api_domain="https://www.zohoapis.ae",
    scopes=("ZohoBooks.settings.READ",),
)


def test_a_reconnect_starts_at_the_apps_home_not_the_users_data_center() -> None:
    details = details_from_profile(PROFILE, "fake-secret")
    assert details.data_center == "us"
    request = ways_in.new_request(_zoho(), details)
    assert urlsplit(request.url).hostname == "accounts.zoho.com"


def test_a_connection_saved_before_the_home_was_kept_uses_its_data_center() -> None:
    old = replace(PROFILE, data_center="eu", home_data_center="")
    assert details_from_profile(old, "fake-secret").data_center == "eu"
    assert Profile.from_json(old.to_json()) == old


def test_a_damaged_entry_keeps_its_home(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    entry = {"client_id": "1000.X", "data_center": "ae", "home_data_center": "eu"}
    path.write_text(json.dumps({"version": 1, "connections": {"Acme": entry}}), encoding="utf-8")
    assert salvaged_details(path, "Acme", "").data_center == "eu"
