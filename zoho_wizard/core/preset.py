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
    device_client_id = "1004.EXAMPLEDEVICECLIENT0000000000000"  # optional: a Non-browser
    # client, for signing in on another device (its secret, device_client_secret, is
    # kept like client_secret; device_client_name is its name in the API console)

``data_center`` is the app's home: the data center whose API console registered the
client. Every sign-in starts there and Zoho sends each person on to their own data center.

A preset in a system-wide config folder is read automatically; ``--preset FILE`` names
another. A bad preset is reported with the file, line and field (a parse error of any
kind, a value nested too deeply for the parser included), and the wizard opens without it.

**Where the system-wide preset is looked for** (:func:`system_preset_folders`), the first
trusted one winning:

* Linux and the BSDs: ``zoho-wizard/preset.toml`` in every ``XDG_CONFIG_DIRS`` entry, in
  order, then ``/etc/xdg`` (Ubuntu's ``/etc/xdg/xdg-ubuntu`` comes first, and
  ``/etc/xdg`` still counts).
* macOS: ``/Library/Application Support/zoho-wizard/preset.toml``.
* Windows: ``C:\\ProgramData\\zoho-wizard\\preset.toml``.

**Trusted** means the file and every folder above it belong to the administrator (root)
and nobody else may change them: no group or other write bit, except on a folder with the
sticky bit (``/tmp``), where others cannot replace what root owns. A preset that fails
this is not used (the next folder is tried) and, when no trusted one is found, reported.
On Windows the wizard does not read ACLs: ``ProgramData\\zoho-wizard`` is trusted as it
is, so it is **admin-only by documentation**: the administrator creates the folder before
anyone else can (any user may create folders in ProgramData, and the creator owns them),
with Administrators and SYSTEM allowed to change it and Users allowed to read. Only a
real Windows machine can confirm that ACL.

**The app's secret** never sits in a file other people can read: a preset with
``client_secret`` that others can read is refused (``chmod 600`` fixes a ``--preset``
file; a system-wide preset, which is for everyone, should not hold the secret: hand staff
a setup file instead, see :mod:`zoho_wizard.core.setup_file`, which applies the same
check). On Windows a system-wide preset with the secret is always refused.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from zoho_wizard.core import validation
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.store import APP_NAME

log = logging.getLogger(__name__)

PRESET_NAME = "preset.toml"
MAX_BYTES = 1_000_000
"""A preset is a few hundred bytes; anything over a megabyte is not one."""
_MAX_NESTING = 50  # far beyond any preset's, far below the parser's recursion limit

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
# The Non-browser client for device sign-in: set, never shown in a form (so never locked).
DEVICE_FIELDS = ("device_client_id", "device_client_secret", "device_client_name")
_TEXT_FIELDS = (
    "client_id",
    "client_secret",
    "device_client_id",
    "device_client_secret",
    "device_client_name",
    "data_center",
    "redirect_uri",
    "connection_name",
    "set_by",
)
_LIST_FIELDS = ("scopes", "allowed_organizations", "lock")


