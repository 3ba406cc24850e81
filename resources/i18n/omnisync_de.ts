<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>menu</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Synchronisierung anhalten</translation>
    </message>
    <message>
        <source>Status window…</source>
        <translation>Statusfenster…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Notify me when the app changes a status</source>
        <translation>Benachrichtigen, wenn die App einen Status ändert</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>No profiles installed</source>
        <translation>Keine Profile installiert</translation>
    </message>
    <message>
        <source>{profile} (has errors)</source>
        <translation>{profile} (fehlerhaft)</translation>
    </message>
    <message>
        <source>{profile} — {reason}</source>
        <translation>{profile} – {reason}</translation>
    </message>
    <message>
        <source>Signing in to {product}…</source>
        <translation>Anmeldung bei {product}…</translation>
    </message>
    <message>
        <source>Sign in to {product}…</source>
        <translation>Bei {product} anmelden…</translation>
    </message>
    <message>
        <source>Sign in to {product} again…</source>
        <translation>Erneut bei {product} anmelden…</translation>
    </message>
    <message>
        <source>Sign out of {product}</source>
        <translation>Von {product} abmelden</translation>
    </message>
</context>
</TS>
