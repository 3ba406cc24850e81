"""httpcore's look for sniffio, made once (omnisync.net.skip_sniffio_search).

httpcore 1.0 imports sniffio for every lock and event it makes; where sniffio is not installed
each of those imports searched ``sys.path`` again (docs/performance.md, sync latency).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import httpcore._synchronization as httpcore_sync
import pytest

from omnisync.net import http_client, skip_sniffio_search


@pytest.fixture
def no_sniffio_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """sys.modules as a fresh process has it: nothing recorded about sniffio yet; whatever a
    test records (a fake sniffio included) is undone after it."""
    monkeypatch.setitem(sys.modules, "sniffio", None)  # remembers what was there, or nothing
    monkeypatch.delitem(sys.modules, "sniffio")


def _skip_if_installed() -> None:
    if importlib.util.find_spec("sniffio") is not None:
        pytest.skip("sniffio is installed here: httpcore imports it once and keeps it")


def _searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names the import system searched sys.path for, from now on."""
    searched: list[str] = []

    class Spy:
        @staticmethod
        def find_spec(name: str, path: object = None, target: object = None) -> None:
            searched.append(name)
            return None

    monkeypatch.setattr(sys, "meta_path", [Spy(), *sys.meta_path])
    return searched


def test_without_sniffio_httpcore_no_longer_searches_for_it(
    no_sniffio_recorded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _skip_if_installed()
    searched = _searches(monkeypatch)
    assert httpcore_sync.current_async_library() == "asyncio"
    assert searched.count("sniffio") == 1, "before: every look is a search of sys.path"
    skip_sniffio_search()
    searched.clear()
    for _ in range(4):  # one request's locks and events
        assert httpcore_sync.current_async_library() == "asyncio"
    assert "sniffio" not in searched
    assert sys.modules["sniffio"] is None


def test_an_installed_sniffio_is_left_to_be_imported(
    no_sniffio_recorded: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "sniffio.py").write_text("def current_async_library():\n    return 'asyncio'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    skip_sniffio_search()
    assert "sniffio" not in sys.modules, "nothing recorded: httpcore imports the real one"
    assert httpcore_sync.current_async_library() == "asyncio"
    assert sys.modules["sniffio"].__file__ == str(tmp_path / "sniffio.py")


async def test_every_client_of_ours_is_made_after_it(no_sniffio_recorded: None) -> None:
    _skip_if_installed()
    async with http_client():
        pass
    assert sys.modules["sniffio"] is None
