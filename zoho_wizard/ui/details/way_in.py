"""How the person connects: sign in to Zoho, sign in on another device, or paste a code
from the API console.

Signing in is what nearly everyone does, so the choice sits under Advanced ("Other ways
to connect"); a firm that uses a Self Client tells its staff to look there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from zoho_wizard.core.flow import Step, WayIn
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.widgets import label


class WayInChoice(QWidget):
    """ "Other ways to connect": the sign-in (the usual one) or a Self Client code.

    The Self Client panel itself (:class:`~zoho_wizard.ui.details.self_client.SelfClientPanel`)
    follows under Advanced when that way is chosen.

    Signals:
        modeChanged(bool): True when the person chose the code from the API console.
    """

    modeChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Other ways to connect"), "fieldLabel"))
        self.sign_in_mode = QRadioButton(self.tr("Sign in to Zoho (recommended)"))
        self.sign_in_mode.setAccessibleName(self.tr("Sign in to Zoho"))
        self.sign_in_mode.setAccessibleDescription(
            self.tr("Sign in with your Zoho account on Zoho's own page, inside this window")
        )
        self.self_client_mode = QRadioButton(
            self.tr("Use a code from the API console (Self Client)")
        )
        self.self_client_mode.setAccessibleName(
            self.tr("Use a code from Zoho's API console (Self Client)")
        )
        self.self_client_mode.setAccessibleDescription(
            self.tr(
                "For firms that use a Self Client: paste a code generated in Zoho's API "
                "console; no sign-in page and no redirect address"
            )
        )
        self.device_mode = QRadioButton(self.tr("Sign in on your phone or another computer"))
        self.device_mode.setAccessibleName(self.device_mode.text())
        self.device_mode.setAccessibleDescription(
            self.tr(
                "Shows a code to enter on any phone or computer, for when Zoho's page cannot "
                "open on this computer"
            )
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.sign_in_mode)
        self.mode_group.addButton(self.device_mode)
        self.mode_group.addButton(self.self_client_mode)
        self.sign_in_mode.setChecked(True)
        # One under the other: side by side, a longer translation would not fit.
        modes = QVBoxLayout()
        modes.setSpacing(6)
        # Only as wide as their words: a click in the empty space beside them does nothing.
        modes.addWidget(self.sign_in_mode, 0, Qt.AlignmentFlag.AlignLeft)
        modes.addWidget(self.device_mode, 0, Qt.AlignmentFlag.AlignLeft)
        modes.addWidget(self.self_client_mode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(modes)
        self.mode_hint = label("", "hint")
        layout.addWidget(self.mode_hint)
        self.self_client_mode.toggled.connect(self._mode_changed)
        self.device_mode.toggled.connect(lambda _on: self._mode_changed(self.is_self_client()))
        self._mode_changed(False)

    def _mode_changed(self, self_client: bool) -> None:
        if self_client:
            hint = self.tr(
                "No sign-in page and no redirect address: you paste a one-time code made "
                "in Zoho's API console."
            )
        elif self.is_device():
            hint = self.tr(
                "You approve on another device. It needs your firm's app for other devices "
                "(a “Non-browser Applications” client; its ID starts with 1004.), which a "
                "setup file from your admin brings."
            )
        else:
            hint = ""
        self.mode_hint.setText(hint)
        self.mode_hint.setVisible(bool(self.mode_hint.text()))
        self.modeChanged.emit(self_client)

    def is_self_client(self) -> bool:
        """True when the person chose to paste a code from the API console."""
        return self.self_client_mode.isChecked()

    def is_device(self) -> bool:
        """True when the person chose to sign in on another device."""
        return self.device_mode.isChecked()

    def render_state(self, ui: ScreenState) -> None:
        """Back from a Self Client or device attempt: that way in stays chosen."""
        at_details = ui.flow.step is Step.DETAILS
        if at_details and ui.flow.self_client and not self.self_client_mode.isChecked():
            self.self_client_mode.setChecked(True)
        if at_details and ui.flow.way_in is WayIn.DEVICE and not self.device_mode.isChecked():
            self.device_mode.setChecked(True)

    def tab_chain(self) -> list[QWidget]:
        """Tab order: the three ways in."""
        return [self.sign_in_mode, self.device_mode, self.self_client_mode]
