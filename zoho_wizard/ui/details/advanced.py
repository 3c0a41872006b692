"""Advanced: other ways to connect, where the app was registered, the redirect address and
the client type, behind one toggle.

None of these is the bookkeeper's decision: the firm's IT admin (or a setup file) makes
them, and a Self Client user is told to look here. A Self Client code has no redirect,
so in that mode the redirect part gives way to the Self Client panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from zoho_wizard.core import validation
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.ui.details.data_center import DataCenterField
from zoho_wizard.ui.details.field import TextField, caption_row, tab_pair
from zoho_wizard.ui.details.self_client import SelfClientPanel
from zoho_wizard.ui.details.way_in import WayInChoice
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import RedirectAddressBox, label


class AdvancedSection(QWidget):
    """ "Advanced" and, once opened: the way in (with the Self Client panel), the app's
    data center, the redirect address to register (with Copy) and its box, and the
    Mobile-based client type (PKCE).

    Signals:
        copyRequested(str): copy the redirect address.
    """

    copyRequested = Signal(str)

    def __init__(
        self,
        way_in: WayInChoice,
        data_center: DataCenterField,
        self_client: SelfClientPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.way_in = way_in
        self.data_center = data_center
        self.self_client = self_client
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAccessibleName(self.tr("Show Advanced settings"))
        self.advanced_toggle.setAccessibleDescription(
            self.tr(
                "Other ways to connect, where the app was registered, and the redirect "
                "address; only change these if your firm's IT admin asks you to"
            )
        )
        set_role(self.advanced_toggle, "disclosure")
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        layout.addWidget(self.advanced_toggle)
        self.advanced = QWidget()
        box = QVBoxLayout(self.advanced)
        box.setContentsMargins(18, 0, 0, 0)
        box.setSpacing(16)
        box.addWidget(way_in)
        box.addWidget(data_center)
        box.addWidget(self_client)
        box.addWidget(self._make_redirect_part())
        self.advanced.setVisible(False)
        layout.addWidget(self.advanced)
        self._update_redirect_note()

    def _make_redirect_part(self) -> QWidget:
        self.redirect_part = QWidget()
        layout = QVBoxLayout(self.redirect_part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.redirect_help = HelpButton(
            self.tr("What is the redirect address?"),
            self.tr(
                "After you sign in, Zoho sends you back to this address on your own computer, "
                "where this program picks up Zoho's answer. Your IT admin must register "
                "exactly this address for the app (Zoho: the redirect URI of the client) in "
                "the API console. If the console does not accept "
                "http://127.0.0.1:47214/callback, http://localhost:47214/callback works too: "
                "register that one and enter it below."
            ),
        )
        self.redirect_note = label("", "fieldLabel")
        layout.addWidget(caption_row(self.redirect_note, None, self.redirect_help))
        self.redirect_box = RedirectAddressBox(
            self.tr(
                "Puts the redirect address on the clipboard, to paste into Zoho's API console "
                "(Ctrl+C)"
            )
        )
        self.redirect_shown = self.redirect_box.shown
        self.copy_button = self.redirect_box.copy_button
        self.copy_button.clicked.connect(self._copy_redirect)
        layout.addWidget(self.redirect_box)
        self.redirect_uri = TextField(
            self.tr("Redirect address (redirect URI)"),
            validation.check_redirect_uri,
            self.tr("Must match the address registered for the app, exactly"),
        )
        self.redirect_uri.edit.setText(DEFAULT_REDIRECT_URI)
        self.redirect_uri.edit.textChanged.connect(self._update_redirect_note)
        layout.addWidget(self.redirect_uri)
        layout.addLayout(self._make_pkce_row())
        return self.redirect_part

    def _make_pkce_row(self) -> QHBoxLayout:
        self.use_pkce = QCheckBox(self.tr("Mobile-based client type (use PKCE)"))
        self.use_pkce.setAccessibleName(self.tr("Mobile-based client type (use PKCE)"))
        self.use_pkce.setAccessibleDescription(
            self.tr(
                "Tick this if the app was registered in Zoho's API console as a "
                "Mobile-based Applications client"
            )
        )
        self.use_pkce_lock = LockNote()
        self.use_pkce_help = HelpButton(
            self.tr("What is the mobile-based client type?"),
            self.tr(
                "Zoho's API console offers several client types. Tick this only if your IT "
                "admin registered a Mobile-based Applications client; for a Server-based "
                "Applications client leave it off."
            ),
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.use_pkce)
        row.addWidget(self.use_pkce_help)
        row.addWidget(self.use_pkce_lock)
        row.addStretch(1)
        return row

    # --- reacting -----------------------------------------------------------------------

    def _copy_redirect(self) -> None:
        self.copyRequested.emit(self.redirect_uri.value() or DEFAULT_REDIRECT_URI)

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_toggle.setAccessibleName(
            self.tr("Hide Advanced settings") if shown else self.tr("Show Advanced settings")
        )

    def open(self) -> None:
        """Show the advanced settings (something there needs the person)."""
        if not self.advanced_toggle.isChecked():
            self.advanced_toggle.setChecked(True)

    def is_open(self) -> bool:
        """Whether the advanced settings are shown."""
        return self.advanced_toggle.isChecked()

    def set_mode(self, *, self_client: bool) -> None:
        """A Self Client code has no redirect: its panel takes the redirect part's place."""
        self.self_client.setVisible(self_client)
        self.redirect_part.setVisible(not self_client)
        self.data_center.set_mode(self_client=self_client)

    def _update_redirect_note(self) -> None:
        uri = self.redirect_uri.value() or DEFAULT_REDIRECT_URI
        self.redirect_note.setText(self.tr("Redirect address to register in Zoho's API console"))
        self.redirect_shown.setText(uri)
        self.redirect_shown.setAccessibleName(f"{self.redirect_note.text()} {uri}")

    # --- values ---------------------------------------------------------------------------

    def fill(self, details: ConnectionDetails) -> None:
        """Show the data center, redirect address and client type of ``details``."""
        self.data_center.choose(details.data_center)
        self.redirect_uri.edit.setText(details.redirect_uri)
        self.use_pkce.setChecked(details.use_pkce)

    def fill_practice(self, hint: PracticeHint) -> None:
        """The practice app's redirect address and home (unless a firm's setup locked
        them)."""
        self.data_center.reset_for_practice()
        if not self.redirect_uri.is_locked():
            self.redirect_uri.edit.setText(hint.redirect_uri)

    def tab_chain(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [
            self.advanced_toggle,
            *self.way_in.tab_chain(),
            *self.data_center.tab_chain(),
            *self.self_client.tab_chain(),
            self.redirect_help,
            self.copy_button,
            *tab_pair(self.redirect_uri),
            self.use_pkce,
            self.use_pkce_help,
        ]
