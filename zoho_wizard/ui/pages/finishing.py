"""The finishing page: the code's countdown, the steps after sign-in, and any error."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from zoho_wizard.core import flow
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.screen import ScreenState, recovery_offers, wait_seconds_left
from zoho_wizard.ui.banner import ErrorPanel, format_wait
from zoho_wizard.ui.countdown import CountdownRing
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.widgets import label

REPAINTS_PER_SECOND = 5

_STEPS = (Phase.EXCHANGING, Phase.STORING, Phase.LOADING_ORGANIZATIONS)


class FinishingPage(StatePage):
    """Turns the caught code into a saved connection, with a visible countdown.

    The countdown starts the moment the code was caught and is said in words ("Sign-in
    code expires in 57 s"), not only drawn. A timer only repaints; the seconds come from
    :func:`zoho_wizard.core.flow.seconds_left` over the controller's clock.

    Signals:
        actionTriggered(object): a recovery button (an ``errors.Action``) was clicked.
    """

    step = Step.FINISHING
    actionTriggered = Signal(object)

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.set_heading(
            self.tr("Finishing the connection"),
            self.tr(
                "Zoho's sign-in code works for about a minute. This program uses it straight "
                "away; you don't need to do anything."
            ),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(16)

        self.timer_box = QWidget(self)
        top = QHBoxLayout(self.timer_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(22)
        self.ring = CountdownRing(self.timer_box)
        top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        self.countdown = label("", "countdown")
        self.countdown.setAccessibleName(self.tr("Time left for the sign-in code"))
        words.addWidget(self.countdown)
        self.countdown_note = label(
            self.tr("The code is used as soon as it arrives, so this rarely matters."), "hint"
        )
        words.addWidget(self.countdown_note)
        words.addStretch(1)
        top.addLayout(words, 1)
        layout.addWidget(self.timer_box)

        self.step_text = label("", "step")
        self.step_text.setAccessibleName(self.tr("What is happening now"))
        layout.addWidget(self.step_text)

        self.checklist = QWidget(self)
        checks = QVBoxLayout(self.checklist)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.setSpacing(8)
        self.check_rows: dict[Phase, tuple[QLabel, QLabel]] = {}
        for phase, text in (
            (Phase.EXCHANGING, self.tr("Confirm the sign-in with Zoho")),
            (Phase.STORING, self.tr("Save the keys securely")),
            (Phase.LOADING_ORGANIZATIONS, self.tr("Find your Zoho Books organizations")),
        ):
            row = QHBoxLayout()
            row.setSpacing(10)
            mark = QLabel(self.checklist)
            mark.setFixedSize(18, 18)
            words_label = label(text, wrap=False)
            row.addWidget(mark)
            row.addWidget(words_label, 1)
            checks.addLayout(row)
            self.check_rows[phase] = (mark, words_label)
        layout.addWidget(self.checklist)

        self.error_panel = ErrorPanel(self)
        self.error_panel.actionTriggered.connect(self.actionTriggered)
        layout.addWidget(self.error_panel)
        self.kept_note = label("", "hint")
        self.kept_note.setVisible(False)
        layout.addWidget(self.kept_note)
        layout.addStretch(1)

        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(1000 // REPAINTS_PER_SECOND)
        self.repaint_timer.timeout.connect(self.tick)

    # --- rendering ---------------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        state = ui.flow
        failed = state.phase is Phase.FAILED
        self._render_heading(state.self_client)
        self._render_steps(state)
        self.error_panel.render_state(
            state.error if failed else None,
            recovery_offers(ui),
            wait_seconds_left(ui, self.clock()),
        )
        keys_waiting = failed and state.tokens is not None and state.profile is None
        self.kept_note.setText(
            self.tr(
                "You are signed in, and the keys Zoho issued are held in memory, so you will "
                "not need to sign in again to finish."
            )
            if keys_waiting
            else ""
        )
        self.kept_note.setVisible(keys_waiting)
        if state.step is Step.FINISHING and (
            state.phase is Phase.EXCHANGING or (failed and wait_seconds_left(ui, self.clock()) > 0)
        ):
            if not self.repaint_timer.isActive():
                self.repaint_timer.start()
        else:
            self.repaint_timer.stop()
        self.tick()

    def _render_heading(self, self_client: bool) -> None:
        if self_client == self._self_client_heading:
            return
        self._self_client_heading = self_client
        self.set_heading(
            self.tr("Finishing the connection"),
            self.tr(
                "The code from the API console works for the time you picked there. This "
                "program uses it straight away; you don't need to do anything."
            )
            if self_client
            else self.tr(
                "Zoho's sign-in code works for about a minute. This program uses it straight "
                "away; you don't need to do anything."
            ),
        )

    _self_client_heading = False

    def _render_steps(self, state: flow.WizardState) -> None:
        phase = state.phase
        if phase is Phase.EXCHANGING:
            text = (
                self.tr("Network trouble, trying again (attempt {n})…").format(n=state.retries + 1)
                if state.retries
                else self.tr("Exchanging the code with Zoho…")
            )
        elif phase is Phase.STORING:
            text = self.tr("Saving your keys securely…")
        elif phase is Phase.LOADING_ORGANIZATIONS:
            text = self.tr("Finding your Zoho Books organizations…")
        elif phase is Phase.FAILED:
            text = self.tr("The connection could not be finished.")
        else:
            text = ""
        self.step_text.setText(text)
        self.step_text.setVisible(bool(text))
        # Which steps are done: a step is done once a later one is under way or its
        # result exists.
        done = {
            Phase.EXCHANGING: state.tokens is not None,
            Phase.STORING: state.profile is not None,
            Phase.LOADING_ORGANIZATIONS: bool(state.organizations),
        }
        sign_in_failed = phase is Phase.FAILED and state.tokens is None
        self.checklist.setVisible(not sign_in_failed)
        for step_phase, (mark, words) in self.check_rows.items():
            if done[step_phase]:
                name, status = "check", self.tr("done")
            elif phase is step_phase:
                name, status = "progress", self.tr("in progress")
            elif phase is Phase.FAILED and step_phase is self._failed_step(state):
                name, status = "error", self.tr("failed")
            else:
                name, status = "pending", self.tr("waiting")
            mark.setPixmap(pixmap(name, 18, self.devicePixelRatioF()))
            words.setEnabled(name != "pending")
            words.setAccessibleName(f"{words.text()}: {status}")

    @staticmethod
    def _failed_step(state: flow.WizardState) -> Phase:
        if state.tokens is None:
            return Phase.EXCHANGING
        if state.profile is None:
            return Phase.STORING
        return Phase.LOADING_ORGANIZATIONS

    def tick(self) -> None:
        """Repaint the countdown (and a "wait" button's timer) from the clock."""
        ui = self.ui
        if ui is None:
            return
        state = ui.flow
        left = flow.seconds_left(state, self.clock())
        if left is None:
            self.timer_box.setVisible(False)
        else:
            self.timer_box.setVisible(True)
            seconds = int(left + 0.999)
            if seconds > 0 and state.self_client:
                # A Self Client code lives minutes: say "2:58", not "178 s".
                text = self.tr("The code expires in {time}").format(time=format_wait(left))
            elif seconds > 0:
                text = self.tr("Sign-in code expires in {n} s").format(n=seconds)
            else:
                text = self.tr("The sign-in code has expired")
            self.countdown.setText(text)
            self.countdown.setAccessibleDescription(text)
            self.ring.set_time(left, state.code_lifetime)
        if state.phase is Phase.FAILED and state.error is not None:
            self.error_panel.render_state(
                state.error, recovery_offers(ui), wait_seconds_left(ui, self.clock())
            )

    def cleanupPage(self) -> None:
        self.repaint_timer.stop()
