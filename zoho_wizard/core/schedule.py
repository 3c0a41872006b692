"""The health watch's schedule: the files that make this computer run
``zoho-wizard check --all --notify`` once a day, for the person signed in.

* Linux: a systemd user service and timer in ``$XDG_CONFIG_HOME/systemd/user``
  (``Persistent=true``: a day the computer was off is made up at the next start).
* macOS: a launchd agent in ``~/Library/LaunchAgents`` (launchd makes up a run missed
  while the Mac slept, not one missed while it was off).
* Windows: a Task Scheduler task, registered with ``schtasks /Create /XML`` from a file
  kept in the program's settings folder (``StartWhenAvailable``: a missed day runs when
  the computer is next on).

What the files say, where they go and which commands register or remove them is decided
here, as values; the command line writes them and runs the commands.
"""

from __future__ import annotations

import datetime as dt
import os
import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from zoho_wizard.core.store import config_dir, log_dir

UNIT = "zoho-wizard-watch"
LAUNCHD_LABEL = "io.github.zoho_wizard.watch"
TASK_NAME = "zoho-wizard health watch"
DEFAULT_AT = dt.time(9, 0)
WATCH_ARGS = ("check", "--all", "--notify")
DESCRIPTION = "zoho-wizard: check every saved Zoho Books connection once a day"
TASK_NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"


@dataclass(frozen=True)
class ScheduleFile:
    """One file the watch writes (and ``watch --remove`` deletes)."""

    path: Path
    content: bytes


@dataclass(frozen=True)
class Schedule:
    """Everything one system needs for the daily check.

    Attributes:
        system: ``"linux"``, ``"macos"`` or ``"windows"``.
        files: What to write.
        install: Commands that register the files, run in order after writing them.
        remove: Commands that unregister them, run before the files are deleted.
        after_remove: Commands run once the files are gone.
        command: The command line the schedule runs.
        at: The time of day it runs.
    """

    system: str
    files: tuple[ScheduleFile, ...]
    install: tuple[tuple[str, ...], ...]
    remove: tuple[tuple[str, ...], ...]
    after_remove: tuple[tuple[str, ...], ...]
    command: tuple[str, ...]
    at: dt.time

    def installed(self) -> bool:
        """True when every file of the schedule is in place."""
        return all(f.path.is_file() for f in self.files)


def system_name(platform: str = sys.platform) -> str:
    """``sys.platform`` as this module names systems."""
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


def program_command(executable: str, *, frozen: bool, system: str) -> tuple[str, ...]:
    """How the schedule starts this program: the bundled app itself, or this Python with
    ``-m zoho_wizard`` (never a name looked up on a PATH the scheduler does not have).

    On Windows the windowless ``pythonw.exe`` is used, so no console flashes up daily.
    """
    if frozen:
        return (executable,)
    if system == "windows":
        exe = PureWindowsPath(executable)
        if exe.name.lower() == "python.exe":
            executable = str(exe.with_name("pythonw.exe"))
    return (executable, "-m", "zoho_wizard")


def parse_time(text: str) -> dt.time:
    """``"9:00"``/``"09:00"`` → a time of day.

    Raises:
        ValueError: not HH:MM on a 24-hour clock.
    """
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(text)
    return dt.time(int(hours), int(minutes))


# --- Linux: systemd ---------------------------------------------------------------------------


