"""The Market's words filter over its services, on the shared engine (core.text_search), with
each service's text shaped to be scanned fast: a keystroke with one or two letters scans all
50,000 services, and that scan was most of such a keystroke.

Two exact reshapings, made once per snapshot on the worker (`EntryTexts`), which also halve
the texts' memory (31 MB to 14 MB at 50,000 services):
- each word of a service's text once: a typed word holds no space, so it is found in the text
  exactly when it is found in one of its words (the offer's words repeat the name's);
- symbols beyond Latin-1 that are no letter or digit (emoji, dashes, stars: most panels' names
  have some) kept apart: one of them makes Python store the whole text in two or four bytes a
  letter, and every scan slower. The plain text keeps the runs of other characters of every
  word ("🔥fast" gives "fast"), so a typed word without such symbols is found in it exactly as
  in the whole word; a typed word with them is looked for among the words that have them
  (`symbols`), only when one is typed. Persian and Cyrillic letters stay plain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text_search import Rows, TextFilter, fold, words_of
from core.text_search import matching as text_matching

#: A run of characters beyond Latin-1 that are no letter, digit, underscore (re's \w) or space.
_SYMBOLS = re.compile(r"[^\w\s\x00-\xff]+")


def entry_texts(folded: str) -> tuple[str, str]:
    """(plain, symbols) of a service's folded search text (`core.text_search.fold`)."""
    plain, symbols = _words(folded)
    return " ".join(plain), " ".join(symbols)


def _words(folded: str) -> tuple[dict[str, None], dict[str, None]]:
    """The plain words and the words with symbols of a folded text, each once, in order."""
    if folded.isascii():  # no symbol: only each word once
        return dict.fromkeys(folded.split()), {}
    # A space for each run of symbols splits every word into the runs between them.
    cleaned, found = _SYMBOLS.subn(" ", folded)
    if not found:
        return dict.fromkeys(folded.split()), {}
    plain = dict.fromkeys(cleaned.split())
    # A word with a symbol is never among the plain ones; a word without one always is.
    return plain, {word: None for word in folded.split() if word not in plain}


class EntryTexts:
    """`entry_texts` of many services, the words they share (panel, category, offer) split
    once for all (two fifths of the preparation time, measured). Folding a text in parts is
    folding it whole: the rule works letter by letter, and nothing composes with a space."""

    def __init__(self) -> None:
        self._shared: dict[tuple[str, ...], tuple[dict[str, None], dict[str, None]]] = {}

    def of(self, own: str, shared: tuple[str, ...]) -> tuple[str, str]:
        """(plain, symbols) of the text `own` followed by the texts `shared`."""
        words = self._shared.get(shared)
        if words is None:
            words = self._shared[shared] = _words(fold(" ".join(shared)))
        plain, symbols = _words(fold(own))
        plain.update(words[0])
        symbols.update(words[1])
        return " ".join(plain), " ".join(symbols)


def split_query(text: str) -> tuple[str, tuple[str, ...]]:
    """The typed words without such symbols (one string, for the engine) and those with them."""
    words = words_of(text)
    symbols = tuple(word for word in words if _SYMBOLS.search(word))
    if not symbols:
        return text, ()
    return " ".join(word for word in words if word not in symbols), symbols


class MarketSearch:
    """The services whose text has every typed word, in scope order (see TextFilter)."""

    def __init__(self, plain: Sequence[str], symbols: Sequence[str]) -> None:
        self._plain = plain
        self._symbols = symbols
        self._filter = TextFilter(plain)

    @property
    def scope(self) -> Rows:
        return self._filter.scope

    def set_scope(self, rows: Rows | None) -> None:
        self._filter.set_scope(rows)

    def search(self, text: str) -> Rows:
        """As TextFilter.search: the same object again when nothing changed."""
        plain, symbols = split_query(text)
        return self._with_symbols(self._filter.search(plain), symbols)

    def matching(self, text: str, rows: Rows) -> Rows:
        """Those of `rows` (a few: one offer's services) that have every word of `text`."""
        plain, symbols = split_query(text)
        for word in words_of(plain):
            rows = text_matching(self._plain, word, rows)
        return self._with_symbols(rows, symbols)

    def _with_symbols(self, rows: Rows, symbols: tuple[str, ...]) -> Rows:
        if not symbols:
            return rows
        texts = self._symbols
        return [i for i in rows if all(word in texts[i] for word in symbols)]
