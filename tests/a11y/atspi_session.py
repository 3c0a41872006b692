"""Run the wizard on a private desktop accessibility bus and read each page through it.

The recipe (measured on Debian 12, Qt 6.11, at-spi2-core 2.46):

* Qt's offscreen platform has no accessibility bridge: nothing registers on the bus. The
  program runs on the xcb platform against a private virtual X server (``Xvfb
  -displayfd``).
* The program runs in a D-Bus session of its own (``dbus-run-session``, with a throwaway
  gnome-keyring as its password store), torn down with it. The session bus starts the
  accessibility bus (``at-spi-bus-launcher``, and on that bus ``at-spi2-registryd``) on
  demand, but Qt only registers on a bus that is up when the application starts: the
  session asks for the bus's address first (``dbus-send ... org.a11y.Bus.GetAddress``),
  and sets ``org.a11y.Status.ScreenReaderEnabled`` as a screen reader (Orca) does, which
  switches Qt's bridge on just as on a real desktop (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``
  works too, but is not what a person's desktop does).
* The reader (:mod:`atspi_reader`) runs with the system's Python, which has python3-gi and
  gir1.2-atspi-2.0, inside that session (the driver says its bus address), and finds the
  program by its process id. Reading a page takes well under a second; the whole walk
  about 30 seconds.
* Zoho's page inside the embedded browser reaches the bus only when Chromium runs with
  ``--force-renderer-accessibility``; neither the screen-reader flag,
  ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON`` nor ``QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY``
  exposes it. The test runs the program as a person would get it (without the flag).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DRIVER = HERE / "a11y_driver.py"
READER = HERE / "atspi_reader.py"

# The session: a throwaway password store, the accessibility bus started before the
# program (Qt does not register on a bus that comes up later), then the program.
SESSION_SCRIPT = """
if command -v gnome-keyring-daemon >/dev/null; then
  echo -n "throwaway-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.a11y.Bus.GetAddress >/dev/null
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:ScreenReaderEnabled \
  variant:boolean:true >/dev/null
