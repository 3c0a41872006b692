"""``zoho-wizard connect``: make a connection without the window.

Only the parser and the dispatch live here; each way has its own module (``--device``:
:mod:`zoho_wizard.cli.device`; ``--unattended``, a connection for scheduled jobs from a
Self Client: :mod:`zoho_wizard.cli.unattended`).
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
        help="make a connection in this terminal (--device: approve on your phone or "
        "another computer; --unattended: for scheduled jobs)",
    )
    p_connect.add_argument(
        "setup",
        nargs="?",
        metavar="SETUP_FILE",
        help="your firm's setup file (--device: default the one opened before, else you are "
        "asked for the app's details; --unattended: the Self Client's ID, secret, data "
        "center, access and one allowed organization)",
    )
    way = p_connect.add_mutually_exclusive_group()
    way.add_argument(
        "--device",
        action="store_true",
        help="sign in on another device: shows a code, an address and a QR code to open "
        "on your phone or any computer (no browser needed here)",
    )
    way.add_argument(
        "--unattended",
        action="store_true",
        help="a connection for scheduled jobs, from a Self Client's ID and secret and an "
        "organization ID (no refresh token); asks for them, or reads a setup file",
    )
    p_connect.add_argument("--name", help="the connection's name (default: the organization's)")
    p_connect.add_argument(
        "--organization",
        metavar="ID",
        help="--device: the organization to connect when the account has several (default: ask)",
    )
    # Tests and practice only: seconds between polls (Zoho itself always gets 30 s).
    p_connect.add_argument("--poll-every", type=float, default=None, help=argparse.SUPPRESS)
    return {"connect": cmd_connect}


def cmd_connect(args: argparse.Namespace) -> int:
    """``zoho-wizard connect``: hands over to the way of connecting asked for."""
    if args.device:
        from zoho_wizard.cli.device import connect_device

        return connect_device(args)
    if args.unattended:
        from zoho_wizard.cli.unattended import cmd_connect_unattended

        return cmd_connect_unattended(args)
    print(
        "zoho-wizard: say how to connect: connect --device (approve on another device), "
        "or connect --unattended (for scheduled jobs).",
        file=sys.stderr,
    )
    return EXIT_USAGE
