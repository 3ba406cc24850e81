"""User settings: round trip, atomic save, and a broken file reported and kept aside."""

from __future__ import annotations

import os
import stat
import sys
import threading
import tomllib

import pytest

from omnisync.settings import (
    GenesysClient,
    SalesforceClient,
    SettingsSaveError,
    SettingsStore,
    UserSettings,
)

NOON = 1_764_072_000.0  # 2025-11-25 12:00:00 UTC
GENESYS_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"


@pytest.fixture
def store(tmp_path) -> SettingsStore:
    return SettingsStore(tmp_path / "cfg", clock=lambda: NOON)


def test_missing_file_gives_defaults_without_problems(store):
    loaded = store.load()
    assert loaded.settings == UserSettings()
    assert loaded.problems == ()
    assert loaded.message() == ""


def test_round_trip(store):
    settings = UserSettings(
        active_profile="strict",
        notify_status_changes=False,
        start_at_login=True,
        genesys=GenesysClient(region="mypurecloud.ie", client_id=GENESYS_ID, redirect_port=8765),
        salesforce=SalesforceClient(login_host="acme.my.salesforce.com"),
    )
    store.save(settings)
    assert store.load().settings == settings
    data = tomllib.loads(store.path.read_text())
    assert data["version"] == 1
    assert "redirect_port" not in data["salesforce"]  # unset overrides are not written


