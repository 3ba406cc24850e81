"""The cycle collector runs on the Qt thread only (a QObject freed on a worker thread leaves its
timers behind, and the next one to fire crashes the app: the CI crash this guards against)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from omnisync.ui.qt_gc import collect_if_due, collect_on_qt_thread, keep_start_up

pytestmark = pytest.mark.ui

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def run_scene(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(HERE / "gc_on_worker_thread.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_unguarded_a_worker_thread_frees_the_qobject_and_qt_warns():
    """The hazard is real on this Qt: without the guard the worker's allocations collect it."""
    result = run_scene()
    assert result.stdout.strip() == "worker" or result.returncode != 0, result
    assert "Timers cannot be stopped from another thread" in result.stderr


def test_guarded_the_qt_thread_frees_it_when_its_loop_waits():
    result = run_scene("--guarded")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "qt-thread"
    assert "another thread" not in result.stderr


def make_cyclic_garbage() -> None:
    for _ in range(100_000):  # far past every threshold; only a collection frees these
        box: list[object] = []
        box.append(box)


class Marked:
    """Garbage in a cycle that notes which thread collected it."""

    def __init__(self, seen: list[int]) -> None:
        self.seen = seen
        self.myself = self

    def __del__(self) -> None:
        self.seen.append(threading.get_ident())


def test_worker_allocations_never_collect_and_the_next_wait_does(qapp, qtbot):
    seen: list[int] = []
    with collect_on_qt_thread(qapp):
        assert not gc.isenabled()
        Marked(seen)
        worker = threading.Thread(target=make_cyclic_garbage)
        worker.start()
        worker.join()
        assert seen == []  # the worker crossed every threshold and collected nothing
        qtbot.wait(20)  # the Qt thread's loop runs dry and is about to wait
        assert seen == [threading.get_ident()]


def test_the_guard_gives_automatic_collection_back(qapp):
    was_enabled = gc.isenabled()  # off here: the test session runs inside the same guard
    gc.enable()
    try:
        with collect_on_qt_thread(qapp):
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()


def test_collects_only_past_pythons_own_thresholds():
    old = gc.get_threshold()
    try:
        gc.set_threshold(10**9)  # far below: two comparisons, no collection
        assert collect_if_due() is None
        gc.set_threshold(0)  # Python's own "collection off" setting is respected
        make_cyclic_garbage()
        assert collect_if_due() is None
        gc.set_threshold(100, 10**9, 10**9)
        make_cyclic_garbage()
        assert collect_if_due() == 0  # the youngest generation only
        gc.set_threshold(100, 1, 10**9)
        make_cyclic_garbage()
        gc.collect(0)
        gc.collect(0)
        make_cyclic_garbage()
        assert collect_if_due() == 1  # two young collections since the last middle one
    finally:
        gc.set_threshold(*old)


def test_what_start_up_built_is_kept_out_of_later_full_collections():
    start_up = [[] for _ in range(1000)]
    try:
        keep_start_up()
        assert gc.get_freeze_count() >= len(start_up)
        tracked = len(gc.get_objects(generation=2))
        assert tracked < gc.get_freeze_count()  # a full collection sees only what came after
    finally:
        gc.unfreeze()
