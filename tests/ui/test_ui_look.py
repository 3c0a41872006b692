"""The look on every OS: the Fusion style everywhere, and only installed font families
named (a missing family costs macOS a search of every font alias, with a warning that
fails these tests: see tests/ui/conftest.py's ``no_qt_warnings``).

The OS is forced only where the code asks which it is (``platform``) and which families
are installed; only a real Windows or macOS machine shows the families found there.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from zoho_wizard.core.receipt import build_receipt
from zoho_wizard.core.store import Profile
from zoho_wizard.ui import theme
from zoho_wizard.ui.receipt import receipt_html, write_receipt_pdf

ABSENT = "Zz Absent Family"


@pytest.fixture
def fresh_families(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(theme, "_chosen", {})
    yield


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[None]:
    before = qapp.style().name()
    yield
    qapp.setStyle(before)


def test_the_application_gets_fusion_whatever_the_platform_chose(
    qapp: QApplication, restore_style: None
) -> None:
    qapp.setStyle("Windows")  # a platform default (Windows' own styles are not here)
    assert qapp.style().name().lower() == "windows"
    theme.set_application_style(qapp)
    assert qapp.style().name().lower() == "fusion"


@pytest.mark.parametrize(
    ("platform", "installed", "expected"),
    [
        ("win32", {"consolas", "arial"}, "Consolas"),
        ("win32", {"cascadia mono", "consolas"}, "Cascadia Mono"),
        ("darwin", {"menlo", "helvetica"}, "Menlo"),
        ("linux", {"dejavu sans mono"}, "DejaVu Sans Mono"),
    ],
)
def test_the_fixed_width_font_is_the_first_installed_of_this_oss_list(
    qapp: QApplication, platform: str, installed: set[str], expected: str
) -> None:
    assert theme.mono_family(platform, frozenset(installed)) == expected


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_with_none_installed_the_systems_own_fonts_are_used(
    qapp: QApplication, platform: str
) -> None:
    system_fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    system_text = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    assert theme.mono_family(platform, frozenset()) == system_fixed
    assert theme.text_family(platform, frozenset()) == system_text


def _named_families(text: str) -> list[str]:
    return [
        name.strip().strip("\"'")
        for value in re.findall(r"font-family:\s*([^;]+);", text)
        for name in value.split(",")
    ]


@pytest.mark.usefixtures("fresh_families")
def test_the_style_sheet_names_only_installed_families(qapp: QApplication) -> None:
    installed = theme.installed_families()
    named = _named_families(theme.stylesheet())
    assert named  # the fixed-width rules are there
    system_fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert all(name.lower() in installed or name == system_fixed for name in named), named


@pytest.mark.usefixtures("fresh_families")
def test_a_mac_without_the_listed_fonts_draws_with_no_font_warning(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setitem(theme.MONO_FAMILIES, "darwin", (ABSENT,))
    monkeypatch.setitem(theme.TEXT_FAMILIES, "darwin", (ABSENT,))
    sheet = theme.stylesheet()
    assert ABSENT not in sheet
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    mono = QLabel("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")
    mono.setProperty("role", "mono")
    edit = QLineEdit("http://127.0.0.1:47214/callback")
    edit.setProperty("mono", "true")
    layout.addWidget(mono)
    layout.addWidget(edit)
    window.setStyleSheet(sheet)
    window.show()
    qtbot.waitExposed(window)
    window.grab()
    assert mono.font().family() == theme.mono_family()
    html = receipt_html(build_receipt(PROFILE, "the test keyring"))
    assert ABSENT not in html
    assert "DejaVu" not in html  # no Linux family named on a Mac
    document = QTextDocument()
    document.setHtml(html)
    assert document.size().height() > 0  # laid out (fonts resolved)
    assert write_receipt_pdf(build_receipt(PROFILE, "the test keyring"), tmp_path / "r.pdf")
    # (no_qt_warnings, autouse, fails the test on any font warning Qt printed)


PROFILE = Profile(
    name="Acme Ltd",
    client_id="1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
    data_center="us",
    accounts_server="https://accounts.zoho.com",
    api_domain="https://www.zohoapis.com",
    scopes=("ZohoBooks.settings.READ",),
    organization_id="10234695",
    organization_name="Acme",
    connected_at="2026-11-28T20:00:00+01:00",
)
