"""A firm's preset on the details page: the one place that fills the sections and locks.

A locked field is read-only, never disabled (see :mod:`zoho_wizard.ui.preset_view`): it
is drawn as plain text with a lock and "Set by …", and says so to screen readers. Its
value is put back at once if anything changes it anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from zoho_wizard.core.access import default_scopes as access_defaults
from zoho_wizard.core.preset import Preset
from zoho_wizard.ui.details.access_choices import AccessSection
from zoho_wizard.ui.details.advanced import AdvancedSection
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
        credentials: CredentialsSection,
        access: AccessSection,
        advanced: AdvancedSection,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.credentials = credentials
        self.access = access
        self.advanced = advanced
        self.preset: Preset | None = None
        self._guard = ReadOnlyGuard(self)
        self._restoring = False
        # Belt and braces: even a change that slips past the read-only guard (an
        # accessibility action, say) is put back at once.
        for widget in (advanced.data_center.data_center, *access.controls(), advanced.use_pkce):
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

    def who(self) -> str:
        """ "Set by …" for the preset in use ("" without one)."""
        if self.preset is None:
            return ""
        who = self.preset.set_by or self.tr("your firm's IT admin")
        return self.tr("Set by {who}").format(who=who)

    def apply(self, preset: Preset | None) -> None:
        """Fill what ``preset`` sets, lock what it locks (None: nothing to do)."""
        self.preset = preset
        if preset is None:
            return
        self._fill(preset, only_locked=False)
        who = self.who()
        for key, field in self._text_fields():
            field.set_locked(who if self.is_locked(key) else None)
        for key, widgets, lock in self._locked_groups():
            locked = self.is_locked(key)
            for widget in widgets:
                set_read_only(widget, locked, self._guard)
            if lock is not None:
                lock.show_for(who if locked else None)
        self.access.set_locked(who if self.is_locked("scopes") else None)
        data_center = self.advanced.data_center
        data_center.lock.show_for(who if self.is_locked("data_center") else None)
        data_center.set_locked(self.is_locked("data_center"))
        if preset.client_secret:
            self.credentials.hide_preset_secret(preset.client_secret)

    def release(self) -> None:
        """Unlock everything (before another setup is applied)."""
        self.preset = None
        for _key, field in self._text_fields():
            field.set_locked(None)
        for _key, widgets, lock in self._locked_groups():
            for widget in widgets:
                set_read_only(widget, False, self._guard)
            if lock is not None:
                lock.show_for(None)
        self.access.set_locked(None)
        self.access.show_scopes(access_defaults())
        self.advanced.data_center.lock.show_for(None)
        self.advanced.data_center.set_locked(False)
        self.credentials.preset_secret = None

    def _locked_groups(self) -> tuple[tuple[str, list[QWidget], LockNote | None], ...]:
        return (
            ("data_center", [self.advanced.data_center.data_center], None),
            ("use_pkce", [self.advanced.use_pkce], self.advanced.use_pkce_lock),
            ("scopes", self.access.controls(), None),
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
        if wanted("data_center") and preset.data_center is not None:
            self.advanced.data_center.choose(preset.data_center)
        if wanted("use_pkce") and self.advanced.use_pkce.isChecked() != bool(preset.use_pkce):
            self.advanced.use_pkce.setChecked(bool(preset.use_pkce))
        if wanted("scopes") and preset.scopes is not None:
            self.access.show_scopes(preset.scopes)
