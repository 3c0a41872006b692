"""The health watch: ``zoho-wizard watch [--install | --remove]`` sets up (or undoes) a
daily ``zoho-wizard check --all --notify``; :func:`check_all` is that check.

What is written and what the notification says is decided in
:mod:`zoho_wizard.core.schedule` and :mod:`zoho_wizard.core.watch`; here files are
written, the system's scheduler is called and processes are started.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_ATTENTION, EXIT_FAILED, EXIT_OK, EXIT_USAGE, Handler

if TYPE_CHECKING:
    from zoho_wizard.cli.common import Subparsers
    from zoho_wizard.core.schedule import Schedule
    from zoho_wizard.core.watch import WatchEntry


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``watch`` to the parser; its handler by name."""
    p_watch = sub.add_parser(
        "watch",
        help="check every connection once a day and tell you when one needs attention",
        description="Without options: say whether the daily check is set up, and what it "
        "last found.",
    )
    what = p_watch.add_mutually_exclusive_group()
    what.add_argument(
        "--install", action="store_true", help="set up the daily check for you on this computer"
    )
    what.add_argument(
        "--remove", action="store_true", help="stop the daily check and delete its files"
    )
    p_watch.add_argument(
        "--at", metavar="HH:MM", default="09:00", help="the time of day to check (default 09:00)"
    )
    return {"watch": cmd_watch}


# --- check --all --------------------------------------------------------------------------------


def launch(command: Sequence[str]) -> None:
    """Start ``command`` on its own (it outlives this process, and has no terminal)."""
    options: dict[str, object] = {}
    if sys.platform.startswith("win"):
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **options,  # type: ignore[call-overload]
    )


def _check_saved(args: argparse.Namespace) -> tuple[list[WatchEntry], str]:
    """Check every saved connection; the results and the connections file's path."""
    from zoho_wizard.cli.common import override_endpoints
    from zoho_wizard.core import errors
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.health import check
    from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
    from zoho_wizard.core.watch import assess, assess_damaged, assess_failure

    endpoints = override_endpoints(args)
    store = ProfileStore()
    try:
        loaded = store.load()
    except errors.ProfileCorruptError as exc:
        return [assess_failure("The list of saved connections", exc)], str(store.path)
    entries = []
    secrets = KeyringSecretStore()
    for profile in sorted(loaded.profiles.values(), key=lambda p: p.name.lower()):
        if profile.secret_store != "keyring":
            continue  # kept for one session only: gone by design, nothing to check
        try:
            conn = SavedConnection(profile, secrets, store, endpoints=endpoints)
            entries.append(assess(check(conn)))
        except errors.ZohoWizardError as exc:
            entries.append(assess_failure(profile.name, exc))
    for name, problem in sorted(loaded.broken.items()):
        entries.append(assess_damaged(name, problem))
    return entries, str(store.path)


def _check_practice(args: argparse.Namespace) -> list[WatchEntry]:
    from zoho_wizard.core.health import check
    from zoho_wizard.core.watch import assess
    from zoho_wizard.practice import practice_session

    with practice_session(api_url=args.api_url) as conn:
        return [assess(check(conn))]


def check_all(args: argparse.Namespace) -> int:
    """``zoho-wizard check --all [--notify]``: check every saved connection, remember the
    result (not in practice mode) and, with ``--notify``, tell the person on the desktop
    when one needs attention. Exit 0 when all work, 4 otherwise."""
    from zoho_wizard.core import watch
    from zoho_wizard.core.schedule import program_command, system_name

    if args.demo:
        entries = _check_practice(args)
    else:
        entries, connections_file = _check_saved(args)
        state = watch.WatchState(time.time(), connections_file, tuple(entries))
        try:
            watch.write_state(watch.state_path(), state)
        except OSError as exc:
            print(f"zoho-wizard: the result could not be saved ({exc.strerror})", file=sys.stderr)
    if args.json:
        print(
            json.dumps(watch.WatchState(time.time(), "", tuple(entries)).to_json()["connections"])
        )
    elif not entries:
        print("No saved connections to check.")
    for line in [] if args.json else watch.plain_lines(entries):
        print(line)
    notice = watch.notice_for(entries)
    if notice is not None and args.notify:
        program = program_command(
            sys.executable, frozen=bool(getattr(sys, "frozen", False)), system=system_name()
        )
        if args.demo:
            program = (*program, "--demo")
        command = watch.click_command(program, notice)
        from zoho_wizard.cli.notify import show

        if not show(notice, lambda: launch(command)):
            # No notification service: the message goes to stderr (the timer's journal)
            # and the log file (Windows' windowless Python has no stderr).
            print(f"zoho-wizard: {notice.summary}\n{notice.body}", file=sys.stderr)
            logging.getLogger(__name__).warning("%s: %s", notice.summary, notice.body)
    working = all(e.verdict is watch.Verdict.WORKING for e in entries)
    return EXIT_OK if working else EXIT_ATTENTION


