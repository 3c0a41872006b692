"""Where the firm's app was registered (its home data center), under Advanced.

Nobody signing in needs to know their own data center: the sign-in starts at the app's
home and Zoho sends each person on to theirs. Only the app's home matters, and the
firm's admin (or a setup file) knows it; a Self Client's code is made in one data
center's API console, so that way in needs it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.ui.details.field import ROW_SPACING, caption_row
from zoho_wizard.ui.help import HelpButton
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.preset_view import LockNote
from zoho_wizard.ui.widgets import label


class DataCenterField(QWidget):
    """ "App registered in": the data centers, the hint, and the firm's lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._self_client = False
        self._locked = False
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
        self.data_center.setMinimumContentsLength(30)
        self.data_center.view().setMinimumWidth(self.data_center.view().sizeHintForColumn(0))
        self.data_center.setAccessibleName(self.tr("Data center where the app was registered"))
        caption = label(self.tr("App registered in"), "fieldLabel", wrap=False)
        caption.setBuddy(self.data_center)
        self.lock = LockNote()
        self.help = HelpButton(
            self.tr("What is the data center?"),
            self.tr(
                "Where your firm's IT admin registered the app: the data center of the Zoho "
                "API console they used (zoho.eu is Europe). Every sign-in starts there, and "
                "Zoho sends each person on to their own data center. If you are not sure, "
                "keep United States, where most apps are registered."
            ),
        )
        self.hint = label("", "hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(ROW_SPACING)
        column.addWidget(caption_row(caption, self.lock, self.help))
        column.addWidget(self.data_center, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.hint)
        self.set_mode(self_client=False)

    def set_mode(self, *, self_client: bool) -> None:
        """Word the hint for signing in or for a Self Client."""
        self._self_client = self_client
        if self_client:
            self.hint.setText(
                self.tr(
                    "The one whose API console you used (api-console.zoho.eu is Europe…). "
                    "It can't be detected here: a pasted code doesn't say where your account is."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Where your firm's app was registered, not where your account is: Zoho "
                    "forwards you. Not sure? Keep United States."
                )
            )
        self.data_center.setAccessibleDescription(
            self.lock.text.text() if self._locked else self.hint.text()
        )
        # A data center the firm set needs no advice on choosing one.
        self.hint.setVisible(not self._locked)

    def set_locked(self, locked: bool) -> None:
        """Whether the firm's setup fixed the data center (its hint then goes)."""
        self._locked = locked
        self.data_center.setFrame(not locked)
        self.set_mode(self_client=self._self_client)

    def is_locked(self) -> bool:
        """Whether the firm's setup fixed the data center."""
        return self._locked

    def value(self) -> str:
        """The chosen data center's id."""
        return str(self.data_center.currentData())

    def choose(self, dc: str) -> None:
        """Choose the data center ``dc`` (an unknown id changes nothing)."""
        index = self.data_center.findData(dc)
        if index >= 0 and self.data_center.currentIndex() != index:
            self.data_center.setCurrentIndex(index)

    def reset_for_practice(self) -> None:
        """The practice app is registered in the default data center (unless locked)."""
        if not self._locked:
            self.choose(DEFAULT_DATA_CENTER)

    def tab_chain(self) -> list[QWidget]:
        """Tab order: the list, then its "What is …?"."""
        return [self.data_center, self.help]
