from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest

from omnisync.auth.store import (
    KeyringTokenStore,
    MemoryTokenStore,
    TokenKey,
    choose_backend,
    open_token_store,
)
from omnisync.auth.tokens import TokenSet


class DictKeyring(keyring.backend.KeyringBackend):
    """A stand-in OS store: real keyring backend API, kept in a dict."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.data[(service, username)]


class PlaintextKeyring(DictKeyring):
    """Like keyrings.alt's: a file store with a priority below 1."""

    priority = 0.5  # type: ignore[assignment]


KEY = TokenKey("genesys", "mypurecloud.ie", "agent-1")
TOKENS = TokenSet("acc", expires_at=2000.0, issued_at=1000.0, extra={"id": "x"})


async def test_round_trip_keyed_by_product_tenant_and_user() -> None:
    backend = DictKeyring()
    store = open_token_store(backend)
    assert isinstance(store, KeyringTokenStore)
    assert store.notice is None
    await store.save(KEY, TOKENS)
    assert ("OmniSync Companion/genesys/mypurecloud.ie", "agent-1") in backend.data
    assert await store.load(KEY) == TOKENS
    assert await store.load(TokenKey("genesys", "mypurecloud.com", "agent-1")) is None
    assert await store.load(TokenKey("salesforce", "mypurecloud.ie", "agent-1")) is None
    await store.delete(KEY)
    assert await store.load(KEY) is None
    await store.delete(KEY)  # deleting twice is fine


async def test_plaintext_backend_is_refused_and_memory_used() -> None:
    backend = PlaintextKeyring()
    store = open_token_store(backend)
    assert isinstance(store, MemoryTokenStore)
    assert store.notice is not None
    assert "plain" in str(store.notice)
    assert "memory for this run only" in str(store.notice)
    await store.save(KEY, TOKENS)
    assert backend.data == {}
    assert await store.load(KEY) == TOKENS


def test_fail_backend_is_refused() -> None:
    from keyring.backends import fail

    usable, reason = choose_backend(fail.Keyring())
    assert usable is None
    assert reason is not None
    assert "no system password store" in str(reason)


async def test_locked_keyring_falls_back_to_memory_and_says_so() -> None:
    backend = DictKeyring()
    store = open_token_store(backend)
    backend.locked = True
    await store.save(KEY, TOKENS)
    assert store.notice is not None
    assert "Unlock" in str(store.notice)
    assert await store.load(KEY) == TOKENS
    assert backend.data == {}


async def test_unreadable_stored_value_is_ignored() -> None:
    backend = DictKeyring()
    backend.data[(KEY.service, KEY.user)] = "not json"
    store = open_token_store(backend)
    assert await store.load(KEY) is None


def test_repr_never_shows_tokens() -> None:
    tokens = TokenSet("secret-access", refresh_token="secret-refresh")
    assert "secret" not in repr(tokens)
    assert "secret" not in str(tokens)
    assert TokenSet.from_json(tokens.to_json()) == tokens


@pytest.mark.parametrize("payload", [{}, {"access_token": ""}, {"access_token": 5}])
def test_token_response_without_access_token_is_refused(payload: dict[str, object]) -> None:
    from omnisync.auth.errors import TokenRequestFailed

    with pytest.raises(TokenRequestFailed):
        TokenSet.from_response(payload, 0.0)


def test_chainer_picks_the_best_safe_backend_not_a_plaintext_one() -> None:
    from keyring.backends import chainer

    safe, plain = DictKeyring(), PlaintextKeyring()

    class Chain(chainer.ChainerBackend):
        backends = (plain, safe)  # type: ignore[assignment]

    chosen, reason = choose_backend(Chain())
    assert chosen is safe
    assert reason is None


async def test_the_keyring_reasons_reach_the_agent_translated(tmp_path) -> None:
    """Why sign-in is kept in memory is our sentence, translated: each reason a message of
    the catalogue, only the backend's name and the keyring's own error as data."""
    from keyring.backends import chainer, fail

    from support.catalog import lupdate_fresh, pairs, walk

    class Chain(chainer.ChainerBackend):
        backends = (fail.Keyring(), PlaintextKeyring())  # type: ignore[assignment]

    locked = DictKeyring()
    store = open_token_store(locked)
    locked.locked = True
    await store.save(KEY, TOKENS)
    notices = [open_token_store(b).notice for b in (fail.Keyring(), PlaintextKeyring(), Chain())]
    notices.append(store.notice)
    catalogue = pairs(lupdate_fresh(tmp_path / "fresh.ts"))
    for notice in notices:
        assert notice is not None
        for node, value in walk(notice):
            if value is None and not node.layout:
                assert (node.context, node.text) in catalogue, f"not translatable: {node.text!r}"
            assert value is None or "reason" not in dict(node.fields), (
                f"English reason in {node.text!r}: {value!r}"
            )
    assert "; " in str(notices[2])
