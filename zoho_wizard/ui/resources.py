"""Finding the program's icons (SVG files under ``resources/icons``).

The icons are drawn for a light background. In the dark scheme the few grey ones (copy,
eye, chevrons, "waiting") would vanish, so they are read from recoloured copies made once
per run in a temporary folder; the coloured ones (blue, green, amber, red) read well on
both.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap

_PACKAGE_ASSETS = Path(__file__).resolve().parent / "assets" / "icons"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources" / "icons"


# Light-scheme colour → dark-scheme colour, for the icons' grey ink and tracks.
DARK_RECOLOUR = {
    "#3b4557": "#c9d1de",  # ink (copy, eye, chevrons)
    "#b4bccb": "#6b7488",  # "waiting" circle
    "#cfdcf7": "#34445e",  # the progress ring's track
}

_dark = False
_dark_folder: Path | None = None


def set_dark_icons(dark: bool) -> None:
    """Use the recoloured (dark-scheme) icons from now on, or the originals."""
    global _dark
    _dark = dark


def source_icon_path(name: str) -> Path:
    """The original SVG file for ``name`` (without extension).

    Installed copies live next to this module (``ui/assets/icons``); a source checkout
    reads the repository's ``resources/icons``.
    """
    for folder in (_PACKAGE_ASSETS, _SOURCE_TREE):
        path = folder / f"{name}.svg"
        if path.is_file():
            return path
    raise FileNotFoundError(f"icon {name!r} not found in {_PACKAGE_ASSETS} or {_SOURCE_TREE}")


def _dark_copy(source: Path) -> Path:
    global _dark_folder
    text = source.read_text(encoding="utf-8")
    recoloured = text
    for light, dark in DARK_RECOLOUR.items():
        recoloured = recoloured.replace(light, dark)
    if recoloured == text:
        return source
    if _dark_folder is None:
        _dark_folder = Path(tempfile.mkdtemp(prefix="zoho-wizard-icons-"))
        atexit.register(shutil.rmtree, _dark_folder, True)
    target = _dark_folder / source.name
    if not target.is_file():
        target.write_text(recoloured, encoding="utf-8")
    return target


def icon_path(name: str) -> Path:
    """The SVG file to draw ``name`` with in the current scheme."""
    source = source_icon_path(name)
    return _dark_copy(source) if _dark else source


def icon(name: str) -> QIcon:
    """The icon called ``name`` in the current scheme; an empty icon when it is missing."""
    return _icon(name, _dark)


@cache
def _icon(name: str, dark: bool) -> QIcon:
    try:
        source = source_icon_path(name)
        return QIcon(str(_dark_copy(source) if dark else source))
    except FileNotFoundError:
        return QIcon()


def pixmap(name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A crisp pixmap of the icon at ``size`` logical pixels."""
    pm = icon(name).pixmap(QSize(size, size), device_pixel_ratio)
    if pm.isNull():
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
    return pm
