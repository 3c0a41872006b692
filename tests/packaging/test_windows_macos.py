"""The Windows and macOS packaging files, read without building: the installer script,
the version resource, the icon, Info.plist and the entitlements, and the bundle self-test's
idea of where a .app keeps its files.

Nothing here runs Inno Setup, PyInstaller on Windows/macOS, codesign or notarytool (no
such machine here); packaging/README.md says what was and was not run.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import struct
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from zoho_wizard.core import setup_file

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WINDOWS = PACKAGING / "windows"
MACOS = PACKAGING / "macos"
SPEC = (PACKAGING / "pyinstaller" / "zoho-wizard.spec").read_text(encoding="utf-8")
APP_ID = "io.github.zoho_wizard.ZohoWizard"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
COMMAND = "zoho-wizard"


# --- macOS ------------------------------------------------------------------------------


def test_info_plist_asks_for_macos_13_and_owns_the_setup_file_type() -> None:
    info = plistlib.loads((MACOS / "Info.plist").read_bytes())
    assert info["LSMinimumSystemVersion"] == "13.0"  # Qt 6.11's minimum
    assert info["CFBundleIdentifier"] == APP_ID
    [declared] = info["UTExportedTypeDeclarations"]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [setup_file.SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [setup_file.MIME_TYPE]
    [document] = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert "CFBundleVersion" not in info  # the spec adds this build's version
    assert 'plistlib.loads((PACKAGING / "macos" / "Info.plist")' in SPEC


def test_the_entitlements_are_the_ones_qtwebengine_needs_under_the_hardened_runtime() -> None:
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    assert entitlements == {
        "com.apple.security.cs.allow-jit": True,
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }
    assert 'entitlements_file=str(PACKAGING / "macos" / "entitlements.plist")' in SPEC


def _selftest() -> ModuleType:
    path = PACKAGING / "pyinstaller" / "selftest.py"
    spec = importlib.util.spec_from_file_location("bundle_selftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_self_test_finds_an_apps_data_in_contents_resources(tmp_path: Path) -> None:
    selftest = _selftest()
    contents = tmp_path / "Zoho Wizard.app" / "Contents"
    frameworks = contents / "Frameworks"  # sys._MEIPASS inside a .app
    icons = contents / "Resources" / "zoho_wizard" / "ui" / "assets" / "icons"
    icons.mkdir(parents=True)
    (icons / "app.svg").write_text("<svg/>", encoding="utf-8")
    frameworks.mkdir()
    (frameworks / "zoho_wizard").symlink_to(contents / "Resources" / "zoho_wizard")
    roots = selftest.bundle_roots(str(frameworks))
    linked = frameworks / "zoho_wizard" / "ui" / "assets" / "icons" / "app.svg"
    assert selftest.inside(linked, roots)  # resolves into Contents/Resources
    assert selftest.inside(icons / "app.svg", roots)
    outside = tmp_path / "checkout" / "resources" / "icons" / "app.svg"
    assert not selftest.inside(outside, roots)


def test_the_bundle_self_test_keeps_the_onedir_layout(tmp_path: Path) -> None:
    selftest = _selftest()
    internal = tmp_path / "zoho-wizard" / "_internal"
    (internal / "zoho_wizard").mkdir(parents=True)
    roots = selftest.bundle_roots(str(internal))
    assert roots == (internal.resolve(),)
    assert selftest.inside(internal / "zoho_wizard" / "x", roots)
    assert not selftest.inside(tmp_path / "elsewhere", roots)


# --- Windows ----------------------------------------------------------------------------


def test_the_console_program_has_the_name_the_readme_and_pip_use() -> None:
    assert COMMAND in PYPROJECT["project"]["scripts"]
    assert f'NAME = "{COMMAND}"' in SPEC
    # The console EXE is NAME itself; the windowed twin is NAME-gui.
    console = re.search(r"name=NAME,\s*#[^\n]*\n(?:\s*#[^\n]*\n)*\s*console=not IS_MACOS", SPEC)
    assert console, "the first EXE (console on Windows) must be named NAME"
    assert 'name=f"{NAME}-gui",' in SPEC and "console=False" in SPEC
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{COMMAND} list" in readme and f"{COMMAND} token" in readme
    guide = (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert "zoho-wizard-cli" not in guide


def _ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for index in range(count):
        width, height, _, _, _, bpp, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and bpp == 32
        entries.append((width or 256, data[offset : offset + size]))
    return entries


def test_the_windows_icon_holds_every_size_windows_asks_for(qapp: Any) -> None:
    from PySide6.QtGui import QImage

    entries = _ico_entries((WINDOWS / "zoho-wizard.ico").read_bytes())
    sizes = [size for size, _ in entries]
    assert {16, 24, 32, 48, 256} <= set(sizes)
    for size, png in entries:
        image = QImage.fromData(png, "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert 'return str(PACKAGING / "windows" / "zoho-wizard.ico")' in SPEC


class _Struct:
    """Stands in for PyInstaller's version-file classes: keeps its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def _version_resource(filename: str) -> tuple[dict[str, str], dict[str, Any]]:
    """The version file as the spec fills it in for ``filename``: its strings, and the
    fixed file info."""
    text = (WINDOWS / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in re.findall(r"\d+", VERSION)[:4])
    numbers += (0,) * (4 - len(numbers))
    for key, value in (
        ("$VERSION_TUPLE", repr(numbers)),
        ("$VERSION", VERSION),
        ("$FILENAME", filename),
        ("$DESCRIPTION", "Zoho Wizard"),
    ):
        text = text.replace(key, value)
    tree = ast.parse(text, mode="eval")  # a Python expression, nothing else
    names = {
        name: type(name, (_Struct,), {})
        for name in (
            "VSVersionInfo",
            "FixedFileInfo",
            "StringFileInfo",
            "StringTable",
            "StringStruct",
            "VarFileInfo",
            "VarStruct",
        )
    }
    info = eval(compile(tree, "version_info.txt", "eval"), {"__builtins__": {}}, names)
    strings = {}
    for kid in info.kwargs["kids"]:
        if type(kid).__name__ == "StringFileInfo":
            for table in kid.args[0]:
                strings |= {s.args[0]: s.args[1] for s in table.args[1]}
    return strings, info.kwargs["ffi"].kwargs


