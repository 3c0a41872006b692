"""The start page: the saved connections, how each is doing, and what can be done.

The list's rows are drawn by :mod:`zoho_wizard.ui.pages.saved_list`; the latest check of
the selected connection by :mod:`zoho_wizard.ui.pages.check_results`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from zoho_wizard.core.flow import Step
from zoho_wizard.core.screen import ScreenState
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.connections import SavedConnections
from zoho_wizard.ui.pages.base import StatePage
from zoho_wizard.ui.pages.check_results import CheckResults
from zoho_wizard.ui.pages.saved_list import PATH_ROLE, ROW_ROLE, ConnectionDelegate
from zoho_wizard.ui.saved_rows import Notice, SavedRow, StartState
from zoho_wizard.ui.setup_widgets import SetupProblem
from zoho_wizard.ui.theme import set_role
from zoho_wizard.ui.watch_line import WatchLine
from zoho_wizard.ui.widgets import ValueLabel, label


class StartPage(StatePage):
    """Lists the saved connections with their health; Check, Reconnect, Disconnect and
    Save receipt act on the selected one, and New connection (the main button) adds one.

    Everything shown comes from :class:`~zoho_wizard.ui.saved_rows.StartState`; the work
    is done by :class:`~zoho_wizard.ui.connections.SavedConnections`.

    Below them, "Open setup file…" (a setup file from the firm's IT admin) and "Set up for
    staff…" (the admin makes one).

    Signals:
        newRequested(): "New connection" was chosen.
        reconnectRequested(str): sign in again for this connection.
        setupFileRequested(): choose a setup file and open it.
        adminRequested(): on to "Set up for staff".
        actionTriggered(object): a setup file problem's way out (an Action).
        spreadsheetRequested(str): "Use in a spreadsheet…" for this connection.
    """

    step = Step.START
    newRequested = Signal()
    reconnectRequested = Signal(str)
    setupFileRequested = Signal()
    adminRequested = Signal()
    actionTriggered = Signal(object)
    spreadsheetRequested = Signal(str)
    _rendering = False

    def __init__(self, saved: SavedConnections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self.state: StartState = saved.state
        self.confirm_box: QMessageBox | None = None
        self.set_heading(
            self.tr("Your Zoho Books connections"),
            self.tr(
                "Check that a connection still works, sign in again, or remove it. Choose New "
                "connection to add one."
            ),
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&New connection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(10)
        # Built top to bottom: the order of building is the order of the Tab key.
        layout.addWidget(self._build_notice())
        self.setup_problem = SetupProblem()
        self.setup_problem.actionTriggered.connect(self.actionTriggered)
        layout.addWidget(self.setup_problem)
        layout.addWidget(self._build_file_banner())
        self._build_list(layout)
        layout.addWidget(self._build_action_bar())
        # The daily check's last result (zoho-wizard watch --install), if it is set up.
        self.watch_line = WatchLine(saved.profiles.path, parent=self)
        layout.addWidget(self.watch_line)

        self.busy = ValueLabel(self.tr("What is happening now"), "step", selectable=False)
        self.busy.hide()
        layout.addWidget(self.busy)

        layout.addWidget(self._build_details(), 10)
        self._page_layout = layout
        self._bottom_stretch = layout.count()
        layout.addStretch(1)  # keeps the buttons right under a short list
        layout.addLayout(self._build_setup_row())

        saved.changed.connect(self.render_saved)
        self.render_saved(saved.state)

    # --- building -------------------------------------------------------------------------

    def _build_notice(self) -> Banner:
        """The message above the list, with its ways forward."""
        self.notice = Banner("info")
        self.remove_anyway = self._button(
            self.tr("Remove from this computer anyway"),
            self.tr(
                "Deletes the keys and settings here without telling Zoho; Zoho keeps listing "
                "the connection until you remove it there"
            ),
        )
        self.remove_anyway.clicked.connect(self._remove_anyway)
        self.notice_folder = self._button(
            self.tr("Open folder"), self.tr("Shows the folder in your file manager")
        )
        self.notice_folder.clicked.connect(
            lambda: self.saved.open_folder(self.state.notice.folder if self.state.notice else "")
        )
        self.dismiss = self._button(self.tr("Dismiss"), self.tr("Hides this message"))
        self.dismiss.clicked.connect(self.saved.dismiss_notice)
        for button in (self.remove_anyway, self.notice_folder, self.dismiss):
            self.notice.side.addWidget(button)
        self.notice.side.addStretch(1)
        self.notice.hide()
        return self.notice

    def _build_file_banner(self) -> Banner:
        """What is shown when the connections file as a whole can't be read."""
        self.file_banner = Banner("error", self.tr("The list of saved connections can't be read"))
        self.set_aside = self._button(
            self.tr("Set the file aside"),
            self.tr("Renames the damaged file so a fresh list can start; nothing is deleted"),
        )
        self.set_aside.clicked.connect(self.saved.set_file_aside)
        self.file_folder = self._button(
            self.tr("Open folder"), self.tr("Shows the folder of the damaged file")
        )
        self.file_folder.clicked.connect(lambda: self.saved.open_folder())
        self.file_banner.side.addWidget(self.set_aside)
        self.file_banner.side.addWidget(self.file_folder)
        self.file_banner.hide()
        return self.file_banner

    def _build_list(self, layout: QVBoxLayout) -> None:
        """The saved connections, and the words shown instead when there are none."""
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved connections"))
        self.list.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a connection; the buttons below act on it")
        )
        self.list.setItemDelegate(ConnectionDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list)
        self.empty = label(
            self.tr("There are no saved connections. Choose New connection to make one."), "hint"
        )
        self.empty.hide()
        layout.addWidget(self.empty)

    def _build_action_bar(self) -> QWidget:
        """What can be done with the selected connection (and with all of them)."""
        self.action_bar = QWidget(self)
        rows = QVBoxLayout(self.action_bar)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        # Says which connection the buttons act on; on a line of its own, so the buttons
        # keep the whole width (their words may be longer in other languages).
        self.selected_caption = label("", "fieldLabel", wrap=False)
        self.selected_caption.setMaximumWidth(520)
        rows.addWidget(self.selected_caption)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        rows.addLayout(buttons)
        self.check_button = self._button(
            self.tr("Check"), self.tr("Asks Zoho whether the selected connection still works")
        )
        self.check_button.clicked.connect(lambda: self.saved.check(self.state.selected))
        self.reconnect_button = self._button(
            self.tr("Reconnect"),
            self.tr("Signs in to Zoho again for the selected connection; every setting is kept"),
        )
        self.reconnect_button.clicked.connect(
            lambda: self.reconnectRequested.emit(self.state.selected)
        )
        self.disconnect_button = self._button(
            self.tr("Disconnect…"),
            self.tr(
                "Ends the selected connection at Zoho and deletes its keys and settings from "
                "this computer (asks first)"
            ),
        )
        self.disconnect_button.clicked.connect(self._confirm_disconnect)
        self.receipt_button = self._button(
            self.tr("Save receipt…"),
            self.tr("Saves a one-page PDF receipt of the selected connection for your records"),
        )
        self.receipt_button.clicked.connect(
            lambda: self.saved.save_receipt(self.state.selected, self)
        )
        self.spreadsheet_button = self._button(
            self.tr("Use in a spreadsheet…"),
            self.tr(
                "Shows the addresses Excel, LibreOffice and Power BI read the selected "
                "connection's Zoho Books lists from"
            ),
        )
        self.spreadsheet_button.clicked.connect(
            lambda: self.spreadsheetRequested.emit(self.state.selected)
        )
        for button in (
            self.check_button,
            self.reconnect_button,
            self.disconnect_button,
            self.receipt_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.check_all_button = self._button(
            self.tr("Check all"), self.tr("Checks every saved connection, one after the other")
        )
        self.check_all_button.clicked.connect(self.saved.check_all)
        buttons.addWidget(self.check_all_button)
        # On a line of its own: with it, the row above would not fit longer words.
        more = QHBoxLayout()
        more.setContentsMargins(0, 0, 0, 0)
        more.addWidget(self.spreadsheet_button)
        more.addStretch(1)
        rows.addLayout(more)
        return self.action_bar

    def _build_setup_row(self) -> QHBoxLayout:
        """Setup files: open one from the firm's IT admin, or (the admin) make one."""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.open_setup_button = self._button(
            self.tr("Open setup file…"),
            self.tr("Opens a setup file from your firm's IT admin, ready to sign in"),
        )
        self.open_setup_button.clicked.connect(self.setupFileRequested)
        self.admin_button = self._button(
            self.tr("Set up for staff…"),
            self.tr("For your firm's IT admin: make a setup file that staff open to connect"),
        )
        self.admin_button.clicked.connect(self.adminRequested)
        row.addWidget(self.open_setup_button)
        row.addWidget(self.admin_button)
        row.addStretch(1)
        return row

    def _build_details(self) -> QScrollArea:
        """About the selected connection: its check results, or what is wrong with it."""
        self.details = QScrollArea(self)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setAccessibleName(self.tr("About the selected connection"))
        content = QWidget()
        content.setObjectName("scrollContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(8)
        self.results = CheckResults(content)
        self.results.reconnectRequested.connect(
            lambda: self.reconnectRequested.emit(self.state.selected)
        )
        self.results.hide()
        column.addWidget(self.results)
        self.damaged = Banner("warning")
        self.damaged_reconnect = self._button(
            self.tr("Reconnect"),
            self.tr(
                "Makes this connection again under the same name; the damaged entry is replaced"
            ),
            primary=True,
        )
        self.damaged_reconnect.clicked.connect(
            lambda: self.reconnectRequested.emit(self.state.selected)
        )
        self.damaged_folder = self._button(
            self.tr("Open folder"), self.tr("Shows the folder of the connections file")
        )
        self.damaged_folder.clicked.connect(lambda: self.saved.open_folder())
        self.damaged.side.addWidget(self.damaged_reconnect)
        self.damaged.side.addWidget(self.damaged_folder)
        self.damaged.hide()
        column.addWidget(self.damaged)
        column.addStretch(1)
        self.details.setWidget(content)
        return self.details

    def _button(self, text: str, description: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        set_role(button, "primary" if primary else "secondary")
        return button

    # --- intents ------------------------------------------------------------------------

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None and not self._rendering:
            row: SavedRow = current.data(ROW_ROLE)
            self.saved.select(row.name)

    def _confirm_disconnect(self) -> None:
        row = self.state.current
        if row is None or row.profile is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Disconnect “{name}”?").format(name=row.name))
        box.setText(self.tr("Disconnect “{name}”?").format(name=row.name))
        box.setInformativeText(
            self.tr(
                "Its keys and settings are deleted from this computer, and the scheduled jobs "
                "that use it stop working. It has no refresh token, so there is nothing to "
                "revoke at Zoho."
            )
            if row.profile.unattended
            else self.tr(
                "Zoho stops its access to {organization}, and its keys and settings are "
                "deleted from this computer. Your firm's tools can no longer use it."
            ).format(organization=row.profile.organization_name or self.tr("Zoho Books"))
        )
        confirm = box.addButton(self.tr("Disconnect"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        confirm.setAccessibleName(self.tr("Disconnect"))
        cancel.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        name = row.name

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is confirm:
                self.saved.disconnect_connection(name)
            box.deleteLater()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def _remove_anyway(self) -> None:
        notice = self.state.notice
        if notice is not None and notice.offer == "remove_anyway":
            self.saved.disconnect_connection(notice.name, anyway=True)

    # --- rendering ----------------------------------------------------------------------

    def render_state(self, ui: ScreenState) -> None:
        super().render_state(ui)
        if ui.step is Step.START:
            self.setup_problem.render_state(ui)  # a setup file that could not be opened
        self.completeChanged.emit()

    def render_saved(self, state: StartState) -> None:
        """Draw the saved connections' state."""
        self.state = state
        self._rendering = True
        try:
            self._render_list(state)
            self._fit_list()
        finally:
            self._rendering = False
        busy = bool(state.busy)
        self._render_actions(state, busy)
        self.busy.setText(state.busy)
        self.busy.setVisible(busy)
        self.empty.setVisible(not state.rows and not state.file_problem)
        self.list.setVisible(bool(state.rows))
        self.action_bar.setVisible(bool(state.rows))
        self._render_notice(state.notice, busy)
        self._render_file_problem(state)
        self._render_details(state, busy)
        self.watch_line.refresh()
        self.completeChanged.emit()

    def _render_actions(self, state: StartState, busy: bool) -> None:
        """Which buttons act on the selected connection now, and which one stands out."""
        current = state.current
        usable = current is not None and not current.damaged and not busy
        self.check_button.setEnabled(usable)
        self.disconnect_button.setEnabled(usable)
        self.receipt_button.setEnabled(usable)
        self.spreadsheet_button.setEnabled(usable)
        # A connection for scheduled jobs is made again with its Self Client's details
        # (``zoho-wizard connect --unattended``), not by signing in.
        scheduled = (
            current is not None and current.profile is not None and current.profile.unattended
        )
        self.reconnect_button.setEnabled(current is not None and not busy and not scheduled)
        why = (
            self.tr(
                "A connection for scheduled jobs is made again by your firm's IT admin "
                "(zoho-wizard connect --unattended), not by signing in"
            )
            if scheduled
            else self.tr(
                "Signs in to Zoho again for the selected connection; every setting is kept"
            )
        )
        self.reconnect_button.setToolTip(why)
        self.reconnect_button.setAccessibleDescription(why)
        # When the selected one needs attention, Reconnect is the way forward: make it the
        # button that stands out.
        attention = current is not None and current.health(state.path).icon in ("warning", "error")
        if self.reconnect_button.property("role") != ("primary" if attention else "secondary"):
            set_role(self.reconnect_button, "primary" if attention else "secondary")
        if current is not None:
            metrics = self.selected_caption.fontMetrics()
            shown = metrics.elidedText(current.name, Qt.TextElideMode.ElideMiddle, 480)
            self.selected_caption.setText(self.tr("{name}:").format(name=shown))
            self.selected_caption.setToolTip(current.name)
        self.selected_caption.setVisible(current is not None)
        self.check_all_button.setVisible(sum(1 for r in state.rows if not r.damaged) > 1)
        self.check_all_button.setEnabled(not busy)

    def _render_notice(self, notice: Notice | None, busy: bool) -> None:
        if notice is None:
            self.notice.hide()
            return
        self.notice.set_kind(notice.kind)
        self.notice.set_text(notice.title, "\n".join(notice.lines))
        self.remove_anyway.setVisible(notice.offer == "remove_anyway")
        self.remove_anyway.setEnabled(not busy)
        self.notice_folder.setVisible(notice.offer == "open_folder")
        self.notice.show()

    def _render_file_problem(self, state: StartState) -> None:
        if not state.file_problem:
            self.file_banner.hide()
            return
        self.file_banner.set_text(
            self.tr("The list of saved connections can't be read"),
            self.tr(
                "The file {path} is damaged ({problem}). The keys are still in the "
                "password store. Set the file aside to start a fresh list, or open its "
                "folder to show it to your firm's IT person."
            ).format(path=state.path, problem=state.file_problem),
        )
        self.file_banner.show()

    def _render_details(self, state: StartState, busy: bool) -> None:
        """The selected connection's check results, or what is wrong with a damaged one."""
        current = state.current
        report = state.reports.get(state.selected) if current and not current.damaged else None
        if report is not None:
            self.results.show_report(report)
            if current is not None and current.profile is not None and current.profile.unattended:
                self.results.reconnect_button.hide()  # no sign-in: its fix says what to run
        self.results.setVisible(report is not None)
        if current is not None and current.damaged:
            self.damaged.set_text(
                self.tr("“{name}” can't be read").format(name=current.name),
                self.tr(
                    "Its saved settings in {path} are damaged ({problem}). Reconnect to make it "
                    "again under the same name; your other connections keep working."
                ).format(path=state.path, problem=current.problem),
            )
            self.damaged_reconnect.setEnabled(not busy)
            self.damaged.show()
        else:
            self.damaged.hide()
        shown = report is not None or bool(current and current.damaged)
        self.details.setVisible(shown)
        # With details below the list they take all the room; without, the list and its
        # buttons stay together at the top.
        self._page_layout.setStretch(self._bottom_stretch, 0 if shown else 1)

    def _render_list(self, state: StartState) -> None:
        shown = [self.list.item(i).data(ROW_ROLE) for i in range(self.list.count())]
        if shown != list(state.rows):
            self.list.clear()
            for row in state.rows:
                item = QListWidgetItem(row.spoken(state.path))  # what screen readers read
                item.setData(ROW_ROLE, row)
                item.setData(PATH_ROLE, state.path)
                item.setToolTip(row.spoken(state.path))
                self.list.addItem(item)
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(ROW_ROLE).name == state.selected:
                if self.list.currentRow() != index:
                    self.list.setCurrentRow(index)
                item.setSelected(True)

    VISIBLE_ROWS = 4  # more rows scroll

    def _fit_list(self) -> None:
        """As tall as its rows (up to :attr:`VISIBLE_ROWS`), so the buttons sit under it."""
        count = self.list.count()
        if count == 0:
            return
        row = self.list.sizeHintForRow(0) + 2 * self.list.spacing()
        frame = 2 * self.list.frameWidth() + 10  # the border and the style sheet's padding
        self.list.setFixedHeight(row * min(count, self.VISIBLE_ROWS) + frame)
        self.list.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if count > self.VISIBLE_ROWS
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()  # the style sheet (fonts, padding) applies once the page is shown

    def isComplete(self) -> bool:
        return not self.state.file_problem and not self.state.busy

    def validatePage(self) -> bool:
        if self.isComplete():
            self.newRequested.emit()
        return False
