"""What the screens say about a connection's access when Zoho does not report it (its code
exchange names no scopes), and about an organization the user was removed from: the done
page, the start page's check results and the receipt, against the sandbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ui_driver import click, next_button, sign_in, submit_details, wait_step, web_click
from ui_saved import DEFAULT_ORG, age_cached_token, make_saved

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.receipt import build_receipt
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.receipt import receipt_html
from zoho_wizard.ui.wizard import ConnectWizard

MakeWizard = Callable[..., ConnectWizard]

UNREPORTED_NOTE = "Zoho did not say which access it granted; what was used is confirmed."


# A new connection is named after its organization (here the practice default).
DEFAULT_ORG_NAME = "Zillum Bookkeeping (practice)"


def connect_through_the_wizard(qtbot: Any, wizard: ConnectWizard) -> None:
    """Practice details, the embedded sign-in, Accept, the default organization, done."""
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)


def test_the_done_page_marks_what_connecting_confirmed_when_zoho_did_not_say(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    sandbox.scope_in_code_response = False
    connect_through_the_wizard(qtbot, wizard)
    assert profiles.get(DEFAULT_ORG_NAME).granted_scopes == ()  # stored as "not reported"
    lines = wizard.done_page.values["access"].text().split("\n")
    assert lines == [
        "Organization settings: view only (confirmed)",
        "Your Zoho name and e-mail address (confirmed)",
        "Customers and vendors: view only (asked for, not confirmed yet)",
        "Invoices: view only (asked for, not confirmed yet)",
        UNREPORTED_NOTE,
    ]


def test_the_done_page_lists_the_grant_when_zoho_reported_it(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, profiles: ProfileStore
) -> None:
    sandbox.scope_in_code_response = True
    connect_through_the_wizard(qtbot, wizard)
    assert profiles.get(DEFAULT_ORG_NAME).granted_scopes  # Zoho named them this time
    text = wizard.done_page.values["access"].text()
    assert "Invoices: view only" in text
    assert "confirmed" not in text
    assert UNREPORTED_NOTE not in text


def test_check_results_say_partly_confirmed_and_the_connection_works(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    sandbox.scope_in_code_response = False
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    age_cached_token("Acme Ltd")
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: not wizard.controller.saved.state.busy, timeout=15_000)
    assert page.results.title.text() == "“Acme Ltd” works"
    access = next(t for t in page.results.texts() if t.startswith("Access granted"))
    heading, detail = access.split("\n", 1)
    assert heading == "Access granted — partly confirmed"
    assert "the organization confirmed: Organization settings: view only." in detail
    assert "Not confirmed, because this check does not use it: Invoices: view and change" in (
        detail
    )
    assert "What to do" not in access  # not a problem
    assert not page.results.reconnect_button.isVisible()
    # Problems first, then fine, then partly confirmed (and skipped last).
    headings = [t.split("\n", 1)[0] for t in page.results.texts()]
    assert headings.index("Access granted — partly confirmed") > headings.index(
        "Staying signed in — fine"
    )


def test_check_results_name_an_organization_the_user_was_removed_from(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = [o for o in user.organizations if o["organization_id"] != DEFAULT_ORG[0]]
    wizard = make_wizard()
    wait_step(qtbot, wizard, Step.START)
    page = wizard.start_page
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: not wizard.controller.saved.state.busy, timeout=15_000)
    assert page.results.title.text() == "“Acme Ltd” needs attention"
    org = next(t for t in page.results.texts() if t.startswith("Zoho Books organization"))
    assert org == (
        "Zoho Books organization — needs attention\n"
        f"The organization “{DEFAULT_ORG[1]}” (ID {DEFAULT_ORG[0]}) is no longer available "
        "to this Zoho user.\n"
        "What to do: Reconnect and choose the organization again."
    )
    assert page.results.reconnect_button.isVisible()
    row = wizard.start_page.list.item(0).text()
    assert "Needs attention: The organization" in row
    assert "no longer available to this Zoho user" in row


def test_the_receipt_says_when_zoho_did_not_report_the_grant(
    sandbox: Sandbox, endpoints: Endpoints, profiles: ProfileStore
) -> None:
    sandbox.scope_in_code_response = False
    profile = make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    page = receipt_html(build_receipt(profile, "the test keyring"))
    assert ">Invoices: view and change</li>" in page
    assert (
        "Zoho did not report which of these it granted; this is what the connection asked "
        "for. Confirmed while connecting: Organization settings: view only; Your Zoho name "
        "and e-mail address."
    ) in page
    reported = receipt_html(
        build_receipt(replace(profile, granted_scopes=profile.scopes), "the test keyring")
    )
    assert "did not report" not in reported
