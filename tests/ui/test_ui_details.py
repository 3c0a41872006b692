"""The details page: inline checks, trimming, access choices and the password store."""

from __future__ import annotations

from typing import Any

import keyring
import keyring.backends.fail
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QWidget
from ui_driver import (
    click,
    describe_widget,
    fill_details,
    focusable_widgets,
    next_button,
    sign_in,
    submit_details,
    type_into,
    wait_step,
    web_click,
)

from zoho_wizard.core.connect import USERINFO_SCOPE
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.core.scopes import FULL_ACCESS
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.ui.wizard import ConnectWizard


def wait_keyring_checked(qtbot: Any, wizard: ConnectWizard) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_next_is_never_off_it_says_what_is_missing_and_goes_there(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    wait_keyring_checked(qtbot, wizard)
    page = wizard.details_page
    # Untouched fields show no message yet, and the main button is on.
    assert not page.client_id.error.isVisible()
    assert next_button(wizard).isEnabled()
    assert next_button(wizard).text().replace("&", "") == "Sign in to Zoho"

    # Pressed with nothing filled in: the first missing field says so, and has the keyboard.
    click(qtbot, next_button(wizard))
    assert wizard.controller.state.step is Step.DETAILS
    assert page.client_id.error.isVisible()
    assert page.client_id.error.text() == "Enter the App ID (Zoho calls it the client ID)."
    assert page.client_secret.error.isVisible()  # every problem is shown at once
    qtbot.waitUntil(lambda: focused() is page.client_id.edit)
    # A screen reader hears the field's name and then why.
    assert page.client_id.edit.accessibleName() == "App ID"
    assert page.client_id.edit.accessibleDescription() == page.client_id.error.text()

    type_into(qtbot, page.client_id.edit, "https://api-console.zoho.com/client/1000.X")
    assert page.client_id.error.text() == (
        "That looks like a web address. The App ID looks like 1000.ABC123…"
    )
    type_into(qtbot, page.client_secret.edit, PRACTICE_CLIENT_SECRET)
    page.client_secret.edit.setFocus()
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: focused() is page.client_id.edit)
    assert wizard.controller.state.step is Step.DETAILS

    # A wrong address under Advanced: Advanced opens and the keyboard goes there.
    type_into(qtbot, page.client_id.edit, PRACTICE_CLIENT_ID)
    assert not page.client_id.error.isVisible()
    type_into(qtbot, page.redirect_uri.edit, "ftp://nowhere")
    assert not page.advanced.isVisible()
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: focused() is page.redirect_uri.edit)
    assert page.advanced.isVisible() and page.redirect_uri.error.isVisible()

    type_into(qtbot, page.redirect_uri.edit, PRACTICE_REDIRECT_URI)
    submit_details(qtbot, wizard)


