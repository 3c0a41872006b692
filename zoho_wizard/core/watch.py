"""The health watch's decisions: which connections need attention after an automatic
check, the likely cause in plain words, what the desktop notification says and what a
click on it opens, and what is remembered of the last automatic check (for the start page).

Zoho's answer to a dead connection's key is the same whatever killed it (``invalid_code``
on the refresh), so the notification names every likely cause instead of guessing one
(see the reference, section 13, "Ways a refresh token dies").
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zoho_wizard.core import errors
from zoho_wizard.core.health import HealthReport, Outcome
from zoho_wizard.core.store import config_dir, write_atomic

STATE_FILE = "watch-state.json"


class Verdict(enum.Enum):
    """What an automatic check found for one connection."""

    WORKING = "working"
    ATTENTION = "attention"  # it will not work again until someone acts
    NOT_CHECKED = "not_checked"  # it could not be checked now (offline, Zoho busy, store locked)


@dataclass(frozen=True)
class WatchEntry:
    """One connection's result in an automatic check.

    Attributes:
        name: The connection's name.
        verdict: What was found.
        problem: What is wrong, in plain words ("" when working).
        cause: The likely cause(s) ("" when the answer says all there is to say).
        fix: What to do.
    """

    name: str
    verdict: Verdict
    problem: str = ""
    cause: str = ""
    fix: str = ""


# Problems that say nothing about the connection itself: the check is simply repeated
# the next day (a timer often fires before the network is up, or with the store locked).
_PASSING_ACTIONS = frozenset({errors.Action.RETRY, errors.Action.WAIT, errors.Action.TRY_AGAIN})
_PASSING_ERRORS = frozenset({"KeyringUnavailableError", "NetworkError", "ServerError"})

_DEAD_KEY = (
    "Likely causes: the Zoho password was changed with the option to end API access "
    "(“terminate API tokens”); the app was removed under Connected Apps in the Zoho "
    "account's settings; or the key was replaced after 20 newer sign-ins with the same "
    "app. Zoho's answer does not say which."
)
# What Zoho's answer means (a short headline, for a notification) and its likely causes,
# by the error's class.
_LIKELY_CAUSES = {
    "InvalidCodeError": ("Zoho no longer accepts this connection's key.", _DEAD_KEY),
    "InvalidClientError": (
        "Zoho no longer knows the app this connection uses.",
        "Likely cause: the app was deleted in Zoho's API console (or it is no longer "
        "allowed in this data center).",
    ),
    "UnknownClientIdError": (
        "Zoho no longer knows the app this connection uses.",
        "Likely cause: the app was deleted in Zoho's API console.",
    ),
    "InvalidClientSecretError": (
        "Zoho no longer accepts the secret of the app this connection uses.",
        "Likely cause: the app's secret was replaced in Zoho's API console.",
    ),
    "SecretMissingError": (
        "A key of this connection is missing from this computer's password store.",
        "Likely cause: it was deleted from the password store, or the password store was reset.",
    ),
}
_ADMIN_FIX = (
    "Ask your firm's IT admin to check the app in Zoho's API console, then reconnect; "
    "your settings are kept."
)
_ADMIN_ERRORS = frozenset(
    {"InvalidClientError", "UnknownClientIdError", "InvalidClientSecretError"}
)


def _passing(action: errors.Action, error: str) -> bool:
    return action in _PASSING_ACTIONS or error in _PASSING_ERRORS


def assess(report: HealthReport) -> WatchEntry:
    """One connection's verdict from its health report, with the likely cause."""
    problems = [r for r in report.results if r.outcome is Outcome.PROBLEM]
    if not problems:
        return WatchEntry(report.connection, Verdict.WORKING)
    lasting = [r for r in problems if not _passing(r.action, r.error)]
    if not lasting:
        first = problems[0]
        return WatchEntry(report.connection, Verdict.NOT_CHECKED, first.detail, "", first.fix)
    first = lasting[0]
    fix = _ADMIN_FIX if first.error in _ADMIN_ERRORS else first.fix
    problem, cause = _LIKELY_CAUSES.get(first.error, (first.detail, ""))
    return WatchEntry(report.connection, Verdict.ATTENTION, problem, cause, fix)


def assess_failure(name: str, error: errors.ZohoWizardError) -> WatchEntry:
    """The verdict when the connection could not even be opened for the check."""
    kind = type(error).__name__
    verdict = Verdict.NOT_CHECKED if _passing(error.action, kind) else Verdict.ATTENTION
    problem, cause = _LIKELY_CAUSES.get(kind, (error.message, ""))
    return WatchEntry(name, verdict, problem, cause, error.fix)


def assess_damaged(name: str, problem: str) -> WatchEntry:
    """A connection whose saved settings can't be read."""
    return WatchEntry(
        name,
        Verdict.ATTENTION,
        f"Its saved settings can't be read ({problem}).",
        "",
        "Open zoho-wizard and reconnect it to make it again under the same name.",
    )


# --- the notification -------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchNotice:
    """What the desktop notification says.

    Attributes:
        summary: Its title.
        body: Its text (plain; escape it for a server that reads markup).
        connection: The connection a click opens the wizard on ("" for the whole list).
    """

    summary: str
    body: str
    connection: str = ""


