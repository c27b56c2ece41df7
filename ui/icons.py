"""Line icons from resources/icons, recoloured to the current theme's text colour."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ui.qt import QBuffer, QByteArray, QIcon, QImageReader, QPixmap, QSize

# Rendered large and scaled down by Qt, so icons stay crisp at 200% scaling.
RENDER_PX = 64


@cache
def _svg_source(name: str) -> str:
    return resources.files("resources.icons").joinpath(f"{name}.svg").read_text("utf-8")


@cache
def icon(name: str, colour: str) -> QIcon:
    return QIcon(_render(_svg_source(name).replace("currentColor", colour)))


def app_icon() -> QIcon:
    return QIcon(_render(_svg_source("stillpoint"), 256))


def _render(svg: str, size: int = RENDER_PX) -> QPixmap:
    buffer = QBuffer()
    buffer.setData(QByteArray(svg.encode("utf-8")))
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    return QPixmap.fromImage(reader.read())

