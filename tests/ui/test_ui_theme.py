"""The look follows the system: light or dark (also when it changes), and its text size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from zoho_wizard.ui import resources, theme
from zoho_wizard.ui.wizard import ConnectWizard


@pytest.fixture
def back_to_light(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(theme.SCHEME_VARIABLE, raising=False)
    yield
    theme.use_scheme(False)


def test_a_switch_to_dark_while_open_redraws_the_window_legibly(
    qtbot: Any, wizard: ConnectWizard, back_to_light: None
) -> None:
    assert not wizard.palette_in_use.dark
    assert theme.LIGHT.window in wizard.styleSheet()

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert wizard.palette_in_use.dark
    first_rule = wizard.styleSheet().split("}")[0]  # the pages' background
    assert first_rule.strip().endswith(f"background: {theme.DARK.window};")
    # Dialogs and tooltips follow (the application's palette), and the grey icons are
    # drawn from their recoloured copies.
    assert QApplication.palette().window().color().name() == theme.DARK.window
    assert resources.icon_path("copy") != resources.source_icon_path("copy")
    assert "#c9d1de" in resources.icon_path("copy").read_text(encoding="utf-8")
    assert wizard.details_page.copy_button.property("iconName") == "copy"

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not wizard.palette_in_use.dark
    assert theme.LIGHT.window in wizard.styleSheet()
    assert resources.icon_path("copy") == resources.source_icon_path("copy")


def test_the_dark_palette_reads_well() -> None:
    # WCAG contrast of the body text and the main button's words: at least 4.5:1.
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    for palette in (theme.LIGHT, theme.DARK):
        assert contrast(palette.ink, palette.window) >= 7
        assert contrast(palette.muted, palette.window) >= 4.5
        assert contrast(palette.on_accent, palette.primary) >= 4.5
        assert contrast(palette.danger, palette.window) >= 4.5
        assert contrast(palette.caution, palette.surface) >= 4.5
        assert contrast(palette.accent, palette.window) >= 4.5  # links


def test_text_sizes_follow_the_system_font(back_to_light: None) -> None:
    app = QApplication.instance()
    original = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(16)
        app.setFont(bigger)
        sheet = theme.stylesheet(theme.LIGHT)
        assert "font-size: 16.8pt" in sheet  # body text: 1.05 × the system's size
        assert "font-size: 35.2pt" in sheet  # the countdown: 2.2 ×
        sizes = re.findall(r"font-size: ([0-9.]+)(\w+)", sheet)
        assert sizes and {unit for _size, unit in sizes} == {"pt"}  # no pixel fonts
    finally:
        app.setFont(original)
