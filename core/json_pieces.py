"""JSON for large catalogues, read and written in pieces so the GUI thread keeps running.

`json.loads` of a 13 MB answer is one C call that holds the interpreter lock for ~100 ms, and
the GUI thread cannot paint meanwhile. Decoding a top-level array (or an object of arrays) one
element at a time gives the lock back between elements. The result equals `json.loads`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_CHUNK = 2000  # list items per json.dumps call when writing


def _skip(text: str, i: int) -> int:
    return _SPACE.match(text, i).end()


def _value(text: str, i: int, depth: int) -> tuple[Any, int]:
    opener = text[i]
    if opener == "[" and depth < 2:
        items: list[Any] = []
        i = _skip(text, i + 1)
        if text[i] == "]":
            return items, i + 1
        while True:
            item, i = _value(text, i, depth + 1)
            items.append(item)
            i = _skip(text, i)
            if text[i] == "]":
                return items, i + 1
            if text[i] != ",":
                raise ValueError("expected , or ]")
            i = _skip(text, i + 1)
    if opener == "{" and depth < 1:
        members: dict[str, Any] = {}
        i = _skip(text, i + 1)
        if text[i] == "}":
            return members, i + 1
        while True:
            name, i = _DECODER.raw_decode(text, i)
            i = _skip(text, i)
            if not isinstance(name, str) or text[i] != ":":
                raise ValueError("expected a member name")
            members[name], i = _value(text, _skip(text, i + 1), depth + 1)
            i = _skip(text, i)
            if text[i] == "}":
                return members, i + 1
            if text[i] != ",":
                raise ValueError("expected , or }")
            i = _skip(text, i + 1)
    return _DECODER.raw_decode(text, i)


def loads(text: str) -> Any:
    """Like `json.loads`, raising the same ValueError on bad input."""
    try:
        value, end = _value(text, _skip(text, 0), 0)
        if _skip(text, end) == len(text):
            return value
    except (ValueError, IndexError, RecursionError):
        pass
    return json.loads(text)  # the exact error for a bad document, or the value after all


def dumps(
    value: Any, *, default: Callable[[Any], Any] | None = None, ensure_ascii: bool = False
) -> str:
    """Compact JSON of `value`; lists inside a top-level object are written in chunks."""

    def one(item: Any) -> str:
        return json.dumps(item, ensure_ascii=ensure_ascii, separators=(",", ":"), default=default)

    def listed(items: list[Any]) -> str:
        pieces = (one(items[i : i + _CHUNK])[1:-1] for i in range(0, len(items), _CHUNK))
        return "[" + ",".join(p for p in pieces if p) + "]"

    if isinstance(value, dict):
        return (
            "{"
            + ",".join(
                one(str(k)) + ":" + (listed(v) if isinstance(v, list) else one(v))
                for k, v in value.items()
            )
            + "}"
        )
    if isinstance(value, list):
        return listed(value)
    return one(value)
