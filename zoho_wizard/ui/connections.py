"""The saved connections behind the start page: list, check, disconnect, receipt.

The start page draws one :class:`StartState` and emits intents; :class:`SavedConnections`
applies them and announces the new state with ``changed``. Anything that may block
(Zoho, the password store) runs on the controller's
:class:`~zoho_wizard.ui.worker.Worker` and comes back on the GUI thread. Steps of the
wizard are not decided here: a reconnect hands :class:`ConnectionDetails` to the
controller, which applies :func:`zoho_wizard.core.flow.reconnect`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from zoho_wizard.core import access, errors
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER, by_id
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.store import Profile, ProfileStore, SecretStore
from zoho_wizard.ui.i18n import core_text
from zoho_wizard.ui.worker import Worker

if TYPE_CHECKING:  # (loaded when a connection is first checked, disconnected or printed)
    from zoho_wizard.core.connection import DisconnectReport, SavedConnection
    from zoho_wizard.core.health import HealthReport

log = logging.getLogger(__name__)

# Words are translated with QCoreApplication.translate("SavedConnections", ...) written out
# in full, so that pyside6-lupdate files them under the context used at run time.


def default_scopes() -> tuple[str, ...]:
    """What the details page asks for by default (its access choices and the e-mail)."""
    return access.default_scopes()


def readable_time(iso: str) -> str:
    """``2026-11-28T18:33:00+01:00`` → ``28 November 2026 at 18:33`` (as given, if odd)."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return QCoreApplication.translate("SavedConnections", "{day} {month_year} at {time}").format(
        day=moment.day, month_year=f"{moment:%B %Y}", time=f"{moment:%H:%M}"
    )


def data_center_label(dc: str) -> str:
    """The data center's name for people (its ID when unknown)."""
    try:
        return core_text(by_id(dc).label)
    except KeyError:
        return dc


def default_receipt_path(name: str) -> Path:
    """``Documents/Zoho connection receipt - NAME.pdf``, the same file the CLI writes."""
    from zoho_wizard.cli import default_receipt_path as cli_default

    return cli_default(name)


# --- what a row says ------------------------------------------------------------------------


@dataclass(frozen=True)
class Health:
    """A connection's health in words, with the icon that repeats them.

    Attributes:
        icon: ``check``, ``warning``, ``pending`` or ``error`` (resources/icons).
        words: The status: "Working", "Needs attention", "Not checked", "Damaged".
        detail: The sentence under it (what is wrong, or when it was checked).
        needs_reconnect: Reconnecting is the way forward.
    """

    icon: str
    words: str
    detail: str = ""
    needs_reconnect: bool = False

    @property
    def sentence(self) -> str:
        """ "Needs attention: <detail>", or just the words when nothing is wrong."""
        if self.icon in ("warning", "error") and self.detail:
            return f"{self.words}: {self.detail}"
        return self.words


def health_of(profile: Profile) -> Health:
    """The health a saved profile records (from its last check; nothing is run)."""
    if profile.secret_store == "session":
        return Health(
            "warning",
            QCoreApplication.translate("SavedConnections", "Needs attention"),
            QCoreApplication.translate(
                "SavedConnections",
                "Its keys were kept for one session only and are gone now. Reconnect to use "
                "it again.",
            ),
            needs_reconnect=True,
        )
    checked = (
        QCoreApplication.translate("SavedConnections", "Checked {when}").format(
            when=readable_time(profile.checked_at)
        )
        if profile.checked_at
        else ""
    )
    if profile.health == "ok":
        return Health("check", QCoreApplication.translate("SavedConnections", "Working"), checked)
    if profile.health == "attention":
        return Health(
            "warning",
            QCoreApplication.translate("SavedConnections", "Needs attention"),
            profile.health_detail
            or QCoreApplication.translate("SavedConnections", "The last check found a problem."),
        )
    return Health(
        "pending",
        QCoreApplication.translate("SavedConnections", "Not checked"),
        QCoreApplication.translate(
            "SavedConnections", "Choose Check to see whether it still works."
        ),
    )


@dataclass(frozen=True)
class SavedRow:
    """One line of the start page's list: a saved connection, or a damaged entry.

    Attributes:
        name: The connection's name.
        profile: Its settings; None for a damaged entry.
        problem: What is wrong with a damaged entry.
    """

    name: str
    profile: Profile | None = None
    problem: str = ""

    @property
    def damaged(self) -> bool:
        """True when the entry's settings could not be read."""
        return self.profile is None

    def health(self, path: str) -> Health:
        """The row's status in words."""
        if self.profile is None:
            return Health(
                "error",
                QCoreApplication.translate("SavedConnections", "Damaged"),
                QCoreApplication.translate(
                    "SavedConnections", "Its saved settings in {path} can't be read ({problem})."
                ).format(path=path, problem=self.problem),
                needs_reconnect=True,
            )
        return health_of(self.profile)

    def facts(self) -> str:
        """Organization · data center · when connected, for the row's second line."""
        profile = self.profile
        if profile is None:
            return QCoreApplication.translate(
                "SavedConnections",
                "Reconnect to make it again with the same name; the other connections work.",
            )
        parts = [
            profile.organization_name
            or QCoreApplication.translate("SavedConnections", "No organization chosen"),
            data_center_label(profile.data_center),
        ]
        if profile.connected_at:
            parts.append(
                QCoreApplication.translate("SavedConnections", "connected {when}").format(
                    when=readable_time(profile.connected_at)
                )
            )
        return " · ".join(parts)

    def spoken(self, path: str) -> str:
        """Everything the row shows, as one sentence for screen readers."""
        return f"{self.name}. {self.facts()}. {self.health(path).sentence}"


