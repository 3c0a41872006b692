"""``zoho-wizard run NAME [--refresh-file FILE] -- COMMAND [ARGS...]``.

Runs COMMAND with a fresh access token and what it needs to call Zoho Books in its
environment only (what it gets is decided in :mod:`zoho_wizard.core.handoff`), and
exits with COMMAND's exit code. Here is only the process handling: starting the command
with our stdin, stdout and stderr, passing its exit code on, Ctrl+C and termination,
and rewriting the token file while the command runs.

The command always runs as a child process, never by ``exec``: the parent must stay to
rewrite the token file and remove it afterwards, and with ``--demo`` the practice Zoho
the command talks to lives in the parent. Windows has no ``exec`` anyway.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_USAGE, Handler, opened_connection

if TYPE_CHECKING:
    from zoho_wizard.cli.common import Subparsers
    from zoho_wizard.core.handoff import HandedConnection, Handoff

#: Shells' exit codes for a command that cannot be started.
EXIT_NOT_RUNNABLE = 126
EXIT_COMMAND_NOT_FOUND = 127

_WINDOWS = os.name == "nt"

log = logging.getLogger(__name__)

_USAGE = "zoho-wizard run NAME [--refresh-file FILE] -- COMMAND [ARGS ...]"


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``run`` to the parser; its handler by name."""
    p_run = sub.add_parser(
        "run",
        usage=_USAGE,
        help="run a command with a fresh access token in its environment",
        description="Run COMMAND with ZOHO_ACCESS_TOKEN, ZOHO_ACCESS_TOKEN_EXPIRES_AT, "
        "ZOHO_ACCESS_TOKEN_EXPIRES_ON, ZOHO_API_DOMAIN, ZOHO_BOOKS_API, ZOHO_ORGANIZATION_ID "
        "and ZOHO_CONNECTION in its environment (never the refresh token or the client "
        "secret), and exit with its exit code. Everything after -- is the command.",
    )
    p_run.add_argument("name", help="the connection's name")
    p_run.add_argument(
        "--refresh-file",
        metavar="FILE",
        help="also write the token to FILE (a new file, private to you), rewritten before "
        "the token expires for as long as the command runs, and removed when it ends; the "
        "command finds it in ZOHO_ACCESS_TOKEN_FILE",
    )
    return {"run": cmd_run}


def split_command_line(
    argv: Sequence[str], value_options: Sequence[str] = ()
) -> tuple[list[str], list[str] | None]:
    """Take the command to run out of ``run``'s command line: everything after the first
    ``--`` that follows the ``run`` subcommand. ``(the rest, the command)``; the command
    is None when the subcommand is not ``run`` or there is no ``--``.

    The split is made before argparse sees the arguments: argparse drops (depending on
    the Python version) any ``--``, also those meant for the command.
    """
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return args, None  # a -- before any subcommand is not ours
        if arg in value_options:
            index += 2
            continue
        if arg.startswith("-"):
            index += 1
            continue
        if arg != "run":
            return args, None
        if "--" not in args[index:]:
            return args, None
        cut = args.index("--", index)
        return args[:cut], args[cut + 1 :]
    return args, None


def cmd_run(args: argparse.Namespace) -> int:
    """``zoho-wizard run NAME [--refresh-file FILE] -- COMMAND [ARGS...]``."""
    from zoho_wizard.core.handoff import (
        REWRITE_LEAD,
        Handoff,
        check_token_file,
        child_environment,
        exit_status,
    )

    command: list[str] | None = getattr(args, "command_line", None)
    if not command:
        print(f"usage: {_USAGE}", file=sys.stderr)
        print("zoho-wizard: name the command to run after --.", file=sys.stderr)
        return EXIT_USAGE
    token_file = check_token_file(Path(args.refresh_file)) if args.refresh_file else None
    # Found before a token is fetched (the command's PATH is ours): a typo costs nothing.
    executable = _find(command[0], os.environ)
    if isinstance(executable, int):
        return executable
    with opened_connection(args) as conn:
        # At least REWRITE_LEAD left: a short command never starts with a nearly spent token.
        handoff = Handoff.from_connection(conn, min_validity=REWRITE_LEAD, clock=time.time)
        env = child_environment(
            os.environ, handoff, str(token_file) if token_file is not None else None
        )
        with _token_file(token_file, handoff):
            try:
                child = _start(command, executable, env)
            except OSError as exc:
                return _not_started(command[0], exc)
            with _passing_signals_to(child):
                return exit_status(_supervise(child, conn, token_file, handoff))


def _find(name: str, env: Mapping[str, str]) -> str | int:
    """The program to start for ``name``, searched in the command's PATH (and, on
    Windows, with PATHEXT: ``npm`` is ``npm.cmd``); or the exit code of a shell that
    could not find it, after saying so."""
    found = shutil.which(name, path=env.get("PATH", os.defpath))
    if found is not None:
        return found
    if os.sep in name or (os.altsep and os.altsep in name):
        if Path(name).is_file():
            _say(
                f"{name}: this file cannot be run as a program.",
                "Make it executable, or name the program that runs it (python3 script.py).",
            )
            return EXIT_NOT_RUNNABLE
        _say(f"{name}: no such file.", "Check the path.")
        return EXIT_COMMAND_NOT_FOUND
    _say(f"{name}: command not found.", "Check its spelling, or give its full path.")
    return EXIT_COMMAND_NOT_FOUND


