"""``zoho-wizard serve [NAME ...]``: the read-only Books feed for spreadsheets and BI tools.

Prints each connection's addresses, then answers until Ctrl+C (see
:mod:`zoho_wizard.core.feed`). With ``--demo``, one practice connection against a sandbox
that lives as long as the command.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_OK, Handler, override_endpoints

if TYPE_CHECKING:
    from zoho_wizard.cli.common import Subparsers
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.feed.server import FeedEntry, FeedServer

# Practice mode's connection reads every list the feed offers.
_PRACTICE_FEED_SCOPES = (
    "ZohoBooks.settings.READ",
    "ZohoBooks.contacts.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.estimates.READ",
    "ZohoBooks.salesorders.READ",
    "ZohoBooks.customerpayments.READ",
    "ZohoBooks.creditnotes.READ",
    "ZohoBooks.bills.READ",
    "ZohoBooks.purchaseorders.READ",
    "ZohoBooks.vendorpayments.READ",
    "ZohoBooks.debitnotes.READ",
    "ZohoBooks.expenses.READ",
    "ZohoBooks.banking.READ",
    "ZohoBooks.projects.READ",
    "ZohoBooks.accountants.READ",
)


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``serve`` to the parser; its handler by name."""
    from zoho_wizard.core.feed.keys import DEFAULT_PORT

    p_serve = sub.add_parser(
        "serve",
        help="a read-only Zoho Books feed for spreadsheets (Excel, LibreOffice, Power BI), "
        "on this computer only",
        description="Serve Zoho Books lists as CSV (and Books' own answers) at addresses on "
        "this computer only, until Ctrl+C. Paste an address into Excel: Data → From Web.",
    )
    p_serve.add_argument(
        "names", nargs="*", metavar="NAME", help="connections to serve (default: every one)"
    )
    p_serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port on 127.0.0.1 (default {DEFAULT_PORT}; keep it, so saved spreadsheet "
        "addresses keep working; 0 lets the system choose)",
    )
    p_serve.add_argument(
        "--new-address",
        action="store_true",
        help="replace the addresses' secret part first (the old addresses stop working)",
    )
    p_serve.add_argument(
        "--quiet",
        action="store_true",
        help="print no addresses (for a service whose output is kept in a log: the "
        "addresses hold a secret)",
    )
    return {"serve": cmd_serve}


def _saved_connections(args: argparse.Namespace) -> Sequence[SavedConnection]:
    """The connections to serve now: the named ones, else every saved one whose keys
    are in the password store."""
    from zoho_wizard.core import errors
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.store import ProfileStore

    endpoints = override_endpoints(args)
    store = ProfileStore()
    names = args.names or sorted(
        name for name, p in store.load().profiles.items() if p.secret_store == "keyring"
    )
    connections = []
    for name in names:
        with contextlib.suppress(errors.ConnectionNotFoundError):
            connections.append(SavedConnection.open(name, profiles=store, endpoints=endpoints))
    return connections


@contextlib.contextmanager
def _source(args: argparse.Namespace) -> Iterator[tuple[list[SavedConnection], bool]]:
    """The connections (and whether they are practice ones) while the feed runs."""
    if args.demo:
        from zoho_wizard.practice import PRACTICE_CONNECTION_NAME, practice_session

        name = args.names[0] if args.names else PRACTICE_CONNECTION_NAME
        with practice_session(name, scopes=_PRACTICE_FEED_SCOPES, api_url=args.api_url) as conn:
            yield [conn], True
        return
    from zoho_wizard.core import errors
    from zoho_wizard.core.store import ProfileStore

    saved = ProfileStore().load().profiles
    for name in args.names:
        if name not in saved:
            raise errors.ConnectionNotFoundError(name)
    yield list(_saved_connections(args)), False


def _print_addresses(feed: FeedServer, entries: Sequence[FeedEntry], practice: bool) -> None:
    from zoho_wizard.core.feed import keys
    from zoho_wizard.core.feed.limits import DAILY_LIMIT_WORDS
    from zoho_wizard.core.feed.lists import FEED_LISTS

    print("Zoho Books feed for spreadsheets, on this computer only. Ctrl+C stops it.")
    print("Paste an address into Excel: Data → From Web (Power BI: Get data → Web).")
    if practice:
        print("Practice mode: made-up lists; the addresses work while this command runs.")
    if not entries:
        print("No saved connections to serve yet. Make one with zoho-wizard, then start again.")
    for entry in entries:
        profile = entry.connection.profile
        organization = profile.organization_name or profile.organization_id
        calls = feed.usage.calls_today(profile.organization_id)
        print(f"\n{entry.name} ({organization}); calls to Zoho Books today: {calls}")
        print(f"  {'Start page (every list):':<31} {keys.base_address(feed.port, entry.key)}")
        for item in FEED_LISTS[:6]:
            label = f"{item.label}:"
            print(f"  {label:<31} {keys.list_address(feed.port, entry.key, item.path)}")
        print(f"  ({len(FEED_LISTS) - 6} more lists on the start page)")
    print(f"\n{DAILY_LIMIT_WORDS}", flush=True)


def _print_call(name: str, what: str, calls: int, today: int) -> None:
    now = datetime.datetime.now().strftime("%H:%M:%S")
    plural = "call" if calls == 1 else "calls"
    print(f"{now}  {name}: {what} ({calls} {plural} to Zoho Books; today {today})", flush=True)


def cmd_serve(args: argparse.Namespace) -> int:
    """``zoho-wizard serve``: print the addresses, then serve until Ctrl+C."""
    from zoho_wizard.core.feed import keys
    from zoho_wizard.core.feed.limits import DailyUsage
    from zoho_wizard.core.feed.server import FeedServer
    from zoho_wizard.core.store import config_dir

    with _source(args) as (connections, practice):
        if args.new_address:
            for connection in connections:
                keys.new_feed_key(connection.secrets, connection.profile.name)
        # Practice calls are not counted against a real organization's day.
        usage = DailyUsage(None if practice else config_dir() / "feed-usage.json")
        fixed = args.names or practice
        feed = FeedServer(
            (lambda: connections) if fixed else (lambda: _saved_connections(args)),
            port=args.port,
            usage=usage,
            on_call=_print_call,
            practice=practice,
        )
        try:
            entries = feed.prepare()
            if args.quiet:
                print(f"Zoho Books feed for spreadsheets on port {feed.port}.", flush=True)
            else:
                _print_addresses(feed, entries, practice)
            feed.start()
            _wait_for_stop()
        finally:
            feed.close()
    print("The feed stopped.")
    return EXIT_OK


def _wait_for_stop() -> None:
    """Wait until Ctrl+C (or a polite stop: SIGTERM, as systemd and launchd send)."""
    stop = threading.Event()
    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        print(file=sys.stderr)
