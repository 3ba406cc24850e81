"""User settings and the machine-wide policy (no Qt: the headless service reads them too)."""

from omnisync.settings.oauth import GENESYS_REGIONS, GenesysClient, SalesforceClient
from omnisync.settings.policy import (
    Policy,
    PolicyState,
    ProfileChoice,
    ProfileMenu,
    effective_clients,
    load_policy,
    policy_candidates,
    policy_path,
    profile_menu,
    read_policy,
    read_policy_file,
)
from omnisync.settings.problems import ConfigError, ConfigProblem
from omnisync.settings.user import (
    LoadedSettings,
    SettingsSaveError,
    SettingsStore,
    UserSettings,
    read_user_settings,
)

__all__ = [
    "GENESYS_REGIONS",
    "ConfigError",
    "ConfigProblem",
    "GenesysClient",
    "LoadedSettings",
    "Policy",
    "PolicyState",
    "ProfileChoice",
    "ProfileMenu",
    "SalesforceClient",
    "SettingsSaveError",
    "SettingsStore",
    "UserSettings",
    "effective_clients",
    "load_policy",
    "policy_candidates",
    "policy_path",
    "profile_menu",
    "read_policy",
    "read_policy_file",
    "read_user_settings",
]
