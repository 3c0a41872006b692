"""Where connections live: settings in a JSON file, secrets in the OS keyring.

The settings file (``connections.json`` in the user config dir) holds nothing secret and
is written atomically under a file lock. Secrets (client secret, refresh token, cached
access token) go to the keyring under the service name ``zoho-wizard`` and the account
``<connection>/<kind>``. When no keyring is usable we say so; we never write a secret
to a plain file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import platformdirs

from zoho_wizard.core import errors, keyring_calls

_T = TypeVar("_T")

if TYPE_CHECKING:
    import filelock

# keyring (with its Secret Service and D-Bus libraries) and filelock take about a tenth of
# a second to import, so they are imported where first used: the window opens without them.

APP_NAME = "zoho-wizard"
FILE_VERSION = 1
# ``feed_key``: the secret part of the connection's spreadsheet addresses (core.feed).
SECRET_KINDS = ("client_secret", "refresh_token", "access_token", "feed_key")

# What kind of connection a profile is: made by a person signing in (a refresh token), or
# for scheduled jobs (a Self Client's ID and secret, access tokens from the
# client-credentials grant, no refresh token). Files written before kinds existed hold
# signed-in connections only, so that is the default.
SIGNED_IN = "signed_in"
UNATTENDED = "unattended"
CONNECTION_KINDS = (SIGNED_IN, UNATTENDED)


CONFIG_DIR_VARIABLE = "ZOHO_WIZARD_CONFIG_DIR"


def config_dir() -> Path:
    """The per-user settings folder: ``ZOHO_WIZARD_CONFIG_DIR`` when set (the same on
    every OS: tests and portable setups; platformdirs ignores the XDG variables on
    Windows and macOS), else the OS's (``~/.config/zoho-wizard``,
    ``%LOCALAPPDATA%\\zoho-wizard``, ``~/Library/Application Support/zoho-wizard``)."""
    override = os.environ.get(CONFIG_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The per-user log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Profile:
    """A saved connection's settings; nothing in here is secret."""

    name: str
    client_id: str
    data_center: str
    accounts_server: str
    api_domain: str
    scopes: tuple[str, ...]
    redirect_uri: str = ""
    use_pkce: bool = False
    granted_scopes: tuple[str, ...] = ()
    organization_id: str = ""
    organization_name: str = ""
    currency_code: str = ""
    user_email: str = ""
    connected_at: str = ""
    secret_store: str = "keyring"  # "keyring" or "session"
    health: str = "unchecked"  # "ok", "attention", "unchecked"
    health_detail: str = ""
    checked_at: str = ""
    # Where the firm's app was registered (the sign-in starts there); "" in files written
    # before it was kept: ``data_center`` (where the user's account is) stands in.
    home_data_center: str = ""
    kind: str = SIGNED_IN  # one of CONNECTION_KINDS

    @property
    def unattended(self) -> bool:
        """True for a connection for scheduled jobs (a Self Client; no refresh token)."""
        return self.kind == UNATTENDED

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        for key in ("scopes", "granted_scopes"):
            data[key] = list(data[key])
        return data

    @classmethod
    def from_json(cls, data: Any) -> Profile:
        """Rebuild from :meth:`to_json` output; unknown keys are ignored.

        Raises:
            ValueError: a required field is missing or of the wrong type.
        """
        if not isinstance(data, dict):
            raise ValueError("not an object")
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("scopes", "granted_scopes"):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{key} is not a list of text")
                value = tuple(value)
            elif key == "use_pkce":
                if not isinstance(value, bool):
                    raise ValueError("use_pkce is not true/false")
            elif not isinstance(value, str):
                raise ValueError(f"{key} is not text")
            elif key == "kind" and value not in CONNECTION_KINDS:
                raise ValueError(f"kind {value!r} is not known")
            kwargs[key] = value
        for required in (
            "name",
            "client_id",
            "data_center",
            "accounts_server",
            "api_domain",
            "scopes",
        ):
            if required not in kwargs:
                raise ValueError(f"{required} is missing")
        return cls(**kwargs)


