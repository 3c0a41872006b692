"""A checked text field of the details page, and the caption row every section uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zoho_wizard.core import validation
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.widgets import keep_on_one_line, label

# The rows of a field (caption, box, message) sit this far apart, as in the page's grids.
ROW_SPACING = 4


def caption_row(
    caption: QLabel, lock: LockNote | None, helper: HelpButton | None = None
) -> QWidget:
    """A caption, its "What is …?" button and the preset's lock, on one line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    if caption.wordWrap():
        keep_on_one_line(caption)
    layout.addWidget(caption)
    if helper is not None:
        layout.addWidget(helper, 0, Qt.AlignmentFlag.AlignVCenter)
    if lock is not None:
        layout.addSpacing(4)
        layout.addWidget(lock)
    layout.addStretch(1)
    return row


def set_state_property(widget: QWidget, name: str, on: bool) -> None:
    """Set a style property ("invalid", "locked") and let the style sheet see it."""
    widget.setProperty(name, "true" if on else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TextField(QWidget):
    """A caption, a line edit and its inline message; the message shows once edited.

    The value is trimmed of what copying picks up (a space, a line break) when the person
    leaves the box. A firm's preset can lock it: read-only, with "Set by …" beside the
    caption.

    Attributes:
        edit: The line edit.
        error: The inline message (hidden until the field was touched).
        note: A line about the value (a preset's name pattern, a spent code…).
        lock: The preset's lock and "Set by …".
        help: The "What is …?" button, if the field has one.
        touched: Whether the person edited it (or the page asked for every problem).

    Signals:
        changed(): the value or its problem changed (the page re-checks Next).
    """

    changed = Signal()

    def __init__(
        self,
        title: str,
        check: Callable[[str], str | None],
        hint: str,
        *,
        help_text: tuple[str, str] | None = None,
        cleaner: Callable[[str], str] = validation.clean,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.cleaner = cleaner
        self.touched = False
        caption = label(title, "fieldLabel", wrap=False)
        self.lock = LockNote()
        self.help: HelpButton | None = HelpButton(*help_text) if help_text else None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(title)
        self.edit.setAccessibleDescription(hint)
        self.edit.setPlaceholderText(hint)
        self.edit.setClearButtonEnabled(False)
        caption.setBuddy(self.edit)
        self.error = label("", "fieldError")
        self.error.setVisible(False)
        self.note = label("", "hint")
        self.note.setVisible(False)
        below = QVBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(2)
        below.addWidget(self.error)
        below.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ROW_SPACING)
        layout.addWidget(caption_row(caption, self.lock, self.help))
        layout.addWidget(self.edit)
        layout.addLayout(below)
        self.edit.textEdited.connect(lambda _text: self.touch())
        self.edit.editingFinished.connect(self.tidy)
        self.edit.textChanged.connect(lambda _text: self.refresh())

    # --- the value ----------------------------------------------------------------------

    def value(self) -> str:
        """The value that will be used (trimmed)."""
        return self.cleaner(self.edit.text())

    def problem(self) -> str | None:
        """What is wrong with the value (in core's words), or None."""
        return self.check(self.edit.text())

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box (unless it is there already)."""
        if self.edit.text() != text:
            self.edit.setText(text)

    def is_locked(self) -> bool:
        """Whether a firm's preset locked it."""
        return self.edit.isReadOnly()

    def set_locked(self, who: str | None) -> None:
        """Lock the field, saying who set it ("Set by …"); None unlocks it."""
        locked = who is not None
        self.edit.setReadOnly(locked)
        set_state_property(self.edit, "locked", locked)
        self.lock.show_for(who)

    # --- checking -----------------------------------------------------------------------

    def touch(self) -> None:
        """Show the field's problem from now on."""
        self.touched = True
        self.refresh()

    def settle(self) -> None:
        """A value put in for the person: check it and show the start of it."""
        if self.edit.text():
            self.touched = True
            self.edit.setCursorPosition(0)
        self.refresh()

    def tidy(self) -> None:
        """Trim what copying picked up so the person sees the value that will be used."""
        cleaned = self.value()
        if cleaned != self.edit.text():
            self.edit.setText(cleaned)
            self.edit.setCursorPosition(0)
        if self.edit.text():
            self.touched = True
        self.refresh()

    def refresh(self) -> None:
        """Show or hide the message; screen readers hear it as the box's description."""
        problem = self.problem()
        shown = bool(problem) and self.touched
        self.error.setText(core_text(problem) if problem else "")
        self.error.setVisible(shown)
        set_state_property(self.edit, "invalid", shown)
        description = self.edit.placeholderText()
        if self.edit.isReadOnly() and self.lock.text.text():
            description = self.tr("{who}; it can't be changed here").format(
                who=self.lock.text.text()
            )
        self.edit.setAccessibleDescription(core_text(problem) if shown and problem else description)
        self.changed.emit()


def tab_pair(field: TextField) -> list[QWidget]:
    """A field's box and, right after it, its "What is …?" button (Tab order)."""
    return [field.edit, *([field.help] if field.help else [])]
