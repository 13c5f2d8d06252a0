"""Large allocations without full garbage collections midway.

Building a 50,000-service catalogue creates about a million objects; each full (generation 2)
collection meanwhile walks them all while holding the interpreter lock, freezing the GUI thread
for 60-70 ms. During such work collection is paused. When the block allocated a great deal
(a large catalogue), the survivors are then moved to the permanent generation (`gc.freeze`)
so later full collections skip them; small blocks leave the collector alone, so freezing stays
rare and the few cyclic leftovers it keeps do not add up. Reference counting frees everything
else as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_state = {"enabled": True}  # whether collection was on before the outermost block
FREEZE_AFTER = 50_000  # net new tracked objects (a 50k catalogue: ~100k) worth freezing


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause cyclic garbage collection for the block (nestable, any thread)."""
    global _depth
    with _lock:
        _depth += 1
        if _depth == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _state["enabled"] = was_enabled
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if gc.get_count()[0] >= FREEZE_AFTER:
                    gc.freeze()
                if _state["enabled"]:
                    gc.enable()