# --- watch ---------------------------------------------------------------------------------------


def _run(command: Sequence[str]) -> str:
    """Run a scheduler command; "" when it worked, else why not (in its own words)."""
    try:
        done = subprocess.run(
            list(command), capture_output=True, text=True, timeout=60, check=False
        )
    except FileNotFoundError:
        return f"{command[0]} is not on this computer"
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{command[0]} did not run ({type(exc).__name__})"
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        return said[-1] if said else f"{command[0]} answered {done.returncode}"
    return ""


def _shell_line(command: Sequence[str]) -> str:
    if sys.platform.startswith("win"):
        return subprocess.list2cmdline(list(command))
    import shlex

    return shlex.join(command)


def _show_schedule(schedule: Schedule) -> None:
    for item in schedule.files:
        encoding = "utf-16" if item.path.suffix == ".xml" else "utf-8"
        print(f"--- {item.path}")
        print(item.content.decode(encoding).rstrip())
    print("--- then:")
    for command in schedule.install:
        print(f"  {_shell_line(command)}")


def _install(schedule: Schedule, demo: bool) -> int:
    if demo:
        print("Practice mode: nothing was set up. `zoho-wizard watch --install` would write:")
        _show_schedule(schedule)
        return EXIT_OK
    for item in schedule.files:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        item.path.write_bytes(item.content)
        print(f"Wrote {item.path}")
    for command in schedule.install:
        problem = _run(command)
        if problem:
            print(
                f"zoho-wizard: the daily check is written but not switched on: {problem}.\n"
                "Run these once you are signed in to your desktop:",
                file=sys.stderr,
            )
            for step in schedule.install:
                print(f"  {_shell_line(step)}", file=sys.stderr)
            return EXIT_FAILED
    print(
        f"Every day at {schedule.at:%H:%M} (or when the computer is next on) zoho-wizard "
        "checks your connections and tells you if one needs attention."
    )
    return EXIT_OK


def _remove(schedule: Schedule) -> int:
    from zoho_wizard.core.watch import state_path

    for command in schedule.remove:
        _run(command)  # (not registered: nothing to undo there)
    for item in schedule.files:
        if item.path.exists():
            item.path.unlink()
            print(f"Deleted {item.path}")
    state_path().unlink(missing_ok=True)
    for command in schedule.after_remove:
        _run(command)
    print("The daily check is off.")
    return EXIT_OK


def _status(schedule: Schedule) -> int:
    from zoho_wizard.core.store import ProfileStore
    from zoho_wizard.core.watch import plain_lines, read_state, state_path

    if not schedule.installed():
        print("The daily check is not set up. Run `zoho-wizard watch --install` to set it up.")
        return EXIT_OK
    print(f"The daily check is set up ({schedule.files[0].path}).")
    state = read_state(state_path())
    if state is None or state.connections_file != str(ProfileStore().path):
        print("It has not run yet.")
        return EXIT_OK
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(state.checked_at))
    print(f"Last checked {when}:")
    for line in plain_lines(state.entries) or ["There were no saved connections to check."]:
        print(f"  {line}")
    return EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    """``zoho-wizard watch [--install | --remove] [--at HH:MM]``."""
    from zoho_wizard.core.schedule import parse_time, schedule_here

    try:
        at = parse_time(args.at)
    except ValueError:
        print(f"zoho-wizard: --at wants a time like 09:00, not “{args.at}”.", file=sys.stderr)
        return EXIT_USAGE
    schedule = schedule_here(at, environ=os.environ)
    if args.install:
        return _install(schedule, args.demo)
    if args.remove:
        return _remove(schedule)
    return _status(schedule)
