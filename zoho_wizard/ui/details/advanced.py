"""The redirect address to register (with Copy), and the advanced settings behind a toggle.

Only signing in needs these: a Self Client code has no redirect, so the page hides the
whole section in that mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from zoho_wizard.core import validation
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.ui.details.field import TextField, caption_row, tab_pair
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import RedirectAddressBox, label


class AdvancedSection(QWidget):
    """ "Redirect address" with its Copy button, then "Advanced": the address itself and
    the Mobile-based client type (PKCE).

    Signals:
        copyRequested(str): copy the redirect address.
    """

    copyRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.redirect_help = HelpButton(
            self.tr("What is the redirect address?"),
            self.tr(
                "After you sign in, Zoho sends you back to this address on your own computer, "
                "where this program picks up Zoho's answer. Your admin must register exactly "
                "this address for the client in the API console. If the console does not "
                "accept http://127.0.0.1:47214/callback, http://localhost:47214/callback works "
                "too: register that one and enter it under Advanced."
            ),
        )
        layout.addWidget(
            caption_row(label(self.tr("Redirect address"), "section"), None, self.redirect_help)
        )
        self.redirect_note = label("", "hint", selectable=True)
        layout.addWidget(self.redirect_note)
        self.redirect_box = RedirectAddressBox(
            self.tr(
                "Puts the redirect address on the clipboard, to paste into Zoho's API console "
                "(Ctrl+C)"
            )
        )
        self.redirect_shown = self.redirect_box.shown
        self.copy_button = self.redirect_box.copy_button
        self.copy_button.clicked.connect(
            lambda: self.copyRequested.emit(self.redirect_uri.value() or DEFAULT_REDIRECT_URI)
        )
        layout.addWidget(self.redirect_box)
        layout.addSpacing(4)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced_toggle.setAccessibleDescription(
            self.tr(
                "The redirect address and the client type; only change these if your admin "
                "asks you to"
            )
        )
        set_role(self.advanced_toggle, "disclosure")
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        layout.addWidget(self.advanced_toggle)
        self.advanced = self._make_advanced()
        self.advanced.setVisible(False)
        layout.addWidget(self.advanced)
        self._update_redirect_note()

    def _make_advanced(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(18, 0, 0, 0)
        grid.setVerticalSpacing(4)
        self.redirect_uri = TextField(
            self.tr("Redirect address (redirect URI)"),
            validation.check_redirect_uri,
            self.tr("Must match the address registered for the client, exactly"),
        )
        self.redirect_uri.edit.setText(DEFAULT_REDIRECT_URI)
        self.redirect_uri.edit.textChanged.connect(self._update_redirect_note)
        grid.addWidget(self.redirect_uri, 0, 0)
        self.use_pkce = QCheckBox(self.tr("Mobile-based client type (use PKCE)"))
        self.use_pkce.setAccessibleName(self.tr("Mobile-based client type (use PKCE)"))
        self.use_pkce.setAccessibleDescription(
            self.tr(
                "Tick this if the client was registered in Zoho's API console as a "
                "Mobile-based Applications client"
            )
        )
        grid.setRowMinimumHeight(1, 6)
        self.use_pkce_lock = LockNote()
        self.use_pkce_help = HelpButton(
            self.tr("What is the mobile-based client type?"),
            self.tr(
                "Zoho's API console offers several client types. Tick this only if your admin "
                "registered a Mobile-based Applications client; for a Server-based "
                "Applications client leave it off."
            ),
        )
        pkce_row = QHBoxLayout()
        pkce_row.setSpacing(12)
        pkce_row.addWidget(self.use_pkce)
        pkce_row.addWidget(self.use_pkce_help)
        pkce_row.addWidget(self.use_pkce_lock, 1)
        grid.addLayout(pkce_row, 2, 0)
        return box

    # --- reacting -----------------------------------------------------------------------

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_toggle.setAccessibleName(
            self.tr("Hide advanced settings") if shown else self.tr("Show advanced settings")
        )

    def _update_redirect_note(self) -> None:
        uri = self.redirect_uri.value() or DEFAULT_REDIRECT_URI
        self.redirect_note.setText(
            self.tr("Redirect address to register in Zoho's API console (exactly as shown):")
        )
        self.redirect_shown.setText(uri)
        self.redirect_shown.setAccessibleName(f"{self.redirect_note.text()} {uri}")

    # --- values ---------------------------------------------------------------------------

    def fill(self, details: ConnectionDetails) -> None:
        """Show the redirect address and client type of ``details``."""
        self.redirect_uri.edit.setText(details.redirect_uri)
        self.use_pkce.setChecked(details.use_pkce)

    def fill_practice(self, hint: PracticeHint) -> None:
        """The practice client's redirect address (unless a firm's preset locked it)."""
        if not self.redirect_uri.is_locked():
            self.redirect_uri.edit.setText(hint.redirect_uri)

    def tab_chain(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [
            self.redirect_help,
            self.copy_button,
            self.advanced_toggle,
            *tab_pair(self.redirect_uri),
            self.use_pkce,
            self.use_pkce_help,
        ]
