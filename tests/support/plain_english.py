"""What is still plain English on screen under the accented pseudo-language
(``pseudo_qm(..., accent=True)``): every translated text has its vowels accented, so a word with a
plain vowel that is not data (the orgs', the servers', the brand names) escaped translate()."""

from __future__ import annotations

import re
from collections.abc import Iterable

from omnisync.core.message import GENESYS_CLOUD, OMNI_CHANNEL, SALESFORCE
from omnisync.service.state import ServiceState
from omnisync.ui.wording import clock_time
from support.org import GENESYS, OMNI

PLAIN_WORD = re.compile(r"[A-Za-z]*[aeiouAEIOU][A-Za-z]*")


def plain_english(texts: Iterable[str], state: ServiceState) -> list[tuple[str, str]]:
    """Each plain-vowel word left in ``texts`` once ``state``'s data is taken out, with its text."""
    data = sorted(org_data(state) | server_words(state), key=len, reverse=True)
    found = []
    for original in texts:
        text = original
        for value in data:
            text = text.replace(value, " ") if value else text
        found += [(word, original) for word in PLAIN_WORD.findall(text)]
    return found


def org_data(state: ServiceState) -> set[str]:
    """What the orgs, the policy and the agent wrote: shown as it is, in every language."""
    values = {"Genesys Cloud", "Salesforce", "OmniSync Companion", ""}
    values |= {p.name for p in state.profiles} | {state.profile_name}
    for presence in (state.genesys_presence, state.omni_status):
        if presence is not None:
            values.add(presence.label)
    for product in (state.genesys, state.salesforce):
        if product.account is not None:
            values.add(f"{product.account.name} ({product.account.login})")
    return values


def server_words(state: ServiceState) -> set[str]:
    """Data in the states under test: a server's or a library's words, the orgs' statuses (a
    profile's misspelt one too), the brand names, the local clock as QLocale writes it."""
    words = {c.detail for c in state.channels.values() if isinstance(c.detail, str)}
    words |= {t.detail for t in state.must_do if isinstance(t.detail, str)}
    words |= {t.status for t in state.must_do if t.status}
    words |= {s.label for s in (*GENESYS.values(), *OMNI.values())} | {"Bussy"}
    words |= {GENESYS_CLOUD, OMNI_CHANNEL, SALESFORCE}
    expiring = (p.token_expires_at for p in (state.genesys, state.salesforce))
    return words | {clock_time(at) for at in expiring if at}
