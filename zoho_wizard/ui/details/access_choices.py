"""What the firm's tools may do in Zoho Books: the access choices, or a preset's own list.

The choices become scopes (and scopes become choices) only through
:mod:`zoho_wizard.core.access`; this section shows and reads the controls.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QVBoxLayout, QWidget

from zoho_wizard.core import access
from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.ui.details.field import caption_row
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.widgets import FittingGrid, label


class AccessSection(QWidget):
    """ "Full access", an access level per Books module, and "Show who signed in".

    A firm's preset whose scopes the choices can't express is shown as its own read-only
    list instead, and used exactly as listed.

    Signals:
        scopesChanged(): the scopes asked for may have changed.
    """

    scopesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verbatim: tuple[str, ...] = ()  # a preset's list the choices can't show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.access_lock = LockNote()
        self.help = HelpButton(
            self.tr("What do the access choices mean?"),
            self.tr(
                "They decide what your firm's tools may do in Zoho Books: only look (view), "
                "also add and change, or also delete. Choose as little as your tools need; "
                "Zoho asks you to agree to exactly these."
            ),
        )
        layout.addWidget(
            caption_row(
                label(self.tr("What may your firm's tools do in Zoho Books?"), "section"),
                self.access_lock,
                self.help,
            )
        )
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
        self.show_email = QCheckBox(self.tr("Show who signed in (your Zoho e-mail)"))
        self.show_email.setChecked(True)
        self.show_email.setAccessibleName(self.tr("Show who signed in (your Zoho e-mail)"))
        self.show_email.setAccessibleDescription(
            self.tr(
                "Also asks Zoho for the signed-in person's e-mail, so the summary can say who "
                "connected."
            )
        )
        layout.addWidget(self.show_email)
        self.full_access.toggled.connect(lambda _on: self.scopesChanged.emit())
        self.show_email.toggled.connect(lambda _on: self.scopesChanged.emit())
        for combo in self.access.values():
            combo.currentIndexChanged.connect(lambda _index: self.scopesChanged.emit())
        self._full_access_changed()

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

    # --- values ---------------------------------------------------------------------------

    def choices(self) -> access.AccessChoices:
        """The access controls as a value."""
        levels = {key: str(combo.currentData()) for key, combo in self.access.items()}
        return access.AccessChoices(
            self.full_access.isChecked(), levels, self.show_email.isChecked()
        )

    def chosen_scopes(self) -> tuple[str, ...]:
        """The scopes the choices ask for (or the preset's list the choices can't show)."""
        if self._verbatim:
            return self._verbatim
        return access.scopes_for(self.choices())

    def show_choices(self, choices: access.AccessChoices) -> None:
        """Set the controls to ``choices``."""
        if self.full_access.isChecked() != choices.full:
            self.full_access.setChecked(choices.full)
        if self.show_email.isChecked() != choices.show_email:
            self.show_email.setChecked(choices.show_email)
        for key, level in choices.levels.items():
            combo = self.access[key]
            index = combo.findData(level)
            if index >= 0 and combo.currentIndex() != index:
                combo.setCurrentIndex(index)

    def show_scopes(self, scopes: tuple[str, ...]) -> None:
        """A firm's scopes: as the choices when they can be, else as a read-only list."""
        choices = access.choices_for(scopes)
        mapped = choices is not None
        self.full_access.setVisible(mapped)
        self.modules_box.setVisible(mapped)
        self.show_email.setVisible(mapped)
        self.preset_scopes.setVisible(not mapped)
        self.preset_scopes_note.setVisible(not mapped)
        if choices is None:
            self._verbatim = scope_catalog.dedupe(scopes)
            self.preset_scopes.setPlainText("\n".join(scopes))
            return
        self._verbatim = ()
        self.show_choices(choices)

    def fill(self, details: ConnectionDetails) -> None:
        """The choices nearest to the scopes of ``details`` (a saved connection's)."""
        self.show_choices(access.nearest_choices(details.scopes))

    def controls(self) -> list[QWidget]:
        """The choice controls (what a firm's preset locks)."""
        return [self.full_access, self.show_email, *self.access.values()]

    def tab_chain(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [
            self.help,
            self.preset_scopes,
            self.full_access,
            *self.access.values(),
            self.show_email,
        ]
