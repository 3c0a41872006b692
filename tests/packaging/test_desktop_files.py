"""The Linux desktop integration files in packaging/linux: valid, and consistent.

Runs the freedesktop validators (``desktop-file-validate`` from desktop-file-utils,
``appstreamcli`` from appstream). Without them the validator tests skip on a developer
machine, but fail in CI (``CI`` set), where the test setup must install both.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.zoho_wizard.ZohoWizard"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = LINUX / f"{APP_ID}.svg"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed (apt-get install {package})"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must install it")
    pytest.skip(reason)


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


class _DesktopParser(configparser.ConfigParser):
    """Desktop Entry keys are case-sensitive (configparser lowercases them by default)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _desktop() -> configparser.SectionProxy:
    parser = _DesktopParser(interpolation=None, strict=True)
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.linux  # freedesktop's validators
def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = _run(tool, str(DESKTOP))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Errors fail the tool; warnings do not, but we keep the file free of them too.
    problems = [line for line in output.splitlines() if re.search(r"\b(error|warning):", line)]
    assert not problems, output


@pytest.mark.linux
def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = _run(tool, "validate", "--no-net", "--no-color", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # E: errors fail the tool; W: warnings do not, but we keep the file free of them too.
    # I:/P: (info, pedantic) are allowed; see packaging/README.md for the known ones.
    problems = [line for line in output.splitlines() if re.match(r"\s*[EW]:", line)]
    assert not problems, output


def test_ids_match_across_files() -> None:
    entry = _desktop()
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert entry["Icon"] == APP_ID  # the SVG is installed as icons/hicolor/scalable/apps/<id>.svg
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name


def test_desktop_file_runs_the_installed_command() -> None:
    entry = _desktop()
    (command,) = _pyproject()["project"]["scripts"]
    assert entry["Exec"].split()[0] == command
    assert entry["TryExec"] == command
    assert entry["Categories"] == "Office;Finance;"


def test_metainfo_content() -> None:
    root = _metainfo()
    project = _pyproject()["project"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("name") == "Zoho Wizard"
    assert root.findtext("developer/name") == "zoho-wizard developers"
    assert root.findtext("project_license") == project["license"]
    assert [c.text for c in root.iterfind("categories/category")] == ["Office", "Finance"]
    assert root.find("content_rating") is not None
    assert root.findtext("provides/binary") in project["scripts"]
    releases = root.findall("releases/release")
    assert releases, "no <release> entries"
    newest = releases[0]
    assert newest.get("version") == project["version"], "add a <release> for the new version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date") or "")


def test_screenshots_exist_in_docs() -> None:
    urls = [el.text or "" for el in _metainfo().iterfind("screenshots/screenshot/image")]
    assert urls
    for url in urls:
        rel = url.split("/main/", 1)[1]
        assert rel.startswith("docs/screenshots/"), url
        assert (ROOT / rel).is_file(), f"{rel} is not in the repository"


def test_icon_is_the_app_icon() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height, "app icons must be square"
    source = ROOT / "resources" / "icons" / "app.svg"
    assert ICON.read_bytes() == source.read_bytes(), (
        f"the app icon changed; run: cp {source.relative_to(ROOT)} {ICON.relative_to(ROOT)}"
    )


@pytest.mark.parametrize("script", ["build.sh", "smoke-test.sh"])
def test_packaging_scripts_parse(script: str) -> None:
    result = _run("bash", "-n", str(ROOT / "packaging" / script))
    assert result.returncode == 0, result.stderr


def test_build_output_is_ignored_by_git() -> None:
    ignored = (ROOT / "packaging" / ".gitignore").read_text(encoding="utf-8").split()
    for entry in (".build-venv/", "build/", "dist/"):
        assert entry in ignored


# --- the setup file type: a double-click on *.zohowizard opens the wizard ------------------

MIME_XML = LINUX / f"{APP_ID}.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _setup_type() -> tuple[str, str]:
    from zoho_wizard.core.setup_file import MIME_TYPE, SUFFIX

    return MIME_TYPE, SUFFIX


def test_the_desktop_file_opens_setup_files() -> None:
    mime_type, _suffix = _setup_type()
    entry = _desktop()
    assert entry["MimeType"] == f"{mime_type};"
    # The file manager passes the file; the program takes it as `zoho-wizard FILE`.
    assert entry["Exec"].split()[1:] == ["%f"]


def test_the_shared_mime_info_file_defines_the_setup_type_with_its_icon() -> None:
    mime_type, suffix = _setup_type()
    root = ET.parse(MIME_XML).getroot()
    (definition,) = root.findall("m:mime-type", MIME_NS)
    assert definition.get("type") == mime_type
    assert [g.get("pattern") for g in definition.findall("m:glob", MIME_NS)] == [f"*{suffix}"]
    assert definition.findtext("m:comment", namespaces=MIME_NS) == "Zoho Wizard setup file"
    icon_name = definition.find("m:icon", MIME_NS)
    assert icon_name is not None
    # Icon themes name a type's icon after it, "/" becoming "-".
    assert icon_name.get("name") == mime_type.replace("/", "-")
    icon = LINUX / f"{icon_name.get('name')}.svg"
    svg = ET.parse(icon).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in svg.get("viewBox", "").split())
    assert width == height, "icons must be square"
    # AppStream says so too (software centres list what an app opens).
    assert mime_type in [el.text for el in _metainfo().iterfind("provides/mediatype")]


@pytest.mark.linux
def test_update_mime_database_accepts_the_setup_type(tmp_path: Path) -> None:
    tool = _tool("update-mime-database", "shared-mime-info")
    mime_type, suffix = _setup_type()
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / MIME_XML.name)
    result = _run(tool, "-V", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    globs = (tmp_path / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"50:{mime_type}:*{suffix}" in globs
    assert (tmp_path / f"{mime_type}.xml").is_file()


def test_the_bundle_installs_the_setup_type_beside_the_desktop_file() -> None:
    # packaging/pyinstaller/zoho-wizard.spec lays out share/ as under /usr (see its end).
    spec = (ROOT / "packaging" / "pyinstaller" / "zoho-wizard.spec").read_text(encoding="utf-8")
    mime_type, _suffix = _setup_type()
    assert '(f"{APP_ID}.xml", "mime/packages")' in spec
    assert '(f"{SETUP_MIME_ICON}.svg", "icons/hicolor/scalable/mimetypes")' in spec
    assert f'SETUP_MIME_ICON = "{mime_type.replace("/", "-")}"' in spec
    # macOS: the type is declared in packaging/macos/Info.plist (test_windows_macos.py).
    assert "<string>zohowizard</string>" in (ROOT / "packaging" / "macos" / "Info.plist").read_text(
        encoding="utf-8"
    )
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert "update-mime-database /usr/local/share/mime" in readme
