"""``zoho-wizard``: opens the wizard; its subcommands serve the firm's scripts.

Exit codes (documented in the README):
    0  success
    1  the operation failed (the message says why and what to do)
    2  wrong usage (unknown option, missing name)
    3  no such connection
    4  the connection needs attention (check failed, or it must be reconnected)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from zoho_wizard import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_ATTENTION = 4

ENV_ACCOUNTS_URL = "ZOHO_WIZARD_ACCOUNTS_URL"
ENV_API_URL = "ZOHO_WIZARD_API_URL"


def build_parser() -> argparse.ArgumentParser:
    """The command line, with every option and subcommand."""
    parser = argparse.ArgumentParser(
        prog="zoho-wizard",
        description="Connect Zoho Books to your firm's tools. With no command, opens the "
                    "wizard.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", "--practice", dest="demo", action="store_true",
                        help="practice mode: a built-in Zoho sandbox, no account or "
                             "internet needed")
    parser.add_argument("--accounts-url", metavar="URL",
                        default=os.environ.get(ENV_ACCOUNTS_URL) or None,
                        help=f"use another accounts server, e.g. a staging server "
                             f"(env {ENV_ACCOUNTS_URL})")
    parser.add_argument("--api-url", metavar="URL",
                        default=os.environ.get(ENV_API_URL) or None,
                        help=f"send Books API calls here instead of the API domain Zoho "
                             f"names (env {ENV_API_URL})")
    parser.add_argument("--debug", action="store_true",
                        help="write detailed (still redacted) logs")
    return parser


def _setup_logging(debug: bool) -> None:
    from zoho_wizard.core.logs import setup_logging
    from zoho_wizard.core.store import log_dir

    try:
        setup_logging(log_dir(), debug=debug)
    except OSError as exc:
        print(f"zoho-wizard: logs are off ({exc.strerror})", file=sys.stderr)


def open_wizard(args: argparse.Namespace) -> int:
    """Open the desktop wizard against Zoho, a custom server, or the practice sandbox."""
    from zoho_wizard.core import endpoints as ep
    from zoho_wizard.core.store import ProfileStore, config_dir

    sandbox = None
    practice_hint = None
    if args.demo:
        from zoho_wizard.sandbox import (
            PRACTICE_CLIENT_ID,
            PRACTICE_CLIENT_SECRET,
            PRACTICE_EMAIL,
            PRACTICE_PASSWORD,
            PRACTICE_REDIRECT_URI,
            Sandbox,
        )
        from zoho_wizard.ui.app import PracticeHint

        sandbox = Sandbox()
        sandbox.start()
        endpoints = ep.custom_endpoints(sandbox.accounts_url("us"), args.api_url,
                                        practice=True, label="Practice sandbox")
        practice_hint = PracticeHint(
            client_id=PRACTICE_CLIENT_ID, client_secret=PRACTICE_CLIENT_SECRET,
            redirect_uri=PRACTICE_REDIRECT_URI, email=PRACTICE_EMAIL,
            password=PRACTICE_PASSWORD)
        # Practice connections never mix with real ones.
        profiles = ProfileStore(config_dir() / "practice-connections.json")
    elif args.accounts_url:
        endpoints = ep.custom_endpoints(args.accounts_url, args.api_url)
        profiles = ProfileStore()
    else:
        endpoints = ep.Endpoints(api_url=args.api_url) if args.api_url else ep.ZOHO
        profiles = ProfileStore()
    from zoho_wizard.ui.app import run_wizard

    try:
        return run_wizard(endpoints, profiles=profiles, practice_hint=practice_hint)
    finally:
        if sandbox is not None:
            sandbox.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``zoho-wizard`` and ``python -m zoho_wizard``."""
    args = build_parser().parse_args(argv)
    _setup_logging(args.debug)
    return open_wizard(args)
