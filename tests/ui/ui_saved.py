"""Saved connections for the start-page tests, made through core against the sandbox.

:func:`make_saved` does what the wizard does after the details page: a real
authorization request, the sandbox's consent (its Accept, without a browser), the
callback checks, the exchange, storing the keys and choosing the organization, all over
real HTTP. The wizard tests then open on the start page with these connections.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlsplit

import keyring

from zoho_wizard.core.authorize import begin_authorization, complete_authorization, parse_callback
from zoho_wizard.core.connect import ConnectionDetails, Connector
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.store import KeyringSecretStore, Profile, ProfileStore
from zoho_wizard.sandbox import (
    PRACTICE_CLIENT_ID,
    PRACTICE_CLIENT_SECRET,
    PRACTICE_EMAIL,
    PRACTICE_REDIRECT_URI,
    Sandbox,
)

DEFAULT_ORG = ("10234695", "Zillum Bookkeeping (practice)")
OTHER_ORG = ("20345786", "Zillum Trading Ltd (practice)")
# Settings to view, invoices to view and change (not the details page's default), e-mail.
SCOPES = (
    "ZohoBooks.settings.READ",
    "ZohoBooks.invoices.READ",
    "ZohoBooks.invoices.CREATE",
    "ZohoBooks.invoices.UPDATE",
    "AaaServer.profile.Read",
)
SERVICE = "zoho-wizard"


def make_saved(
    sb: Sandbox,
    endpoints: Endpoints,
    profiles: ProfileStore,
    name: str,
    *,
    organization_id: str = DEFAULT_ORG[0],
    email: str = PRACTICE_EMAIL,
    scopes: tuple[str, ...] = SCOPES,
) -> Profile:
    """Make a saved connection the way the wizard does (keys in the test keyring)."""
    details = ConnectionDetails(
        name=name,
        client_id=PRACTICE_CLIENT_ID,
        client_secret=PRACTICE_CLIENT_SECRET,
        data_center="us",
        scopes=scopes,
        redirect_uri=PRACTICE_REDIRECT_URI,
    )
    request = begin_authorization(
        accounts_url=endpoints.accounts_url("us"),
        client_id=details.client_id,
        redirect_uri=details.redirect_uri,
        scopes=details.scopes,
    )
    # The sandbox's consent: what pressing Accept on its page issues.
    query = dict(parse_qsl(urlsplit(request.url).query))
    code = sb.issue_code("us", email, sb.parse_auth_request(query))
    callback = f"{details.redirect_uri}?" + urlencode(
        {
            "state": request.state,
            "code": code,
            "location": "us",
            "accounts-server": sb.accounts_url("us"),
        }
    )
    verified = complete_authorization(
        request,
        parse_callback(callback),
        allowed_accounts_servers=endpoints.allowed_accounts_servers(),
    )
    connector = Connector(endpoints, profiles, KeyringSecretStore())
    tokens = connector.exchange(details, request, verified, time.time() + 60)
    profile = connector.store(details, verified, tokens)
    orgs = connector.organizations(profile, tokens)
    chosen = next(o for o in orgs if o.organization_id == organization_id)
    return connector.choose_organization(profile, chosen, connector.user_email(profile, tokens))


def secret(name: str, kind: str) -> str | None:
    """A secret of a saved connection, straight from the (test) keyring."""
    return keyring.get_password(SERVICE, f"{name}/{kind}")


def revoke_at_zoho(sb: Sandbox, name: str) -> str:
    """Revoke a connection's refresh token at the sandbox, as if done in Zoho's settings."""
    token = secret(name, "refresh_token")
    assert token
    answer = sb.revoke("us", token)
    assert answer.status == 200
    return token


def age_cached_token(name: str) -> None:
    """Make the cached access token old, so the next check really refreshes at Zoho.

    (Moving the wizard's clock instead would also trip the clock-skew check.)
    """
    cached = CachedToken.parse(secret(name, "access_token"))
    assert cached is not None
    keyring.set_password(
        SERVICE, f"{name}/access_token", CachedToken(cached.access_token, 0.0, 0.0).dump()
    )
