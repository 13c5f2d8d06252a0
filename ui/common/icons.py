"""The app's icons: SVGs from resources/icons drawn in the palette's text colour.

Action and tab icons are drawn with `currentColor`; they are rendered on demand in the current
palette's text colour (the disabled colour when disabled), so they stay legible in light and dark
themes and follow a palette change. The app icon keeps its own colours.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.paths import resource_path, resources_dir

#: Every icon the app ships (file stem under resources/icons).
ICON_NAMES = (
    "services",
    "new-order",
    "orders",
    "refresh",
    "settings",
    "favourite",
    "refill",
    "cancel",
    "copy",
    "export",
    "market",
    "insights",
    "alerts",
)


@cache
def _svg_text(name: str) -> bytes:
    return resource_path("icons", f"{name}.svg").read_bytes()


def _colour_for(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    role = (
        QPalette.ColorRole.HighlightedText
        if mode == QIcon.Mode.Selected
        else QPalette.ColorRole.WindowText
    )
    return palette.color(group, role)


class _TintedSvgEngine(QIconEngine):
    """Renders one `currentColor` SVG at any size in the colour the palette gives for the mode."""

    def __init__(self, name: str, colour: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._fixed = QColor(colour) if colour is not None else None
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    def _render(self, size: QSize, colour: QColor) -> QPixmap:
        key = (size.width(), size.height(), colour.rgba())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            svg = _svg_text(self._name).replace(b"currentColor", colour.name().encode("ascii"))
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            QSvgRenderer(QByteArray(svg)).render(painter)
            painter.end()
            if len(self._pixmaps) > 32:  # palettes and sizes change rarely: a tiny cache will do
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = self._fixed if self._fixed is not None else _colour_for(mode)
        if self._fixed is not None and mode == QIcon.Mode.Disabled:
            colour = _colour_for(mode)
        return self._render(size, colour)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap = self.pixmap(size, mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._fixed)

    def key(self) -> str:
        return "smm-desk-tinted-svg"

    def isNull(self) -> bool:  # noqa: N802 (Qt name)
        return False


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The named icon (one of ICON_NAMES), in the palette's text colour unless `colour` is given.

    Raises FileNotFoundError if the SVG is not bundled, so a broken bundle fails loudly.
    """
    _svg_text(name)  # fail now, not at the first paint
    return QIcon(_TintedSvgEngine(name, colour))


def app_icon() -> QIcon:
    """The application's icon, for the window and the task bar."""
    result = QIcon()
    png = resources_dir() / "app-icon.png"
    if png.exists():  # fixed-size bitmaps first: no SVG rendering at start-up
        result.addFile(str(png))
    result.addFile(str(resource_path("icons", "app.svg")))
    return result
