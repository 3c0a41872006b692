"""A real desktop notification server on a private D-Bus session bus, for the health
watch's tests: ``dbus-daemon`` (a session bus that starts nothing by itself), ``Xvfb``
(dunst draws its bubbles on X) and ``dunst``, which owns ``org.freedesktop.Notifications``.

The test reads what the server received with ``dunstctl`` (``count``, ``history``) and
clicks with ``dunstctl action 0`` (dunst then sends ``ActionInvoked(id, "default")`` as a
person's click does).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOOLS = ("dbus-daemon", "Xvfb", "dunst", "dunstctl")
READY_SECONDS = 30.0

# A session bus without service activation: only what the test starts answers on it.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_tools() -> list[str]:
    """The programs this machine lacks for a real notification server."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class NotificationServer:
    """The running server: its bus address, and dunstctl against it."""

    address: str
    env: dict[str, str]

    def ctl(self, *args: str) -> str:
        """``dunstctl ARGS`` on the private bus; its output."""
        done = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed"))

    def wait_until_displayed(self, count: int = 1) -> None:
        """Wait (for readiness, not for a measured time) until ``count`` are on screen."""
        deadline = time.monotonic() + READY_SECONDS
        while self.displayed() < count:
            assert time.monotonic() < deadline, "the notification never reached the server"
            time.sleep(0.05)

    def received(self) -> list[dict[str, Any]]:
        """Every notification the server got (those on screen are closed first, so that
        its history holds them all), newest first."""
        self.ctl("close-all")
        deadline = time.monotonic() + READY_SECONDS
        while self.displayed():
            assert time.monotonic() < deadline, "the notifications never closed"
            time.sleep(0.05)
        return self.history()

    def history(self) -> list[dict[str, Any]]:
        """The notifications the server has closed, newest first, as plain values."""
        data = json.loads(self.ctl("history"))["data"][0]
        return [{key: field["data"] for key, field in item.items()} for item in data]


def _read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line, "the helper process said nothing"
    return line


@contextlib.contextmanager
def notification_server(folder: Path) -> Iterator[NotificationServer]:
    """Start the bus, the X server and dunst; stop them afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    dunstrc = folder / "dunstrc"
    dunstrc.write_text("", encoding="utf-8")
    started: list[subprocess.Popen[str]] = []
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(bus)
        address = _read_line(bus)
        x = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(x)
        display = f":{_read_line(x)}"
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        env.pop("WAYLAND_DISPLAY", None)
        dunst = subprocess.Popen(
            ["dunst", "-conf", str(dunstrc)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(dunst)
        server = NotificationServer(address, env)
        deadline = time.monotonic() + READY_SECONDS
        while True:  # dunst answers once it owns the name
            done = subprocess.run(
                ["dunstctl", "is-paused"], env=env, capture_output=True, text=True, timeout=30
            )
            if done.returncode == 0:
                break
            assert dunst.poll() is None, "dunst did not start"
            assert time.monotonic() < deadline, "dunst never answered"
            time.sleep(0.05)
        yield server
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