@dataclass
class LoadResult:
    """What :meth:`ProfileStore.load` found: the good profiles and the broken entries."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    broken: dict[str, str] = field(default_factory=dict)  # name -> what is wrong


class ProfileStore:
    """The connections file. Every write is atomic and holds the file lock.

    Args:
        path: The JSON file (default: ``connections.json`` in :func:`config_dir`).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "connections.json"
        self._lock: filelock.FileLock | None = None
        self._making_lock = threading.Lock()

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the file lock (re-entrant within one process)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._making_lock:  # one lock object, whichever thread gets here first
            if self._lock is None:
                import filelock

                self._lock = filelock.FileLock(str(self.path) + ".lock", timeout=30)
        with self._lock:
            yield

    def load(self) -> LoadResult:
        """Read every connection.

        A damaged entry is reported in ``broken`` and the others still load.

        Raises:
            ProfileCorruptError: the file as a whole cannot be read.
        """
        try:
            raw = while_busy(lambda: self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return LoadResult()
        except PermissionError:
            raise errors.SettingsBusyError(str(self.path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise errors.ProfileCorruptError(str(self.path), type(exc).__name__) from None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise errors.ProfileCorruptError(str(self.path), "not valid JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("connections"), dict):
            raise errors.ProfileCorruptError(str(self.path), "no connections list")
        result = LoadResult()
        for name, entry in data["connections"].items():
            try:
                profile = Profile.from_json(entry)
            except (ValueError, TypeError) as exc:
                result.broken[str(name)] = str(exc)
                continue
            result.profiles[profile.name] = profile
        return result

    def get(self, name: str) -> Profile:
        """One connection by name.

        Raises:
            ConnectionNotFoundError: no such connection.
        """
        profile = self.load().profiles.get(name)
        if profile is None:
            raise errors.ConnectionNotFoundError(name)
        return profile

    def save(self, profile: Profile) -> None:
        """Add or replace one connection."""
        with self.locked():
            self._write(self._entries() | {profile.name: profile.to_json()})

    def delete(self, name: str) -> bool:
        """Remove one connection; False when it was not there."""
        with self.locked():
            entries = self._entries()
            if name not in entries:
                return False
            del entries[name]
            self._write(entries)
            return True

    def _entries(self) -> dict[str, Any]:
        # Keep broken entries as they are so a save never destroys what we can't read.
        try:
            data = json.loads(while_busy(lambda: self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}
        except PermissionError:
            raise errors.SettingsBusyError(str(self.path)) from None
        except (OSError, ValueError, RecursionError, UnicodeDecodeError):
            raise errors.ProfileCorruptError(str(self.path), "unreadable") from None
        if not isinstance(data, dict) or not isinstance(data.get("connections"), dict):
            raise errors.ProfileCorruptError(str(self.path), "no connections list")
        return dict(data["connections"])

    def _write(self, entries: dict[str, Any]) -> None:
        text = json.dumps(
            {"version": FILE_VERSION, "connections": entries},
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )
        try:
            write_atomic(self.path, text)
        except PermissionError:
            raise errors.SettingsBusyError(str(self.path)) from None


# Windows refuses to open or replace a file another process has open (WinError 5 or 32:
# a second copy of the program reading it unlocked, an antivirus or backup scan) for a
# moment: such a call is tried again for about a second and a half before it counts.
BUSY_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)
_pause = time.sleep  # (tests count the waits instead)


def while_busy(call: Callable[[], _T]) -> _T:
    """``call()``, tried again after each of :data:`BUSY_WAITS` while it raises
    ``PermissionError``; the last one's error is raised."""
    for wait in BUSY_WAITS:
        try:
            return call()
        except PermissionError:
            _pause(wait)
    return call()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that readers see the old file or the new one, never a mix.

    Raises:
        PermissionError: the file stayed in use by another process (Windows).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        while_busy(lambda: os.replace(tmp, path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --- secrets ----------------------------------------------------------------------------


class SecretStore(Protocol):
    """Where a connection's secrets are kept. Kinds: :data:`SECRET_KINDS`."""

    def get(self, connection: str, kind: str) -> str | None:
        """The secret, or None when there is none."""

    def set(self, connection: str, kind: str, value: str) -> None:
        """Store or replace a secret."""

    def delete(self, connection: str, kind: str) -> bool:
        """Remove a secret; False when there was none."""

    def describe(self, connection: str) -> str:
        """Plain words for where this connection's secrets are kept."""


def _account(connection: str, kind: str) -> str:
    if kind not in SECRET_KINDS:
        raise ValueError(f"unknown secret kind {kind!r}")
    return f"{connection}/{kind}"


@dataclass(frozen=True)
class KeyringStatus:
    """Whether the OS keyring can be used, and what to call it."""

    usable: bool
    backend: str
    place: str
    problem: str = ""


def _place_name(backend: Any) -> str:
    module = type(backend).__module__
    if "SecretService" in module or "libsecret" in module:
        return "the Secret Service (GNOME Keyring or KWallet), “Login” collection"
    if "Windows" in module:
        return "Windows Credential Manager"
    if "macOS" in module or "OS_X" in module:
        return "the macOS Keychain (login keychain)"
    if "kwallet" in module.lower():
        return "KWallet"
    return f"the system password store ({type(backend).__name__})"


def keyring_status(service: str = APP_NAME) -> KeyringStatus:
    """Probe the keyring: is there a real backend, and can we write to it right now?

    Writes and deletes one probe item, because a locked Secret Service only fails on use.
    """
    import keyring
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.fail import Keyring as FailKeyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    empty_chain = isinstance(backend, ChainerBackend) and not backend.backends
    if isinstance(backend, FailKeyring) or empty_chain:
        return KeyringStatus(False, name, "", "No system password store was found.")
    if "plaintext" in name.lower() or "keyrings.alt.file" in name:
        return KeyringStatus(
            False,
            name,
            "",
            "The only password store found keeps passwords in a plain file, which is not safe.",
        )
    try:
        with keyring_calls.writes_serialized(config_dir()):
            backend.set_password(service, "probe/probe", "probe")
            backend.delete_password(service, "probe/probe")
    except Exception as exc:  # any backend failure means "not usable", with its reason
        return KeyringStatus(
            False,
            name,
            _place_name(backend),
            f"The system password store could not be used "
            f"({keyring_calls.reason(exc)}); it may be locked.",
        )
    return KeyringStatus(True, name, _place_name(backend))


class KeyringSecretStore:
    """Secrets in the OS keyring via the ``keyring`` library.

    Saving a new connection writes three secrets. ``keyring`` opens a D-Bus connection and
    an encrypted session to the Secret Service for every call (about 25 ms each, mostly
    the session's key exchange), so :meth:`set_many` writes them through one connection
    and one session, and :meth:`prepare` opens that connection ahead of time (while the
    person signs in); the three are sent together (:mod:`zoho_wizard.core.secret_service`).
    The items are exactly the ones ``keyring`` writes, so ``keyring.get_password`` and
    every other reader find them.
    """

    def __init__(self, service: str = APP_NAME) -> None:
        self.service = service
        self._lock = threading.Lock()
        self._prepared: tuple[Any, Any] | None = None  # (backend, collection), unused yet
        self._released = False

    def get(self, connection: str, kind: str) -> str | None:
        """Read one secret.

        Raises:
            KeyringUnavailableError: the keyring could not be read.
        """
        import keyring

        account = _account(connection, kind)
        return keyring_calls.call(lambda: keyring.get_password(self.service, account))

    def set(self, connection: str, kind: str, value: str) -> None:
        """Write one secret.

        Raises:
            KeyringUnavailableError: the keyring could not be written.
        """
        import keyring

        account = _account(connection, kind)
        keyring_calls.write(
            config_dir(), lambda: keyring.set_password(self.service, account, value)
        )

    def prepare(self) -> None:
        """Open the Secret Service connection and session the next :meth:`set_many` uses.

        Does nothing for other password stores, or when one is open already. Never
        raises: a failure here shows up (with its message) when the secrets are written.
        """
        from zoho_wizard.core import secret_service

        with self._lock:
            if self._prepared is not None or self._released:
                return
            try:
                found = secret_service.open_collection(open_session=True)
            except Exception:
                return
            if found is not None and self._released:  # released meanwhile: not wanted
                found[1].connection.close()
                return
            self._prepared = found

    def release(self) -> None:
        """Close the connection :meth:`prepare` opened, if it was not used. Never waits:
        a :meth:`prepare` still opening one is told not to keep it."""
        self._released = True
        if not self._lock.acquire(blocking=False):
            return  # prepare() is running; it sees _released and keeps nothing
        try:
            found, self._prepared = self._prepared, None
        finally:
            self._lock.release()
        if found is not None:
            found[1].connection.close()

    def set_many(self, connection: str, values: dict[str, str], written: list[str]) -> None:
        """Write several secrets of one connection, in order.

        Each kind is appended to ``written`` once it is stored, so a caller can undo a
        partial write.

        Raises:
            KeyringUnavailableError: the keyring could not be written.
        """
        import keyring.errors

        from zoho_wizard.core import secret_service

        with self._lock:
            found, self._prepared = self._prepared, None
        try:
            if found is None:
                found = secret_service.open_collection(open_session=False)
        except Exception as exc:  # any store's failure, not only keyring's own errors
            raise keyring_calls.unavailable(exc) from None
        if found is None:  # another password store: one call per secret
            for kind, value in values.items():
                self.set(connection, kind, value)
                written.append(kind)
            return
        from secretstorage.exceptions import SecretStorageException

        for attempt in (1, 2):
            backend, collection = found
            try:
                with contextlib.closing(collection.connection):
                    self._create_items(backend, collection, connection, values, written)
                return
            except (SecretStorageException, OSError) as exc:
                if written or attempt == 2:
                    raise keyring_calls.unavailable(exc) from None
                # A connection opened ahead of time may have gone stale (the password
                # store restarted meanwhile): once more on a new one.
                try:
                    found = secret_service.open_collection(open_session=False)
                except keyring.errors.KeyringError as again:
                    raise keyring_calls.unavailable(again) from None
                if found is None:
                    raise keyring_calls.unavailable(exc) from None

    def _create_items(
        self,
        backend: Any,
        collection: Any,
        connection: str,
        values: dict[str, str],
        written: list[str],
    ) -> None:
        from zoho_wizard.core import secret_service

        items: list[secret_service.Item] = []
        for kind, value in values.items():
            account = _account(connection, kind)  # every kind checked before any write
            # The label and attributes keyring's SecretService backend writes.
            attributes = {
                "application": backend.appid,
                "service": self.service,
                "username": account,
            }
            items.append((kind, f"Password for '{account}' on '{self.service}'", attributes, value))
        secret_service.create_items(collection, items, written)

    def delete(self, connection: str, kind: str) -> bool:
        """Delete one secret; False when it was not there.

        Raises:
            KeyringUnavailableError: the keyring could not be written.
        """
        import keyring.errors

        account = _account(connection, kind)

        def remove() -> bool:
            try:
                keyring.delete_password(self.service, account)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        return keyring_calls.write(config_dir(), remove)

    def describe(self, connection: str) -> str:
        """Where the secrets are, with the item names a person can search for."""
        import keyring

        place = _place_name(keyring.get_keyring())
        return (
            f"{place}, service “{self.service}”, items “{connection}/client_secret” and "
            f"“{connection}/refresh_token”"
        )


def preload() -> None:
    """Import the file-lock library now (from a background thread), so the first save of
    a connection does not wait for it."""
    import filelock  # noqa: F401


class MemorySecretStore:
    """Secrets kept only while this program runs (the user's explicit choice)."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}

    def get(self, connection: str, kind: str) -> str | None:
        """Read one secret."""
        return self._items.get((connection, _account(connection, kind)))

    def set(self, connection: str, kind: str, value: str) -> None:
        """Keep one secret in memory."""
        self._items[(connection, _account(connection, kind))] = value

    def delete(self, connection: str, kind: str) -> bool:
        """Forget one secret."""
        return self._items.pop((connection, _account(connection, kind)), None) is not None

    def describe(self, connection: str) -> str:
        """Where the secrets are."""
        return "only in this program's memory, until it closes (nothing was saved)"


def platform_keyring_name() -> str:
    """What this operating system's password store is called, for messages."""
    if sys.platform == "win32":
        return "Windows Credential Manager"
    if sys.platform == "darwin":
        return "the macOS Keychain"
    return "the Secret Service (GNOME Keyring or KWallet)"
