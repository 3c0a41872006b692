"""Presets: the admin's TOML file that fills and locks fields, and every way it can be bad."""

from __future__ import annotations

import os
import sys
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
    system_preset_folders,
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


# --- issue 14: the secret, the system-wide preset's place and trust, any parse error -------


def private(path: Path) -> Path:
    path.chmod(0o600)
    return path


def mine_or_roots(info: os.stat_result) -> bool:
    """The owner check for tests: the tests' own files stand in for root's (as root they
    are root's; on a CI runner they are the runner's, under root's /tmp)."""
    return info.st_uid in (0, os.getuid())


@pytest.mark.bad_input
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_preset_with_the_secret_that_others_can_read_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    path.chmod(0o644)
    preset, error = find_preset(path)
    assert preset is None and error is not None
    assert "other people on this computer can read it" in error.problem
    assert f"chmod 600 “{path}”" in error.problem  # the banner shows the problem
    assert "Make the file private" in error.fix
    path.chmod(0o640)
    assert find_preset(path)[0] is None  # the group is other people too
    preset, error = find_preset(private(path))
    assert error is None and preset is not None and preset.client_secret
    without = write(tmp_path, FULL.replace('client_secret = "fake-client-secret-0123456789"\n', ""))
    without.chmod(0o644)
    assert find_preset(without)[0] is not None  # nothing secret: anyone may read it


@pytest.mark.bad_input
def test_a_system_wide_preset_with_the_secret_for_everyone_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = write(tmp_path, FULL, "system.toml")
    system.chmod(0o644)  # what /etc/xdg gets
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: system)
    preset, error = find_preset(None)
    assert preset is None and error is not None
    assert error.field_name == "client_secret" and error.line == 5
    assert "setup file" in error.problem
    # Windows: its ACL is not read, and ProgramData lets every user read.
    private(system)
    monkeypatch.setattr(preset_module.sys, "platform", "win32")
    preset, error = find_preset(None)
    assert preset is None and error is not None and error.field_name == "client_secret"


def test_the_system_wide_preset_is_looked_for_in_every_xdg_config_dir() -> None:
    ubuntu = {"XDG_CONFIG_DIRS": "/etc/xdg/xdg-ubuntu:/usr/share/desktop:relative/dir::/etc/xdg"}
    assert system_preset_folders(ubuntu, "linux") == (
        Path("/etc/xdg/xdg-ubuntu/zoho-wizard"),
        Path("/usr/share/desktop/zoho-wizard"),
        Path("/etc/xdg/zoho-wizard"),
    )
    assert system_preset_folders({}, "linux") == (Path("/etc/xdg/zoho-wizard"),)
    assert system_preset_folders({"XDG_CONFIG_DIRS": ""}, "freebsd14") == (
        Path("/etc/xdg/zoho-wizard"),
    )
    mac = system_preset_folders({"XDG_CONFIG_DIRS": "/Users/anna/x"}, "darwin")
    assert mac == (Path("/Library/Application Support/zoho-wizard"),)


@pytest.fixture
def xdg(tmp_path: Path) -> list[Path]:
    """Three system config folders, as XDG_CONFIG_DIRS would list them."""
    folders = [tmp_path / name / "zoho-wizard" for name in ("first", "second", "third")]
    for folder in folders:
        folder.mkdir(parents=True)
        folder.chmod(0o755)
        folder.parent.chmod(0o755)
    tmp_path.chmod(0o755)
    return folders


def put(folder: Path, data_center: str) -> Path:
    path = write(folder, f'[preset]\ndata_center = "{data_center}"\n')
    path.chmod(0o644)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
