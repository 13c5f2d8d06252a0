"""Large allocations without full garbage collections midway.

Building a 50,000-service catalogue creates about a million objects; each full (generation 2)
collection meanwhile walks them all while holding the interpreter lock, freezing the GUI thread
for 60-70 ms. During such work collection is paused. When the block allocated a great deal, its own
garbage cycles are then collected (a young-generation pass: ~20 ms for 200,000 objects) and the
survivors are moved to the permanent generation (`gc.freeze`), so later full collections skip
them instead of walking the whole catalogue again. Reference counting frees the rest as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_state = {"enabled": True}  # whether collection was on before the outermost block
FREEZE_AFTER = 20_000  # net new tracked objects (50k services: ~100k; 10k orders: ~40k)


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
                    gc.collect(0)
                    gc.freeze()
                if _state["enabled"]:
                    gc.enable()
