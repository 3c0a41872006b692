"""The latest check of one connection, as the start page shows it under the list."""

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

from zoho_wizard.core.errors import Action
from zoho_wizard.core.health import HealthReport, Outcome
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.resources import pixmap
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.widgets import label

_OUTCOME_ICON = {
    Outcome.OK: "check",
    Outcome.PROBLEM: "warning",
    Outcome.PARTLY_CONFIRMED: "pending",
    Outcome.SKIPPED: "pending",
}


class CheckResults(QFrame):
    """The latest check of one connection: each result in words, with what to do.

    Signals:
        reconnectRequested(): the Reconnect button under the results was clicked.
    """

    reconnectRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        heading = QHBoxLayout()
        heading.setSpacing(10)
        self.icon = QLabel(self)
        self.icon.setFixedSize(22, 22)
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = label("", "section")
        heading.addWidget(self.title, 1)
        outer.addLayout(heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.reconnect_button = QPushButton(self.tr("Reconnect"), self)
        self.reconnect_button.setAccessibleName(self.tr("Reconnect"))
        self.reconnect_button.setAccessibleDescription(
            self.tr("Sign in to Zoho again for this connection; every setting is kept")
        )
        set_role(self.reconnect_button, "primary")
        self.reconnect_button.clicked.connect(self.reconnectRequested)
        buttons.addWidget(self.reconnect_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._shown: HealthReport | None = None
        self.rows: list[tuple[QLabel, QLabel]] = []  # (heading, sentences) per result

    def show_report(self, report: HealthReport) -> None:
        """Draw ``report`` (rebuilt only when it changed)."""
        if report is self._shown:
            return
        self._shown = report
        self.icon.setPixmap(
            pixmap("check" if report.ok else "warning", 22, self.devicePixelRatioF())
        )
        self.title.setText(
            self.tr("“{name}” works").format(name=report.connection)
            if report.ok
            else self.tr("“{name}” needs attention").format(name=report.connection)
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not when the event loop gets to it
                widget.deleteLater()
        self.rows = []
        outcome_words = {
            Outcome.OK: self.tr("fine"),
            Outcome.PROBLEM: self.tr("needs attention"),
            Outcome.PARTLY_CONFIRMED: self.tr("partly confirmed"),
            Outcome.SKIPPED: self.tr("not checked"),
        }
        # Problems first: they are what the person came for. Skipped checks last, muted.
        order = {
            Outcome.PROBLEM: 0,
            Outcome.OK: 1,
            Outcome.PARTLY_CONFIRMED: 2,
            Outcome.SKIPPED: 3,
        }
        results = sorted(report.results, key=lambda r: order[r.outcome])
        for row, result in enumerate(results):
            icon = QLabel(self)
            icon.setPixmap(pixmap(_OUTCOME_ICON[result.outcome], 18, self.devicePixelRatioF()))
            icon.setFixedSize(18, 20)
            heading = self.tr("{title} — {outcome}").format(
                title=core_text(result.title), outcome=outcome_words[result.outcome]
            )
            lines = [core_text(result.detail)]
            if result.outcome is Outcome.PROBLEM and result.fix:
                lines.append(self.tr("What to do: {fix}").format(fix=core_text(result.fix)))
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            title = label(heading, selectable=True)
            font = title.font()
            font.setBold(result.outcome is not Outcome.SKIPPED)
            title.setFont(font)
            body = label("\n".join(lines), "hint" if result.outcome is Outcome.SKIPPED else "")
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if result.outcome is Outcome.PROBLEM:
                set_role(body, "warningText")
            if result.outcome is Outcome.SKIPPED:
                set_role(title, "mutedText")
            column.addWidget(title)
            column.addWidget(body)
            box.setAccessibleName(" ".join([heading, *lines]))
            self.grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(box, row, 1)
            self.rows.append((title, body))
        self.reconnect_button.setVisible(
            any(
                r.action is Action.RECONNECT for r in report.results if r.outcome is Outcome.PROBLEM
            )
        )

    def texts(self) -> list[str]:
        """What each result says, heading and sentences (for tests and screen readers)."""
        return [f"{title.text()}\n{body.text()}" for title, body in self.rows]
