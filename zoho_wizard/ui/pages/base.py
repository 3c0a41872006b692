"""What every wizard page has in common: the heading, one left edge, rendering from state."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLayout, QStyle, QWidget, QWizardPage

from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.theme import pt


def heading_html(title: str, subtitle: str, *, one_line: bool = False) -> str:
    """The page's title and its purpose as one piece of rich text.

    QWizard's header would indent the subtitle past the title (its "modern" header puts
    them in different columns), so the window shows both in its title label instead:
    one left edge. ``one_line`` puts the purpose beside the title (the sign-in page, where
    every line of height goes to Zoho's page).
    """
    big = f'<span style="font-size:{pt(1.4)}; font-weight:600;">{escape(title)}</span>'
    if not subtitle:
        return big
    words = escape(subtitle)
    if one_line:
        small = f'<span style="font-size:{pt(1.0)}; font-weight:400;">{words}</span>'
        return f"{big}&nbsp;&nbsp;{small}"
    return f'{big}<div style="font-size:{pt(1.05)}; font-weight:400; margin-top:4px;">{words}</div>'


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
        self.subtitle = ""

    def set_heading(self, title: str, subtitle: str, *, one_line: bool = False) -> None:
        """The page's title (drawn large above the page) and its one-line purpose.

        Both go into the wizard's title line (see :func:`heading_html`); QWizard is told
        of no subtitle, so it draws no header whose subtitle would start further right.
        """
        self.heading = title
        self.subtitle = subtitle
        self.setTitle(heading_html(title, subtitle, one_line=one_line))
        self.setSubTitle("")
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def subTitle(self) -> str:
        """The page's purpose in words (QWizard itself is given none: see set_heading)."""
        return self.subtitle

    def edge(self) -> int:
        """The left margin that puts a page's content at the title's left edge.

        QWizard indents its title by the window's layout margin and places the page a
        child widget's margin short of it; a page whose layout starts at that margin lines
        up. (Asked without a widget: a page is a window of its own until the wizard takes
        it, and a window's margin is wider.)
        """
        return self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin, None, None)

    def align(self, layout: QLayout, top: int = 8, bottom: int = 8) -> None:
        """Give ``layout`` (the page's outer one) the shared left edge (and the same
        margin on the right)."""
        edge = self.edge()
        layout.setContentsMargins(edge, top, edge, bottom)

    def render_state(self, ui: ScreenState) -> None:
        """Derive every control from ``ui``."""
        self.ui = ui

    def validatePage(self) -> bool:
        return False
