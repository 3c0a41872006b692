"""The saved connections as values: the list's entries, their status, and the details a
reconnect (or a new connection) starts from.

The start page (``zoho_wizard.ui.connections``) puts these into words and pictures; what
is listed, in which order, how each entry is doing and what a reconnect fills in is
decided here, without Qt.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zoho_wizard.core import access, errors
from zoho_wizard.core.authorize import DEFAULT_REDIRECT_URI
from zoho_wizard.core.datacenters import DEFAULT_DATA_CENTER, by_id
from zoho_wizard.core.details import ConnectionDetails
from zoho_wizard.core.organization_rules import ORGANIZATION_PLACEHOLDER
from zoho_wizard.core.store import Profile, ProfileStore, SecretStore

__all__ = [
    "SavedEntries",
    "SavedStatus",
    "blank_details",
    "details_from_profile",
    "new_connection_name",
    "read_client_secret",
    "read_saved",
    "salvaged_details",
    "set_aside",
    "status_of",
]

# --- the list -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedEntries:
    """What the connections file holds, in the order the start page lists it.

    Attributes:
        profiles: The readable connections, sorted by name (case ignored).
        broken: ``(name, what is wrong)`` of each damaged entry, sorted by name.
        problem: Why the whole file can't be read ("" when it could).
    """

    profiles: tuple[Profile, ...] = ()
    broken: tuple[tuple[str, str], ...] = ()
    problem: str = ""


def read_saved(profiles: ProfileStore) -> SavedEntries:
    """Read the connections file for the list (a damaged file is an answer, not an error)."""
    try:
        loaded = profiles.load()
    except errors.ProfileCorruptError as exc:
        return SavedEntries(problem=exc.detail or exc.message)
    return SavedEntries(
        profiles=tuple(sorted(loaded.profiles.values(), key=lambda p: p.name.lower())),
        broken=tuple(sorted(loaded.broken.items(), key=lambda item: item[0].lower())),
    )


class SavedStatus(enum.Enum):
    """How a saved connection is doing, as its profile records it (nothing is run)."""

    WORKING = "working"  # the last check passed
    NEEDS_ATTENTION = "attention"  # the last check found a problem
    NOT_CHECKED = "unchecked"  # never checked (or the result is unknown)
    SESSION_ENDED = "session_ended"  # its keys were kept for one session and are gone
    DAMAGED = "damaged"  # its settings can't be read

    @property
    def needs_reconnect(self) -> bool:
        """Reconnecting is the way forward (checking again cannot help)."""
        return self in (SavedStatus.SESSION_ENDED, SavedStatus.DAMAGED)


def status_of(profile: Profile | None) -> SavedStatus:
    """The status of a saved profile (None: a damaged entry)."""
    if profile is None:
        return SavedStatus.DAMAGED
    if profile.secret_store == "session":
        return SavedStatus.SESSION_ENDED
    if profile.health == "ok":
        return SavedStatus.WORKING
    if profile.health == "attention":
        return SavedStatus.NEEDS_ATTENTION
    return SavedStatus.NOT_CHECKED


def set_aside(path: Path, now: float) -> Path:
    """Rename an unreadable connections file (``NAME.damaged-STAMP.json``); the new path.

    Nothing is deleted: the person's IT can still look at it. The keys stay in the
    password store, and connecting again under the same names replaces them.

    Raises:
        OSError: the file could not be renamed.
    """
    stamp = dt.datetime.fromtimestamp(now).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    path.rename(aside)
    return aside


# --- reconnecting ---------------------------------------------------------------------------


def details_from_profile(profile: Profile, client_secret: str) -> ConnectionDetails:
    """Every setting of a saved connection, for the details page on a reconnect.

    The details' data center is the app's home (where its sign-in starts), which is not
    always where the person's account turned out to be (``profile.data_center``).
    """
    return ConnectionDetails(
        name=profile.name,
        client_id=profile.client_id,
        client_secret=client_secret,
        data_center=profile.home_data_center or profile.data_center,
        scopes=profile.scopes,
        redirect_uri=profile.redirect_uri or DEFAULT_REDIRECT_URI,
        use_pkce=profile.use_pkce,
    )


def _entry(path: Path, name: str) -> dict[str, Any]:
    """The raw JSON of one entry of the connections file ({} when unreadable)."""
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))["connections"][name]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return entry if isinstance(entry, dict) else {}


def salvaged_details(path: Path, name: str, client_secret: str) -> ConnectionDetails:
    """What can still be read of a damaged entry; defaults fill the rest.

    The person checks and completes these on the details page; nothing here is trusted
    beyond being text of the right shape.
    """
    entry = _entry(path, name)

    def text(key: str, default: str) -> str:
        value = entry.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else default

    raw_scopes = entry.get("scopes")
    scopes = (
        tuple(raw_scopes)
        if isinstance(raw_scopes, list)
        and raw_scopes
        and all(isinstance(s, str) for s in raw_scopes)
        else access.default_scopes()
    )
    data_center = text("home_data_center", "") or text("data_center", DEFAULT_DATA_CENTER)
    try:
        by_id(data_center)
    except KeyError:
        data_center = DEFAULT_DATA_CENTER
    return ConnectionDetails(
        name=name,
        client_id=text("client_id", ""),
        client_secret=client_secret,
        data_center=data_center,
        scopes=scopes,
        redirect_uri=text("redirect_uri", DEFAULT_REDIRECT_URI),
        use_pkce=entry.get("use_pkce") is True,
    )


def new_connection_name(pattern: str | None, taken: frozenset[str]) -> str:
    """The name a new connection is saved under until its organization is known.

    Nobody is asked for a name before signing in: a new connection is named after its
    organization (``{organization}``, completed once it is chosen, and renamable on the
    last page), or after the firm's pattern (``Books – {organization}``) or fixed name.
    A name in use gets a number, so an unfinished one never blocks the page.
    """
    return access.free_name(pattern or ORGANIZATION_PLACEHOLDER, taken)


def blank_details(taken: frozenset[str]) -> ConnectionDetails:
    """A new connection's details as the details page starts them, under a free name.

    Used when a reconnect's values are still in the form: a new connection must not
    inherit another connection's name or secret.
    """
    return ConnectionDetails(
        name=new_connection_name(None, taken),
        client_id="",
        client_secret="",
        data_center=DEFAULT_DATA_CENTER,
        scopes=access.default_scopes(),
        redirect_uri=DEFAULT_REDIRECT_URI,
    )


def read_client_secret(secrets: SecretStore, name: str) -> str:
    """The saved client secret, or "" when it is missing or the store can't be read."""
    try:
        return secrets.get(name, "client_secret") or ""
    except errors.ZohoWizardError:
        return ""
