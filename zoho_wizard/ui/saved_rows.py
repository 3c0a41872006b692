"""What the start page shows: each saved connection's row, its health in words, the
message above the list, and the page's whole state as one value.

Which connections are listed, in which order, and how each is doing is decided in
:mod:`zoho_wizard.core.saved`; this module puts it into words (translated at display
time). :class:`~zoho_wizard.ui.connections.SavedConnections` makes new states, and the
start page draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.saved import SavedStatus, read_saved, status_of
from zoho_wizard.core.store import Profile, ProfileStore
from zoho_wizard.ui.i18n import core_text

if TYPE_CHECKING:  # (loaded when a connection is first checked)
    from zoho_wizard.core.health import HealthReport

# Words are translated with QCoreApplication.translate("SavedConnections", ...) written out
# in full, so that pyside6-lupdate files them under the context used at run time.


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
    status = status_of(profile)
    if status is SavedStatus.SESSION_ENDED:
        return Health(
            "warning",
            QCoreApplication.translate("SavedConnections", "Needs attention"),
            QCoreApplication.translate(
                "SavedConnections",
                "Its keys were kept for one session only and are gone now. Reconnect to use "
                "it again.",
            ),
            needs_reconnect=status.needs_reconnect,
        )
    checked = (
        QCoreApplication.translate("SavedConnections", "Checked {when}").format(
            when=readable_time(profile.checked_at)
        )
        if profile.checked_at
        else ""
    )
    if status is SavedStatus.WORKING:
        return Health("check", QCoreApplication.translate("SavedConnections", "Working"), checked)
    if status is SavedStatus.NEEDS_ATTENTION:
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
                needs_reconnect=SavedStatus.DAMAGED.needs_reconnect,
            )
        return health_of(self.profile)

    def facts(self) -> str:
        """Organization · (for scheduled jobs ·) data center · when connected, for the
        row's second line."""
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
        if profile.unattended:  # a Self Client's, with no person signed in
            parts.insert(1, QCoreApplication.translate("SavedConnections", "for scheduled jobs"))
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
    saved = read_saved(profiles)
    rows = [SavedRow(p.name, p) for p in saved.profiles]
    rows += [SavedRow(name, None, problem) for name, problem in saved.broken]
    return tuple(rows), saved.problem
