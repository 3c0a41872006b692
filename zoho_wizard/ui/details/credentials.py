"""The app the firm registered in Zoho: its App ID and App secret (Zoho's client ID and
client secret)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import validation
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.ui.details.field import ROW_SPACING, TextField, tab_pair
from zoho_wizard.ui.resources import icon
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label


class CredentialsSection(QWidget):
    """ "The app your firm registered in Zoho": App ID and App secret, side by side.

    Zoho calls the app a client, and these its client ID and client secret; the fields
    say so beside their captions, so the admin's words and Zoho's console still match.
    A secret that came from the firm's setup is never shown, not even on request.

    Signals:
        setupHelpRequested(): show how the firm's admin sets the app up.
    """

    setupHelpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_secret: str | None = None  # never revealed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("The app your firm registered in Zoho"), "section"))
        self.client_hint = label("", "hint")
        layout.addWidget(self.client_hint)
        self._make_client_fields()
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(ROW_SPACING)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.client_id, 0, 0, top)
        grid.addWidget(self.client_secret, 0, 1, top)
        layout.addLayout(grid)
        self.setup_link = QPushButton(self.tr("How does my firm's IT admin set this up?"))
        set_role(self.setup_link, "link")
        self.setup_link.setAccessibleName(self.tr("How does my firm's IT admin set this up?"))
        self.setup_link.setAccessibleDescription(
            self.tr("Shows, step by step, how the app is registered in Zoho")
        )
        self.setup_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setup_link.clicked.connect(self.setupHelpRequested)
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.setup_link)
        link_row.addStretch(1)
        layout.addLayout(link_row)
        self.set_mode(self_client=False)

    def _make_client_fields(self) -> None:
        self.client_id = TextField(
            self.tr("App ID"),
            validation.check_client_id,
            self.tr("Looks like 1000.ABC123…"),
            aside=self.tr("Zoho calls it the client ID"),
            help_text=(
                self.tr("What is the App ID?"),
                self.tr(
                    "The ID of the app your firm's IT admin registered in Zoho (Zoho calls the "
                    "app a client, and this its client ID). It starts with 1000. Ask your "
                    "admin if you don't have it."
                ),
            ),
        )
        self.client_secret = TextField(
            self.tr("App secret"),
            validation.check_client_secret,
            self.tr("Kept in this computer's password store"),
            aside=self.tr("Zoho calls it the client secret"),
            help_text=(
                self.tr("What is the App secret?"),
                self.tr(
                    "A password that belongs to the App ID (Zoho calls it the client secret); "
                    "your firm's IT admin gives you both. It is kept in this computer's "
                    "password store and never shown again."
                ),
            ),
        )
        secret = self.client_secret.edit
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(icon("eye"), self.tr("Show the App secret"), self)
        self.reveal.setProperty("iconName", "eye")
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle_secret)
        secret.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        secret.textChanged.connect(self._secret_changed)

    # --- reacting -----------------------------------------------------------------------

    def _toggle_secret(self, shown: bool) -> None:
        self.client_secret.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.reveal.setProperty("iconName", "eye-off" if shown else "eye")
        self.reveal.setIcon(icon("eye-off" if shown else "eye"))
        self.reveal.setText(
            self.tr("Hide the App secret") if shown else self.tr("Show the App secret")
        )

    def _secret_changed(self, text: str) -> None:
        # A secret from the firm's setup is never shown, not even on request.
        from_preset = bool(self.preset_secret and text == self.preset_secret)
        self.reveal.setVisible(not from_preset)
        if from_preset and self.reveal.isChecked():
            self.reveal.setChecked(False)

    def hide_preset_secret(self, secret: str) -> None:
        """Never reveal ``secret`` (the firm's setup's) while the box holds it."""
        self.preset_secret = secret
        self._secret_changed(self.client_secret.edit.text())

    def set_mode(self, *, self_client: bool) -> None:
        """Word the hint for signing in or for a Self Client."""
        if self_client:
            self.client_hint.setText(
                self.tr(
                    "Your Self Client's client ID and client secret are on its Client Secret "
                    "tab in Zoho's API console."
                )
            )
        else:
            self.client_hint.setText(
                self.tr(
                    "Zoho calls it a client. Your firm's IT admin registers it once and gives "
                    "you its App ID and App secret."
                )
            )
        self.setup_link.setVisible(not self_client)

    # --- values ---------------------------------------------------------------------------

    def fill(self, details: ConnectionDetails) -> None:
        """Show the App ID and secret of ``details``."""
        self.client_id.edit.setText(details.client_id)
        self.client_secret.edit.setText(details.client_secret)

    def fill_practice(self, hint: PracticeHint) -> None:
        """The practice app, leaving alone what a firm's setup locked."""
        for field, value in (
            (self.client_id, hint.client_id),
            (self.client_secret, hint.client_secret),
        ):
            if not field.is_locked():
                field.edit.setText(value)

    def tab_chain(self) -> list[QWidget]:
        """Tab order: the App ID, the App secret (each with its "What is …?"), the link."""
        return [*tab_pair(self.client_id), *tab_pair(self.client_secret), self.setup_link]
