"""``zoho-wizard connect``: make a connection without the window.

``--unattended`` makes a connection for scheduled jobs from a Self Client
(:mod:`zoho_wizard.cli.unattended`).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_USAGE, Handler

if TYPE_CHECKING:
    from zoho_wizard.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``connect`` to the parser; its handler by name."""
    p_connect = sub.add_parser(
        "connect",
        help="make a connection without the window (--unattended: for scheduled jobs)",
    )
    p_connect.add_argument(
        "--unattended",
        action="store_true",
        help="a connection for scheduled jobs, from a Self Client's ID and secret and an "
        "organization ID (no refresh token); asks for them, or reads a setup file",
    )
    p_connect.add_argument(
        "--name",
        metavar="NAME",
        default=None,
        help="the connection's name (default: the organization's name)",
    )
    p_connect.add_argument(
        "unattended_setup",
        metavar="SETUP_FILE",
        nargs="?",
        default=None,
        help="with --unattended: a setup file holding the Self Client's ID, secret, data "
        "center, access and one allowed organization",
    )
    return {"connect": cmd_connect}


def cmd_connect(args: argparse.Namespace) -> int:
    """``zoho-wizard connect``: hands over to the way of connecting asked for."""
    if args.unattended:
        from zoho_wizard.cli.unattended import cmd_connect_unattended

        return cmd_connect_unattended(args)
    print("zoho-wizard: say how to connect: --unattended (for scheduled jobs).", file=sys.stderr)
    return EXIT_USAGE
