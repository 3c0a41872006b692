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
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from zoho_wizard import __version__
from zoho_wizard.core.endpoints import ENV_ACCOUNTS_URL, ENV_API_URL

if TYPE_CHECKING:
    from zoho_wizard.core.endpoints import Endpoints
    from zoho_wizard.core.preset import Preset, PresetError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_ATTENTION = 4


def version_text() -> str:
    """The program's version, then the bundled Chromium's version and security patch level.

    QtWebEngine is imported here only, when asked: start-up never loads it this early.
    """
    from PySide6.QtWebEngineCore import (
        qWebEngineChromiumSecurityPatchVersion,
        qWebEngineChromiumVersion,
        qWebEngineVersion,
    )

    def text(value: object) -> str:  # the stubs say bytes-like (a C string); it is str
        return bytes(value).decode() if isinstance(value, bytes | bytearray) else str(value)

    return (
        f"zoho-wizard {__version__}\n"
        f"Qt WebEngine {text(qWebEngineVersion())}: "
        f"Chromium {text(qWebEngineChromiumVersion())}, "
        f"security patches up to Chromium {text(qWebEngineChromiumSecurityPatchVersion())}"
    )


_VERSION_HELP = "show the version, and the sign-in browser's Chromium version"


class _VersionAction(argparse.Action):
    """``--version``: print :func:`version_text` and exit 0 (argparse's own, made lazy)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version_text())  # on stdout, as argparse's own --version
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The command line, with every option and subcommand."""
    parser = argparse.ArgumentParser(
        prog="zoho-wizard",
        usage="%(prog)s [options] [FILE | COMMAND ...]",
        description="Connect Zoho Books to your firm's tools. With no command, opens the "
        "wizard; with a FILE (a setup file from your firm's IT admin, *.zohowizard), opens "
        "the wizard with that setup.",
    )
    parser.add_argument("--version", action=_VersionAction, help=_VERSION_HELP)
    parser.add_argument(
        "--demo",
        "--practice",
        dest="demo",
        action="store_true",
        help="practice mode: a built-in Zoho sandbox, no account or internet needed",
    )
    parser.add_argument(
        "--accounts-url",
        metavar="URL",
        default=os.environ.get(ENV_ACCOUNTS_URL) or None,
        help=f"use another accounts server, e.g. a staging server (env {ENV_ACCOUNTS_URL})",
    )
    parser.add_argument(
        "--api-url",
        metavar="URL",
        default=os.environ.get(ENV_API_URL) or None,
        help=f"send Books API calls here instead of the API domain Zoho names (env {ENV_API_URL})",
    )
    parser.add_argument(
        "--preset",
        metavar="FILE",
        default=None,
        help="fill in (and lock) the wizard's fields from your firm's preset file "
        "(default: the system-wide preset, if there is one)",
    )
    parser.add_argument(
        "--autopilot",
        action="store_true",
        help="with --demo: walk practice mode to the end by itself and exit 0 on success "
        "(a smoke test for a build)",
    )
    # Benchmarks only: seconds the autopilot "types" on the details page before Next.
    parser.add_argument("--autopilot-pause", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true", help="write detailed (still redacted) logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p_list = sub.add_parser("list", help="list saved connections and their health")
    p_list.add_argument("--json", action="store_true", help="machine-readable output")
    p_check = sub.add_parser("check", help="check that a connection still works")
    p_check.add_argument("name", help="the connection's name")
    p_check.add_argument("--json", action="store_true", help="machine-readable output")
    p_token = sub.add_parser(
        "token", help="print a valid access token (refreshed only when about to expire)"
    )
    p_token.add_argument("name", help="the connection's name")
    p_token.add_argument(
        "--json",
        action="store_true",
        help="also print expiry, API domain and organization ID as JSON",
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
    return parser


def _fail(exc: Exception, *, as_json: bool = False) -> int:
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
        print(json.dumps(payload, ensure_ascii=False), file=sys.stderr)
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


def _print_not_zoho(hosts: Sequence[str], indent: str = "") -> None:
    for host in hosts:
        print(f"{indent}Not Zoho: connecting to {host}")


def cmd_list(args: argparse.Namespace) -> int:
    """``zoho-wizard list``."""
    from zoho_wizard.core.datacenters import by_id
    from zoho_wizard.core.endpoints import not_zoho_hosts
    from zoho_wizard.core.store import KeyringSecretStore, ProfileStore

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
            }
        )
    if args.json:
        print(
            json.dumps(
                {"connections": rows, "damaged": loaded.broken}, indent=2, ensure_ascii=False
            )
        )
        return EXIT_OK
    if not rows and not loaded.broken:
        print("No saved connections. Run zoho-wizard to make one.")
    health_words = {"ok": "working", "attention": "needs attention", "unchecked": "not checked"}
    for row in rows:
        print(f"{row['name']}")
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
        _print_not_zoho(not_zoho[str(row["name"])], indent="  ")
    for name, problem in loaded.broken.items():
        print(f"{name}\n  damaged entry in {store.path} ({problem}); reconnect to replace it")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``zoho-wizard check NAME``."""
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.health import Outcome, check

    conn = SavedConnection.open(args.name, endpoints=override_endpoints(args))
    report = check(conn)
    if args.json:
        data = report.to_json()
        data["not_zoho"] = list(conn.not_zoho_hosts())
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_not_zoho(conn.not_zoho_hosts())
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


def cmd_token(args: argparse.Namespace) -> int:
    """``zoho-wizard token NAME``: the token alone on stdout, for $(...)."""
    from zoho_wizard.core.connection import SavedConnection
    from zoho_wizard.core.product import authorization_header

    conn = SavedConnection.open(args.name, endpoints=override_endpoints(args))
    token = conn.access_token()
    if args.json:
        cached = conn.cached_token()
        print(
            json.dumps(
                {
                    "access_token": token,
                    "expires_at": round(cached.expires_at) if cached else None,
                    "api_domain": conn.api_domain,
                    "books_api": conn.product.api_base(conn.api_domain),
                    "organization_id": conn.profile.organization_id,
                    "not_zoho": list(conn.not_zoho_hosts()),
                    "authorization_header": authorization_header(token)["Authorization"],
                }
            )
        )
    else:
        print(token)
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
            answer = input(f"Disconnect “{args.name}” and revoke its access at Zoho? [y/N] ")
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
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        if report.revoked_at_zoho:
            print(f"Disconnected “{args.name}”.")
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


COMMANDS = {
    "list": cmd_list,
    "check": cmd_check,
    "token": cmd_token,
    "disconnect": cmd_disconnect,
    "receipt": cmd_receipt,
}


def _setup_logging(debug: bool) -> None:
    from zoho_wizard.core.logs import setup_logging
    from zoho_wizard.core.store import log_dir

    try:
        setup_logging(log_dir(), debug=debug)
    except OSError as exc:
        print(f"zoho-wizard: logs are off ({exc.strerror})", file=sys.stderr)


# Options followed by a value (so that value is never taken for a setup file).
_VALUE_OPTIONS = ("--accounts-url", "--api-url", "--preset", "--autopilot-pause")
SETUP_SUFFIXES = (".zohowizard", ".toml")


def split_setup_file(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take the setup file out of the command line: ``zoho-wizard FILE`` (what a
    double-click on a setup file runs). The first argument that is neither an option, an
    option's value nor a command, and is a file (or is named like a setup file), is it."""
    rest = list(argv)
    index = 0
    while index < len(rest):
        arg = rest[index]
        if arg == "--":
            break
        if arg in _VALUE_OPTIONS:
            index += 2
            continue
        if arg.startswith("-"):
            index += 1
            continue
        if arg in COMMANDS:
            break  # a subcommand: the rest is its own
        path = Path(arg).expanduser()
        if path.is_file() or path.suffix.lower() in SETUP_SUFFIXES:
            del rest[index]
            return str(path), rest
        break
    return None, rest


