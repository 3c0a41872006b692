"""Autopilot: walks practice mode from start to Done by itself, for smoke tests.

``zoho-wizard --demo --autopilot`` opens the wizard against the built-in sandbox and
plays the bookkeeper: opens the practice setup file on the first screen (or, without
one, enters the practice details), signs in on the sandbox's page inside the embedded
browser, clicks Accept, keeps the suggested organization and clicks Finish.
It exits 0 when Done was reached and 1 (with the reason on stderr) otherwise. It proves a
build works end to end: Qt, QtWebEngine, the redirect catch, the exchange, the keyring.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from zoho_wizard.core import setup_file
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.ui.wizard import ConnectWizard

TICK_MS = 150

_PAGE_STATE = """(function () {
  if (document.getElementById('accept')) { return 'consent'; }
  if (document.getElementById('signin')) { return 'signin'; }
  return 'other';
})()"""


class Autopilot(QObject):
    """Drives one wizard to Done; ``result`` is 0 on success, 1 on failure.

    Args:
        wizard: The wizard, built in practice mode.
        hint: The practice sign-in (e-mail and password).
        timeout: Seconds before giving up.
        report: Where progress and the failure reason go (stderr by default).
        pause: Seconds to wait on the details page once it is filled in, as a person
            typing would (the benchmarks use it; the web engine warms up meanwhile).
        on_finished: Called with ``result`` instead of quitting the application (the
            benchmarks use it to connect again in the same process).
    """

    def __init__(
        self,
        wizard: ConnectWizard,
        hint: PracticeHint,
        *,
        timeout: float = 90.0,
        report: Callable[[str], None] | None = None,
        pause: float = 0.0,
        on_finished: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.hint = hint
        self.deadline = time.monotonic() + timeout
        self.report = report or (lambda text: print(f"autopilot: {text}", file=sys.stderr))
        self.result: int | None = None
        self.pause = pause
        self.on_finished = on_finished
        self._filled_at: float | None = None
        self._setup_asked = False
        self._js_pending = False
        self._web_action = ""
        self._last_step: Step | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Begin (returns at once; the event loop does the rest)."""
        self._timer.start()

    def _finish(self, code: int, why: str) -> None:
        if self.result is not None:
            return
        self.result = code
        self._timer.stop()
        self.report(why)
        if self.on_finished is not None:
            self.on_finished(code)
            return
        if code == 0:
            self.wizard.button(QWizard.WizardButton.FinishButton).click()
        else:
            self.wizard.close()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def _tick(self) -> None:
        if time.monotonic() > self.deadline:
            self._finish(1, f"gave up on the {self._step().value} step (timed out)")
            return
        step = self._step()
        if step is not self._last_step:
            self.report(f"on the {step.value} step")
            self._last_step = step
        state = self.wizard.controller.state
        if state.error is not None and state.phase is Phase.FAILED:
            self._finish(1, f"{state.error.message} {state.error.fix}")
            return
        if step is Step.START:
            self.wizard.controller.new_connection()
        elif step is Step.WELCOME:
            self._first_screen()
        elif step is Step.DETAILS:
            keyring = self.wizard.controller.ui.keyring
            if self._filled_at is None and keyring is not None:
                if not setup_file.is_complete(self.wizard.controller.ui.preset):
                    self.wizard.details_page.fill_practice()  # no setup file: type it
                if not keyring.usable:  # a machine with no password store
                    self.report("no usable password store: keeping it for this session")
                    self.wizard.details_page.session_only.setChecked(True)
                self._filled_at = time.monotonic()
            elif (
                self._filled_at is not None
                and time.monotonic() - self._filled_at >= self.pause
                and self._next_enabled()
            ):
                self.wizard.next()
        elif step is Step.CONSENT:
            self._drive_web_page()
        elif step is Step.ORGANIZATION:
            if self._next_enabled() and not self.wizard.controller.ui.busy:
                self.wizard.next()
        elif step is Step.DONE:
            # Finish is pressed once it can be: the Done page may still be finishing its
            # work (a click on a disabled Finish does nothing, and the run would exit 1).
            finish = self.wizard.button(QWizard.WizardButton.FinishButton)
            if not (finish.isVisible() and finish.isEnabled()) or self.wizard.controller.ui.busy:
                return
            profile = state.profile
            name = profile.organization_name if profile else "?"
            self._finish(0, f"connected to {name}: Done reached")
        elif step is not Step.FINISHING and self._next_enabled():
            self.wizard.next()  # any page in between (help pages) is passed by

    def _first_screen(self) -> None:
        """The bookkeeper's answer: the (practice) setup file from IT; without one, the
        app's details."""
        error = self.wizard.controller.state.error
        if error is not None:  # the setup file could not be opened
            self._finish(1, f"{error.message} {error.fix}")
            return
        if self._setup_asked or self.wizard.controller.worker.busy:
            return  # (a setup file named on the command line may be opening)
        self._setup_asked = True
        if self.hint.setup_file:
            self.report("opening the practice setup file")
            self.wizard.welcome_page.practice_button.click()
        else:
            self.wizard.welcome_page.details_button.click()

    def _step(self) -> Step:
        return self.wizard.controller.state.step

    def _next_enabled(self) -> bool:
        return self.wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    def _drive_web_page(self) -> None:
        page = self.wizard.consent_page.browser.page
        if page is None or self._js_pending:
            return
        self._js_pending = True

        def act(where: object) -> None:
            self._js_pending = False
            if where == "signin" and self._web_action != "signin":
                self._web_action = "signin"
                email, password = json.dumps(self.hint.email), json.dumps(self.hint.password)
                page.runJavaScript(
                    f"document.getElementById('email').value = {email};"
                    f"document.getElementById('password').value = {password};"
                    "document.getElementById('signin').click();"
                )
            elif where == "consent" and self._web_action != "accept":
                self._web_action = "accept"
                page.runJavaScript("document.getElementById('accept').click();")

        page.runJavaScript(_PAGE_STATE, 0, act)
