"""The connection's name: the words the firm's tools find the connection by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from zoho_wizard.core import access, validation
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.organization_rules import ORGANIZATION_PLACEHOLDER
from zoho_wizard.ui.details.field import TextField


class ConnectionSection(QWidget):
    """The "Connection name" field, checked against the names already saved.

    A new connection starts as "Zoho Books" (or "Zoho Books 2"… when that is taken).
    :class:`~zoho_wizard.ui.details.credentials.CredentialsSection` shows it beside the
    data center.
    """

    def __init__(
        self, existing_names: Callable[[], frozenset[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._existing_names = existing_names
        self.name = TextField(
            self.tr("Connection name"),
            lambda text: validation.check_name(text, self._existing_names()),
            self.tr("A name you recognise, for example the client business it is for."),
            help_text=(
                self.tr("What is the connection name?"),
                self.tr(
                    "A name you choose, so that you and your firm's tools can tell connections "
                    "apart, for example the client business it is for. Your tools find the "
                    "connection by this name."
                ),
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        self.name.edit.setText(self.free_name(access.DEFAULT_NAME))

    def free_name(self, base: str) -> str:
        """``base``, numbered when a saved connection has it already."""
        return access.free_name(base, self._existing_names())

    def fill(self, details: ConnectionDetails) -> None:
        """Show the name of ``details``."""
        self.name.edit.setText(details.name)

    def fill_practice(self) -> None:
        """Practice needs a name too: the default one when the box is empty."""
        if not self.name.value():
            self.name.edit.setText(self.free_name(access.DEFAULT_NAME))

    def show_pattern(self, pattern: str) -> None:
        """A firm's ``… {organization}`` name: say what the placeholder becomes."""
        if ORGANIZATION_PLACEHOLDER in pattern:
            self.name.note.setText(
                self.tr(
                    "“{placeholder}” becomes the name of the organization you choose at the end."
                ).format(placeholder=ORGANIZATION_PLACEHOLDER)
            )
            self.name.note.setVisible(True)
