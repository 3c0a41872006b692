"""The finishing page: a short checklist of what happens after sign-in, and any error."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from zoho_wizard.core import flow
from zoho_wizard.core.after_sign_in import confirmed_without_asking
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.screen import ScreenState, admin_must_fix, recovery_offers, wait_seconds_left
from zoho_wizard.ui.banner import ErrorPanel
from zoho_wizard.ui.countdown import CountdownRing
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.widgets import Spinner, label

REPAINTS_PER_SECOND = 5

SHORT_TIME = 60.0
"""A code from the API console with less life than this left shows its countdown."""


def countdown_shown(state: flow.WizardState, left: float | None) -> bool:
    """Whether the code's countdown is worth showing: only when time could matter.

    The code is used the moment it arrives, so the seconds left are news only while Zoho
    is being tried again within the code's minute, or when a code from the API console
    (which lives minutes) has little time left.
    """
    if left is None:
        return False
    if state.self_client:
        return left <= SHORT_TIME
    return state.retries > 0


class CheckRow(QWidget):
    """One line of the checklist: a mark (waiting, done, failed) or a spinner, and words.

    Its words' accessible name says the line's status too ("Finding your organization:
    done").
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.mark = QLabel(self)
        self.mark.setFixedSize(18, 18)
        self.spinner = Spinner(18, self)
        self.spinner.set_spinning(False)
        self.words = label(text, parent=self, wrap=False)
        row.addWidget(self.mark)
        row.addWidget(self.spinner)
        row.addWidget(self.words, 1)
        self.status = ""

    def show_status(self, text: str, mark: str, status: str) -> None:
        """Show ``text`` with ``mark`` ("check", "error", "pending" or "progress": the
        spinner) and say ``status`` to screen readers."""
        spinning = mark == "progress"
        self.spinner.set_spinning(spinning)
        self.mark.setVisible(not spinning)
        if not spinning:
            self.mark.setPixmap(pixmap(mark, 18, self.devicePixelRatioF()))
        self.words.setText(text)
        self.words.setEnabled(mark != "pending")
        self.status = status
        self.words.setAccessibleName(f"{text}: {status}")


class FinishingPage(StatePage):
    """Turns the caught code into a saved connection, as a checklist with a spinner.

    Three lines (confirming the sign-in with Zoho, saving the keys, finding the
    organization) are ticked as they finish. The code's countdown appears only when time
    could matter (see :func:`countdown_shown`), said in words ("Sign-in code expires in
    57 s"), not only drawn; a timer only repaints, the seconds come from
    :func:`zoho_wizard.core.flow.seconds_left` over the controller's clock.

    Signals:
        actionTriggered(object): a recovery button (an ``errors.Action``) was clicked.
    """

    step = Step.FINISHING
    actionTriggered = Signal(object)

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._heading_key: tuple[object, ...] = ()
        self._render_heading(None)

        layout = QVBoxLayout(self)
        self.align(layout, top=12)
        layout.setSpacing(14)

        self.checklist = QWidget(self)
        checks = QVBoxLayout(self.checklist)
        checks.setContentsMargins(0, 0, 0, 0)
        checks.setSpacing(10)
        self.check_rows: dict[Phase, CheckRow] = {}
        for phase in (Phase.EXCHANGING, Phase.STORING, Phase.LOADING_ORGANIZATIONS):
            row = CheckRow("", self.checklist)
            checks.addWidget(row)
            self.check_rows[phase] = row
        layout.addWidget(self.checklist)

        self.step_text = label("", "step")
        layout.addWidget(self.step_text)
        layout.addWidget(self._build_timer())

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

    def _build_timer(self) -> QWidget:
        """The code's countdown: a ring and the same in words (hidden unless time matters)."""
        self.timer_box = QWidget(self)
        top = QHBoxLayout(self.timer_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(18)
        self.ring = CountdownRing(self.timer_box)
        top.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        self.countdown = label("", "countdown")
        words.addWidget(self.countdown)
        self.countdown_note = label("", "hint")
        words.addWidget(self.countdown_note)
        words.addStretch(1)
        top.addLayout(words, 1)
        self.timer_box.setVisible(False)
        return self.timer_box

    # --- rendering ---------------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        state = ui.flow
        failed = state.phase is Phase.FAILED
        self._render_heading(ui)
        self._render_steps(ui)
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

    def _render_heading(self, ui: ScreenState | None) -> None:
        """The subtitle says what the page shows: work under way, or what went wrong and
        whose it is to fix; never "nothing to do" above an error."""
        state = ui.flow if ui is not None else None
        failed = state is not None and state.phase is Phase.FAILED
        self_client = state is not None and state.self_client
        admin = failed and ui is not None and admin_must_fix(ui)
        keys_kept = (
            failed and state is not None and state.tokens is not None and state.profile is None
        )
        key = (failed, self_client, admin, keys_kept)
        if key == self._heading_key:
            return
        self._heading_key = key
        if admin:
            subtitle = self.tr(
                "Only your firm's IT admin can fix this. Copy them a message with the button below."
            )
        elif keys_kept:
            subtitle = self.tr("You are signed in; saving the keys did not work. Choose below.")
        elif failed:
            subtitle = self.tr("This did not work. Below is what happened and what you can do.")
        elif self_client:
            subtitle = self.tr(
                "The code from the API console works for the time you picked there. It is "
                "used straight away; you don't need to do anything."
            )
        else:
            subtitle = self.tr("This takes a few seconds; you don't need to do anything.")
        self.set_heading(self.tr("Finishing the connection"), subtitle)

    def _render_steps(self, ui: ScreenState) -> None:
        state = ui.flow
        phase = state.phase
        if phase is Phase.EXCHANGING and state.retries:
            text = self.tr("Network trouble, trying again (attempt {n})…").format(
                n=state.retries + 1
            )
        elif phase is Phase.FAILED:
            text = self.tr("The connection could not be finished.")
        else:
            text = ""
        self.step_text.setText(text)
        self.step_text.setAccessibleName(text)  # the words themselves, never a caption
        self.step_text.setVisible(bool(text))
        sign_in_failed = phase is Phase.FAILED and state.tokens is None
        self.checklist.setVisible(not sign_in_failed)
        texts = self._check_texts(ui)
        # A step is done once its result exists.
        done = {
            Phase.EXCHANGING: state.tokens is not None,
            Phase.STORING: state.profile is not None,
            Phase.LOADING_ORGANIZATIONS: bool(state.organizations),
        }
        for step_phase, row in self.check_rows.items():
            if done[step_phase]:
                mark, status = "check", self.tr("done")
            elif phase is step_phase:
                mark, status = "progress", self.tr("in progress")
            elif phase is Phase.FAILED and step_phase is self._failed_step(state):
                mark, status = "error", self.tr("failed")
            else:
                mark, status = "pending", self.tr("waiting")
            row.show_status(texts[step_phase], mark, status)

    def _check_texts(self, ui: ScreenState) -> dict[Phase, str]:
        state = ui.flow
        organization = self.tr("Finding your organization")
        if confirmed_without_asking(state) and state.organization is not None:
            # The only organization, confirmed without asking: say which it is.
            organization = self.tr("Found your organization: {name}").format(
                name=state.organization.name
            )
        return {
            Phase.EXCHANGING: self.tr("Confirming the sign-in with Zoho"),
            Phase.STORING: self.tr("Keeping the keys in this program's memory only")
            if ui.session_only
            else self.tr("Saving the keys in this computer's password store"),
            Phase.LOADING_ORGANIZATIONS: organization,
        }

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
        shown = countdown_shown(state, left)
        self.timer_box.setVisible(shown)
        if shown and left is not None:
            seconds = int(left + 0.999)
            if seconds > 0 and state.self_client:
                text = self.tr("The code expires in {n} s").format(n=seconds)
            elif seconds > 0:
                text = self.tr("Sign-in code expires in {n} s").format(n=seconds)
            else:
                text = self.tr("The sign-in code has expired")
            self.countdown.setText(text)
            self.countdown.setAccessibleName(text)
            self.countdown_note.setText(
                self.tr("Trying Zoho again while the code still works.")
                if state.retries
                else self.tr("The code is used as soon as Zoho answers.")
            )
            self.ring.set_time(left, state.code_lifetime)
        if state.phase is Phase.FAILED and state.error is not None:
            self.error_panel.render_state(
                state.error, recovery_offers(ui), wait_seconds_left(ui, self.clock())
            )

    def cleanupPage(self) -> None:
        self.repaint_timer.stop()
