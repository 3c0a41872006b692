""" "Use in a spreadsheet…": a connection's addresses for Excel, LibreOffice and Power BI.

The dialog draws one :class:`~zoho_wizard.core.feed.view.SpreadsheetState`; the work
behind its buttons (reading the key, starting the feed, "start with the computer") is
:mod:`zoho_wizard.core.feed.view`'s, run on the wizard's worker, off the GUI thread. In
practice mode the feed runs inside the window (:class:`PracticeFeed`), since the practice
connection's keys die with the window's sandbox.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.core import errors
from zoho_wizard.core.feed import autostart, keys
from zoho_wizard.core.feed.view import (
    SESSION_ONLY_PROBLEM,
    FeedPhase,
    SpreadsheetState,
    open_feed,
    set_up_start_with_computer,
    start_feed,
)
from zoho_wizard.ui.banner import Banner
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.theme import set_icon, set_role
from zoho_wizard.ui.widgets import label, mark_data

if TYPE_CHECKING:
    from zoho_wizard.core.feed.server import FeedServer
    from zoho_wizard.core.store import Profile, SecretStore
    from zoho_wizard.ui.wizard import ConnectWizard
    from zoho_wizard.ui.worker import Worker


class PracticeFeed(QObject):
    """Practice mode's feed, inside the window, for the window's practice connections."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.server: FeedServer | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def ensure(self) -> int:
        """Start it (once); its port. Runs on the worker."""
        if self.server is None:
            from zoho_wizard.core.connection import SavedConnection
            from zoho_wizard.core.feed.server import FeedServer

            controller = self.wizard.controller

            def connections() -> list[SavedConnection]:
                profiles = controller.profiles.load().profiles.values()
                return [
                    SavedConnection(
                        p,
                        controller.secrets_for(p),
                        controller.profiles,
                        endpoints=controller.endpoints,
                    )
                    for p in profiles
                ]

            server = FeedServer(connections, port=0, practice=True, reload_every=0.0)
            server.start()
            self.server = server
        return self.server.port

    def close(self) -> None:
        """Stop it (when the program quits)."""
        if self.server is not None:
            self.server.close()
            self.server = None


