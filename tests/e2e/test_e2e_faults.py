"""Every fault the sandbox can inject, against the real connector over real HTTP.

For each: a plain-language error (or success after retrying), never anything else; a code
exchanged at most once; transient failures retried only while the code lives; nothing
half-written stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from fake_winvault import NO_LOGON_SESSION, FakeWinVault

from zoho_wizard.core import errors
from zoho_wizard.core.authorize import VerifiedCallback
from zoho_wizard.core.connect import ConnectionDetails, Connector
from zoho_wizard.core.endpoints import custom_endpoints
from zoho_wizard.core.store import KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import PRACTICE_CLIENT_ID, PRACTICE_CLIENT_SECRET, Sandbox
from zoho_wizard.sandbox.memory_keyring import MemoryKeyring

SCOPES = ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ")


class SteppingClock:
    """Real time plus whatever the connector 'slept' (sleeps return at once)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def sleep(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def connector(sb: Sandbox, config_path: Path, clock: SteppingClock) -> Connector:
    endpoints = custom_endpoints(sb.accounts_url("us"), practice=True)
    return Connector(
        endpoints,
        ProfileStore(config_path),
        KeyringSecretStore(),
        clock=clock,
        sleep=clock.sleep,
        timeout=(2.0, 1.0),
    )


DETAILS = ConnectionDetails(
    name="Fault Test Ltd",
    client_id=PRACTICE_CLIENT_ID,
    client_secret=PRACTICE_CLIENT_SECRET,
    data_center="us",
    scopes=SCOPES,
    redirect_uri="",
)


def _code(sb: Sandbox) -> VerifiedCallback:
    code = sb.generate_self_client_code(PRACTICE_CLIENT_ID, SCOPES, expiry_minutes=3)
    return VerifiedCallback(code, sb.accounts_url("us"), "us")


def _nothing_stored(config_path: Path) -> bool:
    backend = keyring.get_keyring()
    items = getattr(backend, "items", {})
    return not items and not config_path.exists()


def _plain(err: errors.ZohoWizardError, sb: Sandbox) -> None:
    text = f"{err.message} {err.fix}"
    assert err.message.endswith((".", "!")) and err.fix
    assert "Traceback" not in text
    assert not any(secret in text for secret in sb.issued_secrets())
    assert PRACTICE_CLIENT_SECRET not in text


TRANSIENT = [
    pytest.param("status", {"status": 500}, id="http-500"),
    pytest.param("status", {"status": 502}, id="http-502"),
    pytest.param("status", {"status": 503}, id="http-503"),
    pytest.param("html", {}, id="html-error-page"),
    pytest.param("empty", {}, id="empty-body"),
    pytest.param("drop", {}, id="connection-dropped"),
    pytest.param("delay", {"seconds": 1.6}, id="slower-than-timeout"),
]


@pytest.mark.parametrize(("kind", "params"), TRANSIENT)
def test_a_transient_token_fault_is_retried_and_the_code_used_once(
    sb: Sandbox, connector: Connector, kind: str, params: dict[str, object]
) -> None:
    sb.faults.add("token", kind, times=1, **params)
    verified = _code(sb)
    tokens = connector.exchange(DETAILS, None, verified, deadline=connector.clock() + 180)
    assert tokens.refresh_token and tokens.api_domain == sb.api_domain("us")
    attempts = sb.requests_for("token")
    assert len(attempts) == 2  # the faulted one and one retry
    assert all(r.form.get("code") == verified.code for r in attempts)
    assert "redirect_uri" not in attempts[-1].form  # a Self Client code needs none


@pytest.mark.parametrize(
    ("zoho_error", "expected"),
    [
        ("invalid_code", errors.InvalidCodeError),
        ("invalid_client", errors.InvalidClientError),
        ("invalid_client_secret", errors.InvalidClientSecretError),
        ("invalid_redirect_uri", errors.InvalidRedirectUriError),
        ("invalid_scope", errors.InvalidScopeError),
        ("unsupported_grant_type", errors.OAuthError),
    ],
)
def test_a_zoho_error_is_explained_never_retried_and_nothing_is_stored(
    sb: Sandbox,
    connector: Connector,
    config_path: Path,
    zoho_error: str,
    expected: type[errors.OAuthError],
) -> None:
    sb.faults.add("token", "error", error=zoho_error)
    with pytest.raises(expected) as caught:
        connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    _plain(caught.value, sb)
    assert len(sb.requests_for("token")) == 1
    assert _nothing_stored(config_path)


@pytest.mark.parametrize(
    ("kind", "status"),
    [("throttle", 400), ("throttle", 200), ("localized", 400), ("localized", 200)],
)
def test_throttling_in_every_variant_says_how_long_to_wait(
    sb: Sandbox, connector: Connector, kind: str, status: int
) -> None:
    sb.faults.add("token", kind, status=status)
    with pytest.raises(errors.ThrottledError) as caught:
        connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    _plain(caught.value, sb)
    assert caught.value.retry_after >= 60
    assert "minutes" in caught.value.fix
    assert len(sb.requests_for("token")) == 1  # nothing loops


def test_a_reply_lost_after_zoho_used_the_code_is_explained(
    sb: Sandbox, connector: Connector
) -> None:
    sb.faults.add("token", "drop", after=True)
    with pytest.raises(errors.InvalidCodeError) as caught:
        connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    assert "connection broke" in caught.value.message
    _plain(caught.value, sb)


def test_retrying_stops_when_the_code_would_have_expired(
    sb: Sandbox, connector: Connector, config_path: Path
) -> None:
    sb.faults.add("token", "status", times=None, status=503)
    with pytest.raises(errors.CodeExpiredError) as caught:
        connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 20)
    _plain(caught.value, sb)
    # Backoff 1, 2, 4, 4, 4 … seconds: a handful of tries, never a tight loop.
    assert 3 <= len(sb.requests_for("token")) <= 8
    assert _nothing_stored(config_path)


