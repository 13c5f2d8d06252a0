"""Render resources/icons/app.svg into the per-platform app icons (.png, .ico, .icns).

Run after editing app.svg, then commit the results:
    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py
ICO and ICNS are written here (both are PNG images in a small container) so no image library
beyond Qt is needed. `--preview FILE` also saves a sheet of every icon on light and dark.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

RESOURCES = ROOT / "resources"
APP_SVG = RESOURCES / "icons" / "app.svg"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types share sizes with plain ones).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG images (Vista+ format)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in a one-byte field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) elements, big-endian."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def preview(path: Path) -> None:
    """Every action icon at 16/24/32 px on a light and a dark background, for a human to look at."""
    sys.path.insert(0, str(ROOT))
    from ui.common.icons import ICON_NAMES

    cell, sizes = 40, (16, 24, 32)
    width, height = cell * len(ICON_NAMES) + 8, cell * len(sizes) * 2 + 8
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    for half, (bg, fg) in enumerate((("#f4f4f4", "#202020"), ("#2b2b2b", "#e8e8e8"))):
        top = half * cell * len(sizes)
        painter.fillRect(0, top, width, cell * len(sizes), QColor(bg))
        for col, name in enumerate(ICON_NAMES):
            svg = (RESOURCES / "icons" / f"{name}.svg").read_bytes()
            renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", fg.encode())))
            for row, size in enumerate(sizes):
                x, y = 4 + col * cell, top + 4 + row * cell
                renderer.render(painter, QRectF(x, y, size, size))
    painter.end()
    sheet.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also save a sheet of all icons here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({PNG_SIZE, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(APP_SVG, size) for size in sizes}
    (RESOURCES / "app-icon.png").write_bytes(pngs[PNG_SIZE])
    (RESOURCES / "app-icon.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (RESOURCES / "app-icon.icns").write_bytes(icns_bytes(pngs))
    for name in ("app-icon.png", "app-icon.ico", "app-icon.icns"):
        print(f"wrote {RESOURCES / name} ({(RESOURCES / name).stat().st_size} bytes)")
    if args.preview:
        preview(args.preview)
        print(f"wrote {args.preview}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
