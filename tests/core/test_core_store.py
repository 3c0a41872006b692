"""The connections file and the secret stores: nothing lost, nothing secret in the file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from zoho_wizard.core import errors
from zoho_wizard.core.store import (
    APP_NAME,
    KeyringSecretStore,
    MemorySecretStore,
    Profile,
    ProfileStore,
    keyring_status,
)


def _profile(name: str = "Acme Ltd", **changes: Any) -> Profile:
    fields: dict[str, Any] = {
        "name": name,
        "client_id": "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        "data_center": "eu",
        "accounts_server": "https://accounts.zoho.eu",
        "api_domain": "https://www.zohoapis.eu",
        "scopes": ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ"),
        "redirect_uri": "http://127.0.0.1:47214/callback",
        "organization_id": "10234695",
        "organization_name": "Zillum",
    }
    return Profile(**(fields | changes))


def _leftovers(folder: Path) -> list[str]:
    """Files in the folder other than the connections file and its lock."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name not in {"connections.json", "connections.json.lock"}
    )


# --- ProfileStore ----------------------------------------------------------------------


def test_save_load_delete_roundtrip(config_path: Path) -> None:
    store = ProfileStore(config_path)
    assert store.load().profiles == {}  # no file yet is not an error
    acme, beta = _profile(), _profile("Beta GmbH", use_pkce=True, data_center="ca")
    store.save(acme)
    store.save(beta)
    loaded = ProfileStore(config_path).load()
    assert loaded.profiles == {"Acme Ltd": acme, "Beta GmbH": beta}
    assert loaded.broken == {}
    assert store.get("Beta GmbH") == beta
    assert store.delete("Acme Ltd") is True
    assert store.delete("Acme Ltd") is False
    assert set(store.load().profiles) == {"Beta GmbH"}


def test_saving_again_replaces_the_connection(config_path: Path) -> None:
    store = ProfileStore(config_path)
    store.save(_profile(organization_id="1"))
    store.save(_profile(organization_id="2"))
    assert store.get("Acme Ltd").organization_id == "2"
    assert len(store.load().profiles) == 1


def test_get_of_an_unknown_name_says_so(config_path: Path) -> None:
    with pytest.raises(errors.ConnectionNotFoundError) as info:
        ProfileStore(config_path).get("Nobody")
    assert "Nobody" in str(info.value)


def test_file_is_readable_json_with_non_ascii_names_kept(config_path: Path) -> None:
    ProfileStore(config_path).save(_profile("Müller & Söhne"))
    data = json.loads(config_path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert "Müller & Söhne" in config_path.read_text(encoding="utf-8")
    assert data["connections"]["Müller & Söhne"]["scopes"] == [
        "ZohoBooks.settings.READ",
        "ZohoBooks.invoices.READ",
    ]


def test_writes_leave_no_temporary_files(config_path: Path) -> None:
    store = ProfileStore(config_path)
    for i in range(3):
        store.save(_profile(f"c{i}"))
    store.delete("c1")
    assert _leftovers(config_path.parent) == []


def test_a_crash_while_replacing_keeps_the_old_file(
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = ProfileStore(config_path)
    store.save(_profile())
    before = config_path.read_bytes()

    def crash(src: Any, dst: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.save(_profile("Beta GmbH"))
    monkeypatch.undo()
    assert config_path.read_bytes() == before
    assert _leftovers(config_path.parent) == []
    assert set(store.load().profiles) == {"Acme Ltd"}


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"[]",
        b'{"version": 1}',
        b'{"connections": []}',
        b"\xff\xfe\xfa",
        b"[" * 100_000,
    ],
)
def test_a_corrupted_file_is_reported_with_its_path(config_path: Path, content: bytes) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_bytes(content)
    store = ProfileStore(config_path)
    with pytest.raises(errors.ProfileCorruptError) as info:
        store.load()
    assert info.value.path == str(config_path)
    assert str(config_path) in str(info.value)
    # Saving must not overwrite what could not be read.
    with pytest.raises(errors.ProfileCorruptError):
        store.save(_profile())
    assert config_path.read_bytes() == content


def test_one_broken_entry_does_not_hide_the_others_and_survives_a_save(
    config_path: Path,
) -> None:
    good = _profile()
    broken_entry = {"name": "Broken", "client_id": 12345}
    config_path.parent.mkdir(parents=True)
    config_path.write_text(
        json.dumps(
            {"version": 1, "connections": {"Acme Ltd": good.to_json(), "Broken": broken_entry}}
        ),
        encoding="utf-8",
    )
    store = ProfileStore(config_path)
    loaded = store.load()
    assert loaded.profiles == {"Acme Ltd": good}
    assert set(loaded.broken) == {"Broken"}
    assert "client_id" in loaded.broken["Broken"]

    store.save(_profile("Beta GmbH"))
    store.delete("Acme Ltd")
    data = json.loads(config_path.read_text(encoding="utf-8"))
    assert data["connections"]["Broken"] == broken_entry  # kept exactly as it was
    again = store.load()
    assert set(again.profiles) == {"Beta GmbH"}
    assert set(again.broken) == {"Broken"}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"scopes": "ZohoBooks.settings.READ"}, "scopes"),
        ({"scopes": [1, 2]}, "scopes"),
        ({"use_pkce": "yes"}, "use_pkce"),
        ({"api_domain": None}, "api_domain"),
        ({"organization_id": 10234695}, "organization_id"),
    ],
)
def test_from_json_names_the_bad_field(change: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Profile.from_json(_profile().to_json() | change)


@pytest.mark.parametrize(
    "missing", ["name", "client_id", "data_center", "accounts_server", "api_domain", "scopes"]
)
def test_from_json_requires_the_core_fields(missing: str) -> None:
    data = _profile().to_json()
    del data[missing]
    with pytest.raises(ValueError, match=missing):
        Profile.from_json(data)


def test_from_json_ignores_unknown_keys_and_fills_defaults() -> None:
    data = {
        k: v
        for k, v in _profile().to_json().items()
        if k in {"name", "client_id", "data_center", "accounts_server", "api_domain", "scopes"}
    }
    profile = Profile.from_json(data | {"added_in_a_future_version": {"x": 1}})
    assert profile.secret_store == "keyring"
    assert profile.health == "unchecked"
    assert profile.use_pkce is False


def test_profile_holds_nothing_secret() -> None:
    names = set(_profile().to_json())
    assert not {"client_secret", "refresh_token", "access_token"} & names


# --- secrets ---------------------------------------------------------------------------


def test_keyring_store_keeps_each_secret_under_service_and_connection_kind() -> None:
    store = KeyringSecretStore()
    store.set("Acme Ltd", "refresh_token", "fake-refresh")
    store.set("Acme Ltd", "client_secret", "fake-secret")
    # What a person would search for in their password manager.
    assert keyring.get_password(APP_NAME, "Acme Ltd/refresh_token") == "fake-refresh"
    assert keyring.get_password(APP_NAME, "Acme Ltd/client_secret") == "fake-secret"
    assert store.get("Acme Ltd", "refresh_token") == "fake-refresh"
    text = store.describe("Acme Ltd")
    assert "zoho-wizard" in text and "Acme Ltd/client_secret" in text


def test_keyring_store_get_of_nothing_is_none() -> None:
    assert KeyringSecretStore().get("Acme Ltd", "access_token") is None


@pytest.mark.parametrize("operation", ["get", "set", "delete"])
def test_keyring_store_without_a_keyring_raises_keyring_unavailable(operation: str) -> None:
    keyring.set_keyring(FailKeyring())
    store = KeyringSecretStore()
    with pytest.raises(errors.KeyringUnavailableError) as info:
        if operation == "set":
            store.set("Acme Ltd", "refresh_token", "fake-refresh")
        else:
            getattr(store, operation)("Acme Ltd", "refresh_token")
    assert info.value.action is errors.Action.CHOOSE_STORAGE
    assert "fake-refresh" not in str(info.value)


def test_keyring_status_with_the_test_memory_keyring_is_usable_and_leaves_nothing() -> None:
    status = keyring_status()
    assert status.usable, status.problem
    assert status.problem == ""
    assert "MemoryKeyring" in status.backend
    assert status.place  # a name to show, even for an unrecognised backend
    assert keyring.get_password(APP_NAME, "probe/probe") is None


def test_keyring_status_with_no_keyring_is_unusable() -> None:
    keyring.set_keyring(FailKeyring())
    status = keyring_status()
    assert not status.usable
    assert "No system password store" in status.problem


class _LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring that exists but refuses every write, like a locked Secret Service."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")


