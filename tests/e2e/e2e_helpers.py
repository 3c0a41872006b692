"""Helpers for the end-to-end tests: a movable clock and a real connection without Qt.

:func:`connect` does what the wizard does after the details page, against a running
sandbox over real HTTP: the authorization request, the sign-in in a scripted browser,
the callback checks, the code exchange, storing the secrets and the profile, and
choosing the organization.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from zoho_wizard.core import books
from zoho_wizard.core.authorize import (
    begin_authorization,
    complete_authorization,
    parse_callback,
)
from zoho_wizard.core.connect import ConnectionDetails, Connector
from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.endpoints import Endpoints, custom_endpoints
from zoho_wizard.core.store import KeyringSecretStore, Profile, ProfileStore, SecretStore
from zoho_wizard.core.tokens import TokenSet
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)
from zoho_wizard.sandbox.driver import Browser

SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
DEFAULT_ORG_ID = "10234695"
SECOND_ORG_ID = "20345786"


class FakeClock:
    """Real time at the start, then it moves only when told to."""

    def __init__(self, now: float | None = None) -> None:
        self.now = time.time() if now is None else now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(frozen=True)
class Connected:
    """A connection made by :func:`connect`."""

    profile: Profile
    tokens: TokenSet
    callback_url: str
    organizations: tuple[books.Organization, ...]


def practice_endpoints(sb: Sandbox, session: requests.Session) -> Endpoints:
    """The sandbox's accounts servers, as practice mode reads them."""
    return custom_endpoints(sb.accounts_url("us"), practice=True, session=session)


def connect(
    sb: Sandbox,
    profiles: ProfileStore,
    *,
    name: str = "Acme Ltd",
    session: requests.Session,
    clock: FakeClock | None = None,
    secrets: SecretStore | None = None,
    email: str = PRACTICE_EMAIL,
    password: str = PRACTICE_PASSWORD,
    scopes: tuple[str, ...] = SCOPES,
    organization_id: str = DEFAULT_ORG_ID,
    dc: str = "us",
) -> Connected:
    """Make (or remake) a saved connection the way the wizard does, over real HTTP."""
    now = clock or time.time
    endpoints = practice_endpoints(sb, session)
    details = ConnectionDetails(
        name=name,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        data_center=dc,
        scopes=scopes,
        redirect_uri=PRACTICE_REDIRECT_URI,
    )
    request = begin_authorization(
        accounts_url=endpoints.accounts_url(dc),
        client_id=details.client_id,
        redirect_uri=details.redirect_uri,
        scopes=details.scopes,
    )
    with Browser(sb) as browser:  # a fresh browser profile for each sign-in
        callback_url = browser.authorize_url(request.url, email=email, password=password)
    verified = complete_authorization(
        request,
        parse_callback(callback_url),
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    connector = Connector(
        endpoints,
        profiles,
        secrets if secrets is not None else KeyringSecretStore(),
        session=session,
        clock=now,
    )
    tokens = connector.exchange(details, request, verified, deadline=now() + 60)
    profile = connector.store(details, verified, tokens)
    orgs = connector.organizations(profile, tokens)
    chosen = next(o for o in orgs if o.organization_id == organization_id)
    profile = connector.choose_organization(profile, chosen, connector.user_email(profile, tokens))
    return Connected(profile, tokens, callback_url, tuple(orgs))


def open_saved(
    name: str,
    profiles: ProfileStore,
    *,
    session: requests.Session,
    clock: FakeClock | None = None,
    secrets: SecretStore | None = None,
) -> SavedConnection:
    """Open a saved connection the way a script does, with an injected clock."""
    return SavedConnection.open(
        name,
        profiles=profiles,
        secrets=secrets if secrets is not None else KeyringSecretStore(),
        session=session,
        clock=clock or time.time,
    )


def token_grants(sb: Sandbox, grant_type: str = "refresh_token") -> list[dict[str, str]]:
    """The form bodies of the token requests of one grant type the sandbox received."""
    return [
        {**r.query, **r.form}
        for r in sb.requests_for("token")
        if {**r.query, **r.form}.get("grant_type") == grant_type
    ]


def expire_cached_token(secrets: SecretStore, name: str, at: float) -> CachedToken:
    """Rewrite the cached access token so it expired at ``at``; returns the old cache."""
    old = CachedToken.parse(secrets.get(name, "access_token"))
    assert old is not None
    secrets.set(name, "access_token", CachedToken(old.access_token, at, old.refreshed_at).dump())
    return old
