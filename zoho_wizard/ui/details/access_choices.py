"""What the firm's tools may do in Zoho Books: one line of words, and behind "Change…"
the access choices (or a firm's own list).

The choices become scopes (and scopes become choices, and words) only through
:mod:`zoho_wizard.core.access`; this section shows and reads the controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import access
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.ui.details.field import caption_row
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import FittingGrid, keep_on_one_line, label


class AccessSection(QWidget):
    """ "What your firm's tools may do": one line of words, and "Change…" for the choices
    behind it ("Full access", an access level per Books module).

    Who signed in (the person's Zoho e-mail, for the summary) is always asked for on a
    new connection; a reconnect keeps what the connection had. A firm's setup whose list
    the choices can't express is shown as its own read-only list instead, and used
    exactly as listed.

    Signals:
        scopesChanged(): the scopes asked for may have changed.
    """

    scopesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verbatim: tuple[str, ...] = ()  # a preset's list the choices can't show
        self._show_email = True
        self._locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.access_lock = LockNote()
        self.help = HelpButton(
            self.tr("What may your firm's tools do?"),
            self.tr(
                "What your firm's tools may do in Zoho Books: only look (view), also add and "
                "change, or also delete. Choose as little as your tools need; Zoho asks you "
                "to agree to exactly this when you sign in."
            ),
        )
        layout.addWidget(
            caption_row(
                label(self.tr("What your firm's tools may do"), "section"),
                self.access_lock,
                self.help,
            )
        )
        layout.addLayout(self._make_summary_row())
        self.choices_box = QWidget()
        inner = QVBoxLayout(self.choices_box)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.setSpacing(14)
        self._make_choices(inner)
        self.choices_box.setVisible(False)
        layout.addWidget(self.choices_box)
        self.full_access.toggled.connect(self._changed)
        for combo in self.access.values():
            combo.currentIndexChanged.connect(self._changed)
        self._full_access_changed()
        self._changed()

    def _make_summary_row(self) -> QHBoxLayout:
        self.summary = keep_on_one_line(label("", "", selectable=False), cap=560)
        self.change_button = QPushButton()
        set_role(self.change_button, "link")
        self.change_button.setCheckable(True)
        self.change_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.change_button.toggled.connect(self.reveal)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.summary)
        row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self._word_button()
        return row

    def _make_choices(self, layout: QVBoxLayout) -> None:
        self.preset_scopes = QPlainTextEdit()
        self.preset_scopes.setReadOnly(True)
        self.preset_scopes.setTabChangesFocus(True)
        self.preset_scopes.setMaximumHeight(96)
        self.preset_scopes.setAccessibleName(self.tr("Permissions your firm chose"))
        self.preset_scopes_note = label(
            self.tr(
                "Your firm chose these permissions; they can't be shown as the usual choices, "
                "so they are used exactly as listed:"
            ),
            "hint",
        )
        self.preset_scopes_note.setVisible(False)
        self.preset_scopes.setVisible(False)
        layout.addWidget(self.preset_scopes_note)
        layout.addWidget(self.preset_scopes)
        self.full_access = QCheckBox(self.tr("Full access to everything"))
        self.full_access.setAccessibleName(self.tr("Full access to everything"))
        self.full_access.setAccessibleDescription(
            self.tr(
                "View, change and delete everything in Zoho Books. Choose this only if your "
                "tools really need it."
            )
        )
        self.full_access.toggled.connect(self._full_access_changed)
        layout.addWidget(self.full_access)
        self.modules_box = FittingGrid()
        self.access: dict[str, QComboBox] = {}
        for module in scope_catalog.MODULES:
            self._add_module(module)
        layout.addWidget(self.modules_box)

    def _add_module(self, module: scope_catalog.BooksModule) -> None:
        combo = QComboBox()
        levels = scope_catalog.ACCESS_LEVELS
        if module.key == "settings":
            levels = tuple(level for level in levels if level.operations)
        for level in levels:
            combo.addItem(core_text(level.label), level.key)
        wanted = access.DEFAULT_ACCESS.get(module.key, "none")
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        module_label = core_text(module.label)
        combo.setAccessibleName(self.tr("Access to {module}").format(module=module_label))
        description = core_text(module.description)
        if module.key == "settings":
            description += " " + self.tr("Always at least “View only”.")
        combo.setAccessibleDescription(description)
        combo.setToolTip(description)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        name = label(module_label, wrap=False)
        name.setToolTip(description)
        name.setBuddy(combo)
        self.modules_box.add_pair(name, combo)
        self.access[module.key] = combo

    def _full_access_changed(self, *_args: object) -> None:
        self.modules_box.setEnabled(not self.full_access.isChecked())

    def _changed(self, *_args: object) -> None:
        self.summary.setText(access.summary_sentence(self.chosen_scopes(), core_text))
        self.change_button.setAccessibleDescription(self.summary.text())
        self.scopesChanged.emit()

    # --- showing the choices ------------------------------------------------------------

    def reveal(self, shown: bool) -> None:
        """Show (or hide again) the choices behind the line."""
        self.choices_box.setVisible(shown)
        if self.change_button.isChecked() != shown:
            self.change_button.setChecked(shown)
        self._word_button()

    def is_revealed(self) -> bool:
        """Whether the choices are shown."""
        return self.choices_box.isVisibleTo(self)

    def set_locked(self, who: str | None) -> None:
        """The firm's setup decided the access: "Set by …", and the choices, when shown,
        can be looked at but not changed (None: the person chooses)."""
        self._locked = who is not None
        self.access_lock.show_for(who)
        self._word_button()

    def _word_button(self) -> None:
        shown = self.change_button.isChecked()
        if self._locked:
            text = self.tr("Hide the details") if shown else self.tr("Show the details…")
            name = text
        elif shown:
            text = name = self.tr("Hide the choices")
        else:
            text = self.tr("Change…")
            name = self.tr("Change what your firm's tools may do")
        self.change_button.setText(text)
        self.change_button.setAccessibleName(name)
        self.change_button.setAccessibleDescription(self.summary.text())

    # --- values ---------------------------------------------------------------------------

    def choices(self) -> access.AccessChoices:
        """The access controls as a value."""
        levels = {key: str(combo.currentData()) for key, combo in self.access.items()}
        return access.AccessChoices(self.full_access.isChecked(), levels, self._show_email)

    def chosen_scopes(self) -> tuple[str, ...]:
        """The scopes the choices ask for (or the preset's list the choices can't show)."""
        if self._verbatim:
            return self._verbatim
        return access.scopes_for(self.choices())

    def show_choices(self, choices: access.AccessChoices) -> None:
        """Set the controls to ``choices``."""
        self._show_email = choices.show_email
        if self.full_access.isChecked() != choices.full:
            self.full_access.setChecked(choices.full)
        for key, level in choices.levels.items():
            combo = self.access[key]
            index = combo.findData(level)
            if index >= 0 and combo.currentIndex() != index:
                combo.setCurrentIndex(index)
        self._changed()

    def show_scopes(self, scopes: tuple[str, ...]) -> None:
        """A firm's scopes: as the choices when they can be, else as a read-only list."""
        choices = access.choices_for(scopes)
        mapped = choices is not None
        self.full_access.setVisible(mapped)
        self.modules_box.setVisible(mapped)
        self.preset_scopes.setVisible(not mapped)
        self.preset_scopes_note.setVisible(not mapped)
        if choices is None:
            self._verbatim = scope_catalog.dedupe(scopes)
            self.preset_scopes.setPlainText("\n".join(scopes))
            self._changed()
            return
        self._verbatim = ()
        self.show_choices(choices)

    def fill(self, details: ConnectionDetails) -> None:
        """The choices nearest to the scopes of ``details`` (a saved connection's)."""
        self.show_choices(access.nearest_choices(details.scopes))

    def controls(self) -> list[QWidget]:
        """The choice controls (what a firm's preset locks)."""
        return [self.full_access, *self.access.values()]

    def tab_chain(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [
            self.help,
            self.change_button,
            self.preset_scopes,
            self.full_access,
            *self.access.values(),
        ]
