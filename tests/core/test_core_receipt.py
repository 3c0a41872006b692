"""The connection receipt: where it is suggested (the CLI and the start page share it)
and what it says about the access granted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from zoho_wizard.core.receipt import build_receipt, default_receipt_path
from zoho_wizard.core.store import Profile


def test_the_receipt_is_suggested_in_documents_under_a_safe_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path))
    assert default_receipt_path("Acme Ltd") == tmp_path / "Zoho connection receipt - Acme Ltd.pdf"
    assert default_receipt_path("A/B: C?").name == "Zoho connection receipt - A_B_ C_.pdf"
    assert default_receipt_path("///").name == "Zoho connection receipt - ___.pdf"
    assert default_receipt_path("  ").name == "Zoho connection receipt - connection.pdf"


# --- what the receipt says about access -------------------------------------------------------

PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    data_center="us",
    accounts_server="https://accounts.zoho.com",
    api_domain="https://www.zohoapis.com",
    scopes=("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
    organization_id="10234695",
    organization_name="Acme",
)


def test_a_reported_grant_is_listed_as_granted() -> None:
    receipt = build_receipt(
        replace(PROFILE, granted_scopes=("ZohoBooks.settings.READ",)), "the keyring"
    )
    assert receipt.access == ("ZohoBooks.settings.READ",)
    assert receipt.access_reported
    assert receipt.confirmed == ()


def test_an_unreported_grant_lists_the_request_and_what_connecting_proved() -> None:
    receipt = build_receipt(PROFILE, "the keyring")
    assert receipt.access == ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ")
    assert not receipt.access_reported
    assert receipt.confirmed == ("ZohoBooks.settings.READ",)  # the organization was listed
    nothing_proven = build_receipt(replace(PROFILE, organization_id=""), "the keyring")
    assert nothing_proven.confirmed == ()
    assert not nothing_proven.access_reported


def test_the_receipt_records_the_facts_and_no_secret() -> None:
    receipt = build_receipt(PROFILE, "the keyring")
    assert (receipt.connection, receipt.organization_name, receipt.organization_id) == (
        "Acme Ltd",
        "Acme",
        "10234695",
    )
    assert receipt.data_center == "United States (zoho.com)"
    assert receipt.client_id == PROFILE.client_id
    assert receipt.secrets_place == "the keyring"
