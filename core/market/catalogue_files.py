"""Saved `services` answers in a folder, read as catalogues for `group_offers` (report, bench).

Every `*services*.json` file is one panel; its profile id is its position in name order and its
profile name the file's name without the extension.
"""

from __future__ import annotations

from pathlib import Path

from core.answer_bodies import decode_body
from core.answers import parse_services
from core.market.grouping import Catalogue


def load_catalogues(folder: Path) -> list[Catalogue]:
    """The catalogues saved in `folder` (empty when there are none)."""
    paths = sorted(Path(folder).glob("*services*.json"))
    return [
        (index + 1, path.stem, parse_services(decode_body(path.read_bytes())))
        for index, path in enumerate(paths)
    ]
