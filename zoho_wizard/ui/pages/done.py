"""The done page: a summary of what was connected, for whom, and where the keys are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.flow import Step
from zoho_wizard.core.grant import Grant, proven_by_connecting
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.core.store import Profile
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text, describe_access
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.saved_rows import readable_time
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label, mark_data


class DonePage(StatePage):
    """Shows the finished connection as a summary card, a Save receipt button, and Finish.

    Signals:
        receiptRequested(): "Save receipt…" was clicked.
    """

    step = Step.DONE
    receiptRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_heading(
            self.tr("You're connected"),
            self.tr("Your firm's tools can now use Zoho Books through this connection."),
        )
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(14)

        self.card = QFrame(self)
        set_role(self.card, "card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(22, 18, 22, 20)
        card.setSpacing(14)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        tick = QLabel(self.card)
        tick.setPixmap(pixmap("check", 30, self.devicePixelRatioF()))
        tick.setFixedSize(30, 30)
        heading.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name = label("", "cardTitle", selectable=True)
        mark_data(self.name)  # the connection's name
        self.who = label("", "hint", selectable=True)
        titles.addWidget(self.name)
        titles.addWidget(self.who)
        heading.addLayout(titles, 1)
        card.addLayout(heading)

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
            value = label("", selectable=True)
            value.setAccessibleName(title)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
        card.addLayout(self.grid)
        receipt_row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Save receipt…"), self.card)
        self.receipt_button.setAccessibleName(self.tr("Save receipt"))
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
        self.next_note = label(
            self.tr(
                "Choose Finish to close this window. Your tools find this connection by its name."
            ),
            "hint",
        )
        layout.addWidget(self.next_note)
        layout.addStretch(1)

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
        self.name.setText(profile.name)
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
        self.values["data_center"].setText(dc_label)
        self.values["access"].setText("\n".join(self._access_lines(profile)))
        place = ui.secrets_place or (
            self.tr("this program's memory only") if ui.session_only else ""
        )
        # Where the keys are: named by the password store itself (a product, a collection,
        # item names), so it is shown as it is.
        self.values["secrets"].setText(place)
        mark_data(self.values["secrets"])
        self.values["when"].setText(readable_time(profile.connected_at))
