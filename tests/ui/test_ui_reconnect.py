"""Reconnect from the start page: every setting kept, consent again in the real embedded
browser, the old refresh token revoked, and a question before a different Zoho user or a
missing organization is accepted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_driver import (
    click,
    next_button,
    sign_in,
    submit_details,
    type_into,
    wait_step,
    web_click,
)
from ui_saved import DEFAULT_ORG, OTHER_ORG, SCOPES, SERVICE, make_saved, secret

from zoho_wizard.core.details import USERINFO_SCOPE
from zoho_wizard.core.endpoints import Endpoints
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

MakeWizard = Callable[..., ConnectWizard]
BOB = ("bob@example.com", "bob-password")


def reconnect_from_list(qtbot: Any, wizard: ConnectWizard, name: str = "Acme Ltd") -> None:
    wait_step(qtbot, wizard, Step.START)
    assert wizard.controller.saved.state.selected == name
    click(qtbot, wizard.start_page.reconnect_button)
    wait_step(qtbot, wizard, Step.DETAILS)


def consent(qtbot: Any, wizard: ConnectWizard, email: str, password: str) -> None:
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, email, password)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)


def question(qtbot: Any, wizard: ConnectWizard) -> QMessageBox:
    qtbot.waitUntil(lambda: wizard.identity_question.box is not None)
    box = wizard.identity_question.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def revoked_tokens(sandbox: Sandbox) -> list[str]:
    return [{**r.query, **r.form}.get("token", "") for r in sandbox.requests_for("revoke")]


def test_reconnect_keeps_every_setting_and_revokes_the_old_refresh_token(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    before = make_saved(sandbox, endpoints, profiles, "Acme Ltd", organization_id=OTHER_ORG[0])
    old_refresh = secret("Acme Ltd", "refresh_token")
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)

    # The details page says which connection, and is filled from it, secret included.
    details = wizard.details_page
    assert details.heading == "Reconnect “Acme Ltd”"  # its name, as words, not a field
    assert details.details().name == "Acme Ltd"
    assert details.client_id.edit.text() == PRACTICE_CLIENT_ID
    assert details.client_secret.edit.text() == PRACTICE_CLIENT_SECRET
    assert details.redirect_uri.edit.text() == PRACTICE_REDIRECT_URI
    assert details.data_center.currentData() == "us"
    assert details.access["invoices"].currentData() == "write"
    assert USERINFO_SCOPE in details.chosen_scopes()
    assert set(details.chosen_scopes()) == set(SCOPES)

    consent(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    # The same user and organization came back: no question; the organization is kept.
    assert wizard.identity_question.box is None
    assert wizard.controller.state.organization.organization_id == OTHER_ORG[0]
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)

    new_refresh = secret("Acme Ltd", "refresh_token")
    assert new_refresh and new_refresh != old_refresh
    assert revoked_tokens(sandbox) == [old_refresh]  # the superseded one, at Zoho
    after = profiles.get("Acme Ltd")
    assert set(profiles.load().profiles) == {"Acme Ltd"}  # the same connection, not a second
    assert (after.client_id, after.scopes, after.redirect_uri, after.data_center) == (
        before.client_id,
        before.scopes,
        before.redirect_uri,
        before.data_center,
    )
    assert (after.organization_id, after.user_email) == (OTHER_ORG[0], PRACTICE_EMAIL)
    assert after.connected_at >= before.connected_at


def test_a_missing_client_secret_must_be_typed_again(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    keyring.delete_password(SERVICE, "Acme Ltd/client_secret")
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)
    details = wizard.details_page
    assert details.client_id.edit.text() == PRACTICE_CLIENT_ID
    assert details.client_secret.edit.text() == ""
    click(qtbot, next_button(wizard))  # the missing secret is named, and has the keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is details.client_secret.edit)
    assert (
        details.client_secret.error.text()
        == "Enter the App secret (Zoho calls it the client secret)."
    )
    type_into(qtbot, details.client_secret.edit, PRACTICE_CLIENT_SECRET)
    consent(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert secret("Acme Ltd", "client_secret") == PRACTICE_CLIENT_SECRET


def test_a_different_zoho_user_is_asked_about_before_it_is_accepted(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    sandbox.add_user(*BOB)
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    original = secret("Acme Ltd", "refresh_token")
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)
    consent(qtbot, wizard, *BOB)

    box = question(qtbot, wizard)
    # Nothing of the saved connection was replaced or revoked while the question is open.
    assert secret("Acme Ltd", "refresh_token") == original
    assert revoked_tokens(sandbox) == []
    assert box.text() == (
        f"You signed in as {BOB[0]}, but this connection was made by {PRACTICE_EMAIL}. "
        f"Use {BOB[0]}?"
    )
    assert wizard.identity_question.accept_button.text() == f"Use {BOB[0]}"
    # Until answered, the organization can't be saved.
    wizard.controller.save_organization()
    assert wizard.controller.state.step is Step.ORGANIZATION
    assert profiles.get("Acme Ltd").user_email == PRACTICE_EMAIL

    # "Sign in again" opens a fresh sign-in page; the right user then needs no question.
    click(qtbot, wizard.identity_question.reject_button)
    wait_step(qtbot, wizard, Step.CONSENT)
    # Bob's unwanted new key is withdrawn at Zoho; the original stays in place and valid.
    qtbot.waitUntil(lambda: len(revoked_tokens(sandbox)) == 1)
    assert revoked_tokens(sandbox)[0] not in (original, "")
    assert secret("Acme Ltd", "refresh_token") == original
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    qtbot.wait(50)
    assert wizard.identity_question.box is None
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert profiles.get("Acme Ltd").user_email == PRACTICE_EMAIL
    # Then the accepted sign-in replaced the original, which was revoked last.
    assert len(revoked_tokens(sandbox)) == 2
    assert revoked_tokens(sandbox)[1] == original
    assert secret("Acme Ltd", "refresh_token") not in (original, None)


def test_accepting_a_different_user_binds_the_connection_to_them(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    sandbox.add_user(*BOB)
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)
    consent(qtbot, wizard, *BOB)
    question(qtbot, wizard)
    accept = wizard.identity_question.accept_button
    assert accept is not None
    click(qtbot, accept)
    qtbot.waitUntil(lambda: wizard.identity_question.box is None)
    qtbot.waitUntil(next_button(wizard).isEnabled)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert profiles.get("Acme Ltd").user_email == BOB[0]
    assert wizard.done_page.who.text() == f"Connected as {BOB[0]}"


def test_a_missing_organization_is_asked_about_and_another_can_be_chosen(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
) -> None:
    make_saved(sandbox, endpoints, profiles, "Acme Ltd", organization_id=OTHER_ORG[0])
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = [o for o in user.organizations if o["organization_id"] != OTHER_ORG[0]]
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)
    consent(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)

    box = question(qtbot, wizard)
    assert box.text() == f"The organization “{OTHER_ORG[1]}” is not in this Zoho account."
    assert "sign in again with the Zoho account that has" in box.informativeText()
    assert wizard.identity_question.accept_button.text() == "Choose another organization"
    click(qtbot, wizard.identity_question.accept_button)
    qtbot.waitUntil(lambda: wizard.identity_question.box is None)
    assert wizard.organization_page.list.count() == 1
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert profiles.get("Acme Ltd").organization_id == DEFAULT_ORG[0]


def test_the_done_page_saves_the_receipt_too(
    qtbot: Any,
    make_wizard: MakeWizard,
    sandbox: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
    tmp_path: Path,
) -> None:
    from test_ui_start import assert_one_page_pdf

    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    wizard = make_wizard()
    reconnect_from_list(qtbot, wizard)
    consent(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    target = tmp_path / "done receipt.pdf"
    wizard.controller.saved.ask_path = lambda _parent, _suggested: target
    done = wizard.done_page
    assert "zoho-wizard" in done.values["secrets"].toolTip()  # where the keys are
    click(qtbot, done.receipt_button)
    assert_one_page_pdf(target)
    assert done.receipt_notice.isVisible()
    assert done.receipt_notice.body.text() == str(target)
