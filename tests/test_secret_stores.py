"""One contract every secret store must pass: the in-memory test keyring, the real
Secret Service (gnome-keyring, started by ``scripts/test.sh``), and session-only memory."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from zoho_wizard.core.store import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    keyring_status,
)

FAKE = "fake-refresh-token-for-tests-only"


def _stores() -> list[object]:
    return [
        pytest.param("keyring-memory", id="keyring-in-memory"),
        pytest.param(
            "keyring-secret-service", id="secret-service", marks=pytest.mark.secret_service
        ),
        pytest.param("session", id="session-only"),
    ]


@pytest.fixture(params=_stores())
def store(request: pytest.FixtureRequest) -> SecretStore:
    if request.param == "session":
        return MemorySecretStore()
    return KeyringSecretStore(service="zoho-wizard-test")


def test_set_get_delete_roundtrip(store: SecretStore) -> None:
    store.set("Client A", "refresh_token", FAKE)
    assert store.get("Client A", "refresh_token") == FAKE
    assert store.delete("Client A", "refresh_token") is True
    assert store.get("Client A", "refresh_token") is None


def test_connections_do_not_share_secrets(store: SecretStore) -> None:
    store.set("Client A", "client_secret", "fake-secret-a")
    store.set("Client B", "client_secret", "fake-secret-b")
    try:
        assert store.get("Client A", "client_secret") == "fake-secret-a"
        assert store.get("Client B", "client_secret") == "fake-secret-b"
    finally:
        store.delete("Client A", "client_secret")
        store.delete("Client B", "client_secret")


def test_deleting_a_missing_secret_reports_false(store: SecretStore) -> None:
    assert store.delete("Nobody", "access_token") is False


def test_replacing_a_secret_keeps_only_the_new_value(store: SecretStore) -> None:
    store.set("Client A", "access_token", "fake-old")
    store.set("Client A", "access_token", "fake-new")
    try:
        assert store.get("Client A", "access_token") == "fake-new"
    finally:
        store.delete("Client A", "access_token")


def test_unknown_secret_kind_is_refused(store: SecretStore) -> None:
    with pytest.raises(ValueError):
        store.set("Client A", "password", "x")


def test_describe_names_the_place(store: SecretStore) -> None:
    text = store.describe("Client A")
    assert text
    if isinstance(store, KeyringSecretStore):
        assert "Client A/refresh_token" in text


@pytest.mark.secret_service
def test_real_secret_service_is_reported_usable() -> None:
    status = keyring_status()
    assert status.usable, status.problem
    assert "Secret Service" in status.place


KEYS = {
    "client_secret": "fake-client-secret-for-tests",
    "refresh_token": FAKE,
    "access_token": '{"access_token": "fake-access", "expires_at": 1}',
}


@pytest.fixture(
    params=[
        pytest.param("keyring-memory", id="keyring-in-memory"),
        pytest.param("secret-service", id="secret-service", marks=pytest.mark.secret_service),
    ]
)
def keyring_store(request: pytest.FixtureRequest) -> Iterator[KeyringSecretStore]:
    store = KeyringSecretStore(service="zoho-wizard-test")
    yield store
    for kind in KEYS:
        store.delete("Client A", kind)


@pytest.mark.parametrize("prepared", [False, True], ids=["cold", "prepared"])
def test_set_many_writes_what_keyring_itself_reads(
    keyring_store: KeyringSecretStore, prepared: bool
) -> None:
    if prepared:
        keyring_store.prepare()
    written: list[str] = []
    keyring_store.set_many("Client A", KEYS, written)
    assert written == list(KEYS)
    for kind, value in KEYS.items():
        assert keyring_store.get("Client A", kind) == value
        # Any other program using the keyring library finds the same items.
        assert keyring.get_password("zoho-wizard-test", f"Client A/{kind}") == value


def test_set_many_replaces_earlier_values(keyring_store: KeyringSecretStore) -> None:
    keyring_store.set("Client A", "refresh_token", "fake-old-refresh")
    keyring_store.set_many("Client A", {"refresh_token": FAKE}, [])
    assert keyring_store.get("Client A", "refresh_token") == FAKE


@pytest.mark.secret_service
def test_a_stale_prepared_connection_is_replaced_without_an_error() -> None:
    store = KeyringSecretStore(service="zoho-wizard-test")
    store.prepare()
    prepared = store._prepared
    assert prepared is not None, "the Secret Service connection was not opened ahead"
    prepared[1].connection.close()  # as if the password store restarted meanwhile
    written: list[str] = []
    try:
        store.set_many("Client A", KEYS, written)
        assert written == list(KEYS)
        assert store.get("Client A", "refresh_token") == FAKE
    finally:
        for kind in KEYS:
            store.delete("Client A", kind)


def test_set_many_refuses_an_unknown_kind_before_writing(
    keyring_store: KeyringSecretStore,
) -> None:
    written: list[str] = []
    with pytest.raises(ValueError):
        keyring_store.set_many("Client A", {"password": "x"}, written)
    assert written == []


@pytest.mark.secret_service
def test_release_closes_an_unused_prepared_connection_and_writes_still_work() -> None:
    store = KeyringSecretStore(service="zoho-wizard-test")
    store.prepare()
    prepared = store._prepared
    assert prepared is not None
    store.release()
    assert store._prepared is None
    assert prepared[1].connection.sock.fileno() == -1  # closed, not left to the collector
    store.prepare()  # a released store opens nothing more ahead of time
    assert store._prepared is None
    try:
        store.set_many("Client A", KEYS, [])
        assert store.get("Client A", "client_secret") == KEYS["client_secret"]
    finally:
        for kind in KEYS:
            store.delete("Client A", kind)


def test_release_without_prepare_is_harmless(keyring_store: KeyringSecretStore) -> None:
    keyring_store.release()
    keyring_store.set_many("Client A", {"refresh_token": FAKE}, [])
    assert keyring_store.get("Client A", "refresh_token") == FAKE
