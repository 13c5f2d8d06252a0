"""The Market view's two lists on the shared table bases: the offers (groups) cheapest first,
and the matching services of the offer chosen, each in one model with its sort (Electrum style).

Filtering works on the services (entries): an offer is shown when one of its services passes,
with the cheapest passing service's price. The entries are prepared in one price order across
all offers (ui/market/market_rows.py), so the offers' price order is the order in which their
first passing service appears: a keystroke is a few list passes, never a sort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core.currency import PriceState
from ui.common import formatting, time_text
from ui.common.collation import sort_key
from ui.common.long_text import BLOCK_CHARS, CELL_CHARS, preview
from ui.common.table_base import RIGHT_ALIGNED, ReadOnlyTableModel, id_sort_key
from ui.market.market_rows import MarketRows, PricedEntry
from ui.market.market_search import MarketSearch
from ui.market.offer_words import key_text
from ui.market.one_call_cells import LEFT_ALIGNED, OneCallCells
from ui.market.price_words import price_text, rate_tooltip

G_OFFER, G_AUDIENCE, G_PANELS, G_SERVICES, G_CHEAPEST, G_WHERE, G_REFILL = range(7)
E_PANEL, E_ID, E_NAME, E_RATE, E_PRICE, E_BOUNDS, E_REFILL, E_PROMISES, E_FLAGS, E_TIME = range(10)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_SHOWN_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP})


@dataclass(frozen=True)
class MarketFilter:
    """What the user asked to see; empty fields mean "any"."""

    text: str = ""
    platform: str | None = None
    delivered: str | None = None
    flags: int = 0  # every FLAG_* bit set here must be set on the service
    cross_panel_only: bool = False  # offers sold by two or more panels

    def same_except_text(self, other: MarketFilter) -> bool:
        return (self.platform, self.delivered, self.flags, self.cross_panel_only) == (
            other.platform,
            other.delivered,
            other.flags,
            other.cross_panel_only,
        )


class MarketGroupsModel(OneCallCells, ReadOnlyTableModel):
    """The offers: title, audience, panels, passing services, cheapest price and where."""

    column_count = 7
    numeric_columns = frozenset({G_PANELS, G_SERVICES, G_CHEAPEST})
    #: The visible offers changed (a filter or new rows).
    rowsFiltered = Signal()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: MarketRows | None = None
        self._visible: list[int] = []
        self._filter = MarketFilter()
        self._passing: Sequence[int] = []  # entries passing the filter, in price order
        self._search = MarketSearch([], [])
        #: group -> its passing entries, cheapest first; made for the groups painted (a
        #: keystroke walks all entries once, never each group's).
        self._members: dict[int, Sequence[int]] = {}
        self._by_price: list[int] = []  # groups with a passing entry, cheapest first
        #: The groups of the whole scope (no words typed), kept: clearing the words is common.
        self._scope_groups: tuple[Sequence[int], list[int]] | None = None
        self._headers = [
            self.tr("Offer"),
            self.tr("Audience"),
            self.tr("Panels"),
            self.tr("Services"),
            self.tr("Cheapest per 1000"),
            self.tr("Cheapest at"),
            self.tr("Refill"),
        ]
        self._unrecognised = self.tr("(not recognised)")
        self._price_texts: dict[int, str] = {}  # id of a PricedEntry of the rows shown -> text
        self._row_texts: dict[int, tuple[str, ...]] = {}  # group -> its texts for this filter

    # --- loading and filtering -----------------------------------------------------------------

    def set_rows(self, rows: MarketRows | None) -> None:
        """Show a newly prepared snapshot (the filter and sort are kept)."""
        self.beginResetModel()
        self._rows = rows
        self._price_texts = {}
        texts = ([], []) if rows is None else (rows.entry_search, rows.entry_symbols)
        self._search = MarketSearch(*texts)
        if rows is not None:
            self._search.set_scope(self._base(self._filter))
        self._show_passing(self._search.search(self._filter.text))
        self.endResetModel()
        self.rowsFiltered.emit()

    @property
    def rows(self) -> MarketRows | None:
        return self._rows

    @property
    def filter(self) -> MarketFilter:
        return self._filter

    def set_filter(self, new: MarketFilter) -> None:
        """Show the offers with a service passing `new` (the words through the shared engine,
        which narrows its last result as the user types on)."""
        if new == self._filter:
            return
        old, self._filter = self._filter, new
        passing: Sequence[int] = []
        if self._rows is not None:
            scope_changed = not new.same_except_text(old)
            if scope_changed:
                self._search.set_scope(self._base(new))
            passing = self._search.search(new.text)
            if passing is self._passing and not scope_changed:
                return  # the same services, found by other words: nothing to show anew
        # A reset, measured no dearer here than rows removed: the repaint is the cost.
        self.beginResetModel()
        self._show_passing(passing)
        self.endResetModel()
        self.rowsFiltered.emit()

    def _base(self, f: MarketFilter) -> Sequence[int]:
        """The entries passing every filter but the words, cheapest first."""
        rows = self._rows
        assert rows is not None
        candidates: Sequence[int] = range(len(rows))  # all: the engine scans them fastest
        if f.platform is not None or f.delivered is not None or f.cross_panel_only:
            wanted_groups = {
                g
                for g in range(len(rows.group_titles))
                if (f.platform is None or rows.group_platforms[g] == f.platform)
                and (f.delivered is None or rows.group_delivered[g] == f.delivered)
                and (not f.cross_panel_only or rows.group_panels[g] > 1)
            }
            group_of = rows.entry_group
            candidates = [i for i in candidates if group_of[i] in wanted_groups]
        if f.flags:
            flags, bits = rows.entry_flags, f.flags
            candidates = [i for i in candidates if flags[i] & bits == bits]
        return candidates

    def _show_passing(self, passing: Sequence[int]) -> None:
        self._passing = passing
        self._members = {}
        self._row_texts = {}
        rows = self._rows
        if rows is None:
            self._by_price, self._visible = [], []
            return
        scope = self._search.scope
        if passing is scope and self._scope_groups is not None and self._scope_groups[0] is scope:
            self._by_price = self._scope_groups[1]  # no words (cleared): the scope's own groups
        else:
            # Entries come cheapest first, so groups come in the order of their cheapest one.
            self._by_price = list(dict.fromkeys(map(rows.entry_group.__getitem__, passing)))
            if passing is scope:
                self._scope_groups = (scope, self._by_price)
        self._visible = self._in_sort_order(list(self._by_price))

    def _in_sort_order(self, by_price: list[int]) -> list[int]:
        column, rows = self._sort_column, self._rows
        if column in (-1, G_CHEAPEST) or rows is None:
            order = by_price
        else:
            keys: Callable[[int], object]
            if column == G_OFFER:
                keys = lambda g: sort_key(rows.group_titles[g])  # noqa: E731
            elif column == G_AUDIENCE:
                keys = lambda g: sort_key(rows.group_audiences[g])  # noqa: E731
            elif column == G_PANELS:
                keys = rows.group_panels.__getitem__
            elif column == G_SERVICES:
                keys = lambda g: len(self.passing_entries(g))  # noqa: E731
            elif column == G_WHERE:
                keys = lambda g: sort_key(self._cheapest(g).entry.profile_name)  # noqa: E731
            else:
                keys = lambda g: sort_key(rows.group_refills[g])  # noqa: E731
            order = sorted(by_price, key=keys)
        if self._sort_order == Qt.SortOrder.DescendingOrder and column >= 0:
            order.reverse()
        return order

    def _rows_in_sort_order(self) -> list[int]:
        return self._in_sort_order(list(self._by_price))

    # --- lookups -------------------------------------------------------------------------------

    def group_at(self, row: int) -> int | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def row_of_group(self, group: int) -> int | None:
        try:
            return self._visible.index(group)
        except ValueError:
            return None

    def passing_entries(self, group: int) -> Sequence[int]:
        """The group's entries passing the filter, cheapest first (the group's own filters,
        platform, delivered and panels, passed already if it is shown)."""
        members = self._members.get(group)
        if members is None:
            rows, f = self._rows, self._filter
            if rows is None:
                return []
            members = rows.group_entries[group]
            if f.flags:
                flags, bits = rows.entry_flags, f.flags
                members = [i for i in members if flags[i] & bits == bits]
            members = self._search.matching(f.text, members)
            self._members[group] = members
        return members

    def _cheapest(self, group: int) -> PricedEntry:
        assert self._rows is not None
        return self._rows.entries[self.passing_entries(group)[0]]

    def visible_count(self) -> int:
        return len(self._visible)

    def passing_count(self) -> int:
        return len(self._passing)

    # --- Qt ------------------------------------------------------------------------------------

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role not in _SHOWN_ROLES:
            return None  # most of what a view asks per cell: answered before any lookup
        rows = self._rows
        if rows is None or not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        group, col = self._visible[index.row()], index.column()
        if role == _DISPLAY:
            texts = self._texts_at(index.row())
            return None if texts is None else texts[col]
        if role == _ALIGNMENT:
            return RIGHT_ALIGNED if col in self.numeric_columns else LEFT_ALIGNED
        if role == _TOOLTIP and col == G_CHEAPEST:
            return rate_tooltip(self._cheapest(group).price)
        if role == _TOOLTIP and col == G_OFFER:
            return key_text(rows.snapshot.groups[group].group.offer)
        return None

    def _texts_at(self, row: int) -> tuple[str, ...] | None:
        rows = self._rows
        if rows is None or not 0 <= row < len(self._visible):
            return None
        group = self._visible[row]
        texts = self._row_texts.get(group)
        if texts is None:  # a painted row's texts made once per filter, not once per cell
            texts = self._row_texts[group] = tuple(
                self._text(rows, group, c) for c in range(self.column_count)
            )
        return texts

    def _text(self, rows: MarketRows, group: int, col: int) -> str:
        if col == G_OFFER:
            return rows.group_titles[group] or self._unrecognised
        if col == G_AUDIENCE:
            return rows.group_audiences[group]
        if col == G_PANELS:
            return formatting.number(rows.group_panels[group])
        if col == G_SERVICES:
            return formatting.number(len(self.passing_entries(group)))
        best = self._cheapest(group)
        if col == G_CHEAPEST:
            text = self._price_texts.get(id(best))
            if text is None:  # formatting a Decimal per paint was a third of a repaint
                text = self._price_texts[id(best)] = price_text(best.price, lambda _state: "—")
            return text
        if col == G_WHERE:
            return formatting.isolate(best.entry.profile_name)
        return rows.group_refills[group]


class MarketEntriesModel(OneCallCells, ReadOnlyTableModel):
    """The passing services of one offer on every panel, cheapest first."""

    column_count = 10
    numeric_columns = frozenset({E_ID, E_RATE, E_PRICE, E_BOUNDS})

    def __init__(self, flag_texts: dict[int, str], parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: MarketRows | None = None
        self._members: Sequence[int] = []  # entry indexes, cheapest first
        self._visible: list[int] = []  # positions in _members
        self._flag_texts = flag_texts
        self._row_texts: dict[int, tuple[str, ...]] = {}  # entry -> its texts (this snapshot)
        self._headers = [
            self.tr("Panel"),
            self.tr("ID"),
            self.tr("Service"),
            self.tr("Panel's rate"),
            self.tr("Per 1000"),
            self.tr("Min – max"),
            self.tr("Refill"),
            self.tr("Name says"),
            self.tr("Options"),
            self.tr("Average time"),
        ]

    def set_entries(self, rows: MarketRows | None, members: Sequence[int]) -> bool:
        """Show these services; False when they are the ones shown (kept, not repainted:
        typing on often leaves the offer looked at as it was, and its chosen service too)."""
        if rows is self._rows and members == self._members:
            return False
        self.beginResetModel()
        if rows is not self._rows:
            self._row_texts = {}
        self._rows, self._members = rows, members
        self._visible = self._rows_in_sort_order()
        self.endResetModel()
        return True

    def header_text(self, section: int) -> str:
        currency = None if self._rows is None else self._rows.display_currency
        if section == E_PRICE and currency:
            return self.tr("Per 1000 ({currency})").format(
                currency=formatting.ltr(formatting.currency_text(currency))
            )
        return self._headers[section]

    def entry_at(self, row: int) -> PricedEntry | None:
        if self._rows is None or not 0 <= row < len(self._visible):
            return None
        return self._rows.entries[self._members[self._visible[row]]]

    def _rows_in_sort_order(self) -> list[int]:
        positions = list(range(len(self._members)))
        rows, column = self._rows, self._sort_column
        if rows is None or column in (-1, E_PRICE):
            order = positions
        else:
            entries = [rows.entries[i] for i in self._members]
            key = _ENTRY_SORT_KEYS.get(column)
            order = positions if key is None else sorted(positions, key=lambda p: key(entries[p]))
        if self._sort_order == Qt.SortOrder.DescendingOrder and column >= 0:
            order.reverse()
        return order

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role not in _SHOWN_ROLES:
            return None
        priced = self.entry_at(index.row()) if index.isValid() else None
        if priced is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            texts = self._texts_at(index.row())
            return None if texts is None else texts[col]
        if role == _ALIGNMENT:
            return RIGHT_ALIGNED if col in self.numeric_columns else LEFT_ALIGNED
        if role == _TOOLTIP:
            if col == E_PRICE:
                return rate_tooltip(priced.price)
            if col == E_NAME:
                return preview(priced.entry.service.name, BLOCK_CHARS)
            if col == E_PROMISES:
                return self._text(priced, index.row(), col) or None
            if col == E_TIME:  # the cell says "1 h 35 min"
                return time_text.duration(priced.entry.service.average_minutes) or None
        return None

    def _texts_at(self, row: int) -> tuple[str, ...] | None:
        rows = self._rows
        if rows is None or not 0 <= row < len(self._visible):
            return None
        entry = self._members[self._visible[row]]
        texts = self._row_texts.get(entry)
        if texts is None:  # an entry's texts never change within a snapshot
            priced = rows.entries[entry]
            texts = self._row_texts[entry] = tuple(
                self._text(priced, row, c) for c in range(self.column_count)
            )
        return texts

    def _text(self, priced: PricedEntry, row: int, col: int) -> str:
        s = priced.entry.service
        if col == E_PANEL:
            return formatting.isolate(priced.entry.profile_name)
        if col == E_ID:
            return formatting.ltr(s.id)
        if col == E_NAME:  # cut: a megabyte name froze every repaint of Services once
            return formatting.isolate(preview(s.name, CELL_CHARS))
        if col == E_RATE:
            return formatting.rate(s.rate, priced.currency)
        if col == E_PRICE:
            return price_text(priced.price, self._no_price)
        if col == E_BOUNDS:
            return f"{formatting.number(s.min)} – {formatting.number(s.max)}"
        assert self._rows is not None
        entry = self._members[self._visible[row]]
        if col == E_REFILL:
            return self._rows.entry_refill[entry]
        if col == E_PROMISES:
            return self._rows.entry_promises[entry]
        if col == E_FLAGS:
            return self._flag_texts.get(self._rows.entry_flags[entry], "")
        return time_text.short_duration(s.average_minutes)  # as New order says it

    def _no_price(self, state: PriceState) -> str:
        if state is PriceState.NO_RATE:
            return self.tr("no rate")
        if state is PriceState.NO_CURRENCY:
            return self.tr("currency unknown")
        return "?"


def _rate_sort(priced: PricedEntry) -> tuple[int, object]:
    rate = priced.entry.service.rate
    return (1, 0) if rate is None else (0, rate)


_ENTRY_SORT_KEYS: dict[int, Callable[[PricedEntry], object]] = {
    E_PANEL: lambda p: sort_key(p.entry.profile_name),
    E_ID: lambda p: id_sort_key(p.entry.service.id),
    E_NAME: lambda p: sort_key(p.entry.service.name),
    E_RATE: _rate_sort,
    E_BOUNDS: lambda p: (p.entry.service.min, p.entry.service.max),
    E_REFILL: lambda p: (p.entry.offer.refill_days is None, p.entry.offer.refill_days or 0),
    E_PROMISES: lambda p: (
        sorted(t.value for t in p.entry.offer.traits),
        p.entry.offer.speed_per_day or 0,
    ),
    E_FLAGS: lambda p: (p.entry.service.refill, p.entry.service.cancel, p.entry.service.dripfeed),
    E_TIME: lambda p: (  # minutes as numbers ("55" before "120"), unmeasured ones last
        p.entry.service.average_minutes is None,
        p.entry.service.average_minutes or 0,
    ),
}
