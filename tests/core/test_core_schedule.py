"""The health watch's schedule files for each system (core.schedule): what they run,
when, and that each parses as its scheduler reads it (systemd's unit syntax, a plist
through plistlib, Task Scheduler's XML through ElementTree). Windows and macOS cannot run
them here; their content is what these tests hold."""

from __future__ import annotations

import configparser
import datetime as dt
import plistlib
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zoho_wizard.core import schedule
from zoho_wizard.core.schedule import (
    LAUNCHD_LABEL,
    TASK_NAME,
    launchd_schedule,
    parse_time,
    program_command,
    schedule_here,
    system_name,
    systemd_quote,
    systemd_schedule,
    task_scheduler_schedule,
    task_xml,
)

COMMAND = ("/opt/zoho wizard/bin/python3", "-m", "zoho_wizard", "check", "--all", "--notify")
NS = {"t": schedule.TASK_NAMESPACE}


def unit(text: bytes) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text.decode())
    return parser


def test_systemd_files_run_the_check_daily_and_make_up_a_missed_day(tmp_path: Path) -> None:
    plan = systemd_schedule(tmp_path, COMMAND, dt.time(7, 30))
    service, timer = plan.files
    folder = tmp_path / "systemd" / "user"
    assert service.path == folder / "zoho-wizard-watch.service"
    assert timer.path == folder / "zoho-wizard-watch.timer"
    s = unit(service.content)
    assert s["Service"]["Type"] == "oneshot"
    # The command line as systemd splits it (quotes like a shell here): the real program.
    assert tuple(shlex.split(s["Service"]["ExecStart"])) == COMMAND
    assert s["Service"]["SuccessExitStatus"] == "4"  # "needs attention" is no failure
    assert s["Service"]["KillMode"] == "process"  # the wizard a click opens survives
    t = unit(timer.content)
    assert t["Timer"]["OnCalendar"] == "*-*-* 07:30:00"
    assert t["Timer"]["Persistent"] == "true"
    assert t["Install"]["WantedBy"] == "timers.target"
    assert plan.install == (
        ("systemctl", "--user", "daemon-reload"),
        ("systemctl", "--user", "enable", "--now", "zoho-wizard-watch.timer"),
    )
    assert plan.remove == (("systemctl", "--user", "disable", "--now", "zoho-wizard-watch.timer"),)
    assert plan.after_remove == (("systemctl", "--user", "daemon-reload"),)


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("plain", '"plain"'),
        ("with space", '"with space"'),
        ("100%", '"100%%"'),  # a systemd specifier otherwise
        ("$HOME", '"$$HOME"'),  # a variable otherwise
        ('say "hi"', '"say \\"hi\\""'),
        ("C:\\x", '"C:\\\\x"'),
    ],
)
def test_systemd_quoting_keeps_each_word_literal(arg: str, quoted: str) -> None:
    assert systemd_quote(arg) == quoted


def test_launchd_agent_round_trips_through_plistlib(tmp_path: Path) -> None:
    plan = launchd_schedule(tmp_path / "home", COMMAND, tmp_path / "logs", 501, dt.time(9, 5))
    (agent,) = plan.files
    assert agent.path == tmp_path / "home/Library/LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
    data = plistlib.loads(agent.content)
    assert data["Label"] == LAUNCHD_LABEL
    assert data["ProgramArguments"] == list(COMMAND)
    assert data["StartCalendarInterval"] == {"Hour": 9, "Minute": 5}
    assert data["RunAtLoad"] is False
    assert data["StandardErrorPath"] == str(tmp_path / "logs" / "watch.log")
    assert plistlib.dumps(data) == agent.content
    assert plan.install == (("launchctl", "bootstrap", "gui/501", str(agent.path)),)
    assert plan.remove == (("launchctl", "bootout", f"gui/501/{LAUNCHD_LABEL}"),)


def test_task_scheduler_xml_is_utf16_and_says_what_to_run_daily(tmp_path: Path) -> None:
    windows = (r"C:\Program Files\Python311\pythonw.exe", "-m", "zoho_wizard", "check", "--all")
    plan = task_scheduler_schedule(tmp_path, (*windows, "--notify"), dt.time(8, 0))
    (task,) = plan.files
    assert task.path == tmp_path / "zoho-wizard-watch.xml"
    assert task.content.startswith(b"\xff\xfe")  # UTF-16 with its byte order mark
    root = ET.fromstring(task.content)
    assert root.tag == f"{{{schedule.TASK_NAMESPACE}}}Task"
    assert root.get("version") == "1.2"
    trigger = root.find("t:Triggers/t:CalendarTrigger", NS)
    assert trigger is not None
    assert trigger.findtext("t:StartBoundary", namespaces=NS) == "2026-01-01T08:00:00"
    assert trigger.findtext("t:ScheduleByDay/t:DaysInterval", namespaces=NS) == "1"
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=NS) == "true"
    logon = root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=NS)
    assert logon == "InteractiveToken"  # the signed-in user; no password kept
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == windows[0]
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS)
    assert arguments == "-m zoho_wizard check --all --notify"
    create = ("schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(task.path), "/F")
    assert plan.install == (create,)
    assert plan.remove == (("schtasks", "/Delete", "/TN", TASK_NAME, "/F"),)


def test_task_scheduler_xml_escapes_what_it_names() -> None:
    root = ET.fromstring(task_xml((r"C:\A & B\<app>.exe", "--x", "a b")))
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == r"C:\A & B\<app>.exe"
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == '--x "a b"'


def test_program_command_is_the_real_program() -> None:
    assert program_command("/usr/bin/python3", frozen=False, system="linux") == (
        "/usr/bin/python3",
        "-m",
        "zoho_wizard",
    )
    assert program_command("/Applications/Z.app/Contents/MacOS/Z", frozen=True, system="macos") == (
        "/Applications/Z.app/Contents/MacOS/Z",
    )
    # No console window flashes up on Windows every day.
    assert program_command(r"C:\Py\python.exe", frozen=False, system="windows")[0] == (
        r"C:\Py\pythonw.exe"
    )
    assert program_command(r"C:\Z\zoho-wizard.exe", frozen=True, system="windows") == (
        r"C:\Z\zoho-wizard.exe",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("9:00", dt.time(9)), ("07:30", dt.time(7, 30)), (" 23:59 ", dt.time(23, 59))],
)
def test_parse_time(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "9", "25:00", "9:5", "nine", "9:00pm", "-1:00"])
@pytest.mark.bad_input
def test_parse_time_refuses_what_is_not_a_time(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def test_schedule_here_follows_the_system_and_xdg_config_home(tmp_path: Path) -> None:
    assert system_name("linux") == "linux"
    assert system_name("darwin") == "macos"
    assert system_name("win32") == "windows"
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    here = schedule_here(environ=env, platform="linux", executable="/x/python", frozen=False)
    assert here.files[0].path.parent == tmp_path / "xdg" / "systemd" / "user"
    assert here.command == ("/x/python", "-m", "zoho_wizard", "check", "--all", "--notify")
    assert not here.installed()
    bare = schedule_here(environ={"HOME": str(tmp_path / "home")}, platform="linux")
    assert bare.files[0].path.parent == tmp_path / "home/.config/systemd/user"
