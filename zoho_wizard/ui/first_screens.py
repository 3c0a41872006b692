"""The window's first screens: the first screen of a new install, "Set up for staff" and
the API console checklist behind it, and setup files wherever they are opened or saved.

:class:`SetupFiles` asks where (file dialogs a test replaces) and hands the path to the
controller; :func:`make_page` builds and wires the first screens' pages for
:class:`~zoho_wizard.ui.wizard.ConnectWizard`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QWidget, QWizard

from zoho_wizard.core import setup_file
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER
from zoho_wizard.core.flow import Step
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.setup_widgets import (
    SetupFileNotice,
    ask_setup_file,
    ask_setup_save_path,
    suggested_setup_path,
)

if TYPE_CHECKING:
    from zoho_wizard.ui.pages.admin_setup import AdminSetupPage
    from zoho_wizard.ui.pages.before_start import BeforeStartPage
    from zoho_wizard.ui.pages.details import DetailsPage
    from zoho_wizard.ui.pages.start import StartPage
    from zoho_wizard.ui.pages.welcome import WelcomePage
    from zoho_wizard.ui.wizard import ConnectWizard

FIRST_SCREENS = (Step.WELCOME, Step.ADMIN_SETUP, Step.BEFORE_START)
W = QWizard.WizardButton


class SetupFiles(QObject):
    """Opening and saving setup files for the window.

    Attributes:
        ask_open: Asks which setup file to open (a dialog; None: cancelled).
        ask_save: Asks where to save one, given a suggestion (None: cancelled).
        notice: The details page's offer to delete an opened setup file.
    """

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.ask_open: Callable[[QWidget | None], Path | None] = ask_setup_file
        self.ask_save: Callable[[QWidget | None, Path], Path | None] = ask_setup_save_path
        self.notice: SetupFileNotice | None = None

    def choose_and_open(self) -> None:
        """ "Open setup file…": ask which, then open it."""
        path = self.ask_open(self.wizard)
        if path is not None:
            self.wizard.controller.open_setup_file(path)

    def open_practice(self) -> None:
        """Open the practice setup file (practice mode)."""
        hint = self.wizard.practice_hint
        if hint is not None and hint.setup_file:
            self.wizard.controller.open_setup_file(hint.setup_file)

    def save(self, draft: setup_file.SetupDraft) -> None:
        """ "Save setup file…": ask where, then save it for staff."""
        path = self.ask_save(self.wizard, suggested_setup_path())
        if path is None:
            return
        target = setup_file.setup_path(path)
        self.wizard.admin_setup_page.show_saved(target)
        self.wizard.controller.save_setup_file(target, draft)

    def try_saved(self, path: str) -> None:
        """The admin tries the file just saved: open it here (not offered for deletion)."""
        if path:
            self.wizard.controller.open_setup_file(path, offer_delete=False)


# --- the pages ----------------------------------------------------------------------------


def make_page(wizard: ConnectWizard, step: Step) -> StatePage:
    """The page of one of the :data:`FIRST_SCREENS`, wired to the controller."""
    if step is Step.WELCOME:
        return _welcome(wizard)
    if step is Step.ADMIN_SETUP:
        return _admin_setup(wizard)
    return _checklist(wizard)


def _welcome(wizard: ConnectWizard) -> WelcomePage:
    from zoho_wizard.ui.pages.welcome import WelcomePage

    controller, files = wizard.controller, wizard.setup_files
    page = WelcomePage()
    page.openSetupRequested.connect(files.choose_and_open)
    page.practiceSetupRequested.connect(files.open_practice)
    page.enterDetailsRequested.connect(controller.enter_details)
    page.adminRequested.connect(controller.open_admin_setup)
    page.copyStepsRequested.connect(controller.copy_setup_steps)
    page.actionTriggered.connect(controller.perform)
    hint = wizard.practice_hint
    page.render_practice(controller.endpoints.practice and bool(hint and hint.setup_file))
    return page


def _admin_setup(wizard: ConnectWizard) -> AdminSetupPage:
    from zoho_wizard.ui.pages.admin_setup import AdminSetupPage

    page = AdminSetupPage()
    page.setButtonText(W.BackButton, page.tr("&Back"))
    page.saveRequested.connect(wizard.setup_files.save)
    page.tryRequested.connect(wizard.setup_files.try_saved)
    page.checklistRequested.connect(wizard.controller.show_before_start)
    return page


def _checklist(wizard: ConnectWizard) -> BeforeStartPage:
    from zoho_wizard.ui.pages.before_start import BeforeStartPage

    controller = wizard.controller
    page = BeforeStartPage()
    page.continueRequested.connect(controller.close_before_start)
    page.copyRequested.connect(controller.copy_text)
    page.consoleRequested.connect(lambda dc: controller.open_url(controller.admin_console_url(dc)))
    page.dataCenterChosen.connect(lambda dc: checklist_data_center_chosen(wizard, dc))
    return page


def wire_start(wizard: ConnectWizard, page: StartPage) -> None:
    """The start page's "Open setup file…" and "Set up for staff…"."""
    page.setupFileRequested.connect(wizard.setup_files.choose_and_open)
    page.adminRequested.connect(wizard.controller.open_admin_setup)
    page.actionTriggered.connect(wizard.controller.perform)


