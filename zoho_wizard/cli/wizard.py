"""Opening the desktop wizard from the command line (practice mode, overrides, presets)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_USAGE, fail

if TYPE_CHECKING:
    from zoho_wizard.core.preset import Preset, PresetError


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
        return fail(exc)


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
            connection=getattr(args, "connection", None),
        )
    finally:
        if sandbox is not None:
            sandbox.stop()
        if practice_hint is not None:
            from zoho_wizard.practice import clean_practice_setup

            clean_practice_setup(practice_hint)
