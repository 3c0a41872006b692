"""``zoho-wizard connect --unattended [--name NAME] [SETUP_FILE]``: a connection for
scheduled jobs.

Asks for the Self Client's ID, its secret (hidden, when typed at a terminal), the
organization ID and the data center where the Self Client was made, or reads them from a
setup file (the admin's, with one allowed organization); then gets an access token with
the client-credentials grant, reads the organization (its name is shown), and saves the
connection (:func:`zoho_wizard.core.unattended.connect_unattended`).

Questions go to stderr and answers come from stdin, one a line, so a script can pipe
them in; stdout carries only the result. With ``--demo`` the practice Self Client of a
started sandbox is offered (Enter takes it), and the connection is forgotten afterwards.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_OK, EXIT_USAGE, override_endpoints, print_not_zoho

if TYPE_CHECKING:
    from zoho_wizard.core.endpoints import Endpoints
    from zoho_wizard.core.preset import Preset
    from zoho_wizard.core.store import SecretStore
    from zoho_wizard.core.unattended import SelfClientDetails, UnattendedConnection


class _NotAnswered(Exception):
    """stdin ended before a question was answered."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(what)


def _ask(question: str, default: str = "", *, secret: bool = False) -> str:
    """One answer: the question on stderr, the answer from stdin (hidden at a terminal
    when ``secret``); Enter takes ``default``.

    Raises:
        _NotAnswered: stdin ended.
    """
    shown = f"{question} [{default if not secret else 'press Enter for the practice one'}]: "
    prompt = shown if default else f"{question}: "
    if secret and sys.stdin.isatty():
        import getpass

        try:
            answer = getpass.getpass(prompt, stream=sys.stderr)
        except EOFError:
            raise _NotAnswered(question) from None
    else:
        # Not a terminal (a script pipes the answers in): read a line, never /dev/tty.
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            raise _NotAnswered(question)
        answer = line
    return answer.strip() or default


def _data_center_list(endpoints: Endpoints) -> str:
    from zoho_wizard.core.datacenters import DATA_CENTERS

    listed = [f"{dc.id} = {dc.label}" for dc in DATA_CENTERS if dc.id in endpoints.accounts]
    return "; ".join(listed)


def _read_setup(path: Path) -> Preset:
    """The setup file, refused when others can read its secret.

    Raises:
        SetupFileInvalidError, SetupFileReadableError: in plain words.
    """
    from zoho_wizard.core.preset import PresetError, load_preset
    from zoho_wizard.core.setup_file import SetupFileInvalidError, check_private

    try:
        preset = load_preset(path)
    except PresetError as exc:
        raise SetupFileInvalidError(exc) from None
    check_private(preset)
    return preset


def _details(
    args: argparse.Namespace, endpoints: Endpoints, practice: SelfClientDetails | None
) -> SelfClientDetails:
    """The Self Client's details: the setup file's, then answers to what is missing (the
    practice Self Client's values as defaults in practice mode).

    Raises:
        _NotAnswered: stdin ended before everything was known.
    """
    from zoho_wizard.core.unattended import SelfClientDetails, default_scopes

    preset = _read_setup(Path(args.setup)) if args.setup else None
    client_id = (preset.client_id if preset else None) or _ask(
        "Self Client ID (Zoho API console → Self Client → Client Secret tab)",
        practice.client_id if practice else "",
    )
    secret = (preset.client_secret if preset else None) or _ask(
        "Self Client secret", practice.client_secret if practice else "", secret=True
    )
    allowed = (preset.allowed_organizations or ()) if preset else ()
    organization = (
        allowed[0]
        if len(allowed) == 1
        else _ask(
            "Organization ID (Zoho Books → Settings → Organization Profile)"
            + (f", one of {', '.join(allowed)}" if allowed else ""),
            practice.organization_id if practice else "",
        )
    )
    data_center = (preset.data_center if preset else None) or ""
    if not data_center:
        print(f"Data centers: {_data_center_list(endpoints)}", file=sys.stderr)
        data_center = _ask(
            "Data center where the Self Client was made", practice.data_center if practice else "us"
        )
    name = args.name or (preset.connection_name if preset else None) or ""
    return SelfClientDetails(
        client_id=client_id,
        client_secret=secret,
        organization_id=organization,
        data_center=data_center.lower(),
        scopes=(preset.scopes if preset and preset.scopes else default_scopes()),
        name=name,
    )


def without_refresh_token(place: str, name: str) -> str:
    """Where the secrets are, without the refresh token a connection for scheduled jobs
    does not have (the password store's description names the items of a signed-in one)."""
    return place.replace(f" and “{name}/refresh_token”", " (and its cached access token)")


def _print_done(made: UnattendedConnection, secrets: SecretStore, endpoints: Endpoints) -> None:
    from zoho_wizard.core.datacenters import by_id
    from zoho_wizard.core.endpoints import not_zoho_hosts

    profile = made.profile
    try:
        dc_label = by_id(profile.data_center).label
    except KeyError:
        dc_label = profile.data_center
    print(f"Connected “{profile.name}” for scheduled jobs.")
    print(f"  organization: {made.organization.name} ({profile.organization_id})")
    print(f"  data center:  {dc_label}")
    print(f"  access:       {', '.join(profile.scopes)}")
    print(f"  secrets in:   {without_refresh_token(secrets.describe(profile.name), profile.name)}")
    print_not_zoho(
        not_zoho_hosts(profile.accounts_server, endpoints.api_domain_in_use(profile.api_domain)),
        indent="  ",
    )
    print(
        "It has no refresh token: each access token comes from the Self Client's ID and "
        "secret, for this organization only."
    )
    print(f"Use it in a job: zoho-wizard token “{profile.name}”")


def cmd_connect_unattended(args: argparse.Namespace) -> int:
    """``zoho-wizard connect --unattended``."""
    from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
    from zoho_wizard.core.unattended import connect_unattended

    if args.demo:
        return _practice(args)
    endpoints = override_endpoints(args)
    try:
        details = _details(args, endpoints, None)
    except _NotAnswered as missing:
        return _not_answered(missing)
    secrets = KeyringSecretStore()
    made = connect_unattended(
        details, endpoints=endpoints, profiles=ProfileStore(), secrets=secrets
    )
    _print_done(made, secrets, endpoints)
    return EXIT_OK


def _practice(args: argparse.Namespace) -> int:
    """``--demo``: the practice Self Client against a started sandbox; forgotten after."""
    from zoho_wizard.core.unattended import connect_unattended
    from zoho_wizard.practice import practice_place, practice_self_client

    practice = practice_self_client()
    with practice_place(args.api_url) as place:
        print(
            "Practice mode: a built-in Zoho sandbox. Its Self Client: ID "
            f"{practice.client_id}, secret {practice.client_secret}, organization "
            f"{practice.organization_id}, data center {practice.data_center} "
            "(press Enter to take each).",
            file=sys.stderr,
        )
        try:
            details = _details(args, place.endpoints, practice)
        except _NotAnswered as missing:
            return _not_answered(missing)
        made = connect_unattended(
            details, endpoints=place.endpoints, profiles=place.profiles, secrets=place.secrets
        )
        _print_done(made, place.secrets, place.endpoints)
        print("Practice mode: this connection is forgotten when the command ends.")
    return EXIT_OK


def _not_answered(missing: _NotAnswered) -> int:
    print(
        f"\nzoho-wizard: no answer for “{missing.what}”. Type the answers, pipe them in one a "
        "line, or give a setup file.",
        file=sys.stderr,
    )
    return EXIT_USAGE
