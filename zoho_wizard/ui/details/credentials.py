"""The app's credentials: client ID, client secret and data center ("Your Zoho client")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import validation
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.ui.details.field import ROW_SPACING, TextField, caption_row, tab_pair
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.resources import icon
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label


class CredentialsSection(QWidget):
    """The client the firm registered: its ID and secret, and the data center.

    The connection's name (``name_box``) sits in the same grid, beside the data center.
    A secret that came from the firm's preset is never shown, not even on request.

    Signals:
        setupHelpRequested(): show how the firm's admin sets the client up.
    """

    setupHelpRequested = Signal()

    def __init__(self, name_box: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset_secret: str | None = None  # never revealed
        self._self_client = False
        self._data_center_locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Your Zoho client"), "section"))
        self.client_hint = label("", "hint")
        layout.addWidget(self.client_hint)
        self.setup_link = QPushButton(self.tr("How does my firm's admin set this up?"))
        set_role(self.setup_link, "link")
        self.setup_link.setAccessibleName(self.tr("How does my firm's admin set this up?"))
        self.setup_link.setAccessibleDescription(
            self.tr("Shows, step by step, how the client is registered in Zoho's API console")
        )
        self.setup_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setup_link.clicked.connect(self.setupHelpRequested)
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.setup_link)
        link_row.addStretch(1)
        layout.addLayout(link_row)
        self._make_client_fields()
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(ROW_SPACING)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(name_box, 0, 0, top)
        grid.addWidget(self._make_data_center(), 0, 1, top)
        grid.addWidget(self.client_id, 1, 0, top)
        grid.addWidget(self.client_secret, 1, 1, top)
        layout.addLayout(grid)
        self.set_mode(self_client=False)

    def _make_data_center(self) -> QWidget:
        self.data_center = QComboBox()
        for dc in DATA_CENTERS:
            text = (
                core_text(dc.label)
                if dc.books_confirmed
                else self.tr("{label} — Books not confirmed").format(label=core_text(dc.label))
            )
            self.data_center.addItem(text, dc.id)
        self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))
        # Its list opens as wide as its entries; the box itself may be narrower.
        self.data_center.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.data_center.setMinimumContentsLength(16)
        self.data_center.view().setMinimumWidth(self.data_center.view().sizeHintForColumn(0))
        # The app's home: where the admin registered the client. Sign-ins start there and
        # Zoho sends each person on to their own data center (so nobody signing in needs
        # to know theirs).
        self.data_center.setAccessibleName(self.tr("Data center where the app was registered"))
        dc_label = label(self.tr("App registered in"), "fieldLabel", wrap=False)
        dc_label.setBuddy(self.data_center)
        self.data_center_lock = LockNote()
        self.data_center_help = HelpButton(
            self.tr("What is the data center?"),
            self.tr(
                "Where your firm's admin registered this app: the data center of the API "
                "console they used (zoho.eu is Europe). Every sign-in starts there, and Zoho "
                "sends each person on to their own data center. If you are not sure, keep "
                "United States, where most apps are registered."
            ),
        )
        self.data_center_hint = label("", "hint")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(ROW_SPACING)
        column.addWidget(caption_row(dc_label, self.data_center_lock, self.data_center_help))
        column.addWidget(self.data_center)
        column.addWidget(self.data_center_hint)
        return box

    def _make_client_fields(self) -> None:
        self.client_id = TextField(
            self.tr("Client ID"),
            validation.check_client_id,
            self.tr("Looks like 1000.ABC123…"),
            help_text=(
                self.tr("What is the client ID?"),
                self.tr(
                    "The name of the app your firm's admin registered in Zoho's API console. "
                    "It starts with 1000. and is on the client's Client Secret tab. Ask your "
                    "admin if you don't have it."
                ),
            ),
        )
        self.client_secret = TextField(
            self.tr("Client secret"),
            validation.check_client_secret,
            self.tr("Kept in your password store, never shown again"),
            help_text=(
                self.tr("What is the client secret?"),
                self.tr(
                    "A password that belongs to the client ID, on the same Client Secret tab "
                    "of the API console. It is kept in your computer's password store and is "
                    "never shown again."
                ),
            ),
        )
        secret = self.client_secret.edit
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(icon("eye"), self.tr("Show the client secret"), self)
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
            self.tr("Hide the client secret") if shown else self.tr("Show the client secret")
        )

    def _secret_changed(self, text: str) -> None:
        # A secret from the firm's preset is never shown, not even on request.
        from_preset = bool(self.preset_secret and text == self.preset_secret)
        self.reveal.setVisible(not from_preset)
        if from_preset and self.reveal.isChecked():
            self.reveal.setChecked(False)

    def hide_preset_secret(self, secret: str) -> None:
        """Never reveal ``secret`` (the firm's preset's) while the box holds it."""
        self.preset_secret = secret
        self._secret_changed(self.client_secret.edit.text())

    def set_mode(self, *, self_client: bool) -> None:
        """Word the hints for signing in or for a Self Client."""
        self._self_client = self_client
        if self_client:
            self.client_hint.setText(
                self.tr(
                    "Your Self Client's client ID and client secret are on its Client Secret "
                    "tab in Zoho's API console."
                )
            )
            self.data_center_hint.setText(
                self.tr(
                    "The one whose API console you used (api-console.zoho.eu is Europe…). "
                    "It can't be detected here: a pasted code doesn't say where your account is."
                )
            )
        else:
            self.client_hint.setText(
                self.tr(
                    "Your firm's admin registers this client once in Zoho's API console and "
                    "gives you its client ID and client secret."
                )
            )
            self.data_center_hint.setText(
                self.tr(
                    "Where your firm's app was registered, not where your account is: Zoho "
                    "forwards you. Not sure? Keep United States."
                )
            )
        self.setup_link.setVisible(not self_client)
        self.data_center.setAccessibleDescription(self.data_center_hint.text())
        # A data center the firm locked needs no advice on choosing one.
        self.data_center_hint.setVisible(not self._data_center_locked)

    def set_data_center_locked(self, locked: bool) -> None:
        """Whether the firm's preset fixed the data center (its hint then goes)."""
        self._data_center_locked = locked
        self.set_mode(self_client=self._self_client)

    # --- values ---------------------------------------------------------------------------

    def data_center_locked(self) -> bool:
        """Whether the firm's preset fixed the data center."""
        return self._data_center_locked

    def data_center_id(self) -> str:
        """The chosen data center's id."""
        return str(self.data_center.currentData())

    def choose_data_center(self, dc: str) -> None:
        """Choose the data center ``dc`` (an unknown id changes nothing)."""
        index = self.data_center.findData(dc)
        if index >= 0 and self.data_center.currentIndex() != index:
            self.data_center.setCurrentIndex(index)

    def fill(self, details: ConnectionDetails) -> None:
        """Show the client and data center of ``details``."""
        self.client_id.edit.setText(details.client_id)
        self.client_secret.edit.setText(details.client_secret)
        self.choose_data_center(details.data_center)

    def fill_practice(self, hint: PracticeHint) -> None:
        """The practice client, leaving alone what a firm's preset locked."""
        for field, value in (
            (self.client_id, hint.client_id),
            (self.client_secret, hint.client_secret),
        ):
            if not field.is_locked():
                field.edit.setText(value)
        if not self._data_center_locked:
            self.data_center.setCurrentIndex(self.data_center.findData(DEFAULT_DATA_CENTER))

    def tab_chain(self, name: list[QWidget]) -> list[QWidget]:
        """Tab order: the name (``name``), the data center, the client, then the link."""
        return [
            *name,
            self.data_center,
            self.data_center_help,
            *tab_pair(self.client_id),
            *tab_pair(self.client_secret),
            self.setup_link,
        ]
