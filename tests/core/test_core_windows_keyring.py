"""Windows Credential Manager, simulated: its errors are not keyring's, and its writes race.

A fake of keyring's ``WinVaultKeyring`` (tests/fake_winvault.py) stands in for it; the
platform is forced to ``win32`` only where the code asks which OS it runs on. What only a
real Windows machine can confirm: which error numbers Credential Manager gives under Task
Scheduler, SSH and the blocking policy (1312 is the one reported), and that the lock file
works across processes on NTFS (filelock's msvcrt lock, tested by filelock itself).
"""

from __future__ import annotations

import contextlib
import sys
import threading

import filelock  # imported before sys.platform is forced, so it keeps the POSIX lock
import keyring
import pytest
from fake_winvault import NO_LOGON_SESSION, FakeWinVault

from zoho_wizard import cli
from zoho_wizard.cli.common import EXIT_FAILED
from zoho_wizard.core import errors
from zoho_wizard.core.store import APP_NAME, KeyringSecretStore, ProfileStore, keyring_status
from zoho_wizard.core.store import Profile as _Profile

assert filelock  # (kept imported, see above)


@pytest.fixture
def vault() -> FakeWinVault:
    backend = FakeWinVault()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")


@pytest.mark.fault
@pytest.mark.parametrize("operation", ["get", "set", "delete"])
def test_a_credential_manager_error_is_an_unusable_password_store(
    vault: FakeWinVault, on_windows: None, operation: str
) -> None:
    vault.fail_with = NO_LOGON_SESSION
    store = KeyringSecretStore()
    with pytest.raises(errors.KeyringUnavailableError) as info:
        if operation == "set":
            store.set("Acme Ltd", "refresh_token", "fake-refresh")
        else:
            getattr(store, operation)("Acme Ltd", "refresh_token")
    assert info.value.action is errors.Action.CHOOSE_STORAGE
    assert "(error 1312)" in info.value.message
    assert "Windows Credential Manager" in info.value.fix
    assert "GNOME" not in info.value.fix
    assert "session only" in info.value.fix
    assert "fake-refresh" not in str(info.value)


@pytest.mark.fault
def test_the_start_up_probe_calls_credential_manager_unusable_with_its_error_number(
    vault: FakeWinVault, on_windows: None
) -> None:
    vault.fail_with = NO_LOGON_SESSION
    status = keyring_status()
    assert not status.usable
    assert "error 1312" in status.problem
    assert status.place == "the system password store (FakeWinVault)"


def test_set_many_through_credential_manager_writes_each_secret(
    vault: FakeWinVault, on_windows: None
) -> None:
    store = KeyringSecretStore()
    written: list[str] = []
    values = {"client_secret": "fake-s", "refresh_token": "fake-r", "access_token": "fake-a"}
    store.set_many("Acme Ltd", values, written)
    assert written == list(values)
    for kind, value in values.items():
        assert store.get("Acme Ltd", kind) == value
    assert store.delete("Acme Ltd", "client_secret") is True
    assert store.get("Acme Ltd", "client_secret") is None
    assert store.get("Acme Ltd", "refresh_token") == "fake-r"


@pytest.mark.parametrize(
    ("platform", "names", "not_named"),
    [
        ("win32", "Windows Credential Manager", "GNOME"),
        ("darwin", "login keychain", "GNOME"),
        ("linux", "GNOME Keyring or KWallet", "Windows"),
    ],
)
def test_the_no_password_store_fix_names_this_computers_store(
    monkeypatch: pytest.MonkeyPatch, platform: str, names: str, not_named: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    fix = errors.KeyringUnavailableError().fix
    assert names in fix
    assert not_named not in fix
    assert fix.endswith("keep this connection for this session only.")


@pytest.mark.fault
def test_token_on_a_computer_whose_credential_manager_refuses_prints_the_plain_message(
    vault: FakeWinVault, on_windows: None, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().save(
        _Profile(
            name="Acme Ltd",
            client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
            data_center="eu",
            accounts_server="https://accounts.zoho.eu",
            api_domain="https://www.zohoapis.eu",
            scopes=("ZohoBooks.settings.READ",),
        )
    )
    vault.fail_with = NO_LOGON_SESSION
    assert cli.main(["token", "Acme Ltd"]) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert "The system password store refused the request (error 1312)." in err
    assert "Windows Credential Manager" in err
    assert "Unexpected problem" not in err
    assert "Traceback" not in err


# --- concurrent writes ------------------------------------------------------------------


def _race(vault: FakeWinVault) -> None:
    """Two writers of one connection's secrets at once, each stopping between its read
    and its writes until the other has read too (or, when a lock keeps the other out,
    until the wait gives up: the first writer then finishes alone)."""
    both_read = threading.Barrier(2, timeout=2)

    def wait_for_the_other(_username: str) -> None:
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()

    store = KeyringSecretStore()
    store.set("Acme Ltd", "access_token", "fake-a")  # an item already under the bare target
    vault.between_read_and_write = wait_for_the_other
    failures: list[BaseException] = []

    def write(kind: str, value: str) -> None:
        try:
            store.set("Acme Ltd", kind, value)
        except BaseException as exc:  # shown by the assertion below
            failures.append(exc)

    threads = [
        threading.Thread(target=write, args=("client_secret", "fake-s")),
        threading.Thread(target=write, args=("refresh_token", "fake-r")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    vault.between_read_and_write = None
    assert failures == []


def test_unlocked_writers_lose_a_secret_in_credential_manager(vault: FakeWinVault) -> None:
    """The fake reproduces the race (here on Linux, where no lock is taken)."""
    _race(vault)
    found = {
        kind: keyring.get_password(APP_NAME, f"Acme Ltd/{kind}")
        for kind in ("client_secret", "refresh_token", "access_token")
    }
    assert found["access_token"] == "fake-a"
    assert None in (found["client_secret"], found["refresh_token"])  # one was lost


def test_on_windows_this_programs_writes_are_serialized_and_none_is_lost(
    vault: FakeWinVault, on_windows: None
) -> None:
    _race(vault)
    store = KeyringSecretStore()
    assert store.get("Acme Ltd", "client_secret") == "fake-s"
    assert store.get("Acme Ltd", "refresh_token") == "fake-r"
    assert store.get("Acme Ltd", "access_token") == "fake-a"
