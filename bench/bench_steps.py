"""What several benches do alike: the words a person types into a filter, and the memory the
process holds. bench/side_by_side.py copies this file beside a bench it runs on older code."""

from __future__ import annotations

import sys
from pathlib import Path

# What a person types: word by word, with a correction, then clearing.
TYPED = ["instagram followers", "youtube views 30", "telegram members", "tiktok likes"]


def keystrokes() -> list[str]:
    """Each text of the filter box as TYPED is typed: a letter at a time, three backspaces
    after each phrase, then the box cleared."""
    texts: list[str] = []
    for phrase in TYPED:
        texts += [phrase[:i] for i in range(1, len(phrase) + 1)]
        texts += [phrase[: len(phrase) - i] for i in range(1, 4)]  # three backspaces
        texts.append("")
    return texts


def rss_mb() -> float:
    """Resident memory now (Linux /proc), else the peak (ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
