"""``zoho-wizard FILE`` (what a double-click on a setup file runs) and which setup a launch
uses: ``--preset FILE`` > the system-wide preset > the setup remembered from last time."""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from ui_driver import program_env

from zoho_wizard import cli
from zoho_wizard.core import setup_file
from zoho_wizard.core.store import KeyringSecretStore
from zoho_wizard.practice import write_practice_setup

SET_BY = "Test IT (from the command line)"


def test_a_setup_file_on_the_command_line_is_opened_and_signed_in_with(tmp_path: Path) -> None:
    path = write_practice_setup(tmp_path / "downloads")
    text = path.read_text(encoding="utf-8").replace("Zillum IT (practice)", SET_BY)
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "zoho_wizard", "--demo", "--autopilot", str(path)],
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("autopilot:")]
    assert "autopilot: opening the practice setup file" not in lines  # the file given was
    assert "autopilot: on the details step" in lines
    assert lines[-1].endswith("Done reached")
    # It was that file's setup: remembered (without its secret) as practice mode's.
    remembered = tmp_path / "config" / "zoho-wizard" / "practice-setup.toml"
    assert SET_BY in remembered.read_text(encoding="utf-8")
    assert "practice0secret" not in remembered.read_text(encoding="utf-8")
    assert not (tmp_path / "config" / "zoho-wizard" / "setup.toml").exists()


@pytest.mark.parametrize(
    ("argv", "taken"),
    [
        (["{file}"], "{file}"),
        (["--demo", "{file}"], "{file}"),
        (["{file}", "--debug"], "{file}"),
        (["missing.zohowizard"], "missing.zohowizard"),  # reported by the wizard
        (["--preset", "{file}"], None),  # an option's value
        (["--preset={file}"], None),
        (["list"], None),
        (["check", "{file}"], None),  # a command's own argument
        (["nonsense"], None),  # left to argparse ("invalid choice")
    ],
)
def test_the_setup_file_is_told_from_options_and_commands(
    tmp_path: Path, argv: list[str], taken: str | None
) -> None:
    file = tmp_path / "Acme setup.zohowizard"
    file.write_text("", encoding="utf-8")
    argv = [a.replace("{file}", str(file)) for a in argv]
    setup, rest = cli.split_setup_file(argv)
    expected = taken.replace("{file}", str(file)) if taken else None
    assert setup == expected
    assert rest == [a for a in argv if a != expected]


def _args(**options: object) -> argparse.Namespace:
    defaults: dict[str, object] = {"demo": False, "preset": None}
    defaults.update(options)
    return argparse.Namespace(**defaults)


def test_a_launch_uses_the_remembered_setup_after_the_explicit_and_system_wide_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("ZOHO_WIZARD_CONFIG_DIR", str(tmp_path / "config" / "zoho-wizard"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    assert cli.wizard_preset(_args()) == (None, None)  # nothing anywhere

    # Opened once: later launches have it, the secret back from the password store.
    opened = setup_file.open_setup_file(
        write_practice_setup(tmp_path / "downloads"), KeyringSecretStore()
    )
    remembered, problem = cli.wizard_preset(_args())
    assert problem is None and remembered == replace(opened.preset, path=remembered.path)
    assert remembered.path == setup_file.remembered_path()
    assert setup_file.is_complete(remembered)
    assert cli.wizard_preset(_args(demo=True)) == (None, None)  # practice: never the firm's

    # The system-wide preset comes first...
    system = tmp_path / "etc" / "zoho-wizard" / "preset.toml"
    system.parent.mkdir(parents=True)
    system.write_text('[preset]\nset_by = "Head office"\n', encoding="utf-8")
    preset, _problem = cli.wizard_preset(_args())
    assert preset is not None and preset.set_by == "Head office"
    # ...and --preset FILE before everything.
    explicit = tmp_path / "mine.toml"
    explicit.write_text('[preset]\nset_by = "Me"\n', encoding="utf-8")
    preset, _problem = cli.wizard_preset(_args(preset=str(explicit)))
    assert preset is not None and preset.set_by == "Me"
