"""Large allocations without full garbage collections midway.

Building a 50,000-service catalogue creates about a million objects; each full (generation 2)
collection meanwhile walks them all while holding the interpreter lock, freezing the GUI thread
for 60-70 ms. During such work collection is paused. When the block allocated a great deal,
everything alive is then moved to the permanent generation (`gc.freeze`), so later full
collections skip the catalogue instead of walking it again. Reference counting still frees
what is dropped; only garbage *cycles* alive at that moment stay (rare here: the data is plain
dicts, lists and dataclasses). A young-generation pass before freezing would catch those, but
costs ~60 ms on a 50k catalogue: the very stall this avoids.
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
                    gc.freeze()
                if _state["enabled"]:
                    gc.enable()