@pytest.mark.fault  # the server goes away: no sandbox fault fires
def test_the_network_gone_is_a_plain_network_error(sb: Sandbox, connector: Connector) -> None:
    verified = _code(sb)
    sb.stop()
    with pytest.raises(errors.CodeExpiredError) as caught:
        connector.exchange(DETAILS, None, verified, deadline=connector.clock() + 10)
    assert "could not be reached" in caught.value.message
    assert "internet" in caught.value.fix


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("books401", errors.BooksAuthError), ("books429", errors.BooksRateLimitError)],
)
def test_books_faults_on_the_organization_list(
    sb: Sandbox, connector: Connector, kind: str, expected: type[errors.BooksError]
) -> None:
    tokens = connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    profile = connector.store(DETAILS, _code_place(sb), tokens)
    sb.faults.add("organizations", kind)
    with pytest.raises(expected) as caught:
        connector.organizations(profile, tokens)
    _plain(caught.value, sb)
    # Once the fault has passed, the same call works: nothing was lost.
    assert connector.organizations(profile, tokens)


def _code_place(sb: Sandbox) -> VerifiedCallback:
    return VerifiedCallback("spent", sb.accounts_url("us"), "us")


class BreaksOnSecondWrite(MemoryKeyring):
    """A keyring that stores the first secret, then fails (a locked or full store)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.items:
            raise keyring.errors.PasswordSetError("store refused the write")
        super().set_password(service, username, password)


class KeychainLike(MemoryKeyring):
    """keyring's macOS backend writes by deleting the item, then adding it (SecItemDelete,
    SecItemAdd); here the add number ``refuse_add`` is refused (the person denied the
    Keychain's prompt, or errSecInteractionNotAllowed under ssh or launchd)."""

    def __init__(self) -> None:
        super().__init__()
        self.adds = 0
        self.refuse_add = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items.pop((service, username), None)  # SecItemDelete
        self.adds += 1
        if self.adds == self.refuse_add:
            raise keyring.errors.PasswordSetError(
                "Can't store password on keychain: (-25308, 'User interaction is not allowed.')"
            )
        super().set_password(service, username, password)  # SecItemAdd


@pytest.mark.fault
def test_a_keychain_refusing_a_reconnects_write_keeps_every_old_key(
    sb: Sandbox, connector: Connector
) -> None:
    keychain = KeychainLike()
    keyring.set_keyring(keychain)
    first = connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    connector.store(DETAILS, _code_place(sb), first)
    before = dict(keychain.items)
    assert len(before) == 3
    again = connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    keychain.refuse_add = keychain.adds + 2  # the reconnect's second key (its refresh token)
    with pytest.raises(errors.KeyringUnavailableError):
        connector.store(DETAILS, _code_place(sb), again)
    # The delete before the refused add took the old refresh token away; it was put back
    # with the others: the connection works on as it was before the reconnect.
    assert keychain.items == before


def _windows_breaking_on_second_write() -> FakeWinVault:
    # Credential Manager's own error (pywintypes.error 1312), not a KeyringError.
    vault = FakeWinVault()
    vault.fail_with, vault.fail_writes_after = NO_LOGON_SESSION, 1
    return vault


@pytest.mark.fault  # the keyring fails, not Zoho
@pytest.mark.parametrize("broken", [BreaksOnSecondWrite, _windows_breaking_on_second_write])
def test_a_keyring_failing_midway_leaves_nothing_half_written(
    sb: Sandbox, connector: Connector, config_path: Path, broken: Callable[[], Any]
) -> None:
    tokens = connector.exchange(DETAILS, None, _code(sb), deadline=connector.clock() + 180)
    store = broken()
    keyring.set_keyring(store)
    with pytest.raises(errors.KeyringUnavailableError) as caught:
        connector.store(DETAILS, _code_place(sb), tokens)
    _plain(caught.value, sb)
    # the first write was rolled back
    assert (store.targets if isinstance(store, FakeWinVault) else store.items) == {}
    assert not config_path.exists()  # no connection without its keys
    # The issued tokens are still in hand: storing again elsewhere needs no sign-in.
    assert tokens.refresh_token
