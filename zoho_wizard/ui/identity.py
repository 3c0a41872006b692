"""Reconnect: ask before a different Zoho user or a missing organization is accepted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from zoho_wizard.core.flow import IdentityChange, identity_change
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.controller import WizardController
from zoho_wizard.ui.loop import call_soon


def question_words(change: IdentityChange) -> tuple[str, str, str]:
    """The question, the explanation and the "yes" button's words, in plain language."""
    if change.other_user:
        question = QCoreApplication.translate(
            "IdentityQuestion",
            "You signed in as {new}, but this connection was made by {old}. Use {new}?",
        ).format(new=change.new_email, old=change.previous_email)
        more = QCoreApplication.translate(
            "IdentityQuestion",
            "Your firm's tools will then work in Zoho Books as {new}. To keep {old}, choose "
            "Sign in again and sign in with that account.",
        ).format(new=change.new_email, old=change.previous_email)
        if change.missing_organization:
            more += " " + QCoreApplication.translate(
                "IdentityQuestion",
                "The organization “{organization}” is not in this Zoho account, so you will "
                "choose another one.",
            ).format(organization=change.missing_organization)
        yes = QCoreApplication.translate("IdentityQuestion", "Use {new}").format(
            new=change.new_email
        )
        return question, more, yes
    question = QCoreApplication.translate(
        "IdentityQuestion", "The organization “{organization}” is not in this Zoho account."
    ).format(organization=change.missing_organization)
    more = QCoreApplication.translate(
        "IdentityQuestion",
        "You can use this sign-in anyway and choose another organization, or sign in again "
        "with the Zoho account that has “{organization}”.",
    ).format(organization=change.missing_organization)
    return (
        question,
        more,
        QCoreApplication.translate("IdentityQuestion", "Choose another organization"),
    )


class IdentityQuestion(QObject):
    """Shows the question while the flow has an unanswered :class:`IdentityChange`.

    The answer goes to the controller: ``accept_identity`` or ``reject_identity`` (sign in
    again). Closing the dialog counts as "Sign in again", the choice that changes nothing.

    Attributes:
        box: The open dialog, if any (tests click its buttons).
        accept_button, reject_button: Its two buttons.
    """

    def __init__(self, window: QWidget, controller: WizardController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.box: QMessageBox | None = None
        self.accept_button: QPushButton | None = None
        self.reject_button: QPushButton | None = None
        self._asked: IdentityChange | None = None
        self._pending = False
        controller.stateChanged.connect(self._state_changed)

    def _state_changed(self, _ui: ScreenState) -> None:
        # Ask once the wizard has moved to the organization page (same loop turn order).
        if not self._pending:
            self._pending = True
            call_soon(self, self._sync)

    def _sync(self) -> None:
        self._pending = False
        change = identity_change(self.controller.state)
        if change == self._asked and (change is None or self.box is not None):
            return
        self._close()
        self._asked = change
        if change is not None:
            self._ask(change)

    def _close(self) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.finished.disconnect()
            box.done(0)
            box.deleteLater()

    def _ask(self, change: IdentityChange) -> None:
        question, more, yes = question_words(change)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Reconnect “{name}”").format(name=change.connection))
        box.setText(question)
        box.setInformativeText(more)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        reject = box.addButton(self.tr("Sign in again"), QMessageBox.ButtonRole.RejectRole)
        accept.setAccessibleName(yes)
        reject.setAccessibleName(self.tr("Sign in again"))
        reject.setAccessibleDescription(
            self.tr("Opens Zoho's sign-in page again, to sign in with another account")
        )
        box.setDefaultButton(reject)
        box.setEscapeButton(reject)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box, accept))
        self.box, self.accept_button, self.reject_button = box, accept, reject
        box.open()

    def _answered(self, box: QMessageBox, accept: QPushButton) -> None:
        if box is not self.box:
            return
        self.box = None
        box.deleteLater()
        if box.clickedButton() is accept:
            self.controller.accept_identity()
        else:
            self._asked = None
            self.controller.reject_identity()
