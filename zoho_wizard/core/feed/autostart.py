"""Running the feed after the window closes, and starting it with the computer.

A spreadsheet refreshes when the person opens it, long after the wizard's window was
closed, so the wizard starts the feed as a process of its own (:func:`start_feed_process`)
that outlives the window: a new session on Linux and macOS (closing the terminal or the
window does not stop it), a detached process with no console window on Windows. Its
output goes nowhere: the addresses it prints hold the keys, and a file of them would be
one more copy to protect.

To have it start with the computer, one file per system (:func:`start_with_computer`):

- Linux: a systemd user service, ``~/.config/systemd/user/zoho-wizard-feed.service``,
  enabled with ``systemctl --user enable zoho-wizard-feed.service``;
- Windows: ``Zoho Books feed.cmd`` in the Startup folder
  (``%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup``);
- macOS: a launchd agent, ``~/Library/LaunchAgents/com.zoho-wizard.feed.plist``, loaded
  at the next login (or at once with ``launchctl load``).

Only the Linux file can be tried here; the Windows and macOS ones follow those systems'
documented formats and are untested.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

SERVICE_NAME = "zoho-wizard-feed.service"
LAUNCHD_LABEL = "com.zoho-wizard.feed"
WINDOWS_FILE = "Zoho Books feed.cmd"


def serve_command(executable: str | None = None, *, frozen: bool | None = None) -> list[str]:
    """The command that runs the feed for every saved connection: the installed app's
    ``zoho-wizard serve --quiet``, or ``python -m zoho_wizard serve --quiet`` from a source
    checkout (quiet: a service's output may be kept in a log, and the addresses hold keys)."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        return [executable, "serve", "--quiet"]
    if sys.platform == "win32":
        # pythonw: no console window (the feed prints nothing anyone would see).
        quiet = Path(executable).with_name("pythonw.exe")
        executable = str(quiet) if quiet.exists() else executable
    return [executable, "-m", "zoho_wizard", "serve", "--quiet"]


def start_feed_process(command: Sequence[str], port: int | None = None) -> int:
    """Start the feed as a process of its own, which outlives this program; its id.

    Raises:
        OSError: the program could not be started.
    """
    args = [*command, *(["--port", str(port)] if port is not None else [])]
    options: dict[str, object] = {}
    if sys.platform == "win32":
        flags = 0x00000008 | 0x00000200 | 0x08000000  # detached, new group, no window
        options["creationflags"] = flags
    else:
        options["start_new_session"] = True
    process = subprocess.Popen(  # our own program, no shell
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **options,  # type: ignore[call-overload]
    )
    # Kept, so it is not reported as "still running" when this program lets go of it (it
    # is meant to keep running), and polled now and then so a stopped one is reaped.
    _LAUNCHED[:] = [*(p for p in _LAUNCHED if p.poll() is None), process]
    return int(process.pid)


_LAUNCHED: list[subprocess.Popen[bytes]] = []


@dataclass(frozen=True)
class StartupFile:
    """The file that starts the feed with the computer, and what to do after writing it.

    Attributes:
        system: ``linux``, ``windows`` or ``macos``.
        path: Where the file goes.
        content: The file's text.
        enable: The command that turns it on now (empty: nothing more is needed).
    """

    system: str
    path: Path
    content: str
    enable: tuple[str, ...]


def _system(platform: str) -> str:
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


def start_with_computer(
    command: Sequence[str],
    *,
    platform: str = sys.platform,
    home: Path | None = None,
    appdata: str | None = None,
) -> StartupFile:
    """The file that starts ``command`` (:func:`serve_command`) when the person logs in."""
    home = home or Path.home()
    system = _system(platform)
    if system == "windows":
        folder = Path(appdata or os.environ.get("APPDATA", str(home / "AppData" / "Roaming")))
        startup = folder / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        quoted = " ".join(f'"{part}"' for part in command)
        content = (
            "@echo off\r\nrem Starts the Zoho Wizard's Zoho Books feed for spreadsheets.\r\n"
            f'start "" /b {quoted}\r\n'
        )
        return StartupFile(system, startup / WINDOWS_FILE, content, ())
    if system == "macos":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        arguments = "".join(f"\n    <string>{escape(part)}</string>" for part in command)
        content = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>{LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>{arguments}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
</dict>
</plist>
"""
        return StartupFile(system, path, content, ("launchctl", "load", str(path)))
    path = home / ".config" / "systemd" / "user" / SERVICE_NAME
    exec_start = " ".join(shlex.quote(part) for part in command)
    content = f"""[Unit]
Description=Zoho Wizard: Zoho Books feed for spreadsheets (on this computer only)
# The keys are in the password store of the desktop session.
After=graphical-session.target

[Service]
ExecStart={exec_start}
Restart=on-failure
RestartSec=30

[Install]
WantedBy=default.target
"""
    return StartupFile(system, path, content, ("systemctl", "--user", "enable", SERVICE_NAME))


def write_startup_file(startup: StartupFile) -> Path:
    """Write the file (its folder made when missing); its path.

    Raises:
        OSError: the file could not be written.
    """
    startup.path.parent.mkdir(parents=True, exist_ok=True)
    newline = "" if startup.system == "windows" else None  # the .cmd has its own CRLFs
    with startup.path.open("w", encoding="utf-8", newline=newline) as handle:
        handle.write(startup.content)
    return startup.path
