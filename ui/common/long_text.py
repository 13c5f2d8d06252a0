"""A panel's long texts (a service's name or description) cut to what a pane can lay out.

Laying out a megabyte of text without a space froze the app for minutes (wrapping is quadratic
in a line's length; 2,000 characters take a few milliseconds). A pane shows a `preview`, and
the whole text is a click away (ui/common/full_text.py). Lone surrogates, which a panel's JSON
can smuggle in and no encoder takes, become U+FFFD in everything shown or copied.
"""

from __future__ import annotations

import re

#: A panel's text is cut here in a pane (details, a summary), the whole a click away.
SHOWN_CHARS = 2000
#: ... and here in a table cell, a list row or a tooltip, which show a few dozen characters.
CELL_CHARS = 300
#: The whole text's view breaks lines longer than this into blocks that lay out one by one.
BLOCK_CHARS = 1000

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """The text with each lone surrogate replaced by U+FFFD (what is shown and copied)."""
    if text.isascii():
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


def is_cut(text: str, limit: int = SHOWN_CHARS) -> bool:
    """Whether `preview(text, limit)` leaves part of the text out."""
    return len(text) > limit


def preview(text: str, limit: int = SHOWN_CHARS) -> str:
    """The first `limit` characters of a text and "…" when there was more; readable."""
    if len(text) > limit:
        text = text[:limit].rstrip() + "…"
    return readable(text)


def in_blocks(text: str, size: int = BLOCK_CHARS) -> str:
    """The text with every line longer than `size` broken near a space (or at `size`).

    A view lays out only the blocks it shows, so a megabyte without a line break opens in
    milliseconds instead of minutes; a copy takes the original text, not this one."""
    if len(text) <= size:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        while len(line) - start > size:
            space = line.rfind(" ", start + size // 2, start + size)
            end = start + size if space < 0 else space + 1
            out.append(line[start:end])
            start = end
        out.append(line[start:])
    return "\n".join(out)
