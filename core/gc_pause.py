"""Large allocations without full garbage collections midway.

Building a 50,000-service catalogue creates about a million objects; each full (generation 2)
collection meanwhile walks them all while holding the interpreter lock, freezing the GUI thread
for 60-70 ms. During such work collection is paused, and afterwards the survivors are moved to
the permanent generation (`gc.freeze`) so later collections skip them. Plain reference counting
still frees everything as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0


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
                gc.freeze()
                if _state["enabled"]:
                    gc.enable()


_state: dict[str, bool] = {"enabled": True}
