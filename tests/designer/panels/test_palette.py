"""The palette: grouped by kind, accent-insensitive search, tooltips, drag payload."""

from designer.canvas.graph import node_type_from_mime
from designer.panels.palette import Palette, fold
from runtime.catalog import get_catalog


def test_grouped_by_kind_with_tooltips(qtbot):
    palette = Palette(get_catalog(), "es")
    qtbot.addWidget(palette)
    groups = [palette.tree.topLevelItem(i).text(0) for i in range(4)]
    assert groups == ["Lanzadores", "Acciones", "Decisiones", "Esperas"]
    nt = get_catalog().get("wait.duration")
    assert palette.item_for("wait.duration").toolTip(0) == nt.description.es
    assert len(palette.visible_types()) == len(get_catalog())


def test_search_ignores_accents_and_case(qtbot):
    palette = Palette(get_catalog(), "es")
    qtbot.addWidget(palette)
    assert fold("Añadir ETIQUETA") == "anadir etiqueta"
    palette.search.setText("anadir")
    assert "action.add_tag" in palette.visible_types()
    assert "wait.duration" not in palette.visible_types()
    palette.search.setText("")
    assert len(palette.visible_types()) == len(get_catalog())


def test_drag_payload_carries_the_type(qtbot):
    palette = Palette(get_catalog(), "en")
    qtbot.addWidget(palette)
    mime = palette.tree.mimeData([palette.item_for("action.add_tag")])
    assert node_type_from_mime(mime) == "action.add_tag"
