"""Small widgets and helpers every screen shares: labels, data marks, grids that fit,
numbered steps, a scrolling body, the redirect address with its Copy button, a spinner
and a window that grows for one page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.ui import theme
from zoho_wizard.ui.theme import set_icon, set_role


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


class ValueLabel(QLabel):
    """A value shown beside its caption ("Organization" → "Zillum · USD").

    Its accessible name is the caption and the value together ("Organization: Zillum ·
    USD"), so a screen reader reads both; a name of the caption alone would hide the
    value. The name follows every :meth:`setText`.
    """

    def __init__(
        self,
        caption: str = "",
        role: str = "",
        parent: QWidget | None = None,
        *,
        wrap: bool = True,
        selectable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            set_role(self, role)
        self._name()

    def setText(self, text: str) -> None:
        """Show ``text``; the accessible name says the caption and it."""
        super().setText(text)
        self._name()

    def _name(self) -> None:
        text = self.text()
        if self.caption and text:
            name = QCoreApplication.translate("ValueLabel", "{caption}: {value}").format(
                caption=self.caption, value=text
            )
        else:
            name = self.caption or text
        self.setAccessibleName(name)


class _OneLine(QObject):
    """Keeps a wrapping label on one line while its words fit under ``cap`` pixels."""

    def __init__(self, widget: QLabel, cap: int) -> None:
        super().__init__(widget)
        self.cap = cap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Polish,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,
        ):
            wanted = watched.fontMetrics().horizontalAdvance(watched.text()) + 4
            watched.setMinimumWidth(min(wanted, self.cap))
        return False


def keep_on_one_line(widget: QLabel, cap: int = 480) -> QLabel:
    """A wrapping label beside other widgets picks a narrow, tall shape; keep it on one
    line while its words are shorter than ``cap`` pixels (in its final, styled font)."""
    widget.installEventFilter(_OneLine(widget, cap))
    return widget


def mark_data(widget: QWidget, data: bool = True) -> QWidget:
    """Say that ``widget`` shows data (a name, an address, an ID, a number), not words of
    the program: it is not translated, and the pseudo-locale test leaves it alone."""
    widget.setProperty("data", data)
    return widget


def divider(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.NoFrame)
    set_role(line, "divider")
    return line


class FittingGrid(QWidget):
    """Pairs of a label and its control, in two columns when they fit and one when not.

    Longer words (a translation, a larger font) then never push the page wider than the
    window: the pairs stack instead of being cut off.
    """

    H_SPACING = 14
    COLUMN_GAP = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[tuple[QWidget, QWidget]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(self.H_SPACING)
        self.grid.setVerticalSpacing(6)
        self.columns = 0

    def add_pair(self, name: QWidget, control: QWidget) -> None:
        """Add a label and its control (arranged at once)."""
        self.pairs.append((name, control))
        self._arrange(2 if self.columns == 0 else self.columns, force=True)

    def _pair_width(self) -> int:
        names = max((n.sizeHint().width() for n, _c in self.pairs), default=0)
        controls = max((c.sizeHint().width() for _n, c in self.pairs), default=0)
        return names + self.H_SPACING + controls

    def two_column_width(self) -> int:
        """The width two columns need."""
        return 2 * self._pair_width() + self.COLUMN_GAP

    def _arrange(self, columns: int, *, force: bool = False) -> None:
        if columns == self.columns and not force:
            return
        self.columns = columns
        for name, control in self.pairs:
            self.grid.removeWidget(name)
            self.grid.removeWidget(control)
        for column in range(5):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        half = (len(self.pairs) + 1) // 2 if columns == 2 else len(self.pairs)
        for index, (name, control) in enumerate(self.pairs):
            row, column = index % max(1, half), (index // max(1, half)) * 3
            self.grid.addWidget(name, row, column)
            self.grid.addWidget(control, row, column + 1, Qt.AlignmentFlag.AlignLeft)
        if columns == 2:
            self.grid.setColumnMinimumWidth(2, self.COLUMN_GAP - 2 * self.H_SPACING)
            self.grid.setColumnStretch(1, 1)
            self.grid.setColumnStretch(4, 1)
        else:
            self.grid.setColumnStretch(1, 1)
        self.setMinimumWidth(self._pair_width())  # one column always fits

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(2 if event.size().width() >= self.two_column_width() else 1)
        super().resizeEvent(event)


class NumberedSteps(QGridLayout):
    """Numbered instructions: a "1." badge beside each wrapped sentence.

    :meth:`add` returns the row, so extras (a button, an address to copy) can go in the
    text column of the rows below it.
    """

    def __init__(self, spacing: int = 8) -> None:
        super().__init__()
        self.setHorizontalSpacing(spacing)
        self.setVerticalSpacing(6)
        self.setColumnStretch(1, 1)
        self.texts: list[QLabel] = []

    def add(self, text: str) -> int:
        """Add the next step; returns its row."""
        row = self.rowCount()
        number = len(self.texts) + 1
        badge = label(f"{number}.", "stepNumber", wrap=False)
        mark_data(badge)  # a number
        badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        words = label(text)
        words.setAccessibleName(f"{number}. {text}")
        self.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
        self.addWidget(words, row, 1)
        self.texts.append(words)
        return row


def scrolling_body(
    page: QWidget, name: str, *, spacing: int = 12
) -> tuple[QScrollArea, QVBoxLayout]:
    """Give ``page`` a vertical-only scroll area; returns it and the content's layout.

    Never sideways: the page fits the window's width (long words wrap or stack).
    """
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroller = QScrollArea(page)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setAccessibleName(name)
    outer.addWidget(scroller)
    content = QWidget()
    content.setObjectName("scrollContent")
    scroller.setWidget(content)
    body = QVBoxLayout(content)
    # The page's content starts at the title's left edge (see StatePage.edge).
    edge = page.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin, None, None)
    body.setContentsMargins(edge, 4, 16, 12)
    body.setSpacing(spacing)
    return scroller, body


class RedirectAddressBox(QFrame):
    """The redirect address in a box, with a Copy button (Ctrl+C) beside it.

    Attributes:
        shown: The label with the address (selectable, marked as data).
        copy_button: Copies it; connect to ``clicked``.
    """

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "addressBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(10)
        self.shown = label("", "mono", wrap=False, selectable=True)
        mark_data(self.shown)
        self.shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.shown, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        set_icon(self.copy_button, "copy")
        self.copy_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_button.setAccessibleName(self.tr("Copy the redirect address"))
        self.copy_button.setAccessibleDescription(description)
        self.copy_button.setToolTip(self.tr("Copy the redirect address (Ctrl+C)"))
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)


class TallerWindow:
    """Makes a page's window taller while the page shows, and gives the height back after.

    The window grows by what the page says it lacks, never past the screen's free area
    (and moves up when its bottom would leave the screen). Afterwards it goes back to the
    size and place it had, unless the person resized it meanwhile: their size stays.
    """

    def __init__(self, page: QWidget, lacking: Callable[[], int]) -> None:
        self.page = page
        self.lacking = lacking
        self._before: tuple[QPoint, QSize] | None = None
        self._grown: QSize | None = None

    @property
    def grown(self) -> bool:
        """True while the window is taller than it was."""
        return self._before is not None

    def grow(self) -> None:
        """Grow the window by what the page lacks (within the screen); called again once
        the page has settled in its new size, it makes up what is still missing."""
        window = self.page.window()
        screen = window.screen()
        if screen is None or not self.page.isVisible():
            return
        free = screen.availableGeometry()
        borders = window.frameGeometry().height() - window.height()
        height = min(window.height() + max(0, self.lacking()), free.height() - borders)
        if height <= window.height() or (self._grown and window.size() != self._grown):
            return  # tall enough, as tall as the screen allows, or resized by the person
        if self._before is None:
            self._before = (window.pos(), window.size())
        window.resize(window.width(), height)
        self._grown = window.size()
        overflow = window.frameGeometry().bottom() - free.bottom()
        if overflow > 0:
            window.move(window.x(), max(free.top(), window.y() - overflow))

    def restore(self) -> None:
        """Back to the size (and place) from before :meth:`grow`."""
        before, grown = self._before, self._grown
        self._before = self._grown = None
        window = self.page.window()
        if before is None or window.size() != grown:
            return
        position, size = before
        window.resize(size)
        window.move(position)


class Spinner(QWidget):
    """A small turning arc: work is under way. It turns only while shown and spinning.

    Purely a picture: the words beside it say what is happening (and its accessible
    name says "in progress").
    """

    STEP_DEGREES = 30
    INTERVAL_MS = 80

    def __init__(self, size: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._turn)
        self.setAccessibleName(self.tr("In progress"))

    def set_spinning(self, spinning: bool) -> None:
        """Show and turn, or hide and stop."""
        self.setVisible(spinning)
        if spinning and not self._timer.isActive():
            self._timer.start()
        elif not spinning:
            self._timer.stop()

    def _turn(self) -> None:
        self.angle = (self.angle + self.STEP_DEGREES) % 360
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nothing to turn for while nobody sees it
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = 2.0
        rect = QRectF(inset, inset, self.width() - 2 * inset, self.height() - 2 * inset)
        painter.setPen(QPen(QColor(colours.line), 2.2))
        painter.drawEllipse(rect)
        arc = QPen(QColor(colours.accent), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, (90 - self.angle) * 16, -100 * 16)
        painter.end()
