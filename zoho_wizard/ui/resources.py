"""Finding the program's icons (SVG files under ``resources/icons``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap

_PACKAGE_ASSETS = Path(__file__).resolve().parent / "assets" / "icons"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources" / "icons"


def icon_path(name: str) -> Path:
    """The SVG file for ``name`` (without extension).

    Installed copies live next to this module (``ui/assets/icons``); a source checkout
    reads the repository's ``resources/icons``.
    """
    for folder in (_PACKAGE_ASSETS, _SOURCE_TREE):
        path = folder / f"{name}.svg"
        if path.is_file():
            return path
    raise FileNotFoundError(f"icon {name!r} not found in {_PACKAGE_ASSETS} or {_SOURCE_TREE}")


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name``; an empty icon when the file is missing."""
    try:
        return QIcon(str(icon_path(name)))
    except FileNotFoundError:
        return QIcon()


def pixmap(name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A crisp pixmap of the icon at ``size`` logical pixels."""
    pm = icon(name).pixmap(QSize(size, size), device_pixel_ratio)
    if pm.isNull():
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
    return pm
