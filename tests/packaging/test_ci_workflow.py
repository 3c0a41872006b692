"""The CI workflow for hosted runners (.github/workflows/ci.yml): valid against GitHub's
workflow schema (check-jsonschema carries it; actionlint had no wheel where this was
written), and running what the README and the markers say.

Only a run on GitHub shows the Windows and macOS jobs passing.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def _have(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        reason = f"{module} is not installed (it is in the test extra)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it")
        pytest.skip(reason)


def _workflow() -> dict[str, Any]:
    _have("ruamel.yaml")
    from ruamel.yaml import YAML

    data: dict[str, Any] = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def test_the_workflow_is_valid_against_githubs_schema() -> None:
    _have("check_jsonschema")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_linux_runs_the_test_command_and_windows_and_macos_the_suite() -> None:
    jobs = _workflow()["jobs"]
    assert "bash .ci/run" in [step.get("run") for step in jobs["linux"]["steps"]]
    assert jobs["linux"]["container"] == "debian:12"
    desktop = jobs["desktop"]
    assert {entry["os"] for entry in desktop["strategy"]["matrix"]["include"]} == {
        "windows-latest",
        "macos-14",
    }
    runs = "\n".join(step.get("run", "") for step in desktop["steps"])
    assert '-c packaging/constraints.txt ".[test]"' in runs
    assert "python -m pytest" in runs
    assert desktop["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_markers_the_workflow_relies_on_are_registered_and_applied() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    markers = {m.split(":")[0] for m in pyproject["tool"]["pytest"]["ini_options"]["markers"]}
    assert {"secret_service", "a11y", "linux", "posix", "alt_mnemonics"} <= markers
    conftest = (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    for marker in ("secret_service", "a11y", "linux", "posix", "alt_mnemonics"):
        assert f'"{marker}": (' in conftest
    assert 'os.environ["ZOHO_WIZARD_CONFIG_DIR"]' in conftest