def wire_details(wizard: ConnectWizard, page: DetailsPage) -> None:
    """Above the details page: the offer to delete a setup file that was opened (its
    secret is in the password store now), then the confirmation."""
    notice = SetupFileNotice(page)
    # At the top of the page's scrolling body (the page's own left edge), else above it.
    scroller = getattr(page, "scroller", None)
    body = scroller.widget() if isinstance(scroller, QScrollArea) else None
    layout = body.layout() if body is not None else page.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, notice)
    notice.deleteRequested.connect(wizard.controller.delete_opened_setup_file)
    wizard.controller.stateChanged.connect(notice.render_state)
    if wizard.controller.ui is not None:
        notice.render_state(wizard.controller.ui)
    wizard.setup_files.notice = notice


# --- the API console checklist ("Before you start") -----------------------------------------


def show_checklist(wizard: ConnectWizard) -> None:
    """Fill the checklist from the page it was opened from (the admin's page or the
    details): the data center, the redirect address, and where its main button returns."""
    controller = wizard.controller
    came_from = controller.state.came_from
    locked = False
    if came_from is Step.ADMIN_SETUP and Step.ADMIN_SETUP in wizard.pages:
        dc = wizard.admin_setup_page.data_center_id()
        redirect_uri = controller.redirect_uri()
    elif Step.DETAILS in wizard.pages:
        details_page = wizard.details_page
        dc = str(details_page.data_center.currentData())
        redirect_uri = details_page.redirect_uri.value()
        locked = details_page.data_center_locked()
    else:
        details, preset = controller.state.details, controller.ui.preset
        if preset is not None and preset.data_center:
            dc = preset.data_center  # what the details page will show first
        else:
            dc = details.data_center if details is not None else DEFAULT_DATA_CENTER
        redirect_uri = controller.redirect_uri()
        locked = bool(preset and preset.is_locked("data_center"))
    page = wizard.before_start_page
    page.show_setup(
        dc, redirect_uri, controller.admin_console_url(dc), practice=controller.endpoints.practice
    )
    if came_from is Step.ADMIN_SETUP:
        page.setButtonText(W.NextButton, page.tr("&Back to Set up for staff"))
    elif came_from is Step.DETAILS:
        page.setButtonText(W.NextButton, page.tr("&Back to the details"))
    else:
        page.setButtonText(W.NextButton, page.tr("&Continue"))
    page.data_center.setEnabled(not locked)


def checklist_data_center_chosen(wizard: ConnectWizard, dc: str) -> None:
    """A data center chosen on the checklist goes to the page it came from."""
    if wizard.controller.state.came_from is Step.ADMIN_SETUP:
        wizard.admin_setup_page.set_data_center(dc)
    elif Step.DETAILS in wizard.pages:
        details = wizard.details_page
        if not details.data_center_locked():
            index = details.data_center.findData(dc)
            if index >= 0:
                details.data_center.setCurrentIndex(index)
    wizard.before_start_page.set_console(
        wizard.controller.admin_console_url(dc), practice=wizard.controller.endpoints.practice
    )
