"""The question asked before closing a wizard whose connection is under way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# Words are translated with QCoreApplication.translate("ConnectWizard", ...) written out
# in full, so that pyside6-lupdate files them under the wizard's context, as before.


def ask_before_closing(
    parent: QWidget, stored: bool, on_close: Callable[[], None], on_answer: Callable[[], None]
) -> QMessageBox:
    """Open (window-modal) "Stop connecting to Zoho Books?"; Enter and Escape keep going.

    Args:
        parent: The wizard.
        stored: The connection is saved already (only the organization is missing).
        on_close: Called when the person chose "Close anyway".
        on_answer: Called when the question is answered, either way (before ``on_close``).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ConnectWizard", "Stop connecting?"))
    box.setText(QCoreApplication.translate("ConnectWizard", "Stop connecting to Zoho Books?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "ConnectWizard",
            "The connection is saved, but no organization is chosen yet. If you close "
            "now, choose Reconnect next time to finish it.",
        )
        if stored
        else QCoreApplication.translate(
            "ConnectWizard",
            "The connection is not finished. If you close now, nothing is saved and you "
            "start again next time.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("ConnectWizard", "&Keep connecting"),
        QMessageBox.ButtonRole.RejectRole,
    )
    close = box.addButton(
        QCoreApplication.translate("ConnectWizard", "Close &anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep.setAccessibleName(QCoreApplication.translate("ConnectWizard", "Keep connecting"))
    close.setAccessibleName(QCoreApplication.translate("ConnectWizard", "Close anyway"))
    box.setDefaultButton(keep)  # Enter and Escape both keep the connection going
    box.setEscapeButton(keep)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_result: int) -> None:
        chosen = box.clickedButton()
        box.deleteLater()
        on_answer()
        if chosen is close:
            on_close()

    box.finished.connect(answered)
    box.open()
    return box
