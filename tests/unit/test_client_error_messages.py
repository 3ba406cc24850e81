"""The clients' own errors are our sentences: shown inside "Reason given: {error}" they are
translated like every other sentence, with the server's words (its code and message) as data."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from omnisync.core.message import said_of
from omnisync.genesys.errors import GenesysApiError
from omnisync.salesforce.errors import RequestLimitExceeded
from omnisync.salesforce.rest import _error_of
from support.catalog import lupdate_fresh, pairs, walk


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return pairs(lupdate_fresh(Path(tmp_path_factory.mktemp("lupdate")) / "fresh.ts"))


def _salesforce_answer(status: int, code: str, message: str) -> httpx.Response:
    request = httpx.Request("GET", "https://example.my.salesforce.com/services/data/v62.0/query")
    return httpx.Response(status, json=[{"errorCode": code, "message": message}], request=request)


def test_the_clients_errors_are_sentences_of_the_catalogue(catalogue):
    errors = [
        _error_of(_salesforce_answer(418, "TEAPOT", "I am a teapot")),
        RequestLimitExceeded(),
        RequestLimitExceeded("Api Usage=15000/15000"),
        GenesysApiError(400, "bad.request", "The request could not be understood", "/api/v2/x"),
        GenesysApiError(400, "bad.request", "The request could not be understood"),
    ]
    for exc in errors:
        said = said_of(exc)
        assert not said.verbatim, f"English only: {exc}"
        for node, value in walk(said):
            if value is None:
                assert (node.context, node.text) in catalogue, f"not translatable: {node.text!r}"
        assert str(exc) == said.english()  # logs and terminals keep the English
    assert "I am a teapot" in str(errors[0])  # the server's words are kept, as data
