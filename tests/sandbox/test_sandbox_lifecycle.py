"""Starting, stopping, isolation from Qt, and the ``python -m`` entry point."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, PRACTICE_EMAIL, PRACTICE_REDIRECT_URI, Sandbox

REPO = Path(__file__).resolve().parents[2]


def test_context_manager_starts_and_stops_quickly() -> None:
    with Sandbox() as sb:
        url = sb.base_url
        assert requests.get(url + "/accounts/us/oauth/serverinfo", timeout=10).status_code == 200
        started = time.monotonic()
    assert time.monotonic() - started < 1.0
    assert not sb.running
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/accounts/us/oauth/serverinfo", timeout=2)
    with pytest.raises(RuntimeError):
        _ = sb.base_url


def test_stop_does_not_wait_for_idle_keep_alive_connections() -> None:
    sb = Sandbox().start()
    with requests.Session() as session:
        session.get(sb.accounts_url("us") + "/oauth/serverinfo", timeout=10)
        started = time.monotonic()
        sb.stop()
        assert time.monotonic() - started < 1.0


def test_start_twice_is_an_error_and_stop_twice_is_harmless() -> None:
    sb = Sandbox().start()
    try:
        with pytest.raises(RuntimeError):
            sb.start()
    finally:
        sb.stop()
    sb.stop()


def test_two_sandboxes_do_not_share_state() -> None:
    with Sandbox() as first, Sandbox() as second:
        assert first.base_url != second.base_url
        first.generate_self_client_code(PRACTICE_CLIENT_ID, "ZohoBooks.settings.READ")
        assert len(first.issued_secrets()) == 1
        assert second.issued_secrets() == set()


def test_sandbox_never_imports_qt() -> None:
    code = (
        "import sys, zoho_wizard.sandbox, zoho_wizard.sandbox.__main__\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.posix  # Ctrl+C as SIGINT to a child process
def test_module_entry_point_prints_where_it_serves_and_stops_on_ctrl_c() -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with subprocess.Popen(
        [sys.executable, "-m", "zoho_wizard.sandbox", "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        base_url = lines[0].split(" at ", 1)[1].split()[0]
        try:
            info = requests.get(base_url + "/accounts/us/oauth/serverinfo", timeout=10)
            assert info.json()["locations"]["us"] == base_url + "/accounts/us"
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=10)
        out = process.stdout.read()
        assert process.stderr is not None
        err = process.stderr.read()
    text = "".join(lines) + out
    assert process.returncode == 0, err
    assert f"{base_url}/accounts/us" in text
    assert PRACTICE_CLIENT_ID in text
    assert PRACTICE_REDIRECT_URI in text
    assert PRACTICE_EMAIL in text
    assert "practice0secret" not in text
    assert err == ""
