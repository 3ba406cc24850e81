"""The tray app (PySide6 + qasync). Talks to the service only."""
