"""The subcommands for saved connections: list, check, token, disconnect, receipt."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    EXIT_USAGE,
    Handler,
    opened_connection,
    override_endpoints,
    print_not_zoho,
)

if TYPE_CHECKING:
    from zoho_wizard.cli.common import Subparsers
    from zoho_wizard.core.handoff import TokenFormat


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add these subcommands to the parser; their handlers by name."""
    p_list = sub.add_parser("list", help="list saved connections and their health")
    p_list.add_argument("--json", action="store_true", help="machine-readable output")
    p_check = sub.add_parser("check", help="check that a connection still works")
    p_check.add_argument("name", nargs="?", help="the connection's name")
    p_check.add_argument("--json", action="store_true", help="machine-readable output")
    p_check.add_argument(
        "--all", action="store_true", help="check every saved connection (the daily check)"
    )
    p_check.add_argument(
        "--notify",
        action="store_true",
        help="with --all: a desktop notification when a connection needs attention",
    )
    p_token = sub.add_parser(
        "token", help="print a valid access token (refreshed only when about to expire)"
    )
    p_token.add_argument("name", help="the connection's name")
    p_token.add_argument(
        "--format",
        choices=[f.value for f in _token_formats()],
        default=None,
        help="plain: the token alone (the default); json: with its expiry, API domain and "
        "organization ID; header: an Authorization header line; credential-process: the "
        "JSON of AWS's credential_process",
    )
    p_token.add_argument(
        "--json",
        action="store_true",
        help="the same as --format json (errors are JSON on stderr too)",
    )
    p_disc = sub.add_parser("disconnect", help="revoke a connection at Zoho and delete it here")
    p_disc.add_argument("name", help="the connection's name")
    p_disc.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p_disc.add_argument(
        "--local-only-if-offline",
        action="store_true",
        help="if Zoho cannot be reached, still delete it here",
    )
    p_disc.add_argument("--json", action="store_true", help="machine-readable output")
    p_receipt = sub.add_parser("receipt", help="save a one-page PDF receipt of a connection")
    p_receipt.add_argument("name", help="the connection's name")
    p_receipt.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="where to save the PDF (default: your Documents folder)",
    )
    return {
        "list": cmd_list,
        "check": cmd_check,
        "token": cmd_token,
        "disconnect": cmd_disconnect,
        "receipt": cmd_receipt,
    }