def test_without_a_setup_file_at_most_12_controls_come_before_advanced(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    wait_keyring_checked(qtbot, wizard)
    page = wizard.details_page
    assert not page.shows_card()
    controls = focusable_widgets(page)
    assert len(controls) <= 12, [describe_widget(w) for w in controls]
    # What is left out is the firm's IT admin's: no name, no data center, no way in, no
    # e-mail tick box, no redirect address; none of Zoho's technical words either.
    for hidden in (page.data_center, page.sign_in_mode, page.self_client_mode, page.copy_button):
        assert hidden not in controls
    assert not any(isinstance(w, QCheckBox) for w in controls)
    texts = " ".join(visible_texts(page)).lower()
    for word in ("scope", "token", "redirect", "uri", "data center", "connection name"):
        assert word not in texts, word
    # Access is one line of words, with Change… for the choices.
    assert page.access_summary.text() == "View organization settings, contacts and invoices"
    assert page.change_access in controls and page.full_access not in controls
    assert "app id" in texts and "zoho calls it the client id" in texts


def visible_texts(root: QWidget) -> list[str]:
    """The words a person sees under ``root`` (labels and buttons)."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        texts.append(widget.text().replace("&", ""))
    return [t for t in texts if t.strip()]


def test_whitespace_picked_up_while_copying_is_trimmed(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    wait_keyring_checked(qtbot, wizard)
    page = wizard.details_page
    fill_details(
        qtbot,
        wizard,
        client_id=f"  {PRACTICE_CLIENT_ID}\t",
        client_secret=f" {PRACTICE_CLIENT_SECRET}  ",
        redirect_uri=f" {PRACTICE_REDIRECT_URI} ",
    )
    # The fields show the value that will be used, and nothing complains.
    assert page.client_id.edit.text() == PRACTICE_CLIENT_ID
    assert page.client_secret.edit.text() == PRACTICE_CLIENT_SECRET
    assert page.redirect_uri.edit.text() == PRACTICE_REDIRECT_URI
    assert page.problems() == []
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    form = sandbox.requests_for("token")[0].form
    assert form["client_id"] == PRACTICE_CLIENT_ID
    assert form["client_secret"] == PRACTICE_CLIENT_SECRET


def test_access_choices_become_scopes(qtbot: Any, wizard: ConnectWizard) -> None:
    page = wizard.details_page
    # Defaults: settings, contacts and invoices view only, plus who signed in.
    assert page.chosen_scopes() == (
        "ZohoBooks.settings.READ",
        "ZohoBooks.contacts.READ",
        "ZohoBooks.invoices.READ",
        USERINFO_SCOPE,
    )
    settings = page.access["settings"]
    assert settings.itemText(0) == "View only"
    assert settings.findData("none") == -1  # required: never "No access"
    # Behind "Change…": the choices; the line says what they come to.
    assert not page.full_access.isVisible()
    click(qtbot, page.change_access)
    assert page.full_access.isVisible() and page.access["bills"].isVisible()
    bills = page.access["bills"]
    bills.setCurrentIndex(bills.findData("write"))
    assert "ZohoBooks.bills.CREATE" in page.chosen_scopes()
    assert page.access_summary.text() == (
        "View organization settings, contacts and invoices; view and change bills"
    )
    click(qtbot, page.full_access)
    assert page.chosen_scopes() == (FULL_ACCESS, USERINFO_SCOPE)  # who signed in: always
    assert page.access_summary.text() == "Everything in Zoho Books: view, change and delete"
    assert not page.modules_box.isEnabled()
    # The UK is offered, but marked.
    uk = page.data_center.findData("uk")
    assert page.data_center.itemText(uk).endswith("Books not confirmed")


def test_the_redirect_address_to_register_can_be_copied(
    qtbot: Any, wizard: ConnectWizard, clipboard: list[str]
) -> None:
    page = wizard.details_page
    click(qtbot, page.advanced_toggle)  # the firm's IT admin's business: under Advanced
    assert page.redirect_note.text().startswith(
        "Redirect address to register in Zoho's API console"
    )
    assert page.redirect_shown.text() == PRACTICE_REDIRECT_URI
    type_into(qtbot, page.redirect_uri.edit, "http://localhost:8765/zoho")
    assert page.redirect_shown.text() == "http://localhost:8765/zoho"
    click(qtbot, page.copy_button)
    assert clipboard == ["http://localhost:8765/zoho"]


def test_the_secret_is_masked_until_shown(qtbot: Any, wizard: ConnectWizard) -> None:
    edit = wizard.details_page.client_secret.edit
    assert edit.echoMode() is edit.EchoMode.Password
    wizard.details_page.reveal.trigger()
    assert edit.echoMode() is edit.EchoMode.Normal
    assert wizard.details_page.reveal.text() == "Hide the App secret"
    wizard.details_page.reveal.trigger()
    assert edit.echoMode() is edit.EchoMode.Password


def test_no_keyring_is_said_before_sign_in_and_session_only_must_be_chosen(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    wizard = make_wizard()
    page = wizard.details_page
    wait_keyring_checked(qtbot, wizard)
    assert page.keyring_banner.kind() == "warning"
    assert page.keyring_banner.title.text() == (
        "No secure password store is available on this computer"
    )
    assert "never written to a plain file" in page.keyring_banner.body.text()
    click(qtbot, page.fill_button)
    assert page.problems() == []
    assert page.session_only.isVisible()
    click(qtbot, next_button(wizard))  # not until the person chooses: the choice has focus
    qtbot.waitUntil(lambda: focused() is page.session_only)
    assert wizard.controller.state.step is Step.DETAILS
    click(qtbot, page.session_only)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert wizard.controller.state.profile.secret_store == "session"


def test_a_usable_keyring_is_named_before_sign_in(qtbot: Any, wizard: ConnectWizard) -> None:
    wait_keyring_checked(qtbot, wizard)
    banner = wizard.details_page.keyring_banner
    assert banner.kind() == "success"
    assert banner.title.text() == "Your sign-in will be kept in this computer's password store"
    assert not wizard.details_page.session_only.isVisible()


def test_practice_mode_is_announced(qtbot: Any, wizard: ConnectWizard) -> None:
    page = wizard.details_page
    assert page.practice_banner.isVisible()
    assert page.practice_banner.title.text() == (
        "Practice mode — nothing here talks to the real Zoho"
    )
    assert PRACTICE_EMAIL in page.practice_banner.body.text()
    assert "practice" in wizard.windowTitle()


def assert_all_named(wizard: ConnectWizard) -> int:
    widgets = focusable_widgets(wizard)
    unnamed = [describe_widget(w) for w in widgets if not w.accessibleName().strip()]
    assert unnamed == [], f"focusable widgets without an accessible name: {unnamed}"
    return len(widgets)


def test_every_focusable_control_on_every_page_has_an_accessible_name(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    wait_keyring_checked(qtbot, wizard)
    page = wizard.details_page
    click(qtbot, page.advanced_toggle)  # show everything the page can show
    click(qtbot, page.change_access)
    assert assert_all_named(wizard) > 25
    click(qtbot, page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    assert_all_named(wizard)
    assert wizard.consent_page.browser.view.accessibleName() == "Zoho sign-in page"
    web_click(qtbot, wizard, "deny")
    wait_step(qtbot, wizard, Step.FINISHING)
    qtbot.waitUntil(lambda: wizard.finishing_page.error_panel.isVisible())
    assert_all_named(wizard)
    click(qtbot, wizard.finishing_page.error_panel.buttons[Action.TRY_AGAIN])
    wait_step(qtbot, wizard, Step.CONSENT)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert_all_named(wizard)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert_all_named(wizard)


def test_every_control_on_before_you_start_has_an_accessible_name(
    qtbot: Any, make_wizard: Any
) -> None:
    wizard = make_wizard()  # (the checklist behind the details page's setup link)
    click(qtbot, wizard.details_page.setup_link)
    wait_step(qtbot, wizard, Step.BEFORE_START)
    page = wizard.before_start_page
    assert page.accessibleName() == "Before you start"
    assert assert_all_named(wizard) >= 5  # data center, console, copy, Close, Continue
    assert page.copy_button.accessibleName() == "Copy the redirect address"
    # Read with the words shown (practice mode: the sandbox stands in for the console).
    assert page.console_button.accessibleName() == "Open the practice sandbox"
    # The numbered steps are read with their numbers.
    assert [w.accessibleName()[:3] for w in page.step_texts] == ["1. ", "2. ", "3. ", "4. ", "5. "]
    # And the help buttons of the details page are named as questions.
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DETAILS)
    click(qtbot, wizard.details_page.advanced_toggle)
    helps = [w for w in focusable_widgets(wizard) if w.objectName() == "helpButton"]
    assert len(helps) >= 6
    assert all(h.accessibleName().startswith("What ") for h in helps)
    assert all(h.accessibleDescription() for h in helps)
