"""Salesforce record ids: 15 case-sensitive characters plus a 3-character case-safe suffix.

The suffix is what makes an 18-character id valid: Apex ``Id.valueOf`` and client libraries that
validate ids recompute it, so the sandbox's ids must carry the real one, not a placeholder.
"""

from __future__ import annotations

import string

_SUFFIX_ALPHABET = string.ascii_uppercase + "012345"


def case_safe_id(id15: str) -> str:
    """The 18-character form: each 5-character chunk's upper-case letters as bits, one letter."""
    if len(id15) != 15 or not id15.isascii() or not id15.isalnum():
        raise ValueError(f"a Salesforce id has 15 letters and digits, not {id15!r}")
    suffix = ""
    for start in range(0, 15, 5):
        chunk = id15[start : start + 5]
        bits = sum(1 << i for i, char in enumerate(chunk) if char in string.ascii_uppercase)
        suffix += _SUFFIX_ALPHABET[bits]
    return id15 + suffix
