"""The environment for a child process of ours: the package importable, every per-user folder
(settings, data, logs, keyring) inside one test folder, so a test never touches the real ones."""

from __future__ import annotations

import os
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

REAL_ORG_SETTINGS = (
    "from omnisync.settings.user import SettingsStore, UserSettings\n"
    "from omnisync.settings.oauth import GenesysClient, SalesforceClient\n"
    "SettingsStore().save(UserSettings(\n"
    "    genesys=GenesysClient(region='mypurecloud.ie',\n"
    "                          client_id='6f1c2a3b-0000-4000-8000-0000000be4c8'),\n"
    "    salesforce=SalesforceClient(login_host='login.salesforce.com',\n"
    "                                client_id='3MVG9OmniSyncBench')))\n"
    "assert not SettingsStore().load().problems, SettingsStore().load().message()\n"
)
"""Python that saves OAuth clients for real-looking orgs in the user's settings, so the tray
app's ``real_service`` builds (nothing connects without tokens)."""


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(DESKTOP), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env
