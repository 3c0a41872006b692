"""The "Before you start" page: how the firm's admin registers the client in Zoho."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
    QWizard,
)

from zoho_wizard.core import validation
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.widgets import (
    NumberedSteps,
    RedirectAddressBox,
    label,
    mark_data,
    scrolling_body,
)


class BeforeStartPage(StatePage):
    """Explains, in numbered steps, what the firm's admin does once in Zoho's API console.

    Behind "Set up for staff" (the admin's page) and the details page's "How does my
    firm's admin set this up?" link. Nothing here is required: Next goes back there.

    Signals:
        continueRequested(): go on (or back) to the details.
        copyRequested(str): copy this text (the redirect address).
        consoleRequested(str): open the API console for this data center ID.
        dataCenterChosen(str): the person picked a data center here.
    """

    step = Step.BEFORE_START
    continueRequested = Signal()
    copyRequested = Signal(str)
    consoleRequested = Signal(str)
    dataCenterChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._redirect = DEFAULT_REDIRECT_URI
        self._console = ""
        self.set_heading(
            self.tr("Before you start"),
            self.tr(
                "Your firm's admin registers this program in Zoho's API console once, then "
                "gives staff its App ID and App secret (best in a setup file)."
            ),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Continue"))

        self.scroller, body = scrolling_body(self, self.tr("How your firm's admin sets this up"))
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.practice_banner = Banner(
            "practice",
            self.tr("Practice mode: the practice sandbox stands in for Zoho's API console"),
            self.tr(
                "A practice client is already registered there, so nothing below needs "
                "doing: go back and use the practice setup or the practice details."
            ),
        )
        self.practice_banner.setVisible(False)
        body.addWidget(self.practice_banner)

        body.addWidget(label(self.tr("What your firm's admin does, once"), "section"))

        steps = NumberedSteps(spacing=10)
        self.step_texts = steps.texts
        self._add_console_step(steps)
        self._add_register_steps(steps)
        body.addLayout(steps)

        self.after = label(
            self.tr(
                "That's all. Then go back, enter the App ID and App secret (Zoho calls them "
                "the client ID and client secret), and save a setup file for staff or sign in."
            ),
            "hint",
        )
        body.addWidget(self.after)
        # Optional: the Non-browser client, for signing in on a phone or another computer.
        body.addWidget(label(self.tr("Optional: signing in on another device"), "section"))
        self.device_note = label(
            self.tr(
                "Some computers cannot show Zoho's sign-in page (a remote desktop, a "
                "locked-down PC, a company sign-in that refuses it). Staff there can approve "
                "with a code on their phone instead. For that, choose Add Client once more, "
                "then Non-browser Applications: a name staff will recognise (they see it "
                "when they approve) and your homepage; no redirect address. Its client ID and "
                "secret go into the setup file too (Set up for staff…, “Signing in on "
                "another device”)."
            ),
            "hint",
        )
        body.addWidget(self.device_note)
        body.addStretch(1)
        self.show_setup(DEFAULT_DATA_CENTER, DEFAULT_REDIRECT_URI, "", practice=False)

    # --- building --------------------------------------------------------------------------

    def _add_console_step(self, steps: NumberedSteps) -> None:
        """Step 1: the API console for the firm's data center (a choice and a button)."""
        step = steps.add
        # 1. The console, for the firm's data center.
        row = step(
            self.tr(
                "Open Zoho's API console for your firm's data center and sign in with the "
                "firm's Zoho account."
            )
        )
        console_row = QHBoxLayout()
        console_row.setContentsMargins(0, 2, 0, 4)
        console_row.setSpacing(10)
        self.data_center = QComboBox()
        for dc in DATA_CENTERS:
            self.data_center.addItem(core_text(dc.label), dc.id)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        self.data_center.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.data_center.setAccessibleName(self.tr("Your firm's data center"))
        self.data_center.setAccessibleDescription(
            self.tr("The API console's address depends on it; the details page uses the same")
        )
        self.data_center.currentIndexChanged.connect(self._data_center_changed)
        self.console_button = QPushButton(self.tr("&Open the API console"))
        self.console_button.setAccessibleDescription(
            self.tr("Opens the API console in your web browser")
        )
        self.console_button.clicked.connect(
            lambda: self.consoleRequested.emit(str(self.data_center.currentData()))
        )
        # The step's words label the choice: a combo box's name on Linux is its value, so
        # screen readers take what it is for from the label it is the buddy of.
        steps.texts[-1].setBuddy(self.data_center)
        console_row.addWidget(self.data_center)
        console_row.addWidget(self.console_button)
        console_row.addStretch(1)
        steps.addLayout(console_row, row + 1, 1)
        self.console_address = label("", "hint", selectable=True)
        mark_data(self.console_address)
        steps.addWidget(self.console_address, row + 2, 1)

    def _add_register_steps(self, steps: NumberedSteps) -> None:
        """Steps 2 to 5: the client type, its redirect address, the ID and secret, Multi-DC."""
        step = steps.add
        # 2. The client type.
        step(
            self.tr(
                "Choose Add Client, then Server-based Applications. (A Mobile-based "
                "Applications client works too: then tick “Mobile-based client type (use "
                "PKCE)” under Advanced on the details page.)"
            )
        )

        # 3. Name, homepage and the redirect address, exactly.
        row = step(
            self.tr(
                "Give it a name (for example “Zoho Wizard”) and your firm's website as the "
                "homepage. Under Authorized Redirect URIs, enter exactly this address:"
            )
        )
        self.redirect_box = RedirectAddressBox(
            self.tr("Puts the redirect address on the clipboard (Ctrl+C)")
        )
        self.redirect_shown = self.redirect_box.shown
        self.copy_button = self.redirect_box.copy_button
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self._redirect))
        steps.addWidget(self.redirect_box, row + 1, 1)
        # Zoho's console has been seen to want localhost; the wizard takes either spelling.
        self.localhost_hint = label("", "hint", selectable=True)
        steps.addWidget(self.localhost_hint, row + 2, 1)

        # 4. Where the ID and secret are.
        step(
            self.tr(
                "Choose Create. The client ID and the client secret are on the Client Secret "
                "tab: they go into the setup file for staff (or the details page)."
            )
        )
        # 5. Staff in other data centers.
        step(
            self.tr(
                "If some staff have Zoho accounts in other data centers (Europe, India, "
                "Australia…), open the Settings tab and turn on Multi-DC for those data "
                "centers."
            )
        )

    # --- values ----------------------------------------------------------------------------

    def show_setup(
        self, data_center: str, redirect_uri: str, console_url: str, *, practice: bool
    ) -> None:
        """Show the data center, redirect address and console address to use."""
        index = self.data_center.findData(data_center)
        if index >= 0 and index != self.data_center.currentIndex():
            self.data_center.blockSignals(True)
            self.data_center.setCurrentIndex(index)
            self.data_center.blockSignals(False)
        self._redirect = redirect_uri or DEFAULT_REDIRECT_URI
        self.redirect_shown.setText(self._redirect)
        self.redirect_shown.setAccessibleName(
            self.tr("Redirect address to register: {address}").format(address=self._redirect)
        )
        alternative = validation.localhost_alternative(self._redirect)
        self.localhost_hint.setText(
            self.tr(
                "If the console does not accept this address, enter {alternative} there "
                "instead, and put that same address under Advanced on the details page (or "
                "in the setup file for staff): the wizard takes either."
            ).format(alternative=alternative)
            if alternative
            else ""
        )
        self.localhost_hint.setVisible(bool(alternative))
        self.set_console(console_url, practice=practice)

    def set_console(self, console_url: str, *, practice: bool) -> None:
        """Show the API console's address (in practice mode: the practice sandbox's)."""
        self._console = console_url
        self.practice_banner.setVisible(practice)
        self.console_button.setText(
            self.tr("&Open the practice sandbox") if practice else self.tr("&Open the API console")
        )
        # Read as shown (a speech user says what they see), without the mnemonic's "&".
        self.console_button.setAccessibleName(self.console_button.text().replace("&", ""))
        self.console_address.setText(console_url)
        self.console_address.setVisible(bool(console_url))
        self.console_address.setAccessibleName(
            self.tr("API console address: {address}").format(address=console_url)
        )

    def _data_center_changed(self, _index: int) -> None:
        self.dataCenterChosen.emit(str(self.data_center.currentData()))

    def copy_shortcut(self) -> QKeySequence:
        """The copy button's keyboard shortcut."""
        return self.copy_button.shortcut()

    # --- rendering -------------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        self.practice_banner.setVisible(ui.practice)

    def validatePage(self) -> bool:
        self.continueRequested.emit()
        return False
