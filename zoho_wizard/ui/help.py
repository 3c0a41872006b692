"""Small "What is this?" buttons: a plain-words answer next to a field, by mouse or key.

The answer is the button's accessible description too, so a screen reader says it
when the button gets focus; Space or Enter (or a click) shows it as a popover.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolButton, QToolTip, QWidget

from zoho_wizard.ui import theme


class HelpButton(QToolButton):
    """A small question-mark button that shows a 1-3 sentence answer.

    Args:
        question: What the button asks ("What is the client ID?"); its accessible name.
        answer: The answer in plain words.
    """

    SHOW_MS = 30_000

    def __init__(self, question: str, answer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.answer = answer
        theme.set_icon(self, "help")
        self.setIconSize(QSize(16, 16))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self.setAccessibleDescription(answer)
        self.setToolTip(f"<b>{escape(question)}</b><br>{escape(answer)}")
        self.setObjectName("helpButton")
        theme.set_role(self, "help")
        self.clicked.connect(self.show_answer)

    def show_answer(self) -> None:
        """Show the answer just under the button (until a key or click, or 30 seconds)."""
        where = self.mapToGlobal(QPoint(0, self.height() + 2))
        QToolTip.showText(where, self.toolTip(), self, QRect(), self.SHOW_MS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a focused help button answers (it must not press the wizard's Next).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)
