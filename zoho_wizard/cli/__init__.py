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
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from zoho_wizard import __version__
from zoho_wizard.cli import connect, connections
from zoho_wizard.cli.common import (
    EXIT_ATTENTION,
    EXIT_FAILED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    Handler,
    fail,
    override_endpoints,
)
from zoho_wizard.cli.wizard import open_wizard, wizard_preset
from zoho_wizard.core.endpoints import ENV_ACCOUNTS_URL, ENV_API_URL

__all__ = [
    "EXIT_ATTENTION",
    "EXIT_FAILED",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "open_wizard",
    "override_endpoints",
    "split_setup_file",
    "utf8_output",
    "version_text",
    "wizard_preset",
]

# Each module adds its subcommands (``register(sub)`` returns their handlers by name).
_COMMAND_MODULES = (connections, connect)


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
    COMMANDS.clear()
    for module in _COMMAND_MODULES:
        COMMANDS.update(module.register(sub))
    return parser


COMMANDS: dict[str, Handler] = {}


def _command_names() -> set[str]:
    if not COMMANDS:
        build_parser()
    return set(COMMANDS)


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
        if arg in _command_names():
            break  # a subcommand: the rest is its own
        path = Path(arg).expanduser()
        if path.is_file() or path.suffix.lower() in SETUP_SUFFIXES:
            del rest[index]
            return str(path), rest
        break
    return None, rest


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
        return fail(exc, as_json=getattr(args, "json", False))
