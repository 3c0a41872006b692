""" "Use in a spreadsheet…": what the dialog shows, and the work behind its buttons.

The dialog (``ui/spreadsheet.py``) draws one :class:`SpreadsheetState` and runs these
functions off the GUI thread: :func:`open_feed` (the connection's key, and whether the feed
answers for it now), :func:`start_feed` (start it as a process of its own, then wait until
it answers) and :func:`set_up_start_with_computer`.

**Where the feed runs.** For a saved connection, as a background ``zoho-wizard serve``
that outlives the window: a spreadsheet is refreshed later, when the wizard is long
closed. In practice mode the connection's keys die with the practice sandbox inside the
window, so the feed runs inside the window too, on a port the system chooses, and the
dialog says so. A connection kept "for this session only" has its keys in the window's
memory, out of another process's reach: the dialog says why it cannot be used.
"""

from __future__ import annotations

import enum
import errno
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from zoho_wizard.core import errors
from zoho_wizard.core.feed import autostart, keys
from zoho_wizard.core.feed.lists import FEED_LISTS
from zoho_wizard.core.feed.server import FeedPortInUseError, feed_answers
from zoho_wizard.core.store import SecretStore

START_ATTEMPTS = 120
"""How many times (a quarter of a second apart) a started feed is asked whether it answers."""


class FeedPhase(enum.Enum):
    """Where the feed is, as the dialog shows it."""

    LOADING = "loading"  # reading the key, asking the feed
    STOPPED = "stopped"  # not answering: "Start the feed"
    STARTING = "starting"
    RUNNING = "running"
    FAILED = "failed"  # could not start (problem and fix say why)
    UNAVAILABLE = "unavailable"  # this connection cannot be served (problem says why)


@dataclass(frozen=True)
class SpreadsheetState:
    """Everything the dialog shows.

    Attributes:
        name: The connection.
        organization: Its organization's name.
        port: The feed's port.
        practice: Practice mode (the feed runs inside the window).
        phase: Where the feed is.
        key: The connection's key ("" until read).
        problem: What went wrong (FAILED, UNAVAILABLE, or a failed "start with the computer").
        fix: What to do about it.
        startup_note: What "Start with the computer" did.
        busy: A button's work is running (the buttons wait).
    """

    name: str
    organization: str
    port: int
    practice: bool = False
    phase: FeedPhase = FeedPhase.LOADING
    key: str = ""
    problem: str = ""
    fix: str = ""
    startup_note: str = ""
    busy: bool = False

    def addresses(self) -> list[tuple[str, str]]:
        """(label, address) for the start page and each list; empty until the key is read."""
        if not self.key:
            return []
        base = keys.base_address(self.port, self.key)
        rows = [("Start page (every list)", base)]
        rows.extend(
            (item.label, keys.list_address(self.port, self.key, item.path)) for item in FEED_LISTS
        )
        return rows

    @property
    def can_start(self) -> bool:
        """ "Start the feed" is offered."""
        return self.phase in (FeedPhase.STOPPED, FeedPhase.FAILED) and not self.busy


PORT_TAKEN_FIX = (
    "Close the other program and try again. If it keeps happening, ask your firm's IT "
    "person: the feed can use another port (zoho-wizard serve --port)."
)

SESSION_ONLY_PROBLEM = (
    "This connection's keys are kept only while this window is open, so a spreadsheet "
    "cannot use it after the window closes.",
    "Reconnect it and let the wizard save its keys in this computer's password store.",
)


def open_feed(
    secrets: SecretStore,
    name: str,
    port: int,
    *,
    probe: Callable[[int, str], bool] = feed_answers,
) -> tuple[str, bool]:
    """The connection's key (made the first time) and whether the feed answers for it.

    Raises:
        KeyringUnavailableError: the password store could not be used.
    """
    key = keys.feed_key(secrets, name)
    return key, probe(port, key)


def port_is_free(port: int) -> bool:
    """Whether nothing listens on ``127.0.0.1:port`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((keys.HOST, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES) or getattr(exc, "winerror", None):
                return False
            raise
    return True


def start_feed(
    port: int,
    key: str,
    *,
    command: Sequence[str] | None = None,
    launch: Callable[[Sequence[str], int | None], int] = autostart.start_feed_process,
    probe: Callable[[int, str], bool] = feed_answers,
    sleep: Callable[[float], None] = time.sleep,
) -> int | None:
    """Start the feed for every saved connection as a process of its own, and wait until
    it answers for ``key``. Returns the new process's id (None: it was running already).

    Raises:
        FeedPortInUseError: another program holds the port.
        ZohoWizardError: the feed did not start, or did not answer.
    """
    if probe(port, key):
        return None
    if not port_is_free(port):
        raise FeedPortInUseError(port, PORT_TAKEN_FIX)
    command = list(command or autostart.serve_command())
    try:
        pid = launch(command, None if port == keys.DEFAULT_PORT else port)
    except OSError:
        raise errors.ZohoWizardError(
            "The spreadsheet feed could not be started on this computer.",
            "Try again. If it keeps happening, ask your firm's IT person to run "
            "“zoho-wizard serve” and read what it says.",
        ) from None
    for _ in range(START_ATTEMPTS):
        if probe(port, key):
            return pid
        sleep(0.25)
    raise errors.ZohoWizardError(
        "The spreadsheet feed started but does not answer.",
        "Try again. If it keeps happening, ask your firm's IT person to run "
        "“zoho-wizard serve” and read what it says.",
    )


def set_up_start_with_computer(
    startup: autostart.StartupFile,
    *,
    run: Callable[[Sequence[str]], int] | None = None,
) -> str:
    """Write the file that starts the feed at login, and turn it on where a command does
    that (``systemctl --user enable``); what was done, in words.

    Raises:
        ZohoWizardError: the file could not be written.
    """
    try:
        path = autostart.write_startup_file(startup)
    except OSError as exc:
        raise errors.ZohoWizardError(
            f"The file that starts the feed could not be written ({exc.strerror}).",
            "Ask your firm's IT person to set it up; the README's “Spreadsheets” section says how.",
        ) from None
    done = f"The feed will start when you log in to this computer (set up in {path})."
    if not startup.enable or startup.system == "macos":
        return done  # Windows' Startup folder and launchd's agents need nothing more
    if shutil.which(startup.enable[0]) is None:
        return f"{done} Ask your firm's IT person to turn it on: {' '.join(startup.enable)}"
    runner = run or _run
    if runner(startup.enable) != 0:
        return (
            f"The file is in {path}, but it could not be turned on. Ask your firm's IT "
            f"person to run: {' '.join(startup.enable)}"
        )
    return done


def _run(command: Sequence[str]) -> int:
    try:
        return subprocess.run(  # our own fixed command, no shell
            list(command), capture_output=True, timeout=30, check=False
        ).returncode
    except (OSError, subprocess.TimeoutExpired):
        return 1
