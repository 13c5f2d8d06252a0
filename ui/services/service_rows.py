"""The services table's rows prepared once per catalogue: texts, search text, flags, changes.

`prepare_rows` is pure Python and runs on a worker thread, so the GUI thread only swaps the
prepared rows in. Display texts are made when a row is first painted (`RowTexts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from core.catalog import ServiceCatalog
from core.models import Service, normalise_type_name
from core.service_types import TR_CONTEXT as TYPES_CONTEXT
from core.service_types import type_for_name
from core.store import CatalogueChanges
from core.store.catalog_cache import ChangeKind
from ui.common import formatting
from ui.common.long_text import CELL_CHARS, preview

FLAG_DRIPFEED = 1
FLAG_REFILL = 2
FLAG_CANCEL = 4

#: The changes a row is marked with (a removed service has no row).
SHOWN_CHANGES = (ChangeKind.NEW, ChangeKind.RATE_UP, ChangeKind.RATE_DOWN, ChangeKind.MIN_MAX)


@dataclass
class PreparedRows:
    """Everything the model shows and searches, computed once per catalogue."""

    services: list[Service]
    display: RowTexts  # per row, the column texts (the star column left empty), made on demand
    catalog: ServiceCatalog  # its search texts: NFKC-folded "id name category", per row
    categories: list[str]  # in panel order
    types: list[tuple[str, str]]  # (type key, display name), in first-seen order
    type_keys: list[str]
    flags: bytearray
    changes: bytearray  # per row, the ChangeKind it is shown with (new, rate, min/max)
    min_max: frozenset[str] = frozenset()  # ids whose minimum or maximum changed
    change_counts: dict[ChangeKind, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.services)

    @property
    def search(self) -> Sequence[str]:
        """Each row's folded search text (the catalogue's own list, folded when first asked)."""
        return self.catalog.search_texts


def _memo(cache: dict, key: object, make: Callable[..., str], *args: object) -> str:
    text = cache.get(key)
    if text is None:
        text = cache[key] = make(*args)
    return text


class RowTexts:
    """Each row's display texts, made the first time the row is shown.

    A view paints a few dozen rows; formatting 50,000 rates and bounds up front cost ~150 ms
    of the catalogue load for nothing. Used on the GUI thread only, once handed over."""

    def __init__(
        self, services: list[Service], type_names: list[str], flags: bytearray,
        flag_texts: dict[int, str],
    ) -> None:  # fmt: skip
        self._services = services
        self.type_names = type_names
        self._flags = flags
        self._flag_texts = flag_texts
        self._rows: list[tuple[str, ...] | None] = [None] * len(services)
        # Bounds and rates repeat a lot across a catalogue: format each distinct value once.
        self._numbers: dict[int, str] = {}
        self._rates: dict[str, str] = {}  # keyed by the Decimal's text: 1.50 and 1.5 differ
        # One number of decimals for the whole column, so the rates line up at the point.
        self.rate_places = formatting.rate_places(s.rate for s in services)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return (self[row] for row in range(len(self._rows)))

    def __getitem__(self, row: int) -> tuple[str, ...]:
        texts = self._rows[row]
        if texts is None:
            s = self._services[row]
            # A panel's texts cut to what a cell shows: a megabyte name froze every repaint.
            texts = self._rows[row] = (
                "",
                preview(s.id, CELL_CHARS),
                preview(s.name, CELL_CHARS),
                preview(s.category, CELL_CHARS),
                preview(self.type_names[row], CELL_CHARS),
                _memo(self._rates, str(s.rate), formatting.rate, s.rate, None, self.rate_places),
                _memo(self._numbers, s.min, formatting.number, s.min),
                _memo(self._numbers, s.max, formatting.number, s.max),
                self._flag_texts.get(self._flags[row], ""),
            )
        return texts


def prepare_rows(
    catalog: ServiceCatalog, changes: CatalogueChanges | None, flag_texts: dict[int, str]
) -> PreparedRows:
    """Build the model's prepared data; pure Python, meant for a worker thread.

    `flag_texts` maps each combination of FLAG_* bits to its (translated) text."""
    services = catalog.services
    changes = changes or CatalogueChanges()
    # Whole-column passes (comprehensions, map over a dict) rather than one loop doing all:
    # half the time for 50,000 rows. A catalogue has a handful of distinct types.
    raw_types = [s.type for s in services]
    key_of: dict[str, str] = {}
    name_of: dict[str, str] = {}
    types: dict[str, str] = {}  # type key -> display name, in first-seen order
    for raw in dict.fromkeys(raw_types):
        stype = type_for_name(raw)
        key_of[raw] = key = normalise_type_name(raw)
        # Known types in the app's language (translate() is thread-safe); others as sent.
        name_of[raw] = QCoreApplication.translate(TYPES_CONTEXT, stype.name) if stype.known else raw
        types.setdefault(key, name_of[raw])
    flags = bytearray(
        [
            (FLAG_DRIPFEED if s.dripfeed else 0)
            | (FLAG_REFILL if s.refill else 0)
            | (FLAG_CANCEL if s.cancel else 0)
            for s in services
        ]
    )
    marks = bytearray(len(services))
    counts = dict.fromkeys(SHOWN_CHANGES, 0)
    min_max = changes.min_max
    if changes:  # most refreshes change a few services, and the cache of a first fetch none
        for row, s in enumerate(services):
            mark = changes.kind_of(s.id)
            if mark in SHOWN_CHANGES:
                marks[row] = mark
                if mark != ChangeKind.MIN_MAX:
                    counts[mark] += 1
            if s.id in min_max:  # counted apart: a dearer service may have new bounds too
                counts[ChangeKind.MIN_MAX] += 1
    return PreparedRows(
        services=services,
        display=RowTexts(services, list(map(name_of.__getitem__, raw_types)), flags, flag_texts),
        catalog=catalog,
        categories=catalog.categories,
        types=list(types.items()),
        type_keys=list(map(key_of.__getitem__, raw_types)),
        flags=flags,
        changes=marks,
        min_max=min_max,
        change_counts=counts,
    )
