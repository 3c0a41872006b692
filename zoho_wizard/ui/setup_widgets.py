"""What the setup-file screens share: the file dialogs, a setup file that could not be
opened (with "Make it private and open" when that is the fix), and the offer to delete a
setup file once its secret is in this computer's password store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from zoho_wizard.core.errors import Action
from zoho_wizard.core.screen import ScreenState, recovery_offers
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.theme import set_role

# Words are translated with QCoreApplication.translate("SetupFiles", ...) written out in
# full, so that pyside6-lupdate files them under the context used at run time.


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_setup_file(parent: QWidget | None) -> Path | None:
    """Ask which setup file to open (an open dialog); None when the person cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SetupFiles", "Open the setup file from your IT admin"),
        str(_documents()),
        QCoreApplication.translate("SetupFiles", "Setup files (*.zohowizard *.toml)")
        + ";;"
        + QCoreApplication.translate("SetupFiles", "All files (*)"),
    )
    return Path(chosen) if chosen else None


def suggested_setup_path() -> Path:
    """Where "Save setup file…" suggests saving."""
    name = QCoreApplication.translate("SetupFiles", "Zoho Books setup")
    return _documents() / f"{name}.zohowizard"


def ask_setup_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the setup file for staff; None when the person cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SetupFiles", "Save the setup file for staff"),
        str(suggested),
        QCoreApplication.translate("SetupFiles", "Setup files (*.zohowizard)"),
    )
    return Path(chosen) if chosen else None


def _button(text: str, description: str, role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAccessibleDescription(description)
    set_role(button, role)
    return button


class SetupProblem(Banner):
    """A setup file that could not be opened: what happened and what to do, with "Make it
    private and open" when others could read the file (core's offers decide).

    Signals:
        actionTriggered(object): the person chose this Action.
    """

    actionTriggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent=parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        self.fix_button = _button(
            QCoreApplication.translate("SetupFiles", "Make it private and open"),
            QCoreApplication.translate(
                "SetupFiles", "Lets only you read the setup file, then opens it"
            ),
            "primary",
            self,
        )
        self.fix_button.clicked.connect(lambda: self.actionTriggered.emit(Action.FIX_PERMISSIONS))
        row.addWidget(self.fix_button)
        row.addStretch(1)
        self.extra.addLayout(row)
        self.hide()

    def render_state(self, ui: ScreenState) -> None:
        """Show the current error (hidden when there is none)."""
        error = ui.flow.error
        if error is None:
            self.hide()
            return
        self.set_text(core_text(error.message), core_text(error.fix))
        actions = {offer.action for offer in recovery_offers(ui)}
        self.fix_button.setVisible(Action.FIX_PERMISSIONS in actions)
        self.show()


class SetupFileNotice(Banner):
    """After a setup file with the app's secret was opened: the secret is in this
    computer's password store now, so the file can go ("Delete the setup file"); then
    the confirmation that it went.

    Signals:
        deleteRequested(): delete the setup file that was opened.
    """

    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("success", parent=parent)
        self.setObjectName("setupFileNotice")
        self.delete_button = _button(
            QCoreApplication.translate("SetupFiles", "Delete the setup file"),
            QCoreApplication.translate(
                "SetupFiles", "Deletes the setup file; the app secret stays in the password store"
            ),
            "secondary",
            self,
        )
        self.delete_button.clicked.connect(self.deleteRequested)
        self.side.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def render_state(self, ui: ScreenState) -> None:
        """The offer while an opened setup file is still there, then the confirmation."""
        if ui.setup_opened is not None:
            self.set_text(
                QCoreApplication.translate("SetupFiles", "You can delete the setup file now"),
                QCoreApplication.translate(
                    "SetupFiles",
                    "The app secret it held is in this computer's password store now, so "
                    "the file “{name}” isn't needed any more. Deleting it keeps the secret "
                    "out of other hands.",
                ).format(name=ui.setup_opened.name),
            )
            self.delete_button.show()
            self.show()
        elif ui.notice:
            self.set_text(ui.notice)
            self.delete_button.hide()
            self.show()
        else:
            self.hide()
