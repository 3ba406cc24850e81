"""Names that identify the app to the operating system, in one place.

They decide folder names (platformdirs), the autostart entries and the single-instance socket,
so changing one later orphans what earlier versions wrote: treat them as stable.
"""

from __future__ import annotations

APP_NAME = "omnisync"
"""Folder name under the user's and the machine's config, data and log locations."""
APP_AUTHOR = "OmniSync"
"""Vendor folder on Windows (``%LOCALAPPDATA%\\OmniSync\\omnisync``)."""
DISPLAY_NAME = "OmniSync Companion"
BUNDLE_ID = "com.omnisync.companion"
"""Reverse-DNS id: the macOS LaunchAgent label and file name."""
