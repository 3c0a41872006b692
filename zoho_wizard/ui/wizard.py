"""The wizard window: one page per step, moved only by the controller's state."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard

from zoho_wizard.core.flow import Step, next_step
from zoho_wizard.ui import theme
from zoho_wizard.ui.controller import UiState, WizardController
from zoho_wizard.ui.identity import IdentityQuestion
from zoho_wizard.ui.other_ways import connect_other_ways
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.pages.consent import ConsentPage
from zoho_wizard.ui.pages.details import DetailsPage
from zoho_wizard.ui.pages.done import DonePage
from zoho_wizard.ui.pages.finishing import FinishingPage
from zoho_wizard.ui.pages.organization import OrganizationPage
from zoho_wizard.ui.pages.start import StartPage
from zoho_wizard.ui.practice import PracticeHint
from zoho_wizard.ui.resources import icon, pixmap

PAGE_IDS: dict[Step, int] = {
    Step.START: 0,
    Step.DETAILS: 1,
    Step.CONSENT: 2,
    Step.FINISHING: 3,
    Step.ORGANIZATION: 4,
    Step.DONE: 5,
}
_ORDER = (Step.START, Step.DETAILS, Step.CONSENT, Step.FINISHING, Step.ORGANIZATION, Step.DONE)

W = QWizard.WizardButton


class ConnectWizard(QWizard):
    """The connection wizard.

    Pages render the controller's state and emit intents; the controller applies core
    transitions. Navigation follows the state: when the state's step changes, the wizard
    walks to that page (``nextId`` returns it), so Back and Next can never disagree with
    the flow.
    """

    def __init__(
        self,
        controller: WizardController,
        *,
        practice_hint: PracticeHint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._target: Step | None = None
        self._sync_pending = False
        self._closed = False
        practice = controller.endpoints.practice
        self.setWindowTitle(
            self.tr("Connect Zoho Books — practice mode")
            if practice
            else self.tr("Connect Zoho Books")
        )
        self.setWindowIcon(icon("app"))
        if sys.platform.startswith("linux"):
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap("app", 48, 2.0))
        self.setMinimumSize(880, 680)
        self.resize(920, 720)
        self.setStyleSheet(theme.stylesheet())

        self.details_page = DetailsPage(practice_hint, controller.existing_names)
        self.consent_page = ConsentPage()
        self.finishing_page = FinishingPage(controller.clock)
        self.organization_page = OrganizationPage()
        self.done_page = DonePage()
        self.start_page = StartPage(controller.saved)
        self.pages: dict[Step, StatePage] = {
            Step.DETAILS: self.details_page,
            Step.CONSENT: self.consent_page,
            Step.FINISHING: self.finishing_page,
            Step.ORGANIZATION: self.organization_page,
            Step.DONE: self.done_page,
            Step.START: self.start_page,
        }
        for step, page in self.pages.items():
            self.setPage(PAGE_IDS[step], page)
        self.setStartId(PAGE_IDS[controller.state.step])  # START when connections exist
        self.details_page.setButtonText(W.BackButton, self.tr("Back to saved connections"))

        self.setButtonText(W.CustomButton1, self.tr("Cancel sign-in"))
        self.setButtonText(W.CancelButton, self.tr("Close"))
        self.setButtonText(W.FinishButton, self.tr("Finish"))
        self._describe_buttons()
        for which in (W.NextButton, W.FinishButton):
            theme.set_role(self.button(which), "primary")
        self.customButtonClicked.connect(self._custom_clicked)
        self.currentIdChanged.connect(self._page_changed)

        # intents → controller
        self.details_page.submitted.connect(
            lambda details, session_only: controller.submit_details(
                details, session_only=session_only
            )
        )
        self.details_page.copyRequested.connect(controller.copy_text)
        connect_other_ways(self)  # Self Client code, own browser (ui/other_ways.py)
        self.consent_page.redirectCaught.connect(controller.redirect_caught)
        self.consent_page.backRequested.connect(controller.back)
        self.finishing_page.actionTriggered.connect(controller.perform)
        self.organization_page.organizationSelected.connect(controller.select_organization)
        self.organization_page.saveRequested.connect(controller.save_organization)
        self.organization_page.actionTriggered.connect(controller.perform)
        controller.stateChanged.connect(self.render_state)
        # saved connections (start page), reconnect and the receipt
        self.start_page.newRequested.connect(controller.new_connection)
        self.start_page.reconnectRequested.connect(controller.reconnect)
        self.done_page.receiptRequested.connect(self._save_done_receipt)
        self.button(W.BackButton).clicked.connect(self._back_clicked)
        self.identity_question = IdentityQuestion(self, controller)
        self._details_heading = ""  # the details page's own heading, during a reconnect
        self._reconnect_title = ""

    # --- buttons ------------------------------------------------------------------------

    def _describe_buttons(self) -> None:
        descriptions = {
            W.NextButton: self.tr("Go on to the next step"),
            W.CancelButton: self.tr("Close this window without finishing"),
            W.FinishButton: self.tr("Close this window; the connection is saved"),
            W.CustomButton1: self.tr("Stop signing in and go back to the details"),
            W.BackButton: self.tr("Go back one step"),
            W.CommitButton: self.tr("Go on to the next step"),
            W.HelpButton: self.tr("Show help"),
        }
        for which, description in descriptions.items():
            button: QAbstractButton = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))
            button.setAccessibleDescription(description)

    def _layout_for(self, step: Step | None) -> list[QWizard.WizardButton]:
        stretch = W.Stretch
        if step is Step.CONSENT:
            return [W.CustomButton1, stretch, W.CancelButton]
        if step is Step.FINISHING:
            return [stretch, W.CancelButton]
        if step is Step.DONE:
            return [stretch, W.FinishButton]
        if step is Step.DETAILS and PAGE_IDS[Step.START] in self.visitedIds():
            return [W.BackButton, stretch, W.CancelButton, W.NextButton]
        return [stretch, W.CancelButton, W.NextButton]

    def _page_changed(self, page_id: int) -> None:
        step = self.step_of(page_id)
        self.setButtonLayout(self._layout_for(step))
        self._describe_buttons()
        if step is not None and self.controller.ui is not None:
            self.pages[step].render_state(self.controller.ui)

    def _name_the_reconnect(self, ui: UiState) -> None:
        # Reconnecting: the details page's heading says which connection; its own heading
        # comes back afterwards.
        page = self.details_page
        name = ui.flow.reconnect_of
        title = self.tr("Reconnect “{name}”").format(name=name) if name else ""
        if title and page.heading != title:
            if page.heading != self._reconnect_title:
                self._details_heading = page.heading
            self._reconnect_title = title
            page.set_heading(title, page.subTitle())
        elif not title and self._reconnect_title:
            if page.heading == self._reconnect_title:
                page.set_heading(self._details_heading, page.subTitle())
            self._reconnect_title = ""

    def _back_clicked(self) -> None:
        # QWizard already showed the previous page (the saved connections); the state follows.
        if self.current_step() is Step.START and self.controller.state.step is Step.DETAILS:
            self.controller.show_start()

    def _save_done_receipt(self) -> None:
        profile = self.controller.state.profile
        if profile is None:
            return
        notice = self.controller.saved.receipt_of(profile, self.controller.ui.secrets_place, self)
        if notice is not None:
            self.done_page.show_receipt_notice(notice.kind, notice.title, "\n".join(notice.lines))

    def _custom_clicked(self, which: int) -> None:
        if which == W.CustomButton1.value:
            self.controller.back()

    # --- navigation ---------------------------------------------------------------------

    @staticmethod
    def step_of(page_id: int) -> Step | None:
        """The step a page id stands for."""
        return next((s for s, i in PAGE_IDS.items() if i == page_id), None)

    def current_step(self) -> Step | None:
        """The step of the page on screen."""
        return self.step_of(self.currentId())

    def nextId(self) -> int:
        if self._target is not None:
            return PAGE_IDS[self._target]
        # Asked to draw Next/Finish: the flow says where Next goes from this page's step.
        step = self.current_step()
        if step is None:
            return -1
        if step is self.controller.state.step:
            target = next_step(self.controller.state)
            if target is not None and target in PAGE_IDS:
                return PAGE_IDS[target]
        index = _ORDER.index(step)
        return PAGE_IDS[_ORDER[index + 1]] if index + 1 < len(_ORDER) else -1

    def validateCurrentPage(self) -> bool:
        if self._target is not None:
            return True  # the controller already moved the state; just follow it
        return super().validateCurrentPage()

    def render_state(self, ui: UiState) -> None:
        """Render every page from ``ui``, then follow its step (on the next loop turn)."""
        if self._closed:
            return
        for page in self.pages.values():
            page.render_state(ui)
        self._name_the_reconnect(ui)
        if not self._sync_pending:
            self._sync_pending = True
            QTimer.singleShot(0, self, self._follow_state)

    def _follow_state(self) -> None:
        self._sync_pending = False
        if self._closed:
            return
        target = self.controller.state.step
        if target not in PAGE_IDS:
            return
        wanted = PAGE_IDS[target]
        if self.currentId() == wanted:
            return
        history = self.visitedIds()
        self._target = target
        try:
            if wanted in history:
                while self.currentId() != wanted and len(self.visitedIds()) > 1:
                    self.back()
            else:
                self.next()
        finally:
            self._target = None

    # --- lifetime -----------------------------------------------------------------------

    def start(self) -> None:
        """Render the first state and check the password store."""
        self._page_changed(self.currentId())
        self.controller.start()

    def shutdown(self) -> None:
        """Stop background work and free the browser (view before profile)."""
        if self._closed:
            return
        self._closed = True
        self.finishing_page.repaint_timer.stop()
        self.controller.shutdown()
        self.consent_page.dispose()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def run_on_close(wizard: ConnectWizard, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the wizard finished (accepted or closed)."""
    wizard.finished.connect(lambda _result: callback())
