"""Tray icons: one SVG glyph per sync state, light and dark, with an optional problem badge.

Every state has its own silhouette or cut-out glyph, so the states can be told apart without
colour (colour-blind agents, monochrome panels). ``-light`` files are for light panels (dark,
saturated ink), ``-dark`` files for dark panels (pale ink). The badge is painted over the
bottom-right corner at each rendered size, with a transparent ring cut around it so it stays
readable on top of any glyph.

Drawing them does not touch Qt's ``Qt`` namespace (its first use builds its 93 enums, about 125 M
instructions, docs/performance.md): the tray's first step draws its icon before anything else
needs that namespace.
"""

from __future__ import annotations

import enum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from omnisync.resources import resource_path


class TrayState(enum.StrEnum):
    """What the tray icon shows; the value is the SVG file stem."""

    SIGNED_OUT = "signed-out"
    """Signed out of a product, or a sign-in is needed now."""
    MAPPED = "mapped"
    """Both products are in the mapped statuses (On Queue ⇄ the mapped Omni status)."""
    TRANSITION = "transition"
    """The app set a transition status after the agent left the mapped one."""
    BLOCKED_GENESYS = "blocked-genesys"
    """Work in Genesys Cloud blocks Omni-Channel."""
    BLOCKED_SALESFORCE = "blocked-salesforce"
    """Work in Salesforce Omni-Channel blocks Genesys Cloud."""
    PAUSED = "paused"
    """Sync is paused by the agent or switched off by the profile."""
    INDEPENDENT = "independent"
    """Statuses are the agent's own choice; no rule applies."""
    SUSPENDED = "suspended"
    """A product is offline, so sync is suspended until it is back."""

    @property
    def label(self) -> str:
        """The state in words (tooltips, screen readers); also each SVG's ``<title>``."""
        return _LABELS[self]


_LABELS: dict[TrayState, str] = {
    TrayState.SIGNED_OUT: "signed out or sign-in needed",
    TrayState.MAPPED: "in sync",
    TrayState.TRANSITION: "in transition",
    TrayState.BLOCKED_GENESYS: "blocked by work in Genesys Cloud",
    TrayState.BLOCKED_SALESFORCE: "blocked by work in Salesforce",
    TrayState.PAUSED: "paused or off",
    TrayState.INDEPENDENT: "independent: the agent's own choice",
    TrayState.SUSPENDED: "suspended: a product is offline",
}
BADGE_LABEL = "problem: a channel is down or you must act"


BADGE = "badge"
SIZES: tuple[int, ...] = (16, 20, 22, 24, 28, 32, 36, 40, 44, 48, 64, 96, 128)
"""The sizes each QIcon says it has (tray sizes of every desktop, at 1x and 2x); it draws any
size asked for, when first asked."""


class IconError(RuntimeError):
    """A shipped icon is missing or is not valid SVG: the installation is damaged."""


def icon_file(name: str, *, dark: bool) -> Path:
    """Path of the SVG for a state value or ``BADGE``, in the variant for a dark or light panel."""
    return resource_path("icons", f"{name}-{'dark' if dark else 'light'}.svg")


@cache
def _renderer(name: str, dark: bool) -> QSvgRenderer:
    path = icon_file(name, dark=dark)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IconError(f"Tray icon {path} cannot be read ({exc}); reinstall OmniSync.") from exc
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise IconError(f"Tray icon {path} is not valid SVG; reinstall OmniSync.")
    return renderer


def render_pixmap(
    state: TrayState, size: int, *, dark: bool = False, badge: bool = False
) -> QPixmap:
    """Paint one state at ``size`` device pixels, badge included, on a transparent pixmap."""
    if QGuiApplication.instance() is None:  # Qt would abort the process, not raise
        raise RuntimeError("Tray icons need a QGuiApplication; create it first.")
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _renderer(state.value, dark).render(painter, QRectF(0, 0, size, size))
        if badge:
            _paint_badge(painter, size, dark)
    finally:
        painter.end()
    return pixmap


@cache
def _opaque_brush() -> QBrush:
    """An opaque brush (what it paints is cleared anyway) made from a pixmap: ``QBrush(QColor)``
    and ``fillPath(path, QColor)`` resolve their overloads through the ``Qt`` namespace."""
    solid = QPixmap(1, 1)
    solid.fill(QColor(0, 0, 0))
    return QBrush(solid)


def _paint_badge(painter: QPainter, size: int, dark: bool) -> None:
    badge_size = max(8.0, round(size * 0.5))
    gap = max(1.0, size / 16)
    origin = size - badge_size
    # Clear a ring around the badge so it never merges with the glyph underneath.
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    ring = QPainterPath()  # filled without a pen: an ellipse drawn with no outline
    ring.addEllipse(QRectF(origin - gap, origin - gap, badge_size + 2 * gap, badge_size + 2 * gap))
    painter.fillPath(ring, _opaque_brush())
    painter.restore()
    _renderer(BADGE, dark).render(painter, QRectF(origin, origin, badge_size, badge_size))


@cache
def tray_icon(state: TrayState | str, *, dark: bool = False, badge: bool = False) -> QIcon:
    """The cached QIcon for a state (its enum or value), drawn at each size the desktop asks for.

    Raises ValueError for an unknown state name and IconError for a damaged installation (the
    files are read and checked here, before any tray shows the icon).
    """
    tray_state = TrayState(state)
    _renderer(tray_state.value, dark)
    if badge:
        _renderer(BADGE, dark)
    engine = _StateIconEngine(tray_state, dark, badge, {})
    _engines.append(engine)  # the QIcon owns it; the reference keeps its Python side alive
    return QIcon(engine)


class _StateIconEngine(QIconEngine):
    """Paints a state at exactly the size asked for, the first time it is asked for, then keeps
    it. Pre-rendering every tray size (13) cost the tray's first step about 10 M instructions
    for pixmaps no desktop uses (docs/performance.md); a tray asks for one or two."""

    def __init__(
        self, state: TrayState, dark: bool, badge: bool, drawn: dict[int, QPixmap]
    ) -> None:
        super().__init__()
        self._state, self._dark, self._badge = state, dark, badge
        self._drawn = drawn

    def _at(self, side: int) -> QPixmap:
        if side not in self._drawn:
            self._drawn[side] = render_pixmap(
                self._state, max(side, 1), dark=self._dark, badge=self._badge
            )
        return self._drawn[side]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._at(min(size.width(), size.height()))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        drawn = QPixmap(self._at(round(min(size.width(), size.height()) * scale)))
        drawn.setDevicePixelRatio(scale)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # The screens' highest pixel ratio, not ``painter.device()``'s: resolving the device's
        # Python type made the tray's first paint cost about 20 ms (cProfile).
        app = QGuiApplication.instance()
        scale = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        copy = _StateIconEngine(self._state, self._dark, self._badge, self._drawn)
        _engines.append(copy)
        return copy


_engines: list[_StateIconEngine] = []


def panel_is_dark() -> bool:
    """Best guess whether the tray panel is dark, from the desktop's colour scheme.

    Qt reports the scheme on Windows, macOS, GNOME and KDE. Where it is unknown we fall back to
    the window colour of the palette; the tray should call this again on ``colorSchemeChanged``.
    """
    from PySide6.QtCore import Qt  # its first use builds the whole namespace (see above)

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette_is_dark()


def palette_is_dark() -> bool:
    """Whether the palette's window colour is dark: the tray's first step's guess (the colour
    scheme is a ``Qt`` enum), and the live tray's where the desktop gives no scheme."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().window().color().lightness() < 128
