"""The whole wizard against the sandbox, driven through the real embedded browser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
from ui_driver import (
    canary_server,
    click,
    fill_details,
    next_button,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard.core.flow import Step
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.ui.wizard import ConnectWizard

DEFAULT_ORG = ("10234695", "Zillum Bookkeeping (practice)")
OTHER_ORG = ("20345786", "Zillum Trading Ltd (practice)")


def test_happy_path_connects_and_binds_the_chosen_organization(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, config_path: Path
) -> None:
    page = wizard.details_page
    click(qtbot, page.fill_button)
    assert page.client_id.edit.text() == PRACTICE_CLIENT_ID
    submit_details(qtbot, wizard)

    # Zoho's sign-in page is in the view, and the address bar names the real host.
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    assert "127.0.0.1" in wizard.consent_page.address.text()
    assert "Not encrypted" in wizard.consent_page.address.text()
    web_click(qtbot, wizard, "accept")

    wait_step(qtbot, wizard, Step.ORGANIZATION)
    org_list = wizard.organization_page.list
    assert org_list.count() == 2
    rows = [org_list.item(i).text() for i in range(org_list.count())]
    assert DEFAULT_ORG[1] in rows[0] and "Default" in rows[0] and DEFAULT_ORG[0] in rows[0]
    assert OTHER_ORG[1] in rows[1] and "Default" not in rows[1]
    assert org_list.currentRow() == 0  # the default is preselected
    assert org_list.item(0).isSelected()
    assert wizard.organization_page.signed_in.text() == f"Signed in to Zoho as {PRACTICE_EMAIL}."

    # Pick the second organization, then "Use this organization".
    org_list.setCurrentRow(1)
    assert wizard.controller.state.organization.organization_id == OTHER_ORG[0]
    assert next_button(wizard).text().replace("&", "") == "Use this organization"
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)

    done = wizard.done_page
    assert done.name.text() == OTHER_ORG[1]  # named after its organization
    assert done.who.text() == f"Connected as {PRACTICE_EMAIL}"
    assert OTHER_ORG[1] in done.values["organization"].text()
    assert f"Organization ID {OTHER_ORG[0]}" in done.values["organization"].text()
    assert "United States" in done.values["data_center"].text()
    access = done.values["access"].text()
    assert "Organization settings: view only" in access
    assert "Invoices: view only" in access
    assert "Customers and vendors: view only" in access
    assert done.values["secrets"].text() == "This computer's password store"
    assert "zoho-wizard" in done.values["secrets"].toolTip()  # the details, for IT
    assert done.values["when"].text()

    # The refresh token is in the (test) keyring; the profile file names the organization.
    name = OTHER_ORG[1]
    assert keyring.get_password("zoho-wizard", f"{name}/refresh_token")
    assert keyring.get_password("zoho-wizard", f"{name}/client_secret") == PRACTICE_CLIENT_SECRET
    saved = json.loads(config_path.read_text(encoding="utf-8"))["connections"][name]
    assert saved["organization_id"] == OTHER_ORG[0]
    assert saved["organization_name"] == OTHER_ORG[1]
    assert saved["user_email"] == PRACTICE_EMAIL
    assert "refresh" not in json.dumps(saved).lower().replace("refresh_token", "")
    assert ProfileStore(config_path).get(name).secret_store == "keyring"

    # Exactly one token request, at the accounts server the callback named, with the
    # parameters in the form body and the registered redirect URI.
    tokens = sandbox.requests_for("token")
    assert len(tokens) == 1
    request = tokens[0]
    assert request.method == "POST"
    assert request.path == "/accounts/us/oauth/v2/token"
    assert request.form["grant_type"] == "authorization_code"
    assert request.form["redirect_uri"] == PRACTICE_REDIRECT_URI
    assert request.form["client_id"] == PRACTICE_CLIENT_ID
    assert request.query == {}

    # Finish closes the window.
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isVisible()
    click(qtbot, finish)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == 1


def test_the_redirect_never_reaches_the_network(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    with canary_server() as canary:
        sandbox.register_client(
            "1000.CANARYCLIENT0000000000", "canary-secret-0000000", (canary.redirect_uri,)
        )
        wizard = make_wizard()
        fill_details(
            qtbot,
            wizard,
            client_id="1000.CANARYCLIENT0000000000",
            client_secret="canary-secret-0000000",
            redirect_uri=canary.redirect_uri,
        )
        submit_details(qtbot, wizard)
        sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
        web_click(qtbot, wizard, "accept")
        wait_step(qtbot, wizard, Step.ORGANIZATION)
        # The sandbox answered Accept with a 302 to the canary; the browser refused it.
        approve = sandbox.requests_for("approve")
        assert len(approve) == 1
        assert len(sandbox.requests_for("token")) == 1
    assert canary.hits == []
