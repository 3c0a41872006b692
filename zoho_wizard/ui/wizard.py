"""The wizard window: one page per step, moved only by the controller's state."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget, QWizard

from zoho_wizard.core import timings
from zoho_wizard.core.details import PracticeHint
from zoho_wizard.core.flow import Step, next_step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui import first_screens, not_zoho, theme
from zoho_wizard.ui.closing import ask_before_closing
from zoho_wizard.ui.controller import WizardController
from zoho_wizard.ui.identity import IdentityQuestion
from zoho_wizard.ui.loop import call_soon
from zoho_wizard.ui.other_ways import connect_own_browser, connect_self_client, device_page
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import icon, pixmap

if TYPE_CHECKING:
    from zoho_wizard.ui.pages.admin_setup import AdminSetupPage
    from zoho_wizard.ui.pages.before_start import BeforeStartPage
    from zoho_wizard.ui.pages.consent import ConsentPage
    from zoho_wizard.ui.pages.details import DetailsPage
    from zoho_wizard.ui.pages.done import DonePage
    from zoho_wizard.ui.pages.finishing import FinishingPage
    from zoho_wizard.ui.pages.organization import OrganizationPage
    from zoho_wizard.ui.pages.start import StartPage
    from zoho_wizard.ui.pages.welcome import WelcomePage

PAGE_IDS: dict[Step, int] = {
    Step.START: 0,
    Step.DETAILS: 1,
    Step.CONSENT: 2,
    Step.FINISHING: 3,
    Step.ORGANIZATION: 4,
    Step.DONE: 5,
    Step.BEFORE_START: 6,
    Step.WELCOME: 7,
    Step.ADMIN_SETUP: 8,
    Step.DEVICE: 9,
}
_ORDER = (
    Step.START,
    Step.WELCOME,
    Step.ADMIN_SETUP,
    Step.BEFORE_START,
    Step.DETAILS,
    Step.CONSENT,
    Step.DEVICE,
    Step.FINISHING,
    Step.ORGANIZATION,
    Step.DONE,
)
# Steps where the browser for the next sign-in is made ready in the background.
_WARM_STEPS = (Step.WELCOME, Step.DETAILS, Step.BEFORE_START)
# Steps where closing the window abandons a connection that is under way.
_HALF_MADE = (Step.CONSENT, Step.DEVICE, Step.FINISHING, Step.ORGANIZATION)

W = QWizard.WizardButton


class ConnectWizard(QWizard):
    """The connection wizard.

    Pages render the controller's state and emit intents; the controller applies core
    transitions. Navigation follows the state: when the state's step changes, the wizard
    walks to that page (``nextId`` returns it), so Back and Next can never disagree with
    the flow.

    A new install opens on the first screen (who is there: a setup file, the app's
    details, or the admin), later launches on the saved connections. The look follows
    the system's light or dark scheme, also when it changes while the window is open.
    Escape (or Close) asks first when a connection is under way.

    Signals:
        firstPainted(): the window is on screen for the first time (emitted once, after
            the first paint finished); background warm-up starts from here.
    """

    firstPainted = Signal()

    def __init__(
        self,
        controller: WizardController,
        *,
        practice_hint: PracticeHint | None = None,
        warm_up: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._target: Step | None = None
        self._sync_pending = False
        self._closed = False
        self._close_confirmed = False
        self._painted = False
        self._details_heading = ""  # the details page's own heading, during a reconnect
        self._reconnect_title = ""
        self.confirm_close: QMessageBox | None = None
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
        self.palette_in_use = theme.apply(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

        self.practice_hint = practice_hint
        self._warm_up = warm_up
        self.setup_files = first_screens.SetupFiles(self)
        # Pages are made when first needed: the first one before the window shows, the
        # others one per event-loop turn once it is on screen (see _build_remaining).
        self.pages: dict[Step, StatePage] = {}
        self.page_for(controller.state.step)
        self.setStartId(PAGE_IDS[controller.state.step])  # START when connections exist

        # Alt+letter on every button of the window (the letter is underlined).
        self.setButtonText(W.CustomButton1, self.tr("&Cancel sign-in"))
        self.setButtonText(W.CancelButton, self.tr("Cl&ose"))
        self.setButtonText(W.FinishButton, self.tr("&Finish"))
        self.setButtonText(W.BackButton, self.tr("&Back"))
        self._describe_buttons()
        for which in (W.NextButton, W.FinishButton):
            theme.set_role(self.button(which), "primary")
        self.customButtonClicked.connect(self._custom_clicked)
        self.currentIdChanged.connect(self._page_changed)
        controller.stateChanged.connect(self.render_state)
        self.button(W.BackButton).clicked.connect(self._back_clicked)
        self.firstPainted.connect(self._build_remaining)
        self.identity_question = IdentityQuestion(self, controller)

    # --- pages ----------------------------------------------------------------------------

    def page_for(self, step: Step) -> StatePage:
        """The page of ``step``, made (and wired to the controller) on first use."""
        page = self.pages.get(step)
        if page is None:
            page = self._make_page(step)
            self.pages[step] = page
            self.setPage(PAGE_IDS[step], page)
            not_zoho.attach(page, self.controller.endpoints.override_hosts())
            if self.controller.ui is not None and not self._closed:
                page.render_state(self.controller.ui)
                if step is Step.DETAILS:
                    self._name_the_reconnect(self.controller.ui)
        return page

    def _make_page(self, step: Step) -> StatePage:
        controller = self.controller
        if step in first_screens.FIRST_SCREENS:
            return first_screens.make_page(self, step)
        if step is Step.DETAILS:
            from zoho_wizard.ui.pages.details import DetailsPage

            details = DetailsPage(self.practice_hint, controller.existing_names)
            first_screens.wire_details(self, details)
            details.submitted.connect(
                lambda details_, session_only: controller.submit_details(
                    details_, session_only=session_only
                )
            )
            details.copyRequested.connect(controller.copy_text)
            details.setupHelpRequested.connect(controller.show_before_start)
            details.setupFileChosen.connect(controller.open_setup_file)
            details.actionTriggered.connect(controller.perform)
            connect_self_client(self, details)
            return details
        if step is Step.CONSENT:
            from zoho_wizard.ui.pages.consent import ConsentPage

            consent = ConsentPage()
            consent.redirectCaught.connect(controller.redirect_caught)
            consent.pageShown.connect(controller.page_shown)
            consent.backRequested.connect(controller.back)
            connect_own_browser(self, consent)
            return consent
        if step is Step.DEVICE:
            return device_page(self)
        if step is Step.FINISHING:
            from zoho_wizard.ui.pages.finishing import FinishingPage

            finishing = FinishingPage(controller.clock)
            finishing.actionTriggered.connect(controller.perform)
            return finishing
        if step is Step.ORGANIZATION:
            from zoho_wizard.ui.pages.organization import OrganizationPage

            organization = OrganizationPage()
            organization.organizationSelected.connect(controller.select_organization)
            organization.saveRequested.connect(controller.save_organization)
            organization.actionTriggered.connect(controller.perform)
            return organization
        if step is Step.DONE:
            from zoho_wizard.ui.pages.done import DonePage

            done = DonePage()
            done.receiptRequested.connect(self._save_done_receipt)
            done.renameRequested.connect(controller.rename_connection)
            done.copyRequested.connect(controller.copy_text)
            return done
        from zoho_wizard.ui.pages.start import StartPage
        from zoho_wizard.ui.spreadsheet import open_spreadsheet_dialog

        start = StartPage(controller.saved)
        start.newRequested.connect(controller.new_connection)
        start.reconnectRequested.connect(controller.reconnect)
        first_screens.wire_start(self, start)
        start.spreadsheetRequested.connect(lambda name: open_spreadsheet_dialog(self, name))
        return start

    def _build_remaining(self) -> None:
        """Make the next missing page, one per event-loop turn; then warm the browser."""
        if self._closed:
            return
        missing = [step for step in _ORDER if step not in self.pages]
        if missing:
            self.page_for(missing[0])
            call_soon(self, self._build_remaining)
        elif self._warm_up:
            self.prepare_browser()

    def prepare_browser(self) -> None:
        """Start the web engine and a fresh browser for the next sign-in (in the
        background of the first screen or the details page), unless one is ready."""
        if not self._closed and self.controller.state.step in _WARM_STEPS:
            self.consent_page.browser.prepare()

    @property
    def welcome_page(self) -> WelcomePage:
        """The first screen of a new install."""
        return cast("WelcomePage", self.page_for(Step.WELCOME))

    @property
    def admin_setup_page(self) -> AdminSetupPage:
        """ "Set up for staff"."""
        return cast("AdminSetupPage", self.page_for(Step.ADMIN_SETUP))

    @property
    def details_page(self) -> DetailsPage:
        """The connection details page."""
        return cast("DetailsPage", self.page_for(Step.DETAILS))

    @property
    def before_start_page(self) -> BeforeStartPage:
        """The "Before you start" page."""
        return cast("BeforeStartPage", self.page_for(Step.BEFORE_START))

    @property
    def consent_page(self) -> ConsentPage:
        """Zoho's sign-in page."""
        return cast("ConsentPage", self.page_for(Step.CONSENT))

    @property
    def finishing_page(self) -> FinishingPage:
        """The page shown while the code is exchanged."""
        return cast("FinishingPage", self.page_for(Step.FINISHING))

    @property
    def organization_page(self) -> OrganizationPage:
        """The organization choice."""
        return cast("OrganizationPage", self.page_for(Step.ORGANIZATION))

    @property
    def done_page(self) -> DonePage:
        """The last page."""
        return cast("DonePage", self.page_for(Step.DONE))

    @property
    def start_page(self) -> StartPage:
        """The saved connections."""
        return cast("StartPage", self.page_for(Step.START))

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
            if isinstance(button, QPushButton) and which is not W.NextButton:
                # Enter presses the focused button (Next is the window's default).
                button.setAutoDefault(True)

    def _layout_for(self, step: Step | None) -> list[QWizard.WizardButton]:
        stretch = W.Stretch
        if step in (Step.CONSENT, Step.DEVICE):
            # One way back from Zoho's page (Escape still asks before closing).
            return [W.CustomButton1, stretch]
        if step is Step.FINISHING:
            return [stretch, W.CancelButton]
        if step is Step.DONE:
            return [stretch, W.FinishButton]
        if step is Step.BEFORE_START:
            return [stretch, W.CancelButton, W.NextButton]
        if step is Step.WELCOME:
            return [stretch, W.CancelButton]  # the page's own three answers
        if step is Step.ADMIN_SETUP or (step is Step.DETAILS and self._details_back()):
            return [W.BackButton, stretch, W.CancelButton, W.NextButton]
        return [stretch, W.CancelButton, W.NextButton]

    def _details_back(self) -> Step | None:
        """Where the details page's Back goes: the saved connections, or the first screen
        (not for a reconnect); None: no Back."""
        visited = self.visitedIds()
        if PAGE_IDS[Step.START] in visited:
            return Step.START
        if PAGE_IDS[Step.WELCOME] in visited and self.controller.state.reconnect_of is None:
            return Step.WELCOME
        return None

    def _page_changed(self, page_id: int) -> None:
        if self._closed:
            return  # closing (QWizard may reset its pages): nothing to show or schedule
        step = self.step_of(page_id)
        if step is Step.BEFORE_START:
            first_screens.show_checklist(self)
        if step is Step.DETAILS:
            to_start = self._details_back() is Step.START
            back = self.tr("&Back to saved connections") if to_start else self.tr("&Back")
            self.details_page.setButtonText(W.BackButton, back)
        self.setButtonLayout(self._layout_for(step))
        self._describe_buttons()
        if step is not None and self.controller.ui is not None:
            self.page_for(step).render_state(self.controller.ui)
        if step is Step.DETAILS and self._warm_up and Step.CONSENT in self.pages:
            self.prepare_browser()  # back on the details page: a fresh browser for next time
        call_soon(self, lambda: self._focus_first(step))

    def _focus_first(self, step: Step | None) -> None:
        """Where the keyboard starts on a page, so that Enter does what the page is for.

        Qt focuses a page's first control; on Done that is "Save receipt…", which Enter
        would press. Finish is what Enter should mean there; on the list of saved
        connections the arrow keys should work at once; on the first screen Enter opens
        a setup file. A page left by one of its own buttons (the first screen's answers,
        a link) takes the focus with it: then it goes to the window's main button.
        """
        if self._closed or step is not self.current_step():
            return
        reason = Qt.FocusReason.OtherFocusReason
        focus = self.focusWidget()
        if step is Step.DONE:
            self.button(W.FinishButton).setFocus(reason)
        elif step is Step.WELCOME:
            self.welcome_page.focus_main()
        elif step is Step.START and self.start_page.list.isVisible():
            self.start_page.list.setFocus(reason)
        elif focus is None or not focus.isVisible():
            main = self.button(W.NextButton)
            if main.isVisible():
                main.setFocus(reason)

    def _name_the_reconnect(self, ui: ScreenState) -> None:
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
        # QWizard already showed the previous page; the state follows.
        shown, state = self.current_step(), self.controller.state.step
        if state is Step.DETAILS and shown is not Step.DETAILS:
            if PAGE_IDS[Step.START] in self.visitedIds():
                self.controller.show_start()
            else:
                self.controller.back_to_welcome()
        elif state is Step.ADMIN_SETUP and shown is not Step.ADMIN_SETUP:
            self.controller.close_admin_setup()

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
        if not super().validateCurrentPage():
            return False
        # QWizard goes to nextId() next: make sure that page exists by now.
        step = self.step_of(self.nextId())
        if step is not None:
            self.page_for(step)
        return True

    def render_state(self, ui: ScreenState) -> None:
        """Render the page on screen and the state's page from ``ui``, then follow the
        state's step (on the next loop turn). Other pages are rendered when shown: while a
        code is exchanged, the window does no work it need not do."""
        if self._closed:
            return
        showing = (self.current_step(), ui.flow.step)
        if Step.DETAILS in self.pages and ui.preset not in (None, self.details_page.preset):
            self.details_page.apply_preset(ui.preset)  # a setup file was opened meanwhile
        for step, page in list(self.pages.items()):
            if step in showing:
                page.render_state(ui)
        if Step.DETAILS in self.pages:
            self._name_the_reconnect(ui)
        if not self._sync_pending:
            self._sync_pending = True
            call_soon(self, self._follow_state)

    def _follow_state(self) -> None:
        self._sync_pending = False
        if self._closed:
            return
        target = self.controller.state.step
        if target not in PAGE_IDS:
            return
        self.page_for(target)  # made now if the person got there before it was built
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

    # --- look -----------------------------------------------------------------------------

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The system switched between light and dark: redraw everything in the new look."""
        if self._closed:
            return
        self.palette_in_use = theme.apply(self, dark=theme.scheme_is_dark(scheme))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap("app", 48, 2.0))
        if self.controller.ui is not None:
            self.render_state(self.controller.ui)

    # --- closing ----------------------------------------------------------------------------

    def half_made(self) -> bool:
        """True while a connection is under way (signing in, finishing, choosing)."""
        return self.controller.state.step in _HALF_MADE

    def reject(self) -> None:
        """Escape and Close: ask first while a connection is under way."""
        if self._closed or self._close_confirmed or not self.half_made():
            super().reject()
            return
        self._ask_before_closing()

    def _ask_before_closing(self) -> None:
        if self.confirm_close is not None:
            self.confirm_close.raise_()
            return
        self.confirm_close = ask_before_closing(
            self,
            self.controller.state.profile is not None,
            on_close=self._close_anyway,
            on_answer=self._close_answered,
        )

    def _close_answered(self) -> None:
        self.confirm_close = None

    def _close_anyway(self) -> None:
        self._close_confirmed = True
        self.reject()

    # --- lifetime -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Posted: runs once this paint reached the screen.
            call_soon(self, self._first_painted)

    def _first_painted(self) -> None:
        timings.mark("first_paint")
        self.firstPainted.emit()

    def start(self) -> None:
        """Render the first state and check the password store."""
        self._page_changed(self.currentId())
        if self._warm_up:
            # The check imports the keyring libraries and talks to the password store:
            # it waits until the window is on screen rather than competing with it.
            self.firstPainted.connect(self.controller.start)
        else:
            self.controller.start()

    def shutdown(self) -> None:
        """Stop background work and free the browser (view before profile)."""
        if self._closed:
            return
        self._closed = True
        if Step.FINISHING in self.pages:
            self.finishing_page.repaint_timer.stop()
        self.controller.shutdown()
        if Step.CONSENT in self.pages:
            self.consent_page.dispose()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button (not the program closing it) asks like Escape does.
        if (
            event.spontaneous()
            and not self._closed
            and not self._close_confirmed
            and self.half_made()
        ):
            event.ignore()
            self._ask_before_closing()
            return
        self.shutdown()
        super().closeEvent(event)


def run_on_close(wizard: ConnectWizard, callback: Callable[[], None]) -> None:
    """Call ``callback`` once the wizard finished (accepted or closed)."""
    wizard.finished.connect(lambda _result: callback())
