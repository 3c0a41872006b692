"""Helpers for the end-to-end tests: a movable clock and a real connection without Qt.

:func:`connect` does what the wizard does after the details page, against a running
sandbox over real HTTP: the authorization request, the sign-in in a scripted browser,
the callback checks, the code exchange, storing the secrets and the profile, and
choosing the organization.
"""

from __future__ import annotations

import time

import requests

from zoho_wizard.core.connection import CachedToken, SavedConnection
from zoho_wizard.core.endpoints import Endpoints, custom_endpoints
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore, SecretStore
from zoho_wizard.practice import PracticeConnection, practice_connection
from zoho_wizard.sandbox import (
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
    Sandbox,
)

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


Connected = PracticeConnection  # what connect() returns


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
    return practice_connection(
        sb,
        profiles,
        name,
        endpoints=practice_endpoints(sb, session),
        secrets=secrets,
        session=session,
        clock=clock or time.time,
        email=email,
        password=password,
        scopes=scopes,
        organization_id=organization_id,
        data_center=dc,
    )


def open_saved(
    name: str,
    profiles: ProfileStore,
    *,
    session: requests.Session,
    clock: FakeClock | None = None,
    secrets: SecretStore | None = None,
    endpoints: Endpoints | None = None,
) -> SavedConnection:
    """Open a saved connection the way a script does, with an injected clock (and the
    overrides given now, when ``endpoints`` says so)."""
    return SavedConnection.open(
        name,
        profiles=profiles,
        secrets=secrets if secrets is not None else KeyringSecretStore(),
        session=session,
        clock=clock or time.time,
        endpoints=endpoints,
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
