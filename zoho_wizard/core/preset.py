"""Presets: a small TOML file from the firm's admin that fills and locks fields.

Example (``preset.toml``)::

    [preset]
    set_by = "Smith & Co IT"                 # shown next to every locked field
    client_id = "1000.EXAMPLECLIENTID0000000000000000"
    data_center = "eu"                       # where the app was registered (its console)
    scopes = ["ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"]
    redirect_uri = "http://127.0.0.1:47214/callback"
    connection_name = "Books – {organization}"  # {organization} is filled in at the end
    allowed_organizations = ["10234695"]
    lock = ["client_id", "data_center", "scopes"]   # default: everything the preset sets

``data_center`` is the app's home: the data center whose API console registered the
client. Every sign-in starts there and Zoho sends each person on to their own data center.

A preset in the system-wide config folder (``/etc/xdg/zoho-wizard/preset.toml`` on Linux,
``C:\\ProgramData\\zoho-wizard\\preset.toml`` on Windows) is read automatically;
``--preset FILE`` names another. A bad preset is reported with the file, line and field,
and the wizard opens without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from zoho_wizard.core import validation
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.store import APP_NAME

FIELDS = (
    "client_id",
    "client_secret",
    "data_center",
    "scopes",
    "redirect_uri",
    "connection_name",
    "allowed_organizations",
    "use_pkce",
)
_TEXT_FIELDS = (
    "client_id",
    "client_secret",
    "data_center",
    "redirect_uri",
    "connection_name",
    "set_by",
)
_LIST_FIELDS = ("scopes", "allowed_organizations", "lock")


class PresetError(ValueError):
    """A preset that cannot be used; says which file, line and field."""

    def __init__(
        self, path: Path, problem: str, *, line: int | None = None, field_name: str | None = None
    ) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        self.field_name = field_name
        where = f"{path}" + (f", line {line}" if line else "")
        what = f" (field “{field_name}”)" if field_name else ""
        self.message = f"The preset file {where}{what} could not be used: {problem}"
        self.fix = "The wizard opened without it. Ask your firm's IT person to correct the file."
        super().__init__(self.message)


@dataclass(frozen=True)
class Preset:
    """Values an admin set, and which of them people may not change."""

    path: Path
    set_by: str = ""
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    data_center: str | None = None
    scopes: tuple[str, ...] | None = None
    redirect_uri: str | None = None
    connection_name: str | None = None
    allowed_organizations: tuple[str, ...] | None = None
    use_pkce: bool | None = None
    locked: frozenset[str] = frozenset()

    def is_locked(self, name: str) -> bool:
        """Whether the field ``name`` is read-only for the person."""
        return name in self.locked

    def organization_allowed(self, organization_id: str) -> bool:
        """Whether this organization may be chosen."""
        return self.allowed_organizations is None or organization_id in self.allowed_organizations

    def connection_name_for(self, organization_name: str) -> str | None:
        """The connection name from the pattern, once the organization is known."""
        if self.connection_name is None:
            return None
        return self.connection_name.replace("{organization}", organization_name)

    @property
    def locked_by_text(self) -> str:
        """The line shown next to locked fields."""
        who = self.set_by or "your firm's administrator"
        return f"Set by {who}"


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _read_table(text: str, path: Path) -> dict[str, Any]:
    """The ``[preset]`` table (or the whole file, when it has no such section)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise PresetError(
            path,
            f"it is not valid TOML ({str(exc).split(' (at')[0]})",
            line=int(found.group(1)) if found else None,
        ) from None
    table: Any = data.get("preset", data)
    if not isinstance(table, dict):
        raise PresetError(path, "the [preset] section is missing", field_name="preset")
    return table


_Fail = Callable[[str, str], PresetError]


def _typed_values(table: dict[str, Any], fail: _Fail) -> dict[str, Any]:
    """The known fields with the right types (texts and lists cleaned), or the first
    unknown or mistyped field."""
    allowed_keys = set(FIELDS) | {"set_by", "lock"}
    for key in table:
        if key not in allowed_keys:
            raise fail(
                key, f"“{key}” is not a preset field (known: {', '.join(sorted(allowed_keys))})"
            )
    values: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        if key in table:
            value = table[key]
            if not isinstance(value, str):
                raise fail(key, "it must be text in quotes")
            values[key] = validation.clean(value)
    for key in _LIST_FIELDS:
        if key in table:
            value = table[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, 'it must be a list of texts, like ["a", "b"]')
            values[key] = tuple(validation.clean(v) for v in value if v.strip())
    if "use_pkce" in table:
        if not isinstance(table["use_pkce"], bool):
            raise fail("use_pkce", "it must be true or false")
        values["use_pkce"] = table["use_pkce"]
    return values


def _check_values(values: dict[str, Any], fail: _Fail) -> None:
    """Check each value as the details page would (the data center is lower-cased in
    place)."""
    checks = {
        "client_id": validation.check_client_id,
        "client_secret": validation.check_client_secret,
        "redirect_uri": validation.check_redirect_uri,
    }
    for key, check in checks.items():
        if key in values and (problem := check(values[key])):
            raise fail(key, problem)
    if "data_center" in values:
        values["data_center"] = values["data_center"].lower()
        if values["data_center"] not in {dc.id for dc in DATA_CENTERS}:
            raise fail(
                "data_center",
                "unknown data center; use one of " + ", ".join(dc.id for dc in DATA_CENTERS),
            )
    if "scopes" in values and not values["scopes"]:
        raise fail("scopes", "the list is empty")
    if "connection_name" in values:
        sample = values["connection_name"].replace("{organization}", "Example")
        if problem := validation.check_name(sample):
            raise fail("connection_name", problem)
    for org in values.get("allowed_organizations", ()):
        if not org.isdigit():
            raise fail("allowed_organizations", f"“{org}” is not an organization ID (digits only)")


def _locked(values: dict[str, Any], fail: _Fail) -> frozenset[str]:
    """The locked fields: those ``lock`` names, else every field the preset sets (the
    ``lock`` entry is taken out of ``values``)."""
    lock = values.pop("lock", None)
    if lock is None:
        return frozenset(k for k in FIELDS if k in values)
    for name in lock:
        if name not in FIELDS:
            raise fail("lock", f"“{name}” is not a field that can be locked")
    return frozenset(lock)


def parse_preset(text: str, path: Path) -> Preset:
    """Parse and check a preset's text.

    Raises:
        PresetError: with the line and field of the first problem.
    """
    table = _read_table(text, path)

    def fail(key: str, problem: str) -> PresetError:
        return PresetError(path, problem, line=_line_of(text, key), field_name=key)

    values = _typed_values(table, fail)
    _check_values(values, fail)
    locked = _locked(values, fail)
    return Preset(path=path, locked=locked, **values)


def load_preset(path: Path) -> Preset:
    """Read a preset file.

    Raises:
        PresetError: the file cannot be read or is not a valid preset.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PresetError(path, "the file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PresetError(path, f"the file cannot be read ({type(exc).__name__})") from None
    return parse_preset(text, path)


def system_preset_path() -> Path:
    """Where an admin puts a preset for every user of this computer."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "preset.toml"


def find_preset(explicit: Path | None) -> tuple[Preset | None, PresetError | None]:
    """The preset to use: ``--preset FILE`` if given, else the system-wide one if present.

    Never raises: a bad preset comes back as the error, to show while the wizard opens
    without it.
    """
    path = explicit or system_preset_path()
    if explicit is None and not path.exists():
        return None, None
    try:
        return load_preset(path), None
    except PresetError as exc:
        return None, exc
