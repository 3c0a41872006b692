"""Bad input, field by field: each gets an inline message that names the problem, the
main button goes back to it (and no further) until it is fixed, and harmless whitespace is
trimmed rather than rejected."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_driver import (
    click,
    fill_details,
    next_button,
    submit_details,
    type_into,
    wait_step,
)

from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard

pytestmark = pytest.mark.bad_input

LONG = "A" * 5000

MATRIX = [
    # (field, bad value, words the message must contain)
    ("client_id", "", "Enter the App ID"),
    ("client_id", " \t\n", "Enter the App ID"),
    ("client_id", "https://api-console.zoho.com/app/1000.X", "web address"),
    ("client_id", "1000.ABC DEF GHI JKL", "spaces or line breaks"),
    ("client_id", "1000.ABC", "not a whole App ID"),
    ("client_id", "ABCDEFGHIJKLMNOP", "four digits and a dot"),
    ("client_id", "1000.ÄBCDEFGHIJKLMNOPQRS", "never uses"),
    ("client_id", LONG, "too long"),
    ("client_id", "1000." + "a" * 32 + "." + "b" * 32, "sign-in code"),
    ("client_secret", "", "Enter the App secret"),
    ("client_secret", "short", "too short"),
    ("client_secret", "abc def ghi jkl mno", "can't contain spaces"),
    ("client_secret", "https://accounts.zoho.com/secret", "web address"),
    ("client_secret", "sécret-with-accent-000", "never uses"),
    ("client_secret", LONG, "too long"),
    ("redirect_uri", "", "Enter the redirect address"),
    ("redirect_uri", "127.0.0.1:47214/callback", "must start with http:// or https://"),
    ("redirect_uri", "ftp://127.0.0.1/callback", "must start with http:// or https://"),
    ("redirect_uri", "http://127.0.0.1:99999/callback", "invalid port"),
    ("redirect_uri", "http://127.0.0.1:47214/callback#x", "# part"),
    ("redirect_uri", "http://127.0.0.1:47214/call back", "spaces or accented"),
    ("redirect_uri", "http://exämple.com/callback", "spaces or accented"),
]

GOOD = {
    "client_id": PRACTICE_CLIENT_ID,
    "client_secret": PRACTICE_CLIENT_SECRET,
    "redirect_uri": "http://127.0.0.1:47214/callback",
}


def _ready(qtbot: Any, wizard: ConnectWizard) -> None:
    qtbot.waitUntil(lambda: wizard.controller.ui.keyring is not None)
    page = wizard.details_page
    if not page.advanced.isVisible():
        click(qtbot, page.advanced_toggle)
    for field, value in GOOD.items():
        type_into(qtbot, getattr(page, field).edit, value)
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())


@pytest.mark.parametrize(("field", "value", "words"), MATRIX)
def test_each_bad_value_is_named_and_next_goes_back_to_it_until_fixed(
    qtbot: Any, wizard: ConnectWizard, field: str, value: str, words: str
) -> None:
    _ready(qtbot, wizard)
    widget = getattr(wizard.details_page, field)
    type_into(qtbot, widget.edit, value)
    assert widget.error.isVisible()
    assert words in widget.error.text()
    wizard.details_page.setup_link.setFocus()
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.edit)
    assert wizard.controller.state.step is Step.DETAILS
    # Screen readers hear the same message.
    assert widget.edit.accessibleDescription() == widget.error.text()
    type_into(qtbot, widget.edit, GOOD[field])
    assert not widget.error.isVisible()
    assert wizard.details_page.problems() == []


@pytest.mark.parametrize("field", ["client_id", "client_secret", "redirect_uri"])
@pytest.mark.parametrize("padding", [" ", "\n", "\t ", " \r\n"])
def test_whitespace_around_a_pasted_value_is_trimmed_not_rejected(
    qtbot: Any, wizard: ConnectWizard, field: str, padding: str
) -> None:
    _ready(qtbot, wizard)
    widget = getattr(wizard.details_page, field)
    type_into(qtbot, widget.edit, f"{padding}{GOOD[field]}{padding}")
    assert not widget.error.isVisible()
    assert wizard.details_page.problems() == []
    assert widget.value() == GOOD[field]


@pytest.mark.parametrize(
    "registered_differs",
    [
        "http://127.0.0.1:47214/callback/",  # a trailing slash
        "https://127.0.0.1:47214/callback",  # https instead of http
        "http://localhost:47214/callback",  # another spelling of this computer
    ],
)
def test_a_redirect_that_differs_from_the_registered_one_is_explained(
    qtbot: Any,
    make_wizard: Any,
    sandbox: Sandbox,
    registered_differs: str,
    clipboard: list[str],
) -> None:
    wizard = make_wizard()
    fill_details(
        qtbot,
        wizard,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        redirect_uri=registered_differs,
    )
    submit_details(qtbot, wizard)
    # Zoho's "Invalid Redirect Uri" page is recognised and explained in plain words.
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert "redirect address is not registered" in panel.title.text()
    assert "IT admin" in panel.body.text()  # (the redirect words are in the message)
    # Only the firm's admin can register it: the main button copies them a message that
    # names the address.
    message = panel.buttons[Action.COPY_ADMIN_MESSAGE]
    assert panel.main_button() is message
    click(qtbot, message)
    assert registered_differs in clipboard[-1]
    assert sandbox.requests_for("token") == []
