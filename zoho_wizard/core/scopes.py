"""The Zoho Books scope catalog, in words an accountant understands.

Scope grammar is ``Service.scope_name.OPERATION``; the authorization request joins scopes
with commas. Zoho's pages mix ``.all``/``.ALL`` and ``Create``/``CREATE``; we always send
the upper-case operations and compare case-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SCOPE_PREFIX = "ZohoBooks."
FULL_ACCESS = f"{SCOPE_PREFIX}fullaccess.all"
OPERATIONS = ("READ", "CREATE", "UPDATE", "DELETE")


@dataclass(frozen=True)
class BooksModule:
    """One Books module that has its own scopes.

    Attributes:
        key: The scope_name part (``invoices``).
        label: Plain-language name (``Invoices``).
        description: What granting it lets the firm's tools see or do.
    """

    key: str
    label: str
    description: str

    def scope(self, operation: str) -> str:
        """The scope string for one operation on this module."""
        return f"{SCOPE_PREFIX}{self.key}.{operation.upper()}"


MODULES: tuple[BooksModule, ...] = (
    BooksModule(
        "settings",
        "Organization settings",
        "Organization details, taxes, currencies and users. Needed to find your organization.",
    ),
    BooksModule("contacts", "Customers and vendors", "Names, addresses and contact people."),
    BooksModule("invoices", "Invoices", "Invoices sent to customers."),
    BooksModule("estimates", "Quotes", "Estimates and quotes sent to customers."),
    BooksModule("salesorders", "Sales orders", "Sales orders from customers."),
    BooksModule("customerpayments", "Customer payments", "Payments received from customers."),
    BooksModule("creditnotes", "Credit notes", "Credit notes issued to customers."),
    BooksModule("bills", "Bills", "Bills received from vendors."),
    BooksModule("purchaseorders", "Purchase orders", "Purchase orders sent to vendors."),
    BooksModule("vendorpayments", "Vendor payments", "Payments made to vendors."),
    BooksModule("debitnotes", "Vendor credits", "Credits received from vendors."),
    BooksModule("expenses", "Expenses", "Recorded expenses and receipts."),
    BooksModule("banking", "Banking", "Bank accounts, feeds and reconciliation."),
    BooksModule("projects", "Projects and timesheets", "Projects, tasks and logged time."),
    BooksModule(
        "accountants",
        "Accountant tools",
        "Chart of accounts, journals and other accountant functions.",
    ),
)

# The organization picker calls GET /organizations, which needs settings.READ (the
# product entry, core.product.BOOKS, names this as the scope its listing needs).
REQUIRED_SCOPES: tuple[str, ...] = (f"{SCOPE_PREFIX}settings.READ",)


@dataclass(frozen=True)
class AccessLevel:
    """A plain-language access choice for a module."""

    key: str
    label: str
    operations: tuple[str, ...]


ACCESS_LEVELS: tuple[AccessLevel, ...] = (
    AccessLevel("none", "No access", ()),
    AccessLevel("read", "View only", ("READ",)),
    AccessLevel("write", "View and change", ("READ", "CREATE", "UPDATE")),
    AccessLevel("full", "View, change and delete", OPERATIONS),
)


def module_by_key(key: str) -> BooksModule:
    """Return the module with this scope name.

    Raises:
        KeyError: unknown module.
    """
    for module in MODULES:
        if module.key == key:
            return module
    raise KeyError(key)


def access_level(key: str) -> AccessLevel:
    """Return the access level with this key.

    Raises:
        KeyError: unknown level.
    """
    for level in ACCESS_LEVELS:
        if level.key == key:
            return level
    raise KeyError(key)


def normalise(scope: str) -> str:
    """Canonical form of a scope for comparisons (Zoho's case is inconsistent)."""
    return scope.strip().lower()


def build_scopes(choices: dict[str, str]) -> tuple[str, ...]:
    """Turn ``{module key: access level key}`` into the scope list to request.

    The scopes the wizard itself needs (reading organizations) are always included, and
    the result keeps catalog order with no duplicates.
    """
    wanted: list[str] = list(REQUIRED_SCOPES)
    for module in MODULES:
        level = access_level(choices.get(module.key, "none"))
        wanted.extend(module.scope(op) for op in level.operations)
    return dedupe(wanted)


def dedupe(scopes: Iterable[str]) -> tuple[str, ...]:
    """Remove case-insensitive duplicates, keeping the first spelling and the order."""
    seen: set[str] = set()
    out: list[str] = []
    for scope in scopes:
        key = normalise(scope)
        if key and key not in seen:
            seen.add(key)
            out.append(scope.strip())
    return tuple(out)


def join(scopes: Iterable[str]) -> str:
    """The comma-separated form Zoho's authorization request expects."""
    return ",".join(dedupe(scopes))


def split(text: str) -> tuple[str, ...]:
    """Parse a scope list separated by commas or whitespace (token responses use spaces)."""
    return dedupe(part for part in text.replace(",", " ").split())


def covers(granted: Iterable[str], needed: Iterable[str]) -> tuple[str, ...]:
    """Return the scopes in ``needed`` that ``granted`` does not cover (empty if covered).

    ``ZohoBooks.fullaccess.all`` covers every Books scope (and nothing else); ``.ALL`` on a
    module covers each operation on it.
    """
    have = {normalise(s) for s in granted}
    full = normalise(FULL_ACCESS) in have
    missing = []
    for scope in needed:
        key = normalise(scope)
        if full and key.startswith(normalise(SCOPE_PREFIX)):
            continue
        module_all = key.rsplit(".", 1)[0] + ".all"
        if key not in have and module_all not in have:
            missing.append(scope)
    return tuple(missing)


def describe(scopes: Iterable[str]) -> list[str]:
    """Plain-language lines describing a scope list, one per module.

    ``["Invoices: view and change", ...]``; unknown scopes are listed as they are.
    """
    by_module: dict[str, set[str]] = {}
    extra: list[str] = []
    full = False
    for scope in scopes:
        parts = scope.strip().split(".")
        if normalise(scope) == normalise(FULL_ACCESS):
            full = True
        elif normalise(scope) == "aaaserver.profile.read":
            extra.append("Your Zoho name and e-mail address")
        elif len(parts) == 3 and normalise(scope).startswith(normalise(SCOPE_PREFIX)):
            by_module.setdefault(parts[1].lower(), set()).add(parts[2].upper())
        else:
            extra.append(scope.strip())
    if full:
        return ["Everything in Zoho Books: view, change and delete", *extra]
    lines = []
    for module in MODULES:
        ops = by_module.pop(module.key, set())
        if not ops:
            continue
        if "ALL" in ops or set(OPERATIONS) <= ops:
            what = "view, change and delete"
        elif ops <= {"READ"}:
            what = "view only"
        elif "DELETE" in ops:
            what = "view, change and delete"
        else:
            what = "view and change"
        lines.append(f"{module.label}: {what}")
    for key, ops in by_module.items():
        lines.append(f"{key}: {', '.join(sorted(ops)).lower()}")
    lines.extend(extra)
    return lines
