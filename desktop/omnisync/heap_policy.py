"""Fixed glibc heap thresholds, so memory freed after a burst goes back to the system.

glibc raises its mmap threshold each time a large mmapped block is freed (up to 32 MiB) and
its trim threshold with it; from then on, memory freed at the top of the heap is kept for
reuse instead of returned. Over a shift the app's RSS crept up by that kept memory alone
(docs/performance.md, "Memory growth over 100,000 events": in use flat, RSS +3 MiB). Setting
both thresholds once turns the dynamic adjustment off (mallopt(3)). Only where the C library
is glibc: elsewhere (Windows, macOS, musl) this does nothing.
"""

from __future__ import annotations

import os

THRESHOLD = 128 * 1024
"""glibc's own starting value for both: blocks this large are mmapped, and a free top of the
heap this large is trimmed."""
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def on_glibc() -> bool:
    """Whether this process's C library is glibc (the name is unknown elsewhere, or no confstr)."""
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError, AttributeError):
        return False


def fix_heap_thresholds() -> bool:
    """Set glibc's trim and mmap thresholds for the process; False where there is no glibc."""
    if not on_glibc():
        return False
    import ctypes  # only on glibc, and after the tray is up (the connectors' worker thread)

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        return False
    return bool(mallopt(_M_TRIM_THRESHOLD, THRESHOLD)) and bool(
        mallopt(_M_MMAP_THRESHOLD, THRESHOLD)
    )