# --- what the page shows --------------------------------------------------------------------


@dataclass(frozen=True)
class Notice:
    """A message above the list, with at most one way forward.

    Attributes:
        kind: Banner kind (``success``, ``warning``, ``error``, ``info``).
        title: The headline.
        lines: Sentences under it.
        offer: ``remove_anyway`` (disconnect locally), ``open_folder`` or "".
        name: The connection the offer is for.
        folder: The folder ``open_folder`` opens.
    """

    kind: str
    title: str
    lines: tuple[str, ...] = ()
    offer: str = ""
    name: str = ""
    folder: str = ""


@dataclass(frozen=True)
class StartState:
    """Everything the start page shows.

    Attributes:
        rows: Saved connections, then damaged entries, each sorted by name.
        path: The connections file.
        file_problem: Why the whole file could not be read ("" when it could).
        selected: The selected row's name.
        busy: What is running now, in words ("" when idle).
        busy_name: The connection that work is about.
        reports: The latest health check of each connection checked in this session.
        notice: A message with its way forward.
    """

    rows: tuple[SavedRow, ...] = ()
    path: str = ""
    file_problem: str = ""
    selected: str = ""
    busy: str = ""
    busy_name: str = ""
    reports: Mapping[str, HealthReport] = field(default_factory=dict)
    notice: Notice | None = None

    def row(self, name: str) -> SavedRow | None:
        """The row called ``name``."""
        return next((r for r in self.rows if r.name == name), None)

    @property
    def current(self) -> SavedRow | None:
        """The selected row."""
        return self.row(self.selected)

    @property
    def has_any(self) -> bool:
        """Whether there is anything to show (a connection, a damaged one, a bad file)."""
        return bool(self.rows or self.file_problem)


def load_rows(profiles: ProfileStore) -> tuple[tuple[SavedRow, ...], str]:
    """The list's rows and, when the whole file is unreadable, why."""
    try:
        loaded = profiles.load()
    except errors.ProfileCorruptError as exc:
        return (), exc.detail or exc.message
    good = sorted(loaded.profiles.values(), key=lambda p: p.name.lower())
    rows = [SavedRow(p.name, p) for p in good]
    rows += [
        SavedRow(name, None, problem)
        for name, problem in sorted(loaded.broken.items(), key=lambda item: item[0].lower())
    ]
    return tuple(rows), ""


# --- reconnecting ---------------------------------------------------------------------------


def details_from_profile(profile: Profile, client_secret: str) -> ConnectionDetails:
    """Every setting of a saved connection, for the details page on a reconnect."""
    return ConnectionDetails(
        name=profile.name,
        client_id=profile.client_id,
        client_secret=client_secret,
        data_center=profile.data_center,
        scopes=profile.scopes,
        redirect_uri=profile.redirect_uri or DEFAULT_REDIRECT_URI,
        use_pkce=profile.use_pkce,
    )


def salvaged_details(path: Path, name: str, client_secret: str) -> ConnectionDetails:
    """What can still be read of a damaged entry; defaults fill the rest.

    The person checks and completes these on the details page; nothing here is trusted
    beyond being text of the right shape.
    """
    entry: Any = {}
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))["connections"][name]
    except (OSError, ValueError, KeyError, TypeError):
        entry = {}
    if not isinstance(entry, dict):
        entry = {}

    def text(key: str, default: str) -> str:
        value = entry.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else default

    raw_scopes = entry.get("scopes")
    scopes = (
        tuple(raw_scopes)
        if isinstance(raw_scopes, list)
        and raw_scopes
        and all(isinstance(s, str) for s in raw_scopes)
        else default_scopes()
    )
    data_center = text("data_center", DEFAULT_DATA_CENTER)
    try:
        by_id(data_center)
    except KeyError:
        data_center = DEFAULT_DATA_CENTER
    return ConnectionDetails(
        name=name,
        client_id=text("client_id", ""),
        client_secret=client_secret,
        data_center=data_center,
        scopes=scopes,
        redirect_uri=text("redirect_uri", DEFAULT_REDIRECT_URI),
        use_pkce=entry.get("use_pkce") is True,
    )


def blank_details(taken: frozenset[str]) -> ConnectionDetails:
    """A new connection's details as the details page starts them, under a free name.

    Used when a reconnect's values are still in the form: a new connection must not
    inherit another connection's name or secret.
    """

    return ConnectionDetails(
        name=access.free_name(access.DEFAULT_NAME, taken),
        client_id="",
        client_secret="",
        data_center=DEFAULT_DATA_CENTER,
        scopes=default_scopes(),
        redirect_uri=DEFAULT_REDIRECT_URI,
    )


def read_client_secret(secrets: SecretStore, name: str) -> str:
    """The saved client secret, or "" when it is missing or the store can't be read."""
    try:
        return secrets.get(name, "client_secret") or ""
    except errors.ZohoWizardError:
        return ""


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
    from zoho_wizard.core.receipt import build_receipt
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
        changed(object): the new :class:`StartState`.
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
        title = (
            QCoreApplication.translate("SavedConnections", "“{name}” is disconnected").format(
                name=report.connection
            )
            if report.revoked_at_zoho
            else QCoreApplication.translate(
                "SavedConnections", "“{name}” is removed from this computer"
            ).format(name=report.connection)
        )
        kind = "success" if report.revoked_at_zoho else "warning"
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
        stamp = dt.datetime.fromtimestamp(self.clock()).strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        try:
            path.rename(aside)
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