def cmd_list(args: argparse.Namespace) -> int:
    """``zoho-wizard list``."""
    from zoho_wizard.cli.unattended import without_refresh_token
    from zoho_wizard.core.datacenters import by_id
    from zoho_wizard.core.endpoints import not_zoho_hosts
    from zoho_wizard.core.store import UNATTENDED, KeyringSecretStore, ProfileStore

    endpoints = override_endpoints(args)
    store = ProfileStore()
    loaded = store.load()
    secrets = KeyringSecretStore()
    rows = []
    not_zoho: dict[str, list[str]] = {}
    for profile in sorted(loaded.profiles.values(), key=lambda p: p.name.lower()):
        try:
            dc_label = by_id(profile.data_center).label
        except KeyError:
            dc_label = profile.data_center
        api_domain = endpoints.api_domain_in_use(profile.api_domain)
        not_zoho[profile.name] = list(not_zoho_hosts(profile.accounts_server, api_domain))
        rows.append(
            {
                "name": profile.name,
                "organization": profile.organization_name,
                "organization_id": profile.organization_id,
                "data_center": profile.data_center,
                "data_center_label": dc_label,
                "connected_at": profile.connected_at,
                "health": profile.health,
                "health_detail": profile.health_detail,
                "checked_at": profile.checked_at,
                "not_zoho": not_zoho[profile.name],
                "secrets": secrets.describe(profile.name)
                if profile.secret_store == "keyring"
                else "this session only (not saved)",
                "kind": profile.kind,
            }
        )
        if profile.unattended:
            rows[-1]["secrets"] = without_refresh_token(str(rows[-1]["secrets"]), profile.name)
    if args.json:
        print(json.dumps({"connections": rows, "damaged": loaded.broken}, indent=2))
        return EXIT_OK
    if not rows and not loaded.broken:
        print("No saved connections. Run zoho-wizard to make one.")
    health_words = {"ok": "working", "attention": "needs attention", "unchecked": "not checked"}
    for row in rows:
        print(f"{row['name']}")
        if row["kind"] == UNATTENDED:
            print("  kind:         for scheduled jobs (a Self Client; no refresh token)")
        print(
            f"  organization: {row['organization'] or '(none chosen)'} "
            f"{('(' + str(row['organization_id']) + ')') if row['organization_id'] else ''}"
        )
        print(f"  data center:  {row['data_center_label']}")
        print(f"  connected:    {row['connected_at'] or 'unknown'}")
        status = health_words.get(str(row["health"]), str(row["health"]))
        detail = f": {row['health_detail']}" if row["health"] == "attention" else ""
        print(f"  health:       {status}{detail}")
        print(f"  secrets in:   {row['secrets']}")
        print_not_zoho(not_zoho[str(row["name"])], indent="  ")
    for name, problem in loaded.broken.items():
        print(f"{name}\n  damaged entry in {store.path} ({problem}); reconnect to replace it")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``zoho-wizard check NAME`` (and ``check --all``, in cli/watch.py)."""
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.health import Outcome, check

    if args.all or args.name is None or args.notify:
        if not args.all or args.name is not None:
            print("zoho-wizard: name one connection, or give --all.", file=sys.stderr)
            return EXIT_USAGE
        from zoho_wizard.cli.watch import check_all

        return check_all(args)
    conn = SavedConnection.open(args.name, endpoints=override_endpoints(args))
    report = check(conn)
    if args.json:
        data = report.to_json()
        data["not_zoho"] = list(conn.not_zoho_hosts())
        print(json.dumps(data, indent=2))
    else:
        print_not_zoho(conn.not_zoho_hosts())
        marks = {
            Outcome.OK: "ok  ",
            Outcome.PROBLEM: "FAIL",
            Outcome.PARTLY_CONFIRMED: "part",
            Outcome.SKIPPED: "skip",
        }
        for result in report.results:
            print(f"[{marks[result.outcome]}] {result.title}: {result.detail}")
            if result.fix and result.outcome is Outcome.PROBLEM:
                print(f"       {result.fix}")
        print("Working." if report.ok else "Needs attention.")
    return EXIT_OK if report.ok else EXIT_ATTENTION


def _token_formats() -> list[TokenFormat]:
    from zoho_wizard.core.handoff import TokenFormat

    return list(TokenFormat)


def cmd_token(args: argparse.Namespace) -> int:
    """``zoho-wizard token NAME [--format FORMAT]``: the token alone on stdout (for
    $(...)), or in the shape another tool reads (:func:`~zoho_wizard.core.handoff.
    format_token`)."""
    from zoho_wizard.core.connection import MIN_VALIDITY_SECONDS
    from zoho_wizard.core.handoff import Handoff, TokenFormat, format_token

    if args.json and args.format not in (None, TokenFormat.JSON.value):
        print("zoho-wizard: --json is --format json; give one of them.", file=sys.stderr)
        return EXIT_USAGE
    fmt = TokenFormat(args.format or ("json" if args.json else "plain"))
    args.json = fmt is TokenFormat.JSON  # a failure is reported as JSON too
    with opened_connection(args) as conn:
        handoff = Handoff.from_connection(conn, min_validity=MIN_VALIDITY_SECONDS, clock=time.time)
    print(format_token(handoff, fmt))
    return EXIT_OK


def cmd_disconnect(args: argparse.Namespace) -> int:
    """``zoho-wizard disconnect NAME``."""
    from zoho_wizard.core import errors
    from zoho_wizard.core.connection import SavedConnection

    conn = SavedConnection.open(args.name, endpoints=override_endpoints(args))
    if not args.yes:
        try:
            # (On Windows, NUL counts as a terminal and then reads as the end of input.)
            if not sys.stdin.isatty():
                raise EOFError
            question = (
                f"Disconnect “{args.name}” (for scheduled jobs) and remove it from this computer? "
                if conn.profile.unattended
                else f"Disconnect “{args.name}” and revoke its access at Zoho? "
            )
            answer = input(f"{question}[y/N] ")
        except EOFError:
            print("zoho-wizard: add --yes to disconnect without a question.", file=sys.stderr)
            return EXIT_USAGE
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return EXIT_OK
    try:
        report = conn.disconnect(remove_if_unreachable=args.local_only_if_offline)
    except (errors.NetworkError, errors.ServerError) as exc:
        exc.fix = f"{exc.fix} To delete it from this computer anyway, add --local-only-if-offline."
        raise
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        if report.revoked_at_zoho:
            print(f"Disconnected “{args.name}”.")
        elif report.nothing_to_revoke:
            print(f"Disconnected “{args.name}”: removed from this computer.")
        elif report.unconfirmed:
            print(
                f"Removed “{args.name}” from this computer, but Zoho did not confirm it "
                "revoked the access."
            )
        else:
            print(f"Removed “{args.name}” from this computer.")
        for line in report.lines():
            print(f"  {line}")
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace) -> int:
    """``zoho-wizard receipt NAME``."""
    from zoho_wizard.core.receipt import build_receipt, default_receipt_path
    from zoho_wizard.core.store import KeyringSecretStore, MemorySecretStore, ProfileStore
    from zoho_wizard.ui.receipt import write_receipt_pdf

    profile = ProfileStore().get(args.name)
    store = KeyringSecretStore() if profile.secret_store == "keyring" else MemorySecretStore()
    path = Path(args.output) if args.output else default_receipt_path(args.name)
    write_receipt_pdf(build_receipt(profile, store.describe(profile.name)), path)
    print(path)
    return EXIT_OK
