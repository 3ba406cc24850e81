"""The Windows and macOS recipes cannot run here; what can be checked on Linux is that they
agree with the app: the MSI's all-users autostart is the entry the app itself writes, and the
macOS bundle and profile use the app's bundle id. (Building them is untested: docs/admin.md.)"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from omnisync.appinfo import BUNDLE_ID, DISPLAY_NAME
from omnisync.ui.autostart.command import AUTOSTART_ARGS
from omnisync.ui.autostart.windows import RUN_KEY

ROOT = Path(__file__).resolve().parents[2]
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


def test_msi_is_per_machine_upgrades_in_place_and_autostarts_like_the_app():
    package = ET.parse(ROOT / "packaging" / "windows" / "omnisync.wxs").getroot()[0]
    assert package.get("Scope") == "perMachine"
    assert package.find(f"{WIX}MajorUpgrade") is not None
    autostart = package.find(f".//{WIX}Component[@Id='AutostartAllUsers']")
    assert autostart is not None and autostart.get("Condition") == "AUTOSTART = 1"
    value = autostart.find(f"{WIX}RegistryValue")
    assert value is not None
    assert (value.get("Root"), value.get("Key").lower()) == ("HKLM", RUN_KEY.lower())
    assert value.get("Name") == DISPLAY_NAME  # the app reads this name as its own entry
    assert (
        value.get("Value")
        == f'"[INSTALLFOLDER]omnisync.exe" {subprocess.list2cmdline(AUTOSTART_ARGS)}'
    )


def test_macos_recipes_use_the_app_bundle_id():
    spec = (ROOT / "packaging" / "pyinstaller" / "omnisync.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=BUNDLE_ID" in spec and '"LSUIElement": True' in spec
    profile = (ROOT / "packaging" / "macos" / "omnisync.mobileconfig").read_text(encoding="utf-8")
    assert f"<string>{BUNDLE_ID}</string>" in profile
