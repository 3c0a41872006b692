"""The README's "Use it from other tools" recipes, run as written against a connection made
over real HTTP to the sandbox, with ``zoho-wizard`` on the PATH as an installed program
would be. (PowerShell, R and rclone are not on the test machine: their recipes' parts that
zoho-wizard answers are run here, the tools themselves are not.)"""

from __future__ import annotations

import json
import os
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
TIMEOUT = 60.0


def section(heading: str) -> str:
    """The README's text under ``heading`` (a whole line), up to the next heading."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    end = re.search(r"\n#{2,3} ", text[start:])
    return text[start : start + end.start()] if end else text[start:]


def blocks(heading: str, language: str) -> list[str]:
    found = re.findall(rf"```{language}\n(.*?)```", section(heading), re.DOTALL)
    assert found, f"no {language} block under {heading!r}"
    return found


@pytest.fixture
def tool_env(
    sandbox: Sandbox, session: requests.Session, shared_env: dict[str, str], tmp_path: Path
) -> dict[str, str]:
    """ "Acme Ltd" saved, and ``zoho-wizard`` on the PATH."""
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "zoho-wizard"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m zoho_wizard "$@"\n', "utf-8")
    program.chmod(0o755)
    python3 = bin_dir / "python3"  # the recipes' python3 is the one with requests
    python3.symlink_to(sys.executable)
    return {**shared_env, "PATH": f"{bin_dir}{os.pathsep}{shared_env.get('PATH', '')}"}


def bash(env: dict[str, str], script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.secret_service
def test_the_curl_recipe_calls_books_with_what_run_gives(
    tool_env: dict[str, str], tmp_path: Path
) -> None:
    (script,) = blocks("### curl", "sh")
    done = bash(tool_env, script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["organization"]["name"] == "Zillum Bookkeeping (practice)"


@pytest.mark.secret_service
def test_the_python_recipe_runs_under_run(tool_env: dict[str, str], tmp_path: Path) -> None:
    (code,) = blocks("### Python", "python")
    (tmp_path / "books.py").write_text(code, encoding="utf-8")
    done = bash(tool_env, 'zoho-wizard run "Acme Ltd" -- python3 books.py', tmp_path)
    assert (done.returncode, done.stdout) == (0, "Zillum Bookkeeping (practice)\n"), done.stderr


@pytest.mark.secret_service
def test_the_documented_json_is_what_token_prints(tool_env: dict[str, str], tmp_path: Path) -> None:
    documented = json.loads(
        blocks("### `token --format`: the token in the shape a tool reads", "json")[0]
    )
    done = bash(tool_env, 'zoho-wizard token "Acme Ltd" --format json', tmp_path)
    printed = json.loads(done.stdout)
    assert list(printed) == list(documented)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", printed["expires_on"])


@pytest.mark.secret_service
def test_the_credential_process_recipe_as_aws_reads_it(
    tool_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import botocore.session  # type: ignore[import-untyped]

    config, sample = blocks("### AWS-style `credential_process`", "(?:ini|json)")
    (tmp_path / "aws-config").write_text(config, encoding="utf-8")
    for name, value in tool_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    credentials = botocore.session.Session(profile="acme-books").get_credentials()
    assert credentials is not None
    frozen = credentials.get_frozen_credentials()
    assert frozen.access_key == "10234695"
    assert frozen.token == frozen.secret_key
    assert frozen.token.startswith("1000.")
    command = re.search(r"credential_process = (.*)", config)
    assert command is not None
    printed = json.loads(bash(tool_env, command[1], tmp_path).stdout)
    assert list(printed) == list(json.loads(sample))


@pytest.mark.secret_service
def test_the_bearer_token_command_prints_the_token_alone(
    tool_env: dict[str, str], tmp_path: Path
) -> None:
    (config,) = blocks("### rclone", "ini")
    command = re.search(r"bearer_token_command = (.*)", config)
    assert command is not None
    done = bash(tool_env, command[1], tmp_path)
    assert re.fullmatch(r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}\n", done.stdout), done.stderr


def test_the_mcp_config_is_json_that_starts_run_with_its_command_after_the_dashes() -> None:
    (config,) = blocks("### `run`: the token in a command's environment", "json")
    server = json.loads(config)["mcpServers"]["zoho-books"]
    assert server["command"] == "zoho-wizard"
    args = server["args"]
    assert args[:2] == ["run", "Acme Ltd"]
    assert args[args.index("--") + 1 :] == ["node", "books-mcp-server.js"]


def test_every_run_example_names_its_command_after_the_dashes() -> None:
    for line in blocks("### `run`: the token in a command's environment", "sh")[0].splitlines():
        args = shlex.split(line)
        assert args[:3] == ["zoho-wizard", "run", "Acme Ltd"]
        assert "--" in args and args[args.index("--") + 1 :]
