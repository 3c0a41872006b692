"""How a firm's preset shows on screen: filled-in fields, locks, and the access choices.

A locked field is *read-only*, not disabled: it keeps keyboard focus and its value stays
readable (and selectable, for text) so screen readers announce it, but nothing the person
does changes it. Line edits use Qt's own read-only mode; choice boxes and check boxes get
:class:`ReadOnlyGuard`, which swallows the clicks, keys and wheel turns that would change
them. Each locked field is drawn without its box (plain text on the page), shows a lock
and "Set by …", and says so in its accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from zoho_wizard.core.preset import PresetError
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.theme import set_role

SECRET_KINDS = ("client_secret", "refresh_token", "access_token")


# --- read-only controls ---------------------------------------------------------------------

_NAVIGATION_KEYS = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
_BLOCKED_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
}


class ReadOnlyGuard(QObject):
    """Keeps a choice box or check box focusable and readable but unchangeable.

    Clicks, wheel turns and keys that would change the value are swallowed; Tab, Escape
    and Enter still move on. Install it with :func:`set_read_only`.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _BLOCKED_EVENTS:
            if isinstance(event, QKeyEvent) and Qt.Key(event.key()) in _NAVIGATION_KEYS:
                return False
            clicked = event.type() in (
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonDblClick,
            )
            if clicked and isinstance(watched, QWidget):
                watched.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


def set_read_only(widget: QWidget, read_only: bool, guard: ReadOnlyGuard) -> None:
    """Make a choice box or check box read-only (or editable again)."""
    widget.removeEventFilter(guard)
    if read_only:
        widget.installEventFilter(guard)
    if isinstance(widget, QComboBox):
        widget.setFrame(not read_only)  # drawn as text, not as a box to choose from
    widget.setProperty("locked", "true" if read_only else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def is_read_only(widget: QWidget) -> bool:
    """Whether :func:`set_read_only` locked the widget."""
    return bool(widget.property("locked") == "true")


class LockNote(QWidget):
    """A small lock and "Set by <who>", shown next to a field the preset locked.

    Its ``role`` is ``lockNote``: with the locked field's own look (no box, the page's
    background) it tells at a glance what the firm decided.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.icon = QLabel(self)
        self.icon.setFixedSize(14, 14)
        self.icon.setPixmap(pixmap("lock", 14, self.devicePixelRatioF()))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.text, "hint")
        row.addWidget(self.icon)
        row.addWidget(self.text)
        row.addStretch(1)
        set_role(self, "lockNote")
        self.setVisible(False)

    def show_for(self, who: str | None) -> None:
        """Show "Set by …" (or hide when ``who`` is None)."""
        self.text.setText(who or "")
        self.setAccessibleName(who or "")
        self.setVisible(bool(who))


# --- the preset's problems ------------------------------------------------------------------


def preset_problem(error: PresetError) -> tuple[str, str]:
    """The warning banner's title and text for a preset that could not be used."""
    where = [QCoreApplication.translate("PresetView", "File: {path}").format(path=error.path)]
    if error.line:
        where.append(QCoreApplication.translate("PresetView", "line {n}").format(n=error.line))
    if error.field_name:
        where.append(
            QCoreApplication.translate("PresetView", "field “{name}”").format(name=error.field_name)
        )
    problem = core_text(error.problem.strip())
    problem = problem[:1].upper() + problem[1:]
    if not problem.endswith((".", "…", "!", "?")):
        problem += "."
    return (
        QCoreApplication.translate("PresetView", "Your firm's settings file could not be used"),
        QCoreApplication.translate(
            "PresetView",
            "{where}. {problem} The wizard opened without it, so fill in the details "
            "yourself or ask your firm's IT person to correct the file.",
        ).format(where=", ".join(where), problem=problem),
    )