class PresetError(ValueError):
    """A preset that cannot be used; says which file, line and field."""

    def __init__(
        self,
        path: Path,
        problem: str,
        *,
        line: int | None = None,
        field_name: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        self.field_name = field_name
        where = f"{path}" + (f", line {line}" if line else "")
        what = f" (field “{field_name}”)" if field_name else ""
        self.message = f"The preset file {where}{what} could not be used: {problem}"
        self.fix = fix or (
            "The wizard opened without it. Ask your firm's IT person to correct the file."
        )
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
    # A "Non-browser Applications" client for signing in on another device (core.device).
    device_client_id: str | None = None
    device_client_secret: str | None = field(default=None, repr=False)
    # Its name in the API console: what the person approves on the other device.
    device_client_name: str | None = None
    locked: frozenset[str] = frozenset()

    @property
    def secrets(self) -> dict[str, str]:
        """The secrets it holds, by field name (``client_secret``, ``device_client_secret``)."""
        named = {
            "client_secret": self.client_secret,
            "device_client_secret": self.device_client_secret,
        }
        return {key: value for key, value in named.items() if value}

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


def _line_matching(text: str, pattern: str) -> int | None:
    match = re.search(pattern, text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _deepest_line(text: str) -> int | None:
    """The line where brackets and braces first nest beyond any preset's need (strings
    and comments skipped, roughly: this only points at a line)."""
    depth, line, quote, escaped, comment = 0, 1, "", False, False
    for char in text:
        if char == "\n":
            line, comment = line + 1, False
            if quote in ('"', "'"):
                quote = ""  # a one-line string cannot go on
        elif comment:
            continue
        elif quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > _MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


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
    except RecursionError:
        raise PresetError(
            path, "its values are nested too deeply to read", line=_deepest_line(text)
        ) from None
    except ValueError:  # a number too long to convert (Python's digit limit)
        raise PresetError(
            path, "it holds a number too long to read", line=_line_matching(text, r"\d{1000}")
        ) from None
    table: Any = data.get("preset", data)
    if not isinstance(table, dict):
        raise PresetError(path, "the [preset] section is missing", field_name="preset")
    return table


_Fail = Callable[[str, str], PresetError]


def _typed_values(table: dict[str, Any], fail: _Fail) -> dict[str, Any]:
    """The known fields with the right types (texts and lists cleaned), or the first
    unknown or mistyped field."""
    allowed_keys = set(FIELDS) | set(DEVICE_FIELDS) | {"set_by", "lock"}
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
        "device_client_id": validation.check_client_id,
        "device_client_secret": validation.check_client_secret,
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
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise PresetError(path, "the file cannot be read (it is not a regular file)")
        if info.st_size > MAX_BYTES:
            raise PresetError(path, "the file is too large to be a preset")
        text = decode_text(path.read_bytes(), ansi=ansi_code_page())
    except FileNotFoundError:
        raise PresetError(path, "the file does not exist") from None
    except UnicodeDecodeError:
        raise PresetError(
            path,
            "the file cannot be read: it is not saved as UTF-8 (save it again choosing "
            "the UTF-8 encoding)",
        ) from None
    except OSError as exc:
        raise PresetError(path, f"the file cannot be read ({type(exc).__name__})") from None
    return parse_preset(text, path)


def decode_text(raw: bytes, ansi: str | None = None) -> str:
    """A preset's text as Windows tools save it too: UTF-8 with or without Notepad's byte
    order mark, UTF-16 (PowerShell 5.1's "Unicode") by its byte order mark, and, given
    ``ansi`` (Windows' ANSI code page), a file that is not UTF-8 in that code page
    (PowerShell 5.1's ``Out-File -Encoding Default``, old Notepad's "ANSI").

    Raises:
        UnicodeDecodeError: none of these.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not ansi:
            raise
    return raw.decode(ansi)


def ansi_code_page() -> str | None:
    """Windows' ANSI code page (``cp1252``, ``cp1250``...), which its older tools write;
    None elsewhere, where files are UTF-8 (a file that is not is reported, never guessed)."""
    if sys.platform != "win32":
        return None
    import locale

    return locale.getencoding()


# --- who can read it, who can change it ---------------------------------------------------


def others_can_read(path: Path) -> bool:
    """True when people other than the owner can read ``path`` (POSIX group/other bits).

    On Windows a file's readers are an ACL, which is not read here: False.
    """
    if sys.platform == "win32":
        return False
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def _refuse_readable_secret(preset: Preset, *, system: bool) -> None:
    """A preset with the app's secret that others can read is refused. A system-wide one
    on Windows always is: its ACL is not read, and ProgramData lets every user read.

    Raises:
        PresetError: saying how to fix it.
    """
    if not preset.secrets:
        return
    if system and (sys.platform == "win32" or others_can_read(preset.path)):
        raise PresetError(
            preset.path,
            "a system-wide preset is for everyone on this computer, so it must not hold "
            "the app's secret; take the client_secret line out and hand staff a setup "
            "file with the secret instead",
            line=_line_of(preset.path.read_text(encoding="utf-8"), "client_secret"),
            field_name="client_secret",
        )
    if others_can_read(preset.path):
        raise PresetError(
            preset.path,
            "it holds the app's secret and other people on this computer can read it; "
            f"make it private (chmod 600 “{preset.path}”) or take the client_secret line out",
            fix="The wizard opened without it. Make the file private, then open the wizard again.",
        )


OwnerCheck = Callable[[os.stat_result], bool]


def owned_by_admin(info: os.stat_result) -> bool:
    """True when the administrator (root, user ID 0) owns the file or folder."""
    return info.st_uid == 0


def untrusted_because(path: Path, owner_ok: OwnerCheck = owned_by_admin) -> str | None:
    """Why ``path`` cannot be trusted as a system-wide preset, or None when it can: it and
    every folder above it (symbolic links resolved) must pass ``owner_ok`` and be
    writable by nobody else (a folder with the sticky bit may be: others cannot replace
    what is not theirs in it). Windows: None (ACLs are not read; see the module's
    docstring)."""
    if sys.platform == "win32":
        return None
    try:
        real = path.resolve(strict=True)
        chain = [(item, item.stat()) for item in (real, *real.parents)]
    except (OSError, RuntimeError) as exc:
        return f"it cannot be checked ({type(exc).__name__})"
    for item, info in chain:
        if not owner_ok(info):
            return f"{item} does not belong to the administrator (root)"
        writable = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        sticky_folder = stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX
        if writable and not (item != real and sticky_folder):
            return f"other users can change {item}"
    return None


def system_preset_folders(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> tuple[Path, ...]:
    """The folders a system-wide preset is looked for in, in order (see the module's
    docstring)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return (Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)),)
    if platform == "darwin":
        return (Path("/Library/Application Support") / APP_NAME,)
    env = os.environ if environ is None else environ
    entries = [e for e in (env.get("XDG_CONFIG_DIRS") or "").split(":") if e.startswith("/")]
    return tuple(dict.fromkeys(Path(e) / APP_NAME for e in [*entries, "/etc/xdg"]))


