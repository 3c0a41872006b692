"""A firm's rules for the organization step: which organizations may be chosen, and the
connection's name once the organization is known (``Books – {organization}``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from zoho_wizard.core import errors
from zoho_wizard.core.flow import Step, WizardState

ORGANIZATION_PLACEHOLDER = "{organization}"


def limit_organizations(state: WizardState, allowed: Iterable[str] | None) -> WizardState:
    """Keep the choice inside the organizations a preset allows.

    Every organization stays listed (the page greys out the others); the chosen one moves
    to an allowed one (the default, else the first). When none is allowed, nothing is
    chosen and the state carries :class:`NoAllowedOrganizationError`, whose way forward is
    signing in with another Zoho account (the connection made with this one is discarded
    by the wizard).
    """
    if allowed is None or state.step is not Step.ORGANIZATION:
        return state
    permitted = set(allowed)
    usable = [o for o in state.organizations if o.organization_id in permitted]
    current = state.organization
    if current is not None and current.organization_id in permitted:
        return state
    chosen = next((o for o in usable if o.is_default), None) or (usable[0] if usable else None)
    if chosen is not None:
        return replace(state, organization=chosen)
    return replace(state, organization=None, error=errors.NoAllowedOrganizationError())


def organization_choice_allowed(organization_id: str, allowed: Iterable[str] | None) -> bool:
    """Whether the person may pick this organization (no list means every one)."""
    return allowed is None or organization_id in set(allowed)


def name_for_organization(pattern: str, organization_name: str, taken: Iterable[str] = ()) -> str:
    """The connection's name once the organization is known.

    ``{organization}`` in ``pattern`` becomes the organization's name, made safe for a
    connection name (no slashes, at most 60 characters), and a number is added when the
    name is already taken: ``Books – Zillum``, ``Books – Zillum 2``.
    """
    if ORGANIZATION_PLACEHOLDER not in pattern:
        return pattern
    safe = "".join(
        "-" if ch in "/\\" else ch for ch in organization_name if ch.isprintable()
    ).strip()
    name = " ".join(pattern.replace(ORGANIZATION_PLACEHOLDER, safe or "organization").split())
    name = name[:60].rstrip()
    used = set(taken)
    if name not in used:
        return name
    number = 2
    while True:
        suffix = f" {number}"
        candidate = name[: 60 - len(suffix)].rstrip() + suffix
        if candidate not in used:
            return candidate
        number += 1