def _say(message: str, fix: str) -> None:
    print(f"zoho-wizard: {message}\n{fix}", file=sys.stderr)


def _start(command: list[str], executable: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start the command with our stdin, stdout and stderr."""
    if _WINDOWS:
        # The found path (npm.cmd, not npm) starts the program; Windows passes the
        # command line as one string (list2cmdline's quoting), and a .cmd or .bat file is
        # run by cmd.exe, which reads that string by its own rules: only a real Windows
        # machine can confirm arguments with quotes, % or ^ arrive unchanged there.
        return subprocess.Popen([executable, *command[1:]], env=env)
    # argv[0] stays as typed (as a shell leaves it); the program is the one found.
    return subprocess.Popen(command, executable=executable, env=env)


def _not_started(name: str, exc: OSError) -> int:
    """Say why the command could not be started; a shell's exit code for it."""
    if isinstance(exc, FileNotFoundError):
        # (Also a script whose #! interpreter is missing.)
        _say(f"{name}: command not found.", "Check its spelling, or give its full path.")
        return EXIT_COMMAND_NOT_FOUND
    reason = exc.strerror or type(exc).__name__
    _say(f"{name}: cannot run it ({reason}).", "Check that it is a program you may run.")
    return EXIT_NOT_RUNNABLE


@contextlib.contextmanager
def _token_file(path: Path | None, handoff: Handoff) -> Iterator[None]:
    """The token file (when asked for) from before the command starts until it ended."""
    if path is None:
        yield
        return
    _write(path, handoff.access_token)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _write(path: Path, token: str) -> None:
    from zoho_wizard.core.handoff import write_token_file

    for attempt in range(20):
        try:
            write_token_file(path, token)
            return
        except PermissionError:
            # Windows: the command is reading the file right now (it is replaced only
            # when nobody holds it open without FILE_SHARE_DELETE); a moment later works.
            if not _WINDOWS or attempt == 19:
                raise
            time.sleep(0.05)


def _supervise(
    child: subprocess.Popen[bytes],
    conn: HandedConnection,
    token_file: Path | None,
    handoff: Handoff,
) -> int:
    """Wait for the command to end, rewriting the token file before each token expires;
    the command's returncode."""
    if token_file is None:
        return child.wait()
    from zoho_wizard.core.errors import ThrottledError, ZohoWizardError
    from zoho_wizard.core.handoff import Handoff, renewal_validity, retry_at, rewrite_at

    due = rewrite_at(handoff)
    warned = False
    while True:
        try:
            return child.wait(timeout=max(0.0, due - time.time()))
        except subprocess.TimeoutExpired:
            pass
        try:
            renewed = Handoff.from_connection(
                conn, min_validity=renewal_validity(handoff, time.time()), clock=time.time
            )
            _write(token_file, renewed.access_token)
        except Exception as exc:
            # Whatever goes wrong, this program stays while the command runs (to remove
            # the file afterwards and pass its exit code on), and tries again later.
            retry_after = exc.retry_after if isinstance(exc, ThrottledError) else None
            due = retry_at(time.time(), retry_after)
            if isinstance(exc, ZohoWizardError):
                text = exc.message
            else:
                log.exception("renewing a token file failed unexpectedly")
                text = f"Unexpected problem: {type(exc).__name__}."
            if not warned:  # once: the command's own output must stay readable
                print(
                    f"zoho-wizard: the token file was not renewed: {text} It is tried again "
                    "by itself; the file keeps the older token meanwhile.",
                    file=sys.stderr,
                )
                warned = True
            continue
        handoff, warned = renewed, False
        due = rewrite_at(handoff)


# Ctrl+C (and Ctrl+\) at a terminal reaches every process of the foreground group, the
# command included: the parent ignores them and lets the command decide, as a shell's
# system() does. A termination meant for the parent (kill, a service stop, a closed
# terminal) is passed on to the command, which may then end cleanly.
_IGNORED = ("SIGINT", "SIGBREAK") if _WINDOWS else ("SIGINT", "SIGQUIT")
_FORWARDED = () if _WINDOWS else ("SIGTERM", "SIGHUP")


@contextlib.contextmanager
def _passing_signals_to(child: subprocess.Popen[bytes]) -> Iterator[None]:
    """While the command runs: ignore Ctrl+C here, pass terminations on to the command.

    Set only after the command started, so it keeps the default reactions (an ignored
    signal would stay ignored in the command on POSIX).

    On Windows a console's Ctrl+C and Ctrl+Break go to every process attached to it, so
    ignoring them here leaves them to the command; only a real Windows machine can
    confirm that the command gets them and this program stays to remove the token file.
    Ending this program from the Task Manager does not end the command (that would need
    a job object).
    """

    def forward(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):  # it has just ended
            child.send_signal(signum)

    previous: dict[int, object] = {}
    for name in (*_IGNORED, *_FORWARDED):
        number = getattr(signal, name, None)
        if number is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            previous[number] = signal.signal(
                number, forward if name in _FORWARDED else signal.SIG_IGN
            )
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, handler)  # type: ignore[arg-type]
