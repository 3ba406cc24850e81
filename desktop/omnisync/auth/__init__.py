"""OAuth sign-in for a desktop app (PKCE, loopback receiver) and the keyring token store."""
