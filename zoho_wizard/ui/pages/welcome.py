"""The first screen of a new install: who is there, and what did IT give them?"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.setup_widgets import SetupProblem
from zoho_wizard.ui.theme import set_icon, set_role
from zoho_wizard.ui.widgets import label, scrolling_body


class WelcomePage(StatePage):
    """Asks whether the firm's IT admin gave the person a setup file or the app's details,
    and offers the three answers: "Open setup file…" (the main one), "Enter the app
    details", and "I'm the admin: set up for staff". "Copy the setup steps for IT" puts
    everything the admin needs on the clipboard. In practice mode the practice setup file
    stands in for the admin's. A setup file that could not be opened is explained here,
    with "Make it private and open" when that is the fix.

    The page keeps to a few words (a test counts them): a bookkeeper reads it in seconds.

    Signals:
        openSetupRequested(): choose a setup file and open it.
        practiceSetupRequested(): open the practice setup file.
        enterDetailsRequested(): on to the details page.
        adminRequested(): on to "Set up for staff".
        copyStepsRequested(): copy the setup steps for IT.
        actionTriggered(object): a setup file problem's way out (an Action).
    """

    step = Step.WELCOME
    openSetupRequested = Signal()
    practiceSetupRequested = Signal()
    enterDetailsRequested = Signal()
    adminRequested = Signal()
    copyStepsRequested = Signal()
    actionTriggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("Connect Zoho Books"),
            self.tr("Has your firm's IT admin given you a setup file or the app details?"),
        )
        self.scroller, body = scrolling_body(self, self.tr("Who is setting this up"), spacing=16)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem = SetupProblem()
        self.problem.actionTriggered.connect(self.actionTriggered)
        body.addWidget(self.problem)
        body.addWidget(self._build_practice())

        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(12)
        choices.setColumnStretch(1, 1)
        self.open_button = self._choice(
            choices,
            self.tr("&Open setup file…"),
            self.tr("The file your IT admin sent you."),
            self.openSetupRequested,
            primary=True,
        )
        self.details_button = self._choice(
            choices,
            self.tr("&Enter the app details"),
            self.tr("You have the App ID and secret."),
            self.enterDetailsRequested,
        )
        self.admin_button = self._choice(
            choices,
            self.tr("&I'm the admin: set up for staff"),
            self.tr("Register the app once, for all staff."),
            self.adminRequested,
        )
        body.addLayout(choices)
        body.addSpacing(8)
        body.addLayout(self._build_copy_row())
        body.addStretch(1)
        self.render_practice(False)

    # --- building --------------------------------------------------------------------------

    def _choice(
        self,
        grid: QGridLayout,
        text: str,
        hint: str,
        signal: SignalInstance,
        *,
        primary: bool = False,
    ) -> QPushButton:
        """One answer: a large button, and a few words on what it is for beside it."""
        row = grid.rowCount()
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(hint)
        button.setMinimumHeight(40)
        button.setAutoDefault(True)
        set_role(button, "primary" if primary else "secondary")
        button.clicked.connect(signal)
        words = label(hint, "hint")
        words.setBuddy(button)
        grid.addWidget(button, row, 0)
        grid.addWidget(words, row, 1, Qt.AlignmentFlag.AlignVCenter)
        return button

    def _build_practice(self) -> Banner:
        self.practice_banner = Banner("practice", self.tr("Practice mode"))
        self.practice_button = QPushButton(self.tr("Open the &practice setup file"))
        self.practice_button.setAccessibleName(self.tr("Open the practice setup file"))
        self.practice_button.setAccessibleDescription(
            self.tr("Opens a setup file for the practice app, as your IT admin's would be")
        )
        self.practice_button.clicked.connect(self.practiceSetupRequested)
        self.practice_banner.side.addWidget(self.practice_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return self.practice_banner

    def _build_copy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.copy_button = QPushButton(self.tr("&Copy the setup steps for IT"), self)
        set_icon(self.copy_button, "copy")
        self.copy_button.setAccessibleName(self.tr("Copy the setup steps for IT"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts everything your IT admin needs on the clipboard, to paste into an e-mail")
        )
        set_role(self.copy_button, "secondary")
        self.copy_button.setAutoDefault(True)
        self.copy_button.clicked.connect(self._copy)
        self.copied = label(self.tr("Copied: paste it into an e-mail to your IT admin."), "hint")
        self.copied.hide()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied)
        row.addStretch(1)
        return row

    def _copy(self) -> None:
        self.copyStepsRequested.emit()
        self.copied.show()  # the clipboard shows nothing by itself: say it worked

    # --- rendering -------------------------------------------------------------------------

    def render_practice(self, offered: bool) -> None:
        """Show the practice setup offer (practice mode with a practice setup file)."""
        self.practice_banner.setVisible(offered)

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        had_fix = self._fix_offered()
        self.problem.render_state(ui)
        # One main button: the fix, while one is offered; else "Open setup file…".
        fix = self._fix_offered()
        role = "secondary" if fix else "primary"
        if self.open_button.property("role") != role:
            set_role(self.open_button, role)
        if fix and not had_fix:
            self.focus_main()

    def _fix_offered(self) -> bool:
        return self.problem.isVisibleTo(self) and self.problem.fix_button.isVisibleTo(self)

    def focus_main(self) -> None:
        """Keyboard focus on the main button (Enter opens a setup file, or applies the
        offered fix)."""
        main = self.problem.fix_button if self._fix_offered() else self.open_button
        main.setFocus(Qt.FocusReason.OtherFocusReason)
