"""Message strips: a coloured banner with an icon, and the error panel with its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.core import errors
from zoho_wizard.core.errors import Action, ZohoWizardError
from zoho_wizard.core.screen import Offer
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.theme import set_role

_ICONS = {
    "info": "info",
    "success": "check",
    "warning": "warning",
    "error": "error",
    "practice": "practice",
}


class Banner(QFrame):
    """A rounded strip with an icon, a bold title, body text and optional buttons.

    Kinds: ``info``, ``success``, ``warning``, ``error``, ``practice``. The text says
    everything; the colour only repeats it.
    """

    def __init__(
        self, kind: str = "info", title: str = "", text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = ""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(12)
        self.icon = QLabel(self)
        self.icon.setFixedSize(22, 22)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.title)
        column.addWidget(self.body)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(8)
        column.addLayout(self.extra)
        outer.addLayout(column, 1)
        self.side = QVBoxLayout()  # buttons beside the text
        self.side.setSpacing(8)
        outer.addLayout(self.side)
        self.set_kind(kind)
        self.set_text(title, text)

    def set_kind(self, kind: str) -> None:
        """Change the banner's colour and icon."""
        if kind != self._kind:
            self._kind = kind
            set_role(self, "banner", kind=kind)
            self.icon.setPixmap(pixmap(_ICONS.get(kind, "info"), 22, self.devicePixelRatioF()))

    def kind(self) -> str:
        """The banner's kind."""
        return self._kind

    def set_text(self, title: str, text: str = "") -> None:
        """Change the words (an empty part hides itself)."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.body.setText(text)
        self.body.setVisible(bool(text))
        self.setAccessibleName(title or text)
        self.setAccessibleDescription(text if title else "")


def action_label(action: Action, hint: str = "", *, for_admin: bool = False) -> str:
    """Default button words for a recovery action.

    ``for_admin``: the error is the firm's IT admin's to fix, so the console button says
    whose it is (the person here leads with the message for the admin instead).
    """
    # Written out in full: pyside6-lupdate only recognises QCoreApplication.translate.
    if action is Action.RETRY and hint == "save":
        return QCoreApplication.translate("ErrorPanel", "Try saving again")
    if action is Action.TRY_AGAIN and hint == "new_code":
        return QCoreApplication.translate("ErrorPanel", "Paste a new code")
    if action is Action.TRY_AGAIN and hint == "new_device_code":
        return QCoreApplication.translate("ErrorPanel", "Get a new code")
    if action is Action.OPEN_API_CONSOLE and for_admin:
        return QCoreApplication.translate("ErrorPanel", "Open Zoho's API console (for your admin)")
    labels = {
        Action.TRY_AGAIN: QCoreApplication.translate("ErrorPanel", "Sign in again"),
        Action.RECONNECT: QCoreApplication.translate("ErrorPanel", "Sign in again"),
        Action.BACK_TO_DETAILS: QCoreApplication.translate("ErrorPanel", "Back to details"),
        Action.COPY_REDIRECT_URI: QCoreApplication.translate("ErrorPanel", "Copy redirect address"),
        Action.OPEN_API_CONSOLE: QCoreApplication.translate(
            "ErrorPanel", "Open Zoho's API console"
        ),
        Action.WAIT: QCoreApplication.translate("ErrorPanel", "Try again"),
        Action.RETRY: QCoreApplication.translate("ErrorPanel", "Try again"),
        Action.CHOOSE_STORAGE: QCoreApplication.translate(
            "ErrorPanel", "Keep for this session only"
        ),
        Action.COPY_ADMIN_MESSAGE: QCoreApplication.translate(
            "ErrorPanel", "Copy a message for your IT admin"
        ),
        Action.FIX_PERMISSIONS: QCoreApplication.translate(
            "ErrorPanel", "Make it private and open"
        ),
        Action.NONE: QCoreApplication.translate("ErrorPanel", "Close"),
        Action.FIX_PERMISSIONS: QCoreApplication.translate(
            "ErrorPanel", "Make it private and open"
        ),
    }
    return labels[action]


def format_wait(seconds: float) -> str:
    """``14:05`` style minutes and seconds."""
    total = max(0, int(seconds + 0.999))
    return f"{total // 60}:{total % 60:02d}"


class ErrorPanel(Banner):
    """An error in plain words (what happened, what to do) with its recovery buttons.

    The offer marked primary is the screen's main button, unless the page says its own
    main button is on screen (``lead=False``): one main button per screen. When only the
    firm's IT admin can fix the error, the main button copies a message for them, and a
    line under the buttons confirms the copy.

    Signals:
        actionTriggered(object): the person clicked the button for this Action.
    """

    actionTriggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent=parent)
        self.buttons: dict[Action, QPushButton] = {}
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._row.setContentsMargins(0, 6, 0, 0)
        self.extra.addLayout(self._row)
        self.copied = QLabel(self)
        self.copied.setWordWrap(True)
        self.copied.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.copied, "successText")
        self.copied.hide()
        self.extra.addWidget(self.copied)
        self._signature: tuple[object, ...] = ()
        self.hide()

    def render_state(
        self,
        error: ZohoWizardError | None,
        offers: tuple[Offer, ...],
        wait_left: float = 0.0,
        *,
        lead: bool = True,
    ) -> None:
        """Show ``error`` with ``offers`` (or hide when there is no error); with ``lead``
        False every button is a secondary one (the page's own main button is showing)."""
        if error is None:
            self.hide()
            self._signature = ()
            return
        for_admin = any(o.action is Action.COPY_ADMIN_MESSAGE for o in offers)
        fix = errors.FIX_BY_ADMIN if for_admin else error.fix  # (the admin's is in the message)
        self.set_text(core_text(error.message), core_text(fix))
        signature = (id(error), lead, tuple((o.action, o.primary, o.label) for o in offers))
        if signature != self._signature:
            self._signature = signature
            self._rebuild(offers, lead)
        wait_button = self.buttons.get(Action.WAIT)
        if wait_button is not None:
            if wait_left > 0:
                wait_button.setEnabled(False)
                wait_button.setText(
                    self.tr("Try again in {time}").format(time=format_wait(wait_left))
                )
            else:
                wait_button.setEnabled(True)
                wait_button.setText(action_label(Action.WAIT))
            wait_button.setAccessibleName(wait_button.text())
        self.show()

    def _rebuild(self, offers: tuple[Offer, ...], lead: bool) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not when the event loop gets to it
                widget.deleteLater()
        self.buttons = {}
        self.copied.hide()
        for_admin = any(o.action is Action.COPY_ADMIN_MESSAGE for o in offers)
        for offer in offers:
            button = QPushButton(action_label(offer.action, offer.label, for_admin=for_admin), self)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Recovery action for the error above"))
            set_role(button, "primary" if offer.primary and lead else "secondary")
            button.clicked.connect(lambda _=False, a=offer.action: self._clicked(a))
            self._row.addWidget(button)
            self.buttons[offer.action] = button
        self._row.addStretch(1)

    def _clicked(self, action: Action) -> None:
        if action is Action.COPY_ADMIN_MESSAGE:
            self.copied.setText(self.tr("Copied — paste it into an e-mail to your IT admin"))
            self.copied.show()
        self.actionTriggered.emit(action)

    def main_button(self) -> QPushButton | None:
        """The button styled as the main one, if any is showing."""
        return next((b for b in self.buttons.values() if b.property("role") == "primary"), None)
