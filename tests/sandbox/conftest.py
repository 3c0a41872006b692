"""Fixtures: a fresh sandbox on a free loopback port per test, with an injected clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from sandbox_helpers import Browser, FakeClock

from zoho_wizard.sandbox import Sandbox


@pytest.fixture
def clock() -> FakeClock:
    """The time every sandbox decision uses; move it with ``clock.advance``."""
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    """A started sandbox; stopped afterwards, and it must not have hit an internal error."""
    with Sandbox(clock=clock) as sb:
        yield sb
        assert sb.errors == []
    assert not sb.running


@pytest.fixture
def browser(sandbox: Sandbox) -> Iterator[Browser]:
    """A cookie-keeping browser that shows every redirect."""
    with requests.Session() as session:
        yield Browser(sandbox, session)
