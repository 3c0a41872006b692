"""What the window costs to open, and the web engine warming up behind it.

The heavy parts (QtWebEngine, requests, the keyring and D-Bus libraries) stay off the way
to the first page; the web engine then starts in the background, and the first sign-in
uses the browser made ahead of time. benchmarks/run.py measures the times; these tests
pin down the behaviour that makes them.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui_driver import click, enter_details, program_env, submit_details, wait_step

from zoho_wizard.core.flow import Step
from zoho_wizard.ui.app import build_wizard
from zoho_wizard.ui.browser import flush_deletions
from zoho_wizard.ui.wizard import ConnectWizard

# Imported only once the window is on screen (or when the person gets that far).
HEAVY = (
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtNetwork",
    "requests",
    "urllib3",
    "truststore",
    "keyring",
    "secretstorage",
    "jeepney",
    "filelock",
    "http.server",
    "email.utils",
    "logging.handlers",  # (with socket, pickle, queue: core.logs rotates by itself)
    "socket",
    "zoho_wizard.sandbox",
    "zoho_wizard.core.connect",  # the connection machinery: at the first sign-in
    "zoho_wizard.core.connection",
    "zoho_wizard.core.health",
)

# The program itself (zoho_wizard.cli.main, no arguments: real Zoho, nothing saved),
# stopped at its first paint with the modules it had imported by then.
_FIRST_PAINT_PROBE = """
import json, os, sys
from zoho_wizard.core import timings

def mark(name):
    if name == "first_paint":
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)
        os._exit(0)

timings.mark = mark
from zoho_wizard.cli import main
main([])
os._exit(3)
"""


def test_the_first_page_is_drawn_without_the_heavy_libraries(tmp_path: Path) -> None:
    seen = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(seen)],
        env=program_env(tmp_path),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    modules = set(json.loads(seen.read_text(encoding="utf-8")))
    assert "zoho_wizard.ui.wizard" in modules  # (the probe really saw the wizard)
    loaded = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert loaded == []


def test_the_first_sign_in_uses_the_browser_warmed_up_behind_the_details_page(
    qtbot: Any, make_wizard: Callable[..., ConnectWizard]
) -> None:
    wizard = make_wizard(warm_up=True)
    browser = wizard.consent_page.browser
    qtbot.waitUntil(lambda: browser.warm, timeout=20_000)
    spare_view = browser._spare[1] if browser._spare else None
    spare_profile = browser._spare[0] if browser._spare else None
    assert browser.view is None  # nothing shown yet: the spare waits, hidden

    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    assert browser.view is spare_view
    assert browser.profile is spare_profile
    assert not browser.warm  # used up

    # Back on the details page a new spare is made, in a new private profile: a second
    # attempt never inherits the first one's Zoho session.
    wizard.controller.back()
    wait_step(qtbot, wizard, Step.DETAILS)
    qtbot.waitUntil(lambda: browser.warm, timeout=20_000)
    assert browser._spare is not None
    assert browser._spare[0] is not spare_profile
    submit_details(qtbot, wizard)
    assert browser.profile is not spare_profile
    assert browser.attempt == 2


def test_without_warm_up_each_attempt_still_gets_its_own_fresh_browser(
    qtbot: Any, wizard: ConnectWizard
) -> None:
    browser = wizard.consent_page.browser
    assert not browser.warm  # tests and scripts don't start the engine ahead
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)
    first = browser.profile
    assert first is not None
    wizard.controller.back()
    wait_step(qtbot, wizard, Step.DETAILS)
    assert not browser.warm
    submit_details(qtbot, wizard)
    assert browser.profile is not first


def test_a_closed_wizard_is_freed_entirely(
    qtbot: Any,
    endpoints: Any,
    profiles: Any,
    practice_hint: Any,
) -> None:
    """Nothing keeps a closed wizard's Python side alive. Timers posted just before it
    closed once did (Qt for Python keeps a QTimer.singleShot's function when its context
    object goes first): about 1.5 MiB per connect/disconnect cycle."""
    wizard = build_wizard(endpoints, profiles=profiles, practice_hint=practice_hint)
    wizard.show()
    qtbot.waitExposed(wizard)
    enter_details(qtbot, wizard)  # (the first screen's pages are made, too)
    click(qtbot, wizard.details_page.fill_button)
    submit_details(qtbot, wizard)  # the browser, its page and profile exist now
    freed = weakref.ref(wizard)
    page = weakref.ref(wizard.consent_page)
    # Closed and deleted in one go, as a program that opens wizards one after another does.
    wizard.shutdown()
    wizard.close()
    wizard.deleteLater()
    del wizard
    flush_deletions()
    flush_deletions()
    gc.collect()
    assert freed() is None
    assert page() is None
