"""What a connection may see or change, in the details page's terms, and its defaults.

The page asks for whole access levels per Books module ("View only", "View and change"…),
"Full access to everything" and "Show who signed in"; Zoho wants scopes. This module is
the one mapping between the two, both ways, so the page, a firm's preset and a saved
connection's Reconnect all agree on what a list of scopes means.
"""

from __future__ import annotations

from dataclasses import dataclass

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.details import USERINFO_SCOPE

DEFAULT_NAME = "Zoho Books"
# Sensible defaults: read the organization (required), customers and invoices.
DEFAULT_ACCESS: dict[str, str] = {"settings": "read", "contacts": "read", "invoices": "read"}


def free_name(base: str, taken: frozenset[str]) -> str:
    """``base``, or ``base 2``, ``base 3``… whichever is not taken yet."""
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


@dataclass(frozen=True)
class AccessChoices:
    """The details page's access controls that ask for exactly a given scope list.

    Attributes:
        full: "Full access to everything" is ticked.
        levels: ``{module key: access level key}`` for every module.
        show_email: "Show who signed in" is ticked.
    """

    full: bool
    levels: dict[str, str]
    show_email: bool


def default_choices() -> AccessChoices:
    """What a new connection asks for: :data:`DEFAULT_ACCESS`, and who signed in."""
    levels = {m.key: DEFAULT_ACCESS.get(m.key, "none") for m in scope_catalog.MODULES}
    return AccessChoices(False, levels, True)


def scopes_for(choices: AccessChoices) -> tuple[str, ...]:
    """The scopes Zoho is asked for, in the catalog's order, without duplicates."""
    wanted: tuple[str, ...]
    if choices.full:
        wanted = (scope_catalog.FULL_ACCESS,)
    else:
        wanted = scope_catalog.build_scopes(choices.levels)
    if choices.show_email:
        wanted += (USERINFO_SCOPE,)
    return scope_catalog.dedupe(wanted)


def default_scopes() -> tuple[str, ...]:
    """The scopes of :func:`default_choices`."""
    return scopes_for(default_choices())


def _expanded(scopes: tuple[str, ...]) -> set[str]:
    """Normalised scopes, with a module's ``.ALL`` spelled out as its four operations."""
    out: set[str] = set()
    for scope in scopes:
        key = scope_catalog.normalise(scope)
        parts = key.split(".")
        if (
            len(parts) == 3
            and parts[0] == "zohobooks"
            and parts[2] == "all"
            and parts[1] != "fullaccess"
        ):
            out |= {f"zohobooks.{parts[1]}.{op.lower()}" for op in scope_catalog.OPERATIONS}
        elif key:
            out.add(key)
    return out


def _module_levels(wanted: set[str]) -> dict[str, str] | None:
    levels: dict[str, str] = {}
    for module in scope_catalog.MODULES:
        ops = {
            op
            for op in scope_catalog.OPERATIONS
            if scope_catalog.normalise(module.scope(op)) in wanted
        }
        level = next(
            (lv.key for lv in scope_catalog.ACCESS_LEVELS if set(lv.operations) == ops), None
        )
        if level is None:
            return None
        levels[module.key] = level
    return levels


def choices_for(scopes: tuple[str, ...]) -> AccessChoices | None:
    """The access choices that ask for exactly ``scopes``, or None when none do.

    The page can only express whole levels per module ("View only", "View and change"...);
    a list it cannot express (say ``invoices.CREATE`` alone, or another Zoho product's
    scopes) is shown as it is instead. The organization scope the wizard always adds
    (it is needed to list the organizations) does not count as a difference.
    """
    wanted = _expanded(scopes)
    show_email = scope_catalog.normalise(USERINFO_SCOPE) in wanted
    full = scope_catalog.normalise(scope_catalog.FULL_ACCESS) in wanted
    levels: dict[str, str] | None = {m.key: "none" for m in scope_catalog.MODULES}
    if not full:
        levels = _module_levels(wanted)
        if levels is None:
            return None
        if levels["settings"] == "none":
            levels["settings"] = "read"  # the page always asks for it
    assert levels is not None
    choices = AccessChoices(full, levels, show_email)
    required = {scope_catalog.normalise(s) for s in scope_catalog.REQUIRED_SCOPES}
    asked = {scope_catalog.normalise(s) for s in scopes_for(choices)}
    return choices if asked - required == wanted - required else None


def nearest_choices(scopes: tuple[str, ...]) -> AccessChoices:
    """The choices closest to ``scopes`` (for a saved connection's Reconnect).

    Each module gets the widest level all of whose operations are in the list, or none.
    """
    wanted = {scope_catalog.normalise(s) for s in scopes}
    levels: dict[str, str] = {}
    for module in scope_catalog.MODULES:
        ops = {
            op
            for op in scope_catalog.OPERATIONS
            if scope_catalog.normalise(module.scope(op)) in wanted
        }
        best = "none"  # the widest level wholly granted
        for level in scope_catalog.ACCESS_LEVELS:
            if level.operations and set(level.operations) <= ops:
                best = level.key
        levels[module.key] = best
    return AccessChoices(
        scope_catalog.normalise(scope_catalog.FULL_ACCESS) in wanted,
        levels,
        scope_catalog.normalise(USERINFO_SCOPE) in wanted,
    )
