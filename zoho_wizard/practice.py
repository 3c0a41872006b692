"""Practice connections made without the window, against the sandbox, over real HTTP.

:func:`practice_connection` does what the wizard does after its details page: the
authorization request, the sign-in and Accept in the sandbox's pages (driven by the
scripted browser), the callback checks, the exchange at the accounts server the callback
named, storing the keys and the settings, and choosing the organization. Screenshots,
tests and demos use it to start from saved connections.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import requests

from zoho_wizard.core.authorize import begin_authorization, complete_authorization, parse_callback
from zoho_wizard.core.books import Organization
from zoho_wizard.core.connect import ConnectionDetails, Connector
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

PRACTICE_SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", "AaaServer.profile.Read")
DEFAULT_ORGANIZATION_ID = "10234695"


@dataclass(frozen=True)
class PracticeConnection:
    """A connection made by :func:`practice_connection`."""

    profile: Profile
    tokens: TokenSet
    callback_url: str
    organizations: tuple[Organization, ...]


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
    endpoints = endpoints or custom_endpoints(
        sandbox.accounts_url("us"), practice=True, session=session
    )
    details = ConnectionDetails(
        name=name,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        data_center=data_center,
        scopes=scopes,
        redirect_uri=PRACTICE_REDIRECT_URI,
    )
    request = begin_authorization(
        accounts_url=endpoints.accounts_url(data_center),
        client_id=details.client_id,
        redirect_uri=details.redirect_uri,
        scopes=details.scopes,
    )
    with Browser(sandbox) as browser:  # a fresh browser profile for each sign-in
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
        clock=clock,
    )
    tokens = connector.exchange(details, request, verified, deadline=clock() + 60)
    profile = connector.store(details, verified, tokens)
    orgs = connector.organizations(profile, tokens)
    chosen = next(o for o in orgs if o.organization_id == organization_id)
    profile = connector.choose_organization(profile, chosen, connector.user_email(profile, tokens))
    return PracticeConnection(profile, tokens, callback_url, tuple(orgs))
