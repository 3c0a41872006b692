"""The wizard's look: one calm palette, one primary colour, generous spacing.

Widgets opt into a look with dynamic properties (``role="primary"``, ``kind="warning"``)
rather than hard-coded colours scattered across the pages. Two palettes, light and dark,
follow the system's colour scheme (``QStyleHints.colorScheme()``) and switch when it
changes. Font sizes are multiples of the application's font, so the system's text size
setting scales every text; nothing uses a fixed pixel font.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from zoho_wizard.ui import resources
from zoho_wizard.ui.resources import icon_path

SCHEME_VARIABLE = "ZOHO_WIZARD_COLOR_SCHEME"  # "light" or "dark": overrides the system


@dataclass(frozen=True)
class Palette:
    """The colours of one scheme (names say what they are for, not what they look like)."""

    dark: bool
    accent: str  # links, focus rings, ticked boxes
    accent_strong: str  # numbers and badges' text
    primary: str  # the main button (white text on it)
    primary_hover: str
    on_accent: str  # text on the main button and on the accent colour
    ink: str  # body text
    muted: str  # hints, secondary text
    line: str  # borders
    surface: str  # cards, address bars, read-only fields
    window: str  # page background
    field: str  # text fields and buttons
    selection: str  # a selected row's background
    danger: str  # errors (text)
    success: str  # "works" (text)
    caution: str  # "needs attention" (text)
    disabled_text: str
    disabled_accent: str
    checkbox_border: str
    focus_primary: str  # the focus ring around the main button
    info_bg: str
    info_line: str
    success_bg: str
    success_line: str
    warning_bg: str
    warning_line: str
    error_bg: str
    error_line: str
    practice_bg: str
    practice_line: str


LIGHT = Palette(
    dark=False,
    accent="#1a6fe0",
    accent_strong="#1459b8",
    primary="#1a6fe0",
    primary_hover="#1459b8",
    on_accent="#ffffff",
    ink="#1d2330",
    muted="#5d6678",
    line="#d3d9e3",
    surface="#f5f7fb",
    window="#ffffff",
    field="#ffffff",
    selection="#e6f0ff",
    danger="#b3261e",
    success="#1f7a45",
    caution="#8a5300",
    disabled_text="#8a93a5",
    disabled_accent="#a9c4ee",
    checkbox_border="#9aa4b5",
    focus_primary="#0b3d85",
    info_bg="#eef4ff",
    info_line="#cfdcf7",
    success_bg="#ecf7f0",
    success_line="#c3e5cf",
    warning_bg="#fff6e0",
    warning_line="#f0d58a",
    error_bg="#fdeeec",
    error_line="#f3c4bf",
    practice_bg="#f3f0ff",
    practice_line="#d9cffc",
)

DARK = Palette(
    dark=True,
    accent="#6aa8ff",
    accent_strong="#9cc5ff",
    primary="#2b6fd6",  # white on it reads at 5:1
    primary_hover="#3a7de6",
    on_accent="#ffffff",
    ink="#e6e9ef",
    muted="#a4adbd",
    line="#3c4453",
    surface="#252b36",
    window="#1b1f27",
    field="#222833",
    selection="#23406b",
    danger="#ff8a80",
    success="#6fd39a",
    caution="#f2c25c",
    disabled_text="#7a8394",
    disabled_accent="#2f4a73",
    checkbox_border="#6b7488",
    focus_primary="#cfe1ff",
    info_bg="#1d2a40",
    info_line="#2f4568",
    success_bg="#17301f",
    success_line="#285a3a",
    warning_bg="#33280f",
    warning_line="#6a5217",
    error_bg="#3a1c1a",
    error_line="#6e302b",
    practice_bg="#2a2342",
    practice_line="#4a3d78",
)

# The light palette's colours under their old names (kept for callers that want them).
ACCENT = LIGHT.accent
ACCENT_DARK = LIGHT.accent_strong
INK = LIGHT.ink
MUTED = LIGHT.muted
LINE = LIGHT.line
SURFACE = LIGHT.surface
DANGER = LIGHT.danger
SUCCESS = LIGHT.success

_active: Palette = LIGHT


def system_is_dark() -> bool:
    """Whether the system (or ``ZOHO_WIZARD_COLOR_SCHEME``) asks for the dark scheme."""
    wanted = os.environ.get(SCHEME_VARIABLE, "").strip().lower()
    if wanted in ("dark", "light"):
        return wanted == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def scheme_is_dark(scheme: Qt.ColorScheme) -> bool:
    """Whether ``scheme`` (from ``colorSchemeChanged``) means dark; the override wins."""
    wanted = os.environ.get(SCHEME_VARIABLE, "").strip().lower()
    if wanted in ("dark", "light"):
        return wanted == "dark"
    return scheme == Qt.ColorScheme.Dark


def colors() -> Palette:
    """The palette in use now (delegates read it at paint time)."""
    return _active


def use_scheme(dark: bool) -> Palette:
    """Make the light or dark palette the active one (icons follow); returns it."""
    global _active
    _active = DARK if dark else LIGHT
    resources.set_dark_icons(dark)
    return _active


def base_point_size() -> float:
    """The size every text is a multiple of: the application's font (the system's text
    size), never below 10 pt so that the wizard stays easy to read."""
    app = QGuiApplication.instance()
    size = QGuiApplication.font().pointSizeF() if app is not None else -1.0
    return max(10.0, size if size > 0 else 10.0)


def pt(factor: float) -> str:
    """A style-sheet font size: ``factor`` times the base size, in points."""
    return f"{base_point_size() * factor:.1f}pt"


def scaled_font(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` at ``factor`` times the base size."""
    out = QFont(font)
    out.setPointSizeF(base_point_size() * factor)
    return out


