"""Self Client: a code pasted from Zoho's API console, exchanged without any sign-in page."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_driver import FakeClock, click, next_button, type_into, wait_step

from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard

ORG_ID = "10234695"


def choose_self_client(qtbot: Any, wizard: ConnectWizard) -> None:
    """Fill the practice client and switch to "Use a code from the API console"."""
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, page.fill_button)
    assert not page.self_client_mode.isVisible()  # one of the "other ways", under Advanced
    click(qtbot, page.advanced_toggle)
    click(qtbot, page.self_client_mode)
    assert page.is_self_client()


def console_code(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clipboard: list[str], minutes: int = 3
) -> str:
    """Do what the person does in the API console: copy the page's scopes, generate."""
    click(qtbot, wizard.details_page.self_client.copy_scopes)
    return sandbox.generate_self_client_code(PRACTICE_CLIENT_ID, clipboard[-1], minutes, "us")


def test_a_pasted_code_is_exchanged_without_a_redirect_and_reaches_done(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clipboard: list[str]
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    # No redirect address in this mode; the help, the scopes and the expiry are there.
    assert not page.redirect_section.redirect_part.isVisible()
    assert not page.redirect_uri.edit.isVisible()
    assert page.self_client.isVisible()
    help_text = " ".join(s.text() for s in page.self_client.step_texts)
    assert "Self Client" in help_text and "Generate Code" in help_text
    assert "can't be detected here" in page.data_center_hint.text()
    expiry = page.self_client.expiry
    assert [expiry.itemData(i) for i in range(expiry.count())] == [3, 5, 7, 10]
    assert expiry.currentData() == 3
    assert "the console's default" in expiry.currentText()
    assert next_button(wizard).text().replace("&", "") == "Connect"

    code = console_code(qtbot, wizard, sandbox, clipboard)
    # The copied list is the comma-separated form the console's Scope box wants.
    assert clipboard[-1] == (
        "ZohoBooks.settings.READ,ZohoBooks.contacts.READ,ZohoBooks.invoices.READ,"
        "AaaServer.profile.Read"
    )
    # Shown with break points after the commas, so a long list wraps.
    assert page.self_client.scope_text.text().replace("\u200b", "") == clipboard[-1]
    type_into(qtbot, page.code.edit, code)
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())
    click(qtbot, next_button(wizard))

    wait_step(qtbot, wizard, Step.ORGANIZATION)
    tokens = sandbox.requests_for("token")
    assert len(tokens) == 1
    form = tokens[0].form
    assert tokens[0].path == "/accounts/us/oauth/v2/token"
    assert form["grant_type"] == "authorization_code"
    assert form["code"] == code
    assert form["client_id"] == PRACTICE_CLIENT_ID
    assert "redirect_uri" not in form  # a Self Client code has none
    assert sandbox.requests_for("auth") == []  # no sign-in page was ever opened
    assert wizard.controller.state.self_client

    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE)
    assert ORG_ID in wizard.done_page.values["organization"].text()
    assert "United States" in wizard.done_page.values["data_center"].text()


def test_the_countdown_runs_from_the_paste_with_the_chosen_lifetime(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clipboard: list[str], clock: FakeClock
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    page.self_client.expiry.setCurrentIndex(page.self_client.expiry.findData(5))
    sandbox.faults.add("token", "delay", seconds=1.5)  # time to look at the countdown
    code = console_code(qtbot, wizard, sandbox, clipboard, minutes=5)
    type_into(qtbot, page.code.edit, code)
    clock.advance(20)  # the person waits 20 s after pasting before pressing Connect
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.FINISHING)
    finishing = wizard.finishing_page
    assert wizard.controller.state.code_lifetime == 300.0
    left = wizard.controller.seconds_left()
    assert left is not None and 270 < left <= 280
    assert "time you picked" in finishing.subTitle()
    # Minutes to spare: no countdown to watch...
    assert not finishing.timer_box.isVisible()
    # ...until the code's time is short.
    clock.advance(230)
    qtbot.waitUntil(finishing.timer_box.isVisible)
    assert re.fullmatch(r"The code expires in [1-5]\d s", finishing.countdown.text())
    wait_step(qtbot, wizard, Step.ORGANIZATION)


