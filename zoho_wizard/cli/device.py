"""``zoho-wizard connect --device``: connect from a terminal with no display.

The person approves on their phone or any other computer: this prints the code, the
address and a QR code of it, asks Zoho every 30 seconds whether the code was approved
(:mod:`zoho_wizard.core.device`; Ctrl+C cancels cleanly), then takes the same path after
sign-in as the window (:mod:`zoho_wizard.core.after_sign_in`): the keys into the password
store, the organization (asked when there are several), the connection saved.

The app ("Non-browser Applications" client) comes from the setup file named on the
command line, else the setup opened before (remembered, its secret in the password
store), else the person is asked for it. With ``--demo`` a practice sandbox is started
and its practice Non-browser client used; its verification page is on this computer.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zoho_wizard.cli.common import EXIT_FAILED, EXIT_OK, fail, print_not_zoho

if TYPE_CHECKING:
    from zoho_wizard.core.books import Organization
    from zoho_wizard.core.details import ConnectionDetails
    from zoho_wizard.core.device import DeviceSignIn
    from zoho_wizard.core.endpoints import Endpoints
    from zoho_wizard.core.preset import Preset
    from zoho_wizard.core.store import ProfileStore, SecretStore
    from zoho_wizard.core.ways_in import DeviceApp


@dataclass(frozen=True)
class _Place:
    """Where this run connects to and keeps the connection."""

    endpoints: Endpoints
    profiles: ProfileStore
    secrets: SecretStore
    preset: Preset | None
    app: DeviceApp
    practice: bool = False


def connect_device(args: argparse.Namespace) -> int:
    """Run ``connect --device``; the exit code."""
    from zoho_wizard.core import errors

    try:
        with _place(args) as place:
            return _connect(args, place)
    except KeyboardInterrupt:
        print("\nCancelled: nothing was connected.", file=sys.stderr)
        return EXIT_FAILED
    except errors.ZohoWizardError as exc:
        return fail(exc)


@contextlib.contextmanager
def _place(args: argparse.Namespace) -> Iterator[_Place]:
    """The endpoints, stores and app: practice mode's (a sandbox for the ``with``), or the
    real ones with the app from the setup file."""
    if args.demo:
        from zoho_wizard.core.ways_in import device_app
        from zoho_wizard.practice import practice_device

        with practice_device(args.poll_every, args.api_url) as (endpoints, profiles, secrets, hint):
            app = device_app(None, None, hint)
            assert app is not None  # the practice sign-in always has one
            yield _Place(endpoints, profiles, secrets, None, app, practice=True)
        return
    from zoho_wizard.core import endpoints as ep
    from zoho_wizard.core.store import KeyringSecretStore, ProfileStore

    if args.accounts_url:
        endpoints = ep.custom_endpoints(args.accounts_url, args.api_url)
    else:
        endpoints = ep.Endpoints(api_url=args.api_url) if args.api_url else ep.ZOHO
    secrets = KeyringSecretStore()
    preset = _preset(args, secrets)
    yield _Place(endpoints, ProfileStore(), secrets, preset, _app(preset))


def _preset(args: argparse.Namespace, secrets: SecretStore) -> Preset | None:
    """The setup file given (opened as the window opens one: its secrets go to the
    password store, it is remembered), else the one opened before."""
    from zoho_wizard.core import setup_file

    if args.setup:
        return setup_file.open_setup_file(Path(args.setup).expanduser(), secrets).preset
    preset, problem = setup_file.remembered_setup(secrets)
    if problem is not None:
        print(f"zoho-wizard: {problem.message}", file=sys.stderr)
    return preset


def _app(preset: Preset | None) -> DeviceApp:
    """The Non-browser client: the setup's, else asked for (only at a terminal)."""
    from zoho_wizard.core import errors, validation
    from zoho_wizard.core.ways_in import DeviceApp, device_app

    app = device_app(None, preset)
    if app is not None:
        return app
    if not sys.stdin.isatty():
        raise errors.ZohoWizardError(
            "No app for signing in on another device was found.",
            "Give the setup file from your firm's IT admin (zoho-wizard connect --device "
            "FILE); it must name a “Non-browser Applications” client (device_client_id).",
            action=errors.Action.NONE,
        )
    print("Your firm's Zoho app for signing in on another device (a “Non-browser")
    print("Applications” client in Zoho's API console; ask your IT admin):")
    client_id = validation.clean(input("  Client ID: "))
    problem = validation.check_client_id(client_id)
    if problem:
        raise errors.ZohoWizardError(problem, "Run the command again.", action=errors.Action.NONE)
    secret = validation.clean(getpass.getpass("  Client secret (not shown): "))
    return DeviceApp(client_id, secret)


