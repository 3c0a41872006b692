""" "Sign in on your phone or another computer" through the real window, against the sandbox.

The other device is the sandbox's scripted browser (requests, no Qt): it opens the address
the page shows, signs in, enters the code and presses Accept or Deny on the sandbox's
verification page. The sandbox's 30-second rule is turned down for the test and the
controller may poll as fast (never against Zoho: core.device.rules_for), so no test
waits; the order of polls and answers is what is checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_driver import click, next_button, type_into, wait_step

from zoho_wizard.core import errors
from zoho_wizard.core.flow import Step, WayIn
from zoho_wizard.core.preset import load_preset
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_NAME,
    PRACTICE_EU_EMAIL,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser
from zoho_wizard.ui.wizard import ConnectWizard

TIMEOUT_MS = 20_000


@pytest.fixture
def fast(sandbox: Sandbox, wizard: ConnectWizard) -> ConnectWizard:
    """The window, with the sandbox and the controller polling without the 30 s wait."""
    sandbox.device_units = "s"
    sandbox.device_interval = 0.05
    sandbox.device_min_interval = 0.0
    wizard.controller.device_poll_floor = 0.0
    return wizard


def choose_device(qtbot: Any, wizard: ConnectWizard) -> None:
    """Details: the practice details, then Other ways → "Sign in on your phone…", Next."""
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, page.fill_button)
    click(qtbot, page.advanced_toggle)
    click(qtbot, page.way_in.device_mode)
    assert next_button(wizard).text().replace("&", "") == "Show a code"
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DEVICE)


def shown_code(qtbot: Any, wizard: ConnectWizard) -> tuple[str, str]:
    """Wait for the code on the page; the address and the code as shown."""
    page = wizard.pages[Step.DEVICE]
    qtbot.waitUntil(lambda: page.body.isVisible(), timeout=TIMEOUT_MS)
    return page.address.text(), page.code.text()


def other_device(address: str, code: str, button: str = "accept", email: str = "") -> None:
    with Browser() as browser:
        if email:
            browser.approve_device(address, code, button=button, email=email)
        else:
            browser.approve_device(address, code, button=button)


def test_the_code_approved_elsewhere_reaches_done(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox, clipboard: list[str], opened_urls: list[str]
) -> None:
    wizard = fast
    choose_device(qtbot, wizard)
    page = wizard.pages[Step.DEVICE]
    address, code = shown_code(qtbot, wizard)
    assert address == sandbox.accounts_url("us") + "/device"
    assert len(code) == 9 and code[4] == "-"
    assert f"“{PRACTICE_DEVICE_CLIENT_NAME}”" in page.app_name.text()
    assert not page.qr.pixmap().isNull() and page.qr.pixmap().width() > 150
    assert page.qr.accessibleDescription().endswith(code)  # the address with the code in it
    assert page.ring.total == 300.0 and 0 < page.ring.left <= 300.0
    assert "4:" in page.time_left.text() or "5:00" in page.time_left.text()
    assert "Waiting for you to approve" in page.status.text()
    # Copy and open, as the person does.
    click(qtbot, page.copy_code)
    assert clipboard[-1] == code
    click(qtbot, page.copy_address)
    assert clipboard[-1] == address
    click(qtbot, page.open_address)
    assert opened_urls[-1].endswith(f"user_code={code}")
    assert page.code.accessibleName() == f"Code to enter: {code}"
    # The device code request: the Non-browser client, offline, consent.
    (asked,) = sandbox.requests_for("device_code")
    params = {**asked.query, **asked.form}
    assert params["client_id"] == PRACTICE_DEVICE_CLIENT_ID
    assert (params["access_type"], params["prompt"]) == ("offline", "consent")

    other_device(address, code)
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)
    assert wizard.controller.state.way_in is WayIn.DEVICE
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.DONE, TIMEOUT_MS)
    profile = wizard.controller.state.profile
    assert profile is not None and profile.client_id == PRACTICE_DEVICE_CLIENT_ID
    assert sandbox.requests_for("token") == []  # no code was exchanged: the poll brought keys
    assert sandbox.requests_for("auth") == []  # no sign-in page in this window


def test_slow_down_and_another_data_center_on_the_way(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox
) -> None:
    wizard = fast
    sandbox.device_slow_down = 2
    choose_device(qtbot, wizard)
    address, code = shown_code(qtbot, wizard)
    page = wizard.pages[Step.DEVICE]
    qtbot.waitUntil(lambda: wizard.controller.ui.device.slowed == 2, timeout=TIMEOUT_MS)
    assert "Waiting for you to approve" in page.status.text()
    assert wizard.controller.ui.device.interval > 0.05  # backed off after slow_down
    other_device(address, code, email=PRACTICE_EU_EMAIL)
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)
    polls = sandbox.requests_for("device_token")
    assert polls[0].dc == "us" and polls[-1].dc == "eu"
    assert wizard.controller.state.verified is not None
    assert wizard.controller.state.verified.accounts_server == sandbox.accounts_url("eu")


def test_denied_then_a_new_code(qtbot: Any, fast: ConnectWizard, sandbox: Sandbox) -> None:
    wizard = fast
    choose_device(qtbot, wizard)
    address, first = shown_code(qtbot, wizard)
    page = wizard.pages[Step.DEVICE]
    other_device(address, first, "deny")
    qtbot.waitUntil(lambda: page.error_panel.isVisible(), timeout=TIMEOUT_MS)
    assert "turned down on the other device" in page.error_panel.title.text()
    assert not page.body.isVisible()  # the dead code is not left on screen
    button = page.error_panel.buttons[errors.Action.TRY_AGAIN]
    assert button.text() == "Get a new code"
    assert page.error_panel.buttons[errors.Action.BACK_TO_DETAILS].isVisible()
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.body.isVisible() and page.code.text() != first, timeout=TIMEOUT_MS)
    assert not page.error_panel.isVisible()
    other_device(page.address.text(), page.code.text())
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)


def test_an_expired_code_offers_a_new_one_and_back(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox
) -> None:
    wizard = fast
    choose_device(qtbot, wizard)
    shown_code(qtbot, wizard)
    page = wizard.pages[Step.DEVICE]
    sandbox.expire_device_codes()
    qtbot.waitUntil(lambda: page.error_panel.isVisible(), timeout=TIMEOUT_MS)
    assert "expired" in page.error_panel.title.text()
    assert "within 5 minutes" in page.error_panel.body.text()
    click(qtbot, page.error_panel.buttons[errors.Action.BACK_TO_DETAILS])
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.details_page.way_in.is_device()  # the chosen way is kept
    assert wizard.controller.ui.device is None


def test_offered_beside_the_own_browser_when_a_company_sign_in_shows(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox
) -> None:
    wizard = fast
    page = wizard.details_page
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, page.fill_button)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.CONSENT)
    consent = wizard.consent_page
    assert not consent.federated_device.isVisible()
    wizard.controller.federated_sign_in("https://accounts.google.com/o/oauth2/auth?x=1")
    qtbot.waitUntil(lambda: consent.federated_banner.isVisible())
    assert consent.federated_button.isVisible()  # "Continue in my web browser" stays
    assert consent.federated_device.accessibleName() == consent.federated_device.text()
    click(qtbot, consent.federated_device)
    wait_step(qtbot, wizard, Step.DEVICE)
    address, code = shown_code(qtbot, wizard)
    other_device(address, code)
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)
    assert wizard.controller.state.details is not None
    assert wizard.controller.state.details.client_id == PRACTICE_DEVICE_CLIENT_ID


def test_cancel_sign_in_goes_back_and_stops_asking(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox
) -> None:
    wizard = fast
    sandbox.device_interval = 5.0  # slow enough that no poll is due when Cancel is pressed
    choose_device(qtbot, wizard)
    shown_code(qtbot, wizard)
    click(qtbot, wizard.button(wizard.WizardButton.CustomButton1))
    wait_step(qtbot, wizard, Step.DETAILS)
    assert wizard.controller.ui.device is None
    assert sandbox.requests_for("device_token") == []


def test_the_admins_setup_file_brings_the_non_browser_app(
    qtbot: Any, make_wizard: Any, sandbox: Sandbox, tmp_path: Path
) -> None:
    """Set up for staff: the Non-browser app's ID, secret and name go into the setup file;
    opened, it is what the device sign-in uses (its name is what staff approve)."""
    device_id = "1004.SMITHDEVICE000000000000000000"
    sandbox.register_client(device_id, "smith0device0secret00000", (), "device", name="Smith")
    wizard = make_wizard(first_screen=True)
    wait_step(qtbot, wizard, Step.WELCOME)
    click(qtbot, wizard.welcome_page.admin_button)
    wait_step(qtbot, wizard, Step.ADMIN_SETUP)
    page = wizard.admin_setup_page
    type_into(qtbot, page.client_id, PRACTICE_CLIENT_ID)
    type_into(qtbot, page.client_secret, PRACTICE_CLIENT_SECRET)
    type_into(qtbot, page.device_id, device_id)
    click(qtbot, next_button(wizard))  # the device secret is missing: said, not saved
    assert "Non-browser app's Client Secret" in page.problem_text("device_client_secret")
    type_into(qtbot, page.device_secret, "smith0device0secret00000")
    type_into(qtbot, page.device_name, "Smith Books on your phone")
    target = tmp_path / "Smith"
    wizard.setup_files.ask_save = lambda parent, suggested: target
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(page.saved_banner.isVisible)
    preset = load_preset(target.with_name("Smith.zohowizard"))
    assert (preset.device_client_id, preset.device_client_name) == (
        device_id,
        "Smith Books on your phone",
    )
    click(qtbot, page.try_button)
    wait_step(qtbot, wizard, Step.DETAILS)
    wizard.controller.device_poll_floor = 0.0
    assert wizard.details_page.shows_card()  # the bookkeeper's one card: Sign in to Zoho
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.CONSENT)
    # This computer's page cannot finish (a company sign-in): the other device is offered.
    wizard.controller.federated_sign_in("https://login.microsoftonline.com/common/oauth2")
    consent = wizard.consent_page
    qtbot.waitUntil(consent.federated_device.isVisible)
    click(qtbot, consent.federated_device)
    wait_step(qtbot, wizard, Step.DEVICE)
    shown_code(qtbot, wizard)
    device_page = wizard.pages[Step.DEVICE]
    assert "“Smith Books on your phone”" in device_page.app_name.text()
    (asked,) = sandbox.requests_for("device_code")
    assert {**asked.query, **asked.form}["client_id"] == device_id


def test_offered_when_the_sign_in_page_cannot_be_opened(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox
) -> None:
    wizard = fast
    sandbox.faults.add("auth", "drop", times=None)  # the sign-in page never arrives
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    click(qtbot, wizard.details_page.fill_button)
    click(qtbot, next_button(wizard))
    wait_step(qtbot, wizard, Step.CONSENT)
    consent = wizard.consent_page
    qtbot.waitUntil(consent.problem.isVisible, timeout=TIMEOUT_MS)
    assert consent.problem.title.text() == "Zoho's sign-in page could not be opened"
    assert consent.problem_own_browser.isVisible()  # the two other ways, side by side
    assert consent.problem_device.text() == "Sign in on your phone or another computer"
    click(qtbot, consent.problem_device)
    wait_step(qtbot, wizard, Step.DEVICE)
    address, code = shown_code(qtbot, wizard)
    other_device(address, code)
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)


def test_the_setup_card_offers_it_when_the_setup_has_the_app(
    qtbot: Any, fast: ConnectWizard, sandbox: Sandbox, tmp_path: Path
) -> None:
    """A bookkeeper whose computer cannot show Zoho's page, told so by IT, starts there."""
    from zoho_wizard.practice import write_practice_setup

    wizard = fast
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    wizard.controller.open_setup_file(write_practice_setup(tmp_path))
    details = wizard.details_page
    qtbot.waitUntil(details.shows_card)
    link = details.card.device_link
    assert link.isVisible() and link.accessibleName() == link.text()
    click(qtbot, link)
    wait_step(qtbot, wizard, Step.DEVICE)
    address, code = shown_code(qtbot, wizard)
    other_device(address, code)
    wait_step(qtbot, wizard, Step.ORGANIZATION, TIMEOUT_MS)
    assert sandbox.requests_for("auth") == []
