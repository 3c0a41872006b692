"""What the start page's rows say, and the details a reconnect starts from (no window)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.store import Profile
from zoho_wizard.ui.connections import (
    SavedRow,
    blank_details,
    default_scopes,
    details_from_profile,
    health_of,
    salvaged_details,
)

PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ACMECLIENT0000000000000000000",
    data_center="eu",
    accounts_server="https://accounts.zoho.eu",
    api_domain="https://www.zohoapis.eu",
    scopes=("ZohoBooks.settings.READ", "AaaServer.profile.Read"),
    redirect_uri="http://127.0.0.1:47214/callback",
    use_pkce=True,
    organization_id="111",
    organization_name="Acme Books",
    connected_at="2026-11-28T18:33:00+01:00",
    health="ok",
    checked_at="2026-11-28T18:40:00+01:00",
)


def test_health_words_and_icons_for_each_saved_state() -> None:
    ok = health_of(PROFILE)
    assert (ok.icon, ok.words, ok.detail) == (
        "check",
        "Working",
        "Checked 28 November 2026 at 18:40",
    )
    assert ok.sentence == "Working"

    bad = health_of(replace(PROFILE, health="attention", health_detail="Zoho said no."))
    assert (bad.icon, bad.words) == ("warning", "Needs attention")
    assert bad.sentence == "Needs attention: Zoho said no."

    never = health_of(replace(PROFILE, health="unchecked", checked_at=""))
    assert (never.icon, never.words) == ("pending", "Not checked")


def test_a_session_only_connection_is_never_called_working_later() -> None:
    health = health_of(replace(PROFILE, secret_store="session"))
    assert (health.icon, health.words, health.needs_reconnect) == (
        "warning",
        "Needs attention",
        True,
    )
    assert "one session only" in health.detail


def test_a_row_reads_as_one_sentence() -> None:
    row = SavedRow("Acme Ltd", PROFILE)
    assert row.spoken("/x/connections.json") == (
        "Acme Ltd. Acme Books · Europe (zoho.eu) · connected 28 November 2026 at 18:33. Working"
    )
    damaged = SavedRow("Broken", None, "scopes is missing")
    assert damaged.damaged
    health = damaged.health("/x/connections.json")
    assert (health.icon, health.words) == ("error", "Damaged")
    assert "/x/connections.json" in health.detail and "scopes is missing" in health.detail


def test_reconnect_details_keep_every_setting() -> None:
    details = details_from_profile(PROFILE, "the-secret")
    assert details.name == "Acme Ltd"
    assert (details.client_id, details.client_secret) == (PROFILE.client_id, "the-secret")
    assert (details.data_center, details.scopes) == ("eu", PROFILE.scopes)
    assert (details.redirect_uri, details.use_pkce) == (PROFILE.redirect_uri, True)
    assert details_from_profile(replace(PROFILE, redirect_uri=""), "").redirect_uri == (
        DEFAULT_REDIRECT_URI
    )


def test_a_damaged_entry_gives_what_can_still_be_read(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    path.write_text(
        json.dumps(
            {
                "connections": {
                    "Broken": {
                        "client_id": " 1000.X ",
                        "data_center": "mars",
                        "scopes": "oops",
                        "redirect_uri": 5,
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    details = salvaged_details(path, "Broken", "")
    assert (details.name, details.client_id, details.client_secret) == ("Broken", "1000.X", "")
    assert details.data_center == "us"  # unknown: the default
    assert details.scopes == default_scopes()
    assert details.redirect_uri == DEFAULT_REDIRECT_URI
    # An unreadable file gives the defaults under the name.
    path.write_text("{", encoding="utf-8")
    assert salvaged_details(path, "Broken", "s").client_secret == "s"


def test_blank_details_take_a_free_name() -> None:
    assert blank_details(frozenset()).name == "Zoho Books"
    blank = blank_details(frozenset({"Zoho Books"}))
    assert (blank.name, blank.client_id, blank.client_secret) == ("Zoho Books 2", "", "")
