"""The Genesys client id is read as ``uuid.UUID`` reads it, without importing ``uuid``."""

from __future__ import annotations

import uuid

import pytest

from omnisync.settings.oauth import canonical_guid

ACCEPTED = [
    "6f1c2a3b-0000-4000-8000-0000000be4c8",
    "6F1C2A3B-0000-4000-8000-0000000BE4C8",
    "6f1c2a3b000040008000 0000000be4c8".replace(" ", ""),
    "{6f1c2a3b-0000-4000-8000-0000000be4c8}",
    "urn:uuid:6f1c2a3b-0000-4000-8000-0000000be4c8",
    "6f1c-2a3b-0000-4000-8000-0000-000b-e4c8",
]
REFUSED = ["", "not-a-guid", "6f1c2a3b-0000-4000-8000-0000000be4c", "g" * 32, "6f1c2a3b" * 5]


@pytest.mark.parametrize("raw", ACCEPTED)
def test_a_client_id_is_read_as_uuid_reads_it(raw):
    assert canonical_guid(raw) == str(uuid.UUID(raw))


@pytest.mark.parametrize("raw", REFUSED)
def test_what_is_no_guid_is_refused_as_uuid_refuses_it(raw):
    with pytest.raises(ValueError):
        uuid.UUID(raw)
    with pytest.raises(ValueError):
        canonical_guid(raw)
