"""The saved connections behind the start page: list, check, disconnect, receipt.

The start page draws one :class:`~zoho_wizard.ui.saved_rows.StartState` and emits
intents; :class:`SavedConnections` applies them and announces the new state with
``changed``. Anything that may block (Zoho, the password store) runs on the controller's
:class:`~zoho_wizard.ui.worker.Worker` and comes back on the GUI thread. Steps of the
wizard are not decided here: a reconnect hands
:class:`~zoho_wizard.core.details.ConnectionDetails` (from :mod:`zoho_wizard.core.saved`)
to the controller, which applies :func:`zoho_wizard.core.flow.reconnect`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from zoho_wizard.core import errors
from zoho_wizard.core.receipt import build_receipt, default_receipt_path

# Re-exported for ui/controller.py, which still imports them from here (they live in core).
from zoho_wizard.core.saved import set_aside
from zoho_wizard.core.store import Profile, ProfileStore, SecretStore
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.saved_rows import Notice, StartState, load_rows
from zoho_wizard.ui.worker import Worker

if TYPE_CHECKING:  # (loaded when a connection is first checked, disconnected or printed)
    from zoho_wizard.core.connection import DisconnectReport, SavedConnection
    from zoho_wizard.core.health import HealthReport

log = logging.getLogger(__name__)

# Words are translated with QCoreApplication.translate("SavedConnections", ...) written out
# in full, so that pyside6-lupdate files them under the context used at run time.


# --- the receipt ------------------------------------------------------------------------------


def ask_receipt_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the receipt (a save dialog); None when the person cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SavedConnections", "Save the connection receipt"),
        str(suggested),
        QCoreApplication.translate("SavedConnections", "PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def write_receipt(profile: Profile, secrets_place: str, path: Path) -> Path:
    """Write the one-page PDF receipt of ``profile`` to ``path``."""
    from zoho_wizard.ui.receipt import write_receipt_pdf

    return write_receipt_pdf(build_receipt(profile, secrets_place), path)


# --- the object the start page talks to -------------------------------------------------------


class SavedConnections(QObject):
    """Applies the start page's intents to the saved connections.

    Args:
        profiles: The connections file.
        worker: Runs blocking work (the controller's).
        secrets_for: The secret store a saved profile's secrets are in.
        clock: Epoch seconds (for refresh decisions in checks).
        open_url: Opens a folder or web address with the system.
        ask_path: Asks where to save a receipt; tests replace it.

    Signals:
        changed(object): the new :class:`~zoho_wizard.ui.saved_rows.StartState`.
    """

    changed = Signal(object)

    def __init__(
        self,
        profiles: ProfileStore,
        worker: Worker,
        secrets_for: Callable[[Profile], SecretStore],
        *,
        clock: Callable[[], float] = time.time,
        open_url: Callable[[str], Any] | None = None,
        ask_path: Callable[[QWidget | None, Path], Path | None] = ask_receipt_path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.worker = worker
        self.secrets_for = secrets_for
        self.clock = clock
        self.open_url = open_url or (lambda _url: None)
        self.ask_path = ask_path
        self._state = StartState(path=str(profiles.path))
        self.reload()

    # --- reading ----------------------------------------------------------------------------

    @property
    def state(self) -> StartState:
        """What the start page shows now."""
        return self._state

    def _set(self, state: StartState) -> None:
        self._state = state
        self.changed.emit(state)

    def reload(self, *, select: str | None = None, notice: Notice | None = None) -> None:
        """Read the connections file again (a local file: quick enough for the GUI)."""
        rows, problem = load_rows(self.profiles)
        wanted = self._state.selected if select is None else select
        names = [r.name for r in rows]
        selected = wanted if wanted in names else (names[0] if names else "")
        reports = {k: v for k, v in self._state.reports.items() if k in names}
        self._set(
            replace(
                self._state,
                rows=rows,
                file_problem=problem,
                selected=selected,
                reports=reports,
                notice=notice if notice is not None else self._state.notice,
            )
        )

    def select(self, name: str) -> None:
        """The person selected a row."""
        if name != self._state.selected and self._state.row(name) is not None:
            self._set(replace(self._state, selected=name))

    def dismiss_notice(self) -> None:
        """Hide the message above the list."""
        if self._state.notice is not None:
            self._set(replace(self._state, notice=None))

    def _busy(self, words: str, name: str) -> bool:
        """Mark work as running; False when something else still runs."""
        if self._state.busy:
            return False
        self._set(replace(self._state, busy=words, busy_name=name, notice=None))
        return True

    def _idle(self, **changes: Any) -> None:
        self._set(replace(self._state, busy="", busy_name="", **changes))

    def _open(self, profile: Profile) -> SavedConnection:
        from zoho_wizard.core.connection import SavedConnection

        return SavedConnection(profile, self.secrets_for(profile), self.profiles, clock=self.clock)

    def _check(self, profile: Profile) -> HealthReport:
        from zoho_wizard.core.health import check

        return check(self._open(profile))

    # --- check ------------------------------------------------------------------------------

    def check(self, name: str) -> None:
        """Run the health check of one connection in the background."""
        row = self._state.row(name)
        if row is None or row.profile is None:
            return
        profile = row.profile
        if not self._busy(
            QCoreApplication.translate("SavedConnections", "Checking “{name}”…").format(name=name),
            name,
        ):
            return
        self.worker.start(
            "checking a connection",
            lambda _report: self._check(profile),
            on_success=lambda report: self._checked({name: report}, select=name),
            on_failure=lambda error: self.report_failure(error, name),
        )

    def check_all(self) -> None:
        """Check every saved connection, one after the other, in the background."""
        profiles = [r.profile for r in self._state.rows if r.profile is not None]
        if not profiles or not self._busy(
            QCoreApplication.translate("SavedConnections", "Checking every connection…"), ""
        ):
            return

        def work(_report: Callable[[Any], None]) -> dict[str, HealthReport]:
            reports: dict[str, HealthReport] = {}
            for profile in profiles:
                try:
                    reports[profile.name] = self._check(profile)
                except errors.ZohoWizardError:
                    log.info("a connection could not be checked")
            return reports

        self.worker.start(
            "checking every connection",
            work,
            on_success=lambda reports: self._checked(reports, select=None),
            on_failure=lambda error: self.report_failure(error, ""),
        )

    def _checked(self, reports: dict[str, HealthReport], *, select: str | None) -> None:
        merged = {**self._state.reports, **reports}
        self._idle(reports=merged)
        self.reload(select=select)  # check() saved the result in the profile

    def report_failure(self, error: errors.ZohoWizardError, name: str) -> None:
        """Show a failure of work about ``name`` ("" for all) above the list."""
        title = (
            QCoreApplication.translate("SavedConnections", "“{name}”: {message}").format(
                name=name, message=core_text(error.message)
            )
            if name
            else core_text(error.message)
        )
        self._idle(notice=Notice("error", title, (core_text(error.fix),)))

    # --- disconnect -------------------------------------------------------------------------

    def disconnect_connection(self, name: str, *, anyway: bool = False) -> None:
        """Revoke at Zoho, then delete locally (``anyway``: even if Zoho can't be reached)."""
        row = self._state.row(name)
        if row is None or row.profile is None:
            return
        profile = row.profile
        if not self._busy(
            QCoreApplication.translate("SavedConnections", "Disconnecting “{name}”…").format(
                name=name
            ),
            name,
        ):
            return
        self.worker.start(
            "disconnecting a connection",
            lambda _report: self._open(profile).disconnect(remove_if_unreachable=anyway),
            on_success=self._disconnected,
            on_failure=lambda error: self._disconnect_failed(error, name),
        )

    def _disconnected(self, report: DisconnectReport) -> None:
        reports = {k: v for k, v in self._state.reports.items() if k != report.connection}
        self._idle(reports=reports)
        # "Disconnected" only when Zoho said the key no longer works; otherwise say what
        # was done here, and the lines say what is left to do at Zoho.
        if report.revoked_at_zoho or report.nothing_to_revoke:
            title = QCoreApplication.translate("SavedConnections", "“{name}” is disconnected")
        elif report.unconfirmed:
            title = QCoreApplication.translate(
                "SavedConnections",
                "“{name}” is removed from this computer, but Zoho did not confirm it "
                "revoked the access",
            )
        else:
            title = QCoreApplication.translate(
                "SavedConnections", "“{name}” is removed from this computer"
            )
        title = title.format(name=report.connection)
        kind = "success" if report.revoked_at_zoho or report.nothing_to_revoke else "warning"
        self.reload(notice=Notice(kind, title, tuple(core_text(x) for x in report.lines())))

    def _disconnect_failed(self, error: errors.ZohoWizardError, name: str) -> None:
        if isinstance(error, errors.NetworkError | errors.ServerError):
            notice = Notice(
                "error",
                QCoreApplication.translate(
                    "SavedConnections", "“{name}” is still connected"
                ).format(name=name),
                (
                    core_text(error.message),
                    QCoreApplication.translate(
                        "SavedConnections",
                        "You can remove it from this computer anyway. Zoho then still lists "
                        "it under Zoho Accounts → Sessions → Connected Apps, where you can "
                        "remove it later.",
                    ),
                ),
                offer="remove_anyway",
                name=name,
            )
            self._idle(notice=notice)
            return
        self.report_failure(error, name)

    # --- receipt ----------------------------------------------------------------------------

    def secrets_place(self, profile: Profile) -> str:
        """Where a saved connection's secrets are, in words for the receipt."""
        try:
            return self.secrets_for(profile).describe(profile.name)
        except Exception:  # describing is cosmetic; never fail the receipt over it
            log.exception("could not describe the secret store")
            return ""

    def save_receipt(self, name: str, parent: QWidget | None = None) -> Path | None:
        """Ask where, then write the receipt of a saved connection; shows the outcome."""
        row = self._state.row(name)
        if row is None or row.profile is None:
            return None
        notice = self.receipt_of(row.profile, self.secrets_place(row.profile), parent)
        if notice is None:
            return None
        self._set(replace(self._state, notice=notice))
        return Path(notice.lines[0]) if notice.kind == "success" else None

    def receipt_of(
        self, profile: Profile, secrets_place: str, parent: QWidget | None = None
    ) -> Notice | None:
        """Ask where, then write ``profile``'s receipt; None when the person cancelled."""
        target = self.ask_path(parent, default_receipt_path(profile.name))
        if target is None:
            return None
        return receipt_notice(profile, secrets_place, target)

    # --- the file itself --------------------------------------------------------------------

    def folder(self) -> Path:
        """The folder holding the connections file."""
        return Path(self._state.path).parent

    def open_folder(self, folder: str = "") -> None:
        """Show a folder (the connections file's, by default) in the file manager."""
        from PySide6.QtCore import QUrl

        self.open_url(QUrl.fromLocalFile(folder or str(self.folder())).toString())

    def set_file_aside(self) -> None:
        """Rename an unreadable connections file so a fresh list can start.

        The keys stay in the password store; connecting again under the same names
        replaces them.
        """
        path = Path(self._state.path)
        try:
            aside = set_aside(path, self.clock())
        except OSError as exc:
            self.reload(
                notice=Notice(
                    "error",
                    QCoreApplication.translate(
                        "SavedConnections", "The file could not be renamed ({reason})."
                    ).format(reason=exc.strerror or type(exc).__name__),
                    (
                        QCoreApplication.translate(
                            "SavedConnections", "Ask your firm's IT person to move it: {path}"
                        ).format(path=path),
                    ),
                    offer="open_folder",
                    folder=str(path.parent),
                )
            )
            return
        self.reload(
            notice=Notice(
                "success",
                QCoreApplication.translate("SavedConnections", "The damaged file was set aside"),
                (
                    QCoreApplication.translate(
                        "SavedConnections", "It is now called {name}, in the same folder."
                    ).format(name=aside.name),
                    QCoreApplication.translate(
                        "SavedConnections", "Choose New connection to connect again."
                    ),
                ),
                offer="open_folder",
                folder=str(path.parent),
            )
        )


def receipt_notice(profile: Profile, secrets_place: str, target: Path) -> Notice:
    """Write the receipt and say how it went (the PDF is made on the GUI thread: Qt's
    text layout is not meant for worker threads, and one page takes a moment)."""
    try:
        written = write_receipt(profile, secrets_place, target)
    except OSError as exc:
        return Notice(
            "error",
            QCoreApplication.translate(
                "SavedConnections", "The receipt could not be saved ({reason})"
            ).format(reason=exc.strerror or type(exc).__name__),
            (
                QCoreApplication.translate(
                    "SavedConnections", "Choose another folder, for example your Documents folder."
                ),
            ),
        )
    if not written.is_file() or written.stat().st_size == 0:
        return Notice(
            "error",
            QCoreApplication.translate("SavedConnections", "The receipt could not be saved"),
            (
                QCoreApplication.translate(
                    "SavedConnections", "Choose another folder, for example your Documents folder."
                ),
            ),
        )
    return Notice(
        "success",
        QCoreApplication.translate("SavedConnections", "Receipt saved"),
        (str(written),),
        offer="open_folder",
        folder=str(written.parent),
    )
