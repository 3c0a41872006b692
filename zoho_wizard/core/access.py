"""What a connection may see or change, in the details page's terms, and its defaults.

The page asks for whole access levels per Books module ("View only", "View and change"…),
"Full access to everything" and "Show who signed in"; Zoho wants scopes. This module is
the one mapping between the two, both ways, so the page, a firm's preset and a saved
connection's Reconnect all agree on what a list of scopes means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from zoho_wizard.core import scopes as scope_catalog
from zoho_wizard.core.details import USERINFO_SCOPE

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


# --- the access line: one sentence for a scope list ------------------------------------------

# What each module is called inside a sentence ("View organization settings, contacts and
# invoices"): shorter than the choices' labels, and lower case.
SHORT_NAMES: dict[str, str] = {
    "settings": "organization settings",
    "contacts": "contacts",
    "invoices": "invoices",
    "estimates": "quotes",
    "salesorders": "sales orders",
    "customerpayments": "customer payments",
    "creditnotes": "credit notes",
    "bills": "bills",
    "purchaseorders": "purchase orders",
    "vendorpayments": "vendor payments",
    "debitnotes": "vendor credits",
    "expenses": "expenses",
    "banking": "banking",
    "projects": "projects and timesheets",
    "accountants": "accountant tools",
}
# Each group's words at the start of the sentence and after a "; ".
VIEW = ("View {items}", "view {items}")
CHANGE = ("View and change {items}", "view and change {items}")
DELETE = ("View, change and delete {items}", "view, change and delete {items}")
EVERYTHING = "Everything in Zoho Books: view, change and delete"
OTHERS = ("{n} other permissions", "1 other permission")
# Joining a list: "a and b", "a, b and c", and "a, b and 4 more" past MAX_LISTED.
AND = "{first} and {last}"
COMMA = "{first}, {next}"
MORE = "{n} more"
MAX_LISTED = 3
SENTENCE_PARTS: tuple[str, ...] = (
    *VIEW,
    *CHANGE,
    *DELETE,
    EVERYTHING,
    *OTHERS,
    AND,
    COMMA,
    MORE,
    *SHORT_NAMES.values(),
)


@dataclass(frozen=True)
class AccessSummary:
    """What a scope list lets the firm's tools do, grouped for one line of words.

    Attributes:
        full: Everything in Zoho Books ("Full access to everything").
        view: Modules the tools may only view (keys, in the catalog's order).
        change: Modules they may view and change (add and edit).
        delete: Modules they may also delete in.
        others: How many asked-for permissions are not Books modules (another Zoho
            product's, say); who signed in does not count (it is always asked for).
    """

    full: bool = False
    view: tuple[str, ...] = ()
    change: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()
    others: int = 0


def summarize(scopes: Iterable[str]) -> AccessSummary:
    """Group ``scopes`` by what they allow, per Books module (``.ALL`` counts as all four
    operations; a module with any change but no delete is "view and change")."""
    scopes = tuple(scopes)
    wanted = _expanded(scopes)
    full = scope_catalog.normalise(scope_catalog.FULL_ACCESS) in wanted
    groups: dict[str, list[str]] = {"view": [], "change": [], "delete": []}
    for module in scope_catalog.MODULES:
        ops = {
            op
            for op in scope_catalog.OPERATIONS
            if scope_catalog.normalise(module.scope(op)) in wanted
        }
        if full or not ops:
            continue
        if "DELETE" in ops:
            groups["delete"].append(module.key)
        elif ops & {"CREATE", "UPDATE"}:
            groups["change"].append(module.key)
        else:
            groups["view"].append(module.key)
    known = {m.key for m in scope_catalog.MODULES}
    others = set()
    for scope in scopes:
        key = scope_catalog.normalise(scope)
        parts = key.split(".")
        books_module = len(parts) == 3 and parts[0] == "zohobooks" and parts[1] in known
        ignored = (scope_catalog.normalise(scope_catalog.FULL_ACCESS), "")
        if key in ignored or key == scope_catalog.normalise(USERINFO_SCOPE) or books_module:
            continue
        others.add(key)
    return AccessSummary(
        full, tuple(groups["view"]), tuple(groups["change"]), tuple(groups["delete"]), len(others)
    )


def _same(text: str) -> str:
    return text


def _listed(keys: tuple[str, ...], translate: Callable[[str], str]) -> str:
    """ "a", "a and b", "a, b and c", or "a, b and 4 more" (translated piece by piece)."""
    names = [translate(SHORT_NAMES.get(key, key)) for key in keys]
    if len(names) > MAX_LISTED + 1:
        names = [*names[: MAX_LISTED - 1], translate(MORE).format(n=len(names) - MAX_LISTED + 1)]
    if len(names) == 1:
        return names[0]
    head = names[0]
    for name in names[1:-1]:
        head = translate(COMMA).format(first=head, next=name)
    return translate(AND).format(first=head, last=names[-1])


def summary_sentence(scopes: Iterable[str], translate: Callable[[str], str] = _same) -> str:
    """One line of plain words for ``scopes``: "View organization settings, contacts and
    invoices", "View organization settings; view and change bills".

    ``translate`` translates each fixed piece (:data:`SENTENCE_PARTS`) before the pieces
    are put together, so the UI can show the sentence in the person's language.
    """
    summary = summarize(scopes)
    groups: list[str] = []
    if summary.full:
        groups.append(translate(EVERYTHING))
    for keys, (first, later) in (
        (summary.view, VIEW),
        (summary.change, CHANGE),
        (summary.delete, DELETE),
    ):
        if keys:
            pattern = later if groups else first
            groups.append(translate(pattern).format(items=_listed(keys, translate)))
    if summary.others:
        many, one = OTHERS
        groups.append(
            translate(one) if summary.others == 1 else translate(many).format(n=summary.others)
        )
    return "; ".join(groups)
