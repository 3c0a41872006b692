"""Practice mode's wiring: the sandbox's practice client, and connections made without
the window, against the sandbox, over real HTTP.

:func:`practice_connection` does what the wizard does after its details page, through the
same flow and the same after-sign-in path (:mod:`zoho_wizard.core.after_sign_in`): the
authorization request, the sign-in and Accept in the sandbox's pages (driven by the
scripted browser), the callback checks, the exchange at the accounts server the callback
named before the code's deadline, storing the keys and the settings, and choosing the
organization. Screenshots, tests and demos use it to start from saved connections.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

import requests

from zoho_wizard.core import after_sign_in, flow, ways_in
from zoho_wizard.core.after_sign_in import AfterSignIn
from zoho_wizard.core.authorize import parse_callback
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import Connector
from zoho_wizard.core.connection import SavedConnection
from zoho_wizard.core.datacenters import DATA_CENTERS, DEFAULT_DATA_CENTER
from zoho_wizard.core.details import ConnectionDetails, PracticeHint
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.errors import ZohoWizardError
from zoho_wizard.core.serverinfo import ServerInfo
from zoho_wizard.core.setup_file import SetupDraft, save_setup_file
from zoho_wizard.core.store import (
    SECRET_KINDS,
    KeyringSecretStore,
    Profile,
    ProfileStore,
    SecretStore,
    config_dir,
)
from zoho_wizard.core.tokens import TokenSet
from zoho_wizard.core.unattended import SelfClientDetails
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_DEVICE_CLIENT_ID,
    PRACTICE_DEVICE_CLIENT_NAME,
    PRACTICE_DEVICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    PRACTICE_SELF_CLIENT_DC,
    PRACTICE_SELF_CLIENT_ID,
    PRACTICE_SELF_CLIENT_SECRET,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

PRACTICE_SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
DEFAULT_ORGANIZATION_ID = "10234695"


@dataclass(frozen=True)
class PracticeConnection:
    """A connection made by :func:`practice_connection`."""

    profile: Profile
    tokens: TokenSet
    callback_url: str
    organizations: tuple[Organization, ...]


def practice_endpoints(
    sandbox: Sandbox,
    api_url: str | None = None,
    *,
    session: requests.Session | None = None,
    label: str = "Practice sandbox",
) -> Endpoints:
    """Practice mode's endpoints, shaped like Zoho's: the built-in table's data centers at
    the sandbox, and the sandbox's ``/oauth/serverinfo`` for the rest (a data center only
    it lists is learnt the way Zoho's newer ones are: ahead of a sign-in, or when a
    callback names it). Nothing is read from the network here."""
    accounts = {dc.id: sandbox.accounts_url(dc.id) for dc in DATA_CENTERS}
    serverinfo = ServerInfo(
        f"{sandbox.accounts_url(DEFAULT_DATA_CENTER)}/oauth/serverinfo",
        zoho=False,
        session=session,
    )
    return Endpoints(
        MappingProxyType(accounts),
        api_url=api_url,
        label=label,
        practice=True,
        serverinfo=serverinfo,
    )


def practice_connection(
    sandbox: Sandbox,
    profiles: ProfileStore,
    name: str,
    *,
    endpoints: Endpoints | None = None,
    secrets: SecretStore | None = None,
    session: requests.Session | None = None,
    clock: Callable[[], float] = time.time,
    email: str = PRACTICE_EMAIL,
    password: str = PRACTICE_PASSWORD,
    scopes: tuple[str, ...] = PRACTICE_SCOPES,
    organization_id: str = DEFAULT_ORGANIZATION_ID,
    data_center: str = "us",
) -> PracticeConnection:
    """Make (or remake, under the same name) a saved connection to the sandbox.

    Raises:
        ZohoWizardError: whatever the wizard would show at that step.
        StopIteration: the user has no organization ``organization_id``.
    """
    endpoints = endpoints or practice_endpoints(sandbox, session=session)
    details = ConnectionDetails(
        name=name,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        data_center=data_center,
        scopes=scopes,
        redirect_uri=PRACTICE_REDIRECT_URI,
    )
    request = ways_in.new_request(endpoints, details)
    state = flow.details_submitted(flow.WizardState(), details, request)
    with Browser(sandbox) as browser:  # a fresh browser profile for each sign-in
        callback_url = browser.authorize_url(request.url, email=email, password=password)
    callback, caught_at = parse_callback(callback_url), clock()
    # A data center only serverinfo lists is learnt here, as the window does when it did
    # not read the list ahead (while the person signed in).
    server = endpoints.lookup_before_check(request, callback)
    if server is not None:
        endpoints.look_up(server)
    state = flow.callback_caught(
        state,
        callback,
        caught_at,
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    if state.error is not None:
        raise state.error
    connector = Connector(
        endpoints,
        profiles,
        secrets if secrets is not None else KeyringSecretStore(),
        session=session,
        clock=clock,
    )
    state = after_sign_in.finish(
        AfterSignIn(connector), state, choose=lambda _orgs: organization_id
    )
    if state.error is not None:
        raise state.error
    if state.profile is None or state.tokens is None:
        raise StopIteration(organization_id)
    if state.organization is None or state.organization.organization_id != organization_id:
        raise StopIteration(organization_id)
    return PracticeConnection(state.profile, state.tokens, callback_url, state.organizations)


PRACTICE_SET_BY = "Zillum IT (practice)"


def write_practice_setup(folder: Path) -> Path:
    """Write a setup file for the sandbox's practice app into ``folder`` (private: it holds
    the practice app's secret, as a real admin's would), so anyone can try the
    bookkeeper's way in: open it, sign in, done."""
    draft = SetupDraft(
        set_by=PRACTICE_SET_BY,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        data_center=DEFAULT_DATA_CENTER,
        scopes=PRACTICE_SCOPES,
        device_client_id=PRACTICE_DEVICE_CLIENT_ID,
        device_client_secret=PRACTICE_DEVICE_CLIENT_SECRET,
        device_client_name=PRACTICE_DEVICE_CLIENT_NAME,
    )
    return save_setup_file(folder / "Practice setup.zohowizard", draft)


