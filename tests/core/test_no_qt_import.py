"""The core must never pull in Qt: every front end and the CLI build on it without a screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import zoho_wizard

REPO_ROOT = Path(zoho_wizard.__file__).resolve().parent.parent

EXPECTED_MODULES = {
    "authorize",
    "books",
    "connect",
    "datacenters",
    "endpoints",
    "errors",
    "flow",
    "http",
    "scopes",
    "store",
    "tokens",
    "validation",
}

_PROBE = """
import importlib, json, pkgutil, sys
import zoho_wizard.core as core
names = sorted(m.name for m in pkgutil.iter_modules(core.__path__))
for name in names:
    importlib.import_module("zoho_wizard.core." + name)
print(json.dumps({"core": names, "loaded": sorted(sys.modules)}))
"""


def test_importing_every_core_module_loads_no_pyside6() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    # The probe really imported the whole core, not an empty package.
    assert set(report["core"]) >= EXPECTED_MODULES
    qt = [name for name in report["loaded"] if name.startswith(("PySide6", "shiboken6"))]
    assert qt == []