@pytest.mark.parametrize("filename", [f"{COMMAND}.exe", f"{COMMAND}-gui.exe"])
def test_the_version_resource_carries_pyprojects_version(filename: str) -> None:
    strings, fixed = _version_resource(filename)
    assert strings["FileVersion"] == strings["ProductVersion"] == VERSION
    assert strings["OriginalFilename"] == filename
    assert strings["ProductName"] == "Zoho Wizard"
    assert fixed["filevers"][:3] == tuple(int(n) for n in VERSION.split(".")[:3])
    assert "version=_version_file(" in SPEC


def _iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The Inno Setup script: its #defines, and each section's lines (comments dropped)."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in (WINDOWS / "zoho-wizard.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        found = re.fullmatch(r'#define (\w+) "(.*)"', line)
        if found:
            defines[found.group(1)] = found.group(2)
        elif re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return defines, sections


def _expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def test_the_installer_script_installs_both_programs_and_registers_the_setup_file() -> None:
    defines, sections = _iss()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert defines["CliExe"] == f"{COMMAND}.exe"
    assert defines["GuiExe"] == f"{COMMAND}-gui.exe"
    assert defines["AppId"] == APP_ID
    assert (WINDOWS / setup["SetupIconFile"]).is_file()
    assert setup["ChangesAssociations"] == "yes"
    assert setup["PrivilegesRequired"] == "lowest"  # per user, no administrator needed
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert _expand(setup["UninstallDisplayIcon"], defines) == f"{{app}}\\{COMMAND}-gui.exe"
    [files] = sections["Files"]
    assert 'Source: "..\\dist\\zoho-wizard\\*"' in files and "recursesubdirs" in files
    registry = "\n".join(_expand(line, defines) for line in sections["Registry"])
    extension = setup_file.SUFFIX
    assert f'Subkey: "Software\\Classes\\{extension}"; ValueType: string; ValueName: ""' in registry
    assert f'ValueData: "{setup_file.MIME_TYPE}"' in registry
    assert f'ValueData: """{{app}}\\{COMMAND}-gui.exe"" ""%1"""' in registry
    icons = "\n".join(_expand(line, defines) for line in sections["Icons"])
    assert f'AppUserModelID: "{APP_ID}"' in icons
    assert f"{{app}}\\{COMMAND}-gui.exe" in icons
    assert "NeedsAddPath" in "\n".join(sections["Code"])
    assert "MSIX" not in "\n".join(sections["Setup"])
