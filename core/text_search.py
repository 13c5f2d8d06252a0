"""Filtering rows as the user types, over one prepared folded text per row (Qt-free).

Shared by every list that filters as you type (Services, the Market view, the New order
service picker). Each row's text is folded once, when the rows are prepared (`fold`); a
keystroke folds only the query. Typing on (the new words ask for everything the old ones did)
narrows the previous result instead of scanning every row again, and rows are tested by
one comprehension per word over the rows still in play, so a keystroke allocates its result
list and nothing else proportional to the rows; earlier results are kept a while (a backspace
returns its query's result without a scan).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.models import search_text

#: What a search returns: positions of the matching rows, in scope order. Read-only: the same
#: object may be handed back by the next search (when nothing changed) or be the scope itself.
Rows = Sequence[int]


def fold(text: str) -> str:
    """A row's text or a query, folded for matching (NFKC, case, Persian digits and letters,
    invisible direction marks): the one rule for both sides (core.models.search_text)."""
    return search_text(text)


def words_of(query: str) -> tuple[str, ...]:
    """The folded words of a query, each once (folded first: folding can make spaces)."""
    return tuple(dict.fromkeys(fold(query).split()))


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether every row matching the words `new` also matches `old`: each old word lies
    inside some new word ("insta" -> "instag", or a word added)."""
    return all(any(word in longer for longer in new) for word in old)


def matching(texts: Sequence[str], word: str, rows: Rows | None = None) -> Rows:
    """The rows (all when None) whose text contains `word`; `rows` itself if all do."""
    # A comprehension, not map/compress: `in` is an opcode, str.__contains__ a slower call.
    if rows is None or (isinstance(rows, range) and rows == range(len(texts))):
        found = [i for i, text in enumerate(texts) if word in text]
        return found if rows is None or len(found) < len(rows) else rows
    found = [i for i in rows if word in texts[i]]
    return rows if len(found) == len(rows) else found


#: Earlier searches kept for the next ones (a backspace is an earlier query typed again).
HISTORY = 24


class TextFilter:
    """Rows filtered by typed words, every word anywhere in the row's text (any order).

    `texts` are the rows' folded texts (`fold`), kept by reference. `set_scope` limits the
    search to some rows in a given order (the rows other filters and the sort left); `search`
    returns the matching ones. It starts from the smallest earlier result the new words
    narrow (typing on narrows the last one; a backspace finds its query's own result), so
    only the first letter scans every row."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._scope: Rows = range(len(texts))
        # (words, result) of recent searches in this scope, the most recent last.
        self._history: list[tuple[tuple[str, ...], Rows]] = []

    def __len__(self) -> int:
        return len(self._texts)

    @property
    def scope(self) -> Rows:
        return self._scope

    def set_scope(self, rows: Rows | None) -> None:
        """Search only `rows`, in their order, from now on (None: every row, in order)."""
        self._scope = range(len(self._texts)) if rows is None else rows
        self._history.clear()

    def search(self, query: str) -> Rows:
        """The rows of the scope whose text contains every word of `query` (all for none)."""
        words = words_of(query)
        if not words:
            return self._scope
        start_words: tuple[str, ...] = ()
        rows = self._scope
        for done_words, result in reversed(self._history):
            if done_words == words:
                self._remember(words, result)
                return result
            if len(result) < len(rows) and narrows(done_words, words):
                start_words, rows = done_words, result
        # The longest word first: it usually leaves the fewest rows for the next one.
        for word in sorted((w for w in words if w not in start_words), key=len, reverse=True):
            if not rows:
                break
            rows = matching(self._texts, word, rows)
        self._remember(words, rows)
        return rows

    def _remember(self, words: tuple[str, ...], rows: Rows) -> None:
        self._history = [entry for entry in self._history if entry[0] != words]
        self._history.append((words, rows))
        del self._history[:-HISTORY]
