"""The reports the console component's JavaScript writes are decoded by the Python link.

The JavaScript plays a whole console session with fakes (packaging/salesforce/jstest/
emit-reports.js) and prints each report it wrote; every one must parse with the desktop's codec
and be exactly what the Python encoder writes for it (the canonical form), so that both sides
agree beyond the shared examples.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from omnisync import link_protocol as lp

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "packaging" / "salesforce" / "jstest" / "emit-reports.js"
NODE = shutil.which("node")


@pytest.fixture(scope="module")
def written() -> list[str]:
    if NODE is None:
        pytest.skip("node is missing: install Node.js (apt-get install -y nodejs)")
    result = subprocess.run(
        [NODE, str(SCRIPT)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_session_covers_every_kind_of_report(written: list[str]) -> None:
    reports = [lp.parse_report(text) for text in written]
    reasons = {r.reason for r in reports}
    assert reasons == set(lp.Reason) | {None}
    assert any(r.error for r in reports)
    assert any(r.offered for r in reports)
    assert reports[0].console is lp.ConsoleState.OPEN
    assert reports[-1].console is lp.ConsoleState.CLOSED
    assert [r.seq for r in reports] == list(range(1, len(reports) + 1))


def test_every_report_is_canonical_for_the_python_encoder(written: list[str]) -> None:
    for text in written:
        assert lp.encode(lp.parse_report(text)) == text
        assert lp.text_length(text) <= 255


def test_python_reader_accepts_them_in_order(written: list[str]) -> None:
    guard = lp.SeqGuard()
    verdicts = {guard.accept(lp.parse_report(text).seq) for text in written}
    assert verdicts == {lp.Verdict.NEW}