# Fixed-width text (addresses, IDs, scopes): the first of this OS's families that is
# installed, else the system's own fixed-width font. Only installed families are ever
# named: a missing one makes macOS search every font alias the first time (a warning, and
# start-up time), and elsewhere it silently falls back to a font the wizard never chose.
MONO_FAMILIES = {
    "win32": ("Cascadia Mono", "Consolas"),
    "darwin": ("Menlo", "Monaco"),
    "linux": ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono"),
}


def installed_families() -> frozenset[str]:
    """The font families this computer has (lower-case)."""
    return frozenset(name.lower() for name in QFontDatabase.families())


def first_installed(
    wanted: tuple[str, ...], fallback: QFontDatabase.SystemFont, installed: frozenset[str]
) -> str:
    """The first family of ``wanted`` that is installed, else the system's ``fallback``
    font's family (which the platform itself says exists)."""
    for family in wanted:
        if family.lower() in installed:
            return family
    return QFontDatabase.systemFont(fallback).family()


# The receipt's text (a printed record, so one family chosen per OS, not the UI font).
TEXT_FAMILIES = {
    "win32": ("Segoe UI", "Arial"),
    "darwin": ("Helvetica Neue", "Helvetica"),
    "linux": ("DejaVu Sans", "Noto Sans", "Liberation Sans"),
}
_chosen: dict[tuple[str, str], str] = {}  # (which, platform) -> family, once per process


def _family(
    which: str,
    table: dict[str, tuple[str, ...]],
    fallback: QFontDatabase.SystemFont,
    platform: str | None,
    installed: frozenset[str] | None,
) -> str:
    platform = platform or sys.platform
    if installed is None and (which, platform) in _chosen:
        return _chosen[(which, platform)]
    wanted = table.get(platform, table["linux"])
    found = installed_families() if installed is None else installed
    family = first_installed(wanted, fallback, found)
    if installed is None:
        _chosen[(which, platform)] = family
    return family


def mono_family(platform: str | None = None, installed: frozenset[str] | None = None) -> str:
    """The fixed-width family for this OS (see :data:`MONO_FAMILIES`)."""
    return _family("mono", MONO_FAMILIES, QFontDatabase.SystemFont.FixedFont, platform, installed)


