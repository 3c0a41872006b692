"""What is known about a connection's access: asked for, granted (or not reported), and
proven by connecting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from zoho_wizard.core.grant import Grant, proven_by_connecting
from zoho_wizard.core.store import Profile

SETTINGS = "ZohoBooks.settings.READ"
INVOICES = "ZohoBooks.invoices.READ"
PROFILE = "AaaServer.profile.Read"

BASE = Profile(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    data_center="us",
    accounts_server="https://accounts.zoho.com",
    api_domain="https://www.zohoapis.com",
    scopes=(SETTINGS, INVOICES, PROFILE),
)


def test_an_empty_granted_list_means_zoho_did_not_say() -> None:
    grant = Grant.of(BASE)
    assert grant.granted is None
    assert not grant.known
    reported = Grant.of(replace(BASE, granted_scopes=(SETTINGS,)))
    assert reported.known
    assert reported.granted == (SETTINGS,)


@pytest.mark.parametrize(
    ("granted", "needed", "missing"),
    [
        (None, (INVOICES,), ()),  # asked for, not reported: not known to be missing
        (None, ("ZohoBooks.bills.READ",), ("ZohoBooks.bills.READ",)),  # never asked for
        ((SETTINGS,), (INVOICES,), (INVOICES,)),  # reported without it
        (("ZohoBooks.fullaccess.all",), ("ZohoBooks.bills.DELETE",), ()),
    ],
)
def test_lacks_only_what_is_known_to_be_missing(
    granted: tuple[str, ...] | None, needed: tuple[str, ...], missing: tuple[str, ...]
) -> None:
    assert Grant(BASE.scopes, granted).lacks(needed) == missing


def test_confirmed_and_unconfirmed_split_what_was_asked_for() -> None:
    grant = Grant.of(BASE)
    assert grant.confirmed((SETTINGS,)) == (SETTINGS,)
    assert grant.unconfirmed((SETTINGS,)) == (INVOICES, PROFILE)
    assert grant.confirmed(()) == ()
    assert grant.unconfirmed(()) == BASE.scopes
    # A reported grant leaves nothing unconfirmed.
    assert Grant(BASE.scopes, (SETTINGS,)).unconfirmed(()) == ()
    # Full access asked for: reading settings is confirmed, full access is not.
    full = Grant(("ZohoBooks.fullaccess.all",), None)
    assert full.confirmed((SETTINGS,)) == (SETTINGS,)
    assert full.unconfirmed((SETTINGS,)) == ("ZohoBooks.fullaccess.all",)


def test_connecting_proves_the_organizations_and_the_e_mail_it_read() -> None:
    assert proven_by_connecting(BASE) == ()
    chosen = replace(BASE, organization_id="10234695")
    assert proven_by_connecting(chosen) == (SETTINGS,)
    assert proven_by_connecting(replace(chosen, user_email="pat@example.com")) == (
        SETTINGS,
        PROFILE,
    )
    # An e-mail kept from before proves nothing when this connection did not ask for it.
    unasked = replace(chosen, user_email="pat@example.com", scopes=(SETTINGS,))
    assert proven_by_connecting(unasked) == (SETTINGS,)
