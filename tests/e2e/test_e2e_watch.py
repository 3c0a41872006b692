"""The health watch end to end: ``check --all [--notify]`` against the sandbox, the
notification through a real notification server (dunst) on a private D-Bus session, a
click that opens the wizard on the connection (the process launch is the only stub), and
``watch --install/--remove`` writing and undoing the systemd user timer under a fake
``XDG_CONFIG_HOME``."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock, connect
from notification_daemon import NotificationServer, missing_tools, notification_server

from zoho_wizard import cli
from zoho_wizard.cli import EXIT_ATTENTION, EXIT_FAILED, EXIT_OK
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.core.watch import Verdict, read_state, state_path
from zoho_wizard.sandbox import Sandbox

TIMEOUT = 60.0


def kill_key(sandbox: Sandbox, name: str) -> None:
    """What a password change with "terminate API tokens", removing the app under
    Connected Apps, or the 21st sign-in does to a key: Zoho stops accepting it."""
    refresh = KeyringSecretStore().get(name, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)


@pytest.fixture
def two_connections(
    sandbox: Sandbox, session: requests.Session, clock: FakeClock, shared_env: dict[str, str]
) -> None:
    """ "Acme Ltd" (working) and "Zillum & Co" (its key no longer accepted)."""
    for name in ("Acme Ltd", "Zillum & Co"):
        connect(sandbox, ProfileStore(), name=name, session=session, clock=clock)
    kill_key(sandbox, "Zillum & Co")
    sandbox.clear_requests()


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The commands the check starts (the process launch is stubbed, nothing else)."""
    commands: list[tuple[str, ...]] = []
    monkeypatch.setattr("zoho_wizard.cli.watch.launch", lambda c: commands.append(tuple(c)))
    return commands


# --- check --all --------------------------------------------------------------------------


def test_check_all_names_who_needs_attention_and_why_and_remembers_it(
    two_connections: None, capsys: pytest.CaptureFixture[str], launched: list[tuple[str, ...]]
) -> None:
    assert cli.main(["check", "--all"]) == EXIT_ATTENTION
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Acme Ltd: working"
    assert out[1].startswith(
        "Zillum & Co: needs attention. Zoho no longer accepts this connection's key."
    )
    for cause in ("terminate API tokens", "Connected Apps", "20 newer sign-ins"):
        assert cause in out[1]
    state = read_state(state_path())
    assert state is not None
    assert state.connections_file == str(ProfileStore().path)
    assert [(e.name, e.verdict) for e in state.entries] == [
        ("Acme Ltd", Verdict.WORKING),
        ("Zillum & Co", Verdict.ATTENTION),
    ]
    assert launched == []  # no --notify: nothing shown, nothing opened


