"""The TOML writer: whatever it writes, tomllib reads back identically."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnisync.settings.toml_writer import dumps

keys = st.text(min_size=1, max_size=20)
scalars = st.one_of(
    st.text(max_size=40),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.lists(st.text(max_size=10), max_size=4),
)
tables = st.dictionaries(keys, scalars, max_size=4)


@given(
    top=st.dictionaries(keys, scalars, max_size=5), sub=st.dictionaries(keys, tables, max_size=3)
)
def test_round_trip(top, sub):
    document = {**top, **{k: v for k, v in sub.items() if k not in top}}
    assert tomllib.loads(dumps(document, header="a\nb")) == document


def test_layout_is_readable():
    text = dumps(
        {"version": 1, "on": True, "genesys": {"region": "mypurecloud.ie"}, "name": 'say "hi"\n'},
        header="Written by the app.",
    )
    assert text == (
        "# Written by the app.\n"
        "version = 1\n"
        "on = true\n"
        'name = "say \\"hi\\"\\n"\n'
        "\n"
        "[genesys]\n"
        'region = "mypurecloud.ie"\n'
    )


@pytest.mark.parametrize("bad", [1.5, None, [1, 2], {"a": {"b": {"c": 1}}}])
def test_unsupported_values_are_refused(bad):
    with pytest.raises(TypeError):
        dumps({"k": bad})