CLICK_LABEL = "Open zoho-wizard"


def notice_for(entries: Iterable[WatchEntry]) -> WatchNotice | None:
    """The notification for an automatic check: None unless something needs attention
    (a working connection, or one that could not be checked today, says nothing)."""
    attention = [e for e in entries if e.verdict is Verdict.ATTENTION]
    if not attention:
        return None
    if len(attention) == 1:
        entry = attention[0]
        # What to do comes before the likely causes: a desktop may show only the first
        # lines until the notification is opened.
        lines = [entry.problem, entry.fix, "Click to open zoho-wizard on it.", entry.cause]
        return WatchNotice(
            f"Zoho Books connection “{entry.name}” needs attention",
            "\n".join(line for line in lines if line),
            entry.name,
        )
    lines = [f"“{e.name}”: {e.problem}" for e in attention]
    lines.append("Click to open zoho-wizard and reconnect them.")
    return WatchNotice(f"{len(attention)} Zoho Books connections need attention", "\n".join(lines))


def escape_markup(text: str) -> str:
    """Text for a notification server that reads simple markup in the body."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def click_command(program: Sequence[str], notice: WatchNotice) -> tuple[str, ...]:
    """What a click on the notification runs: the wizard, on that connection."""
    if notice.connection:
        return (*program, "--connection", notice.connection)
    return tuple(program)


def plain_lines(entries: Iterable[WatchEntry]) -> list[str]:
    """One line per connection, for the command line and the log."""
    words = {
        Verdict.WORKING: "working",
        Verdict.ATTENTION: "needs attention",
        Verdict.NOT_CHECKED: "could not be checked now",
    }
    lines = []
    for entry in entries:
        detail = " ".join(p for p in (entry.problem, entry.cause, entry.fix) if p)
        lines.append(f"{entry.name}: {words[entry.verdict]}" + (f". {detail}" if detail else ""))
    return lines


# --- what is remembered -----------------------------------------------------------------------


@dataclass(frozen=True)
class WatchState:
    """The last automatic check.

    Attributes:
        checked_at: When it ran (epoch seconds).
        connections_file: The connections file it checked.
        entries: Each connection's result.
    """

    checked_at: float
    connections_file: str
    entries: tuple[WatchEntry, ...]

    def to_json(self) -> dict[str, Any]:
        """The state file's content."""
        return {
            "version": 1,
            "checked_at": self.checked_at,
            "connections_file": self.connections_file,
            "connections": [
                {
                    "name": e.name,
                    "verdict": e.verdict.value,
                    "problem": e.problem,
                    "cause": e.cause,
                    "fix": e.fix,
                }
                for e in self.entries
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> WatchState:
        """Read the state file's content.

        Raises:
            ValueError: it is not a state this version wrote.
        """
        try:
            entries = tuple(
                WatchEntry(
                    str(item["name"]),
                    Verdict(item["verdict"]),
                    str(item.get("problem", "")),
                    str(item.get("cause", "")),
                    str(item.get("fix", "")),
                )
                for item in data["connections"]
            )
            return cls(float(data["checked_at"]), str(data["connections_file"]), entries)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError("not a watch state") from exc


def state_path(folder: Path | None = None) -> Path:
    """Where the last automatic check is remembered."""
    return (folder or config_dir()) / STATE_FILE


def read_state(path: Path) -> WatchState | None:
    """The last automatic check (None when there is none, or it can't be read)."""
    try:
        return WatchState.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def write_state(path: Path, state: WatchState) -> None:
    """Remember an automatic check.

    Raises:
        OSError: the file could not be written.
    """
    write_atomic(path, json.dumps(state.to_json(), indent=2, ensure_ascii=False))


# --- the start page's line --------------------------------------------------------------------


class Day(enum.Enum):
    """When the last automatic check ran, as people say it."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    EARLIER = "earlier"


@dataclass(frozen=True)
class LastCheck:
    """The start page's line about the watch.

    Attributes:
        at: When the last automatic check ran (local time), None before the first one.
        day: Today, yesterday or earlier.
        attention: The connections that needed attention then.
        not_checked: Those that could not be checked then.
    """

    at: dt.datetime | None
    day: Day = Day.TODAY
    attention: tuple[str, ...] = ()
    not_checked: tuple[str, ...] = ()


def last_check(
    state: WatchState | None,
    *,
    installed: bool,
    listed: Path,
    watched: Path,
    now: float,
) -> LastCheck | None:
    """What the start page says about the watch: nothing when it is not installed, or
    when the list shown (``listed``) is not the one it checks (``watched``), as in
    practice mode."""
    if not installed or listed != watched:
        return None
    if state is None or Path(state.connections_file) != watched:
        return LastCheck(None)
    at = dt.datetime.fromtimestamp(state.checked_at).astimezone()
    today = dt.datetime.fromtimestamp(now).astimezone().date()
    if at.date() == today:
        day = Day.TODAY
    elif at.date() == today - dt.timedelta(days=1):
        day = Day.YESTERDAY
    else:
        day = Day.EARLIER
    return LastCheck(
        at,
        day,
        tuple(e.name for e in state.entries if e.verdict is Verdict.ATTENTION),
        tuple(e.name for e in state.entries if e.verdict is Verdict.NOT_CHECKED),
    )
