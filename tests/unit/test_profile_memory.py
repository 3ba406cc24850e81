"""The chosen profile is saved for the next start, off the event loop's thread."""

from __future__ import annotations

import asyncio
import threading

from omnisync.core.message import Message
from omnisync.service.wiring import ProfileMemory
from omnisync.settings import SettingsStore, UserSettings


class Recording(SettingsStore):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.threads: list[threading.Thread] = []

    def update(self, change):
        self.threads.append(threading.current_thread())
        return super().update(change)


async def test_the_choice_is_saved_on_a_worker_thread(tmp_path):
    store = Recording(tmp_path)
    remember = ProfileMemory(store, asyncio.get_running_loop())
    remember("both-block-while-working")
    await remember.wait_idle()
    assert store.load().settings.active_profile == "both-block-while-working"
    assert store.threads and threading.main_thread() not in store.threads


async def test_a_failed_save_is_told_and_nothing_raises(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    told: list[Message] = []
    remember = ProfileMemory(SettingsStore(blocker), asyncio.get_running_loop(), told.append)
    remember("both-block-while-working")
    await remember.wait_idle()
    [message] = told
    assert message.english().startswith("The chosen profile applies now but was not saved")
    assert str(blocker) in message.english()  # where, so support can look


async def test_other_settings_are_kept(tmp_path):
    store = SettingsStore(tmp_path)
    store.save(UserSettings(start_at_login=True, notify_status_changes=False))
    remember = ProfileMemory(store, asyncio.get_running_loop())
    remember("one-product-at-a-time")
    await remember.wait_idle()
    settings = store.load().settings
    assert (settings.active_profile, settings.start_at_login, settings.notify_status_changes) == (
        "one-product-at-a-time",
        True,
        False,
    )


async def test_the_newest_choice_is_saved_whatever_order_the_saves_run_in(tmp_path):
    """Two quick choices: the first one's save may reach the file after the second's."""
    second_saved = threading.Event()
    calls = 0

    class Slow(SettingsStore):
        def update(self, change):
            nonlocal calls
            calls += 1
            if calls == 1:  # the first save waits until the second is on disk
                assert second_saved.wait(5)
                return super().update(change)
            saved = super().update(change)
            second_saved.set()
            return saved

    store = Slow(tmp_path)
    remember = ProfileMemory(store, asyncio.get_running_loop())
    remember("one-product-at-a-time")
    remember("both-block-while-working")
    await remember.wait_idle()
    assert store.load().settings.active_profile == "both-block-while-working"
