"""The connection receipt: one page for the practice's records, with no secret on it.

This module decides what the receipt records, as facts; ``zoho_wizard.ui.receipt`` words
them (every sentence translatable, like the rest of the window) and lays them out as a
PDF. The CLI, the done page and the saved connections share both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.endpoints import not_zoho_hosts
from zoho_wizard.core.grant import Grant, proven_by_connecting
from zoho_wizard.core.store import Profile


@dataclass(frozen=True)
class Receipt:
    """What the receipt records.

    Attributes:
        connection: The connection's name (the one the firm's tools use).
        organization_name: The Zoho Books organization ("" when none was chosen).
        organization_id: Its ID ("" when none was chosen).
        user_email: Who connected ("" when Zoho did not share it).
        connected_at: When, as saved (ISO 8601).
        data_center: The data center's label (a fixed text of core's), or its ID when the
            table does not know it.
        client_id: The app's ID (Zoho calls it the client ID).
        secrets_place: Where the keys are kept (the password store's own words).
        access: The scopes Zoho granted; when Zoho did not report its grant, the scopes
            the connection asked for.
        access_reported: True when Zoho reported what it granted.
        confirmed: When Zoho did not report its grant: the scopes connecting proved.
        issued: When the receipt was made (local time).
        program: The program's name, for the disconnect instructions.
        not_zoho: The hosts its keys go to that are not Zoho's (empty for Zoho).
        unattended: A connection for scheduled jobs (a Self Client; no one signed in and
            nothing to revoke at Zoho).
    """

    connection: str
    organization_name: str
    organization_id: str
    user_email: str
    connected_at: str
    data_center: str
    client_id: str
    secrets_place: str
    access: tuple[str, ...]
    access_reported: bool
    confirmed: tuple[str, ...]
    issued: dt.datetime
    program: str = "Zoho Wizard"
    not_zoho: tuple[str, ...] = ()
    unattended: bool = False


def build_receipt(
    profile: Profile,
    secrets_place: str,
    *,
    now: dt.datetime | None = None,
    program: str = "Zoho Wizard",
) -> Receipt:
    """What the receipt for ``profile`` records.

    Args:
        profile: The saved connection.
        secrets_place: Where its secrets are kept (``SecretStore.describe``).
        now: When the receipt is made (for tests).
        program: The program's name, for the disconnect instructions.
    """
    try:
        dc_label = by_id(profile.data_center).label
    except KeyError:
        dc_label = profile.data_center
    grant = Grant.of(profile)
    reported = grant.granted is not None
    return Receipt(
        connection=profile.name,
        organization_name=profile.organization_name,
        organization_id=profile.organization_id,
        user_email=profile.user_email,
        connected_at=profile.connected_at,
        data_center=dc_label,
        client_id=profile.client_id,
        secrets_place=secrets_place,
        access=tuple(grant.granted if grant.granted is not None else grant.requested),
        access_reported=reported,
        confirmed=() if reported else tuple(grant.confirmed(proven_by_connecting(profile))),
        issued=now or dt.datetime.now().astimezone(),
        program=program,
        not_zoho=not_zoho_hosts(profile.accounts_server, profile.api_domain),
        unattended=profile.unattended,
    )


def default_receipt_path(name: str) -> Path:
    """``Documents/Zoho connection receipt - NAME.pdf`` (a name safe on every system).

    The CLI's ``receipt`` command and the start page's Save receipt both suggest it.
    """
    safe = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip()
    folder = Path(platformdirs.user_documents_dir())
    return folder / f"Zoho connection receipt - {safe or 'connection'}.pdf"
