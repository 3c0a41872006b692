"""The website's handler and the desktop stay apart at run time, not only in the import
graph (import-linter checks that): the web package loads no Qt, and the desktop's entry
points load neither the web package nor its libraries, so the desktop install and the
bundle do not grow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, json, pkgutil, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
if sys.argv[1] == "zoho_wizard.web":
    import zoho_wizard.web as web
    for m in pkgutil.iter_modules(web.__path__):
        importlib.import_module("zoho_wizard.web." + m.name)
print(json.dumps(sorted(sys.modules)))
"""


def _loaded(*modules: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_the_web_package_loads_no_qt() -> None:
    loaded = _loaded("zoho_wizard.web")
    assert "zoho_wizard.web.flask" in loaded and "flask" in loaded
    assert [m for m in loaded if m.startswith(("PySide6", "shiboken6"))] == []


def test_the_desktop_loads_nothing_of_the_website() -> None:
    loaded = _loaded("zoho_wizard.cli", "zoho_wizard.api", "zoho_wizard.ui.app")
    assert "PySide6.QtWidgets" in loaded  # the window's modules really were loaded
    web = [m for m in loaded if m.startswith(("zoho_wizard.web", "flask", "sqlalchemy", "psycopg"))]
    assert web == []
