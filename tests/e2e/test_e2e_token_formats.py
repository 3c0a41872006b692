"""``zoho-wizard token NAME --format FORMAT`` in real subprocesses against the sandbox: each
format's output parsed as the tool it is meant for would parse it, and used for a Books
call over real HTTP."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock, connect

from zoho_wizard.cli import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import Sandbox

TIMEOUT = 60.0
ORG = "10234695"


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


@pytest.fixture
def connected(
    sandbox: Sandbox,
    session: requests.Session,
    clock: FakeClock,
    shared_env: dict[str, str],
    unique_name: str,
) -> str:
    """A saved connection in the shared config folder."""
    connect(sandbox, ProfileStore(), name=unique_name, session=session, clock=clock)
    return unique_name


def cached(name: str) -> CachedToken:
    token = CachedToken.parse(KeyringSecretStore().get(name, "access_token"))
    assert token is not None
    return token


def organization_name(sandbox: Sandbox, session: requests.Session, header: str) -> str:
    """Books' answer to a call carrying ``header`` (``Name: value``)."""
    name, _, value = header.partition(": ")
    answer = session.get(
        f"{sandbox.api_domain('us')}/books/v3/organizations/{ORG}",
        params={"organization_id": ORG},
        headers={name: value},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["organization"]["name"])


@pytest.mark.secret_service
def test_plain_and_header_are_one_line_a_tool_can_use_as_is(
    connected: str, sandbox: Sandbox, session: requests.Session, shared_env: dict[str, str]
) -> None:
    token = cached(connected).access_token
    plain = run_cli(shared_env, "token", connected, "--format", "plain")
    assert (plain.returncode, plain.stdout, plain.stderr) == (EXIT_OK, f"{token}\n", "")
    header = run_cli(shared_env, "token", connected, "--format", "header")
    assert header.returncode == EXIT_OK, header.stderr
    assert header.stdout == f"Authorization: Zoho-oauthtoken {token}\n"
    line = header.stdout.rstrip("\n")
    assert organization_name(sandbox, session, line) == "Zillum Bookkeeping (practice)"


@pytest.mark.secret_service
def test_json_has_the_expiry_as_iso_and_epoch_and_where_to_call(
    connected: str, sandbox: Sandbox, shared_env: dict[str, str]
) -> None:
    result = run_cli(shared_env, "token", connected, "--format", "json")
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    token = cached(connected)
    assert data["access_token"] == token.access_token
    assert data["token_type"] == "Zoho-oauthtoken"
    assert data["expires_at"] == int(token.expires_at)
    assert dt.datetime.fromisoformat(data["expires_on"].replace("Z", "+00:00")) == (
        dt.datetime.fromtimestamp(data["expires_at"], tz=dt.UTC)
    )
    assert data["api_domain"] == sandbox.api_domain("us")
    assert data["books_api"] == f"{sandbox.api_domain('us')}/books/v3"
    assert data["organization_id"] == ORG
    assert data["connection"] == connected
    assert data["authorization_header"] == f"Zoho-oauthtoken {token.access_token}"
    # --json is the same, field for field, so older scripts keep working.
    alias = run_cli(shared_env, "token", connected, "--json")
    assert alias.returncode == EXIT_OK
    assert json.loads(alias.stdout) == data


@pytest.mark.secret_service
def test_credential_process_is_awss_shape(connected: str, shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "token", connected, "--format", "credential-process")
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    token = cached(connected)
    assert set(data) == {"Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"}
    assert data["Version"] == 1
    assert data["AccessKeyId"] == ORG
    assert data["SessionToken"] == data["SecretAccessKey"] == token.access_token
    expiration = dt.datetime.strptime(data["Expiration"], "%Y-%m-%dT%H:%M:%SZ")
    assert expiration.replace(tzinfo=dt.UTC).timestamp() == int(token.expires_at)


def test_json_errors_stay_json_and_two_formats_are_wrong_usage(
    shared_env: dict[str, str],
) -> None:
    result = run_cli(shared_env, "token", "Nobody Ltd", "--format", "json")
    assert result.returncode == EXIT_NOT_FOUND
    assert json.loads(result.stderr)["error"] == "ConnectionNotFoundError"
    plain = run_cli(shared_env, "token", "Nobody Ltd", "--format", "header")
    assert plain.stderr.startswith("zoho-wizard: There is no saved connection")
    both = run_cli(shared_env, "token", "Nobody Ltd", "--json", "--format", "header")
    assert both.returncode == EXIT_USAGE
    assert "--json is --format json" in both.stderr
    unknown = run_cli(shared_env, "token", "Nobody Ltd", "--format", "yaml")
    assert unknown.returncode == EXIT_USAGE


@pytest.mark.secret_service
@pytest.mark.parametrize("fmt", ["json", "credential-process"])
def test_token_formats_work_on_a_practice_connection(shared_env: dict[str, str], fmt: str) -> None:
    result = run_cli(shared_env, "--demo", "token", "Practice", "--format", fmt)
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    if fmt == "json":
        assert data["connection"] == "Practice"
        assert data["organization_id"] == ORG
        assert data["api_domain"].startswith("http://127.0.0.1:")
        assert data["not_zoho"] == ["127.0.0.1"]
        assert data["access_token"].startswith("1000.")
    else:
        assert data["Version"] == 1
        assert data["AccessKeyId"] == ORG


@pytest.mark.secret_service
def test_awss_own_reader_takes_the_credential_process_output(
    connected: str,
    shared_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # botocore (the AWS SDK for Python's core, which the AWS CLI uses) runs the command a
    # profile's credential_process names, exactly as a tool with such a hook does.
    import botocore.session  # type: ignore[import-untyped]

    config = tmp_path / "aws-config"
    command = f"{sys.executable} -m zoho_wizard token '{connected}' --format credential-process"
    config.write_text(f"[profile books]\ncredential_process = {command}\n", encoding="utf-8")
    for name, value in shared_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    credentials = botocore.session.Session(profile="books").get_credentials()
    assert credentials is not None
    assert credentials.method == "custom-process"
    frozen = credentials.get_frozen_credentials()
    token = cached(connected)
    assert frozen.token == token.access_token
    assert frozen.secret_key == token.access_token
    assert frozen.access_key == ORG
    # The expiry was read, so the reader runs the command again before the token expires.
    assert credentials.refresh_needed() is False
    expiry = credentials._expiry_time  # botocore keeps it here (no public accessor)
    assert expiry.timestamp() == int(token.expires_at)
