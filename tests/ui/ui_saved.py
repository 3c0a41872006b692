"""Saved connections for the start-page tests, made as the wizard makes them, over real
HTTP to the sandbox (:func:`zoho_wizard.practice.practice_connection`). The wizard tests
then open on the start page with these connections.
"""

from __future__ import annotations

import keyring

from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.store import Profile, ProfileStore
from zoho_wizard.practice import practice_connection
from zoho_wizard.sandbox import (
    PRACTICE_EMAIL,
    PRACTICE_PASSWORD,
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
    password: str = PRACTICE_PASSWORD,
    scopes: tuple[str, ...] = SCOPES,
) -> Profile:
    """Make a saved connection the way the wizard does (keys in the test keyring)."""
    made = practice_connection(
        sb,
        profiles,
        name,
        endpoints=endpoints,
        email=email,
        password=password,
        scopes=scopes,
        organization_id=organization_id,
    )
    return made.profile


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