def text_family(platform: str | None = None, installed: frozenset[str] | None = None) -> str:
    """The receipt's text family for this OS (see :data:`TEXT_FAMILIES`)."""
    return _family("text", TEXT_FAMILIES, QFontDatabase.SystemFont.GeneralFont, platform, installed)


def css_family(family: str) -> str:
    """``family`` quoted for a style sheet or HTML style."""
    return '"' + family.replace("\\", "").replace('"', "") + '"'


def set_application_style(app: QApplication) -> None:
    """Fusion on every OS, before any widget exists.

    The style sheet and both palettes are designed and tested with Fusion (the screenshots
    and every UI test use it). Windows' own styles (windows11, windowsvista) draw parts of
    style-sheeted widgets natively, with known glitches (check boxes, combo boxes, rounded
    frames), and the macOS style ignores many of the sheet's properties; with Fusion the
    wizard looks the same, and as tested, everywhere. What only a real machine can show:
    Fusion with the system's font and text size on Windows and macOS.
    """
    app.setStyle("Fusion")


def _url(name: str) -> str:
    try:
        return icon_path(name).as_posix()
    except FileNotFoundError:  # an install without the icons: plain arrows, still usable
        return ""


def qt_palette(p: Palette) -> QPalette:
    """A QPalette with the scheme's colours (dialogs, tooltips, scroll bars, menus)."""
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, colour in (
        (role.Window, p.window),
        (role.WindowText, p.ink),
        (role.Base, p.field),
        (role.AlternateBase, p.surface),
        (role.Text, p.ink),
        (role.Button, p.field),
        (role.ButtonText, p.ink),
        (role.ToolTipBase, p.surface),
        (role.ToolTipText, p.ink),
        (role.PlaceholderText, p.muted),
        (role.Highlight, p.accent),
        (role.HighlightedText, p.on_accent),
        (role.Link, p.accent),
        (role.LinkVisited, p.accent_strong),
        (role.BrightText, p.on_accent),
        (role.Light, p.surface),
        (role.Midlight, p.line),
        (role.Mid, p.line),
        (role.Dark, p.muted),
        (role.Shadow, "#000000"),
    ):
        pal.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(p.disabled_text))
    return pal


def stylesheet(p: Palette | None = None) -> str:
    """The style sheet applied to the wizard window, for palette ``p`` (the active one)."""
    p = p or _active
    sections = (
        _window_and_text_rules,
        _field_rules,
        _checkbox_rules,
        _button_rules,
        _frame_rules,
        _progress_rules,
        _list_rules,
        _page_rules,
    )
    # One block of rules per section, a blank line between blocks.
    return "".join(section(p) for section in sections)


def _window_and_text_rules(p: Palette) -> str:
    """The page background and the labels' roles (hint, section, badge...)."""
    return f"""
QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget#scrollContent {{
    background: {p.window};
}}
QWidget {{ color: {p.ink}; font-size: {pt(1.05)}; }}
QToolTip {{ color: {p.ink}; background: {p.surface}; border: 1px solid {p.line};
    padding: 6px; }}
QLabel[role="hint"] {{ color: {p.muted}; font-size: {pt(0.95)}; }}
QLabel[role="fieldError"] {{ color: {p.danger}; font-size: {pt(0.95)}; }}
QLabel[role="warningText"] {{ color: {p.caution}; }}
QLabel[role="mutedText"] {{ color: {p.muted}; }}
QLabel[role="section"] {{ font-size: {pt(1.15)}; font-weight: 600; }}
QLabel[role="fieldLabel"] {{ font-weight: 600; }}
QLabel[role="mono"] {{ font-family: {css_family(mono_family())};
    font-size: {pt(0.95)}; }}
QLabel[role="countdown"] {{ font-size: {pt(2.2)}; font-weight: 600; }}
QLabel[role="step"] {{ font-size: {pt(1.15)}; color: {p.muted}; }}
QLabel[role="cardTitle"] {{ font-size: {pt(1.5)}; font-weight: 600; }}
QLabel[role="cardKey"] {{ color: {p.muted}; }}
QLabel[role="badge"] {{ background: {p.selection}; color: {p.accent_strong};
    border-radius: 8px; padding: 1px 8px; font-size: {pt(0.9)}; font-weight: 600; }}
"""


