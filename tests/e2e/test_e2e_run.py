"""``zoho-wizard run NAME -- COMMAND`` with real child processes against the sandbox.

The command is a small Python program (``probe.py``) that reports what it was given and
calls Books with it over real HTTP; ``zoho-wizard`` runs in a subprocess of its own that
shares this test's config folder and the real Secret Service.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock, connect, expire_cached_token, token_grants

from zoho_wizard.cli import EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.store import SECRET_KINDS, KeyringSecretStore, ProfileStore
from zoho_wizard.practice import PRACTICE_SERVICE
from zoho_wizard.sandbox import PRACTICE_CLIENT_SECRET, Sandbox

TIMEOUT = 60.0

# What the command does: report its environment, call Books with what it was given, and
# (when asked) wait for the token file to change, or for a signal.
PROBE = r"""
import json, os, stat, sys, time, urllib.request

env = dict(os.environ)
report = {"env": env, "argv": sys.argv[1:]}
api, org, token = env["ZOHO_BOOKS_API"], env["ZOHO_ORGANIZATION_ID"], env["ZOHO_ACCESS_TOKEN"]
request = urllib.request.Request(
    f"{api}/organizations/{org}?organization_id={org}",
    headers={"Authorization": f"Zoho-oauthtoken {token}"},
)
with urllib.request.urlopen(request, timeout=30) as answer:
    report["organization"] = json.load(answer)["organization"]["name"]
if "--keyring" in sys.argv:  # the secrets the practice connection keeps right now
    from zoho_wizard.core.store import KeyringSecretStore
    store = KeyringSecretStore(sys.argv[sys.argv.index("--keyring") + 1])
    report["stored"] = [
        store.get(env["ZOHO_CONNECTION"], kind) or ""
        for kind in ("client_secret", "refresh_token")
    ]
if "--watch-file" in sys.argv:
    path = env["ZOHO_ACCESS_TOKEN_FILE"]
    with open(path, encoding="utf-8") as f:
        report["first"] = f.read()
    report["mode"] = oct(stat.S_IMODE(os.stat(path).st_mode))
    deadline = time.time() + 60
    while time.time() < deadline:
        with open(path, encoding="utf-8") as f:
            now = f.read()
        if now != report["first"]:
            report["second"], report["changed_at"] = now, time.time()
            break
        time.sleep(0.02)
if "--wait-for-signal" in sys.argv:
    print(json.dumps(report), flush=True)
    time.sleep(120)
    raise SystemExit(99)
print(json.dumps(report))
raise SystemExit(int(sys.argv[1]))
"""


@pytest.fixture
def probe(tmp_path: Path) -> list[str]:
    """The command line of the probe (its first argument is its exit code)."""
    path = tmp_path / "probe.py"
    path.write_text(PROBE, encoding="utf-8")
    return [sys.executable, str(path)]


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


def start_cli(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """``python -m zoho_wizard ARGS`` in a process group of its own (as a terminal's
    foreground job), its stdout piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "zoho_wizard", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def finish(cli: subprocess.Popen[str]) -> str:
    """Make sure the process group is gone; its stderr."""
    if cli.poll() is None:
        os.killpg(cli.pid, signal.SIGKILL)
        cli.wait()
    assert cli.stdout is not None and cli.stderr is not None
    cli.stdout.close()
    stderr = cli.stderr.read()
    cli.stderr.close()
    return stderr


def stored_secrets(name: str, service: str | None = None) -> list[str]:
    store = KeyringSecretStore(service) if service else KeyringSecretStore()
    values = [store.get(name, kind) for kind in ("client_secret", "refresh_token")]
    assert all(values)
    return [v for v in values if v]


def assert_no_secret_in(env: dict[str, str], secrets: list[str]) -> None:
    """Neither as a value nor inside one, under any name."""
    for secret in secrets:
        for key, value in env.items():
            assert secret not in value, key
            assert secret not in key


# --- the environment, the call, the exit code -----------------------------------------------