def systemd_quote(arg: str) -> str:
    """One ``ExecStart=`` word: double-quoted, with systemd's specifiers (``%``) and
    variables (``$``) taken literally."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("%", "%%").replace("$", "$$") + '"'


def systemd_schedule(
    config_home: Path, command: Sequence[str], at: dt.time = DEFAULT_AT
) -> Schedule:
    """A user service that runs the check, and a daily timer for it."""
    folder = config_home / "systemd" / "user"
    service = (
        "[Unit]\n"
        f"Description={DESCRIPTION}\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={' '.join(systemd_quote(a) for a in command)}\n"
        # Exit code 4 (a connection needs attention) is news for the person, not a
        # failure of the service; the notification tells it.
        "SuccessExitStatus=4\n"
        # The wizard a click on the notification opens must outlive the check.
        "KillMode=process\n"
    )
    timer = (
        "[Unit]\n"
        f"Description={DESCRIPTION}\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {at:%H:%M}:00\n"
        # A day missed while the computer was off runs at the next start.
        "Persistent=true\n"
        # Many computers of one firm need not ask Zoho in the same second.
        "RandomizedDelaySec=10min\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    timer_name = f"{UNIT}.timer"
    return Schedule(
        "linux",
        (
            ScheduleFile(folder / f"{UNIT}.service", service.encode()),
            ScheduleFile(folder / timer_name, timer.encode()),
        ),
        install=(
            ("systemctl", "--user", "daemon-reload"),
            ("systemctl", "--user", "enable", "--now", timer_name),
        ),
        remove=(("systemctl", "--user", "disable", "--now", timer_name),),
        after_remove=(("systemctl", "--user", "daemon-reload"),),
        command=tuple(command),
        at=at,
    )


# --- macOS: launchd ---------------------------------------------------------------------------


def launchd_schedule(
    home: Path, command: Sequence[str], logs: Path, uid: int, at: dt.time = DEFAULT_AT
) -> Schedule:
    """A launchd agent of the signed-in user that runs the check daily."""
    path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
    agent = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(command),
        "StartCalendarInterval": {"Hour": at.hour, "Minute": at.minute},
        "RunAtLoad": False,
        "StandardOutPath": str(logs / "watch.log"),
        "StandardErrorPath": str(logs / "watch.log"),
    }
    domain = f"gui/{uid}"
    return Schedule(
        "macos",
        (ScheduleFile(path, plistlib.dumps(agent)),),
        install=(("launchctl", "bootstrap", domain, str(path)),),
        remove=(("launchctl", "bootout", f"{domain}/{LAUNCHD_LABEL}"),),
        after_remove=(),
        command=tuple(command),
        at=at,
    )


# --- Windows: Task Scheduler ------------------------------------------------------------------


def _element(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{TASK_NAMESPACE}}}{tag}")
    if text is not None:
        child.text = text
    return child


def task_xml(command: Sequence[str], at: dt.time = DEFAULT_AT) -> bytes:
    """The task in Task Scheduler's XML (schema 1.2), UTF-16 as ``schtasks /XML`` wants.

    It runs as the signed-in user, only while signed in (no password is stored), daily at
    ``at``, and as soon as possible after a missed day.
    """
    ET.register_namespace("", TASK_NAMESPACE)
    task = ET.Element(f"{{{TASK_NAMESPACE}}}Task", {"version": "1.2"})
    _element(_element(task, "RegistrationInfo"), "Description", DESCRIPTION)
    trigger = _element(_element(task, "Triggers"), "CalendarTrigger")
    _element(trigger, "StartBoundary", f"2026-01-01T{at:%H:%M}:00")
    _element(trigger, "Enabled", "true")
    _element(trigger, "RandomDelay", "PT10M")
    _element(_element(trigger, "ScheduleByDay"), "DaysInterval", "1")
    principal = _element(_element(task, "Principals"), "Principal")
    principal.set("id", "Author")
    _element(principal, "LogonType", "InteractiveToken")
    _element(principal, "RunLevel", "LeastPrivilege")
    settings = _element(task, "Settings")
    for tag, value in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("StartWhenAvailable", "true"),
        ("RunOnlyIfNetworkAvailable", "false"),
        ("Enabled", "true"),
        ("ExecutionTimeLimit", "PT2H"),
    ):
        _element(settings, tag, value)
    actions = _element(task, "Actions")
    actions.set("Context", "Author")
    run = _element(actions, "Exec")
    _element(run, "Command", command[0])
    _element(run, "Arguments", subprocess.list2cmdline(list(command[1:])))
    ET.indent(task)
    text = ET.tostring(task, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-16"?>\n{text}\n'.encode("utf-16")


def task_scheduler_schedule(
    folder: Path, command: Sequence[str], at: dt.time = DEFAULT_AT
) -> Schedule:
    """The task's XML file (kept in ``folder``) and the ``schtasks`` calls."""
    path = folder / f"{UNIT}.xml"
    return Schedule(
        "windows",
        (ScheduleFile(path, task_xml(command, at)),),
        install=(("schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(path), "/F"),),
        remove=(("schtasks", "/Delete", "/TN", TASK_NAME, "/F"),),
        after_remove=(),
        command=tuple(command),
        at=at,
    )


# --- this computer ----------------------------------------------------------------------------


def schedule_here(
    at: dt.time = DEFAULT_AT,
    *,
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    executable: str = sys.executable,
    frozen: bool | None = None,
) -> Schedule:
    """The schedule for this computer and this program (the defaults read them)."""
    system = system_name(platform)
    command = (
        *program_command(
            executable,
            frozen=bool(getattr(sys, "frozen", False)) if frozen is None else frozen,
            system=system,
        ),
        *WATCH_ARGS,
    )
    home = Path(environ.get("HOME") or Path.home())
    if system == "windows":
        return task_scheduler_schedule(config_dir(), command, at)
    if system == "macos":
        return launchd_schedule(home, command, log_dir(), os.getuid(), at)
    config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    return systemd_schedule(config_home, command, at)
