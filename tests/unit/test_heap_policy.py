"""The heap policy turns off glibc's dynamic mmap threshold: checked in a fresh process.

Without it, freeing a 30 MiB mmapped block raises glibc's mmap threshold to 30 MiB, so a
16 MiB block allocated next comes from the heap (and, freed, is kept); with it, that block is
mmapped (one more in ``hblks`` of ``mallinfo2``) and goes back to the system when freed. The
sizes are large on purpose: malloc takes a block from free memory in the heap before it
considers mmap at all, and after the interpreter's start a free stretch of a few hundred KiB
can be there (a 512 KiB block once came from one in CI, with the policy on).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from omnisync.heap_policy import fix_heap_thresholds, on_glibc

PROBE = """
import ctypes, sys
sys.path[:0] = {paths!r}
from bench.measure import _MallInfo2
from omnisync.heap_policy import fix_heap_thresholds, on_glibc
if {policy}:
    assert fix_heap_thresholds()
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.mallinfo2.restype = _MallInfo2
libc.free(libc.malloc(30 * 1024 * 1024))
before = libc.mallinfo2().hblks
block = libc.malloc(16 * 1024 * 1024)
print(libc.mallinfo2().hblks - before)
libc.free(block)
"""


def _mapped_blocks(policy: bool) -> int:
    paths = [p for p in sys.path if p.endswith(("desktop", "tests"))]
    code = PROBE.format(paths=paths, policy=policy)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


@pytest.mark.skipif(not on_glibc(), reason="glibc's allocator only")
def test_a_block_after_a_large_free_is_still_mapped_and_given_back() -> None:
    assert _mapped_blocks(policy=False) == 0  # glibc's dynamic threshold: kept in the heap
    assert _mapped_blocks(policy=True) >= 1


def test_the_policy_is_harmless_where_it_does_not_apply() -> None:
    assert fix_heap_thresholds() is on_glibc()