@pytest.mark.secret_service
def test_the_command_gets_the_token_and_organization_and_never_the_secrets(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str], probe: list[str]
) -> None:
    secrets = stored_secrets(connected)
    # Zoho secrets kept in the person's own environment are not passed on by us either.
    parent = {**shared_env, "ZOHO_REFRESH_TOKEN": secrets[1], "ZOHO_CLIENT_SECRET": secrets[0]}
    result = run_cli(parent, "run", connected, "--", *probe, "3", "--", "-x")
    assert result.returncode == 3, result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    env = report["env"]
    cached = CachedToken.parse(KeyringSecretStore().get(connected, "access_token"))
    assert cached is not None
    assert env["ZOHO_ACCESS_TOKEN"] == cached.access_token
    assert int(env["ZOHO_ACCESS_TOKEN_EXPIRES_AT"]) == int(cached.expires_at)
    assert env["ZOHO_ACCESS_TOKEN_EXPIRES_ON"].endswith("Z")
    assert env["ZOHO_API_DOMAIN"] == sandbox.api_domain("us")
    assert env["ZOHO_BOOKS_API"] == f"{sandbox.api_domain('us')}/books/v3"
    assert env["ZOHO_ORGANIZATION_ID"] == "10234695"
    assert env["ZOHO_CONNECTION"] == connected
    assert "ZOHO_ACCESS_TOKEN_FILE" not in env
    assert report["organization"] == "Zillum Bookkeeping (practice)"
    assert report["argv"] == ["3", "--", "-x"]  # the command's own -- arrives untouched
    assert_no_secret_in(env, [*secrets, PRACTICE_CLIENT_SECRET])
    assert "ZOHO_REFRESH_TOKEN" not in env and "ZOHO_CLIENT_SECRET" not in env
    assert token_grants(sandbox) == []  # the cached token was good: no refresh


@pytest.mark.secret_service
@pytest.mark.parametrize("code", [0, 1, 4])
def test_the_commands_exit_code_is_passed_on(
    connected: str, shared_env: dict[str, str], code: int
) -> None:
    result = run_cli(
        shared_env, "run", connected, "--", sys.executable, "-c", f"raise SystemExit({code})"
    )
    assert (result.returncode, result.stdout, result.stderr) == (code, "", "")


@pytest.mark.secret_service
def test_the_command_reads_our_input_and_writes_our_output_and_errors(
    connected: str, shared_env: dict[str, str]
) -> None:
    echo = "import sys; print(sys.stdin.read().upper()); print('to stderr', file=sys.stderr)"
    result = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "run", connected, "--", sys.executable, "-c", echo],
        env=shared_env,
        input="hello books",
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "HELLO BOOKS\n", "to stderr\n")


@pytest.mark.secret_service
def test_a_command_killed_by_a_signal_exits_128_plus_the_signal(
    connected: str, shared_env: dict[str, str]
) -> None:
    kill_itself = "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"
    result = run_cli(shared_env, "run", connected, "--", sys.executable, "-c", kill_itself)
    assert result.returncode == 128 + signal.SIGKILL


@pytest.mark.secret_service
def test_a_nearly_expired_token_is_refreshed_before_the_command_gets_it(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str], probe: list[str]
) -> None:
    old = expire_cached_token(KeyringSecretStore(), connected, time.time() + 200)
    result = run_cli(shared_env, "run", connected, "--", *probe, "0")
    assert result.returncode == EXIT_OK, result.stderr
    env = json.loads(result.stdout)["env"]
    assert env["ZOHO_ACCESS_TOKEN"] != old.access_token  # 200 s is less than 5 minutes
    assert len(token_grants(sandbox)) == 1
    assert int(env["ZOHO_ACCESS_TOKEN_EXPIRES_AT"]) > time.time() + 3000


# --- what cannot start ----------------------------------------------------------------------


