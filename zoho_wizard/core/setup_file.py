"""Setup files: what the firm's admin hands to staff so they only have to sign in.

A setup file is a preset (:mod:`zoho_wizard.core.preset`, one schema) saved by the admin
from "Set up for staff…" with the ``.zohowizard`` extension, so a double-click opens it in
the wizard. It may carry the app's secret. Then:

* it is refused while other people on the computer can read it (the secret would be
  theirs too), with the fix (and a button that applies it: :func:`make_private`);
* on opening, the secret moves into this computer's password store, a copy of the setup
  without the secret is remembered (so a later launch still has it), and the wizard
  offers to delete the file.

Permissions are POSIX modes here (the check is the presets' one,
:func:`zoho_wizard.core.preset.others_can_read`, which ``--preset`` files and the
system-wide preset go through too). On Windows a file's readers are an ACL, which this
module does not read (only a real Windows machine can confirm what Explorer sets for a
file saved from e-mail): there the check passes and the file is offered for deletion.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from zoho_wizard.core import errors, validation
from zoho_wizard.core.datacenters import DATA_CENTERS
from zoho_wizard.core.preset import Preset, PresetError, load_preset, others_can_read
from zoho_wizard.core.store import SecretStore, config_dir

SUFFIX = ".zohowizard"
MIME_TYPE = "application/x-zohowizard-setup"
# The password-store entry that holds a setup's secret (one per app ID).
SECRET_PREFIX = "setup:"

__all__ = [
    "MIME_TYPE",
    "SECRET_PREFIX",
    "SUFFIX",
    "OpenedSetup",
    "SetupDraft",
    "SetupFileReadableError",
    "check_private",
    "is_complete",
    "make_private",
    "open_setup_file",
    "others_can_read",
    "remembered_path",
    "remembered_setup",
    "save_setup_file",
    "setup_text",
]


class SetupFileReadableError(errors.StorageError):
    """A setup file (or preset) with the app's secret that other people can read."""

    action = errors.Action.FIX_PERMISSIONS

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The setup file {path.name} holds your firm's app secret, and other people "
            "on this computer can read it.",
            "Make the file private (only you can read it), then open it again: choose "
            "“Make it private and open”, or run: chmod 600 " + json.dumps(str(path)),
        )


class SetupFileInvalidError(errors.StorageError):
    """A setup file that cannot be read, or is not a valid setup."""

    action = errors.Action.NONE

    def __init__(self, problem: PresetError) -> None:
        self.path = problem.path
        name = problem.path.name
        if problem.problem == "the file does not exist":
            super().__init__(
                f"The setup file {name} was not found.",
                "Check where it was saved, or ask your firm's IT admin to send it again.",
            )
            return
        # What is wrong is for the admin (a line, a field, TOML): it goes into the fix.
        where = f"line {problem.line}: " if problem.line else ""
        field = f"“{problem.field_name}” " if problem.field_name else ""
        super().__init__(
            f"The file {name} could not be opened as a setup file.",
            "Ask your firm's IT admin to send it again (or the app details instead). "
            f"For them: {where}{field}{problem.problem}.",
        )


@dataclass(frozen=True)
class SetupDraft:
    """What the admin enters on "Set up for staff…".

    Attributes:
        set_by: Who set it up, shown to staff ("Smith & Co IT").
        client_id: The app's ID from Zoho's API console.
        client_secret: The app's secret ("" to leave it out of the file).
        data_center: Where the app was registered (its home data center).
        scopes: What connections may see or change.
        allowed_organizations: Organization IDs staff may choose (empty: any).
        connection_name: The name pattern; ``{organization}`` is the organization's name.
        device_client_id: A "Non-browser Applications" client, for signing in on another
            device ("" for none).
        device_client_secret: Its secret ("" to leave it out; the polls need it).
        device_client_name: Its name in the API console (what staff approve).
    """

    set_by: str
    client_id: str
    client_secret: str
    data_center: str
    scopes: tuple[str, ...]
    allowed_organizations: tuple[str, ...] = ()
    connection_name: str = "{organization}"
    device_client_id: str = ""
    device_client_secret: str = field(default="", repr=False)
    device_client_name: str = ""


