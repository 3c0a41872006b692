"""The settings folder: ZOHO_WIZARD_CONFIG_DIR overrides it on every OS (platformdirs
reads the XDG variables on Linux only, so tests and portable setups on Windows and macOS
need this), and the OS's own folder is used otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from zoho_wizard.core.store import CONFIG_DIR_VARIABLE, Profile, ProfileStore, config_dir

ROOT = Path(__file__).resolve().parents[2]


def test_the_variable_names_the_settings_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path / "portable" / "settings"))
    assert config_dir() == tmp_path / "portable" / "settings"
    assert ProfileStore().path == tmp_path / "portable" / "settings" / "connections.json"


@pytest.mark.parametrize("value", [None, "", "  "])
def test_without_it_the_oss_folder_is_used(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(CONFIG_DIR_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(CONFIG_DIR_VARIABLE, value)
    expected = Path(platformdirs.user_config_dir("zoho-wizard", appauthor=False))
    assert config_dir() == expected


def test_a_script_in_another_process_finds_the_connections_there(tmp_path: Path) -> None:
    folder = tmp_path / "settings"
    store = ProfileStore(folder / "connections.json")
    store.save(
        Profile(
            name="Łódź Sp. z o.o.",
            client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
            data_center="eu",
            accounts_server="https://accounts.zoho.eu",
            api_domain="https://www.zohoapis.eu",
            scopes=("ZohoBooks.settings.READ",),
        )
    )
    env = dict(
        os.environ,
        **{CONFIG_DIR_VARIABLE: str(folder), "XDG_CONFIG_HOME": str(tmp_path / "elsewhere")},
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "list", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = [row["name"] for row in json.loads(result.stdout)["connections"]]
    assert names == ["Łódź Sp. z o.o."]
