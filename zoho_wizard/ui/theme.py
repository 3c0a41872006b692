"""The wizard's look: one calm palette, one primary colour, generous spacing.

Widgets opt into a look with dynamic properties (``role="primary"``, ``kind="warning"``)
rather than hard-coded colours scattered across the pages.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zoho_wizard.ui.resources import icon_path

ACCENT = "#1a6fe0"
ACCENT_DARK = "#1459b8"
INK = "#1d2330"
MUTED = "#5d6678"
LINE = "#d3d9e3"
SURFACE = "#f5f7fb"
DANGER = "#b3261e"
SUCCESS = "#1f7a45"


def _url(name: str) -> str:
    try:
        return icon_path(name).as_posix()
    except FileNotFoundError:  # an install without the icons: plain arrows, still usable
        return ""


def stylesheet() -> str:
    """The style sheet applied to the wizard window."""
    return f"""
QWizard, QWizardPage, QScrollArea, QScrollArea > QWidget > QWidget#scrollContent {{
    background: #ffffff;
}}
QWidget {{ color: {INK}; font-size: 10.5pt; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 9.5pt; }}
QLabel[role="fieldError"] {{ color: {DANGER}; font-size: 9.5pt; }}
QLabel[role="section"] {{ font-size: 11.5pt; font-weight: 600; }}
QLabel[role="fieldLabel"] {{ font-weight: 600; }}
QLabel[role="mono"] {{ font-family: "DejaVu Sans Mono", "Consolas", monospace;
    font-size: 9.5pt; }}
QLabel[role="countdown"] {{ font-size: 22pt; font-weight: 600; }}
QLabel[role="step"] {{ font-size: 11.5pt; color: {MUTED}; }}
QLabel[role="cardTitle"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="cardKey"] {{ color: {MUTED}; }}
QLabel[role="badge"] {{ background: #e6f0ff; color: {ACCENT_DARK}; border-radius: 8px;
    padding: 1px 8px; font-size: 9pt; font-weight: 600; }}

QLineEdit, QComboBox {{
    border: 1px solid {LINE}; border-radius: 6px; padding: 5px 9px; background: #ffffff;
    min-height: 20px; selection-background-color: {ACCENT};
}}
QLineEdit:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {DANGER}; }}
QLineEdit:disabled, QComboBox:disabled {{ background: {SURFACE}; color: #8a93a5; }}
QLineEdit[locked="true"], QComboBox[locked="true"] {{ background: {SURFACE}; }}
QComboBox[locked="true"]::down-arrow {{ image: none; }}
QLineEdit[mono="true"] {{ font-family: "DejaVu Sans Mono", "Consolas", monospace; }}
QLabel[role="stepNumber"] {{ font-weight: 600; color: {ACCENT_DARK}; min-width: 16px; }}
QRadioButton {{ spacing: 8px; }}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({_url("chevron-down")}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ border: 1px solid {LINE}; selection-background-color: #e6f0ff;
    selection-color: {INK}; outline: 0; }}

QCheckBox {{ spacing: 8px; }}
QCheckBox::indicator {{ width: 16px; height: 16px; border: 1px solid #9aa4b5;
    border-radius: 4px; background: #ffffff; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT};
    image: url({_url("checkmark")}); }}
QCheckBox::indicator:disabled {{ background: {SURFACE}; border-color: {LINE}; }}
QCheckBox::indicator:checked:disabled {{ background: #9dbbe8; border-color: #9dbbe8; }}

QPushButton {{
    border: 1px solid {LINE}; border-radius: 6px; padding: 6px 16px; background: #ffffff;
    min-height: 20px;
}}
QPushButton:hover {{ background: {SURFACE}; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #98a1b2; background: {SURFACE}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff;
    font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #0b3d85; }}
QPushButton[role="primary"]:disabled {{ background: #a9c4ee; border-color: #a9c4ee;
    color: #f4f7fc; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {ACCENT};
    padding: 2px 4px; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QToolButton {{ border: none; padding: 3px; border-radius: 4px; }}
QToolButton:hover {{ background: {SURFACE}; }}
QToolButton[role="disclosure"] {{ font-weight: 600; padding: 4px 2px; }}

QFrame[role="banner"] {{ border-radius: 8px; border: 1px solid {LINE}; }}
QFrame[role="banner"][kind="info"] {{ background: #eef4ff; border-color: #cfdcf7; }}
QFrame[role="banner"][kind="success"] {{ background: #ecf7f0; border-color: #c3e5cf; }}
QFrame[role="banner"][kind="warning"] {{ background: #fff6e0; border-color: #f0d58a; }}
QFrame[role="banner"][kind="error"] {{ background: #fdeeec; border-color: #f3c4bf; }}
QFrame[role="banner"][kind="practice"] {{ background: #f3f0ff; border-color: #d9cffc; }}
QFrame[role="banner"] QLabel {{ background: transparent; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="addressBar"] {{ background: {SURFACE}; border: 1px solid {LINE};
    border-radius: 8px; }}
QFrame[role="addressBar"] QLabel {{ background: transparent; }}
QFrame[role="divider"] {{ background: {LINE}; max-height: 1px; min-height: 1px; border: none; }}

QProgressBar[role="thin"] {{ border: none; background: transparent; max-height: 3px;
    min-height: 3px; }}
QProgressBar[role="thin"]::chunk {{ background: {ACCENT}; }}

QListWidget {{ border: 1px solid {LINE}; border-radius: 8px; outline: 0; padding: 4px; }}
QListWidget::item {{ border-radius: 6px; }}
QListWidget::item:selected {{ background: #e6f0ff; color: {INK}; }}
"""


def set_role(widget: QWidget, role: str, **extra: str) -> None:
    """Tag a widget for the style sheet (and refresh its style if already polished)."""
    widget.setProperty("role", role)
    for key, value in extra.items():
        widget.setProperty(key, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