def _field_rules(p: Palette) -> str:
    """Text fields, drop-down lists and radio buttons."""
    return f"""
QLineEdit, QComboBox, QPlainTextEdit {{
    border: 1px solid {p.line}; border-radius: 6px; padding: 5px 9px; background: {p.field};
    min-height: 20px; selection-background-color: {p.accent};
    selection-color: {p.on_accent};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {p.accent}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {p.danger}; }}
QLineEdit:disabled, QComboBox:disabled {{ background: {p.surface}; color: {p.disabled_text}; }}
QLineEdit[locked="true"], QComboBox[locked="true"] {{ border: 1px solid transparent;
    background: transparent; padding-left: 0; font-weight: 600; }}
QLineEdit[locked="true"]:focus, QComboBox[locked="true"]:focus {{
    border: none; border-bottom: 1px dashed {p.accent}; }}
QComboBox[locked="true"]::drop-down {{ width: 0; }}
QComboBox[locked="true"]::down-arrow {{ image: none; }}
QWidget[role="lockNote"] QLabel {{ color: {p.muted}; }}
QLineEdit[mono="true"] {{ font-family: {css_family(mono_family())}; }}
QLabel[role="stepNumber"] {{ font-weight: 600; color: {p.accent_strong}; min-width: 16px; }}
QRadioButton {{ spacing: 8px; }}
QRadioButton::indicator {{ width: 14px; height: 14px; border-radius: 8px;
    border: 1px solid {p.checkbox_border}; background: {p.field}; }}
QRadioButton::indicator:checked {{ border: 5px solid {p.accent}; width: 6px; height: 6px;
    background: {p.on_accent}; }}
QRadioButton::indicator:focus {{ border-color: {p.accent}; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({_url("chevron-down")}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ border: 1px solid {p.line}; background: {p.field};
    selection-background-color: {p.selection}; selection-color: {p.ink}; outline: 0; }}
"""


def _checkbox_rules(p: Palette) -> str:
    """Tick boxes."""
    return f"""
QCheckBox {{ spacing: 8px; }}
QCheckBox::indicator {{ width: 16px; height: 16px; border: 1px solid {p.checkbox_border};
    border-radius: 4px; background: {p.field}; }}
QCheckBox::indicator:focus {{ border: 2px solid {p.accent}; }}
QCheckBox::indicator:checked {{ background: {p.primary}; border-color: {p.primary};
    image: url({_url("checkmark")}); }}
QCheckBox::indicator:disabled {{ background: {p.surface}; border-color: {p.line}; }}
QCheckBox::indicator:checked:disabled {{ background: {p.disabled_accent};
    border-color: {p.disabled_accent}; }}
"""


def _button_rules(p: Palette) -> str:
    """Push buttons by role (primary, link) and tool buttons."""
    return f"""
QPushButton {{
    border: 1px solid {p.line}; border-radius: 6px; padding: 6px 16px; background: {p.field};
    min-height: 20px;
}}
QPushButton:hover {{ background: {p.surface}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled_text}; background: {p.surface}; }}
QPushButton[role="primary"] {{ background: {p.primary}; border-color: {p.primary};
    color: {p.on_accent}; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {p.primary_hover};
    border-color: {p.primary_hover}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {p.focus_primary}; }}
QPushButton[role="primary"]:disabled {{ background: {p.disabled_accent};
    border-color: {p.disabled_accent}; color: {p.disabled_text}; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {p.accent};
    padding: 2px 4px; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="link"]:focus {{ border: 1px dashed {p.accent}; text-decoration: underline; }}
QToolButton {{ border: 1px solid transparent; padding: 3px; border-radius: 4px;
    background: transparent; }}
QToolButton:hover {{ background: {p.surface}; }}
QToolButton:focus {{ border: 1px solid {p.accent}; }}
QToolButton[role="disclosure"] {{ font-weight: 600; padding: 4px 2px; }}
QToolButton[role="help"] {{ border-radius: 10px; padding: 1px; }}
"""


