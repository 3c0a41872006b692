"""Connections for scheduled jobs against the sandbox, end to end: ``zoho-wizard connect
--unattended`` (answers on stdin, a setup file, practice mode) in real subprocesses, then
``token``, ``list``, ``check`` and ``disconnect`` in subprocesses, the Python API
(``access_token``, ``books_session``), and processes asking at the same moment.

The subprocesses share this test's config folder and the real Secret Service.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from e2e_helpers import expire_cached_token, token_grants
from test_e2e_processes import PROCESSES, run_together

from zoho_wizard.cli import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE
from zoho_wizard.core import errors
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
    Sandbox,
)

pytestmark = pytest.mark.secret_service

TIMEOUT = 30.0
ORG_ID = "10234695"
ORG_NAME = "Zillum Bookkeeping (practice)"
OTHER_ORG_ID = "20345786"


def run_cli(
    env: dict[str, str], *args: str, answers: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m zoho_wizard ARGS``, with ``answers`` on stdin (no terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "zoho_wizard", *args],
        env=env,
        input=answers if answers is not None else "",
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def answers(
    client_id: str = PRACTICE_SELF_CLIENT_ID,
    secret: str = PRACTICE_SELF_CLIENT_SECRET,
    organization: str = ORG_ID,
    data_center: str = "us",
) -> str:
    """What an admin types at the four questions, one a line."""
    return f"{client_id}\n{secret}\n{organization}\n{data_center}\n"


def connect_unattended(
    env: dict[str, str], sandbox: Sandbox, name: str, typed: str | None = None
) -> subprocess.CompletedProcess[str]:
    return run_cli(
        env,
        "--accounts-url",
        sandbox.accounts_url("us"),
        "connect",
        "--unattended",
        "--name",
        name,
        answers=answers() if typed is None else typed,
    )


@pytest.fixture
def scheduled(sandbox: Sandbox, shared_env: dict[str, str], unique_name: str) -> str:
    """A connection for scheduled jobs made with ``connect --unattended``; requests cleared."""
    made = connect_unattended(shared_env, sandbox, unique_name)
    assert made.returncode == EXIT_OK, made.stderr
    sandbox.clear_requests()
    return unique_name


# --- connect --unattended -------------------------------------------------------------------


def test_connect_asks_checks_with_zoho_and_saves(
    sandbox: Sandbox, shared_env: dict[str, str], unique_name: str
) -> None:
    result = connect_unattended(shared_env, sandbox, unique_name)
    assert result.returncode == EXIT_OK, result.stderr
    # The questions are on stderr (stdout is the result only); the secret is never shown.
    for question in ("Self Client ID", "Self Client secret", "Organization ID", "Data center"):
        assert question in result.stderr
    assert PRACTICE_SELF_CLIENT_SECRET not in result.stdout + result.stderr
    assert result.stdout.startswith(f"Connected “{unique_name}” for scheduled jobs.\n")
    assert f"  organization: {ORG_NAME} ({ORG_ID})\n" in result.stdout
    assert f"zoho-wizard token “{unique_name}”" in result.stdout
    (grant,) = token_grants(sandbox, "client_credentials")
    assert grant["soid"] == f"ZohoBooks.{ORG_ID}"
    assert grant["client_id"] == PRACTICE_SELF_CLIENT_ID
    assert [r.path for r in sandbox.requests_for("organizations")] == [
        f"/api/us/books/v3/organizations/{ORG_ID}"
    ]
    profile = ProfileStore().get(unique_name)
    assert profile.unattended and profile.organization_name == ORG_NAME
    secrets = KeyringSecretStore()
    assert secrets.get(unique_name, "client_secret") == PRACTICE_SELF_CLIENT_SECRET
    assert secrets.get(unique_name, "refresh_token") is None


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        (answers(secret="wrong0secret".ljust(42, "0")), "Self Client may have been deleted"),
        (answers(organization="99999999"), "organization ID is wrong"),
    ],
    ids=["wrong-secret", "not-the-users-organization"],
)
def test_what_zoho_refuses_is_plain_and_nothing_is_saved(
    sandbox: Sandbox, shared_env: dict[str, str], unique_name: str, typed: str, words: str
) -> None:
    result = connect_unattended(shared_env, sandbox, unique_name, typed)
    assert result.returncode == EXIT_ATTENTION
    assert result.stdout == ""
    assert words in result.stderr and "zoho-wizard connect --unattended" in result.stderr
    assert "Traceback" not in result.stderr
    assert ProfileStore().load().profiles == {}


def test_answers_that_end_early_are_a_usage_error(
    sandbox: Sandbox, shared_env: dict[str, str], unique_name: str
) -> None:
    result = connect_unattended(shared_env, sandbox, unique_name, f"{PRACTICE_SELF_CLIENT_ID}\n")
    assert result.returncode == EXIT_USAGE
    assert "no answer for “Self Client secret”" in result.stderr
    assert sandbox.requests_for("token") == []


def test_connect_reads_a_setup_file(
    sandbox: Sandbox, shared_env: dict[str, str], unique_name: str, tmp_path: Path
) -> None:
    setup = tmp_path / "Nightly jobs.zohowizard"
    setup.write_text(
        "[preset]\n"
        'set_by = "Zillum IT"\n'
        f'client_id = "{PRACTICE_SELF_CLIENT_ID}"\n'
        f'client_secret = "{PRACTICE_SELF_CLIENT_SECRET}"\n'
        'data_center = "us"\n'
        'scopes = ["ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"]\n'
        f'allowed_organizations = ["{OTHER_ORG_ID}"]\n',
        encoding="utf-8",
    )
    os.chmod(setup, 0o644)  # others can read the secret: refused
    refused = run_cli(
        shared_env,
        "--accounts-url",
        sandbox.accounts_url("us"),
        "connect",
        "--unattended",
        "--name",
        unique_name,
        str(setup),
    )
    assert refused.returncode != EXIT_OK
    assert "other people on this computer can read it" in refused.stderr
    assert sandbox.requests_for("token") == []

    os.chmod(setup, 0o600)
    result = run_cli(
        shared_env,
        "--accounts-url",
        sandbox.accounts_url("us"),
        "connect",
        "--unattended",
        "--name",
        unique_name,
        str(setup),
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""  # nothing was asked
    assert "  organization: Zillum Trading Ltd (practice) (20345786)\n" in result.stdout
    (grant,) = token_grants(sandbox, "client_credentials")
    assert grant["soid"] == f"ZohoBooks.{OTHER_ORG_ID}"
    assert grant["scope"] == "ZohoBooks.settings.READ,ZohoBooks.invoices.READ"
    assert ProfileStore().get(unique_name).organization_id == OTHER_ORG_ID


def test_practice_mode_offers_the_practice_self_client_and_forgets_it(
    shared_env: dict[str, str],
) -> None:
    result = run_cli(shared_env, "--demo", "connect", "--unattended", answers="\n\n\n\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert PRACTICE_SELF_CLIENT_ID in result.stderr  # offered, Enter takes it
    assert f"Connected “{ORG_NAME}” for scheduled jobs." in result.stdout
    assert "forgotten when the command ends" in result.stdout
    assert ProfileStore().load().profiles == {}  # the real connections file is untouched


def test_practice_mode_refuses_a_self_client_asked_at_another_data_center(
    shared_env: dict[str, str],
) -> None:
    # The practice Self Client was made in the US console; the EU accounts server does
    # not know it.
    result = run_cli(shared_env, "--demo", "connect", "--unattended", answers="\n\n\neu\n")
    assert result.returncode == EXIT_ATTENTION
    assert "Zoho did not accept the Self Client's ID and secret." in result.stderr
    assert "another data center's console" in result.stderr


# --- using it -------------------------------------------------------------------------------


def test_token_prints_the_cached_token_and_asks_zoho_only_near_expiry(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    secrets = KeyringSecretStore()
    cached = CachedToken.parse(secrets.get(scheduled, "access_token"))
    assert cached is not None
    first = run_cli(shared_env, "token", scheduled)
    assert (first.returncode, first.stdout, first.stderr) == (
        EXIT_OK,
        cached.access_token + "\n",
        "",
    )
    assert sandbox.requests_for("token") == []

    expire_cached_token(secrets, scheduled, time.time() - 1)
    renewed = run_cli(shared_env, "token", scheduled)
    assert renewed.returncode == EXIT_OK, renewed.stderr
    token = renewed.stdout.strip()
    assert token and token != cached.access_token
    assert run_cli(shared_env, "token", scheduled).stdout == renewed.stdout
    (grant,) = token_grants(sandbox, "client_credentials")
    assert grant["soid"] == f"ZohoBooks.{ORG_ID}"
    assert token_grants(sandbox) == []  # never a refresh
    answer = requests.get(
        f"{sandbox.api_domain('us')}/books/v3/organizations/{ORG_ID}",
        headers={"Authorization": f"Zoho-oauthtoken {token}"},
        timeout=10,
    )
    assert answer.json()["organization"]["name"] == ORG_NAME


def test_token_of_a_deleted_self_client_exits_4_with_the_fix(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    expire_cached_token(KeyringSecretStore(), scheduled, time.time() - 1)
    sandbox.register_client(
        PRACTICE_SELF_CLIENT_ID, "a-new-secret-0123456789abcdef", (), "self", ("us",)
    )
    result = run_cli(shared_env, "token", scheduled)
    assert result.returncode == EXIT_ATTENTION
    assert result.stdout == ""
    assert result.stderr.startswith(
        "zoho-wizard: Zoho did not accept the Self Client's ID and secret.\n"
    )
    assert "zoho-wizard connect --unattended" in result.stderr


def test_the_python_api_gets_tokens_and_calls_books(scheduled: str, sandbox: Sandbox) -> None:
    from zoho_wizard.api import access_token, books_session

    token = access_token(scheduled)
    cached = CachedToken.parse(KeyringSecretStore().get(scheduled, "access_token"))
    assert cached is not None and token == cached.access_token
    assert sandbox.requests_for("token") == []  # the token connect cached
    with books_session(scheduled) as books:
        organization = books.get(f"organizations/{ORG_ID}").json()["organization"]
        assert organization["name"] == ORG_NAME
        (call,) = sandbox.requests_for("organizations")
        assert call.query["organization_id"] == ORG_ID
        # Another organization of the same Zoho user is out of this token's reach.
        with pytest.raises(errors.BooksError):
            books.get(f"organizations/{OTHER_ORG_ID}")
        # Zoho refusing the cached token before its time: one grant, one retry.
        assert sandbox.revoke("us", token).body == {"status": "success"}
        sandbox.clear_requests()
        assert books.get(f"organizations/{ORG_ID}").status_code == 200
        assert len(token_grants(sandbox, "client_credentials")) == 1
        assert len(sandbox.requests_for("organizations")) == 2  # refused, then answered


def test_list_says_for_scheduled_jobs(scheduled: str, shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "list")
    assert result.returncode == EXIT_OK, result.stderr
    out = result.stdout
    assert out.startswith(
        f"{scheduled}\n  kind:         for scheduled jobs (a Self Client; no refresh token)\n"
    )
    assert f"  organization: {ORG_NAME} ({ORG_ID})\n" in out
    assert f"“{scheduled}/client_secret” (and its cached access token)" in out
    assert "refresh_token”" not in out
    (row,) = json.loads(run_cli(shared_env, "list", "--json").stdout)["connections"]
    assert row["kind"] == "unattended"


def test_check_gets_a_token_with_the_grant_and_reads_the_organization(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    result = run_cli(shared_env, "check", scheduled)
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    assert "[ok  ] Access for scheduled jobs: Zoho gave this connection access" in result.stdout
    assert f"[ok  ] Zoho Books organization: “{ORG_NAME}” answers." in result.stdout
    assert result.stdout.endswith("Working.\n")
    assert len(token_grants(sandbox, "client_credentials")) == 1

    sandbox.soid_error = "invalid_soid"
    user = sandbox.user("practice@example.com")
    assert user is not None
    sandbox.add_user(
        user.email,
        "practice",
        home_dc=None,
        organizations=[o for o in user.organizations if o["organization_id"] != ORG_ID],
    )
    failing = run_cli(shared_env, "check", scheduled)
    assert failing.returncode == EXIT_ATTENTION
    assert "[FAIL] Access for scheduled jobs: Zoho did not give access to this organization" in (
        failing.stdout
    )
    assert failing.stdout.endswith("Needs attention.\n")


def test_disconnect_removes_it_and_says_there_was_nothing_to_revoke(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    result = run_cli(shared_env, "disconnect", scheduled, "--yes")
    assert result.returncode == EXIT_OK, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Disconnected “{scheduled}”: removed from this computer."
    assert "no refresh token, so there was nothing to revoke at Zoho" in lines[1]
    assert "Self Client stays in Zoho's API console" in lines[2]
    assert sandbox.requests_for("revoke") == []
    assert ProfileStore().load().profiles == {}
    secrets = KeyringSecretStore()
    assert secrets.get(scheduled, "client_secret") is None
    assert secrets.get(scheduled, "access_token") is None


# --- processes at the same moment -------------------------------------------------------------


def test_processes_asking_at_once_make_one_grant(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str], tmp_path: Path
) -> None:
    secrets = KeyringSecretStore()
    old = expire_cached_token(secrets, scheduled, time.time() - 1)
    # The first grant holds the lock a while, so the others really wait for it.
    sandbox.faults.add("token", "delay", times=None, seconds=0.5)

    outputs = run_together(scheduled, shared_env, tmp_path)

    assert len(outputs) == PROCESSES
    printed = {out.strip() for out in outputs}
    assert len(printed) == 1, outputs
    token = printed.pop()
    assert token and token != old.access_token
    assert len(sandbox.requests_for("token")) == 1
    assert len(token_grants(sandbox, "client_credentials")) == 1
    cached = CachedToken.parse(secrets.get(scheduled, "access_token"))
    assert cached is not None and cached.access_token == token


# --- the README ---------------------------------------------------------------------------------


def test_the_readme_examples_run_as_written(
    sandbox: Sandbox, shared_env: dict[str, str], tmp_path: Path
) -> None:
    import re
    import shlex

    readme = Path(__file__).resolve().parents[2] / "README.md"
    section = readme.read_text(encoding="utf-8").split("### Connections for scheduled jobs", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    (tmp_path / "jobs.zohowizard").write_text(
        "[preset]\n"
        f'client_id = "{PRACTICE_SELF_CLIENT_ID}"\n'
        f'client_secret = "{PRACTICE_SELF_CLIENT_SECRET}"\n'
        'data_center = "us"\n'
        'scopes = ["ZohoBooks.settings.READ"]\n'
        f'allowed_organizations = ["{ORG_ID}"]\n',
        encoding="utf-8",
    )
    os.chmod(tmp_path / "jobs.zohowizard", 0o600)
    # The accounts server of this run: the sandbox's (as --accounts-url would say).
    env = {**shared_env, "ZOHO_WIZARD_ACCOUNTS_URL": sandbox.accounts_url("us")}
    said = []
    try:
        for line in block.group(1).splitlines():
            args = shlex.split(line.split("#", 1)[0])
            assert args[0] == "zoho-wizard"
            done = subprocess.run(
                [sys.executable, "-m", "zoho_wizard", *args[1:]],
                env=env,
                cwd=tmp_path,
                input=answers() if "--demo" not in args else "\n\n\n\n",
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
            assert done.returncode == EXIT_OK, (line, done.stderr)
            said.append(done.stdout)
        assert all("for scheduled jobs." in out for out in said)
        assert said[0].startswith("Connected “Nightly export” for scheduled jobs.")
        assert ProfileStore().get("Nightly export").scopes == ("ZohoBooks.settings.READ",)
    finally:
        secrets = KeyringSecretStore()
        for kind in ("client_secret", "access_token"):
            secrets.delete("Nightly export", kind)


def _read_until(fd: int, wanted: str, seen: list[str]) -> None:
    """Read the terminal's output until ``wanted`` shows (30 s at most: a safety net, not a
    timing assertion)."""
    import select

    deadline = time.monotonic() + TIMEOUT
    while wanted not in "".join(seen):
        if time.monotonic() > deadline:
            pytest.fail(f"never saw {wanted!r} in {''.join(seen)!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                pytest.fail(f"ended before {wanted!r}: {''.join(seen)!r}")
            seen.append(chunk.decode("utf-8", "replace"))


def test_the_secret_typed_at_a_terminal_is_not_shown(
    sandbox: Sandbox, shared_env: dict[str, str], unique_name: str
) -> None:
    import pty

    args = [sys.executable, "-m", "zoho_wizard", "--accounts-url", sandbox.accounts_url("us")]
    args += ["connect", "--unattended", "--name", unique_name]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, on a terminal of its own
        os.execve(sys.executable, args, shared_env)
    seen: list[str] = []
    try:
        _read_until(fd, "Self Client ID", seen)
        os.write(fd, f"{PRACTICE_SELF_CLIENT_ID}\r".encode())
        _read_until(fd, "Self Client secret", seen)
        os.write(fd, f"{PRACTICE_SELF_CLIENT_SECRET}\r".encode())
        _read_until(fd, "Organization ID", seen)
        os.write(fd, f"{ORG_ID}\r".encode())
        _read_until(fd, "Data center where", seen)
        os.write(fd, b"us\r")
        _read_until(fd, "zoho-wizard token", seen)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    shown = "".join(seen)
    assert os.waitstatus_to_exitcode(status) == EXIT_OK, shown
    assert PRACTICE_SELF_CLIENT_ID in shown  # the ID is echoed as typed...
    assert PRACTICE_SELF_CLIENT_SECRET not in shown  # ...the secret never
    assert f"Connected “{unique_name}” for scheduled jobs." in shown
    assert KeyringSecretStore().get(unique_name, "client_secret") == PRACTICE_SELF_CLIENT_SECRET


_CHILD = """
import json, os, sys, urllib.request
request = urllib.request.Request(
    os.environ["ZOHO_BOOKS_API"] + "/organizations/" + os.environ["ZOHO_ORGANIZATION_ID"],
    headers={"Authorization": "Zoho-oauthtoken " + os.environ["ZOHO_ACCESS_TOKEN"]},
)
with urllib.request.urlopen(request, timeout=10) as answer:
    print(json.load(answer)["organization"]["name"])
print(json.dumps(sorted(k for k in os.environ if k.startswith("ZOHO_"))))
print(json.dumps(dict(os.environ)))
sys.exit(7)
"""


def test_run_hands_a_command_a_grant_token_and_never_the_secret(
    scheduled: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    done = run_cli(
        {**shared_env, "ZOHO_WIZARD_API_URL": sandbox.api_domain("us")},
        "--accounts-url",
        sandbox.accounts_url("us"),
        "run",
        scheduled,
        "--",
        sys.executable,
        "-c",
        _CHILD,
    )
    assert done.returncode == 7, done.stderr  # the command's own exit code
    name, names, environment = done.stdout.splitlines()
    assert name == ORG_NAME
    assert {"ZOHO_ACCESS_TOKEN", "ZOHO_ORGANIZATION_ID", "ZOHO_BOOKS_API"} <= set(json.loads(names))
    assert PRACTICE_SELF_CLIENT_SECRET not in environment
