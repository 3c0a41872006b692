"""The organization page: pick which Zoho Books organization this connection is for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from zoho_wizard.core.books import Organization
from zoho_wizard.core.flow import Phase, Step
from zoho_wizard.core.screen import ScreenState, recovery_offers
from zoho_wizard.ui import theme
from zoho_wizard.ui.banner import ErrorPanel
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.widgets import label

ORG_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3


class OrganizationDelegate(QStyledItemDelegate):
    """Draws a row: the name in bold, currency and a "Default" badge, the ID in grey."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(option.rect.width(), metrics.height() * 2 + 34)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        org: Organization | None = index.data(ORG_ROLE)
        if org is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        allowed = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        colours = theme.colors()
        ink = QColor(colours.ink if allowed else colours.muted)
        if allowed and (selected or option.state & QStyle.StateFlag.State_MouseOver):
            path = QPainterPath()
            path.addRoundedRect(rect, 8, 8)
            painter.fillPath(path, QColor(colours.selection if selected else colours.surface))
            if selected:
                painter.setPen(QColor(colours.accent))
                painter.drawPath(path)
        inner = rect.adjusted(16, 9, -16, -9)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

        # Right column: the currency.
        painter.setFont(option.font)
        currency = f"{org.currency_code} {org.currency_symbol}".strip()
        currency_width = painter.fontMetrics().horizontalAdvance(currency) if currency else 0
        if currency:
            painter.setPen(ink)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, currency
            )

        # The badge's size, so the name knows how much room it has.
        badge_text = str(index.data(BADGE_ROLE) or "") if org.is_default else ""
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        small.setBold(True)
        painter.setFont(small)
        badge_width = painter.fontMetrics().horizontalAdvance(badge_text) + 18 if badge_text else 0

        # The name, bold, elided only when it really does not fit.
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() + 0.5)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        room = inner.width() - currency_width - badge_width - 36
        name = metrics.elidedText(org.name, Qt.TextElideMode.ElideRight, max(40, room))
        painter.setPen(ink)
        name_rect = painter.boundingRect(inner, top, name)
        painter.drawText(inner, top, name)
        line_height = metrics.height()

        if badge_text:
            badge = QRect(name_rect.right() + 12, inner.top() + 2, badge_width, line_height - 4)
            path = QPainterPath()
            path.addRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.fillPath(path, QColor("#3a5f9c" if colours.dark else "#dbe8ff"))
            painter.setFont(small)
            painter.setPen(QColor("#e3edff" if colours.dark else colours.accent_strong))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)

        # Second line: the organization ID, small and grey.
        detail = QFont(option.font)
        detail.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.0))
        painter.setFont(detail)
        painter.setPen(QColor(colours.muted))
        second = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(inner.adjusted(0, line_height + 4, 0, 0), top, second)
        painter.restore()


class OrganizationPage(StatePage):
    """Lists the Zoho Books organizations this sign-in can reach; one is preselected.

    Signals:
        organizationSelected(str): the person picked the organization with this ID.
        saveRequested(): "Use this organization" was pressed.
        actionTriggered(object): a recovery button was clicked.
    """

    step = Step.ORGANIZATION
    organizationSelected = Signal(str)
    saveRequested = Signal()
    actionTriggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._failed_heading: bool | None = None
        self._render_heading(failed=False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Use this organization"))
        layout = QVBoxLayout(self)
        self.align(layout)
        layout.setSpacing(12)
        self.signed_in = label("", "hint")
        layout.addWidget(self.signed_in)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Zoho Books organizations"))
        self.list.setAccessibleDescription(
            self.tr("Use the arrow keys to choose; the default organization is marked")
        )
        self.list.setItemDelegate(OrganizationDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.saveRequested.emit())
        layout.addWidget(self.list, 1)
        self.saving = label(self.tr("Saving your choice…"), "step")
        self.saving.setVisible(False)
        layout.addWidget(self.saving)
        self.error_panel = ErrorPanel(self)
        self.error_panel.actionTriggered.connect(self.actionTriggered)
        layout.addWidget(self.error_panel)
        self._shown: tuple[tuple[Organization, ...], tuple[str, ...] | None] = ((), None)
        self._rendering = False

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None and not self._rendering:
            org: Organization = current.data(ORG_ROLE)
            self.organizationSelected.emit(org.organization_id)

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        state = ui.flow
        self._rendering = True
        try:
            preset = ui.preset
            allowed = preset.allowed_organizations if preset is not None else None
            if (state.organizations, allowed) != self._shown:
                self._shown = (state.organizations, allowed)
                self.list.clear()
                for org in state.organizations:
                    ok = allowed is None or org.organization_id in allowed
                    self.list.addItem(self._item(org, allowed=ok))
            chosen = state.organization
            for row in range(self.list.count()):
                item = self.list.item(row)
                if chosen and item.data(ORG_ROLE).organization_id == chosen.organization_id:
                    if self.list.currentRow() != row:
                        self.list.setCurrentRow(row)
                    item.setSelected(True)
        finally:
            self._rendering = False
        email = state.user_email
        self.signed_in.setText(
            self.tr("Signed in to Zoho as {email}.").format(email=email) if email else ""
        )
        self.signed_in.setVisible(bool(email))
        busy = state.phase is Phase.SAVING
        self.saving.setVisible(busy)
        self.list.setEnabled(not busy)
        self._render_heading(failed=state.error is not None)
        # One main button: the window's "Use this organization" while it can be used.
        self.error_panel.render_state(state.error, recovery_offers(ui), lead=not self.isComplete())
        self.completeChanged.emit()

    def _render_heading(self, *, failed: bool) -> None:
        """The subtitle says what the page shows: the choice, or a problem with it."""
        if failed == self._failed_heading:
            return
        self._failed_heading = failed
        self.set_heading(
            self.tr("Choose the organization"),
            self.tr("Something went wrong with the organizations: see below what to do.")
            if failed
            else self.tr(
                "Your Zoho account can reach these Zoho Books organizations. Pick the one this "
                "connection is for; your firm's tools will work with it."
            ),
        )

    def _item(self, org: Organization, *, allowed: bool = True) -> QListWidgetItem:
        parts = [org.name]
        if org.currency_code:
            parts.append(org.currency_code)
        if org.is_default:
            parts.append(self.tr("Default"))
        parts.append(self.tr("Organization ID {id}").format(id=org.organization_id))
        not_allowed = self.tr("Not allowed by your firm's settings")
        if not allowed:
            parts.append(not_allowed)
        item = QListWidgetItem(", ".join(parts))  # what screen readers read
        item.setData(ORG_ROLE, org)
        item.setData(BADGE_ROLE, self.tr("Default"))
        second = self.tr("Organization ID {id}").format(id=org.organization_id)
        if org.country:
            second += " · " + org.country
        if not allowed:
            # Greyed, and neither clickable nor reachable with the arrow keys.
            second = f"{not_allowed} · {second}"
            item.setFlags(
                item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            )
        item.setData(DETAIL_ROLE, second)
        item.setToolTip(", ".join(parts))
        return item

    def isComplete(self) -> bool:
        ui = self.ui
        return bool(ui and ui.flow.organization is not None and ui.flow.phase is not Phase.SAVING)

    def validatePage(self) -> bool:
        if self.isComplete():
            self.saveRequested.emit()
        return False
