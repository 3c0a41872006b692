"""``zoho-wizard --demo --autopilot``: the whole practice flow, by itself, in a real
process (the packaging smoke test runs the same against the built app)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui_driver import program_env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoho_wizard", *args],
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_autopilot_walks_practice_mode_to_done(tmp_path: Path) -> None:
    done = _run(tmp_path, "--demo", "--autopilot")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith("autopilot:")]
    steps = [line.split("on the ", 1)[1] for line in lines if "on the " in line]
    # The bookkeeper's way: the first screen, the practice setup file, sign in, Done.
    assert steps[0] == "welcome step"
    assert "autopilot: opening the practice setup file" in lines
    assert {"details step", "consent step", "done step"} <= set(steps)
    assert lines[-1] == "autopilot: connected to Zillum Bookkeeping (practice): Done reached"
    assert "Traceback" not in done.stderr
    # Practice connections live in their own file, never with real ones.
    assert (tmp_path / "config" / "zoho-wizard" / "practice-connections.json").exists()
    assert not (tmp_path / "config" / "zoho-wizard" / "connections.json").exists()

    # A second practice run starts clean: the first run's sandbox (and its keys) are gone.
    again = _run(tmp_path, "--demo", "--autopilot")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "autopilot: on the start step" not in again.stderr


def test_the_autopilot_is_refused_outside_practice_mode(tmp_path: Path) -> None:
    refused = _run(tmp_path, "--autopilot")
    assert refused.returncode == 2
    assert "only works in practice mode" in refused.stderr
