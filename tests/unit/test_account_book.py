"""The account book: what a restart resumes, kept across two processes writing it."""

from __future__ import annotations

import json

from omnisync.auth.store import TokenKey
from omnisync.service.accounts import AccountBook

GENESYS = TokenKey("genesys", "mypurecloud.ie", "user-g")
SALESFORCE = TokenKey("salesforce", "00D000000000001", "005000000000001")


def test_a_restart_finds_what_was_remembered(tmp_path):
    path = tmp_path / "accounts.json"
    AccountBook(path).remember(GENESYS)
    assert AccountBook(path).get("genesys") == GENESYS
    assert AccountBook(path).get("salesforce") is None


def test_two_writers_keep_each_others_entries(tmp_path):
    """The tray and ``export-statuses`` each hold a book opened before the other wrote."""
    path = tmp_path / "accounts.json"
    tray, export = AccountBook(path), AccountBook(path)
    tray.remember(GENESYS)
    export.remember(SALESFORCE)  # its book never saw the tray's Genesys entry
    assert json.loads(path.read_text()) == {
        "genesys": {"tenant": "mypurecloud.ie", "user": "user-g"},
        "salesforce": {"tenant": "00D000000000001", "user": "005000000000001"},
    }
    tray.forget("genesys")  # a sign-out removes only its own product
    fresh = AccountBook(path)
    assert (fresh.get("genesys"), fresh.get("salesforce")) == (None, SALESFORCE)


def test_a_damaged_file_means_signing_in_again_not_a_crash(tmp_path, caplog):
    path = tmp_path / "accounts.json"
    path.write_text("{not json")
    book = AccountBook(path)
    assert book.get("genesys") is None
    assert "you will be asked to sign in again" in caplog.text
    book.remember(GENESYS)
    assert AccountBook(path).get("genesys") == GENESYS


def test_a_file_caught_mid_replace_keeps_what_this_process_knows(tmp_path):
    path = tmp_path / "accounts.json"
    book = AccountBook(path)
    book.remember(GENESYS)
    book.remember(SALESFORCE)
    path.write_text("{")  # the other process's write, half there
    book.forget("genesys")
    assert AccountBook(path).get("salesforce") == SALESFORCE