def test_a_command_that_is_not_found_exits_127_with_a_plain_message(
    sandbox: Sandbox, shared_env: dict[str, str], tmp_path: Path
) -> None:
    # No connection of that name either: the command is looked for first, no key is used.
    result = run_cli(shared_env, "run", "Nobody Ltd", "--", "no-such-program-zw", "x")
    assert result.returncode == 127
    assert result.stdout == ""
    assert result.stderr == (
        "zoho-wizard: no-such-program-zw: command not found.\n"
        "Check its spelling, or give its full path.\n"
    )
    not_a_program = tmp_path / "notes.txt"
    not_a_program.write_text("hello", encoding="utf-8")
    result = run_cli(shared_env, "run", "Nobody Ltd", "--", str(not_a_program))
    assert result.returncode == 126
    assert "cannot be run as a program" in result.stderr
    assert sandbox.requests == []


def test_an_unknown_connection_exits_3(shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "run", "Nobody Ltd", "--", sys.executable, "-c", "pass")
    assert result.returncode == EXIT_NOT_FOUND
    assert "There is no saved connection called “Nobody Ltd”." in result.stderr


def test_run_without_a_command_is_wrong_usage(shared_env: dict[str, str]) -> None:
    for args in (["run", "Acme Ltd"], ["run", "Acme Ltd", "--"]):
        result = run_cli(shared_env, *args)
        assert result.returncode == EXIT_USAGE
        assert "name the command to run after --" in result.stderr


def test_an_existing_file_is_never_taken_for_the_token_file(
    shared_env: dict[str, str], tmp_path: Path
) -> None:
    mine = tmp_path / "notes.txt"
    mine.write_text("my notes", encoding="utf-8")
    result = run_cli(
        shared_env, "run", "Acme Ltd", "--refresh-file", str(mine), "--", sys.executable, "-V"
    )
    assert result.returncode == EXIT_FAILED
    assert f"zoho-wizard: {mine} already exists." in result.stderr
    assert mine.read_text(encoding="utf-8") == "my notes"


# --- the token file -------------------------------------------------------------------------


@pytest.mark.secret_service
def test_the_token_file_is_rewritten_before_the_token_expires_and_removed_after(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str], probe: list[str], tmp_path: Path
) -> None:
    # Tokens that live 10 seconds: the file is rewritten halfway (5 minutes before expiry
    # for Zoho's hour-long ones). The sandbox's own clock stands still, so Books accepts
    # every token it issued however long this machine takes.
    sandbox.access_token_ttl = 10
    expire_cached_token(KeyringSecretStore(), connected, time.time() - 1)
    token_file = tmp_path / "run" / "zoho.token"
    token_file.parent.mkdir()
    result = run_cli(
        shared_env,
        "run",
        connected,
        "--refresh-file",
        str(token_file),
        "--",
        *probe,
        "0",
        "--watch-file",
    )
    assert result.returncode == EXIT_OK, result.stderr
    report = json.loads(result.stdout)
    env = report["env"]
    assert env["ZOHO_ACCESS_TOKEN_FILE"] == str(token_file)
    assert report["first"] == env["ZOHO_ACCESS_TOKEN"]  # written before the command started
    assert report["mode"] == "0o600"
    assert "second" in report, "the token file was never rewritten"
    assert report["second"] != report["first"]
    assert report["changed_at"] < int(env["ZOHO_ACCESS_TOKEN_EXPIRES_AT"])  # before expiry
    assert {report["first"], report["second"]} <= sandbox.issued_secrets()
    assert len(token_grants(sandbox)) >= 2  # one for the start, one (or more) for the file
    assert not token_file.exists()
    assert list(token_file.parent.iterdir()) == []  # no temporary file left either


@pytest.mark.secret_service
def test_ctrl_c_reaches_the_command_and_the_token_file_is_still_removed(
    connected: str, shared_env: dict[str, str], probe: list[str], tmp_path: Path
) -> None:
    token_file = tmp_path / "zoho.token"
    # A terminal's Ctrl+C goes to its whole foreground process group: a group of its own
    # here, so the signal reaches zoho-wizard and the command, and not this test.
    cli = start_cli(
        shared_env,
        "run",
        connected,
        "--refresh-file",
        str(token_file),
        "--",
        *probe,
        "0",
        "--wait-for-signal",
    )
    try:
        assert cli.stdout is not None
        ready = json.loads(cli.stdout.readline())  # the command runs and has its token
        assert token_file.read_text(encoding="utf-8") == ready["env"]["ZOHO_ACCESS_TOKEN"]
        os.killpg(cli.pid, signal.SIGINT)
        cli.wait(timeout=TIMEOUT)
    finally:
        stderr = finish(cli)
    # The command ended by its KeyboardInterrupt (Python dies of the SIGINT: 128 + 2),
    # zoho-wizard stayed to clean up and pass that on.
    assert cli.returncode == 128 + signal.SIGINT, stderr
    assert not token_file.exists()


