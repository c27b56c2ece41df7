"""Renders the app icon (resources/icons/stillpoint.svg) to the files packages need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

writes packaging/icons/: stillpoint-<N>.png for N in SIZES (the hicolor theme sizes Linux
packages install), stillpoint.ico (Windows, 16-256 px) and stillpoint.icns (macOS, 16-1024 px).
Each size is rendered from the SVG on its own, not scaled down from a big bitmap. The outputs
are committed, so a package build needs neither Qt's SVG renderer nor Pillow; run this again
after changing the SVG (tests/test_packaging.py checks that the files match it).
Needs the `bundle` extra (Pillow): pip install -e '.[bundle]'.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "stillpoint.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the ICO format stops at 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # ICNS slots (1024 is 512 at 2x)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes (Qt's SVG renderer, antialiased)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, Qt a str
    return bytes(buffer.data().data())


def write_all(svg_path: Path = SVG, out: Path = OUT) -> list[Path]:
    from PIL import Image

    svg = svg_path.read_bytes()
    images = {size: Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA")
              for size in sorted({*SIZES, *ICNS_SIZES})}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = images[size]
        path = out / f"stillpoint-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = [images[size] for size in ICO_SIZES]
    ico[-1].save(out / "stillpoint.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [images[size] for size in ICNS_SIZES]
    icns[-1].save(out / "stillpoint.icns", append_images=icns[:-1])
    return [*written, out / "stillpoint.ico", out / "stillpoint.icns"]


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(ROOT))
