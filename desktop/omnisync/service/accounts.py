"""Which account each product was last signed in with, so a restart resumes without a browser.

Holds only the tenant (Genesys region, Salesforce org) and the user id: nothing secret. The
tokens themselves stay in the keyring under the same key.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from omnisync.atomicfile import write_atomic
from omnisync.auth.store import TokenKey

log = logging.getLogger(__name__)


class AccountBook:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._accounts: dict[str, dict[str, str]] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("ignoring %s (%s): you will be asked to sign in again", path, exc)
            return
        if isinstance(data, dict):
            self._accounts = {
                product: entry
                for product, entry in data.items()
                if isinstance(entry, dict)
                and isinstance(entry.get("tenant"), str)
                and isinstance(entry.get("user"), str)
            }

    def get(self, product: str) -> TokenKey | None:
        entry = self._accounts.get(product)
        return TokenKey(product, entry["tenant"], entry["user"]) if entry else None

    def remember(self, key: TokenKey) -> None:
        self._accounts[key.product] = {"tenant": key.tenant, "user": key.user}
        self._save()

    def forget(self, product: str) -> None:
        if self._accounts.pop(product, None) is not None:
            self._save()

    def _save(self) -> None:
        try:
            write_atomic(self._path, json.dumps(self._accounts, indent=2))
        except OSError as exc:
            log.warning("cannot save %s (%s): the next start asks to sign in", self._path, exc)
