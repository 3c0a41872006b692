"""The done page: what was connected, for whom, the name the firm's tools use, and where
the keys are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.endpoints import not_zoho_hosts
from zoho_wizard.core.flow import Step
from zoho_wizard.core.grant import Grant, proven_by_connecting
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.core.store import Profile
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text, describe_access
from zoho_wizard.ui.not_zoho import not_zoho_lines
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.saved_rows import readable_time
from zoho_wizard.ui.theme import set_icon, set_role
from zoho_wizard.ui.widgets import ValueLabel, label, mark_data


class DonePage(StatePage):
    """Shows the finished connection as a summary card, a Save receipt button, and Finish.

    The connection's name is the one thing the firm's tools need, so it is an editable
    line of its own ("Name your firm's tools use") with Rename and Copy; a refused name is
    explained under it. Every value is read by screen readers with its caption.

    Signals:
        receiptRequested(): "Save receipt…" was clicked.
        renameRequested(str): Rename was clicked with this name.
        copyRequested(str): copy this text (the name).
    """

    step = Step.DONE
    receiptRequested = Signal()
    renameRequested = Signal(str)
    copyRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("You're connected"),
            self.tr("Your firm's tools can now use Zoho Books through this connection."),
        )
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.align(layout)
        layout.setSpacing(14)

        self.card = QFrame(self)
        set_role(self.card, "card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(22, 18, 22, 20)
        card.setSpacing(14)
        card.addLayout(self._build_title())
        card.addLayout(self._build_name())
        card.addLayout(self._build_values())
        receipt_row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Save receipt…"), self.card)
        self.receipt_button.setAccessibleName(self.tr("Save receipt…"))
        self.receipt_button.setAccessibleDescription(
            self.tr("Saves a one-page PDF receipt of this connection for your records")
        )
        self.receipt_button.clicked.connect(self.receiptRequested)
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        card.addLayout(receipt_row)
        layout.addWidget(self.card)
        self.receipt_notice = Banner("success")
        self.receipt_notice.hide()
        layout.addWidget(self.receipt_notice)
        self.next_note = label(self.tr("Choose Finish to close this window."), "hint")
        layout.addWidget(self.next_note)
        layout.addStretch(1)

    # --- building ---------------------------------------------------------------------------

    def _build_title(self) -> QHBoxLayout:
        """A tick, the organization's name (what was connected) and who signed in."""
        heading = QHBoxLayout()
        heading.setSpacing(12)
        tick = QLabel(self.card)
        tick.setPixmap(pixmap("check", 30, self.devicePixelRatioF()))
        tick.setFixedSize(30, 30)
        heading.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.card_title = label("", "cardTitle", selectable=True)
        mark_data(self.card_title)  # the organization's name
        self.who = label("", "hint", selectable=True)
        titles.addWidget(self.card_title)
        titles.addWidget(self.who)
        heading.addLayout(titles, 1)
        return heading

    def _build_name(self) -> QVBoxLayout:
        """The name the firm's tools use: an editable line with Rename and Copy."""
        column = QVBoxLayout()
        column.setSpacing(6)
        caption = self.tr("Name your firm's tools use")
        self.name_caption = label(caption, "fieldLabel", wrap=False)
        column.addWidget(self.name_caption)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.name = QLineEdit(self.card)
        self.name.setAccessibleName(caption)
        self.name.setAccessibleDescription(
            self.tr("Scripts and spreadsheets find this connection by this name")
        )
        self.name_caption.setBuddy(self.name)
        mark_data(self.name)
        self.name.textEdited.connect(self._name_edited)
        self.name.installEventFilter(self)  # Enter renames (see eventFilter)
        row.addWidget(self.name, 1)
        self.rename_button = QPushButton(self.tr("Rename"), self.card)
        self.rename_button.setAccessibleName(self.tr("Rename"))
        self.rename_button.setAccessibleDescription(
            self.tr("Gives the connection the name in the box")
        )
        self.rename_button.clicked.connect(self._rename)
        row.addWidget(self.rename_button)
        self.copy_button = QPushButton(self.tr("Copy"), self.card)
        set_icon(self.copy_button, "copy")
        self.copy_button.setAccessibleName(self.tr("Copy"))
        self.copy_button.setAccessibleDescription(self.tr("Copies the connection's name"))
        self.copy_button.clicked.connect(self._copy)
        row.addWidget(self.copy_button)
        column.addLayout(row)
        self.name_note = label("", "fieldError")
        self.name_note.hide()
        column.addWidget(self.name_note)
        return column

    def _build_values(self) -> QGridLayout:
        """Caption and value pairs; each value is read with its caption."""
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("organization", self.tr("Organization")),
            ("data_center", self.tr("Data center")),
            ("access", self.tr("Access granted")),
            ("secrets", self.tr("Keys kept in")),
            ("when", self.tr("Connected on")),
        )
        for row, (key, title) in enumerate(rows):
            key_label = label(title, "cardKey", wrap=False)
            value = ValueLabel(title)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
        return self.grid

    # --- the name -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a changed name renames, and goes no further: the window's default
        button (Finish) must not close the window while the rename is under way."""
        if (
            watched is self.name
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.rename_button.isEnabled()
        ):
            self._rename()
            return True
        return super().eventFilter(watched, event)

    def _name_edited(self, _text: str) -> None:
        self.name_note.hide()
        self._dismissed = self.ui.flow.error if self.ui is not None else None
        self._show_name_buttons()

    def _show_name_buttons(self) -> None:
        profile = self.ui.flow.profile if self.ui is not None else None
        changed = profile is not None and self.name.text().strip() != profile.name
        self.rename_button.setEnabled(changed and not self._renaming)

    def _rename(self) -> None:
        new_name = self.name.text().strip()
        if not new_name:
            self.name_note.setText(self.tr("Type a name for the connection."))
            self.name_note.setAccessibleName(self.name_note.text())
            self.name_note.show()
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._renaming = True  # until the state says how it went
        self._show_name_buttons()
        self.renameRequested.emit(new_name)

    def _copy(self) -> None:
        profile = self.ui.flow.profile if self.ui is not None else None
        if profile is not None:
            self.copyRequested.emit(profile.name)
            self.name_note.setText(self.tr("Copied: {name}").format(name=profile.name))
            set_role(self.name_note, "successText")
            self.name_note.setAccessibleName(self.name_note.text())
            self.name_note.show()

    def _render_name(self, ui: ScreenState, profile: Profile) -> None:
        self._renaming = False
        if self._shown_name != profile.name:
            renamed = bool(self._shown_name)
            self._shown_name = profile.name
            self.name.setText(profile.name)
            self.name_note.hide()
            if renamed:
                set_role(self.name_note, "successText")
                self.name_note.setText(
                    self.tr("Renamed: your firm's tools now use “{name}”.").format(
                        name=profile.name
                    )
                )
                self.name_note.setAccessibleName(self.name_note.text())
                self.name_note.show()
        error = ui.flow.error
        if error is not None and error is not self._dismissed:
            # A name refused (taken, or not a valid name): said under the field.
            set_role(self.name_note, "fieldError")
            self.name_note.setText(f"{core_text(error.message)} {core_text(error.fix)}".strip())
            self.name_note.setAccessibleName(self.name_note.text())
            self.name_note.show()
        self._show_name_buttons()

    _shown_name = ""
    _renaming = False
    _dismissed: object = None  # the refusal the person has started typing over

    # --- the rest -----------------------------------------------------------------------------

    def validatePage(self) -> bool:
        return True  # Finish simply closes; everything was saved already

    def show_receipt_notice(self, kind: str, title: str, text: str) -> None:
        """Say where the receipt went (or why it could not be saved)."""
        self.receipt_notice.set_kind(kind)
        self.receipt_notice.set_text(title, text)
        self.receipt_notice.show()

    def _access_lines(self, profile: Profile) -> list[str]:
        """What was granted, or (when Zoho did not say) what was asked for, marking what
        connecting proved; never the request shown as if it were the grant."""
        grant = Grant.of(profile)
        if grant.granted is not None:
            return describe_access(grant.granted)
        proven = proven_by_connecting(profile)
        lines = [
            self.tr("{access} (confirmed)").format(access=line)
            for line in describe_access(grant.confirmed(proven))
        ]
        lines += [
            self.tr("{access} (asked for, not confirmed yet)").format(access=line)
            for line in describe_access(grant.unconfirmed(proven))
        ]
        lines.append(
            self.tr("Zoho did not say which access it granted; what was used is confirmed.")
        )
        return lines

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        state = ui.flow
        profile = state.profile
        if profile is None:
            return
        self._render_name(ui, profile)
        email = profile.user_email or state.user_email
        self.who.setText(
            self.tr("Connected as {email}").format(email=email)
            if email
            else self.tr("Connected to Zoho Books")
        )
        org_name = profile.organization_name or (
            state.organization.name if state.organization else ""
        )
        org_id = profile.organization_id or (
            state.organization.organization_id if state.organization else ""
        )
        self.card_title.setText(org_name or self.tr("Zoho Books"))
        currency = f" · {profile.currency_code}" if profile.currency_code else ""
        self.values["organization"].setText(
            self.tr("{name}{currency}\nOrganization ID {id}").format(
                name=org_name, currency=currency, id=org_id
            )
        )
        try:
            dc_label = core_text(by_id(profile.data_center).label)
        except KeyError:
            dc_label = profile.data_center
        if ui.practice:
            dc_label = self.tr("{label} — practice sandbox").format(label=dc_label)
        else:  # keys that go to a server that is not Zoho's: said where the place is named
            hosts = not_zoho_hosts(profile.accounts_server, profile.api_domain)
            dc_label = "\n".join([dc_label, *not_zoho_lines(hosts)])
        self.values["data_center"].setText(dc_label)
        self.values["access"].setText("\n".join(self._access_lines(profile)))
        # Where the keys are, in words a bookkeeper knows; the store's own names (product,
        # collection, items) are for IT: on the receipt and in this line's tooltip.
        if ui.session_only:
            place = self.tr("This program's memory only, until it closes")
        else:
            place = self.tr("This computer's password store")
        self.values["secrets"].setText(place)
        self.values["secrets"].setToolTip(ui.secrets_place)
        self.values["secrets"].setAccessibleDescription(ui.secrets_place)
        self.values["when"].setText(readable_time(profile.connected_at))