def _toml(value: str | Iterable[str]) -> str:
    # A JSON string is a valid TOML basic string (the same escapes).
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"


def setup_text(draft: SetupDraft) -> str:
    """The setup file's TOML text (everything it sets is locked for staff)."""
    lines = [
        "# Zoho Wizard setup file. Open it with Zoho Wizard (double-click it) to connect",
        "# Zoho Books; it fills in everything your firm's admin decided.",
        "[preset]",
        f"set_by = {_toml(draft.set_by)}",
        f"client_id = {_toml(draft.client_id)}",
    ]
    if draft.client_secret:
        lines.append(f"client_secret = {_toml(draft.client_secret)}")
    lines += [
        f"data_center = {_toml(draft.data_center)}",
        f"scopes = {_toml(draft.scopes)}",
        f"connection_name = {_toml(draft.connection_name)}",
    ]
    if draft.allowed_organizations:
        lines.append(f"allowed_organizations = {_toml(draft.allowed_organizations)}")
    if draft.device_client_id:
        lines.append(f"device_client_id = {_toml(draft.device_client_id)}")
        if draft.device_client_secret:
            lines.append(f"device_client_secret = {_toml(draft.device_client_secret)}")
        if draft.device_client_name:
            lines.append(f"device_client_name = {_toml(draft.device_client_name)}")
    return "\n".join(lines) + "\n"


def setup_path(path: Path) -> Path:
    """Where a setup file chosen as ``path`` is saved: ``.zohowizard`` added when missing
    (the extension a double-click opens)."""
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def save_setup_file(path: Path, draft: SetupDraft) -> Path:
    """Write the setup file atomically; private (0600) when it holds the secret.

    Returns the path written (:func:`setup_path`).

    Raises:
        StorageError: the file could not be written (the folder, the disk).
    """
    path = setup_path(path)
    try:
        secret = draft.client_secret or draft.device_client_secret
        _write_private(path, setup_text(draft), private=bool(secret))
    except OSError as exc:
        raise errors.StorageError(
            f"The setup file could not be saved in {path.parent} ({exc.strerror}).",
            "Choose another folder, for example your Documents folder.",
            action=errors.Action.NONE,
        ) from None
    return path


def organization_ids(text: str) -> tuple[str, ...]:
    """The organization IDs in what the admin typed (commas, spaces or lines between)."""
    return tuple(part for part in re.split(r"[\s,;]+", text) if part)


def draft_problems(draft: SetupDraft) -> dict[str, str]:
    """What must change before the setup can be saved, by :class:`SetupDraft` field name
    (empty when it can be saved). The same checks as opening the file applies."""
    problems: dict[str, str] = {}
    checks = {
        "client_id": validation.check_client_id(draft.client_id),
        "client_secret": (
            validation.check_client_secret(draft.client_secret) if draft.client_secret else None
        ),
        "device_client_id": (
            validation.check_client_id(draft.device_client_id) if draft.device_client_id else None
        ),
        "device_client_secret": (
            validation.check_client_secret(draft.device_client_secret)
            if draft.device_client_secret
            else None
        ),
        "connection_name": validation.check_name(
            draft.connection_name.replace("{organization}", "Example")
        ),
    }
    problems.update({key: problem for key, problem in checks.items() if problem})
    if draft.data_center not in {dc.id for dc in DATA_CENTERS}:
        problems["data_center"] = "Choose where the app was registered."
    if not draft.scopes:
        problems["scopes"] = "Choose what staff's connections may do."
    bad = [org for org in draft.allowed_organizations if not org.isdigit()]
    if bad:
        problems["allowed_organizations"] = (
            f"“{bad[0]}” is not an organization ID: IDs are digits only, like 10234695."
        )
    return problems


def _write_private(path: Path, text: str, *, private: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".setup-", dir=path.parent)  # created 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if not private:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_private(path: Path) -> None:
    """Let only the owner read and write ``path`` (the fix for :class:`SetupFileReadableError`)."""
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        raise errors.StorageError(
            f"The setup file {path.name} could not be made private ({exc.strerror}).",
            "Ask your firm's IT person to make it readable only by you, or to send it again.",
        ) from None