def test_the_first_trusted_system_preset_wins(xdg: list[Path]) -> None:
    put(xdg[1], "eu")
    put(xdg[2], "in")
    assert system_preset_path(xdg, owner_ok=mine_or_roots) == xdg[1] / "preset.toml"
    put(xdg[0], "au")
    assert system_preset_path(xdg, owner_ok=mine_or_roots) == xdg[0] / "preset.toml"
    assert system_preset_path(xdg[2:], owner_ok=mine_or_roots) == xdg[2] / "preset.toml"
    # None present: where the admin would put one.
    assert system_preset_path([Path("/nonexistent/zoho-wizard")]) == Path(
        "/nonexistent/zoho-wizard/preset.toml"
    )


@pytest.mark.bad_input
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
@pytest.mark.parametrize("what", ["file", "folder", "parent"])
def test_a_system_preset_others_can_change_is_skipped(xdg: list[Path], what: str) -> None:
    first = put(xdg[0], "au")
    put(xdg[1], "eu")
    target = {"file": first, "folder": xdg[0], "parent": xdg[0].parent}[what]
    target.chmod(0o775 if target.is_dir() else 0o664)
    assert system_preset_path(xdg, owner_ok=mine_or_roots) == xdg[1] / "preset.toml"
    target.chmod(0o757 if target.is_dir() else 0o646)
    assert system_preset_path(xdg, owner_ok=mine_or_roots) == xdg[1] / "preset.toml"
    with pytest.raises(PresetError) as caught:
        system_preset_path(xdg[:1], owner_ok=mine_or_roots)
    assert caught.value.path == first
    assert f"other users can change {target}" in caught.value.problem
    assert "belong to the administrator" in caught.value.fix


@pytest.mark.bad_input
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
@pytest.mark.parametrize("what", ["file", "folder", "parent"])
def test_a_system_preset_not_owned_by_root_is_skipped(xdg: list[Path], what: str) -> None:
    first = put(xdg[0], "au")
    put(xdg[1], "eu")
    target = {"file": first, "folder": xdg[0], "parent": xdg[0].parent}[what]
    someone_elses = target.stat().st_ino

    def owner_ok(info: os.stat_result) -> bool:
        return mine_or_roots(info) and info.st_ino != someone_elses

    assert system_preset_path(xdg, owner_ok=owner_ok) == xdg[1] / "preset.toml"
    with pytest.raises(PresetError) as caught:
        system_preset_path(xdg[:1], owner_ok=owner_ok)
    assert f"{target} does not belong to the administrator" in caught.value.problem
    # The real check: root's files only (which the tests' own are not, unless run as root).
    assert preset_module.owned_by_admin(os.stat("/")) is True


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
def test_a_sticky_world_writable_folder_above_is_fine_a_symlink_out_is_not(
    xdg: list[Path], tmp_path: Path
) -> None:
    path = put(xdg[0], "au")
    xdg[0].parent.chmod(0o1777)  # like /tmp: others cannot replace root's entries
    assert system_preset_path(xdg[:1], owner_ok=mine_or_roots) == path
    xdg[0].parent.chmod(0o755)
    elsewhere = tmp_path / "users-own"
    elsewhere.mkdir()
    elsewhere.chmod(0o777)
    put(elsewhere, "eu")
    link = xdg[2]
    link.rmdir()
    link.symlink_to(elsewhere)
    with pytest.raises(PresetError) as caught:
        system_preset_path([link], owner_ok=mine_or_roots)
    assert f"other users can change {elsewhere}" in caught.value.problem