def wizard_preset(args: argparse.Namespace) -> tuple[Preset | None, PresetError | None]:
    """The preset for the wizard and why it could not be used: ``(Preset | None,
    PresetError | None)``.

    ``--preset FILE`` wins; then the system-wide preset; then the setup opened on an
    earlier launch (remembered without its secret, which comes back from the password
    store). Practice mode uses none of those (a firm's real app would lock the practice
    app out); a setup FILE on the command line is opened once the window is up, and
    replaces whichever this chose.
    """
    from zoho_wizard.core.preset import find_preset

    explicit = Path(args.preset).expanduser() if getattr(args, "preset", None) else None
    if explicit is None and args.demo:
        return None, None
    preset, problem = find_preset(explicit)
    if explicit is not None or preset is not None or problem is not None:
        return preset, problem
    from zoho_wizard.core.setup_file import remembered_setup
    from zoho_wizard.core.store import KeyringSecretStore

    return remembered_setup(KeyringSecretStore())


def open_wizard(args: argparse.Namespace) -> int:
    """Open the desktop wizard against Zoho, a custom server, or the practice sandbox.

    An override over plain http to another computer is refused with a plain message and
    exit code 1, before any window opens.
    """
    from zoho_wizard.core import errors

    if args.autopilot and not args.demo:
        print("zoho-wizard: --autopilot only works in practice mode (--demo).", file=sys.stderr)
        return EXIT_USAGE

    try:
        return _open_wizard(args)
    except errors.InsecureOverrideError as exc:
        return _fail(exc)


