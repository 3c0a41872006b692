"""``zoho-wizard list/check/token/disconnect`` in real subprocesses against the sandbox.

The subprocesses share this test's config folder and, where secrets are read, the real
Secret Service (marked ``secret_service``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import pytest
import requests
from e2e_helpers import FakeClock, connect, expire_cached_token, token_grants

from zoho_wizard import __version__
from zoho_wizard.cli import EXIT_ATTENTION, EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    Sandbox,
)

TIMEOUT = 30.0


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m zoho_wizard ARGS`` with no terminal on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "zoho_wizard", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def assert_plain_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.stdout == ""
    assert result.stderr.startswith("zoho-wizard: ")
    assert "Traceback" not in result.stderr
    for word in ("Error", "Exception", "None"):
        assert word not in result.stderr


@pytest.fixture
def connected(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    unique_name: str,
) -> str:
    """A saved connection in the shared config folder; requests cleared."""
    connect(sandbox, ProfileStore(), name=unique_name, session=session, clock=clock)
    sandbox.clear_requests()
    return unique_name


# --- no secrets needed --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["token", "check", "disconnect"])
def test_an_unknown_name_exits_3_with_a_plain_message(
    command: str, shared_env: dict[str, str]
) -> None:
    args = [command, "Nobody Ltd"] + (["--yes"] if command == "disconnect" else [])
    result = run_cli(shared_env, *args)
    assert result.returncode == EXIT_NOT_FOUND
    assert_plain_error(result)
    assert "There is no saved connection called “Nobody Ltd”." in result.stderr


def test_an_unknown_name_with_json_gives_a_json_error(shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "token", "Nobody Ltd", "--json")
    assert result.returncode == EXIT_NOT_FOUND
    assert result.stdout == ""
    payload = json.loads(result.stderr)
    assert payload["error"] == "ConnectionNotFoundError"
    assert "Nobody Ltd" in payload["message"]
    assert payload["fix"]


def test_list_with_nothing_saved(shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "list")
    assert result.returncode == EXIT_OK
    assert result.stdout == "No saved connections. Run zoho-wizard to make one.\n"
    as_json = run_cli(shared_env, "list", "--json")
    assert json.loads(as_json.stdout) == {"connections": [], "damaged": {}}


def test_version_names_the_program_and_the_bundled_chromium_with_its_patch_level(
    shared_env: dict[str, str],
) -> None:
    from PySide6.QtWebEngineCore import (
        qWebEngineChromiumSecurityPatchVersion,
        qWebEngineChromiumVersion,
    )

    result = run_cli(shared_env, "--version")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    program, browser = result.stdout.splitlines()
    assert program == f"zoho-wizard {__version__}"
    match = re.fullmatch(
        r"Qt WebEngine [0-9.]+: Chromium ([0-9.]+), security patches up to Chromium ([0-9.]+)",
        browser,
    )
    assert match
    assert match[1] == str(qWebEngineChromiumVersion())
    assert match[2] == str(qWebEngineChromiumSecurityPatchVersion())
    # Asked for only: the command line itself does not load QtWebEngine.
    probe = "import sys, zoho_wizard.cli; print('PySide6.QtWebEngineCore' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], env=shared_env, capture_output=True, text=True, check=True
    )
    assert loaded.stdout == "False\n"


def test_wrong_usage_exits_2(shared_env: dict[str, str]) -> None:
    assert run_cli(shared_env, "token").returncode == EXIT_USAGE
    assert run_cli(shared_env, "frobnicate").returncode == EXIT_USAGE


def test_disconnect_without_yes_and_no_terminal_exits_2_and_changes_nothing(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
) -> None:
    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    sandbox.clear_requests()
    result = run_cli(shared_env, "disconnect", "Acme Ltd")
    assert result.returncode == EXIT_USAGE
    assert_plain_error(result)
    assert "--yes" in result.stderr
    assert sandbox.requests == []
    assert ProfileStore().get("Acme Ltd").name == "Acme Ltd"


# --- with the real Secret Service ----------------------------------------------------------


@pytest.mark.secret_service
def test_list_shows_name_organization_data_center_health_and_where_secrets_live(
    connected: str, shared_env: dict[str, str]
) -> None:
    result = run_cli(shared_env, "list")
    assert result.returncode == EXIT_OK, result.stderr
    out = result.stdout
    assert out.startswith(f"{connected}\n")
    assert "  organization: Zillum Bookkeeping (practice) (10234695)\n" in out
    assert "  data center:  United States (zoho.com)\n" in out
    assert "  health:       working\n" in out
    assert "  secrets in:   the Secret Service" in out
    assert f"“{connected}/refresh_token”" in out
    assert PRACTICE_CLIENT_SECRET not in out

    rows = json.loads(run_cli(shared_env, "list", "--json").stdout)
    (row,) = rows["connections"]
    assert row["name"] == connected
    assert row["organization"] == "Zillum Bookkeeping (practice)"
    assert row["organization_id"] == "10234695"
    assert row["data_center"] == "us"
    assert row["data_center_label"] == "United States (zoho.com)"
    assert row["health"] == "ok"
    assert row["connected_at"]
    assert "Secret Service" in row["secrets"]
    assert rows["damaged"] == {}


@pytest.mark.secret_service
def test_token_prints_the_cached_token_alone_and_refreshes_only_when_needed(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    secrets = KeyringSecretStore()
    cached = CachedToken.parse(secrets.get(connected, "access_token"))
    assert cached is not None
    first = run_cli(shared_env, "token", connected)
    assert first.returncode == EXIT_OK, first.stderr
    assert first.stdout == cached.access_token + "\n"
    assert first.stderr == ""
    assert sandbox.requests_for("token") == []

    expire_cached_token(secrets, connected, time.time() - 1)
    renewed = run_cli(shared_env, "token", connected)
    assert renewed.returncode == EXIT_OK, renewed.stderr
    token = renewed.stdout.strip()
    assert token != cached.access_token
    again = run_cli(shared_env, "token", connected)
    assert again.stdout == renewed.stdout
    assert len(token_grants(sandbox)) == 1

    as_json = run_cli(shared_env, "token", connected, "--json")
    assert as_json.returncode == EXIT_OK
    data = json.loads(as_json.stdout)
    assert data["access_token"] == token
    assert data["authorization_header"] == f"Zoho-oauthtoken {token}"
    assert data["api_domain"] == sandbox.api_domain("us")
    assert data["books_api"] == f"{sandbox.api_domain('us')}/books/v3"
    assert data["organization_id"] == "10234695"
    assert data["expires_at"] > time.time() + 3000
    assert len(token_grants(sandbox)) == 1


@pytest.mark.secret_service
def test_token_of_a_revoked_connection_exits_4(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    secrets = KeyringSecretStore()
    refresh = secrets.get(connected, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)
    expire_cached_token(secrets, connected, time.time() - 1)
    result = run_cli(shared_env, "token", connected)
    assert result.returncode == EXIT_ATTENTION
    assert_plain_error(result)
    assert "Reconnect" in result.stderr
    assert refresh not in result.stderr


@pytest.mark.secret_service
def test_token_while_throttled_exits_1_with_the_wait(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    expire_cached_token(KeyringSecretStore(), connected, time.time() - 1)
    sandbox.faults.add("token", "throttle")
    result = run_cli(shared_env, "token", connected, "--json")
    assert result.returncode == EXIT_FAILED
    payload = json.loads(result.stderr)
    assert payload["error"] == "ThrottledError"
    assert payload["action"] == "wait"
    assert payload["retry_after_seconds"] >= 600
    # Remembered: the next call fails at once without asking Zoho.
    again = run_cli(shared_env, "token", connected)
    assert again.returncode == EXIT_FAILED
    assert_plain_error(again)
    assert len(sandbox.requests_for("token")) == 1


@pytest.mark.secret_service
def test_check_exits_0_when_working_and_4_after_revocation(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    ok = run_cli(shared_env, "check", connected)
    assert ok.returncode == EXIT_OK, ok.stdout + ok.stderr
    assert ok.stdout.endswith("Working.\n")
    assert "[FAIL]" not in ok.stdout
    assert ProfileStore().get(connected).health == "ok"

    refresh = KeyringSecretStore().get(connected, "refresh_token")
    assert refresh is not None
    sandbox.revoke("us", refresh)
    bad = run_cli(shared_env, "check", connected)
    assert bad.returncode == EXIT_ATTENTION
    assert "[FAIL]" in bad.stdout
    assert bad.stdout.endswith("Needs attention.\n")
    assert "Traceback" not in bad.stderr
    saved = ProfileStore().get(connected)
    assert saved.health == "attention"

    as_json = run_cli(shared_env, "check", connected, "--json")
    assert as_json.returncode == EXIT_ATTENTION
    report = json.loads(as_json.stdout)
    assert report["ok"] is False
    assert any(c["outcome"] == "problem" and c["action"] == "reconnect" for c in report["checks"])

    listed = run_cli(shared_env, "list").stdout
    assert f"  health:       needs attention: {saved.health_detail}\n" in listed


@pytest.mark.secret_service
def test_disconnect_yes_revokes_at_zoho_and_removes_it(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    secrets = KeyringSecretStore()
    refresh = secrets.get(connected, "refresh_token")
    result = run_cli(shared_env, "disconnect", connected, "--yes")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.startswith(f"Disconnected “{connected}”.\n")
    assert "  Zoho revoked the connection's access.\n" in result.stdout
    (revoke,) = sandbox.requests_for("revoke")
    assert revoke.form == {
        "token": refresh,
        "client_id": PRACTICE_CLIENT_ID,
        "client_secret": PRACTICE_CLIENT_SECRET,
    }
    for kind in ("client_secret", "refresh_token", "access_token"):
        assert secrets.get(connected, kind) is None
    assert run_cli(shared_env, "list", "--json").stdout.count(connected) == 0
    gone = run_cli(shared_env, "token", connected)
    assert gone.returncode == EXIT_NOT_FOUND


@pytest.mark.fault
@pytest.mark.secret_service
def test_disconnect_while_offline_fails_unless_local_only_is_allowed(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    sandbox.stop()
    offline = run_cli(shared_env, "disconnect", connected, "--yes")
    assert offline.returncode == EXIT_FAILED
    assert_plain_error(offline)
    assert "--local-only-if-offline" in offline.stderr
    assert ProfileStore().get(connected).name == connected
    assert KeyringSecretStore().get(connected, "refresh_token")

    local = run_cli(
        shared_env, "disconnect", connected, "--yes", "--local-only-if-offline", "--json"
    )
    assert local.returncode == EXIT_OK, local.stderr
    report = json.loads(local.stdout)
    assert report["revoked_at_zoho"] is False
    assert report["removed_settings"] is True
    assert "Connected Apps" in report["note"]
    assert KeyringSecretStore().get(connected, "refresh_token") is None


@pytest.mark.secret_service
def test_check_says_what_it_could_confirm_when_zoho_did_not_report_the_grant(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    unique_name: str,
) -> None:
    sandbox.scope_in_code_response = False  # as Zoho answers the code exchange
    connect(sandbox, ProfileStore(), name=unique_name, session=session, clock=clock)
    result = run_cli(shared_env, "check", unique_name)
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    assert (
        "[part] Access granted: Zoho did not report which access it granted. Reading the "
        "organization confirmed: Organization settings: view only. Not confirmed, because "
        "this check does not use it: Invoices: view only; Your Zoho name and e-mail "
        "address.\n"
    ) in result.stdout
    assert result.stdout.endswith("Working.\n")
    as_json = json.loads(run_cli(shared_env, "check", unique_name, "--json").stdout)
    scopes = next(c for c in as_json["checks"] if c["check"] == "scopes")
    assert scopes["outcome"] == "partly_confirmed"
    assert as_json["ok"] is True


@pytest.mark.secret_service
def test_check_and_list_name_an_organization_the_user_was_removed_from(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    user = sandbox.user(PRACTICE_EMAIL)
    assert user is not None
    user.organizations = []  # removed from every organization (Books answers 6041)
    result = run_cli(shared_env, "check", connected)
    assert result.returncode == EXIT_ATTENTION
    gone = (
        "The organization “Zillum Bookkeeping (practice)” (ID 10234695) is no longer "
        "available to this Zoho user."
    )
    assert f"[FAIL] Zoho Books organization: {gone}\n" in result.stdout
    assert "       Reconnect and choose the organization again.\n" in result.stdout
    listed = run_cli(shared_env, "list").stdout
    assert f"  health:       needs attention: {gone}\n" in listed


# --- Windows' consoles, simulated -----------------------------------------------------------


def test_disconnect_asked_on_a_terminal_that_reads_as_the_end_exits_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
) -> None:
    # On Windows, NUL is a "terminal" (isatty() is true) whose input() meets the end at once.
    from zoho_wizard import cli

    connect(sandbox, ProfileStore(), name="Acme Ltd", session=session, clock=clock)
    sandbox.clear_requests()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def end_of_input(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    assert cli.main(["disconnect", "Acme Ltd"]) == EXIT_USAGE
    assert "--yes" in capsys.readouterr().err
    assert sandbox.requests == []
    assert ProfileStore().get("Acme Ltd").name == "Acme Ltd"


def test_piped_output_in_an_ansi_code_page_is_written_as_utf8(
    shared_env: dict[str, str],
) -> None:
    # Redirected output on Windows uses the ANSI code page (cp1252 here): a Polish name
    # would end in UnicodeEncodeError; the program writes UTF-8 whatever the code page.
    env = {**shared_env, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "check", "Łódź Sp. z o.o."],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == EXIT_NOT_FOUND
    err = result.stderr.decode("utf-8")
    assert "Łódź Sp. z o.o." in err
    assert "Traceback" not in err


def test_json_output_is_ascii_so_any_code_page_reads_it(
    shared_env: dict[str, str],
) -> None:
    # PowerShell 5.1 decodes a program's output with the console's code page, not UTF-8:
    # JSON with non-ASCII names escaped (\u0141) reads the same under every code page.
    env = {**shared_env, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "check", "Łódź Sp. z o.o.", "--json"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == EXIT_NOT_FOUND
    assert result.stderr.isascii(), result.stderr
    assert "Łódź Sp. z o.o." in json.loads(result.stderr)["message"]
