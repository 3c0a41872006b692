"""Sign in on your phone or another computer: the code, the address and its QR code.

For when Zoho's page cannot finish in this window or in the person's own browser here (a
remote desktop, a locked-down PC, a firewall, a company sign-in): they open the address
on any device, enter the code, and approve; the window carries on by itself
(:mod:`zoho_wizard.core.device`; the controller asks Zoho in the background).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import device
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.screen import ScreenState, recovery_offers
from zoho_wizard.ui.banner import ErrorPanel, format_wait
from zoho_wizard.ui.countdown import CountdownRing
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.theme import pt, set_role
from zoho_wizard.ui.widgets import Spinner, ValueLabel, label

QR_MODULE_PX = 5
"""Pixels per QR module (at a device pixel ratio of 1): big enough for a phone's camera
across a desk, small enough to fit beside the steps."""


def qr_pixmap(text: str, device_ratio: float = 1.0) -> QPixmap:
    """``text`` as a QR code: dark modules on white with the quiet zone, whatever the
    window's colours (cameras read dark-on-light), drawn from segno's PNG."""
    import io

    import segno

    scale = max(1, round(QR_MODULE_PX * device_ratio))
    buffer = io.BytesIO()
    segno.make(text, error="m").save(
        buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff"
    )
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(buffer.getvalue()), "PNG")
    pixmap.setDevicePixelRatio(scale / QR_MODULE_PX)
    return pixmap


class DeviceSignInPage(StatePage):
    """The code to approve on another device, with the address (as text, to copy or open,
    and as a QR code), the app's name, and the code's five minutes counting down.

    Signals:
        copyRequested(str): copy this text.
        openRequested(str): open this address in the web browser here.
        actionTriggered(object): a recovery button (an ``errors.Action``) was clicked.
    """

    step = Step.DEVICE
    copyRequested = Signal(str)
    openRequested = Signal(str)
    actionTriggered = Signal(object)

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._shown_key = ""
        self.set_heading(
            self.tr("Sign in on your phone or another computer"),
            self.tr(
                "Open the address on any phone or computer, enter the code and approve. "
                "This window carries on by itself."
            ),
        )
        outer = QVBoxLayout(self)
        self.align(outer)
        outer.setSpacing(12)
        self.waiting_row = QHBoxLayout()
        self.spinner = Spinner(18, self)
        self.waiting_row.addWidget(self.spinner)
        self.status = label("", "", self)
        self.waiting_row.addWidget(self.status, 1)
        outer.addLayout(self.waiting_row)
        self.body = QFrame(self)
        set_role(self.body, "card")
        outer.addWidget(self.body)
        self._build_body()
        self.error_panel = ErrorPanel(self)
        self.error_panel.actionTriggered.connect(self.actionTriggered)
        outer.addWidget(self.error_panel)
        outer.addStretch(1)
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(250)
        self.repaint_timer.timeout.connect(self._tick)

    # --- building ----------------------------------------------------------------------

    def _build_body(self) -> None:
        grid = QGridLayout(self.body)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(6)
        steps = QVBoxLayout()
        steps.setSpacing(6)
        steps.addWidget(label(self.tr("1. On your phone or another computer, open"), "fieldLabel"))
        self.address = ValueLabel(self.tr("Address to open"), "mono", self.body)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps.addWidget(self.address)
        row = QHBoxLayout()
        self.copy_address = self._button(self.tr("Copy address"), self._copy_address)
        self.open_address = self._button(self.tr("Open in browser"), self._open_address)
        self.open_address.setAccessibleDescription(
            self.tr("Opens the address in the web browser on this computer")
        )
        row.addWidget(self.copy_address)
        row.addWidget(self.open_address)
        row.addStretch(1)
        steps.addLayout(row)
        steps.addSpacing(8)
        steps.addWidget(label(self.tr("2. Enter this code"), "fieldLabel"))
        code_row = QHBoxLayout()
        self.code = ValueLabel(self.tr("Code to enter"), "", self.body)
        # Large, in a typewriter face (0 and O, 1 and I apart), easy to read across a desk.
        self.code.setStyleSheet(
            f'font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: {pt(2.4)};'
            " font-weight: 600; letter-spacing: 3px;"
        )
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_row.addWidget(self.code)
        self.copy_code = self._button(self.tr("Copy code"), self._copy_code)
        code_row.addWidget(self.copy_code, 0, Qt.AlignmentFlag.AlignVCenter)
        code_row.addStretch(1)
        steps.addLayout(code_row)
        steps.addSpacing(8)
        steps.addWidget(label(self.tr("3. Check the app's name, then choose Accept"), "fieldLabel"))
        self.app_name = label("", "", self.body)
        steps.addWidget(self.app_name)
        steps.addStretch(1)
        grid.addLayout(steps, 0, 0)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.qr = QLabel(self.body)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of the address to open"))
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_hint = label(self.tr("Or scan this with your phone's camera"), "hint", self.body)
        qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(qr_hint)
        side.addSpacing(6)
        self.ring = CountdownRing(self.body)
        self.ring.setAccessibleName(self.tr("Time left for the code"))
        side.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        self.time_left = label("", "hint", self.body)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.time_left)
        side.addStretch(1)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 1)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self.body)
        button.setAccessibleName(text)
        set_role(button, "secondary")
        button.clicked.connect(slot)
        return button

    # --- intents -------------------------------------------------------------------------

    def _sign_in(self) -> device.DeviceSignIn | None:
        return self.ui.device if self.ui is not None else None

    def _copy_address(self) -> None:
        sign_in = self._sign_in()
        if sign_in is not None:
            self.copyRequested.emit(sign_in.code.verification_url)
            self.copy_address.setText(self.tr("Copied"))
            self._reset_later(self.copy_address, self.tr("Copy address"))

    def _open_address(self) -> None:
        sign_in = self._sign_in()
        if sign_in is not None:
            self.openRequested.emit(sign_in.code.address_to_open)

    def _copy_code(self) -> None:
        sign_in = self._sign_in()
        if sign_in is not None:
            self.copyRequested.emit(sign_in.code.user_code)
            self.copy_code.setText(self.tr("Copied"))
            self._reset_later(self.copy_code, self.tr("Copy code"))

    @staticmethod
    def _reset_later(button: QPushButton, text: str) -> None:
        # "Copied" for a moment; the button is the timer's context (gone with the page).
        QTimer.singleShot(1500, button, lambda: button.setText(text))

    # --- rendering -----------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        sign_in = ui.device if ui.flow.step is Step.DEVICE else None
        failed = ui.flow.phase is Phase.FAILED and ui.flow.error is not None
        self.error_panel.render_state(ui.flow.error if failed else None, recovery_offers(ui))
        waiting = sign_in is not None and sign_in.waiting and not failed
        self.body.setVisible(waiting)
        if sign_in is not None and sign_in.key != self._shown_key:
            self._shown_key = sign_in.key
            self._show_code(sign_in)
        if failed:
            self._set_status("", busy=False)
        elif sign_in is None:
            self._set_status(self.tr("Getting a code from Zoho…"), busy=True)
        elif sign_in.phase is device.DevicePhase.APPROVED:
            self._set_status(self.tr("Approved. Finishing…"), busy=True)
        else:
            self._set_status(self._waiting_words(sign_in), busy=True)
        self._tick()

    def _show_code(self, sign_in: device.DeviceSignIn) -> None:
        code = sign_in.code
        self.address.setText(code.verification_url)
        self.code.setText(code.user_code)
        name = sign_in.client_name
        self.app_name.setText(
            self.tr("It asks for “{name}”.").format(name=name)
            if name
            else self.tr("It names the app your firm set up for Zoho Books.")
        )
        self.qr.setPixmap(qr_pixmap(code.address_to_open, self.devicePixelRatioF()))
        self.qr.setAccessibleDescription(code.address_to_open)

    def _waiting_words(self, sign_in: device.DeviceSignIn) -> str:
        every = max(1, round(sign_in.interval))
        words = self.tr("Waiting for you to approve… (checking every {n} seconds)").format(n=every)
        if sign_in.location:
            words += " " + self.tr("Your account is in another data center: checking there.")
        return words

    def _set_status(self, text: str, *, busy: bool) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.spinner.set_spinning(busy and bool(text))
        self.spinner.setVisible(busy and bool(text))

    def _tick(self) -> None:
        sign_in = self._sign_in()
        if sign_in is None or not self.body.isVisibleTo(self):
            return
        left = device.seconds_left(sign_in, self._clock())
        self.ring.set_time(left, sign_in.code.expires_in)
        self.time_left.setText(
            self.tr("The code works for {time} more").format(time=format_wait(left))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.repaint_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.repaint_timer.stop()
        super().hideEvent(event)
