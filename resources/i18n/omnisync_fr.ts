<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>menu</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>Status window…</source>
        <translation>Fenêtre d’état…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Notify me when the app changes a status</source>
        <translation>M’avertir quand l’application change un statut</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Appliquée au prochain démarrage</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>No profiles installed</source>
        <translation>Aucun profil installé</translation>
    </message>
    <message>
        <source>{profile} (has errors)</source>
        <translation>{profile} (contient des erreurs)</translation>
    </message>
    <message>
        <source>{profile} — {reason}</source>
        <translation>{profile} — {reason}</translation>
    </message>
    <message>
        <source>Signing in to {product}…</source>
        <translation>Connexion à {product}…</translation>
    </message>
    <message>
        <source>Sign in to {product}…</source>
        <translation>Se connecter à {product}…</translation>
    </message>
    <message>
        <source>Sign in to {product} again…</source>
        <translation>Se reconnecter à {product}…</translation>
    </message>
    <message>
        <source>Sign out of {product}</source>
        <translation>Se déconnecter de {product}</translation>
    </message>
</context>
</TS>
