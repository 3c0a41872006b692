"""The start page's line about the daily check (``zoho-wizard watch --install``): the
last automatic check, or nothing when the daily check is not set up."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ui_driver import wait_step
from ui_saved import make_saved

from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.flow import Step
from zoho_wizard.core.schedule import schedule_here
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.core.watch import Verdict, WatchEntry, WatchState, state_path, write_state
from zoho_wizard.sandbox import Sandbox
from zoho_wizard.ui.wizard import ConnectWizard

MakeWizard = Callable[..., ConnectWizard]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def watched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, endpoints: Endpoints
) -> ProfileStore:
    """The person's own connections file (the one the daily check checks), holding
    "Acme Ltd", in this test's own config folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # The settings folder itself (the tests name it on every OS; XDG counts on Linux only).
    monkeypatch.setenv("ZOHO_WIZARD_CONFIG_DIR", str(tmp_path / "config" / "zoho-wizard"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    profiles = ProfileStore()
    make_saved(sandbox, endpoints, profiles, "Acme Ltd")
    return profiles


def install_watch() -> None:
    """The schedule's files in place, as ``watch --install`` writes them."""
    for item in schedule_here().files:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        item.path.write_bytes(item.content)


def checked_this_morning(profiles: ProfileStore, *entries: WatchEntry) -> None:
    seven = dt.datetime.combine(dt.date.today(), dt.time(7, 0)).timestamp()
    write_state(state_path(), WatchState(seven, str(profiles.path), entries))


def line_of(wizard: ConnectWizard) -> str | None:
    line = wizard.start_page.watch_line
    return line.text() if line.isVisible() else None


def test_the_last_automatic_check_is_shown_and_gone_when_the_watch_is_removed(
    qtbot: Any, make_wizard: MakeWizard, watched: ProfileStore
) -> None:
    install_watch()
    checked_this_morning(watched, WatchEntry("Acme Ltd", Verdict.ATTENTION, "Key gone."))
    wizard = make_wizard(profiles=watched)
    wait_step(qtbot, wizard, Step.START)
    assert line_of(wizard) == ("Checked automatically today at 07:00: “Acme Ltd” needs attention.")
    assert wizard.start_page.watch_line.property("role") == "warningText"

    checked_this_morning(watched, WatchEntry("Acme Ltd", Verdict.WORKING))
    wizard.controller.saved.reload()
    assert line_of(wizard) == "Checked automatically today at 07:00: all working."
    assert wizard.start_page.watch_line.property("role") == "hint"

    for item in schedule_here().files:  # watch --remove
        item.path.unlink()
    wizard.controller.saved.reload()
    assert line_of(wizard) is None


def test_nothing_is_said_when_the_watch_is_not_set_up(
    qtbot: Any, make_wizard: MakeWizard, watched: ProfileStore
) -> None:
    checked_this_morning(watched, WatchEntry("Acme Ltd", Verdict.WORKING))
    wizard = make_wizard(profiles=watched)
    wait_step(qtbot, wizard, Step.START)
    assert line_of(wizard) is None


def test_before_the_first_check_it_says_one_is_coming(
    qtbot: Any, make_wizard: MakeWizard, watched: ProfileStore
) -> None:
    install_watch()
    wizard = make_wizard(profiles=watched)
    wait_step(qtbot, wizard, Step.START)
    assert line_of(wizard) == ("Checked automatically every day; the first check has not run yet.")


def test_practice_lists_say_nothing_about_the_persons_own_check(
    qtbot: Any,
    make_wizard: MakeWizard,
    watched: ProfileStore,
    sandbox: Sandbox,
    endpoints: Endpoints,
    tmp_path: Path,
) -> None:
    install_watch()
    checked_this_morning(watched, WatchEntry("Acme Ltd", Verdict.ATTENTION, "Key gone."))
    practice = ProfileStore(tmp_path / "config" / "zoho-wizard" / "practice-connections.json")
    make_saved(sandbox, endpoints, practice, "Practice")
    wizard = make_wizard(profiles=practice)
    wait_step(qtbot, wizard, Step.START)
    assert line_of(wizard) is None


# --- a click on the notification: the wizard opens on that connection ----------------------

OPEN_ON_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from zoho_wizard.core.endpoints import custom_endpoints
    from zoho_wizard.core.store import MemorySecretStore, ProfileStore
    from zoho_wizard.practice import practice_connection
    from zoho_wizard.sandbox import Sandbox
    from zoho_wizard.ui.app import run_wizard
    from zoho_wizard.ui.wizard import ConnectWizard

    def report():
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectWizard)]
        if not wizards or not wizards[0].isVisible():
            QTimer.singleShot(20, report)
            return
        wizard = wizards[0]
        page = wizard.start_page
        print("step:", wizard.current_step().value, flush=True)
        print("selected:", wizard.controller.saved.state.selected, flush=True)
        print("reconnect:", page.reconnect_button.property("role"), flush=True)
        wizard.close()

    with Sandbox() as sb:
        endpoints = custom_endpoints(sb.accounts_url("us"), practice=True)
        profiles = ProfileStore(Path(sys.argv[1]))
        secrets = MemorySecretStore()
        for name in ("Acme Ltd", "Beta Trading"):
            practice_connection(sb, profiles, name, endpoints=endpoints, secrets=secrets)
        beta = profiles.get("Beta Trading")
        from dataclasses import replace
        profiles.save(replace(beta, health="attention", health_detail="Key gone."))
        QTimer.singleShot(0, report)
        run_wizard(endpoints, profiles=profiles, secrets_factory=lambda: secrets,
                   connection="Beta Trading")
    """
)


def test_the_wizard_opens_on_the_named_connection_with_reconnect_forward(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    result = subprocess.run(
        [sys.executable, "-c", OPEN_ON_CHILD, str(tmp_path / "connections.json")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "step: start\n" in result.stdout
    assert "selected: Beta Trading\n" in result.stdout  # not the first in the list
    assert "reconnect: primary\n" in result.stdout  # the way forward stands out


def test_connection_on_the_command_line_reaches_the_wizard(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from zoho_wizard import cli

    seen: dict[str, Any] = {}
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr("zoho_wizard.ui.app.run_wizard", lambda *a, **kw: seen.update(kw) or 0)
    assert cli.main(["--connection", "Beta Trading"]) == 0
    assert seen["connection"] == "Beta Trading"
    assert seen["setup_file"] is None  # the name is never taken for a setup file