def test_an_expired_code_is_explained_and_a_new_one_can_be_pasted(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    clipboard: list[str],
    opened_urls: list[str],
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    old_code = console_code(qtbot, wizard, sandbox, clipboard)
    # The person generated it, got distracted, and pastes it four minutes later: Zoho
    # (the sandbox's clock) says the code is dead.
    sandbox.set_clock(lambda: time.time() + 240)
    type_into(qtbot, page.code.edit, old_code)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.title.text() == "The code from the API console has expired or was already used."
    assert "Generate a new code in Zoho's API console" in panel.body.text()
    again = panel.buttons[Action.TRY_AGAIN]
    assert again.text() == "Paste a new code"
    click(qtbot, panel.buttons[Action.OPEN_API_CONSOLE])  # where new codes come from
    assert opened_urls[-1].split("?")[0].endswith("/accounts/us/selfclient")

    click(qtbot, again)
    wait_step(qtbot, wizard, Step.DETAILS)
    # Still in Self Client mode, every detail kept, the spent code gone with a word why.
    assert page.is_self_client()
    assert page.client_id.edit.text() == PRACTICE_CLIENT_ID
    assert page.code.edit.text() == ""
    assert page.code.note is not None and page.code.note.isVisible()
    assert "works only once" in page.code.note.text()
    click(qtbot, next_button(wizard))  # Connect says the code is missing, and goes there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.code.edit)
    assert page.code.error.text() == "Paste the code from Zoho's API console."
    assert wizard.controller.state.step is Step.DETAILS

    sandbox.set_clock(time.time)
    new_code = console_code(qtbot, wizard, sandbox, clipboard)
    type_into(qtbot, page.code.edit, new_code)
    assert not page.code.note.isVisible()
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert [r.form["code"] for r in sandbox.requests_for("token")] == [old_code, new_code]


def test_a_code_whose_time_ran_out_here_is_never_sent(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clipboard: list[str], clock: FakeClock
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    type_into(qtbot, page.code.edit, console_code(qtbot, wizard, sandbox, clipboard))
    clock.advance(181)  # more than the 3 minutes chosen, counted from the paste
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    assert "expired" in panel.title.text()
    assert wizard.controller.state.phase is Phase.FAILED
    assert sandbox.requests_for("token") == []


@pytest.mark.bad_input
def test_a_malformed_code_is_named_and_connect_goes_back_to_it(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    for pasted, message in (
        ("hello", "A code from the API console starts with 1000."),
        ("1000.abc123", "That is not a whole code."),
        ("1000.EXAMPLECLIENTID00000000000000", "That is not a whole code."),
    ):
        type_into(qtbot, page.code.edit, pasted)
        page.client_id.edit.setFocus()
        click(qtbot, next_button(wizard))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.code.edit)
        assert wizard.controller.state.step is Step.DETAILS, pasted
        assert page.code.error.isVisible()
        assert page.code.error.text().startswith(message), page.code.error.text()
        assert page.code.edit.accessibleDescription() == page.code.error.text()
    type_into(qtbot, page.code.edit, "")
    assert page.code.error.text() == "Paste the code from Zoho's API console."


@pytest.mark.bad_input
def test_spaces_and_line_breaks_from_copying_are_tolerated(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clipboard: list[str]
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    code = console_code(qtbot, wizard, sandbox, clipboard)
    head, tail = code[:20], code[20:]
    type_into(qtbot, page.code.edit, f"  {head}\r\n {tail} \n")
    assert not page.code.error.isVisible()
    assert page.code.edit.text() == code  # tidied when the box is left
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert sandbox.requests_for("token")[0].form["code"] == code


def test_switching_back_to_sign_in_needs_the_redirect_again(
    qtbot: Any, wizard: ConnectWizard, opened_urls: list[str]
) -> None:
    page = wizard.details_page
    choose_self_client(qtbot, wizard)
    click(qtbot, page.self_client.console_button)
    # Practice mode: the sandbox's own Self Client page, for the chosen data center.
    assert opened_urls[-1].split("?")[0].endswith("/accounts/us/selfclient")
    assert "ZohoBooks.settings.READ" in opened_urls[-1]
    click(qtbot, page.sign_in_mode)
    assert page.redirect_section.redirect_part.isVisible()
    assert not page.self_client.isVisible()
    assert next_button(wizard).text().replace("&", "") == "Sign in to Zoho"
    assert next_button(wizard).isEnabled()  # no code needed for signing in
