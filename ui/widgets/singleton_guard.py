"""Guard against PySide6 6.12.0's reference-count bug on Python < 3.12.

With that build, every call of a Qt method returning void (or bool) from Python drops a
reference to None (or True/False) that it never took; after a few thousand calls CPython
3.11 aborts with "none_dealloc: deallocating None". Python 3.12 made these objects immortal,
which hides the bug. Here we give the three singletons a huge extra count once, at start,
before any thread runs. The real fix is a PySide6 version without the bug (see the report).
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def affected() -> bool:
    """True when this Python and PySide6 pair has the bug."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):  # immortal / debug build
        return False
    import PySide6

    return PySide6.__version__.startswith("6.12.")


def pin_singletons() -> bool:
    """Apply the guard if needed (idempotent); True when it was applied."""
    global _done
    if _done or not affected():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build.
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _done = True
    return True
