"""The README's command-line and Python examples, run exactly as written against a
connection made over real HTTP to the sandbox."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from e2e_helpers import connect

from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import Sandbox

README = Path(__file__).resolve().parents[2] / "README.md"


def _block(heading: str, language: str) -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert match, f"no {language} block after {heading!r}"
    return match.group(1)


def test_the_python_example_runs_as_written(
    sandbox: Sandbox, session: requests.Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZOHO_WIZARD_CONFIG_DIR", str(tmp_path / "config" / "zoho-wizard"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_block("### Python API", "python"), "README.md", "exec"), {})
    assert printed.getvalue() == "Zillum Bookkeeping (practice) USD\n"


@pytest.mark.secret_service
def test_the_command_line_examples_run_as_written(
    sandbox: Sandbox,
    session: requests.Session,
    shared_env: dict[str, str],
    tmp_path: Path,
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session)
    env = {**shared_env, "HOME": str(tmp_path / "home"), "XDG_DOCUMENTS_DIR": str(tmp_path)}
    (tmp_path / "home").mkdir()
    outputs = []
    for line in _block("### Command line", "sh").splitlines():
        command = line.split("#", 1)[0].strip()
        if not command:
            continue
        args = shlex.split(command)
        assert args[0] == "zoho-wizard"
        done = subprocess.run(
            [sys.executable, "-m", "zoho_wizard", *args[1:]],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, (command, done.stderr)
        outputs.append((args[1], done.stdout))
    said = dict(outputs)
    assert "Acme Ltd" in said["list"] and "Zillum Bookkeeping (practice)" in said["list"]
    assert said["check"].strip().endswith("Working.")
    assert re.fullmatch(r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}\n", said["token"])
    assert said["receipt"].strip().endswith(".pdf")
    assert Path(said["receipt"].strip()).read_bytes().startswith(b"%PDF")
    assert "Disconnected" in said["disconnect"]
    assert sandbox.requests_for("revoke")
