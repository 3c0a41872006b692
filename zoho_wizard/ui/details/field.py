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
    caption: QLabel,
    lock: LockNote | None,
    helper: HelpButton | None = None,
    aside: QLabel | None = None,
) -> QWidget:
    """A caption, its "What is …?" button, a small aside and the preset's lock, on one
    line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    if caption.wordWrap():
        keep_on_one_line(caption)
    layout.addWidget(caption)
    if helper is not None:
        layout.addWidget(helper, 0, Qt.AlignmentFlag.AlignVCenter)
    if aside is not None:
        layout.addWidget(aside)
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
    """A caption, a line edit and its inline message; the message shows once edited (or
    once the page's main button was pressed).

    The value is trimmed of what copying picks up (a space, a line break) when the person
    leaves the box. A firm's preset can lock it: read-only, drawn as plain text, with a
    lock and "Set by …" beside the caption.

    Attributes:
        edit: The line edit.
        error: The inline message (hidden until the field was touched).
        note: A line about the value (a spent code…).
        aside: Zoho's own name for the field, after the caption (None when the same).
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
        aside: str = "",
        cleaner: Callable[[str], str] = validation.clean,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.cleaner = cleaner
        self.touched = False
        self.hint = f"{aside}. {hint}" if aside else hint
        caption = label(title, "fieldLabel", wrap=False)
        self.lock = LockNote()
        self.help: HelpButton | None = HelpButton(*help_text) if help_text else None
        # Zoho's own name for the field ("Zoho calls it the client ID"), after the caption.
        self.aside = label(aside, "hint", wrap=False) if aside else None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(title)
        self.edit.setAccessibleDescription(self.hint)
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
        layout.addWidget(caption_row(caption, self.lock, self.help, self.aside))
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
        """Lock the field, saying who set it ("Set by …"); None unlocks it.

        A locked value looks like text on the page, not like a box to type in: no frame,
        no field background (see the theme's ``locked`` rules), a lock and "Set by …".
        """
        locked = who is not None
        self.edit.setReadOnly(locked)
        self.edit.setFrame(not locked)
        set_state_property(self.edit, "locked", locked)
        self.lock.show_for(who)
        self.refresh()

    # --- checking -----------------------------------------------------------------------

    def touch(self) -> None:
        """Show the field's problem from now on."""
        self.touched = True
        self.refresh()

    def point_out(self) -> None:
        """The page's main button was pressed with this field wrong: show why, right
        under it, and move the keyboard there (a screen reader then reads the field's
        name and the problem, its description)."""
        self.touch()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()

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
        description = self.hint
        if self.edit.isReadOnly() and self.lock.text.text():
            description = self.tr("{who}; it can't be changed here").format(
                who=self.lock.text.text()
            )
        self.edit.setAccessibleDescription(core_text(problem) if shown and problem else description)
        self.changed.emit()


def tab_pair(field: TextField) -> list[QWidget]:
    """A field's box and, right after it, its "What is …?" button (Tab order)."""
    return [field.edit, *([field.help] if field.help else [])]
