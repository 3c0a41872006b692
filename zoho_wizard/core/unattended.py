"""Connections for scheduled jobs: a Self Client's ID and secret, and one organization.

A nightly export on the firm's file server should not hold a staff member's refresh
token. Zoho's Self Client (one per Zoho account, made in the API console) can get access
tokens with the client-credentials grant (``grant_type=client_credentials``, ``scope``,
``soid=ZohoBooks.<organization_id>``; reference §6 and §13): no person signs in, and no
refresh token is issued. Such a connection is saved like any other (the settings in the
connections file with ``kind = "unattended"``, the Self Client's secret and the cached
access token in the password store), and :class:`~zoho_wizard.core.connection.
SavedConnection` gets its access tokens with the grant, cached until shortly before they
expire, under the same cross-process lock as a refresh.

:func:`connect_unattended` makes one: it checks the details, gets a token at the
accounts server of the data center whose console made the Self Client, reads the
organization (so a wrong ID is found now, not in the first night's job), and saves.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from zoho_wizard.core import access, books, errors, scopes, self_client, validation
from zoho_wizard.core.connect import now_iso
from zoho_wizard.core.connection import CachedToken
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.endpoints import Endpoints
from zoho_wizard.core.http import make_session
from zoho_wizard.core.logs import register_secrets
from zoho_wizard.core.organization_rules import ORGANIZATION_PLACEHOLDER
from zoho_wizard.core.product import BOOKS, Organization, Product
from zoho_wizard.core.store import (
    UNATTENDED,
    MemorySecretStore,
    Profile,
    ProfileStore,
    SecretStore,
)
from zoho_wizard.core.tokens import TokenClient

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

__all__ = [
    "SelfClientDetails",
    "UnattendedConnection",
    "connect_unattended",
    "default_scopes",
    "detail_problems",
]


def default_scopes(product: Product = BOOKS) -> tuple[str, ...]:
    """What a connection for scheduled jobs asks for unless told otherwise: the wizard's
    default access to the product (view only), without the person's profile (nobody
    signs in)."""
    return tuple(s for s in access.default_scopes() if s.startswith(product.scope_prefix))


@dataclass(frozen=True)
class SelfClientDetails:
    """What a connection for scheduled jobs is made from.

    Attributes:
        client_id: The Self Client's ID (API console → Self Client → Client Secret tab).
        client_secret: Its secret.
        organization_id: The organization the jobs work on.
        data_center: Where the Self Client was made (its console's data center).
        scopes: The access asked for.
        name: The connection's name; "" names it after the organization, and
            ``{organization}`` in it (a setup file's pattern) is the organization's name.
    """

    client_id: str
    client_secret: str = field(repr=False)
    organization_id: str
    data_center: str = "us"
    scopes: tuple[str, ...] = field(default_factory=default_scopes)
    name: str = ""


def _reworded(problem: str | None) -> str | None:
    """The details page's words for the app's ID and secret, said of a Self Client."""
    if problem is None:
        return None
    return (
        problem.replace("App ID (Zoho calls it the client ID)", "Self Client's ID")
        .replace("App secret (Zoho calls it the client secret)", "Self Client's secret")
        .replace("an App ID", "a Self Client ID")
        .replace("App ID", "Self Client ID")
        .replace("an App secret", "a Self Client secret")
        .replace("App secret", "Self Client secret")
    )


def detail_problems(
    details: SelfClientDetails, endpoints: Endpoints, product: Product = BOOKS
) -> dict[str, str]:
    """What must change before the details can be tried, by field name (empty: none)."""
    checks = {
        "client_id": _reworded(validation.check_client_id(details.client_id)),
        "client_secret": _reworded(validation.check_client_secret(details.client_secret)),
        "name": (
            validation.check_name(details.name.replace(ORGANIZATION_PLACEHOLDER, "Example"))
            if details.name
            else None
        ),
    }
    problems = {key: problem for key, problem in checks.items() if problem}
    org = details.organization_id.strip()
    if not org:
        problems["organization_id"] = (
            "Enter the organization ID (Zoho Books → Settings → Organization Profile)."
        )
    elif not org.isdigit():
        problems["organization_id"] = (
            f"“{org}” is not an organization ID: IDs are digits only, like 10234695."
        )
    known = {dc.id for dc in DATA_CENTERS} | set(endpoints.accounts) | set(endpoints.learned())
    if details.data_center not in known:
        problems["data_center"] = (
            f"“{details.data_center}” is not a data center: use one of "
            + ", ".join(sorted(known))
            + "."
        )
    if not details.scopes:
        problems["scopes"] = "Choose what the connection may see or change."
    elif missing := scopes.covers(details.scopes, product.required_scopes):
        problems["scopes"] = (
            f"The access must include {', '.join(missing)}: reading the organization needs it."
        )
    return problems


@dataclass(frozen=True)
class UnattendedConnection:
    """A connection for scheduled jobs, made and saved.

    Attributes:
        profile: Its saved settings.
        organization: The organization, as Zoho Books described it.
    """

    profile: Profile
    organization: Organization


def _read_organization(
    session: requests.Session,
    api_domain: str,
    token: str,
    organization_id: str,
    product: Product,
) -> Organization:
    """The organization, read with the new token: a wrong ID is found now.

    Raises:
        SelfClientOrganizationError: the organization is out of the Self Client's reach.
    """
    try:
        return books.get_organization(session, api_domain, token, organization_id, product)
    except errors.BooksError as exc:
        if exc.status == 404 or exc.code in books.ORGANIZATION_GONE_CODES:
            raise self_client.SelfClientOrganizationError() from None
        raise


def _name_for(
    details: SelfClientDetails, organization: Organization, profiles: ProfileStore
) -> str:
    """The connection's name; an existing connection for scheduled jobs of that name is
    replaced (the way to enter a new secret), one a person signed in to never is.

    Raises:
        ZohoWizardError: the name belongs to a signed-in connection.
    """
    pattern = validation.clean(details.name) or ORGANIZATION_PLACEHOLDER
    name = pattern.replace(ORGANIZATION_PLACEHOLDER, organization.name)
    try:
        existing = profiles.get(name)
    except errors.ConnectionNotFoundError:
        return name
    if existing.unattended:
        return name
    raise errors.ZohoWizardError(
        f"A connection called “{name}” already exists, made by signing in to Zoho.",
        "Choose another name with --name, or disconnect that connection first.",
        action=errors.Action.NONE,
    )


def connect_unattended(
    details: SelfClientDetails,
    *,
    endpoints: Endpoints,
    profiles: ProfileStore,
    secrets: SecretStore,
    session: requests.Session | None = None,
    clock: Callable[[], float] = time.time,
    product: Product = BOOKS,
) -> UnattendedConnection:
    """Check a Self Client's details against Zoho and save the connection.

    Gets an access token with the client-credentials grant at the accounts server of the
    Self Client's data center, reads the organization with it, then saves the secret and
    the token in the password store and the settings in the connections file.

    Raises:
        ZohoWizardError: a detail is wrong (``BACK_TO_DETAILS``), or the name belongs
            to a signed-in connection.
        SelfClientRefusedError, SelfClientScopeError, SelfClientOrganizationError: what
            Zoho refused, in plain words with the fix.
        NetworkError, ServerError, ThrottledError: Zoho could not be asked now.
        KeyringUnavailableError: the password store could not be written.
    """
    problems = detail_problems(details, endpoints, product)
    if problems:
        raise errors.ZohoWizardError(
            " ".join(problems.values()),
            "Correct it, then try again.",
            action=errors.Action.BACK_TO_DETAILS,
        )
    register_secrets(details.client_secret)
    org_id = details.organization_id.strip()
    accounts_server = endpoints.accounts_url(details.data_center)
    with contextlib.ExitStack() as stack:
        if session is None:
            session = stack.enter_context(make_session())
        tokens = self_client.grant(
            TokenClient(session, clock=clock),
            accounts_server=accounts_server,
            client_id=validation.clean(details.client_id),
            client_secret=validation.clean(details.client_secret),
            scopes=details.scopes,
            soid=product.soid(org_id),
        )
        register_secrets(tokens.access_token)
        api_domain = endpoints.api_domain_for(
            tokens.api_domain, details.data_center, accounts_server
        )
        organization = _read_organization(
            session, endpoints.api_domain_in_use(api_domain), tokens.access_token, org_id, product
        )
    profile = _profile(details, _name_for(details, organization, profiles), organization, secrets)
    when = now_iso(clock)
    profile = replace(
        profile,
        accounts_server=accounts_server,
        api_domain=api_domain,
        granted_scopes=tokens.scopes,
        connected_at=when,
        checked_at=when,
    )
    secret = validation.clean(details.client_secret)
    _save(profile, secret, tokens.access_token, tokens.expires_at, clock(), profiles, secrets)
    log.info("saved a connection for scheduled jobs")
    return UnattendedConnection(profile, organization)


def _profile(
    details: SelfClientDetails, name: str, organization: Organization, secrets: SecretStore
) -> Profile:
    """The settings saved for a connection for scheduled jobs (servers and times are
    filled in by the caller)."""
    return Profile(
        name=name,
        kind=UNATTENDED,
        client_id=validation.clean(details.client_id),
        data_center=details.data_center,
        home_data_center=details.data_center,
        accounts_server="",
        api_domain="",
        scopes=details.scopes,
        organization_id=organization.organization_id,
        organization_name=organization.name,
        currency_code=organization.currency_code,
        secret_store="session" if isinstance(secrets, MemorySecretStore) else "keyring",
        health="ok",
    )


def _save(
    profile: Profile,
    client_secret: str,
    access_token: str,
    expires_at: float,
    now: float,
    profiles: ProfileStore,
    secrets: SecretStore,
) -> None:
    """The secret and the token first, then the settings; on a failure what was there
    before is put back (nothing half-written is left)."""
    name = profile.name
    before = {kind: secrets.get(name, kind) for kind in ("client_secret", "access_token")}
    written: list[str] = []
    try:
        secrets.set(name, "client_secret", client_secret)
        written.append("client_secret")
        secrets.set(name, "access_token", CachedToken(access_token, expires_at, now).dump())
        written.append("access_token")
        secrets.delete(name, "refresh_token")  # nothing of an earlier kind lingers
        profiles.save(profile)
    except Exception:
        for kind in reversed(written):
            with contextlib.suppress(errors.ZohoWizardError):
                old = before[kind]
                if old is None:
                    secrets.delete(name, kind)
                else:
                    secrets.set(name, kind, old)
        raise
