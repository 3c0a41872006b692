"""What the person sees when something goes wrong, and that every error has a way out."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from fake_winvault import NO_LOGON_SESSION, FakeWinVault
from PySide6.QtWidgets import QLabel
from ui_driver import (
    FakeClock,
    click,
    fill_details,
    sign_in,
    submit_details,
    wait_step,
    web_click,
)

from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.ui.wizard import ConnectWizard


def start_practice_sign_in(qtbot: Any, wizard: ConnectWizard) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)


@pytest.mark.parametrize("state_comes_back", [True, False])
def test_deny_explains_and_try_again_opens_a_fresh_sign_in(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, state_comes_back: bool
) -> None:
    # Whether Zoho sends state back with a Deny is unconfirmed: a denial either way.
    sandbox.deny_without_state = not state_comes_back
    start_practice_sign_in(qtbot, wizard)
    first_attempt = wizard.consent_page.browser.attempt
    web_click(qtbot, wizard, "deny")
    wait_step(qtbot, wizard, Step.FINISHING)

    panel = wizard.finishing_page.error_panel
    assert panel.isVisible()
    assert panel.title.text() == "You chose not to allow access, so nothing was connected."
    assert "click Accept" in panel.body.text()
    assert not wizard.finishing_page.timer_box.isVisible()  # no code, no countdown
    assert sandbox.requests_for("token") == []
    again = panel.buttons[Action.TRY_AGAIN]
    assert again.text() == "Sign in again"

    click(qtbot, again)
    wait_step(qtbot, wizard, Step.CONSENT)
    # A brand-new browser (fresh private profile): Zoho asks for the sign-in again.
    assert wizard.consent_page.browser.attempt == first_attempt + 1
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert len(sandbox.requests_for("token")) == 1


def test_a_code_that_expired_at_zoho_says_so_and_offers_a_new_sign_in(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    # A slow network: the token request arrives after the code's (shortened) life.
    sandbox.code_ttl = 0.05
    sandbox.faults.add("token", "delay", seconds=0.3)
    start_practice_sign_in(qtbot, wizard)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    qtbot.waitUntil(lambda: page.error_panel.isVisible())
    assert page.error_panel.title.text() == (
        "Zoho says the sign-in code has expired or was already used."
    )
    assert "Sign in again" in page.error_panel.body.text()
    assert not page.timer_box.isVisible()
    assert len(sandbox.requests_for("token")) == 1  # a Zoho error is never retried
    click(qtbot, page.error_panel.buttons[Action.TRY_AGAIN])
    wait_step(qtbot, wizard, Step.CONSENT)


def test_the_checklist_ticks_by_itself_with_no_clock_to_watch(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    sandbox.faults.add("token", "delay", seconds=1.5)
    start_practice_sign_in(qtbot, wizard)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    rows = list(page.check_rows.values())
    assert [row.words.text() for row in rows] == [
        "Confirming the sign-in with Zoho",
        "Saving the keys in this computer's password store",
        "Finding your organization",
    ]
    # The first line turns (Zoho has not answered yet); the others wait their turn.
    assert rows[0].spinner.isVisible() and rows[0].status == "in progress"
    assert rows[0].words.accessibleName() == "Confirming the sign-in with Zoho: in progress"
    assert [row.status for row in rows[1:]] == ["waiting", "waiting"]
    # The code is used at once: no countdown to watch, and no jargon.
    assert not page.timer_box.isVisible()
    assert page.subTitle() == "This takes a few seconds; you don't need to do anything."
    shown = " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisible()).lower()
    assert "exchang" not in shown and "token" not in shown
    # Ticked as they finish.
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert [row.status for row in rows] == ["done", "done", "done"]
    assert not any(row.spinner.isVisible() for row in rows)
    assert wizard.controller.seconds_left() is None


def test_network_trouble_shows_the_countdown_and_is_retried_until_it_runs_out(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.faults.add("token", "status", times=None, status=502)
    start_practice_sign_in(qtbot, wizard)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    qtbot.waitUntil(lambda: page.step_text.text() == "Network trouble, trying again (attempt 2)…")
    # Trying again within the code's minute: now the time left matters, in words too.
    qtbot.waitUntil(page.timer_box.isVisible)
    assert re.fullmatch(r"Sign-in code expires in (60|5\d) s", page.countdown.text())
    assert page.countdown.accessibleName() == page.countdown.text()
    clock.advance(45)
    qtbot.waitUntil(lambda: page.ring.left < 16)
    assert re.fullmatch(r"Sign-in code expires in 1\d s", page.countdown.text())
    clock.advance(120)  # the wizard's clock: the code's minute is over
    qtbot.waitUntil(lambda: page.error_panel.isVisible())
    assert "expired while trying again" in page.error_panel.title.text()
    assert not page.timer_box.isVisible()
    # The subtitle follows what the page shows: nothing says "nothing to do" any more.
    assert "don't need to do anything" not in page.subTitle()
    assert page.step_text.text() == "The connection could not be finished."
    assert page.step_text.accessibleName() == "The connection could not be finished."
    assert Action.TRY_AGAIN in page.error_panel.buttons
    assert Action.BACK_TO_DETAILS in page.error_panel.buttons
    click(qtbot, page.error_panel.buttons[Action.BACK_TO_DETAILS])
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.client_id.edit.text() == PRACTICE_CLIENT_ID  # kept


def test_an_unregistered_client_id_shows_zohos_error_page(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox
) -> None:
    wizard = make_wizard()
    fill_details(
        qtbot, wizard, client_id="1000.NOTREGISTERED00000000", client_secret=PRACTICE_CLIENT_SECRET
    )
    submit_details(qtbot, wizard)
    # Zoho's "Invalid client" page where the sign-in starts (the app's home): the client
    # ID or the data center on the details page is wrong.
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == (
        "Zoho does not know this client ID where your firm's app was registered."
    )
    assert "client ID" in panel.body.text()
    assert sandbox.requests_for("token") == []
    assert wizard.consent_page.browser.view is None  # the browser was freed
    click(qtbot, panel.buttons[Action.BACK_TO_DETAILS])
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.client_id.edit.text() == "1000.NOTREGISTERED00000000"


@pytest.mark.parametrize("status", [400, 200])
def test_a_client_not_enabled_for_the_users_data_center_points_to_multi_dc(
    qtbot: Any,
    make_wizard: Any,
    sandbox: Sandbox,
    opened_urls: list[str],
    clipboard: list[str],
    status: int,
) -> None:
    sandbox.auth_error_status = status  # Zoho's error pages may come with HTTP 200
    sandbox.register_client(
        "1000.USONLYCLIENT00000000000",
        "us-only-secret-000000",
        (PRACTICE_REDIRECT_URI,),
        data_centers={"us"},
    )
    sandbox.add_user("anna@example.eu", "anna-pass", home_dc="eu")
    wizard = make_wizard()
    fill_details(
        qtbot,
        wizard,
        client_id="1000.USONLYCLIENT00000000000",
        client_secret="us-only-secret-000000",
    )
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, "anna@example.eu", "anna-pass")
    # Zoho sent the sign-in on to the EU data center, which shows "Invalid client".
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    qtbot.waitUntil(lambda: page.error_panel.isVisible())
    # The Multi-DC advice is the admin's: in the message staff copy for them.
    assert "Multi-DC" in wizard.controller.admin_message()
    assert "IT admin" in page.error_panel.body.text()
    assert [r.dc for r in sandbox.requests_for("auth")] == ["us", "eu"]
    assert sandbox.requests_for("token") == []
    # Only the firm's IT admin can fix it: the main button copies a message for them.
    assert page.subTitle().startswith("Only your firm's IT admin can fix this.")
    panel = page.error_panel
    message = panel.buttons[Action.COPY_ADMIN_MESSAGE]
    assert message.text() == "Copy a message for your IT admin"
    assert panel.main_button() is message
    assert message.x() < panel.buttons[Action.OPEN_API_CONSOLE].x()  # first in the row
    click(qtbot, message)
    assert len(clipboard) == 1 and "1000.USONLYCLIENT00000000000" in clipboard[0]
    assert panel.copied.isVisible()
    assert panel.copied.text() == "Copied — paste it into an e-mail to your IT admin"
    # The console is second, and says whose it is.
    console = panel.buttons[Action.OPEN_API_CONSOLE]
    assert console.text() == "Open Zoho's API console (for your admin)"
    assert console.property("role") != "primary"
    click(qtbot, console)
    assert opened_urls == ["https://api-console.zoho.com"]  # the app's home console


def _credential_manager_refusing() -> FakeWinVault:
    vault = FakeWinVault()  # raises pywintypes.error 1312, not a KeyringError
    vault.fail_with = NO_LOGON_SESSION
    return vault


@pytest.mark.fault
@pytest.mark.parametrize("locked", [keyring.backends.fail.Keyring, _credential_manager_refusing])
def test_keyring_failing_after_sign_in_keeps_the_keys_and_offers_session_only(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, locked: Callable[[], Any]
) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    assert wizard.controller.ui.keyring.usable
    start_practice_sign_in(qtbot, wizard)
    keyring.set_keyring(locked())  # it got locked meanwhile
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    qtbot.waitUntil(lambda: page.error_panel.isVisible())
    assert wizard.controller.state.tokens is not None  # the issued keys are kept
    assert page.kept_note.isVisible()
    assert "not need to sign in again" in page.kept_note.text()
    assert page.error_panel.buttons[Action.RETRY].text() == "Try saving again"
    session = page.error_panel.buttons[Action.CHOOSE_STORAGE]
    assert session.text() == "Keep for this session only"
    click(qtbot, session)
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert len(sandbox.requests_for("token")) == 1  # no second sign-in was needed
    wizard.organization_page.list.setCurrentRow(0)
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    wait_step(qtbot, wizard, Step.DONE)
    assert "memory" in wizard.done_page.values["secrets"].text()
    assert wizard.controller.state.phase is Phase.IDLE


def test_cancel_sign_in_returns_to_the_details_with_everything_kept(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    cancel = wizard.button(wizard.WizardButton.CustomButton1)
    assert cancel.text().replace("&", "") == "Cancel sign-in"
    # One way back from Zoho's page: no Close beside it.
    assert not wizard.button(wizard.WizardButton.CancelButton).isVisible()
    click(qtbot, cancel)
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.client_secret.edit.text() == PRACTICE_CLIENT_SECRET
    assert wizard.consent_page.browser.view is None
    submit_details(qtbot, wizard)  # and signing in again works
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
