"""``zoho-wizard connect``: make a connection without the window.

Only the parser and the dispatch live here; each way has its own module (``--device``:
:mod:`zoho_wizard.cli.device`).
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
        "another computer)",
    )
    p_connect.add_argument(
        "setup",
        nargs="?",
        metavar="SETUP_FILE",
        help="your firm's setup file (default: the one opened before, else you are asked "
        "for the app's details)",
    )
    p_connect.add_argument(
        "--device",
        action="store_true",
        help="sign in on another device: shows a code, an address and a QR code to open "
        "on your phone or any computer (no browser needed here)",
    )
    p_connect.add_argument("--name", help="the connection's name (default: the organization's)")
    p_connect.add_argument(
        "--organization",
        metavar="ID",
        help="the organization to connect when the account has several (default: ask)",
    )
    # Tests and practice only: seconds between polls (Zoho itself always gets 30 s).
    p_connect.add_argument("--poll-every", type=float, default=None, help=argparse.SUPPRESS)
    return {"connect": cmd_connect}


def cmd_connect(args: argparse.Namespace) -> int:
    """``zoho-wizard connect``: dispatch to the way asked for."""
    if args.device:
        from zoho_wizard.cli.device import connect_device

        return connect_device(args)
    print("zoho-wizard: say how to connect: connect --device", file=sys.stderr)
    return EXIT_USAGE
