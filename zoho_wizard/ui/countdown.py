"""A ring that empties as the sign-in code's life runs out, with the seconds inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from zoho_wizard.ui import theme


class CountdownRing(QWidget):
    """Draws ``left`` of ``total`` seconds as an arc; the number is drawn in the middle.

    Purely a picture: the page's label carries the same information in words, and the
    accessible description is kept in sync for screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = 0.0
        self.total = 60.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time left for the sign-in code"))

    def sizeHint(self) -> QSize:
        return QSize(112, 112)

    def set_time(self, left: float, total: float) -> None:
        """Update the ring."""
        self.left, self.total = max(0.0, left), max(1.0, total)
        self.setAccessibleDescription(self.tr("{n} seconds left").format(n=int(self.left)))
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 10
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        colours = theme.colors()
        track = QPen(QColor(colours.line), 8)
        painter.setPen(track)
        painter.drawEllipse(rect)
        fraction = self.left / self.total
        colour = colours.accent if fraction > 0.25 else "#d98a00"
        arc = QPen(QColor(colour), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, 90 * 16, int(-fraction * 360 * 16))
        painter.setPen(QColor(colours.ink))
        font = theme.scaled_font(self.font(), 2.0)
        font.setBold(True)
        painter.setFont(font)
        whole = int(self.left + 0.999)
        # Minutes-long codes (Self Client) read better as 2:58 than as 178.
        text = f"{whole // 60}:{whole % 60:02d}" if self.total > 90 else str(whole)
        if self.total > 90:
            font = theme.scaled_font(font, 1.7)
            painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
