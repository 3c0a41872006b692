"""Fixtures for the end-to-end tests: a started sandbox with a movable clock, and a
closed-after-use HTTP session. Every test talks real HTTP to the sandbox; nothing is
mocked."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from e2e_helpers import FakeClock

from zoho_wizard.core.store import SECRET_KINDS, KeyringSecretStore, ProfileStore
from zoho_wizard.sandbox import Sandbox


@pytest.fixture
def clock() -> FakeClock:
    """Starts at the real time (the health check compares it with the Date header)."""
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    """A started sandbox sharing the test's clock; it must not hit an internal error."""
    with Sandbox(clock=clock) as sb:
        yield sb
        assert sb.errors == []


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """The HTTP session for the code under test (closed afterwards: no ResourceWarning)."""
    with requests.Session() as s:
        yield s


@pytest.fixture
def profiles(config_path: Path) -> ProfileStore:
    """The connections file of this test."""
    return ProfileStore(config_path)


@pytest.fixture
def shared_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """User folders shared by this test and the subprocesses it starts.

    Sets ``XDG_CONFIG_HOME`` and ``XDG_STATE_HOME`` here too, so ``ProfileStore()`` and
    the refresh locks resolve to the same files in every process. Returns the
    subprocesses' environment, which names the Secret Service backend explicitly.
    """
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / var.lower()
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
    # The settings folder itself, the same on every OS (XDG_* count on Linux only).
    monkeypatch.setenv("ZOHO_WIZARD_CONFIG_DIR", str(tmp_path / "xdg_config_home" / "zoho-wizard"))
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("ZOHO_WIZARD_ACCOUNTS_URL", None)
    env.pop("ZOHO_WIZARD_API_URL", None)
    return env


@pytest.fixture
def unique_name() -> Iterator[str]:
    """A connection name no other test uses; its keyring items are removed afterwards
    (the real Secret Service outlives the test)."""
    name = f"E2E {uuid.uuid4().hex[:10]}"
    yield name
    secrets = KeyringSecretStore()
    for kind in SECRET_KINDS:
        secrets.delete(name, kind)
