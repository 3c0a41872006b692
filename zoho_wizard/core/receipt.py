"""The connection receipt: one page for the practice's records, with no secret on it.

This module decides what the receipt says; ``zoho_wizard.ui.receipt`` lays it out as a
PDF. Keeping the words here lets the CLI, the done page and the tests share them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from zoho_wizard.core import scopes
from zoho_wizard.core.datacenters import by_id
from zoho_wizard.core.grant import Grant, proven_by_connecting
from zoho_wizard.core.store import Profile


@dataclass(frozen=True)
class Receipt:
    """The receipt's content.

    Attributes:
        title: The heading.
        rows: (label, value) pairs in reading order.
        access: Plain-language lines for what was granted (or, when Zoho did not say,
            what was asked for).
        disconnect: How to end the connection, as numbered steps.
        issued: When the receipt was made (local time, human readable).
        access_note: Said under the access lines when Zoho did not report its grant:
            which of them connecting confirmed ("" when Zoho reported it).
    """

    title: str
    rows: tuple[tuple[str, str], ...]
    access: tuple[str, ...]
    disconnect: tuple[str, ...]
    issued: str
    access_note: str = ""


def _when(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso or "unknown"
    return moment.strftime("%d %B %Y, %H:%M (UTC%z)").lstrip("0")


def _access(profile: Profile) -> tuple[tuple[str, ...], str]:
    """The access lines and the note under them (the grant, or the request and a note)."""
    grant = Grant.of(profile)
    if grant.granted is not None:
        return tuple(scopes.describe(grant.granted)), ""
    confirmed = scopes.describe(grant.confirmed(proven_by_connecting(profile)))
    note = "Zoho did not report which of these it granted; this is what the connection asked for."
    if confirmed:
        note += f" Confirmed while connecting: {'; '.join(confirmed)}."
    return tuple(scopes.describe(grant.requested)), note


def build_receipt(
    profile: Profile,
    secrets_place: str,
    *,
    now: dt.datetime | None = None,
    program: str = "Zoho Wizard",
) -> Receipt:
    """What the receipt for ``profile`` says.

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
    org = profile.organization_name or "(not chosen)"
    if profile.organization_id:
        org = f"{org} (organization ID {profile.organization_id})"
    rows = (
        ("Connection", profile.name),
        ("Zoho Books organization", org),
        ("Connected by", profile.user_email or "the Zoho user who signed in (e-mail not shared)"),
        ("Connected on", _when(profile.connected_at)),
        ("Data center", dc_label),
        ("Zoho client ID", profile.client_id),
        ("Where the keys are kept", secrets_place),
    )
    access, note = _access(profile)
    disconnect = (
        f"Open {program}, select “{profile.name}” and click Disconnect. From a command "
        f'prompt: zoho-wizard disconnect "{profile.name}"',
        "This revokes the access at Zoho and deletes the keys from this computer.",
        "Zoho also lists the connection under Zoho Accounts → Sessions → Connected Apps, "
        "where it can be revoked too.",
    )
    stamp = (now or dt.datetime.now().astimezone()).strftime("%d %B %Y, %H:%M").lstrip("0")
    return Receipt(
        title="Zoho Books connection receipt",
        rows=rows,
        access=access,
        disconnect=disconnect,
        issued=stamp,
        access_note=note,
    )


def default_receipt_path(name: str) -> Path:
    """``Documents/Zoho connection receipt - NAME.pdf`` (a name safe on every system).

    The CLI's ``receipt`` command and the start page's Save receipt both suggest it.
    """
    safe = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip()
    folder = Path(platformdirs.user_documents_dir())
    return folder / f"Zoho connection receipt - {safe or 'connection'}.pdf"
