"""The details page's Self Client part: how to get a code, and where to paste it.

Zoho's API console can make a one-time code itself ("Self Client" → "Generate Code"), so
someone whose firm uses a Self Client needs no sign-in page and no redirect address. The
console asks for the scopes as a comma-separated list and for an expiry time (3 minutes
by default); the code then has to be pasted here and used within that time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import flow, validation
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.flow import Step, WizardState, console_code_spent
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui import theme
from zoho_wizard.ui.details.field import TextField, tab_pair
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import NumberedSteps, label, mark_data


class SelfClientPanel(QWidget):
    """Numbered help for the API console, the scope list to copy, the expiry choice, and
    the box the code is pasted into (checked like the page's other fields).

    The code's story (when it was entered, whether it was already sent to Zoho) is the
    flow's: the panel reports each change and draws from the state.

    Signals:
        copyRequested(str): copy this text (the scope list).
        consoleRequested(): open the API console in the person's browser.
        codeEntered(str): the code in the box changed (without copying's spaces).
    """

    copyRequested = Signal(str)
    consoleRequested = Signal()
    codeEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scopes: tuple[str, ...] = ()
        self._flow: WizardState | None = None
        self._last_code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Get a code from Zoho's API console"), "section"))
        layout.addLayout(self._make_steps())
        layout.addSpacing(6)
        # The expiry first (rows 0-2, as in the console), then the code (row 3, full width
        # so a whole code is visible).
        self.fields = QGridLayout()
        self.fields.setVerticalSpacing(4)
        self._add_expiry(self.fields)
        self.code = TextField(
            self.tr("Code from the API console"),
            validation.check_grant_code,
            self.tr("Paste the code here; it looks like 1000.1a2b3c….4d5e6f…"),
            help_text=(
                self.tr("What is the code from the API console?"),
                self.tr(
                    "A one-time code that Zoho's API console makes for a Self Client, on its "
                    "Generate Code tab. Paste it here straight away: it stops working after "
                    "the expiry time you picked."
                ),
            ),
            cleaner=validation.clean_grant_code,
        )
        self.code.edit.textChanged.connect(self._code_changed)
        set_role(self.code.edit, "", mono="true")
        self.fields.addWidget(self.code, 3, 0)
        layout.addLayout(self.fields)

    def _make_steps(self) -> NumberedSteps:
        steps = NumberedSteps()
        self.step_texts = steps.texts
        row = steps.add(
            self.tr(
                "Open Zoho's API console for the data center chosen above, choose your Self "
                "Client, then the Generate Code tab."
            ),
        )
        self.console_button = QPushButton(self.tr("&Open the API console"))
        self.console_button.setAccessibleName(self.tr("Open Zoho's API console"))
        self.console_button.setAccessibleDescription(
            self.tr("Opens the API console in your web browser")
        )
        self.console_button.clicked.connect(self.consoleRequested)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 2, 0, 4)
        button_row.addWidget(self.console_button)
        button_row.addStretch(1)
        steps.addLayout(button_row, row + 1, 1)
        row = steps.add(
            self.tr("In the Scope box, paste this list (it matches the access chosen above):"),
        )
        steps.addWidget(self._make_scope_box(), row + 1, 1)
        steps.add(
            self.tr(
                "Pick an expiry time, type a description (for example “Zoho Wizard”), choose "
                "Create, and copy the code Zoho shows."
            ),
        )
        steps.add(
            self.tr(
                "Paste the code below and choose Connect straight away: the code only works "
                "for the time you picked."
            ),
        )
        return steps

    def _make_scope_box(self) -> QFrame:
        self.scope_box = QFrame()
        set_role(self.scope_box, "addressBar")
        scope_row = QHBoxLayout(self.scope_box)
        scope_row.setContentsMargins(12, 6, 6, 6)
        scope_row.setSpacing(10)
        # Not selectable: the Copy button copies the exact list. The words shown may break
        # after each comma (zero-width spaces) so a long list wraps instead of widening
        # the page; a hand-made selection would carry those invisible characters along.
        self.scope_text = label("", "mono")
        mark_data(self.scope_text)
        self.scope_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        scope_row.addWidget(self.scope_text, 1)
        self.copy_scopes = QPushButton(self.tr("Copy"))
        theme.set_icon(self.copy_scopes, "copy")
        self.copy_scopes.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_scopes.setAccessibleName(self.tr("Copy the scope list"))
        self.copy_scopes.setAccessibleDescription(
            self.tr("Puts the scope list on the clipboard, to paste into the API console (Ctrl+C)")
        )
        self.copy_scopes.setToolTip(self.tr("Copy the scope list (Ctrl+C)"))
        self.copy_scopes.clicked.connect(lambda: self.copyRequested.emit(self.scope_list()))
        scope_row.addWidget(self.copy_scopes, 0, Qt.AlignmentFlag.AlignTop)
        return self.scope_box

    def _add_expiry(self, grid: QGridLayout) -> None:
        self.expiry = QComboBox()
        for minutes in flow.SELF_CLIENT_LIFETIMES_MINUTES:
            text = (
                self.tr("{n} minutes (the console's default)").format(n=minutes)
                if minutes == flow.DEFAULT_SELF_CLIENT_MINUTES
                else self.tr("{n} minutes").format(n=minutes)
            )
            self.expiry.addItem(text, minutes)
        self.expiry.setCurrentIndex(self.expiry.findData(flow.DEFAULT_SELF_CLIENT_MINUTES))
        self.expiry.setAccessibleName(self.tr("Expiry time"))
        self.expiry.setAccessibleDescription(self.tr("Choose what you picked in the API console"))
        expiry_label = label(self.tr("Expiry time"), "fieldLabel", wrap=False)
        expiry_label.setBuddy(self.expiry)
        self.expiry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.expiry_help = HelpButton(
            self.tr("What is the expiry time?"),
            self.tr(
                "How long the code lives, as you chose in the API console when you made it. "
                "The countdown on the next page uses it."
            ),
        )
        caption = QHBoxLayout()
        caption.setSpacing(6)
        caption.addWidget(expiry_label)
        caption.addWidget(self.expiry_help)
        caption.addStretch(1)
        grid.addLayout(caption, 0, 0)
        grid.addWidget(self.expiry, 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(label(self.tr("Choose what you picked in the API console."), "hint"), 2, 0)
        grid.setRowMinimumHeight(2, 24)

    # --- the pasted code --------------------------------------------------------------------

    def _code_changed(self, text: str) -> None:
        code = validation.clean_grant_code(text)
        if code == self._last_code:
            return
        self._last_code = code
        self.codeEntered.emit(code)  # the countdown runs from the paste
        spent = self._flow is not None and console_code_spent(self._flow, code)
        if code and not spent:
            self.code.note.setVisible(False)

    def code_value(self) -> str:
        """The pasted code, without the spaces and line breaks of copying."""
        return self.code.value()

    def _offer_new_code(self) -> None:
        """Back from an attempt: the code sent is spent, so clear it and ask for a new one."""
        self.code.edit.clear()
        self.code.touched = False
        self.code.refresh()
        self.code.note.setText(
            self.tr(
                "That code was already sent to Zoho, and a code works only once. "
                "Generate a new one in the API console and paste it here."
            )
        )
        self.code.note.setVisible(True)

    # --- values ---------------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        """Practice or not; back from a Self Client attempt, a new code is needed."""
        self.set_practice(ui.practice)
        self._flow = ui.flow
        if ui.flow.step is Step.DETAILS and console_code_spent(ui.flow, self.code_value()):
            self._offer_new_code()

    def set_scopes(self, scopes: tuple[str, ...]) -> None:
        """Show the scope list the console must be given."""
        self._scopes = scopes
        text = self.scope_list()
        self.scope_text.setText(text.replace(",", ",\u200b"))
        self.scope_text.setAccessibleName(self.tr("Scopes to paste: {list}").format(list=text))

    def scope_list(self) -> str:
        """The comma-separated scope list, as the console asks for it."""
        return scope_catalog.join(self._scopes)

    def lifetime_seconds(self) -> float:
        """The code's life the person chose, in seconds."""
        minutes = self.expiry.currentData()
        return float(minutes or flow.DEFAULT_SELF_CLIENT_MINUTES) * 60.0

    def set_practice(self, practice: bool) -> None:
        """Practice mode opens the sandbox's own Self Client page."""
        self.console_button.setText(
            self.tr("&Open the practice API console")
            if practice
            else self.tr("&Open the API console")
        )

    def tab_chain(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [
            self.console_button,
            self.copy_scopes,
            self.expiry,
            self.expiry_help,
            *tab_pair(self.code),
        ]
