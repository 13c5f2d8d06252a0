"""The Market's words filter finds exactly what a plain search of each service's whole folded
text finds, though it scans shorter texts with the symbols kept apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.text_search import fold, words_of
from ui.market.market_search import EntryTexts, MarketSearch, entry_texts

#: Letters (Persian, accented), digits, symbols in and beyond Latin-1 and the BMP, a wide space,
#: a zero-width joiner and a Persian mark.
ALPHABET = "ab1 é·–|یک🔥♻️⭐x\u2003\u200d\u0651"


def _search(texts: list[str]) -> tuple[list[str], MarketSearch]:
    folded = [fold(text) for text in texts]
    pairs = [entry_texts(text) for text in folded]
    return folded, MarketSearch([plain for plain, _ in pairs], [sym for _, sym in pairs])


def _expected(folded: list[str], query: str) -> list[int]:
    return [i for i, text in enumerate(folded) if all(w in text for w in words_of(query))]


@given(
    st.lists(st.text(alphabet=ALPHABET, max_size=14), min_size=1, max_size=8),
    st.lists(st.text(alphabet=ALPHABET, max_size=5), min_size=1, max_size=4),
)
def test_typing_finds_exactly_what_the_whole_text_has(texts: list[str], typed: list[str]) -> None:
    folded, search = _search(texts)
    for query in typed:  # one after another, as typed: the engine narrows and remembers
        assert list(search.search(query)) == _expected(folded, query)
        assert list(search.matching(query, range(len(texts)))) == _expected(folded, query)


@given(
    st.text(alphabet=ALPHABET + "AÉİﬁ", max_size=14),
    st.lists(st.text(alphabet=ALPHABET + "AÉİﬁ", max_size=10), min_size=1, max_size=3),
)
def test_texts_made_in_parts_have_the_words_of_the_whole(own: str, shared: list[str]) -> None:
    made = EntryTexts()
    plain, symbols = made.of(own, tuple(shared))
    whole_plain, whole_symbols = entry_texts(fold(" ".join([own, *shared])))
    assert set(plain.split()) == set(whole_plain.split())
    assert set(symbols.split()) == set(whole_symbols.split())
    assert made.of(own, tuple(shared)) == (plain, symbols)  # the shared part's words reused


def test_emoji_and_the_letters_beside_them_are_found() -> None:
    names = ["🔥Fast Instagram Likes ♻️ 30 days", "Instagram Likes – slow", "لایک اینستاگرام ⭐"]
    folded, search = _search(names)
    assert list(search.search("fast")) == [0]
    assert list(search.search("🔥")) == [0]
    assert list(search.search("🔥fast likes")) == [0]
    assert list(search.search("🔥slow")) == []
    assert list(search.search("–")) == [1]
    assert list(search.search("⭐ لایک")) == [2]
    assert list(search.search("likes")) == [0, 1]


def test_the_scanned_text_is_shorter_and_one_byte_a_letter() -> None:
    folded = fold("1234 🔥 Instagram Likes | Instagram ⭐ Likes – instagram likes · post")
    plain, symbols = entry_texts(folded)
    assert plain == "1234 instagram likes | · post"
    assert symbols == "🔥 ⭐ –"
    assert max(plain) <= "\xff"  # Python keeps it one byte a letter
