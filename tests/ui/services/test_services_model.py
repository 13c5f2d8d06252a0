"""The services model's changes after a filter: the cheapest true signal, and painting's data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt

from core.catalog import ServiceCatalog
from core.models import Service
from core.store import CatalogueChanges
from ui.services.service_rows import prepare_rows
from ui.services.services_model import COL_NAME, COL_RATE, ServiceFilter, ServicesModel


def service(i: int, name: str) -> Service:
    return Service(str(i), name, "Likes", "Default", None, 10, 1000)


def make_model() -> ServicesModel:
    names = ["alpha one", "alpha two", "beta one", "beta two", "beta three", "gamma one"]
    model = ServicesModel()
    catalog = ServiceCatalog(service(i + 1, n) for i, n in enumerate(names))
    changes = CatalogueChanges(new=frozenset({"3"}))
    model.set_rows(prepare_rows(catalog, changes, model.flag_texts()))
    return model


class Signals:
    def __init__(self, model: ServicesModel) -> None:
        self.seen: list[tuple] = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("removed", a, b)))


def test_rows_leaving_in_one_block_are_removed_not_reset(qtbot):
    model = make_model()
    model.set_filter(ServiceFilter(text="beta"))
    signals = Signals(model)
    model.set_filter(ServiceFilter(text="beta o"))  # "beta three" leaves: the last row
    assert signals.seen == [("removed", 2, 2)]
    assert [model.service_at(r).name for r in range(model.rowCount())] == [
        "beta one",
        "beta two",
    ]
    model.set_filter(ServiceFilter(text="beta ox"))  # every row leaves
    assert signals.seen[-1] == ("removed", 0, 1)
    assert model.rowCount() == 0


def test_rows_leaving_here_and_there_reset_and_a_space_changes_nothing(qtbot):
    model = make_model()
    signals = Signals(model)
    model.set_filter(ServiceFilter(text="one"))  # rows 1, 3, 4 leave: three blocks
    assert signals.seen == [("reset",)]
    model.set_filter(ServiceFilter(text="one "))
    assert signals.seen == [("reset",)]  # the same rows: no signal, no repaint
    assert model.rowCount() == 3


def test_the_count_follows_removed_rows(app_window, qtbot):
    tab = app_window.services_tab
    tab.filters.filter_edit.setText(tab.model.service_at(0).id + "x-no-such-service")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    assert tab.count_label.text().startswith("0 of ")


def test_a_painted_cell_gets_in_one_call_what_data_gives_role_by_role(qtbot):
    model = make_model()
    roles = [
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
    ]
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            asked = [QModelRoleData(role) for role in roles]
            for role_data in asked:  # as Qt's delegate asks: one span, every role
                model.multiData(index, QModelRoleDataSpan(role_data))
            got = [role_data.data() for role_data in asked]
            assert got == [model.data(index, role) for role in roles]
    new_row = model.row_of("3")
    assert model.data(model.index(new_row, COL_NAME), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(new_row, COL_RATE), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def test_a_new_catalogue_is_filtered_by_the_words_typed_before_it_came(qtbot):
    # A refresh arriving while words are typed: the new rows are filtered at once, their
    # search texts folded then (they are folded after the table is shown otherwise).
    model = make_model()
    model.set_filter(ServiceFilter(text="beta"))
    catalog = ServiceCatalog(service(i, n) for i, n in enumerate(["beta new", "delta", "beta"]))
    model.set_rows(prepare_rows(catalog, None, model.flag_texts()))
    assert [model.service_at(r).name for r in range(model.rowCount())] == ["beta new", "beta"]
    model.set_filter(ServiceFilter())
    assert model.rowCount() == 3
