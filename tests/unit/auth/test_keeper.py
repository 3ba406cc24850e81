from __future__ import annotations

import asyncio

import pytest

from omnisync.auth.errors import SignInRequired, TokenRequestFailed
from omnisync.auth.keeper import TokenKeeper, TokenState
from omnisync.auth.tokens import TokenSet


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_two_racing_refreshes_make_one_call_and_share_it() -> None:
    clock = Clock()
    calls = 0
    release = asyncio.Event()
    saved: list[TokenSet] = []

    async def refresher(tokens: TokenSet) -> TokenSet:
        nonlocal calls
        calls += 1
        await release.wait()
        return TokenSet(f"acc{calls}", expires_at=clock() + 900, refresh_token="r2")

    async def persist(tokens: TokenSet) -> None:
        saved.append(tokens)

    keeper = TokenKeeper(
        "Salesforce",
        TokenSet("acc0", expires_at=1010.0, refresh_token="r1"),
        refresher=refresher,
        persist=persist,
        clock=clock,
    )
    first = asyncio.create_task(keeper.access_token())
    second = asyncio.create_task(keeper.unauthorized("acc0"))
    await asyncio.sleep(0)
    release.set()
    assert await first == "acc1"
    assert await second == "acc1"
    assert calls == 1
    assert [t.access_token for t in saved] == ["acc1"]


async def test_invalid_grant_means_sign_in_again() -> None:
    async def refresher(tokens: TokenSet) -> TokenSet:
        raise TokenRequestFailed("invalid_grant", "expired", 400)

    keeper = TokenKeeper(
        "Salesforce", TokenSet("a", expires_at=0.0, refresh_token="r"), refresher=refresher
    )
    with pytest.raises(SignInRequired, match="Salesforce"):
        await keeper.access_token()
    assert keeper.state() is TokenState.SIGNED_OUT


async def test_transient_refresh_failure_keeps_the_session() -> None:
    async def refresher(tokens: TokenSet) -> TokenSet:
        raise TokenRequestFailed("network_error", "", 0)

    keeper = TokenKeeper(
        "Salesforce", TokenSet("a", expires_at=0.0, refresh_token="r"), refresher=refresher
    )
    with pytest.raises(TokenRequestFailed):
        await keeper.access_token()
    assert keeper.tokens is not None


async def test_pkce_token_without_refresh_asks_to_sign_in_well_before_expiry() -> None:
    clock = Clock()
    tokens = TokenSet("a", expires_at=clock() + 86400, issued_at=clock())
    keeper = TokenKeeper("Genesys Cloud", tokens, clock=clock, sign_in_margin=1800)
    assert keeper.state() is TokenState.VALID
    assert keeper.sign_in_due_at() == clock() + 86400 - 1800
    clock.now += 86400 - 1800
    assert keeper.state() is TokenState.SIGN_IN_SOON
    assert await keeper.access_token() == "a"  # still usable until it really expires
    clock.now += 1800
    assert keeper.state() is TokenState.EXPIRED
    with pytest.raises(SignInRequired, match="expired"):
        await keeper.access_token()


async def test_short_token_gets_a_proportional_margin() -> None:
    clock = Clock()
    keeper = TokenKeeper(
        "Genesys Cloud", TokenSet("a", expires_at=1100.0, issued_at=1000.0), clock=clock
    )
    assert keeper.sign_in_due_at() == pytest.approx(1080.0)


async def test_401_without_refresh_token_signs_out() -> None:
    keeper = TokenKeeper("Genesys Cloud", TokenSet("a", expires_at=None))
    with pytest.raises(SignInRequired, match="no longer accepts"):
        await keeper.unauthorized("a")
    assert keeper.state() is TokenState.SIGNED_OUT


async def test_wait_until_sign_in_needed_sleeps_until_due_and_wakes_on_change() -> None:
    clock = Clock()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    keeper = TokenKeeper(
        "Genesys Cloud", TokenSet("a", expires_at=2000.0, issued_at=1000.0), clock=clock
    )
    assert await keeper.wait_until_sign_in_needed(sleep) is TokenState.SIGN_IN_SOON
    assert slept == [pytest.approx(800.0)]

    keeper.replace(TokenSet("b", expires_at=clock() + 1000, issued_at=clock()))
    never = asyncio.Event()

    async def blocked_sleep(seconds: float) -> None:
        await never.wait()

    waiter = asyncio.create_task(keeper.wait_until_sign_in_needed(blocked_sleep))
    await asyncio.sleep(0.01)
    assert not waiter.done()
    keeper.sign_out()
    assert await asyncio.wait_for(waiter, 1) is TokenState.SIGNED_OUT


async def test_why_a_sign_in_is_needed_is_said_in_the_catalogue(tmp_path) -> None:
    """The agent reads "Sign in to ... again: {reason}" in their language (the Genesys Cloud
    socket's state, the reason a status cannot be set): our reasons are messages, not English."""
    from omnisync.core.message import Message
    from support.catalog import lupdate_fresh, pairs, walk

    async def ended(tokens: TokenSet) -> TokenSet:
        raise TokenRequestFailed("invalid_grant", "expired", 400)

    clock = Clock()
    keepers = [
        TokenKeeper("Genesys Cloud", TokenSet("a", expires_at=None)),
        TokenKeeper(
            "Salesforce", TokenSet("a", expires_at=0.0, refresh_token="r"), refresher=ended
        ),
        TokenKeeper("Genesys Cloud", TokenSet("a", expires_at=900.0), clock=clock),
        TokenKeeper("Salesforce", TokenSet("a", expires_at=0.0, refresh_token="r")),
        TokenKeeper("Salesforce", None),
    ]
    keepers[0].sign_out()
    errors = []
    for keeper in keepers:
        with pytest.raises(SignInRequired) as raised:
            await keeper.access_token()
        errors.append(raised.value)
    catalogue = pairs(lupdate_fresh(tmp_path / "fresh.ts"))
    for error in errors:
        said = getattr(error, "said", None)
        assert isinstance(said, Message), f"English only: {error}"
        reason = dict(said.fields)["reason"]
        assert isinstance(reason, Message), f"English reason: {reason!r}"
        for node, value in walk(said):
            if value is None:
                assert (node.context, node.text) in catalogue, f"not translatable: {node.text!r}"
    assert len({str(e) for e in errors}) == 5, [str(e) for e in errors]
