"""Which account each product was last signed in with, so a restart resumes without a browser.

Holds only the tenant (Genesys region, Salesforce org) and the user id: nothing secret. The
tokens themselves stay in the keyring under the same key.

The tray app and ``omnisync export-statuses`` may both sign in while the other runs, so a change
re-reads the file and replaces only its own product's entry: neither undoes the other's.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from omnisync.atomicfile import write_atomic
from omnisync.auth.store import TokenKey

log = logging.getLogger(__name__)

Entry = dict[str, str]


class AccountBook:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._accounts = self._read(warn=True) or {}

    def get(self, product: str) -> TokenKey | None:
        entry = self._accounts.get(product)
        return TokenKey(product, entry["tenant"], entry["user"]) if entry else None

    def remember(self, key: TokenKey) -> None:
        entry = {"tenant": key.tenant, "user": key.user}
        self._accounts[key.product] = entry
        self._save(key.product, entry)

    def forget(self, product: str) -> None:
        if self._accounts.pop(product, None) is not None:
            self._save(product, None)

    def _read(self, *, warn: bool = False) -> dict[str, Entry] | None:
        """The file's entries; None when it exists but cannot be read or parsed."""
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            if warn:
                log.warning("ignoring %s (%s): you will be asked to sign in again", self._path, exc)
            return None
        if not isinstance(data, dict):
            return {}
        return {
            product: entry
            for product, entry in data.items()
            if isinstance(entry, dict)
            and isinstance(entry.get("tenant"), str)
            and isinstance(entry.get("user"), str)
        }

    def _save(self, product: str, entry: Entry | None) -> None:
        on_disk = self._read()  # what another process may have written since
        if on_disk is None:  # mid-replace by the other process, say: keep what we know
            on_disk = {k: v for k, v in self._accounts.items() if k != product}
        if entry is None:
            on_disk.pop(product, None)
        else:
            on_disk[product] = entry
        try:
            write_atomic(self._path, json.dumps(on_disk, indent=2))
        except OSError as exc:
            log.warning("cannot save %s (%s): the next start asks to sign in", self._path, exc)
