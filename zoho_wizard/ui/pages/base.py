"""What every wizard page has in common."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget, QWizardPage

from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.theme import pt


class StatePage(QWizardPage):
    """A page that draws itself from the state and never navigates on its own.

    Subclasses implement :meth:`render`. ``validatePage`` returns False: the wizard moves
    only when the controller's state says so (see ``ConnectWizard``).
    """

    step: Step = Step.DETAILS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: ScreenState | None = None

        self.heading = ""

    def set_heading(self, title: str, subtitle: str) -> None:
        """The page's title (drawn large in the wizard's header) and its one-line purpose."""
        self.heading = title
        self.setTitle(f'<span style="font-size:{pt(1.4)}; font-weight:600;">{escape(title)}</span>')
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def render_state(self, ui: ScreenState) -> None:
        """Derive every control from ``ui``."""
        self.ui = ui

    def validatePage(self) -> bool:
        return False