exec "$@"
"""


class BusUnavailable(RuntimeError):
    """The accessibility bus (or what it needs) is missing on this machine."""


def reader_python() -> str:
    """The Python that has the AT-SPI bindings (``ZW_ATSPI_PYTHON`` or the system's)."""
    return os.environ.get("ZW_ATSPI_PYTHON", "/usr/bin/python3")


def missing_tools() -> list[str]:
    """What this machine lacks for the test (empty when everything is there)."""
    missing = [
        tool for tool in ("Xvfb", "dbus-run-session", "dbus-send") if shutil.which(tool) is None
    ]
    launcher = [Path("/usr/libexec/at-spi-bus-launcher"), Path("/usr/lib/at-spi2-core")]
    if not any(path.exists() for path in launcher) and shutil.which("at-spi-bus-launcher") is None:
        missing.append("at-spi2-core")
    python = reader_python()
    has_bindings = (Path(python).exists() or shutil.which(python) is not None) and (
        subprocess.run(
            [python, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    if not has_bindings:
        missing.append(f"python3-gi with gir1.2-atspi-2.0 for {python}")
    return missing


@dataclass
class VirtualDisplay:
    """A private Xvfb; ``display`` is ``:N``."""

    process: subprocess.Popen[bytes]
    display: str

    @classmethod
    def start(cls) -> VirtualDisplay:
        """Start one on a free display number (Xvfb picks it and tells us)."""
        read_end, write_end = os.pipe()
        process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x900x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            process.kill()
            process.wait()
            raise BusUnavailable("Xvfb did not start")
        return cls(process, f":{number}")

    def stop(self) -> None:
        """Stop the server we started."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Reading:
    """One page as the driver saw it and as the bus told it."""

    page: str
    event: dict[str, Any]
    tree: dict[str, Any]
    reader_error: str = ""

    @property
    def facts(self) -> dict[str, Any]:
        """The values the page must let a screen reader read."""
        return dict(self.event.get("facts", {}))


@dataclass
class Walk:
    """Everything one run of the driver produced."""

    readings: dict[str, Reading] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    error: str = ""
    log: str = ""


def program_env(tmp: Path, display: str) -> dict[str, str]:
    """The program's environment: its own home and user folders, the X server, Qt's
    accessibility bridge on, and this checkout first on the path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "AT_SPI", "WAYLAND_", "QT_"))
    }
    for name in ("home", "config", "data", "cache", "state", "run", "tmp"):
        (tmp / name).mkdir(parents=True, exist_ok=True)
    (tmp / "run").chmod(0o700)
    env.update(
        {
            "HOME": str(tmp / "home"),
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "ZOHO_WIZARD_CONFIG_DIR": str(tmp / "config" / "zoho-wizard"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "XDG_STATE_HOME": str(tmp / "state"),
            "XDG_RUNTIME_DIR": str(tmp / "run"),
            "TMPDIR": str(tmp / "tmp"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH", "")])]
            ),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def _events(stream: IO[str], log: list[str]) -> Iterator[dict[str, Any]]:
    for line in stream:
        if line.startswith("A11Y "):
            yield json.loads(line[5:])
        else:
            log.append(line)


def read_tree(pid: int, env: dict[str, str], timeout: float = 60.0) -> dict[str, Any]:
    """The program's accessible tree as the bus gives it (what is showing)."""
    extra = os.environ.get("ZW_ATSPI_READER_ARGS", "").split()
    done = subprocess.run(
        [reader_python(), str(READER), "--pid", str(pid), "--timeout", "20", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise BusUnavailable(done.stderr.strip() or f"the reader exited {done.returncode}")
    tree: dict[str, Any] = json.loads(done.stdout)
    return tree


def walk(tmp: Path, pages: tuple[str, ...] = (), timeout: float = 600.0) -> Walk:
    """Run the driver on a private display and bus; read every page it stops on."""
    display = VirtualDisplay.start()
    result = Walk()
    log: list[str] = []
    try:
        env = program_env(tmp, display.display)
        command = [
            "dbus-run-session",
            "--",
            "bash",
            "-c",
            SESSION_SCRIPT,
            "a11y-session",
            sys.executable,
            str(DRIVER),
        ]
        if pages:
            command += ["--pages", ",".join(pages)]
        with subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
        ) as driver:
            assert driver.stdin is not None and driver.stdout is not None
            try:
                for event in _events(driver.stdout, log):
                    kind = event.get("event")
                    if kind == "page":
                        result.readings[event["page"]] = _read_page(event, env)
                        driver.stdin.write("next\n")
                        driver.stdin.flush()
                    elif kind == "missing":
                        result.missing[event["page"]] = event["why"]
                    elif kind == "error":
                        result.error = event["message"]
            finally:
                with contextlib.suppress(BrokenPipeError):
                    driver.stdin.close()
                try:
                    driver.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    driver.kill()
                    driver.wait()
                    result.error = result.error or "the driver did not finish in time"
            if driver.returncode != 0 and not result.error:
                result.error = f"the driver exited {driver.returncode}"
    finally:
        display.stop()
        result.log = "".join(log)
    return result


def _read_page(event: dict[str, Any], env: dict[str, str]) -> Reading:
    reader_env = {**env, "DBUS_SESSION_BUS_ADDRESS": event["bus"]}
    try:
        tree = read_tree(int(event["pid"]), reader_env)
    except (BusUnavailable, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        return Reading(event["page"], event, {}, reader_error=str(exc))
    return Reading(event["page"], event, tree)


def save_readings(result: Walk, out: Path) -> None:
    """Write each page's reading to ``out/PAGE.json`` (what the driver saw and the tree)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, reading in result.readings.items():
        (out / f"{name}.json").write_text(
            json.dumps(
                {"event": reading.event, "tree": reading.tree, "error": reading.reader_error},
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    (out / "driver.log").write_text(result.log + result.error, encoding="utf-8")


if __name__ == "__main__":
    # A look by hand: python tests/a11y/atspi_session.py OUT_DIR [page,page...]
    import tempfile

    wanted = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ()
    with tempfile.TemporaryDirectory() as scratch:
        outcome = walk(Path(scratch), wanted)
    save_readings(outcome, Path(sys.argv[1]))
    print("read:", ", ".join(outcome.readings), "| missing:", outcome.missing or "nothing")
    if outcome.error:
        print(outcome.error)
