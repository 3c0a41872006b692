"""The start page's list of saved connections: how one row is drawn.

Each row shows the connection's name with its status (icon and words, in a colour that
repeats them), the facts on a second line, and what is wrong (or when it was checked) on
a third. What a row says comes from :class:`~zoho_wizard.ui.saved_rows.SavedRow`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from zoho_wizard.ui import theme
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.saved_rows import SavedRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's SavedRow
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # the connections file (a damaged row names it)


def _tone(icon: str) -> QColor:
    """Words in a colour that repeats them (never the colour alone)."""
    colours = theme.colors()
    return QColor(
        {
            "check": colours.success,
            "warning": colours.caution,
            "error": colours.danger,
            "pending": colours.muted,
        }.get(icon, colours.ink)
    )


class ConnectionDelegate(QStyledItemDelegate):
    """Draws a row: name and status (icon + words), the facts, then the health detail."""

    ICON = 18

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(option.rect.width(), metrics.height() * 3 + 36)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: SavedRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        health = row.health(str(index.data(PATH_ROLE) or ""))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colours = theme.colors()
        if selected or option.state & QStyle.StateFlag.State_MouseOver:
            path = QPainterPath()
            path.addRoundedRect(rect, 8, 8)
            painter.fillPath(path, QColor(colours.selection if selected else colours.surface))
            if selected:
                painter.setPen(QColor(colours.accent))
                painter.drawPath(path)
        inner = rect.adjusted(16, 9, -16, -9)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        tone = _tone(health.icon)

        # Right of the first line: the status, icon and words.
        status_font = QFont(option.font)
        status_font.setBold(True)
        painter.setFont(status_font)
        words_width = painter.fontMetrics().horizontalAdvance(health.words)
        line_height = painter.fontMetrics().height()
        words_rect = QRect(inner.right() - words_width, inner.top(), words_width, line_height)
        painter.setPen(tone)
        painter.drawText(
            words_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, health.words
        )
        icon = pixmap(health.icon, self.ICON, painter.device().devicePixelRatioF())
        icon_top = inner.top() + (line_height - self.ICON) // 2
        painter.drawPixmap(words_rect.left() - self.ICON - 6, icon_top, icon)

        # The name, bold and a little larger.
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() + 0.5)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        room = inner.width() - words_width - self.ICON - 24
        painter.setPen(QColor(colours.ink))
        painter.drawText(
            inner, top, metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, max(40, room))
        )
        first = max(metrics.height(), line_height)

        # Second line: organization · data center · when connected.
        painter.setFont(option.font)
        painter.setPen(QColor(colours.muted))
        second = inner.adjusted(0, first + 4, 0, 0)
        facts = painter.fontMetrics().elidedText(
            row.facts(), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(second, top, facts)

        # Third line: what is wrong (in the status colour), or when it was checked.
        if health.detail:
            third = second.adjusted(0, painter.fontMetrics().height() + 3, 0, 0)
            detail_font = QFont(option.font)
            detail_font.setPointSizeF(max(7.0, option.font.pointSizeF() - 0.5))
            painter.setFont(detail_font)
            painter.setPen(tone if health.icon in ("warning", "error") else QColor(colours.muted))
            text = painter.fontMetrics().elidedText(
                health.detail, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(third, top, text)
        painter.restore()