def _open_wizard(args: argparse.Namespace) -> int:
    from zoho_wizard.core import endpoints as ep
    from zoho_wizard.core.store import KeyringSecretStore, ProfileStore

    sandbox = None
    practice_hint = None
    if args.demo:
        from zoho_wizard.practice import practice_secrets, start_practice

        sandbox, endpoints, practice_hint, profiles = start_practice(args.api_url)
        secrets_factory = practice_secrets
    elif args.accounts_url:
        endpoints = ep.custom_endpoints(args.accounts_url, args.api_url)
        profiles = ProfileStore()
        secrets_factory = KeyringSecretStore
    else:
        endpoints = ep.Endpoints(api_url=args.api_url) if args.api_url else ep.ZOHO
        profiles = ProfileStore()
        secrets_factory = KeyringSecretStore
    from zoho_wizard.ui.app import run_wizard

    preset, preset_error = wizard_preset(args)
    try:
        return run_wizard(
            endpoints,
            profiles=profiles,
            secrets_factory=secrets_factory,
            practice_hint=practice_hint,
            preset=preset,
            preset_error=preset_error,
            autopilot=args.autopilot and args.demo,
            autopilot_pause=args.autopilot_pause,
            setup_file=getattr(args, "setup_file", None),
        )
    finally:
        if sandbox is not None:
            sandbox.stop()
        if practice_hint is not None:
            from zoho_wizard.practice import clean_practice_setup

            clean_practice_setup(practice_hint)


def utf8_output(*streams: TextIO) -> None:
    """Write UTF-8 whatever the console's code page, replacing what cannot be written.

    Piped or redirected output on Windows uses the ANSI code page, where an organization
    named "Łódź Sp. z o.o." fails with UnicodeEncodeError; scripts reading the output get
    UTF-8 (PowerShell: set [Console]::OutputEncoding to UTF-8 to read it).
    """
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # (ValueError/OSError: a stream already written to in another way: leave it.)
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``zoho-wizard`` and ``python -m zoho_wizard``."""
    utf8_output(sys.stdout, sys.stderr)
    setup, rest = split_setup_file(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(rest)
    args.setup_file = setup
    _setup_logging(args.debug)
    if args.command is None:
        return open_wizard(args)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:
        import logging

        from zoho_wizard.core.errors import ZohoWizardError

        log = logging.getLogger(__name__)
        if isinstance(exc, ZohoWizardError):
            log.info("%s failed: %s", args.command, type(exc).__name__)
        else:
            log.exception("%s failed unexpectedly", args.command)
        return _fail(exc, as_json=getattr(args, "json", False))
