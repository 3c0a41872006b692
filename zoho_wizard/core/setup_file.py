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
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from zoho_wizard.core import errors
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
    """

    set_by: str
    client_id: str
    client_secret: str
    data_center: str
    scopes: tuple[str, ...]
    allowed_organizations: tuple[str, ...] = ()
    connection_name: str = "{organization}"


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
    return "\n".join(lines) + "\n"


def save_setup_file(path: Path, draft: SetupDraft) -> Path:
    """Write the setup file atomically; private (0600) when it holds the secret.

    Returns the path written (``.zohowizard`` added when missing).
    """
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    _write_private(path, setup_text(draft), private=bool(draft.client_secret))
    return path


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
    if preset.client_secret and others_can_read(preset.path):
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


def remembered_path() -> Path:
    """Where the last opened setup is remembered (without its secret)."""
    return config_dir() / "setup.toml"


def open_setup_file(path: Path, secrets: SecretStore, remember: Path | None = None) -> OpenedSetup:
    """Open a setup file: check it, keep its secret in the password store, remember it.

    Raises:
        PresetError: the file cannot be read or is not a valid setup.
        SetupFileReadableError: it holds the secret and others can read it.
        KeyringUnavailableError: the secret could not be stored (the file is kept).
    """
    preset = load_preset(path)
    check_private(preset)
    stored = False
    if preset.client_secret and preset.client_id:
        secrets.set(SECRET_PREFIX + preset.client_id, "client_secret", preset.client_secret)
        stored = True
    target = remember if remember is not None else remembered_path()
    _write_private(target, _without_secret(path.read_text(encoding="utf-8")), private=True)
    return OpenedSetup(preset, stored, path)


def _without_secret(text: str) -> str:
    return "".join(
        line
        for line in text.splitlines(keepends=True)
        if not line.lstrip().startswith(("client_secret", '"client_secret"'))
    )


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
        try:
            secret = secrets.get(SECRET_PREFIX + preset.client_id, "client_secret")
        except errors.ZohoWizardError:
            secret = None
        if secret:
            preset = replace(preset, client_secret=secret)
    return preset, None


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