def system_preset_path(
    folders: Iterable[Path] | None = None, *, owner_ok: OwnerCheck = owned_by_admin
) -> Path:
    """The system-wide preset to read: the first that exists and is trusted, else (none
    exists) where an admin would put one.

    Raises:
        PresetError: system-wide presets exist, but none is trusted (the first is named).
    """
    places = [folder / PRESET_NAME for folder in (folders or system_preset_folders())]
    refused: PresetError | None = None
    for path in places:
        if not path.exists():
            continue
        reason = untrusted_because(path, owner_ok)
        if reason is None:
            return path
        log.warning("a system-wide preset was not trusted: %s", reason)
        refused = refused or PresetError(
            path,
            f"it is not trusted as a system-wide preset: {reason}",
            fix="The wizard opened without it. Ask your firm's IT person to make the file "
            "and its folders belong to the administrator, changeable by nobody else.",
        )
    if refused is not None:
        raise refused
    return places[0]


def find_preset(explicit: Path | None) -> tuple[Preset | None, PresetError | None]:
    """The preset to use: ``--preset FILE`` if given, else the system-wide one if present.

    Never raises: a bad, untrusted or readable-with-secret preset comes back as the error,
    to show while the wizard opens without it.
    """
    try:
        path = explicit or system_preset_path()
    except PresetError as exc:
        return None, exc
    try:
        if explicit is None and not path.exists():
            return None, None
        preset = load_preset(path)
        _refuse_readable_secret(preset, system=explicit is None)
    except PresetError as exc:
        return None, exc
    except OSError as exc:  # the file changed while it was read
        return None, PresetError(path, f"the file cannot be read ({type(exc).__name__})")
    return preset, None