def test_defaults_write_no_empty_tables(store):
    store.save(UserSettings())
    text = store.path.read_text()
    assert "[genesys]" not in text
    assert "active_profile" not in text
    assert text.startswith("# OmniSync Companion user settings")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_saved_file_is_private(store):
    store.save(UserSettings())
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_save_is_atomic_when_writing_fails(store, monkeypatch):
    store.save(UserSettings(active_profile="default"))
    before = store.path.read_bytes()

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(SettingsSaveError, match=r"settings\.toml .*No space left.*unchanged"):
        store.save(UserSettings(active_profile="strict"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert [p.name for p in store.directory.iterdir()] == ["settings.toml"]


def test_syntax_error_is_reported_and_the_file_kept_aside(store):
    store.directory.mkdir(parents=True)
    store.path.write_text('active_profile = "strict"\nstart_at_login = yes\n')
    loaded = store.load()
    assert loaded.settings == UserSettings()
    [problem] = loaded.problems
    assert problem.file == str(store.path)
    assert "not valid TOML" in problem.message
    assert "line 2" in problem.message
    assert loaded.kept_aside == store.directory / "settings.toml.broken-20251125-120000"
    assert loaded.kept_aside.read_text().startswith('active_profile = "strict"')
    assert not store.path.exists()
    assert str(loaded.kept_aside) in loaded.message()


def test_bad_values_keep_the_good_ones_and_name_key_problem_and_fix(store):
    store.directory.mkdir(parents=True)
    store.path.write_text(
        'active_profile = "strict"\n'
        'notify_status_changes = "no"\n'
        "start_at_login = true\n"
        "notify_status_chnages = false\n"
        "[genesys]\n"
        'region = "https://login.mypurecloud.ie"\n'
        "redirect_port = 80\n"
    )
    loaded = store.load()
    assert loaded.settings.active_profile == "strict"
    assert loaded.settings.start_at_login is True
    assert loaded.settings.notify_status_changes is True  # the default
    assert loaded.settings.genesys == GenesysClient()
    by_key = {p.key: p for p in loaded.problems}
    assert set(by_key) == {
        "notify_status_changes",
        "notify_status_chnages",
        "genesys.region",
        "genesys.redirect_port",
    }
    assert by_key["notify_status_changes"].fix == "write true or false"
    assert "did you mean 'notify_status_changes'" in by_key["notify_status_chnages"].fix
    assert "leave out https://" in by_key["genesys.region"].fix
    assert "between 1024 and 65535, got 80" in by_key["genesys.redirect_port"].message
    message = loaded.message()
    assert f"{store.path} [genesys.redirect_port]: error: must be between" in message
    assert loaded.kept_aside is not None
    assert loaded.kept_aside.exists()


def test_two_broken_files_in_the_same_second_are_both_kept(store):
    store.directory.mkdir(parents=True)
    store.path.write_text("x = ")
    first = store.load().kept_aside
    store.path.write_text("y = ")
    second = store.load().kept_aside
    assert first
    assert second
    assert first != second
    assert first.read_text() == "x = "
    assert second.read_text() == "y = "


def test_a_broken_file_that_cannot_be_moved_is_flagged(store, monkeypatch):
    store.directory.mkdir(parents=True)
    store.path.write_text("start_at_login = 3\n")

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(store.path), "rename", refuse)
    loaded = store.load()
    assert loaded.kept_aside is None
    assert store.path.exists()
    assert "could not be moved aside (Permission denied)" in loaded.message()
    assert "copy it somewhere safe" in loaded.message()


def test_newer_version_is_explained(store):
    store.directory.mkdir(parents=True)
    store.path.write_text("version = 2\n")
    [problem] = store.load().problems
    assert problem.key == "version"
    assert "newer OmniSync" in problem.message
    assert "update OmniSync" in problem.fix


def test_not_utf8_is_reported(store):
    store.directory.mkdir(parents=True)
    store.path.write_bytes(b'active_profile = "\xff"\n')
    loaded = store.load()
    assert "not UTF-8" in loaded.problems[0].message
    assert loaded.kept_aside is not None


def test_region_ids_are_accepted_as_domains(store):
    store.directory.mkdir(parents=True)
    store.path.write_text('[genesys]\nregion = "eu-west-2"\n')
    loaded = store.load()
    assert loaded.problems == ()
    assert loaded.settings.genesys.region == "euw2.pure.cloud"


def test_default_folder_is_the_user_config_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert SettingsStore().path == tmp_path / "omnisync" / "settings.toml"
    else:
        assert SettingsStore().path.name == "settings.toml"


def test_two_writers_never_undo_each_others_change(tmp_path):
    """The tray's preferences and the service's profile choice update the same file from two
    worker threads. The second writer is let in while the first is half-way (read, not yet
    saved): with the lock it waits and then sees the first one's change."""
    first_store, second_store = SettingsStore(tmp_path), SettingsStore(tmp_path)
    second_done = threading.Event()

    def second_writer() -> None:
        second_store.update(lambda s: s.replace(start_at_login=True))
        second_done.set()

    def first_change(settings: UserSettings) -> UserSettings:
        worker = threading.Thread(target=second_writer)
        worker.start()
        # Without the lock the second writer finishes now, and this one then writes over it.
        assert not second_done.wait(0.2)
        return settings.replace(active_profile="both-block-while-working")

    saved = first_store.update(first_change)
    assert saved.active_profile == "both-block-while-working"
    assert second_done.wait(5)
    final = SettingsStore(tmp_path).load().settings
    assert final.active_profile == "both-block-while-working"
    assert final.start_at_login is True


def test_a_failed_update_leaves_the_file_and_the_lock_free(store):
    store.update(lambda s: s.replace(active_profile="one-product-at-a-time"))

    def broken(_settings: UserSettings) -> UserSettings:
        raise ValueError("no such profile")

    with pytest.raises(ValueError):
        store.update(broken)
    assert store.update(lambda s: s.replace(start_at_login=True)).active_profile == (
        "one-product-at-a-time"
    )


def test_an_unreadable_file_is_not_replaced_by_defaults(store, monkeypatch):
    """Locked by another program, say: saving a change now would lose every other setting."""
    store.save(UserSettings(start_at_login=True, notify_status_changes=False))
    before = store.path.read_bytes()
    real_open = type(store.path).open

    def locked(path, *args, **kwargs):
        if path == store.path:
            raise PermissionError(13, "The process cannot access the file")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(type(store.path), "open", locked)
    with pytest.raises(SettingsSaveError, match="left as it is"):
        store.update(lambda s: s.replace(active_profile="both-block-while-working"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
