"""What the start page's rows say (no window). The details a reconnect starts from are
decided in core: tests/core/test_core_saved.py."""

from __future__ import annotations

from dataclasses import replace

from zoho_wizard.core.store import Profile
from zoho_wizard.ui.saved_rows import SavedRow, health_of

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