def test_check_all_json_and_all_working_exits_0(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    assert cli.main(["check", "--all", "--json"]) == EXIT_OK
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry == {
        "name": "Acme Ltd",
        "verdict": "working",
        "problem": "",
        "cause": "",
        "fix": "",
    }


@pytest.mark.fault
def test_a_deleted_client_is_blamed_on_the_app_in_the_console(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    # What Zoho answers a refresh for a client deleted in the API console.
    sandbox.faults.add("token", "error", error="invalid_client", times=None)
    assert cli.main(["check", "--all"]) == EXIT_ATTENTION
    out = capsys.readouterr().out
    assert "deleted in Zoho's API console" in out
    assert "IT admin" in out


@pytest.mark.fault
def test_offline_is_not_attention_and_notifies_nobody(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    launched: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    sandbox.stop()  # the timer fired before the network was up
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert cli.main(["check", "--all", "--notify"]) == EXIT_ATTENTION
    captured = capsys.readouterr()
    assert captured.out.startswith("Acme Ltd: could not be checked now.")
    assert captured.err == ""  # nothing to tell the person
    assert launched == []


def test_connections_kept_for_one_session_are_not_checked(
    two_connections: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    store = ProfileStore()
    store.save(replace(store.get("Zillum & Co"), secret_store="session"))  # gone by design
    assert cli.main(["check", "--all"]) == EXIT_OK
    assert capsys.readouterr().out == "Acme Ltd: working\n"


def test_check_needs_a_name_or_all(shared_env: dict[str, str]) -> None:
    assert cli.main(["check"]) == 2
    assert cli.main(["check", "Acme", "--all"]) == 2


def test_with_no_notification_service_the_message_goes_to_the_log_quietly(
    two_connections: None,
    capsys: pytest.CaptureFixture[str],
    launched: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert cli.main(["check", "--all", "--notify"]) == EXIT_ATTENTION
    err = capsys.readouterr().err
    assert err.startswith("zoho-wizard: Zoho Books connection “Zillum & Co” needs attention\n")
    assert "Traceback" not in err
    assert launched == []


def test_practice_mode_checks_a_practice_connection(
    shared_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--demo", "check", "--all", "--notify"]) == EXIT_OK
    assert capsys.readouterr().out == "Practice: working\n"
    assert read_state(state_path()) is None  # the real watch's last check is untouched


# --- the notification, through a real notification server ---------------------------------


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationServer]:
    missing = missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide {', '.join(missing)} (scripts/setup.sh --test)")
        pytest.skip(f"needs {', '.join(missing)} (scripts/setup.sh --test installs them)")
    with notification_server(tmp_path / "bus") as running:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
        yield running


def check_in_background(args: Sequence[str]) -> tuple[threading.Thread, list[int]]:
    """Run ``zoho-wizard ARGS`` in this process on a thread (it waits for a click)."""
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(cli.main(list(args))), daemon=True)
    thread.start()
    return thread, codes


def test_a_click_on_the_notification_opens_the_wizard_on_that_connection(
    two_connections: None, server: NotificationServer, launched: list[tuple[str, ...]]
) -> None:
    thread, codes = check_in_background(["check", "--all", "--notify"])
    server.wait_until_displayed()
    server.ctl("action", "0")  # the person clicks the notification
    thread.join(TIMEOUT)
    assert not thread.is_alive()
    assert codes == [EXIT_ATTENTION]
    assert launched == [(sys.executable, "-m", "zoho_wizard", "--connection", "Zillum & Co")]
    (shown,) = server.received()
    assert shown["appname"] == "zoho-wizard"
    assert shown["summary"] == "Zoho Books connection “Zillum & Co” needs attention"
    body = shown["body"].replace("&amp;", "&")  # (dunst reads markup: names are escaped)
    assert body.startswith(
        "Zoho no longer accepts this connection's key.\n"
        "Reconnect to sign in again; your settings are kept.\n"
        "Click to open zoho-wizard on it.\n"
        "Likely causes: the Zoho password was changed"
    )
    assert "Connected Apps" in body


def test_a_dismissed_notification_opens_nothing(
    two_connections: None, server: NotificationServer, launched: list[tuple[str, ...]]
) -> None:
    thread, codes = check_in_background(["check", "--all", "--notify"])
    server.wait_until_displayed()
    server.ctl("close")  # the person closes it
    thread.join(TIMEOUT)
    assert not thread.is_alive()
    assert codes == [EXIT_ATTENTION]
    assert launched == []


def test_nothing_is_shown_when_all_work(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    server: NotificationServer,
    launched: list[tuple[str, ...]],
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    assert cli.main(["check", "--all", "--notify"]) == EXIT_OK
    assert server.received() == []
    assert launched == []


# --- watch --install / --remove (Linux: a systemd user timer) ------------------------------


def run_watch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "watch", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture
def fake_systemctl(tmp_path: Path, shared_env: dict[str, str]) -> Path:
    """A ``systemctl`` first on PATH that writes down each call (the scheduler's process
    boundary; what the real one would do with the files is systemd's)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    calls = tmp_path / "systemctl-calls"
    script = folder / "systemctl"
    script.write_text(f'#!/bin/sh\necho "$*" >> "{calls}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    shared_env["PATH"] = f"{folder}{os.pathsep}{shared_env['PATH']}"
    return calls


def unit_folder(env: dict[str, str]) -> Path:
    return Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"


def test_install_writes_the_timer_and_switches_it_on_and_remove_undoes_it(
    shared_env: dict[str, str], fake_systemctl: Path
) -> None:
    installed = run_watch(shared_env, "--install", "--at", "07:30")
    assert installed.returncode == EXIT_OK, installed.stderr
    folder = unit_folder(shared_env)
    service = (folder / "zoho-wizard-watch.service").read_text(encoding="utf-8")
    assert f'ExecStart="{sys.executable}" "-m" "zoho_wizard" "check" "--all" "--notify"' in service
    timer = (folder / "zoho-wizard-watch.timer").read_text(encoding="utf-8")
    assert "OnCalendar=*-*-* 07:30:00" in timer
    assert fake_systemctl.read_text(encoding="utf-8").splitlines() == [
        "--user daemon-reload",
        "--user enable --now zoho-wizard-watch.timer",
    ]
    assert "Every day at 07:30" in installed.stdout
    status = run_watch(shared_env)
    assert "The daily check is set up" in status.stdout
    assert "It has not run yet." in status.stdout

    state_path().parent.mkdir(parents=True, exist_ok=True)
    state_path().write_text("{}", encoding="utf-8")  # what a check would have left
    fake_systemctl.unlink()
    removed = run_watch(shared_env, "--remove")
    assert removed.returncode == EXIT_OK
    assert fake_systemctl.read_text(encoding="utf-8").splitlines() == [
        "--user disable --now zoho-wizard-watch.timer",
        "--user daemon-reload",
    ]
    assert sorted(p.name for p in folder.iterdir()) == []
    assert not state_path().exists()
    assert "not set up" in run_watch(shared_env).stdout


@pytest.mark.fault
def test_without_systemctl_the_files_are_written_and_what_to_run_is_said(
    shared_env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "no-systemd"
    empty.mkdir()
    shared_env["PATH"] = str(empty)  # (the program is started by its full path)
    installed = run_watch(shared_env, "--install")
    assert installed.returncode == EXIT_FAILED
    folder = unit_folder(shared_env)
    assert sorted(p.name for p in folder.iterdir()) == [
        "zoho-wizard-watch.service",
        "zoho-wizard-watch.timer",
    ]
    assert "systemctl is not on this computer" in installed.stderr
    assert "  systemctl --user daemon-reload\n" in installed.stderr
    assert "  systemctl --user enable --now zoho-wizard-watch.timer\n" in installed.stderr
    assert "Traceback" not in installed.stderr
    assert run_watch(shared_env, "--remove").returncode == EXIT_OK
    assert list(folder.iterdir()) == []


def test_practice_mode_shows_the_schedule_and_installs_nothing(shared_env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "--demo", "watch", "--install"],
        env=shared_env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == EXIT_OK
    assert result.stdout.startswith("Practice mode: nothing was set up.")
    assert "OnCalendar=*-*-* 09:00:00" in result.stdout
    assert not unit_folder(shared_env).exists()