def practice_hint() -> PracticeHint:
    """The practice client and sign-in the built-in sandbox accepts (for the details page's
    "Fill in practice details" button)."""
    return PracticeHint(
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        redirect_uri=PRACTICE_REDIRECT_URI,
        email=PRACTICE_EMAIL,
        password=PRACTICE_PASSWORD,
        device_client_id=PRACTICE_DEVICE_CLIENT_ID,
        device_client_secret=PRACTICE_DEVICE_CLIENT_SECRET,
        device_client_name=PRACTICE_DEVICE_CLIENT_NAME,
    )


# --- practice mode for the window (wired by the entry point, cli.py) -------------------

PRACTICE_SERVICE = "zoho-wizard-practice"


def practice_secrets() -> SecretStore:
    """Practice mode's keys: the real password store, under their own service name."""
    return KeyringSecretStore(PRACTICE_SERVICE)


def forget_practice_connections(profiles: ProfileStore) -> None:
    """Remove what an earlier practice run saved: its sandbox, and so its keys, are gone."""
    try:
        names = list(profiles.load().profiles)
    except ZohoWizardError:
        names = []
    store = practice_secrets()
    for name in names:
        for kind in SECRET_KINDS:
            try:
                store.delete(name, kind)
            except ZohoWizardError:
                break  # no usable password store: nothing of ours can be in it
    profiles.path.unlink(missing_ok=True)


def start_practice(
    api_url: str | None = None,
) -> tuple[Sandbox, Endpoints, PracticeHint, ProfileStore]:
    """Practice mode's pieces: a started sandbox, its endpoints, the practice sign-in and
    the practice connections file (cleared of what an earlier practice run left)."""
    sandbox = Sandbox()
    sandbox.start()
    endpoints = practice_endpoints(sandbox, api_url)
    # The practice setup goes to a private folder of its own under the system's temporary
    # folder (removed again by clean_practice_setup).
    folder = Path(tempfile.mkdtemp(prefix="zoho-wizard-practice-"))
    hint = replace(practice_hint(), setup_file=str(write_practice_setup(folder)))
    # Practice connections never mix with real ones, and live only as long as the
    # sandbox that issued their keys: what an earlier practice run left is cleared.
    profiles = ProfileStore(config_dir() / "practice-connections.json")
    forget_practice_connections(profiles)
    return sandbox, endpoints, hint, profiles


