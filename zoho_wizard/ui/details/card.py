"""The firm's complete setup as one card: who set it up, and what it connects.

With everything decided by the firm's IT admin (the app, its secret, its home, the
access), the bookkeeper has nothing to fill in: the page shows this card instead of the
form, and the wizard's main button, "Sign in to Zoho", is all that is left. No IDs, data
centers or permission lists: the words say what a bookkeeper would tell a colleague.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.core import access
from zoho_wizard.core.preset import Preset
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label


class SetupCard(QWidget):
    """ "Smith & Co IT set this up" / "Zoho Books: View organization settings, contacts
    and invoices", and a small "Use a different setup…" under it.

    Signals:
        otherSetupRequested(): the person wants to open another setup file.
        deviceRequested(): sign in on another device (offered when the setup has an app
            for it).
    """

    otherSetupRequested = Signal()
    deviceRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.card = QFrame()
        set_role(self.card, "card")
        row = QHBoxLayout(self.card)
        row.setContentsMargins(18, 16, 18, 16)
        row.setSpacing(14)
        self.icon = QLabel()
        self.icon.setFixedSize(28, 28)
        self.icon.setPixmap(pixmap("check", 28, self.devicePixelRatioF()))
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.title = label("", "cardTitle")
        self.what = label("")
        words.addWidget(self.title)
        words.addWidget(self.what)
        row.addLayout(words, 1)
        layout.addWidget(self.card)
        self.other_setup = QPushButton(self.tr("Use a different setup…"))
        set_role(self.other_setup, "link")
        self.other_setup.setAccessibleName(self.tr("Use a different setup…"))
        self.other_setup.setAccessibleDescription(
            self.tr("Open another setup file from your firm's IT admin")
        )
        self.other_setup.setCursor(Qt.CursorShape.PointingHandCursor)
        self.other_setup.clicked.connect(self.otherSetupRequested)
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.other_setup)
        self.device_link = QPushButton(self.tr("Sign in on your phone or another computer"))
        set_role(self.device_link, "link")
        self.device_link.setAccessibleName(self.device_link.text())
        self.device_link.setAccessibleDescription(
            self.tr("For a computer that cannot show Zoho's sign-in page: approve with a code")
        )
        self.device_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.device_link.clicked.connect(self.deviceRequested)
        self.device_link.setVisible(False)
        link_row.addWidget(self.device_link)
        link_row.addStretch(1)
        layout.addLayout(link_row)

    def show_setup(self, preset: Preset, scopes: tuple[str, ...]) -> None:
        """Say who set this up and what it connects (``scopes``: what will be asked for)."""
        who = preset.set_by or self.tr("Your firm's IT admin")
        self.title.setText(self.tr("{who} set this up").format(who=who))
        sentence = access.summary_sentence(scopes, core_text)
        self.what.setText(self.tr("Zoho Books: {access}").format(access=sentence))
        self.card.setAccessibleName(self.title.text())
        self.card.setAccessibleDescription(self.what.text())
        self.device_link.setVisible(bool(preset.device_client_id and preset.device_client_secret))

    def tab_chain(self) -> list[QWidget]:
        """Tab order: the links."""
        return [self.other_setup, self.device_link]