class PlaintextKeyring(_LockedKeyring):
    """Named like keyrings.alt's file backend, which keeps passwords in a plain file."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_keyring_status_with_a_locked_keyring_is_unusable_and_says_why() -> None:
    keyring.set_keyring(_LockedKeyring())
    status = keyring_status()
    assert not status.usable
    assert "locked" in status.problem
    assert "PasswordSetError" in status.problem


def test_keyring_status_refuses_a_plain_file_keyring() -> None:
    keyring.set_keyring(PlaintextKeyring())
    status = keyring_status()
    assert not status.usable
    assert "plain file" in status.problem


def test_memory_store_keeps_secrets_apart_and_never_touches_the_keyring() -> None:
    store = MemorySecretStore()
    store.set("A", "refresh_token", "fake-a")
    store.set("B", "refresh_token", "fake-b")
    assert store.get("A", "refresh_token") == "fake-a"
    assert store.get("B", "refresh_token") == "fake-b"
    assert keyring.get_password(APP_NAME, "A/refresh_token") is None
    assert store.delete("A", "refresh_token") is True
    assert store.get("A", "refresh_token") is None
    assert "memory" in store.describe("A")
    with pytest.raises(ValueError):
        store.get("A", "password")


class _BusyKeyring(keyring.backend.KeyringBackend):
    """A Secret Service that cannot open its collection the first ``busy`` times (seen with
    gnome-keyring while several processes open it at once), then works."""

    priority = 1

    def __init__(self, busy: int) -> None:
        super().__init__()
        self.busy = busy
        self.calls = 0
        self.items: dict[tuple[str, str], str] = {}

    def _maybe_busy(self) -> None:
        self.calls += 1
        if self.calls <= self.busy:
            raise keyring.errors.InitError("Failed to create the collection")

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_busy()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_busy()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_a_password_store_busy_for_a_moment_is_asked_once_more() -> None:
    backend = _BusyKeyring(busy=1)
    keyring.set_keyring(backend)
    store = KeyringSecretStore()
    store.set("Acme Ltd", "refresh_token", "fake-refresh")
    assert backend.calls == 2
    backend.busy = backend.calls + 1  # busy again, once
    assert store.get("Acme Ltd", "refresh_token") == "fake-refresh"


def test_a_password_store_that_stays_busy_is_reported_unavailable() -> None:
    keyring.set_keyring(_BusyKeyring(busy=2))
    with pytest.raises(errors.KeyringUnavailableError):
        KeyringSecretStore().get("Acme Ltd", "refresh_token")