def _connect(args: argparse.Namespace, place: _Place) -> int:
    """Ask for a code, show it, wait for the approval, then finish as the window does."""
    from zoho_wizard.core import after_sign_in, device, ways_in
    from zoho_wizard.core import flow as wizard_flow
    from zoho_wizard.core.after_sign_in import AfterSignIn
    from zoho_wizard.core.connect import Connector

    details = _details(args, place)
    print_not_zoho(place.endpoints.override_hosts())
    connector = Connector(place.endpoints, place.profiles, place.secrets)
    client = device.DeviceClient(connector.session)
    rules = device.rules_for(place.endpoints, args.poll_every)
    code = client.request_code(
        accounts_server=ways_in.home_accounts_url(place.endpoints, details),
        client_id=details.client_id,
        scopes=details.scopes,
    )
    sign_in = device.begin(code, client.clock(), rules, place.app.name)
    _show_code(sign_in, place.practice)
    sign_in = device.wait_for_approval(
        client,
        place.endpoints,
        sign_in,
        details.client_id,
        details.client_secret,
        rules=rules,
        on_answer=_Progress(place.endpoints).heard,
    )
    if sign_in.tokens is None:
        error = sign_in.error or device.DeviceCodeExpiredError()
        print(f"zoho-wizard: {error.message}\n{error.fix} Run the command again.", file=sys.stderr)
        return EXIT_FAILED
    print("Approved. Saving the connection…")
    state = wizard_flow.device_started(wizard_flow.WizardState(), details)
    state = wizard_flow.device_approved(
        state, sign_in.tokens, sign_in.key, sign_in.accounts_server, sign_in.location
    )
    allowed = place.preset.allowed_organizations if place.preset is not None else None
    state = after_sign_in.finish(
        AfterSignIn(connector),
        state,
        choose=lambda orgs: _choose(orgs, args.organization),
        allowed=allowed,
        taken=_taken(place.profiles, details.name),
    )
    if state.error is not None:
        return fail(state.error)
    if state.profile is None or state.step is not wizard_flow.Step.DONE:
        print("zoho-wizard: no organization was chosen; nothing was saved.", file=sys.stderr)
        return EXIT_FAILED
    _show_done(state.profile.name, state.organization, state.user_email, place.practice)
    return EXIT_OK


def _details(args: argparse.Namespace, place: _Place) -> ConnectionDetails:
    from zoho_wizard.core import access
    from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
    from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER
    from zoho_wizard.core.details import ConnectionDetails
    from zoho_wizard.core.saved import new_connection_name
    from zoho_wizard.core.ways_in import device_details

    preset = place.preset
    taken = frozenset(_taken(place.profiles, ""))
    pattern = preset.connection_name if preset is not None else None
    details = ConnectionDetails(
        name=args.name or new_connection_name(pattern, taken),
        client_id=place.app.client_id,
        client_secret=place.app.client_secret,
        data_center=(preset.data_center if preset else None) or DEFAULT_DATA_CENTER,
        scopes=(preset.scopes if preset else None) or access.default_scopes(),
        redirect_uri=(preset.redirect_uri if preset else None) or DEFAULT_REDIRECT_URI,
    )
    return device_details(details, place.app)


def _taken(profiles: ProfileStore, name: str) -> list[str]:
    from zoho_wizard.core import errors

    try:
        return [other for other in profiles.load().profiles if other != name]
    except errors.ZohoWizardError:
        return []


def _show_code(sign_in: DeviceSignIn, practice: bool) -> None:
    """The code, the address and its QR code, and what to check before Accept."""
    code = sign_in.code
    minutes = max(1, round(code.expires_in / 60))
    print()
    print("Sign in on your phone or another computer:")
    print(f"  1. Open   {code.verification_url}")
    print("     (or scan the QR code below)")
    print(f"  2. Enter  {code.user_code}")
    if sign_in.client_name:
        print(f"  3. Check that it asks for “{sign_in.client_name}”, then choose Accept.")
    else:
        print("  3. Check that it names your firm's app for Zoho Books, then choose Accept.")
    if practice:
        print("     (Practice: sign in there as practice@example.com, password practice.)")
    print()
    _print_qr(code.address_to_open)
    print(f"The code works for {minutes} minutes. Waiting for the approval… (Ctrl+C cancels)")
    sys.stdout.flush()


def _print_qr(address: str) -> None:
    import segno

    try:
        segno.make(address, error="m").terminal(out=sys.stdout, compact=True)
    except UnicodeEncodeError:  # a console that cannot show the half blocks
        segno.make(address, error="m").terminal(out=sys.stdout)


class _Progress:
    """Says what the polls heard, when it is news (the wait goes on quietly)."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.slowed = 0
        self.server = ""

    def heard(self, sign_in: DeviceSignIn) -> None:
        if sign_in.slowed > self.slowed:
            self.slowed = sign_in.slowed
            print("Zoho asked to wait a little longer between checks; still waiting…")
        if self.server and sign_in.accounts_server != self.server:
            print(
                f"Your Zoho account is in another data center ({sign_in.location}); checking there…"
            )
        self.server = sign_in.accounts_server
        sys.stdout.flush()


def _choose(organizations: Sequence[Organization], wanted: str | None) -> str | None:
    """The organization to connect: the one asked for, else asked when there are several
    (Enter, or no terminal: the default one)."""
    from zoho_wizard.core import errors

    if wanted:
        if all(org.organization_id != wanted for org in organizations):
            ids = ", ".join(org.organization_id for org in organizations)
            raise errors.ZohoWizardError(
                f"This Zoho account has no organization {wanted}.",
                f"Its organizations: {ids}. Run the command again with one of them.",
                action=errors.Action.NONE,
            )
        return wanted
    if len(organizations) < 2:
        return None
    print("This account has several Zoho Books organizations:")
    for number, org in enumerate(organizations, 1):
        default = " (default)" if org.is_default else ""
        print(f"  {number}. {org.name} — {org.organization_id}{default}")
    while True:
        try:
            answer = input(f"Which one? [1-{len(organizations)}, Enter: the default] ").strip()
        except EOFError:
            return None
        if not answer:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(organizations):
            return organizations[int(answer) - 1].organization_id
        print(f"Type a number from 1 to {len(organizations)}.")


def _show_done(name: str, org: Organization | None, email: str, practice: bool) -> None:
    where = f"{org.name} ({org.organization_id})" if org is not None else ""
    who = f" as {email}" if email else ""
    print(f"Connected “{name}”: {where}{who}.")
    if practice:
        print("Practice: this connection is forgotten again as this command ends.")
    else:
        print(f"Your scripts can use it now: zoho-wizard token {_quoted(name)}")


def _quoted(name: str) -> str:
    import shlex

    return shlex.quote(name)
