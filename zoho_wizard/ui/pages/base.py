"""What every wizard page has in common."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget, QWizardPage

from zoho_wizard.core.flow import Step
from zoho_wizard.ui.controller import UiState
from zoho_wizard.ui.theme import set_role


class StatePage(QWizardPage):
    """A page that draws itself from the state and never navigates on its own.

    Subclasses implement :meth:`render`. ``validatePage`` returns False: the wizard moves
    only when the controller's state says so (see ``ConnectWizard``).
    """

    step: Step = Step.DETAILS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: UiState | None = None

        self.heading = ""

    def set_heading(self, title: str, subtitle: str) -> None:
        """The page's title (drawn large in the wizard's header) and its one-line purpose."""
        self.heading = title
        self.setTitle(f'<span style="font-size:14.5pt; font-weight:600;">{escape(title)}</span>')
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def render_state(self, ui: UiState) -> None:
        """Derive every control from ``ui``."""
        self.ui = ui

    def validatePage(self) -> bool:
        return False


def label(
    text: str,
    role: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
) -> QLabel:
    """A plain-text label with a style role."""
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(widget, role)
    return widget


def divider(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.NoFrame)
    set_role(line, "divider")
    return line
