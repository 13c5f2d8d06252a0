"""The service catalogue: services by id, categories in the panel's order, prepared search text."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence

from core.models import Service, search_text
from core.service_types import ServiceType, type_of
from core.text_folding import to_ascii


class ServiceCatalog:
    """A panel's services, indexed once so lookups and filtering over 15,000 rows stay instant."""

    def __init__(self, services: Iterable[Service]) -> None:
        self._services: list[Service] = list(services)
        # A duplicated id keeps its first occurrence: that is the one a panel's page shows.
        self._by_id: dict[str, Service] = {s.id: s for s in reversed(self._services)}
        self._by_category: dict[str, list[Service]] = {}
        for s in self._services:
            members = self._by_category.get(s.category)
            if members is None:
                self._by_category[s.category] = [s]
            else:
                members.append(s)
        # The search texts are folded when first asked for (50 ms for 50,000 services), so a
        # catalogue can be shown before they are: the Services tab asks on its worker right
        # after handing the table over. Anyone asking meanwhile waits for that fold.
        self._search: list[str] | None = None
        self._search_lock = threading.Lock()

    def _search_texts(self) -> list[str]:
        texts = self._search
        if texts is None:
            with self._search_lock:
                if self._search is None:
                    self._search = self._fold()
                texts = self._search
        return texts

    def _fold(self) -> list[str]:
        # NFKC + casefold, so "followers" finds "𝗙𝗼𝗹𝗹𝗼𝘄𝗲𝗿𝘀". Each category is folded once (a
        # space never composes with its neighbours, so folding the parts apart gives the
        # folded whole); a catalogue has hundreds of categories, not 50,000.
        folded_categories = {category: search_text(category) for category in self._by_category}
        return [
            f"{search_text(s.id, s.name)} {folded_categories[s.category]}" for s in self._services
        ]

    def __len__(self) -> int:
        return len(self._services)

    def __iter__(self) -> Iterator[Service]:
        return iter(self._services)

    @property
    def services(self) -> list[Service]:
        """Every service, in the panel's order."""
        return list(self._services)

    def by_id(self, service_id: str | int) -> Service | None:
        """The service with this id (ids compare as trimmed strings; one typed in Persian or
        Arabic digits, "۲", is the panel's "2" when no id is written so), or None."""
        key = str(service_id).strip()
        found = self._by_id.get(key)
        return found if found is not None or key.isascii() else self._by_id.get(to_ascii(key))

    def __contains__(self, service_id: object) -> bool:
        return isinstance(service_id, (str, int)) and self.by_id(service_id) is not None

    @property
    def categories(self) -> list[str]:
        """Category names in the order the panel first lists them."""
        return list(self._by_category)

    def in_category(self, category: str) -> list[Service]:
        """The services of one category, in the panel's order."""
        return list(self._by_category.get(category, ()))

    def search_text_of(self, index: int) -> str:
        """The prepared search text of the service at this position."""
        return self._search_texts()[index]

    @property
    def search_texts(self) -> Sequence[str]:
        """Every service's prepared search text, in order (shared: do not change it)."""
        return self._search_texts()

    def filter(self, words: str | Sequence[str], category: str | None = None) -> list[Service]:
        """Services whose id, name or category contain every word (any case, NFKC-folded)."""
        if isinstance(words, str):
            words = words.split()
        needles = [search_text(w) for w in words if w.strip()]
        return [
            s
            for s, text in zip(self._services, self._search_texts(), strict=True)
            if (category is None or s.category == category) and all(n in text for n in needles)
        ]

    def filter_indices(self, words: str | Sequence[str]) -> list[int]:
        """Positions of the matching services (for a table model that filters its own rows)."""
        if isinstance(words, str):
            words = words.split()
        needles = [search_text(w) for w in words if w.strip()]
        texts = self._search_texts()
        return [i for i, text in enumerate(texts) if all(n in text for n in needles)]

    @property
    def types_present(self) -> list[ServiceType]:
        """The known types used by these services (unknown ones collapse into one entry)."""
        seen: dict[str, ServiceType] = {}
        for s in self._services:
            t = type_of(s)
            seen.setdefault(t.key, t)
        return list(seen.values())

    @property
    def unknown_type_names(self) -> list[str]:
        """Type names, as the panel sent them, that the type table does not know."""
        names: dict[str, None] = {}
        for s in self._services:
            if not type_of(s).known:
                names.setdefault(s.type, None)
        return list(names)