def clean_practice_setup(hint: PracticeHint) -> None:
    """Remove the practice setup file and its folder (when the wizard has not deleted the
    file already)."""
    if not hint.setup_file:
        return
    path = Path(hint.setup_file)
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # not empty, or gone: nothing of ours to remove
        path.parent.rmdir()


# --- practice mode for the command line (``zoho-wizard --demo token|run|serve …``) ------

PRACTICE_CONNECTION_NAME = "Practice"


@contextlib.contextmanager
def practice_session(
    name: str = PRACTICE_CONNECTION_NAME,
    *,
    scopes: tuple[str, ...] = PRACTICE_SCOPES,
    api_url: str | None = None,
) -> Iterator[SavedConnection]:
    """A practice connection named ``name`` for as long as the ``with`` lasts: a sandbox
    is started, the connection is made against it the way the wizard makes one (sign-in,
    exchange, keys in the practice password store, organization), and opened as the
    firm's scripts open a real one. Afterwards the sandbox stops and the practice
    connection is forgotten (its keys die with the sandbox).

    Raises:
        ZohoWizardError: whatever the wizard would show at that step.
    """
    with practice_place(api_url) as place:
        practice_connection(
            place.sandbox,
            place.profiles,
            name,
            endpoints=place.endpoints,
            secrets=place.secrets,
            scopes=scopes,
        )
        yield SavedConnection.open(
            name, profiles=place.profiles, secrets=place.secrets, endpoints=place.endpoints
        )


# --- practice connections for scheduled jobs (``zoho-wizard --demo connect --unattended``)


def practice_self_client() -> SelfClientDetails:
    """The sandbox's practice Self Client, its data center and the practice user's first
    organization: what ``connect --unattended`` offers in practice mode."""
    return SelfClientDetails(
        client_id=PRACTICE_SELF_CLIENT_ID,
        client_secret=PRACTICE_SELF_CLIENT_SECRET,
        organization_id=DEFAULT_ORGANIZATION_ID,
        data_center=PRACTICE_SELF_CLIENT_DC,
    )


@dataclass(frozen=True)
class PracticePlace:
    """Where practice connections are made for the length of a ``with``: a started
    sandbox, its endpoints, the practice connections file and password store."""

    sandbox: Sandbox
    endpoints: Endpoints
    profiles: ProfileStore
    secrets: SecretStore


@contextlib.contextmanager
def practice_place(api_url: str | None = None) -> Iterator[PracticePlace]:
    """A started sandbox and practice mode's connections file and password store; what an
    earlier practice run left is cleared first, and what this one makes is forgotten
    afterwards (its keys die with the sandbox)."""
    sandbox = Sandbox()
    sandbox.start()
    profiles = ProfileStore(config_dir() / "practice-connections.json")
    try:
        forget_practice_connections(profiles)
        yield PracticePlace(
            sandbox, practice_endpoints(sandbox, api_url), profiles, practice_secrets()
        )
    finally:
        forget_practice_connections(profiles)
        sandbox.stop()


@contextlib.contextmanager
def practice_device(
    poll_every: float | None = None, api_url: str | None = None
) -> Iterator[tuple[Endpoints, ProfileStore, SecretStore, PracticeHint]]:
    """Practice mode for ``connect --device``: a started sandbox for as long as the
    ``with`` lasts (its endpoints, the practice connections file, the practice password
    store, and the practice sign-in with its Non-browser client). ``poll_every``: the
    sandbox's interval and 30-second rule, in seconds (tests and demos go faster).
    Afterwards what was connected is forgotten (its keys die with the sandbox)."""
    with practice_place(api_url) as place:
        sandbox = place.sandbox
        if poll_every is not None:
            sandbox.device_interval = sandbox.device_min_interval = max(0.0, poll_every)
            sandbox.device_units = "s"  # (a short interval in ms would read as seconds)
        yield place.endpoints, place.profiles, place.secrets, practice_hint()