@pytest.mark.secret_service
def test_a_termination_of_zoho_wizard_is_passed_on_to_the_command(
    connected: str, shared_env: dict[str, str], probe: list[str], tmp_path: Path
) -> None:
    token_file = tmp_path / "zoho.token"
    cli = start_cli(
        shared_env,
        "run",
        connected,
        "--refresh-file",
        str(token_file),
        "--",
        *probe,
        "0",
        "--wait-for-signal",
    )
    try:
        assert cli.stdout is not None
        json.loads(cli.stdout.readline())
        cli.terminate()  # to zoho-wizard alone, as `kill PID` or a service stop
        cli.wait(timeout=TIMEOUT)
    finally:
        stderr = finish(cli)
    assert cli.returncode == 128 + signal.SIGTERM, stderr
    assert not token_file.exists()


@pytest.mark.secret_service
def test_a_failed_renewal_is_said_once_and_the_older_token_stays_in_the_file(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str], probe: list[str], tmp_path: Path
) -> None:
    # One refresh per window: the start's refresh is granted, the file's renewal is
    # answered "too many requests", as Zoho answers the 11th in 10 minutes.
    sandbox.access_token_ttl = 10
    sandbox.refresh_limit = 1
    expire_cached_token(KeyringSecretStore(), connected, time.time() - 1)
    token_file = tmp_path / "zoho.token"
    cli = start_cli(
        shared_env,
        "run",
        connected,
        "--refresh-file",
        str(token_file),
        "--",
        *probe,
        "0",
        "--wait-for-signal",
    )
    try:
        assert cli.stdout is not None and cli.stderr is not None
        first = json.loads(cli.stdout.readline())["env"]["ZOHO_ACCESS_TOKEN"]
        ready, _, _ = select.select([cli.stderr], [], [], TIMEOUT)
        assert ready, "no word of the failed renewal"
        said = cli.stderr.readline()
        assert said.startswith("zoho-wizard: the token file was not renewed: ")
        assert "Traceback" not in said
        assert token_file.read_text(encoding="utf-8") == first
        assert cli.poll() is None  # the command runs on
        cli.terminate()
        cli.wait(timeout=TIMEOUT)
    finally:
        stderr = finish(cli)
    assert stderr == ""  # said once
    assert cli.returncode == 128 + signal.SIGTERM
    assert not token_file.exists()


# --- practice mode --------------------------------------------------------------------------


@pytest.mark.secret_service
def test_run_works_on_a_practice_connection(shared_env: dict[str, str], probe: list[str]) -> None:
    result = run_cli(
        shared_env, "--demo", "run", "Practice", "--", *probe, "5", "--keyring", PRACTICE_SERVICE
    )
    assert result.returncode == 5, result.stderr
    report = json.loads(result.stdout)
    env = report["env"]
    assert report["organization"] == "Zillum Bookkeeping (practice)"
    assert env["ZOHO_CONNECTION"] == "Practice"
    assert env["ZOHO_ORGANIZATION_ID"] == "10234695"
    assert env["ZOHO_API_DOMAIN"].startswith("http://127.0.0.1:")
    # The practice connection's keys, read by the command itself while it ran.
    assert all(report["stored"]), "the practice connection's keys were not in the store"
    assert_no_secret_in(env, report["stored"])
    # Forgotten afterwards, with the sandbox that issued its keys.
    assert all(
        KeyringSecretStore(PRACTICE_SERVICE).get("Practice", k) is None for k in SECRET_KINDS
    )
