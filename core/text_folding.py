"""Text a right-to-left page or a Persian keyboard produces, folded to what panels expect.

Persian (U+06F0..) and Arabic-Indic (U+0660..) digits become ASCII digits, the Arabic decimal
and thousands separators and the minus sign their ASCII forms, and the invisible bidi controls
that a right-to-left editor slips around copied text are dropped. One table, used by the order
id parser (core) and by the interface's number input (ui).
"""

from __future__ import annotations

#: Invisible direction marks and embeddings (LRM, RLM, LRE..PDF, LRI..PDI).
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_TO_ASCII = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": ",",  # Arabic thousands separator (makes a grouped number no id)
        "\u2212": "-",  # minus sign
        **dict.fromkeys(BIDI_CONTROLS),
    }
)


def to_ascii(text: str) -> str:
    """`text` with Persian/Arabic digits and separators in ASCII and bidi controls removed."""
    return text.translate(_TO_ASCII)


def strip_bidi(text: str) -> str:
    """`text` without its invisible bidi controls (digits untouched)."""
    return "".join(c for c in text if c not in BIDI_CONTROLS)
