"""The shared filter engine: every word anywhere, folded alike, narrowing without rescanning."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from hypothesis import given
from hypothesis import strategies as st

from core.text_search import TextFilter, fold, narrows, words_of

NAMES = [
    "Instagram Followers [Real] 30 days refill",
    "Instagram Likes - fast",
    "YouTube Views 𝗛𝗤 retention",
    "Telegram Members ۳۰ روز",
    "TikTok Likes",
    "تلگرام ممبر ایرانی",
    "Instagram Comments custom",
]


class CountingTexts(Sequence[str]):
    """Texts that count how many row texts a search read."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.reads = 0

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - Sequence's overloads
        self.reads += 1
        return self.texts[i]

    def __iter__(self) -> Iterator[str]:
        for text in self.texts:
            self.reads += 1
            yield text


def brute_force(texts: Sequence[str], scope: Sequence[int], query: str) -> list[int]:
    words = fold(query).split()
    return [i for i in scope if all(w in texts[i] for w in words)]


def test_every_word_anywhere_in_any_order_folded_like_the_rows():
    search = TextFilter([fold(n) for n in NAMES])
    assert list(search.search("likes instagram")) == [1]
    assert list(search.search("hq")) == [2]  # math-bold letters
    assert list(search.search("30 telegram")) == [3]  # Persian digits in the row
    assert list(search.search("instagram ۳۰")) == [0]  # ... and in the query
    assert list(search.search("\u200fتلگرام\u200e")) == [5]  # bidi marks a pasted text brings
    assert list(search.search("  ")) == list(range(len(NAMES)))
    assert list(search.search("nothing-like-this")) == []


def test_a_scope_limits_and_orders_the_result():
    search = TextFilter([fold(n) for n in NAMES])
    search.set_scope([6, 4, 0, 1])
    assert list(search.search("")) == [6, 4, 0, 1]
    assert list(search.search("instagram")) == [6, 0, 1]
    search.set_scope(None)
    assert list(search.search("instagram")) == [0, 1, 6]


def test_typing_on_reads_only_the_previous_result_and_a_backspace_reads_nothing():
    rng = random.Random(4)
    texts = CountingTexts([fold(rng.choice(NAMES)) + f" {i}" for i in range(5000)])
    search = TextFilter(texts)
    search.search("i")
    assert texts.reads == 5000  # the first letter scans every row
    texts.reads = 0
    previous = search.search("insta")
    texts.reads = 0
    narrower = search.search("instag")
    assert texts.reads == len(previous)
    texts.reads = 0
    search.search("instag like")  # a word added: only the rows left are read
    assert texts.reads == len(narrower)
    texts.reads = 0
    assert search.search("instag") is narrower  # backspaces: an earlier result, no scan
    assert search.search("insta") is previous
    assert texts.reads == 0


def test_words_and_narrowing_rule():
    assert words_of(" Insta  insta GRAM ") == ("insta", "gram")
    assert narrows(("insta",), ("instag",))
    assert narrows(("insta",), ("instagram", "likes"))
    assert not narrows(("instag",), ("insta",))
    assert not narrows(("likes",), ("instagram",))


@given(
    st.lists(
        st.tuples(
            st.text(alphabet="inst agrmlkeyou۳0[", max_size=8),
            st.one_of(st.none(), st.lists(st.integers(0, len(NAMES) * 3 - 1), unique=True)),
        ),
        max_size=12,
    )
)
def test_any_sequence_of_queries_and_scopes_gives_what_a_full_scan_gives(steps):
    texts = [fold(n) for n in NAMES * 3]
    search = TextFilter(texts)
    scope: Sequence[int] = range(len(texts))
    for query, new_scope in steps:
        if new_scope is not None and len(new_scope) % 3 == 0:  # now and then, a new scope
            search.set_scope(new_scope)
            scope = new_scope
        assert list(search.search(query)) == brute_force(texts, scope, query)


@given(
    st.lists(
        st.tuples(st.text(max_size=12), st.sampled_from(["Likes", "ℌ𝔬𝔱 ٣", " \u0301é", "ﬁ ß"])),
        min_size=1,
        max_size=8,
    )
)
def test_the_catalogues_texts_fold_each_category_once_to_the_same_result(named):
    from core.catalog import ServiceCatalog
    from core.models import Service, search_text

    services = [
        Service(str(i), name, cat, "Default", None, 1, 10) for i, (name, cat) in enumerate(named)
    ]
    catalog = ServiceCatalog(services)
    assert list(catalog.search_texts) == [search_text(s.id, s.name, s.category) for s in services]
