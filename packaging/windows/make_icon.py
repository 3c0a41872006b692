"""Make packaging/windows/zoho-wizard.ico from the app icon (resources/icons/app.svg).

    .venv/bin/python packaging/windows/make_icon.py

Renders the SVG with PySide6 (no Pillow needed) at the sizes Windows asks for (16 to 256
pixels) and writes them into one .ico as PNG images (the format Windows Vista and later
read for every size). Run it again when the app icon changes; tests/packaging checks the
file's sizes and that each image decodes.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
TARGET = Path(__file__).resolve().parent / "zoho-wizard.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px image")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file holding the PNG ``images`` (size -> PNG bytes)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    TARGET.write_bytes(ico_bytes({size: render_png(size) for size in SIZES}))
    print(f"wrote {TARGET.relative_to(ROOT)} ({', '.join(map(str, SIZES))} px)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
