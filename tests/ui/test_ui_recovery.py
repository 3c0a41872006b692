"""Recovery paths: waiting out a limit, retrying a step, forged and repeated callbacks."""

from __future__ import annotations

import logging
import socket
from typing import Any

import pytest
from ui_driver import (
    FakeClock,
    click,
    run_js,
    sign_in,
    submit_details,
    wait_for_element,
    wait_step,
    web_click,
)

from zoho_wizard.core import errors
from zoho_wizard.core.endpoints import custom_endpoints
from zoho_wizard.core.errors import Action
from zoho_wizard.core.flow import Step
from zoho_wizard.sandbox import PRACTICE_EMAIL, PRACTICE_PASSWORD, PRACTICE_REDIRECT_URI, Sandbox
from zoho_wizard.ui.wizard import ConnectWizard
from zoho_wizard.ui.worker import Worker


def sign_in_with_practice(qtbot: Any, wizard: ConnectWizard) -> None:
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    sign_in(qtbot, wizard, PRACTICE_EMAIL, PRACTICE_PASSWORD)


def test_zoho_limiting_requests_shows_a_wait_button_with_a_countdown(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.faults.add("token", "throttle")
    sign_in_with_practice(qtbot, wizard)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == (
        "Zoho is limiting requests because too many were made in a short time."
    )
    wait_button = panel.buttons[Action.WAIT]
    assert not wait_button.isEnabled()
    assert wait_button.text() == "Try again in 15:00"
    clock.advance(600)
    qtbot.waitUntil(lambda: wait_button.text() == "Try again in 5:00")
    assert not wait_button.isEnabled()
    clock.advance(300)
    qtbot.waitUntil(wait_button.isEnabled)
    assert wait_button.text() == "Try again"
    click(qtbot, wait_button)  # a code is single-use: this signs in again
    wait_step(qtbot, wizard, Step.CONSENT)


def test_a_failed_organization_list_is_retried_without_signing_in_again(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    sandbox.faults.add("organizations", "status", status=503)
    sign_in_with_practice(qtbot, wizard)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.FINISHING)
    page = wizard.finishing_page
    qtbot.waitUntil(page.error_panel.isVisible)
    assert wizard.controller.state.profile is not None  # the keys were saved already
    assert Action.BACK_TO_DETAILS not in page.error_panel.buttons  # no way to lose them
    retry = page.error_panel.buttons[Action.RETRY]
    assert retry.text() == "Try again"
    click(qtbot, retry)
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert wizard.organization_page.list.count() == 2
    assert len(sandbox.requests_for("token")) == 1
    assert len(sandbox.requests_for("organizations")) == 2


def test_a_callback_that_does_not_belong_to_this_sign_in_is_refused(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    sign_in_with_practice(qtbot, wizard)
    wait_for_element(qtbot, wizard, "accept")
    # Something in the page sends the browser to the redirect address with a code and a
    # state of its own.
    forged = f"{PRACTICE_REDIRECT_URI}?state=forged&code=1000.abc&location=us"
    run_js(qtbot, wizard, f"window.location.href = {forged!r}; true")
    wait_step(qtbot, wizard, Step.FINISHING)
    panel = wizard.finishing_page.error_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text().startswith("The answer from the sign-in page did not belong")
    assert sandbox.requests_for("token") == []
    assert Action.TRY_AGAIN in panel.buttons


def test_the_code_is_exchanged_exactly_once_even_if_the_redirect_is_reported_twice(
    qtbot: Any, wizard: ConnectWizard, sandbox: Sandbox
) -> None:
    sign_in_with_practice(qtbot, wizard)
    caught: list[str] = []
    wizard.consent_page.browser.page.redirectCaught.connect(caught.append)
    web_click(qtbot, wizard, "accept")
    wait_step(qtbot, wizard, Step.ORGANIZATION)
    assert len(caught) == 1
    state = wizard.controller.state
    wizard.consent_page.redirectCaught.emit(caught[0])  # a late duplicate
    wizard.controller.redirect_caught(caught[0])
    assert wizard.controller.state is state
    assert len(sandbox.requests_for("token")) == 1


def test_a_sign_in_page_that_cannot_be_reached_offers_retry_and_back(
    qtbot: Any, make_wizard: Any
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/accounts/us"
    wizard = make_wizard(endpoints=custom_endpoints(dead, practice=True))
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    consent = wizard.consent_page
    qtbot.waitUntil(consent.problem.isVisible)
    assert consent.problem.title.text() == "Zoho's sign-in page could not be opened"
    assert "Check your internet connection" in consent.problem.body.text()
    assert consent.retry_button.isVisible()
    click(qtbot, consent.retry_button)
    qtbot.waitUntil(consent.problem.isVisible)  # still unreachable, still explained
    # The way back is the window's one way back from the sign-in page.
    click(qtbot, wizard.button(wizard.WizardButton.CustomButton1))
    wait_step(qtbot, wizard, Step.DETAILS)


def test_an_unexpected_failure_in_background_work_becomes_a_plain_error(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    worker = Worker()
    outcome: list[Any] = []

    def broken(_report: Any) -> None:
        raise RuntimeError("boom at line 12")

    with caplog.at_level(logging.ERROR, logger="zoho_wizard.ui.worker"):
        worker.start(
            "saving your keys", broken, on_success=outcome.append, on_failure=outcome.append
        )
        qtbot.waitUntil(lambda: bool(outcome))
    error = outcome[0]
    assert isinstance(error, errors.ZohoWizardError)
    assert error.message == "Something unexpected went wrong while saving your keys."
    assert "boom" not in str(error)  # no internals in the window...
    assert "boom at line 12" in caplog.text  # ...but the log has the traceback
    assert worker.shutdown()


def test_background_results_arrive_on_the_gui_thread_with_progress(qtbot: Any) -> None:
    from PySide6.QtCore import QThread

    worker = Worker()
    seen: list[Any] = []
    gui = QThread.currentThread()

    def work(report: Any) -> str:
        report(1)
        report(2)
        return "done"

    worker.start(
        "testing",
        work,
        on_success=lambda r: seen.append(("ok", r, QThread.currentThread() is gui)),
        on_failure=seen.append,
        on_progress=lambda v: seen.append(("progress", v, QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: any(item[0] == "ok" for item in seen))
    assert seen == [("progress", 1, True), ("progress", 2, True), ("ok", "done", True)]
    assert worker.shutdown()