def check_private(preset: Preset) -> None:
    """Refuse a preset or setup file with the app's secret that others can read.

    Raises:
        SetupFileReadableError: with the fix.
    """
    if preset.secrets and others_can_read(preset.path):
        raise SetupFileReadableError(preset.path)


@dataclass(frozen=True)
class OpenedSetup:
    """A setup file, opened.

    Attributes:
        preset: What it sets (with the secret, for this session).
        secret_stored: The secret is now in this computer's password store.
        path: The file opened (offered for deletion when it held the secret).
    """

    preset: Preset
    secret_stored: bool
    path: Path


def remembered_path(practice: bool = False) -> Path:
    """Where the last opened setup is remembered (without its secret).

    Practice mode remembers its own (the practice setup), so trying practice mode never
    replaces the firm's setup.
    """
    return config_dir() / ("practice-setup.toml" if practice else "setup.toml")


def open_setup_file(path: Path, secrets: SecretStore, remember: Path | None = None) -> OpenedSetup:
    """Open a setup file: check it, keep its secret in the password store, remember it.

    Without a usable password store the secret is used for this session only: the file
    is then not offered for deletion (it is still the only copy), and a later launch needs
    it again.

    Raises:
        SetupFileInvalidError: the file cannot be read or is not a valid setup.
        SetupFileReadableError: it holds the secret and others can read it.
    """
    try:
        preset = load_preset(path)
    except PresetError as exc:
        raise SetupFileInvalidError(exc) from None
    check_private(preset)
    stored = False
    # Each app's secret under its own ID (the Non-browser client's too, for device sign-in).
    apps = [(preset.client_id, preset.client_secret)]
    apps.append((preset.device_client_id, preset.device_client_secret))
    try:
        for client_id, secret in apps:
            if client_id and secret:
                secrets.set(SECRET_PREFIX + client_id, "client_secret", secret)
                stored = True
    except errors.KeyringUnavailableError:
        stored = False  # this session only; the file stays the copy that lasts
    target = remember if remember is not None else remembered_path()
    _write_private(target, _remembered_text(path.read_text(encoding="utf-8"), preset), private=True)
    return OpenedSetup(preset, stored, path)


def _remembered_text(text: str, preset: Preset) -> str:
    """The setup without its secret, with what it locks spelled out: the secret comes
    back from the password store on a later launch, and is still the admin's then."""
    import tomllib

    kept = "".join(
        line
        for line in text.splitlines(keepends=True)
        if not line.lstrip().startswith(
            ("client_secret", '"client_secret"', "device_client_secret", '"device_client_secret"')
        )
    )
    table = tomllib.loads(text)
    if "lock" not in table.get("preset", table):
        kept = kept.rstrip("\n") + f"\nlock = {_toml(sorted(preset.locked))}\n"
    return kept


def remembered_setup(
    secrets: SecretStore, path: Path | None = None
) -> tuple[Preset | None, PresetError | None]:
    """The setup opened on an earlier launch, with its secret from the password store."""
    target = path if path is not None else remembered_path()
    if not target.exists():
        return None, None
    try:
        preset = load_preset(target)
    except PresetError as exc:
        return None, exc
    if preset.client_id and not preset.client_secret:
        secret = _stored_secret(secrets, preset.client_id)
        if secret:
            preset = replace(preset, client_secret=secret)
    if preset.device_client_id and not preset.device_client_secret:
        secret = _stored_secret(secrets, preset.device_client_id)
        if secret:
            preset = replace(preset, device_client_secret=secret)
    return preset, None


def _stored_secret(secrets: SecretStore, client_id: str) -> str | None:
    try:
        return secrets.get(SECRET_PREFIX + client_id, "client_secret")
    except errors.ZohoWizardError:
        return None


def is_complete(preset: Preset | None) -> bool:
    """Whether staff only have to sign in: the app, its secret, its home and the access
    are all set, and nothing but signing in is left to decide."""
    return bool(
        preset is not None
        and preset.client_id
        and preset.client_secret
        and preset.data_center
        and preset.scopes
    )
