"""A firm's preset on the details page: the one place that fills the sections and locks.

A locked field is read-only, never disabled (see :mod:`zoho_wizard.ui.preset_view`), and
shows "Set by …". Its value is put back at once if anything changes it anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from zoho_wizard.core.preset import Preset
from zoho_wizard.ui.details.access_choices import AccessSection
from zoho_wizard.ui.details.advanced import AdvancedSection
from zoho_wizard.ui.details.connection import ConnectionSection
from zoho_wizard.ui.details.credentials import CredentialsSection
from zoho_wizard.ui.details.field import TextField
from zoho_wizard.ui.preset_view import LockNote, ReadOnlyGuard, set_read_only


class PresetLocks(QObject):
    """Fills the details page's sections from a :class:`Preset` and keeps its locks.

    :meth:`apply` fills every value the preset sets and locks the locked ones;
    :meth:`restore` puts the locked values back (after the form was filled from a saved
    connection, or when a change slipped past the read-only guard).
    """

    def __init__(
        self,
        connection: ConnectionSection,
        credentials: CredentialsSection,
        access: AccessSection,
        advanced: AdvancedSection,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection = connection
        self.credentials = credentials
        self.access = access
        self.advanced = advanced
        self.preset: Preset | None = None
        self._guard = ReadOnlyGuard(self)
        self._restoring = False
        # Belt and braces: even a change that slips past the read-only guard (an
        # accessibility action, say) is put back at once.
        for widget in (credentials.data_center, *access.controls(), advanced.use_pkce):
            if isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda *_: self.restore())
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda *_: self.restore())

    def _text_fields(self) -> tuple[tuple[str, TextField], ...]:
        return (
            ("client_id", self.credentials.client_id),
            ("client_secret", self.credentials.client_secret),
            ("redirect_uri", self.advanced.redirect_uri),
        )

    def is_locked(self, name: str) -> bool:
        """Whether the preset sets the value ``name`` and locks it."""
        preset = self.preset
        return bool(preset and preset.is_locked(name) and getattr(preset, name) is not None)

    def apply(self, preset: Preset | None) -> None:
        """Fill what ``preset`` sets, lock what it locks (None: nothing to do)."""
        self.preset = preset
        if preset is None:
            return
        self._fill(preset, only_locked=False)
        who = preset.locked_by_text
        name = self.connection.name
        for key, field in (*self._text_fields(), ("connection_name", name)):
            field.set_locked(who if self.is_locked(key) else None)
        for key, widgets, lock in self._locked_groups():
            locked = self.is_locked(key)
            for widget in widgets:
                set_read_only(widget, locked, self._guard)
            lock.show_for(who if locked else None)
        # Like the wizard's "Before you start", the data center counts as the firm's choice
        # whenever the preset locks it, set or not: no advice, no practice default.
        self.credentials.set_data_center_locked(preset.is_locked("data_center"))
        self.connection.show_pattern(preset.connection_name or "")
        if preset.client_secret:
            self.credentials.hide_preset_secret(preset.client_secret)

    def _locked_groups(self) -> tuple[tuple[str, list[QWidget], LockNote], ...]:
        return (
            ("data_center", [self.credentials.data_center], self.credentials.data_center_lock),
            ("use_pkce", [self.advanced.use_pkce], self.advanced.use_pkce_lock),
            ("scopes", self.access.controls(), self.access.access_lock),
        )

    def restore(self) -> None:
        """Put the preset's locked values back."""
        if self.preset is not None:
            self._fill(self.preset, only_locked=True)

    def _fill(self, preset: Preset, *, only_locked: bool) -> None:
        if self._restoring:
            return
        self._restoring = True  # the values set here are the preset's own
        try:
            self._put_values(preset, only_locked=only_locked)
        finally:
            self._restoring = False

    def _put_values(self, preset: Preset, *, only_locked: bool) -> None:
        def wanted(name: str) -> bool:
            return getattr(preset, name) is not None and (not only_locked or preset.is_locked(name))

        for name, field in self._text_fields():
            if wanted(name):
                field.set_text(getattr(preset, name))
        if not only_locked and preset.connection_name is not None:
            # A name (or an unfinished "… {organization}" one) that is taken gets a number,
            # so a locked name never blocks the page.
            self.connection.name.edit.setText(self.connection.free_name(preset.connection_name))
        if wanted("data_center") and preset.data_center is not None:
            self.credentials.choose_data_center(preset.data_center)
        if wanted("use_pkce") and self.advanced.use_pkce.isChecked() != bool(preset.use_pkce):
            self.advanced.use_pkce.setChecked(bool(preset.use_pkce))
        if wanted("scopes") and preset.scopes is not None:
            self.access.show_scopes(preset.scopes)
