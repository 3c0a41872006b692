"""Overrides on the command line (issue 14, item 1): plain http to another computer is
refused by every command, the wizard included, with the address and the fix and no
traceback; an API override is used and reported while it is given, and never stored;
``list`` and ``check`` name the hosts that are not Zoho's."""

from __future__ import annotations

import json

import pytest
from test_e2e_cli import assert_plain_error, connected, run_cli  # noqa: F401 - a fixture

from zoho_wizard.cli import EXIT_FAILED, EXIT_OK
from zoho_wizard.core.endpoints import ENV_ACCOUNTS_URL, ENV_API_URL
from zoho_wizard.core.store import ProfileStore
from zoho_wizard.sandbox import Sandbox

API_OVERRIDE = "https://books.staging.example"


@pytest.mark.parametrize(
    "command", [[], ["list"], ["check", "x"], ["token", "x"], ["disconnect", "x", "--yes"]]
)
@pytest.mark.parametrize(
    ("option", "variable"),
    [("--accounts-url", ENV_ACCOUNTS_URL), ("--api-url", ENV_API_URL)],
)
def test_plain_http_to_another_computer_is_refused_by_every_command(
    shared_env: dict[str, str], command: list[str], option: str, variable: str
) -> None:
    url = "http://staging.example:8080"
    for env, args in (
        (shared_env, [option, url, *command]),
        ({**shared_env, variable: url}, command),
    ):
        result = run_cli(env, *args)
        assert result.returncode == EXIT_FAILED
        assert_plain_error(result)
        assert "plain http" in result.stderr
        assert f"The address: {url} ({option} or {variable})." in result.stderr
        assert "https://" in result.stderr  # the fix


def test_plain_http_to_this_computer_is_allowed(shared_env: dict[str, str]) -> None:
    result = run_cli(shared_env, "--api-url", "http://127.0.0.1:9", "list", "--json")
    assert result.returncode == EXIT_OK, result.stderr


@pytest.mark.secret_service
def test_token_reports_the_api_override_while_given_and_never_stores_it(
    connected: str,  # noqa: F811 - the fixture
    sandbox: Sandbox,
    shared_env: dict[str, str],
) -> None:
    plain = json.loads(run_cli(shared_env, "token", connected, "--json").stdout)
    assert plain["api_domain"] == sandbox.api_domain("us")

    for env, args in (
        (shared_env, ["--api-url", API_OVERRIDE]),
        ({**shared_env, ENV_API_URL: API_OVERRIDE}, []),
    ):
        result = run_cli(env, *args, "token", connected, "--json")
        assert result.returncode == EXIT_OK, result.stderr
        data = json.loads(result.stdout)
        assert data["api_domain"] == API_OVERRIDE
        assert data["books_api"] == f"{API_OVERRIDE}/books/v3"
        assert "books.staging.example" in data["not_zoho"]

    assert ProfileStore().get(connected).api_domain == sandbox.api_domain("us")
    again = json.loads(run_cli(shared_env, "token", connected, "--json").stdout)
    assert again["api_domain"] == sandbox.api_domain("us")
    assert "books.staging.example" not in again["not_zoho"]


def test_list_names_the_hosts_that_are_not_zohos(
    connected: str,  # noqa: F811 - the fixture
    shared_env: dict[str, str],
) -> None:
    result = run_cli(shared_env, "--api-url", API_OVERRIDE, "list")
    assert result.returncode == EXIT_OK, result.stderr
    # The sandbox runs on this computer: not Zoho either.
    assert "  Not Zoho: connecting to 127.0.0.1\n" in result.stdout
    assert "  Not Zoho: connecting to books.staging.example\n" in result.stdout
    (row,) = json.loads(run_cli(shared_env, "--api-url", API_OVERRIDE, "list", "--json").stdout)[
        "connections"
    ]
    assert row["not_zoho"] == ["127.0.0.1", "books.staging.example"]


@pytest.mark.secret_service
def test_check_names_the_hosts_that_are_not_zohos(
    connected: str,  # noqa: F811 - the fixture
    shared_env: dict[str, str],
) -> None:
    result = run_cli(shared_env, "check", connected)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.startswith("Not Zoho: connecting to 127.0.0.1\n")
    data = json.loads(run_cli(shared_env, "check", connected, "--json").stdout)
    assert data["not_zoho"] == ["127.0.0.1"]
