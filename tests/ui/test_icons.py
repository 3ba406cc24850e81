"""The tray icons: every state in both variants, valid SVG, and told apart by shape alone."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer

from omnisync.resources import resource_path
from omnisync.ui import icons
from omnisync.ui.contact_sheet import write_contact_sheet
from omnisync.ui.icons import (
    BADGE,
    BADGE_LABEL,
    TrayState,
    icon_file,
    render_pixmap,
    tray_icon,
)

pytestmark = pytest.mark.ui

VARIANTS = (False, True)
NAMES = [state.value for state in TrayState] + [BADGE]


def alpha_mask(state: TrayState, size: int, *, dark: bool, badge: bool = False) -> list[bool]:
    image = render_pixmap(state, size, dark=dark, badge=badge).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [image.pixelColor(x, y).alpha() >= 128 for y in range(size) for x in range(size)]


def test_every_state_and_the_badge_ship_light_and_dark_svgs(qapp):
    for name, dark in itertools.product(NAMES, VARIANTS):
        path = icon_file(name, dark=dark)
        assert path.is_file(), f"missing {path.name}"
        root = ET.fromstring(path.read_text(encoding="utf-8"))
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("viewBox"), f"{path.name} needs a viewBox to scale crisply"
        assert QSvgRenderer(str(path)).isValid(), f"Qt cannot render {path.name}"


def test_each_svg_title_says_the_state_in_words(qapp):
    labels = {state.value: state.label for state in TrayState} | {BADGE: BADGE_LABEL}
    for name, dark in itertools.product(NAMES, VARIANTS):
        root = ET.fromstring(icon_file(name, dark=dark).read_text(encoding="utf-8"))
        title = root.find("{http://www.w3.org/2000/svg}title")
        assert title is not None
        assert title.text == f"OmniSync: {labels[name]}"


def test_no_stray_icon_files(qapp):
    expected = {f"{name}-{variant}.svg" for name in NAMES for variant in ("light", "dark")}
    assert {p.name for p in resource_path("icons").glob("*.svg")} == expected


@pytest.mark.parametrize("dark", VARIANTS)
@pytest.mark.parametrize("size", [16, 32])
def test_states_differ_in_shape_not_only_colour(qapp, size, dark):
    masks = {state: alpha_mask(state, size, dark=dark) for state in TrayState}
    for a, b in itertools.combinations(TrayState, 2):
        differing = sum(x != y for x, y in zip(masks[a], masks[b], strict=True))
        # At least ~4% of the pixels must change between any two glyphs.
        assert differing >= size * size // 25, f"{a} and {b} look alike at {size}px ({differing})"


@pytest.mark.parametrize("dark", VARIANTS)
def test_badged_states_stay_distinct(qapp, dark):
    masks = {state: alpha_mask(state, 32, dark=dark, badge=True) for state in TrayState}
    for a, b in itertools.combinations(TrayState, 2):
        assert masks[a] != masks[b], f"{a} and {b} are identical with the badge"


@pytest.mark.parametrize("state", list(TrayState))
def test_light_and_dark_variants_have_the_same_shape_but_other_ink(qapp, state):
    assert alpha_mask(state, 32, dark=False) == alpha_mask(state, 32, dark=True)
    light = render_pixmap(state, 32, dark=False).toImage()
    dark = render_pixmap(state, 32, dark=True).toImage()
    assert light != dark


def test_badge_changes_the_bottom_right_corner_only(qapp):
    size = 32
    plain = alpha_mask(TrayState.MAPPED, size, dark=False)
    badged = alpha_mask(TrayState.MAPPED, size, dark=False, badge=True)
    changed = [i for i, (a, b) in enumerate(zip(plain, badged, strict=True)) if a != b]
    assert changed, "the badge left no mark"
    assert all(i % size >= size // 2 - 2 and i // size >= size // 2 - 2 for i in changed)


def test_icon_is_cached_and_has_crisp_sizes(qapp):
    icon = tray_icon("mapped", dark=True, badge=True)
    assert icon is tray_icon(TrayState.MAPPED, dark=True, badge=True)
    assert icon is not tray_icon(TrayState.MAPPED, dark=True, badge=False)
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 22, 24, 32, 48, 64} <= sizes
    assert icon.pixmap(QSize(22, 22)).size() == QSize(22, 22)


def test_unknown_state_is_a_clear_error(qapp):
    with pytest.raises(ValueError, match="busy"):
        tray_icon("busy")


def test_damaged_installation_is_reported(qapp, monkeypatch, tmp_path):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "mapped-light.svg").write_text("<svg", encoding="utf-8")
    monkeypatch.setattr(icons, "resource_path", lambda *p: tmp_path.joinpath(*p))
    icons._renderer.cache_clear()
    try:
        with pytest.raises(icons.IconError, match="not valid SVG"):
            render_pixmap(TrayState.MAPPED, 16)
        with pytest.raises(icons.IconError, match="cannot be read"):
            render_pixmap(TrayState.PAUSED, 16)
    finally:
        icons._renderer.cache_clear()


def test_contact_sheet_is_written(qapp, tmp_path: Path):
    out = tmp_path / "sheet" / "icons.png"
    write_contact_sheet(out)
    image = QImage(str(out))
    assert not image.isNull()
    assert image.height() > len(TrayState) * 64


def test_panel_darkness_falls_back_to_the_palette(qapp):
    if qapp.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform reports its colour scheme; the palette is not consulted")
    original = qapp.palette()
    try:
        for colour, dark in ((QColor("#202124"), True), (QColor("#F5F5F5"), False)):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, colour)
            qapp.setPalette(palette)
            assert icons.panel_is_dark() is dark
    finally:
        qapp.setPalette(original)
