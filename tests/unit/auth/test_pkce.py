import re

import pytest

from omnisync.auth.pkce import Pkce, challenge_for, new_state, new_verifier


def test_rfc7636_appendix_b_example() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert challenge_for(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_is_long_random_and_in_the_allowed_alphabet() -> None:
    verifiers = {new_verifier() for _ in range(50)}
    assert len(verifiers) == 50
    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier)


def test_pair_matches_and_repr_hides_the_verifier() -> None:
    pair = Pkce.create()
    assert pair.challenge == challenge_for(pair.verifier)
    assert pair.method == "S256"
    assert "=" not in pair.challenge
    assert pair.verifier not in repr(pair)


def test_bad_verifier_is_refused() -> None:
    with pytest.raises(ValueError, match="43 to 128"):
        challenge_for("short")
    with pytest.raises(ValueError):
        challenge_for("x" * 42 + "!")


def test_states_are_unique_and_unguessable() -> None:
    states = {new_state() for _ in range(100)}
    assert len(states) == 100
    assert all(len(s) >= 40 for s in states)