class SpreadsheetDialog(QDialog):
    """The addresses of one connection's Books lists, with Copy, and the feed behind them.

    Args:
        state: What to show first (the connection, its port, practice or not).
        secrets: The connection's password store.
        worker: Runs the work off the GUI thread.
        copy_text: Puts text on the clipboard.
        practice_port: Practice mode: starts the in-window feed; its port.
        launch: Starts the feed process (tests pass one that remembers the process).
        confirm: Asks before "New address" (tests answer it).
    """

    def __init__(
        self,
        state: SpreadsheetState,
        secrets: SecretStore,
        worker: Worker,
        copy_text: Callable[[str], None],
        *,
        practice_port: Callable[[], int] | None = None,
        launch: Callable[[Sequence[str], int | None], int] = autostart.start_feed_process,
        confirm: Callable[[QWidget], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.secrets = secrets
        self.worker = worker
        self.copy_text = copy_text
        self.practice_port = practice_port
        self.launch = launch
        self.confirm = confirm or _ask_new_address
        self.started_pid: int | None = None
        self.setWindowTitle(self.tr("Use “{name}” in a spreadsheet").format(name=state.name))
        self.setMinimumWidth(760)
        self._build()
        # Wide enough for whole addresses (a window this wide fits most screens).
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1120, screen.width() - 40) if screen is not None else 1120, 680)
        self.render_state()
        self._load()

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = label(
            self.tr("Use “{name}” in a spreadsheet").format(name=self.state.name), "section"
        )
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        intro = label(
            self.tr(
                "Excel, LibreOffice and Power BI can read your Zoho Books lists from this "
                "computer and show the latest figures each time you refresh. Paste an address "
                "into Excel: Data → From Web. In Power BI: Get data → Web."
            )
        )
        layout.addWidget(intro)
        self.status = Banner("info")
        self.start_button = self._button(
            self.tr("Start the feed"),
            self.tr("Starts the feed on this computer; it keeps running after this window closes"),
            primary=True,
        )
        self.start_button.clicked.connect(self._start)
        self.startup_button = self._button(
            self.tr("Start with the computer"),
            self.tr("Starts the feed each time you log in to this computer"),
        )
        self.startup_button.clicked.connect(self._start_with_computer)
        self.status.side.addWidget(self.start_button)
        self.status.side.addWidget(self.startup_button)
        self.status.side.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self._build_addresses(), 1)
        layout.addWidget(
            label(
                self.tr(
                    "Keep these addresses to yourself, like a password: anyone using this "
                    "computer who has one can read these lists. Only this computer can open them."
                ),
                "hint",
            )
        )
        buttons = QHBoxLayout()
        self.new_address_button = self._button(
            self.tr("New address…"),
            self.tr("Replaces these addresses; spreadsheets using the old ones stop working"),
        )
        self.new_address_button.clicked.connect(self._new_address)
        self.close_button = self._button(self.tr("Close"), self.tr("Closes this window"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.new_address_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _build_addresses(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setAccessibleName(self.tr("Addresses"))
        area.setMinimumHeight(300)
        content = QWidget()
        content.setObjectName("scrollContent")
        self.grid = QGridLayout(content)
        self.grid.setHorizontalSpacing(10)
        self.rows: list[tuple[QLineEdit, QPushButton]] = []
        for index, (name, _address) in enumerate(replace(self.state, key="x" * 32).addresses()):
            shown = core_text(name)
            caption = label(shown, "fieldLabel", wrap=False)
            field = QLineEdit(content)
            field.setReadOnly(True)
            field.setAccessibleName(self.tr("Address of {list}").format(list=shown))
            mark_data(field)
            copy = QPushButton(self.tr("Copy"), content)
            set_icon(copy, "copy")
            copy.setAccessibleName(self.tr("Copy the address of {list}").format(list=shown))
            copy.setToolTip(copy.accessibleName())
            copy.clicked.connect(lambda _checked=False, i=index: self._copy(i))
            self.grid.addWidget(caption, index, 0)
            self.grid.addWidget(field, index, 1)
            self.grid.addWidget(copy, index, 2)
            self.rows.append((field, copy))
        self.grid.setColumnStretch(1, 1)
        area.setWidget(content)
        return area

    def _button(self, text: str, description: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        set_role(button, "primary" if primary else "secondary")
        return button

    # --- work ------------------------------------------------------------------------------

    def _set(self, state: SpreadsheetState) -> None:
        self.state = state
        self.render_state()

    def _failed(self, error: errors.ZohoWizardError) -> None:
        self._set(
            replace(
                self.state, phase=FeedPhase.FAILED, problem=error.message, fix=error.fix, busy=False
            )
        )

    def _load(self) -> None:
        if self.state.phase is FeedPhase.UNAVAILABLE:
            return
        secrets, name, practice = self.secrets, self.state.name, self.practice_port

        def work(_report: Any) -> tuple[str, bool, int]:
            port = practice() if practice is not None else self.state.port
            key, running = open_feed(secrets, name, port)
            return key, running, port

        def done(result: tuple[str, bool, int]) -> None:
            key, running, port = result
            phase = FeedPhase.RUNNING if running else FeedPhase.STOPPED
            self._set(replace(self.state, key=key, port=port, phase=phase))

        self.worker.start(
            "reading the spreadsheet addresses", work, on_success=done, on_failure=self._failed
        )

    def _start(self) -> None:
        port, key, launch = self.state.port, self.state.key, self.launch
        self._set(replace(self.state, phase=FeedPhase.STARTING, busy=True, problem="", fix=""))

        def done(pid: int | None) -> None:
            self.started_pid = pid
            self._set(replace(self.state, phase=FeedPhase.RUNNING, busy=False))

        self.worker.start(
            "starting the spreadsheet feed",
            lambda _r: start_feed(port, key, launch=launch),
            on_success=done,
            on_failure=self._failed,
        )

    def _start_with_computer(self) -> None:
        startup = autostart.start_with_computer(autostart.serve_command())
        self._set(replace(self.state, busy=True))

        def done(note: str) -> None:
            self._set(replace(self.state, busy=False, startup_note=note))

        def failed(error: errors.ZohoWizardError) -> None:
            self._set(replace(self.state, busy=False, startup_note=f"{error.message} {error.fix}"))

        self.worker.start(
            "setting up the feed to start with the computer",
            lambda _r: set_up_start_with_computer(startup),
            on_success=done,
            on_failure=failed,
        )

    def _new_address(self) -> None:
        if not self.confirm(self):
            return
        secrets, name = self.secrets, self.state.name
        self._set(replace(self.state, busy=True))
        self.worker.start(
            "making a new spreadsheet address",
            lambda _r: keys.new_feed_key(secrets, name),
            on_success=lambda key: self._set(replace(self.state, key=key, busy=False)),
            on_failure=self._failed,
        )

    def _copy(self, index: int) -> None:
        addresses = self.state.addresses()
        if index < len(addresses):
            self.copy_text(addresses[index][1])

    # --- drawing ---------------------------------------------------------------------------

    def render_state(self) -> None:
        """Draw :attr:`state`."""
        state = self.state
        kind, title, text = self._status_words(state)
        self.status.set_kind(kind)
        self.status.set_text(title, text)
        self.start_button.setVisible(state.can_start and not state.practice)
        self.start_button.setText(
            self.tr("Try again") if state.phase is FeedPhase.FAILED else self.tr("Start the feed")
        )
        self.start_button.setAccessibleName(self.start_button.text())
        self.startup_button.setVisible(not state.practice and state.phase is FeedPhase.RUNNING)
        self.startup_button.setEnabled(not state.busy)
        addresses = state.addresses()
        for index, (field, copy) in enumerate(self.rows):
            field.setText(addresses[index][1] if index < len(addresses) else "")
            field.setCursorPosition(0)  # the address's start shows: http://127.0.0.1:…
            copy.setEnabled(bool(addresses))
        self.new_address_button.setEnabled(
            bool(state.key) and not state.busy and state.phase is not FeedPhase.UNAVAILABLE
        )

    def _status_words(self, state: SpreadsheetState) -> tuple[str, str, str]:
        """The status banner's kind, title and text."""
        phase = state.phase
        note = f"\n{core_text(state.startup_note)}" if state.startup_note else ""
        if phase is FeedPhase.UNAVAILABLE:
            return (
                "warning",
                self.tr("This connection can't be used in a spreadsheet"),
                (f"{core_text(state.problem)} {core_text(state.fix)}"),
            )
        if phase is FeedPhase.FAILED:
            return (
                "error",
                self.tr("The feed is not running"),
                (f"{core_text(state.problem)} {core_text(state.fix)}"),
            )
        if phase is FeedPhase.LOADING:
            return "info", self.tr("Getting the addresses…"), ""
        if phase is FeedPhase.STARTING:
            return "info", self.tr("Starting the feed…"), self.tr("This takes a few seconds.")
        if phase is FeedPhase.STOPPED:
            return (
                "warning",
                self.tr("The feed is not running"),
                self.tr(
                    "Start it, and these addresses answer. It keeps running after you close "
                    "this window."
                ),
            )
        if state.practice:
            return (
                "practice",
                self.tr("The feed is running (practice mode)"),
                self.tr(
                    "In practice mode the lists are made up, and the addresses work only while "
                    "this window is open."
                ),
            )
        return (
            "success",
            self.tr("The feed is running"),
            self.tr(
                "It keeps running after you close this window. To have it start each time you "
                "log in, choose Start with the computer."
            )
            + note,
        )


def _ask_new_address(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SpreadsheetDialog", "Make a new address?"))
    box.setText(QCoreApplication.translate("SpreadsheetDialog", "Make a new address?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "SpreadsheetDialog",
            "Spreadsheets using the old addresses stop working until you paste the new ones "
            "into them. Do this if an address was shared by mistake.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("SpreadsheetDialog", "Make a new address"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("SpreadsheetDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    yes.setAccessibleName(yes.text())
    cancel.setAccessibleName(cancel.text())
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def open_spreadsheet_dialog(wizard: ConnectWizard, name: str) -> SpreadsheetDialog | None:
    """Open "Use in a spreadsheet…" for a saved connection (the start page's button)."""
    controller = wizard.controller
    row = controller.saved.state.current
    profile: Profile | None = row.profile if row is not None and row.name == name else None
    if profile is None:
        return None
    practice = controller.endpoints.practice
    state = SpreadsheetState(
        name,
        profile.organization_name,
        keys.DEFAULT_PORT,
        practice=practice,
    )
    if profile.secret_store != "keyring" and not practice:
        state = replace(
            state,
            phase=FeedPhase.UNAVAILABLE,
            problem=SESSION_ONLY_PROBLEM[0],
            fix=SESSION_ONLY_PROBLEM[1],
        )
    feed = wizard.findChild(PracticeFeed) or PracticeFeed(wizard) if practice else None
    dialog = SpreadsheetDialog(
        state,
        controller.secrets_for(profile),
        controller.worker,
        controller.copy_text,
        practice_port=feed.ensure if feed is not None else None,
        parent=wizard,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