@pytest.mark.bad_input
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
def test_an_untrusted_system_preset_is_reported_and_the_wizard_opens_without_it(
    xdg: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    put(xdg[0], "au").chmod(0o666)
    real = preset_module.system_preset_path
    monkeypatch.setattr(
        preset_module, "system_preset_path", lambda: real(xdg[:1], owner_ok=mine_or_roots)
    )
    preset, error = find_preset(None)
    assert preset is None and error is not None
    assert "not trusted as a system-wide preset" in error.problem
    assert "opened without it" in error.fix


DEEP = 5000


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[preset]\nscopes = " + "[" * DEEP + "]" * DEEP + "\n", 2),
        ("# deep\n[preset]\n\nset_by = " + "{a = " * DEEP + "1" + "}" * DEEP + "\n", 4),
        ('[preset]\nset_by = "[[[["\nscopes = [\n' + "[" * DEEP + "]" * DEEP + "]\n", 4),
    ],
)
def test_a_preset_nested_too_deeply_is_a_plain_error_with_its_line(
    tmp_path: Path, text: str, line: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = error_for(tmp_path, text)
    assert err.problem == "its values are nested too deeply to read"
    assert err.line == line
    # ... and the system-wide one too: the wizard opens without it, every launch.
    monkeypatch.setattr(preset_module, "system_preset_path", lambda: tmp_path / "preset.toml")
    preset, error = find_preset(None)
    assert preset is None and error is not None and error.line == line


@pytest.mark.bad_input
def test_other_unreadable_presets_are_plain_errors(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[preset]\n\nset_by = " + "7" * 5000 + "\n")
    assert err.problem == "it holds a number too long to read" and err.line == 3
    big = write(tmp_path, "# " + "x" * preset_module.MAX_BYTES + "\n", "big.toml")
    with pytest.raises(PresetError) as caught:
        load_preset(big)
    assert "too large" in caught.value.problem
    if Path("/dev/null").exists():
        with pytest.raises(PresetError) as device:
            load_preset(Path("/dev/null"))
        assert "not a regular file" in device.value.problem


@pytest.mark.bad_input
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_setup_file_goes_through_the_same_check(tmp_path: Path) -> None:
    from zoho_wizard.core import setup_file
    from zoho_wizard.core.store import MemorySecretStore

    assert setup_file.others_can_read is preset_module.others_can_read
    path = write(tmp_path, FULL, "staff.zohowizard")
    path.chmod(0o644)
    remember = tmp_path / "remembered.toml"
    with pytest.raises(setup_file.SetupFileReadableError):
        setup_file.open_setup_file(path, MemorySecretStore(), remember)
    setup_file.make_private(path)
    opened = setup_file.open_setup_file(path, MemorySecretStore(), remember)
    assert opened.secret_stored and not preset_module.others_can_read(remember)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_a_preset_saved_by_notepad_or_powershell_is_read(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    # Notepad writes UTF-8 with a byte order mark; PowerShell 5.1's Out-File writes UTF-16.
    path = tmp_path / "preset.toml"
    text = '[preset]\nset_by = "Smith & Co IT – Łódź"\ndata_center = "eu"\n'
    path.write_bytes(bom + text.encode(encoding))
    preset = load_preset(path)
    assert preset.set_by == "Smith & Co IT – Łódź"
    assert preset.data_center == "eu"


def test_a_preset_in_an_ansi_code_page_is_refused_in_words_off_windows(tmp_path: Path) -> None:
    path = tmp_path / "preset.toml"
    path.write_bytes('[preset]\nset_by = "Łódź IT"\n'.encode("cp1250"))
    with pytest.raises(PresetError) as info:
        load_preset(path)
    assert "not saved as UTF-8" in info.value.problem


@pytest.mark.parametrize(
    ("code_page", "name"), [("cp1252", "Café Müller IT"), ("cp1250", "Łódź IT")]
)
def test_on_windows_a_preset_in_its_ansi_code_page_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code_page: str, name: str
) -> None:
    # PowerShell 5.1's Out-File -Encoding Default (and old Notepad's "ANSI") write the
    # system's ANSI code page; the wizard reads it on Windows with that code page. (Which
    # code page a machine has: locale.getencoding(), only seen on a real one.)
    import locale

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(locale, "getencoding", lambda: code_page)
    path = tmp_path / "preset.toml"
    path.write_bytes(f'[preset]\nset_by = "{name}"\n'.encode(code_page))
    assert load_preset(path).set_by == name