def _frame_rules(p: Palette) -> str:
    """Banners by kind, cards, the address bar and dividers."""
    return f"""
QFrame[role="banner"] {{ border-radius: 8px; border: 1px solid {p.line}; }}
QFrame[role="banner"][kind="info"] {{ background: {p.info_bg}; border-color: {p.info_line}; }}
QFrame[role="banner"][kind="success"] {{ background: {p.success_bg};
    border-color: {p.success_line}; }}
QFrame[role="banner"][kind="warning"] {{ background: {p.warning_bg};
    border-color: {p.warning_line}; }}
QFrame[role="banner"][kind="error"] {{ background: {p.error_bg}; border-color: {p.error_line}; }}
QFrame[role="banner"][kind="practice"] {{ background: {p.practice_bg};
    border-color: {p.practice_line}; }}
QFrame[role="banner"] QLabel {{ background: transparent; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.line};
    border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="addressBar"] {{ background: {p.surface}; border: 1px solid {p.line};
    border-radius: 8px; }}
QFrame[role="addressBar"] QLabel {{ background: transparent; }}
QFrame[role="divider"] {{ background: {p.line}; max-height: 1px; min-height: 1px;
    border: none; }}
"""


def _progress_rules(p: Palette) -> str:
    """The thin loading bar."""
    return f"""
QProgressBar[role="thin"] {{ border: none; background: transparent; max-height: 3px;
    min-height: 3px; }}
QProgressBar[role="thin"]::chunk {{ background: {p.accent}; }}
"""


def _list_rules(p: Palette) -> str:
    """The saved connections' list and message boxes."""
    return f"""
QListWidget {{ border: 1px solid {p.line}; border-radius: 8px; outline: 0; padding: 4px;
    background: {p.field}; }}
QListWidget:focus {{ border: 1px solid {p.accent}; }}
QListWidget::item {{ border-radius: 6px; }}
QListWidget::item:selected {{ background: {p.selection}; color: {p.ink}; }}
QMessageBox {{ background: {p.window}; }}
"""


def _page_rules(p: Palette) -> str:
    """Words that confirm something worked ("Copied…", "Renamed…")."""
    return f"""
QLabel[role="successText"] {{ color: {p.success}; font-size: {pt(0.95)}; }}
"""


def apply(window: QWidget, dark: bool | None = None) -> Palette:
    """Give ``window`` (and the application's dialogs and tooltips) the light or dark look.

    ``dark`` None follows the system. Safe to call again when the system's scheme changes.
    """
    palette = use_scheme(system_is_dark() if dark is None else dark)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(qt_palette(palette))
    window.setStyleSheet(stylesheet(palette))
    for item in [window, *window.findChildren(QWidget), *window.findChildren(QAction)]:
        name = item.property("iconName")
        if isinstance(name, str) and name and hasattr(item, "setIcon"):
            item.setIcon(resources.icon(name))
        if isinstance(item, QWidget):
            item.update()
    return palette


def set_icon(widget: QWidget, name: str) -> None:
    """Give a button its icon, and remember the name so a scheme change redraws it."""
    widget.setProperty("iconName", name)
    widget.setIcon(resources.icon(name))  # type: ignore[attr-defined]


def set_role(widget: QWidget, role: str, **extra: str) -> None:
    """Tag a widget for the style sheet (and refresh its style if already polished)."""
    widget.setProperty("role", role)
    for key, value in extra.items():
        widget.setProperty(key, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
