"""What the consent page shows while the sign-in happens in the person's own browser."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.own_browser import OwnBrowserPhase, OwnBrowserState
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.resources import icon, pixmap
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label


class OwnBrowserView(QWidget):
    """A calm card: "finish signing in in your web browser", or why that can't happen.

    Signals:
        reopenRequested(): open the sign-in page in the browser again.
        retryRequested(): start listening again and reopen the browser.
        cancelRequested(): stop waiting; sign in inside the window instead.
        backRequested(): go back to the details (to change the redirect address).
        copyRequested(str): copy this text (the redirect address to register).
        deviceRequested(): sign in on another device instead (when the browser here
            cannot finish and there is an app for it: :meth:`offer_device`).
    """

    reopenRequested = Signal()
    retryRequested = Signal()
    cancelRequested = Signal()
    backRequested = Signal()
    copyRequested = Signal(str)
    deviceRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        self.card = QFrame(self)
        set_role(self.card, "card")
        self.card.setMaximumWidth(720)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 12)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        body = QVBoxLayout(self.card)
        body.setContentsMargins(28, 24, 28, 24)
        body.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(14)
        self.icon = QLabel(self.card)
        self.icon.setFixedSize(32, 32)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = label("", "cardTitle")
        top.addWidget(self.title, 1)
        body.addLayout(top)
        self.text = label("", selectable=True)
        body.addWidget(self.text)

        self.busy = QProgressBar(self.card)
        self.busy.setRange(0, 0)  # moving: we are waiting for the browser
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Waiting for your web browser"))
        set_role(self.busy, "thin")
        body.addWidget(self.busy)

        self.address_box = QFrame(self.card)
        set_role(self.address_box, "addressBar")
        address_row = QHBoxLayout(self.address_box)
        address_row.setContentsMargins(12, 6, 6, 6)
        self.address = label("", "mono", wrap=False, selectable=True)
        self.address.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        address_row.addWidget(self.address, 1)
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the redirect address"))
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self.address.text()))
        address_row.addWidget(self.copy_button)
        body.addWidget(self.address_box)

        self.hint = label("", "hint")
        body.addWidget(self.hint)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.retry_button = QPushButton(self.tr("Try again"))
        set_role(self.retry_button, "primary")
        self.retry_button.clicked.connect(self.retryRequested)
        self.back_button = QPushButton(self.tr("Back to details"))
        self.back_button.clicked.connect(self.backRequested)
        self.reopen_button = QPushButton(self.tr("Open the page again"))
        self.reopen_button.setAccessibleDescription(
            self.tr("Opens Zoho's sign-in page in your web browser once more")
        )
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.device_button = QPushButton(self.tr("Sign in on your phone or another computer"))
        self.device_button.clicked.connect(self.deviceRequested)
        self._device_offered = False
        for button in (self.retry_button, self.back_button, self.reopen_button, self.device_button):
            buttons.addWidget(button)
            button.setAccessibleName(button.text())
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        body.addLayout(buttons)
        self._phase: OwnBrowserPhase | None = None

    def show_state(self, own: OwnBrowserState) -> None:
        """Show ``own`` (waiting, timed out, failed, or not possible)."""
        phase = own.phase
        self._phase = phase
        waiting = phase is OwnBrowserPhase.WAITING
        unsupported = phase is OwnBrowserPhase.UNSUPPORTED
        if waiting:
            kind = "info"
            title = self.tr("Finish signing in with your web browser…")
            text = self.tr(
                "Zoho's sign-in page is open in your web browser. Sign in there and choose "
                "Accept; we'll continue here automatically."
            )
            hint = self.tr(
                "No new browser tab? Choose “Open the page again”. {invalid_client}"
            ).format(invalid_client=self._invalid_client_hint())
        elif phase is OwnBrowserPhase.TIMED_OUT:
            kind = "warning"
            title = self.tr("The sign-in in your web browser timed out")
            text = self.tr(
                "Nothing came back from your web browser in time, so this window stopped "
                "waiting. Try again, or sign in inside this window instead."
            )
            hint = self._invalid_client_hint()
        elif unsupported:
            kind = "warning"
            title = self.tr("Your web browser can't hand the sign-in back to this window")
            text = self.tr(
                "That needs a redirect address on this computer, and this client uses another "
                "one. Ask your firm's admin to register this address for the client in "
                "Zoho's API console, then enter it under Advanced on the details page:"
            )
            hint = self.tr("Or sign in inside this window, as before.")
        else:
            kind = "error"
            error = own.error
            title = (
                core_text(error.message) if error else self.tr("Your web browser could not be used")
            )
            text = core_text(error.fix) if error else ""
            hint = ""
        self.icon.setPixmap(pixmap(kind, 32, self.devicePixelRatioF()))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.busy.setVisible(waiting)
        self.address_box.setVisible(unsupported)
        self.address.setText(DEFAULT_REDIRECT_URI)
        self.reopen_button.setVisible(waiting)
        self.retry_button.setVisible(phase in (OwnBrowserPhase.TIMED_OUT, OwnBrowserPhase.FAILED))
        self.back_button.setVisible(unsupported)
        self.device_button.setVisible(self._device_offered and not waiting)
        self.cancel_button.setText(
            self.tr("Cancel, sign in here instead")
            if waiting
            else self.tr("Sign in inside this window")
        )
        self.cancel_button.setAccessibleName(
            self.tr("Cancel and sign in inside this window")
            if waiting
            else self.tr("Sign in inside this window")
        )
        self.card.setAccessibleName(title)
        self.card.setAccessibleDescription(text)

    def offer_device(self, offered: bool) -> None:
        """Whether signing in on another device is offered when this browser can't finish."""
        self._device_offered = offered
        self.device_button.setVisible(
            offered and self._phase not in (None, OwnBrowserPhase.WAITING)
        )

    def _invalid_client_hint(self) -> str:
        # Zoho's "Invalid Client" page ends the sign-in in the person's browser, where
        # this window cannot see it (the embedded browser recognises it by itself).
        return self.tr(
            "If Zoho shows “Invalid Client”, it does not know this app in your Zoho "
            "account's data center: ask your firm's admin to check the client ID and to turn "
            "on Multi-DC for it in Zoho's API console."
        )

    @property
    def phase(self) -> OwnBrowserPhase | None:
        """The phase on screen."""
        return self._phase
