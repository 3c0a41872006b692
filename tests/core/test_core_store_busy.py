"""The connections file while another process has it open (Windows: an antivirus scan, a
backup, a second copy of the program): opening or replacing it fails for a moment with
PermissionError (WinError 5 or 32), simulated here. The write is tried again; a read
that keeps failing is "in use", never "damaged, rename or delete it".

What only a real Windows machine can confirm: how long scanners hold the file in
practice (the waits add up to about 1.5 s).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from zoho_wizard.core import errors, store
from zoho_wizard.core.saved import read_saved
from zoho_wizard.core.store import Profile, ProfileStore


def _profile(name: str) -> Profile:
    return Profile(
        name=name,
        client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        data_center="eu",
        accounts_server="https://accounts.zoho.eu",
        api_domain="https://www.zohoapis.eu",
        scopes=("ZohoBooks.settings.READ",),
    )


def _in_use() -> PermissionError:
    return PermissionError(
        13, "The process cannot access the file because it is being used by another process"
    )


class Busy:
    """Makes calls touching ``connections.json`` fail ``times`` times (-1: always)."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.refused = 0

    def wrap(self, real: Callable[..., Any], *, name_at: int) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if str(args[name_at]).endswith("connections.json") and self.times != 0:
                self.times -= 1
                self.refused += 1
                raise _in_use()
            return real(*args, **kwargs)

        return call


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(store, "_pause", waited.append)
    return waited


@pytest.mark.fault
def test_a_replace_refused_for_a_moment_is_tried_again(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    profiles = ProfileStore(config_path)
    busy = Busy(times=3)
    monkeypatch.setattr(os, "replace", busy.wrap(os.replace, name_at=1))
    profiles.save(_profile("Acme Ltd"))
    assert busy.refused == 3
    assert waits == list(store.BUSY_WAITS[:3])
    assert set(profiles.load().profiles) == {"Acme Ltd"}


@pytest.mark.fault
def test_a_file_that_stays_in_use_is_reported_as_in_use_and_left_as_it_was(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    profiles = ProfileStore(config_path)
    profiles.save(_profile("Acme Ltd"))
    before = config_path.read_bytes()
    monkeypatch.setattr(os, "replace", Busy(times=-1).wrap(os.replace, name_at=1))
    with pytest.raises(errors.SettingsBusyError) as info:
        profiles.save(_profile("Zillum"))
    assert waits == list(store.BUSY_WAITS)
    assert config_path.read_bytes() == before
    assert sorted(p.name for p in config_path.parent.iterdir()) == [
        "connections.json",
        "connections.json.lock",
    ]  # no temporary file left
    assert "in use by another program" in info.value.message
    assert "Rename or delete" not in info.value.fix
    assert info.value.action is errors.Action.RETRY


@pytest.mark.fault
@pytest.mark.parametrize("times", [2, -1])
def test_an_unlocked_read_that_fails_is_never_called_damaged(
    config_path: Path, monkeypatch: pytest.MonkeyPatch, waits: list[float], times: int
) -> None:
    profiles = ProfileStore(config_path)
    profiles.save(_profile("Acme Ltd"))
    monkeypatch.setattr(Path, "read_text", Busy(times).wrap(Path.read_text, name_at=0))
    if times > 0:
        assert set(profiles.load().profiles) == {"Acme Ltd"}
        assert len(waits) == times
        return
    with pytest.raises(errors.SettingsBusyError) as info:
        profiles.load()
    assert "Rename or delete" not in str(info.value)
    # The saved-connections list says the same, as its problem line.
    assert read_saved(profiles).problem == "in use by another program"
    with pytest.raises(errors.SettingsBusyError):
        profiles.save(_profile("Zillum"))  # the read before the write: in use too
