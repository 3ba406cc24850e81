"""The exported file: a stable order, read back before writing, UTF-8 whatever the console."""

from __future__ import annotations

import io
import json
import random

from omnisync.core.catalog import StatusCatalog
from omnisync.core.model import GenesysPresence, OmniStatus, SystemPresence
from omnisync.service.status_export import catalog_of, export_text, write_export

PRESENCES = [
    GenesysPresence("g3", "Coaching", SystemPresence.AWAY, deactivated=True, primary=False),
    GenesysPresence("g2", "Pause café – 休憩", SystemPresence.BREAK, primary=False),
    GenesysPresence("g1", "On Queue", SystemPresence.ON_QUEUE),
    GenesysPresence("g0", "available", SystemPresence.AVAILABLE),
]
STATUSES = [
    OmniStatus("s2", "Busy", "Busy", routable=False),
    OmniStatus("s1", "Available", "Available", routable=True),
    OmniStatus("s3", "busy", "Busy_2", routable=False),
]


def test_the_order_does_not_depend_on_the_order_read() -> None:
    expected = export_text(catalog_of(PRESENCES, STATUSES))
    shuffled_p, shuffled_s = list(PRESENCES), list(STATUSES)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled_p)
        random.Random(seed).shuffle(shuffled_s)
        assert export_text(catalog_of(shuffled_p, shuffled_s)) == expected
    data = json.loads(expected)
    labels = [p["label"] for p in data["genesys"]["presences"]]
    assert labels == ["available", "On Queue", "Pause café – 休憩", "Coaching"]
    assert [s["id"] for s in data["salesforce"]["statuses"]] == ["s1", "s2", "s3"]
    assert StatusCatalog.from_json(data) == catalog_of(PRESENCES, STATUSES)


def test_stdout_gets_utf8_even_on_a_console_that_cannot_show_it() -> None:
    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1252")
    errors = io.StringIO()
    assert write_export(catalog_of(PRESENCES, STATUSES), None, console, errors) == 0
    assert "休憩" in raw.getvalue().decode("utf-8")
    assert errors.getvalue() == ""
