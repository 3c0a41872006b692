"""Presets: the admin's TOML file that fills and locks fields, and every way it can be bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from zoho_wizard.core import preset as preset_module
from zoho_wizard.core.preset import (
    FIELDS,
    Preset,
    PresetError,
    find_preset,
    load_preset,
    parse_preset,
    system_preset_path,
)

CLIENT_ID = "1000.EXAMPLECLIENTID0000000000000000"

FULL = f"""\
# Smith & Co's preset
[preset]
set_by = "Smith & Co IT"
client_id = "{CLIENT_ID}"
client_secret = "fake-client-secret-0123456789"
data_center = "EU"
scopes = ["ZohoBooks.settings.READ", "ZohoBooks.invoices.READ", " "]
redirect_uri = "http://127.0.0.1:47214/callback"
connection_name = "Books – {{organization}}"
allowed_organizations = ["10234695", "20345786"]
use_pkce = true
"""


def write(tmp_path: Path, text: str, name: str = "preset.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> PresetError:
    path = write(tmp_path, text)
    with pytest.raises(PresetError) as caught:
        load_preset(path)
    assert caught.value.path == path
    assert str(path) in caught.value.message
    assert caught.value.fix
    return caught.value


# --- valid presets ------------------------------------------------------------------------


def test_a_full_preset_fills_every_field_and_locks_them_all(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    preset = load_preset(path)
    assert preset.path == path
    assert preset.set_by == "Smith & Co IT"
    assert preset.client_id == CLIENT_ID
    assert preset.client_secret == "fake-client-secret-0123456789"
    assert preset.data_center == "eu"  # normalised
    assert preset.scopes == ("ZohoBooks.settings.READ", "ZohoBooks.invoices.READ")
    assert preset.redirect_uri == "http://127.0.0.1:47214/callback"
    assert preset.allowed_organizations == ("10234695", "20345786")
    assert preset.use_pkce is True
    assert preset.locked == frozenset(FIELDS)
    assert all(preset.is_locked(name) for name in FIELDS)
    assert not preset.is_locked("set_by")
    assert "fake-client-secret" not in repr(preset)


def test_the_default_lock_is_every_field_the_preset_sets(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, f'[preset]\nclient_id = "{CLIENT_ID}"\n'))
    assert preset.locked == frozenset({"client_id"})
    assert preset.is_locked("client_id")
    assert not preset.is_locked("data_center")
    assert preset.data_center is None and preset.scopes is None


def test_an_explicit_lock_list_wins(tmp_path: Path) -> None:
    text = f'[preset]\nclient_id = "{CLIENT_ID}"\ndata_center = "eu"\nlock = ["data_center"]\n'
    preset = load_preset(write(tmp_path, text))
    assert preset.locked == frozenset({"data_center"})
    assert not preset.is_locked("client_id")
    assert preset.client_id == CLIENT_ID  # filled, but the person may change it


def test_an_empty_lock_list_only_fills(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, f'[preset]\nclient_id = "{CLIENT_ID}"\nlock = []\n'))
    assert preset.locked == frozenset()


def test_set_by_text(tmp_path: Path) -> None:
    assert load_preset(write(tmp_path, FULL)).locked_by_text == "Set by Smith & Co IT"
    anonymous = load_preset(write(tmp_path, '[preset]\ndata_center = "us"\n', "b.toml"))
    assert anonymous.locked_by_text == "Set by your firm's administrator"


def test_the_connection_name_pattern(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, FULL))
    assert preset.connection_name_for("Zillum Ltd") == "Books – Zillum Ltd"
    assert Preset(path=tmp_path).connection_name_for("Zillum Ltd") is None
    fixed = parse_preset('[preset]\nconnection_name = "Main books"\n', tmp_path)
    assert fixed.connection_name_for("anything") == "Main books"


def test_allowed_organizations(tmp_path: Path) -> None:
    preset = load_preset(write(tmp_path, FULL))
    assert preset.organization_allowed("10234695")
    assert not preset.organization_allowed("99999999")
    assert Preset(path=tmp_path).organization_allowed("99999999")


def test_values_are_trimmed(tmp_path: Path) -> None:
    preset = parse_preset(f'[preset]\nclient_id = "  {CLIENT_ID}\\n"\n', tmp_path)
    assert preset.client_id == CLIENT_ID


def test_a_file_without_the_section_header_is_read_as_the_preset(tmp_path: Path) -> None:
    preset = parse_preset('data_center = "in"\n', tmp_path)
    assert preset.data_center == "in"
    assert preset.locked == frozenset({"data_center"})


def test_an_empty_file_is_an_empty_preset(tmp_path: Path) -> None:
    preset = parse_preset("", tmp_path)
    assert preset.locked == frozenset()
    assert preset.client_id is None


# --- bad presets: file, line and field ----------------------------------------------------


@pytest.mark.bad_input
def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    err = error_for(tmp_path, f'[preset]\nclient_id = "{CLIENT_ID}"\ndata_center = eu\n')
    assert err.line == 3
    assert ", line 3" in err.message
    assert "not valid TOML" in err.problem
    assert err.field_name is None


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("text", "line", "field", "problem"),
    [
        ("[preset]\nclient_id = 1000\n", 2, "client_id", "text in quotes"),
        ('[preset]\nset_by = ["a"]\n', 2, "set_by", "text in quotes"),
        ('[preset]\nscopes = "ZohoBooks.settings.READ"\n', 2, "scopes", "list of texts"),
        ("[preset]\nscopes = [1, 2]\n", 2, "scopes", "list of texts"),
        ("[preset]\nallowed_organizations = [10234695]\n", 2, "allowed_organizations", "list"),
        ('[preset]\nlock = "client_id"\n', 2, "lock", "list of texts"),
        ('[preset]\nuse_pkce = "yes"\n', 2, "use_pkce", "true or false"),
        ('[preset]\n\nclientid = "x"\n', 3, "clientid", "not a preset field"),
        ('[preset]\nclient_id = "ABC"\n', 2, "client_id", "four digits"),
        ('[preset]\nclient_id = "https://api-console.zoho.com"\n', 2, "client_id", "web address"),
        ('[preset]\nclient_secret = "short"\n', 2, "client_secret", "too short"),
        ('[preset]\nredirect_uri = "ftp://x/cb"\n', 2, "redirect_uri", "http://"),
        ('[preset]\ndata_center = "mars"\n', 2, "data_center", "unknown data center"),
        ("[preset]\nscopes = []\n", 2, "scopes", "empty"),
        ('[preset]\nconnection_name = "a/b {organization}"\n', 2, "connection_name", "slashes"),
        ('[preset]\nallowed_organizations = ["1023x"]\n', 2, "allowed_organizations", "digits"),
        ('[preset]\nlock = ["client_id", "set_by"]\n', 2, "lock", "not a field that can be locked"),
        ("preset = 3\n", None, "preset", "section is missing"),
    ],
)
def test_each_problem_names_file_line_and_field(
    tmp_path: Path, text: str, line: int | None, field: str, problem: str
) -> None:
    err = error_for(tmp_path, text)
    assert err.field_name == field
    assert f"“{field}”" in err.message
    assert err.line == line
    if line is not None:
        assert f", line {line}" in err.message
    assert problem in err.problem


def test_the_line_of_a_field_after_comments_and_other_keys(tmp_path: Path) -> None:
    text = (
        "# IT preset\n"
        "[preset]\n"
        'set_by = "IT"  # data_center = "xx" in a comment is not the field\n'
        f'client_id = "{CLIENT_ID}"\n'
        "\n"
        '   data_center = "atlantis"\n'
    )
    err = error_for(tmp_path, text)
    assert (err.field_name, err.line) == ("data_center", 6)


@pytest.mark.bad_input
def test_unknown_data_center_lists_the_known_ones(tmp_path: Path) -> None:
    err = error_for(tmp_path, '[preset]\ndata_center = "mars"\n')
    for dc in ("us", "eu", "in", "au", "jp", "ca"):
        assert dc in err.problem


@pytest.mark.bad_input
def test_a_missing_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(PresetError) as missing:
        load_preset(tmp_path / "nope.toml")
    assert "does not exist" in missing.value.problem
    bad_bytes = tmp_path / "latin1.toml"
    bad_bytes.write_bytes(b'[preset]\nset_by = "M\xfcller"\n')
    with pytest.raises(PresetError) as unreadable:
        load_preset(bad_bytes)
    assert "cannot be read" in unreadable.value.problem
    with pytest.raises(PresetError) as folder:
        load_preset(tmp_path)
    assert "cannot be read" in folder.value.problem


# --- find_preset --------------------------------------------------------------------------


def test_find_preset_with_an_explicit_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = write(tmp_path, '[preset]\ndata_center = "eu"\n', "system.toml")
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: system)
    explicit = write(tmp_path, '[preset]\ndata_center = "in"\n', "mine.toml")
    preset, error = find_preset(explicit)
    assert error is None and preset is not None
    assert preset.data_center == "in"
    assert preset.path == explicit


@pytest.mark.bad_input
def test_find_preset_with_a_bad_explicit_path_returns_the_error(tmp_path: Path) -> None:
    preset, error = find_preset(tmp_path / "missing.toml")
    assert preset is None
    assert error is not None and "does not exist" in error.problem


def test_find_preset_reads_the_system_preset_when_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = write(tmp_path, '[preset]\ndata_center = "eu"\n', "system.toml")
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: system)
    preset, error = find_preset(None)
    assert error is None and preset is not None
    assert preset.path == system and preset.data_center == "eu"


def test_find_preset_without_a_system_preset_is_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: tmp_path / "absent.toml")
    assert find_preset(None) == (None, None)


@pytest.mark.bad_input
def test_find_preset_with_a_bad_system_preset_opens_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = write(tmp_path, "[preset]\nfoo = 1\n", "system.toml")
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: system)
    preset, error = find_preset(None)
    assert preset is None
    assert error is not None and error.field_name == "foo" and error.line == 2
    assert "opened without it" in error.fix


def test_the_system_preset_path_is_in_the_site_config_folder() -> None:
    path = system_preset_path()
    assert path.name == "preset.toml"
    assert path.parent.name == "zoho-wizard"
