"""Faults during the real wizard flow: the window stays alive, every failure is a plain
message with its fix and a button, transient ones are retried while the code lives, and
the code is exchanged at most once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from ui_driver import FakeClock, click, sign_in, submit_details, wait_step, web_click

from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard


def _to_consent(qtbot: Any, wizard: ConnectWizard) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)


def _no_traceback_anywhere(wizard: ConnectWizard) -> None:
    shown = " ".join(w.text() for w in wizard.findChildren(QLabel) if w.isVisible())
    assert "Traceback" not in shown and 'File "' not in shown


def _codes_exchanged(sandbox: Sandbox) -> list[str]:
    return [r.form.get("code", "") for r in sandbox.requests_for("token")]


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("status", {"status": 500}),
        ("status", {"status": 502}),
        ("status", {"status": 503}),
        ("html", {}),
        ("empty", {}),
        ("drop", {}),
    ],
)
def test_a_passing_fault_is_retried_and_the_connection_completes(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, kind: str, params: dict[str, Any]
) -> None:
    _to_consent(qtbot, wizard)
    sandbox.faults.add("token", kind, **params)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    codes = _codes_exchanged(sandbox)
    assert len(codes) == 2 and codes[0] == codes[1]  # the same code, tried again
    _no_traceback_anywhere(wizard)


def test_a_slow_zoho_never_freezes_the_window(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    _to_consent(qtbot, wizard)
    sandbox.faults.add("token", "delay", seconds=4.0)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    spinner = wizard.finishing_page.check_rows[Phase.EXCHANGING].spinner
    qtbot.waitUntil(spinner.isVisible)
    first = spinner.angle
    # While the exchange waits on Zoho, the spinner keeps turning: the GUI thread is free.
    qtbot.waitUntil(lambda: spinner.angle != first, timeout=3500)
    assert wizard.controller.state.phase is Phase.EXCHANGING  # Zoho still hasn't answered
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert len(_codes_exchanged(sandbox)) == 1


@pytest.mark.parametrize(
    ("kind", "params", "words"),
    [
        ("error", {"error": "invalid_code"}, "expired or was already used"),
        ("error", {"error": "invalid_client"}, "did not accept this client ID and secret"),
        # A plain OAuth 2.0 server's RFC 6749 bodies, with HTTP 400/401: the same words.
        ("error", {"error": "invalid_grant", "status": 400}, "expired or was already used"),
        ("error", {"error": "invalid_client", "status": 401}, "client ID and secret"),
        ("error", {"error": "invalid_client_secret"}, "client secret is wrong"),
        ("error", {"error": "invalid_redirect_uri"}, "redirect address is not registered"),
        ("error", {"error": "invalid_scope"}, "did not accept the access"),
        ("throttle", {"status": 400}, "limiting requests"),
        ("throttle", {"status": 200}, "limiting requests"),
        ("localized", {"status": 400}, "limiting requests"),
        ("drop", {"after": True}, "connection broke"),
    ],
)
def test_a_zoho_refusal_is_explained_with_a_button_and_not_retried(
    qtbot: Any,
    wizard: ConnectWizard,
    sandbox: Sandbox,
    kind: str,
    params: dict[str, Any],
    words: str,
) -> None:
    _to_consent(qtbot, wizard)
    sandbox.faults.add("token", kind, **params)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert words in panel.title.text()
    assert panel.body.text()  # the fix, in words
    assert panel.buttons  # and at least one way forward
    # Nothing is stored without its keys, and a refused code is never tried twice
    # (a lost reply is retried once, and then explained).
    assert wizard.controller.profiles.load().profiles == {}
    assert len(_codes_exchanged(sandbox)) == (2 if kind == "drop" else 1)
    _no_traceback_anywhere(wizard)


@pytest.mark.parametrize("kind", ["books401", "books429"])
def test_a_books_fault_on_the_organization_list_is_retried_without_signing_in(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clock: FakeClock, kind: str
) -> None:
    _to_consent(qtbot, wizard)
    sandbox.faults.add("organizations", kind)
    web_click(qtbot, wizard, "accept")
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() and panel.body.text()
    retry = panel.buttons.get(Action.RETRY) or panel.buttons.get(Action.WAIT)
    assert retry is not None
    if not retry.isEnabled():  # a rate limit: the wait button counts down first
        clock.advance(120)
        qtbot.waitUntil(retry.isEnabled)
    click(qtbot, retry)
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert len(_codes_exchanged(sandbox)) == 1  # no second sign-in was needed
