"""Large allocations without full garbage collections midway.

Building a 50,000-service catalogue creates about a million objects; each full (generation 2)
collection meanwhile walks them all while holding the interpreter lock, freezing the GUI thread
for 60-70 ms. During such work collection is paused. When the block allocated a great deal,
everything alive is then moved to the permanent generation (`gc.freeze`), so later full
collections skip it instead of walking it again.

Reference counting still frees what is dropped; only garbage *cycles* alive at that moment
would stay. So every `UNFREEZE_EVERY`-th freeze first hands the frozen objects back to the
collector (`gc.unfreeze`): the next full collection frees any such cycles, one long pause in
many refreshes instead of one per refresh.
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
UNFREEZE_EVERY = 20
_freezes = 0


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause cyclic garbage collection while a block builds long-lived data (a catalogue, the
    orders table); nestable, any thread."""
    global _depth, _freezes
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
                    _freezes += 1
                    if _freezes % UNFREEZE_EVERY == 0:
                        gc.unfreeze()
                    gc.freeze()
                if _state["enabled"]:
                    gc.enable()
