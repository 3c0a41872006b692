"""One contract every secret store must pass: the in-memory test keyring, the real
Secret Service (gnome-keyring, started by ``scripts/test.sh``), and session-only memory."""

from __future__ import annotations

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
