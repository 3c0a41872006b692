"""What every subcommand shares: exit codes, the plain-language failure, the overrides."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from zoho_wizard.core.endpoints import ENV_ACCOUNTS_URL, ENV_API_URL

if TYPE_CHECKING:
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.endpoints import Endpoints

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_ATTENTION = 4

#: A subcommand: its parsed arguments in, the exit code out.
Handler = Callable[[argparse.Namespace], int]
if TYPE_CHECKING:
    #: What each command module's ``register`` is given (argparse's subparsers action).
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def fail(exc: Exception, *, as_json: bool = False) -> int:
    """Print a plain-language error to stderr and pick the exit code."""
    from zoho_wizard.core import errors

    if isinstance(exc, errors.ZohoWizardError):
        text = f"{exc.message}\n{exc.fix}"
        if isinstance(exc, errors.InsecureOverrideError):
            option = (
                f"--api-url or {ENV_API_URL}"
                if exc.api
                else f"--accounts-url or {ENV_ACCOUNTS_URL}"
            )
            text = f"{exc.message}\nThe address: {exc.url} ({option}).\n{exc.fix}"
        code = (
            EXIT_NOT_FOUND
            if isinstance(exc, errors.ConnectionNotFoundError)
            else (EXIT_ATTENTION if exc.action is errors.Action.RECONNECT else EXIT_FAILED)
        )
        payload: dict[str, str | int] = {
            "error": type(exc).__name__,
            "message": exc.message,
            "fix": exc.fix,
            "action": exc.action.value,
        }
        if isinstance(exc, errors.ThrottledError):
            payload["retry_after_seconds"] = round(exc.retry_after)
        if isinstance(exc, errors.InsecureOverrideError):
            payload["host"] = exc.host
    else:
        text, code = f"Unexpected problem: {type(exc).__name__}", EXIT_FAILED
        payload = {"error": type(exc).__name__}
    if as_json:
        print(json.dumps(payload), file=sys.stderr)
    else:
        print(f"zoho-wizard: {text}", file=sys.stderr)
    return code


def override_endpoints(args: argparse.Namespace) -> Endpoints:
    """The endpoints this run's overrides name (``--accounts-url``/``--api-url``, whose
    defaults are their environment variables), else Zoho's.

    Raises:
        InsecureOverrideError: an override over plain http to another computer.
    """
    from zoho_wizard.core.endpoints import endpoints_from_environment

    return endpoints_from_environment(
        {ENV_ACCOUNTS_URL: args.accounts_url or "", ENV_API_URL: args.api_url or ""}
    )


def print_not_zoho(hosts: Sequence[str], indent: str = "") -> None:
    for host in hosts:
        print(f"{indent}Not Zoho: connecting to {host}")


@contextlib.contextmanager
def opened_connection(args: argparse.Namespace) -> Iterator[SavedConnection]:
    """The connection ``args.name`` names, for a subcommand: a saved one (with this run's
    overrides), or with ``--demo`` a practice connection of that name, made against a
    sandbox that lives as long as the ``with``.

    Raises:
        ConnectionNotFoundError: no connection has that name.
        InsecureOverrideError: an override over plain http to another computer.
    """
    if getattr(args, "demo", False):
        from zoho_wizard.practice import practice_session

        with practice_session(args.name, api_url=args.api_url) as conn:
            yield conn
        return
    from zoho_wizard.core.connection import SavedConnection

    yield SavedConnection.open(args.name, endpoints=override_endpoints(args))
