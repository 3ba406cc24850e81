<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>app</name>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Sync could not start</source>
        <translation>La synchronisation n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>{error}

See the log folder for details.</source>
        <translation>{error}

Les détails sont dans le dossier des journaux.</translation>
    </message>
    <message>
        <source>No safe per-user runtime folder for the single-instance lock ({error}); set XDG_RUNTIME_DIR to a folder only you can write (mode 700).</source>
        <translation>Aucun dossier d’exécution sûr et propre à votre compte pour le verrou d’instance unique ({error}) ; définissez XDG_RUNTIME_DIR sur un dossier où vous seul pouvez écrire (mode 700).</translation>
    </message>
    <message>
        <source>Cannot create {folder} for the single-instance lock ({error}).</source>
        <translation>Impossible de créer {folder} pour le verrou d’instance unique ({error}).</translation>
    </message>
    <message>
        <source>Cannot use the single-instance lock {file} ({error}); check that its folder is writable.</source>
        <translation>Impossible d’utiliser le verrou d’instance unique {file} ({error}) ; vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>OmniSync is already running for you (process {pid}) but does not answer. Quit it from its tray menu, or end that process, then start OmniSync again.</source>
        <translation>OmniSync est déjà lancé pour vous (processus {pid}) mais ne répond pas. Quittez-le depuis son menu de la zone de notification, ou arrêtez ce processus, puis relancez OmniSync.</translation>
    </message>
    <message>
        <source>Cannot listen on {name} for later launches ({error}).</source>
        <translation>Impossible d’écouter sur {name} pour les lancements suivants ({error}).</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Cannot turn on start at login: writing {path} failed ({error}).</source>
        <translation>Impossible d’activer le démarrage à l’ouverture de session : l’écriture de {path} a échoué ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: writing {path} failed ({error}).</source>
        <translation>Impossible de désactiver le démarrage à l’ouverture de session : l’écriture de {path} a échoué ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: removing {path} failed ({error}).</source>
        <translation>Impossible de désactiver le démarrage à l’ouverture de session : la suppression de {path} a échoué ({error}).</translation>
    </message>
    <message>
        <source>Start at login is set, but Task Manager has it switched off and that mark cannot be cleared ({error}). Switch OmniSync on in Task Manager &gt; Startup apps.</source>
        <translation>Le démarrage à l’ouverture de session est activé, mais le Gestionnaire des tâches l’a désactivé et cette marque ne peut pas être effacée ({error}). Activez OmniSync dans Gestionnaire des tâches &gt; Applications de démarrage.</translation>
    </message>
    <message>
        <source>Cannot start at login: the command contains a line break: {arg}</source>
        <translation>Démarrage à l’ouverture de session impossible : la commande contient un saut de ligne : {arg}</translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Pause not changed</source>
        <translation>Pause non modifiée</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Échec de la nouvelle tentative</translation>
    </message>
    <message>
        <source>Resync failed</source>
        <translation>Échec de la resynchronisation</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>La reconnexion a échoué</translation>
    </message>
    <message>
        <source>Profile not changed</source>
        <translation>Profil non modifié</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; cannot be used, so the current one stays:</source>
        <translation>Le profil « {profile} » ne peut pas être utilisé&#xa0;; le profil actuel reste en place&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in to {product} failed</source>
        <translation>Échec de la connexion à {product}</translation>
    </message>
    <message>
        <source>Sign-out of {product} failed</source>
        <translation>Échec de la déconnexion de {product}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Taken back after the restart: {product} is still {status} as the app set it for your work, so it goes back to {previous} when the work ends.</source>
        <translation>Repris après le redémarrage : {product} est toujours sur {status}, comme l&apos;application l&apos;avait mis pour votre travail ; il reviendra à {previous} à la fin du travail.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the app had set {product} for your work, but it now shows {status}, so it will not be restored to {previous}.</source>
        <translation>Abandonné après le redémarrage : l&apos;application avait réglé {product} pour votre travail, mais il affiche maintenant {status} ; il ne reviendra donc pas à {previous}.</translation>
    </message>
    <message>
        <source>Taken back after the restart: the transition timer runs on from before it.</source>
        <translation>Repris après le redémarrage : le minuteur de transition continue depuis avant.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the transition timer, since Omni-Channel now shows {status}.</source>
        <translation>Abandonné après le redémarrage : le minuteur de transition, car Omni-Channel affiche maintenant {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud routing status is {routing}</source>
        <translation>Votre statut de routage Genesys Cloud est {routing}</translation>
    </message>
    <message>
        <source>Your Genesys Cloud work: {work}</source>
        <translation>Votre travail Genesys Cloud : {work}</translation>
    </message>
    <message>
        <source>Your Omni-Channel work: {active} active, {count} in all</source>
        <translation>Votre travail Omni-Channel : {active} actif(s), {count} au total</translation>
    </message>
    <message>
        <source>The app can set your {product} status</source>
        <translation>L&apos;application peut régler votre statut {product}</translation>
    </message>
    <message>
        <source>The app cannot set your {product} status: {why}</source>
        <translation>L&apos;application ne peut pas régler votre statut {product} : {why}</translation>
    </message>
    <message>
        <source>You asked to resync now, but sync is off</source>
        <translation>Vous avez demandé une resynchronisation, mais la synchronisation est désactivée</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}</source>
        <translation>Genesys Cloud est sur {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}</source>
        <translation>Omni-Channel est sur {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}: {why}</source>
        <translation>Omni-Channel est sur {status} : {why}</translation>
    </message>
    <message>
        <source>{observed}: you did as asked</source>
        <translation>{observed} : vous avez fait ce qui était demandé</translation>
    </message>
    <message>
        <source>{observed}: the app&apos;s own change</source>
        <translation>{observed} : le changement de l&apos;application elle-même</translation>
    </message>
    <message>
        <source>The app&apos;s earlier change of {product} landed after you had chosen {status}</source>
        <translation>Le changement précédent de {product} par l&apos;application est arrivé après que vous avez choisi {status}</translation>
    </message>
    <message>
        <source>your choice wins</source>
        <translation>votre choix l&apos;emporte</translation>
    </message>
    <message>
        <source>You chose {status} in Genesys Cloud during your Omni-Channel work</source>
        <translation>Vous avez choisi {status} dans Genesys Cloud pendant votre travail Omni-Channel</translation>
    </message>
    <message>
        <source>You chose {status} in Omni-Channel during your Genesys Cloud interaction</source>
        <translation>Vous avez choisi {status} dans Omni-Channel pendant votre interaction Genesys Cloud</translation>
    </message>
    <message>
        <source>blocking status; {status} follows when the work ends</source>
        <translation>statut de blocage ; {status} suivra à la fin du travail</translation>
    </message>
    <message>
        <source>{master} leads and you changed {product} to {status}</source>
        <translation>{master} mène et vous avez changé {product} en {status}</translation>
    </message>
    <message>
        <source>put back: {product} follows {master}</source>
        <translation>rétabli : {product} suit {master}</translation>
    </message>
    <message>
        <source>You changed {product} to {status} while it was held, so it will not be restored to {previous} when the work ends.</source>
        <translation>Vous avez changé {product} en {status} pendant qu&apos;il était retenu ; il ne reviendra donc pas à {previous} à la fin du travail.</translation>
    </message>
    <message>
        <source>your own choice wins</source>
        <translation>votre propre choix l&apos;emporte</translation>
    </message>
    <message>
        <source>{observed} (you missed an offered interaction; no rule applies)</source>
        <translation>{observed} (vous avez manqué une interaction proposée ; aucune règle ne s&apos;applique)</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud</source>
        <translation>Vous êtes passé En file d&apos;attente dans Genesys Cloud</translation>
    </message>
    <message>
        <source>You went to {status} in Omni-Channel</source>
        <translation>Vous êtes passé à {status} dans Omni-Channel</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud for {status}</source>
        <translation>Vous avez quitté En file d&apos;attente dans Genesys Cloud pour {status}</translation>
    </message>
    <message>
        <source>You left {old} in Omni-Channel for {status}</source>
        <translation>Vous avez quitté {old} dans Omni-Channel pour {status}</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started</source>
        <translation>Votre travail Omni-Channel a commencé</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}, not On Queue: nothing to hold</source>
        <translation>Genesys Cloud est sur {status}, pas En file d&apos;attente : rien à retenir</translation>
    </message>
    <message>
        <source>Taken back after the restart: the away timer for {product} runs on from before it (it fires at once if its time has passed).</source>
        <translation>Repris après le redémarrage : le minuteur d’absence de {product} continue depuis avant (il se déclenche tout de suite si son délai est passé).</translation>
    </message>
    <message>
        <source>Dropped after the restart: the away timer, since {product} now shows {status}.</source>
        <translation>Abandonné après le redémarrage : le minuteur d’absence, car {product} affiche maintenant {status}.</translation>
    </message>
    <message>
        <source>it is no longer Offline</source>
        <translation>il n’est plus Offline</translation>
    </message>
    <message>
        <source>both products read again</source>
        <translation>les deux produits relus</translation>
    </message>
    <message>
        <source>not read again: {products}</source>
        <translation>non relu : {products}</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): the rules applied to your statuses</source>
        <translation>Vous avez demandé une resynchronisation ({read}) : les règles ont été appliquées à vos statuts</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): nothing to change</source>
        <translation>Vous avez demandé une resynchronisation ({read}) : rien à changer</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended while the app was not running</source>
        <translation>Votre travail Omni-Channel s’est terminé pendant que l’application ne tournait pas</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended while the app was not running</source>
        <translation>Votre interaction Genesys Cloud s’est terminée pendant que l’application ne tournait pas</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel started</source>
        <translation>Votre travail {channels} dans Omni-Channel a commencé</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel uses {load}% of your capacity (the hold starts at {threshold}%)</source>
        <translation>Votre travail {channels} dans Omni-Channel utilise {load} % de votre capacité (la retenue commence à {threshold} %)</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended</source>
        <translation>Votre travail Omni-Channel est terminé</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started</source>
        <translation>Votre interaction Genesys Cloud a commencé</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}, which routes no work: nothing to hold</source>
        <translation>Omni-Channel est sur {status}, qui n&apos;achemine aucun travail : rien à retenir</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended</source>
        <translation>Votre interaction Genesys Cloud est terminée</translation>
    </message>
    <message>
        <source>mapped status, deferred until now</source>
        <translation>statut associé, reporté jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <source>restore after a block is off</source>
        <translation>le retour après un blocage est désactivé</translation>
    </message>
    <message>
        <source>{product} is now {status}, no longer the mapped status</source>
        <translation>{product} est maintenant sur {status}, plus sur le statut associé</translation>
    </message>
    <message>
        <source>restored after the hold</source>
        <translation>rétabli après la retenue</translation>
    </message>
    <message>
        <source>The transition time is over</source>
        <translation>Le temps de transition est écoulé</translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>Le temps a passé</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <source>Omni-Channel was in {status} for {seconds} s</source>
        <translation>Omni-Channel était sur {status} depuis {seconds} s</translation>
    </message>
    <message>
        <source>status after the transition time</source>
        <translation>statut après le temps de transition</translation>
    </message>
    <message>
        <source>your {product} status is not known</source>
        <translation>votre statut {product} n&apos;est pas connu</translation>
    </message>
    <message>
        <source>{product} is Offline too</source>
        <translation>{product} est aussi hors ligne</translation>
    </message>
    <message>
        <source>status when away</source>
        <translation>statut en cas d&apos;absence</translation>
    </message>
    <message>
        <source>Your {product} status is unknown: {why}</source>
        <translation>Votre statut {product} est inconnu : {why}</translation>
    </message>
    <message>
        <source>Your {product} status is unknown</source>
        <translation>Votre statut {product} est inconnu</translation>
    </message>
    <message>
        <source>Setting {product} failed: {error}</source>
        <translation>Le réglage de {product} a échoué : {error}</translation>
    </message>
    <message>
        <source>Setting {product} failed</source>
        <translation>Le réglage de {product} a échoué</translation>
    </message>
    <message>
        <source>waiting for your status in both products</source>
        <translation>en attente de votre statut dans les deux produits</translation>
    </message>
    <message>
        <source>Genesys Cloud is Offline: sync is suspended</source>
        <translation>Genesys Cloud est hors ligne : la synchronisation est suspendue</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline ({why}): sync is suspended</source>
        <translation>Omni-Channel est hors ligne ({why}) : la synchronisation est suspendue</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline: sync is suspended</source>
        <translation>Omni-Channel est hors ligne : la synchronisation est suspendue</translation>
    </message>
    <message>
        <source>{why}, so {product} was set to {status} ({role}).</source>
        <translation>{why}, donc {product} a été mis sur {status} ({role}).</translation>
    </message>
    <message>
        <source>{why}: please set {product} to {status} ({role}).</source>
        <translation>{why} : veuillez mettre {product} sur {status} ({role}).</translation>
    </message>
    <message>
        <source>{why}; {product} was left as it is: {reason}.</source>
        <translation>{why} ; {product} a été laissé tel quel : {reason}.</translation>
    </message>
    <message>
        <source>another rule already changes it for this event</source>
        <translation>une autre règle le change déjà pour cet événement</translation>
    </message>
    <message>
        <source>it already is</source>
        <translation>c&apos;est déjà le cas</translation>
    </message>
    <message>
        <source>mapped status</source>
        <translation>statut associé</translation>
    </message>
    <message>
        <source>transition status</source>
        <translation>statut de transition</translation>
    </message>
    <message>
        <source>holding status</source>
        <translation>statut de retenue</translation>
    </message>
    <message>
        <source>kept from before the restart</source>
        <translation>conservé d&apos;avant le redémarrage</translation>
    </message>
    <message>
        <source>it no longer shows what the app set</source>
        <translation>il n&apos;affiche plus ce que l&apos;application avait réglé</translation>
    </message>
    <message>
        <source>you are in a Genesys Cloud interaction; deferred until it ends</source>
        <translation>vous êtes dans une interaction Genesys Cloud ; reporté jusqu&apos;à sa fin</translation>
    </message>
    <message>
        <source>you are working in Omni-Channel; deferred until the work ends</source>
        <translation>vous travaillez dans Omni-Channel ; reporté jusqu&apos;à la fin du travail</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>an interaction alerting</source>
        <translation>une interaction qui sonne</translation>
    </message>
    <message>
        <source>an active interaction</source>
        <translation>une interaction en cours</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>travail après appel</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>hors file</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>en interaction</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>en communication</translation>
    </message>
    <message>
        <source>{product} is {status}, which you chose</source>
        <translation>{product} est sur {status}, que vous avez choisi</translation>
    </message>
    <message>
        <source>{product} stayed Offline for {seconds} s</source>
        <translation>{product} est resté hors ligne pendant {seconds} s</translation>
    </message>
    <message>
        <source>{observed} (start-up snapshot)</source>
        <translation>{observed} (lu au démarrage)</translation>
    </message>
    <message>
        <source>{observed} (unchanged)</source>
        <translation>{observed} (inchangé)</translation>
    </message>
    <message>
        <source>{observed}: a late change of the app&apos;s</source>
        <translation>{observed} : un changement tardif de l&apos;application</translation>
    </message>
    <message>
        <source>you opened Omni-Channel in another browser tab</source>
        <translation>vous avez ouvert Omni-Channel dans un autre onglet du navigateur</translation>
    </message>
    <message>
        <source>you signed in to Omni-Channel on another browser or computer</source>
        <translation>vous vous êtes connecté à Omni-Channel dans un autre navigateur ou sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Salesforce logged you out for maintenance</source>
        <translation>Salesforce vous a déconnecté pour maintenance</translation>
    </message>
    <message>
        <source>a supervisor logged you out</source>
        <translation>un superviseur vous a déconnecté</translation>
    </message>
</context>
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
        <source>Resync now</source>
        <translation>Resynchroniser maintenant</translation>
    </message>
    <message>
        <source>Apply the sync rules to your current statuses in both products now</source>
        <translation>Appliquer maintenant les règles de synchronisation à vos statuts actuels dans les deux produits</translation>
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
<context>
    <name>no tray</name>
    <message>
        <source>No system tray was found on this desktop, so OmniSync shows this window instead. Closing it minimises it; use Quit to stop syncing.</source>
        <translation>Aucune zone de notification n’a été trouvée sur ce bureau&#xa0;: OmniSync affiche donc cette fenêtre à la place. La fermer la réduit&#xa0;; utilisez Quitter pour arrêter la synchronisation.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>{product} is now {status}.</source>
        <translation>{product} est maintenant sur {status}.</translation>
    </message>
    <message>
        <source>OmniSync changed your status</source>
        <translation>OmniSync a changé votre statut</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>The machine policy file has errors; ask your administrator</source>
        <translation>Le fichier de stratégie de l’ordinateur contient des erreurs ; contactez votre administrateur</translation>
    </message>
    <message>
        <source>Locked to {profile} by your administrator</source>
        <translation>Verrouillé sur {profile} par votre administrateur</translation>
    </message>
    <message>
        <source>Locked to a profile that is not installed; ask your administrator</source>
        <translation>Verrouillé sur un profil qui n’est pas installé ; contactez votre administrateur</translation>
    </message>
    <message>
        <source>The machine policy ({path}) locks profile {locked}, which is not installed; staying on {active}. Ask your administrator.</source>
        <translation>La stratégie de l’ordinateur ({path}) verrouille le profil {locked}, qui n’est pas installé ; vous restez sur {active}. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Not allowed on this machine by your administrator</source>
        <translation>Non autorisé sur cet ordinateur par votre administrateur</translation>
    </message>
    <message>
        <source>The machine policy ({path}) allows none of the installed profiles; staying on {active}. Ask your administrator.</source>
        <translation>La stratégie de l’ordinateur ({path}) n’autorise aucun des profils installés ; vous restez sur {active}. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Profile {chosen} is not allowed on this machine; using {active} instead.</source>
        <translation>Le profil {chosen} n’est pas autorisé sur cet ordinateur ; {active} est utilisé à la place.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Start at login: {error}</source>
        <translation>Démarrage à l’ouverture de session : {error}</translation>
    </message>
    <message>
        <source>Language not saved</source>
        <translation>Langue non enregistrée</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Démarrage à l’ouverture de session non modifié</translation>
    </message>
    <message>
        <source>Notification setting not saved</source>
        <translation>Réglage des notifications non enregistré</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>{problem}. {fix}</source>
        <translation>{problem}. {fix}</translation>
    </message>
    <message>
        <source>{where}: warning: {problem}. Fix: {fix}</source>
        <translation>{where} : avertissement : {problem}. Correction : {fix}</translation>
    </message>
    <message>
        <source>{where}: error: {problem}. Fix: {fix}</source>
        <translation>{where} : erreur : {problem}. Correction : {fix}</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Vouliez-vous dire {name} ?</translation>
    </message>
    <message>
        <source>Did you mean one of {names}?</source>
        <translation>Vouliez-vous dire l’un de ceux-ci : {names} ?</translation>
    </message>
    <message>
        <source>Known keys: {keys}</source>
        <translation>Clés connues : {keys}</translation>
    </message>
    <message>
        <source>{key} is nested more than {depth} levels deep</source>
        <translation>{key} est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>it is nested more than {depth} levels deep</source>
        <translation>il est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({error})</source>
        <translation>il contient un nombre trop long pour être lu ({error})</translation>
    </message>
    <message>
        <source>it is {length} characters long; files over {most} are refused</source>
        <translation>il fait {length} caractères ; les fichiers de plus de {most} sont refusés</translation>
    </message>
    <message>
        <source>it holds {name}: numbers must be finite</source>
        <translation>il contient {name} : les nombres doivent être finis</translation>
    </message>
    <message>
        <source>{key} is a number too large (at most {most})</source>
        <translation>{key} est un nombre trop grand ({most} au plus)</translation>
    </message>
    <message>
        <source>it is a number too large (at most {most})</source>
        <translation>c’est un nombre trop grand ({most} au plus)</translation>
    </message>
    <message>
        <source>{key} is {value}: numbers must be finite and at most {most}</source>
        <translation>{key} vaut {value} : les nombres doivent être finis et d’au plus {most}</translation>
    </message>
    <message>
        <source>it is {value}: numbers must be finite and at most {most}</source>
        <translation>la valeur est {value} : les nombres doivent être finis et d’au plus {most}</translation>
    </message>
    <message>
        <source>it is larger than {limit} bytes, too large for a settings file</source>
        <translation>il dépasse {limit} octets, c’est trop pour un fichier de réglages</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>the Omni-Channel status mirrored with Genesys On Queue</source>
        <translation>le statut Omni-Channel qui suit On Queue de Genesys</translation>
    </message>
    <message>
        <source>the Genesys status set when the agent leaves the mapped Omni-Channel status</source>
        <translation>le statut Genesys mis quand l’agent quitte le statut Omni-Channel associé</translation>
    </message>
    <message>
        <source>the Omni-Channel status set when the agent leaves On Queue</source>
        <translation>le statut Omni-Channel mis quand l’agent quitte On Queue</translation>
    </message>
    <message>
        <source>the Genesys status while the agent works on an Omni-Channel item</source>
        <translation>le statut Genesys pendant que l’agent traite un élément Omni-Channel</translation>
    </message>
    <message>
        <source>the Omni-Channel status while the agent interacts in Genesys</source>
        <translation>le statut Omni-Channel pendant que l’agent est en interaction dans Genesys</translation>
    </message>
    <message>
        <source>this profile cannot be used: {error}</source>
        <translation>ce profil ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
        <source>Write only the keys docs/profiles.md lists, with values in their ranges</source>
        <translation>N’écrivez que les clés listées dans docs/profiles.md, avec des valeurs dans leurs plages</translation>
    </message>
    <message>
        <source>this file is JSON, but a profile is TOML</source>
        <translation>ce fichier est en JSON, mais un profil est en TOML</translation>
    </message>
    <message>
        <source>Write it as TOML: name = &quot;...&quot;, enabled = true, then sections such as [mapped] with omni = &quot;Busy&quot; (docs/profiles.md has a full example)</source>
        <translation>Écrivez-le en TOML : name = &quot;...&quot;, enabled = true, puis des sections comme [mapped] avec omni = &quot;Busy&quot; (docs/profiles.md donne un exemple complet)</translation>
    </message>
    <message>
        <source>this is not valid TOML ({error})</source>
        <translation>ce n’est pas du TOML valide ({error})</translation>
    </message>
    <message>
        <source>Fix the syntax at that line: strings need double quotes, sections [brackets]</source>
        <translation>Corrigez la syntaxe à cette ligne : les chaînes entre guillemets doubles, les sections entre [crochets]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;</source>
        <translation>clé inconnue « {key} »</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; is missing</source>
        <translation>le réglage « {key} » manque</translation>
    </message>
    <message>
        <source>Add {key} = {example}</source>
        <translation>Ajoutez {key} = {example}</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; ({meaning}) is missing</source>
        <translation>le réglage « {key} » ({meaning}) manque</translation>
    </message>
    <message>
        <source>Add {key} = &quot;&lt;status name&gt;&quot; under [{section}], or &quot;&quot; to switch this rule off</source>
        <translation>Ajoutez {key} = &quot;&lt;nom du statut&gt;&quot; sous [{section}], ou &quot;&quot; pour désactiver cette règle</translation>
    </message>
    <message>
        <source>{key} must be a status name in quotes</source>
        <translation>{key} doit être un nom de statut entre guillemets</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Busy&quot;</source>
        <translation>Écrivez {key} = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;{key}&quot;</source>
        <translation>option inconnue « {key} »</translation>
    </message>
    <message>
        <source>the transition timer cannot be negative</source>
        <translation>le minuteur de transition ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Use 0 for no timer, or the number of seconds to wait</source>
        <translation>Mettez 0 pour aucun minuteur, ou le nombre de secondes à attendre</translation>
    </message>
    <message>
        <source>the transition timer is {seconds} seconds, longer than a day</source>
        <translation>le minuteur de transition dure {seconds} secondes, plus d’une journée</translation>
    </message>
    <message>
        <source>Use at most {seconds} seconds (or 0 for no timer)</source>
        <translation>Mettez au plus {seconds} secondes (ou 0 pour aucun minuteur)</translation>
    </message>
    <message>
        <source>the Genesys org has no active On Queue presence</source>
        <translation>l’organisation Genesys n’a aucune présence On Queue active</translation>
    </message>
    <message>
        <source>Check the Genesys org&apos;s presence definitions: On Queue cannot be deactivated</source>
        <translation>Vérifiez les définitions de présence de l’organisation Genesys : On Queue ne peut pas être désactivé</translation>
    </message>
    <message>
        <source>the Genesys status &quot;{status}&quot; is deactivated</source>
        <translation>le statut Genesys « {status} » est désactivé</translation>
    </message>
    <message>
        <source>Pick an active status, or reactivate it in Genesys Cloud</source>
        <translation>Choisissez un statut actif, ou réactivez-le dans Genesys Cloud</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or a custom Transition status</source>
        <translation>Choisissez un statut comme Busy ou un statut de transition personnalisé</translation>
    </message>
    <message>
        <source>sync is enabled but no mapped Omni-Channel status is set</source>
        <translation>la synchronisation est activée mais aucun statut Omni-Channel associé n’est défini</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status that mirrors On Queue, e.g. omni = &quot;Busy&quot;</source>
        <translation>Indiquez le statut Omni-Channel qui suit On Queue, par exemple omni = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>leaving On Queue would set &quot;{status}&quot;, the mapped status itself, which puts Genesys back On Queue: a loop</source>
        <translation>quitter On Queue mettrait « {status} », le statut associé lui-même, qui remet Genesys sur On Queue : une boucle</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, typically a non-routable Transition</source>
        <translation>Choisissez un autre statut que le statut associé, en général un statut de transition non routable</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable, so Omni-Channel work arrives straight away when the agent leaves On Queue (no transition time)</source>
        <translation>« {status} » est routable : le travail Omni-Channel arrive dès que l’agent quitte On Queue (aucun temps de transition)</translation>
    </message>
    <message>
        <source>Pick a non-routable status such as a custom Transition status</source>
        <translation>Choisissez un statut non routable, comme un statut de transition personnalisé</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable and no blocking status is set, so work can arrive in both products at once</source>
        <translation>« {status} » est routable et aucun statut de blocage n’est défini : du travail peut arriver dans les deux produits à la fois</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work and blocking.omni_while_genesys_interaction, or map a non-routable status</source>
        <translation>Définissez blocking.genesys_while_salesforce_work et blocking.omni_while_genesys_interaction, ou associez un statut non routable</translation>
    </message>
    <message>
        <source>the transition timer is on but has no status to move to</source>
        <translation>le minuteur de transition est activé mais n’a aucun statut vers lequel passer</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status, e.g. transition_timer_omni_status = &quot;Available&quot;</source>
        <translation>Indiquez le statut Omni-Channel, par exemple transition_timer_omni_status = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>the transition timer is on but there is no Omni transition status to time</source>
        <translation>le minuteur de transition est activé mais il n’y a aucun statut de transition Omni à minuter</translation>
    </message>
    <message>
        <source>Set transition.omni_on_leaving_on_queue, or set the timer to 0</source>
        <translation>Définissez transition.omni_on_leaving_on_queue, ou mettez le minuteur à 0</translation>
    </message>
    <message>
        <source>the timer would move Omni-Channel to the transition status it is already in</source>
        <translation>le minuteur ferait passer Omni-Channel au statut de transition où il est déjà</translation>
    </message>
    <message>
        <source>Pick the status the agent should move on to, such as Available</source>
        <translation>Choisissez le statut vers lequel l’agent doit passer ensuite, comme Available</translation>
    </message>
    <message>
        <source>the timer moves Omni-Channel to the mapped status but Genesys will not follow (the app&apos;s own writes trigger no rule)</source>
        <translation>le minuteur fait passer Omni-Channel au statut associé mais Genesys ne suivra pas (les changements de l’application ne déclenchent aucune règle)</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, or expect Genesys to stay as it is</source>
        <translation>Choisissez un autre statut que le statut associé, ou attendez-vous à ce que Genesys reste tel quel</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; matches {count} {product} statuses</source>
        <translation>« {name} » correspond à {count} statuts {product}</translation>
    </message>
    <message>
        <source>Name it by id instead: one of {ids}</source>
        <translation>Indiquez-le plutôt par son identifiant : l’un de {ids}</translation>
    </message>
    <message>
        <source>The {product} org&apos;s statuses: {valid}</source>
        <translation>Statuts de l’organisation {product} : {valid}</translation>
    </message>
    <message>
        <source>The org has no statuses</source>
        <translation>L’organisation n’a aucun statut</translation>
    </message>
    <message>
        <source>{hint} {listed}</source>
        <translation>{hint} {listed}</translation>
    </message>
    <message>
        <source>no {product} status is named &quot;{name}&quot;</source>
        <translation>aucun statut {product} ne s’appelle « {name} »</translation>
    </message>
    <message>
        <source>capacity_percent must be a number from 1 to 100 (a percentage of the agent&apos;s Omni-Channel capacity)</source>
        <translation>capacity_percent doit être un nombre de 1 à 100 (un pourcentage de la capacité Omni-Channel de l’agent)</translation>
    </message>
    <message>
        <source>Write capacity_percent = 80, or remove it to block on any accepted work</source>
        <translation>Écrivez capacity_percent = 80, ou retirez-le pour bloquer dès qu’un travail est accepté</translation>
    </message>
    <message>
        <source>channels must be a list of service channel names in quotes</source>
        <translation>channels doit être une liste de noms de canaux de service entre guillemets</translation>
    </message>
    <message>
        <source>Write channels = [&quot;sfdc_livechat&quot;], or remove it to count every channel</source>
        <translation>Écrivez channels = [&quot;sfdc_livechat&quot;], ou retirez-le pour compter tous les canaux</translation>
    </message>
    <message>
        <source>side must be one of {sides}</source>
        <translation>side doit valoir l’une de ces valeurs : {sides}</translation>
    </message>
    <message>
        <source>Write side = &quot;genesys&quot; (Genesys leads), &quot;salesforce&quot;, or &quot;both&quot; (two-way)</source>
        <translation>Écrivez side = &quot;genesys&quot; (Genesys mène), &quot;salesforce&quot;, ou &quot;both&quot; (dans les deux sens)</translation>
    </message>
    <message>
        <source>follower_change must be &quot;allow&quot; or &quot;undo&quot;</source>
        <translation>follower_change doit valoir &quot;allow&quot; ou &quot;undo&quot;</translation>
    </message>
    <message>
        <source>Write follower_change = &quot;undo&quot; to put the follower back, or &quot;allow&quot;</source>
        <translation>Écrivez follower_change = &quot;undo&quot; pour remettre le côté qui suit, ou &quot;allow&quot;</translation>
    </message>
    <message>
        <source>follower_change = &quot;undo&quot; does nothing while both sides lead (side = &quot;both&quot;)</source>
        <translation>follower_change = &quot;undo&quot; ne fait rien tant que les deux côtés mènent (side = &quot;both&quot;)</translation>
    </message>
    <message>
        <source>Name the side that leads, e.g. side = &quot;genesys&quot;, or remove follower_change</source>
        <translation>Indiquez le côté qui mène, par exemple side = &quot;genesys&quot;, ou retirez follower_change</translation>
    </message>
    <message>
        <source>mapping must be a list of rows</source>
        <translation>mapping doit être une liste de lignes</translation>
    </message>
    <message>
        <source>Write each row as [[mapping]]</source>
        <translation>Écrivez chaque ligne sous la forme [[mapping]]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in mapping row {number}</source>
        <translation>clé inconnue « {key} » dans la ligne de mapping {number}</translation>
    </message>
    <message>
        <source>mapping row {number} needs the Omni-Channel status it maps</source>
        <translation>la ligne de mapping {number} doit indiquer le statut Omni-Channel qu’elle associe</translation>
    </message>
    <message>
        <source>Add omni = &quot;&lt;status name&gt;&quot; to that [[mapping]] row</source>
        <translation>Ajoutez omni = &quot;&lt;nom du statut&gt;&quot; à cette ligne [[mapping]]</translation>
    </message>
    <message>
        <source>Write genesys_on_leaving = &quot;Away&quot;, or &quot;&quot; to leave Genesys as it is</source>
        <translation>Écrivez genesys_on_leaving = &quot;Away&quot;, ou &quot;&quot; pour laisser Genesys tel quel</translation>
    </message>
    <message>
        <source>{key} must be a number of seconds, 0 or more</source>
        <translation>{key} doit être un nombre de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>Write {key} = {example}</source>
        <translation>Écrivez {key} = {example}</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Away&quot;, or &quot;&quot; to switch this off</source>
        <translation>Écrivez {key} = &quot;Away&quot;, ou &quot;&quot; pour désactiver ceci</translation>
    </message>
    <message>
        <source>Known channels: {channels}</source>
        <translation>Canaux connus : {channels}</translation>
    </message>
    <message>
        <source>The statuses file lists no service channels: export it again with omnisync export-statuses</source>
        <translation>Le fichier des statuts ne liste aucun canal de service : exportez-le de nouveau avec omnisync export-statuses</translation>
    </message>
    <message>
        <source>no Omni-Channel service channel is named &quot;{name}&quot;</source>
        <translation>aucun canal de service Omni-Channel ne s’appelle « {name} »</translation>
    </message>
    <message>
        <source>[salesforce_work] says which work blocks Genesys, but no blocking status is set</source>
        <translation>[salesforce_work] indique quel travail bloque Genesys, mais aucun statut de blocage n’est défini</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work, or remove [salesforce_work]</source>
        <translation>Définissez blocking.genesys_while_salesforce_work, ou retirez [salesforce_work]</translation>
    </message>
    <message>
        <source>Offline cannot be a mapped status (it logs the agent out of Omni-Channel)</source>
        <translation>Offline ne peut pas être un statut associé (il déconnecte l’agent d’Omni-Channel)</translation>
    </message>
    <message>
        <source>Pick a status with service channels, such as Available - Chat</source>
        <translation>Choisissez un statut avec des canaux de service, comme Available - Chat</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is already mapped above; only the first row would ever match</source>
        <translation>« {status} » est déjà associé plus haut ; seule la première ligne servirait</translation>
    </message>
    <message>
        <source>Remove this row, or name another Omni-Channel status</source>
        <translation>Retirez cette ligne, ou indiquez un autre statut Omni-Channel</translation>
    </message>
    <message>
        <source>leaving On Queue sets &quot;{status}&quot;, which this row maps back to On Queue: a loop</source>
        <translation>quitter On Queue met « {status} », que cette ligne ramène à On Queue : une boucle</translation>
    </message>
    <message>
        <source>Map another status, or pick another transition.omni_on_leaving_on_queue</source>
        <translation>Associez un autre statut, ou choisissez un autre transition.omni_on_leaving_on_queue</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; has no service channel, so no Omni-Channel work reaches the agent in it while Genesys is On Queue</source>
        <translation>« {status} » n’a aucun canal de service : aucun travail Omni-Channel n’atteint l’agent dans ce statut pendant que Genesys est On Queue</translation>
    </message>
    <message>
        <source>Map a status with service channels, or remove the row</source>
        <translation>Associez un statut avec des canaux de service, ou retirez la ligne</translation>
    </message>
    <message>
        <source>mapping rows need [mapped] omni first (the status Genesys On Queue sets)</source>
        <translation>les lignes de mapping exigent d’abord [mapped] omni (le statut que met On Queue de Genesys)</translation>
    </message>
    <message>
        <source>Name the first mapped status under [mapped], e.g. omni = &quot;Available&quot;</source>
        <translation>Indiquez le premier statut associé sous [mapped], par exemple omni = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or Break</source>
        <translation>Choisissez un statut comme Busy ou Break</translation>
    </message>
    <message>
        <source>putting Genesys On Queue while Omni-Channel is closed routes calls to an agent who may have left</source>
        <translation>mettre Genesys sur On Queue quand Omni-Channel est fermé envoie des appels à un agent peut-être parti</translation>
    </message>
    <message>
        <source>Pick a status such as Away, Offline or Break</source>
        <translation>Choisissez un statut comme Away, Offline ou Break</translation>
    </message>
    <message>
        <source>{seconds} s is shorter than a console refresh, which logs Omni-Channel out for a few seconds: a refresh would change Genesys</source>
        <translation>{seconds} s, c’est moins qu’un rechargement de la console, qui déconnecte Omni-Channel quelques secondes : un rechargement changerait Genesys</translation>
    </message>
    <message>
        <source>Use at least {seconds} seconds; 30 is a good start</source>
        <translation>Mettez au moins {seconds} secondes ; 30 est un bon début</translation>
    </message>
    <message>
        <source>this Genesys org&apos;s routing includes agent presence, so every block and restore resets the agent&apos;s routing score</source>
        <translation>le routage de cette organisation Genesys tient compte de la présence de l’agent : chaque blocage et chaque rétablissement remet à zéro son score de routage</translation>
    </message>
    <message>
        <source>Switch the block off (&quot;&quot;) and let Omni-Channel capacity hold the work, or accept the reset</source>
        <translation>Désactivez le blocage (&quot;&quot;) et laissez la capacité Omni-Channel retenir le travail, ou acceptez la remise à zéro</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is also the status Omni-Channel sets when the agent declines work, so the app cannot tell a decline from its own block and may restore the agent out of it</source>
        <translation>« {status} » est aussi le statut que met Omni-Channel quand l’agent refuse un travail : l’application ne peut pas distinguer un refus de son propre blocage et risque d’en sortir l’agent</translation>
    </message>
    <message>
        <source>Pick a blocking status of its own, such as a custom Busy - Genesys status</source>
        <translation>Choisissez un statut de blocage dédié, comme un statut personnalisé Busy - Genesys</translation>
    </message>
    <message>
        <source>{key} must be a section</source>
        <translation>{key} doit être une section</translation>
    </message>
    <message>
        <source>Write it as [{key}] with keys below it</source>
        <translation>Écrivez-le sous la forme [{key}] avec les clés en dessous</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in [{section}]</source>
        <translation>clé inconnue « {key} » dans [{section}]</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} doit valoir true ou false</translation>
    </message>
    <message>
        <source>{key} must be a string in double quotes</source>
        <translation>{key} doit être une chaîne entre guillemets doubles</translation>
    </message>
    <message>
        <source>{key} must be a number</source>
        <translation>{key} doit être un nombre</translation>
    </message>
    <message>
        <source>Offline cannot be set by a rule (it logs the agent out of Omni-Channel)</source>
        <translation>Offline ne peut pas être mis par une règle (il déconnecte l’agent d’Omni-Channel)</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is On Queue, which re-triggers the mapping: a loop</source>
        <translation>« {status} » est On Queue, ce qui relance l’association : une boucle</translation>
    </message>
    <message>
        <source>Pick a Genesys status that is not On Queue, such as Available, Away or Busy</source>
        <translation>Choisissez un statut Genesys autre que On Queue, comme Available, Away ou Busy</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>You paused sync</source>
        <translation>Vous avez mis la synchronisation en pause</translation>
    </message>
    <message>
        <source>You resumed sync</source>
        <translation>Vous avez repris la synchronisation</translation>
    </message>
    <message>
        <source>this profile cannot be chosen: {reason}</source>
        <translation>ce profil ne peut pas être choisi : {reason}</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Demandez à votre administrateur</translation>
    </message>
    <message>
        <source>Signing in to {product} failed: {error}</source>
        <translation>La connexion à {product} a échoué : {error}</translation>
    </message>
    <message>
        <source>you are not signed in</source>
        <translation>vous n’êtes pas connecté</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>vous vous êtes déconnecté</translation>
    </message>
    <message>
        <source>your session expired</source>
        <translation>votre session a expiré</translation>
    </message>
    <message>
        <source>the server no longer accepts your session (expired or revoked)</source>
        <translation>le serveur n’accepte plus votre session (expirée ou révoquée)</translation>
    </message>
    <message>
        <source>your session cannot be renewed without signing in</source>
        <translation>votre session ne peut pas être renouvelée sans vous reconnecter</translation>
    </message>
    <message>
        <source>the session was ended ({error})</source>
        <translation>la session a été fermée ({error})</translation>
    </message>
    <message>
        <source>{product} ({why})</source>
        <translation>{product} ({why})</translation>
    </message>
    <message>
        <source>you changed it first</source>
        <translation>vous l’avez changé avant</translation>
    </message>
    <message>
        <source>your session ended</source>
        <translation>votre session a pris fin</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel (read now)</source>
        <translation>Vous êtes sur {genesys} dans Genesys Cloud et sur {omni} dans Omni-Channel (lu maintenant)</translation>
    </message>
    <message>
        <source>the change was not confirmed in time</source>
        <translation>le changement n&apos;a pas été confirmé à temps</translation>
    </message>
    <message>
        <source>there is no profile &quot;{profile}&quot;</source>
        <translation>il n’y a pas de profil « {profile} »</translation>
    </message>
    <message>
        <source>Installed profiles: {profiles}</source>
        <translation>Profils installés : {profiles}</translation>
    </message>
    <message>
        <source>Profile &quot;{profile}&quot; is active</source>
        <translation>Le profil « {profile} » est actif</translation>
    </message>
    <message>
        <source>{task} failed ({error}); retrying in {seconds} s</source>
        <translation>{task} a échoué ({error}) ; nouvel essai dans {seconds} s</translation>
    </message>
    <message>
        <source>Salesforce console link: direct, on this computer</source>
        <translation>Lien avec la console Salesforce : direct, sur cet ordinateur</translation>
    </message>
    <message>
        <source>Salesforce console link: through the Salesforce record ({why})</source>
        <translation>Lien avec la console Salesforce : par l&apos;enregistrement Salesforce ({why})</translation>
    </message>
    <message>
        <source>The {product} connection</source>
        <translation>La connexion à {product}</translation>
    </message>
    <message>
        <source>Reading the {product} statuses</source>
        <translation>La lecture des statuts {product}</translation>
    </message>
    <message>
        <source>The resync</source>
        <translation>La resynchronisation</translation>
    </message>
    <message>
        <source>waiting for the Salesforce console link</source>
        <translation>en attente du lien avec la console Salesforce</translation>
    </message>
    <message>
        <source>not needed while the console link is direct</source>
        <translation>inutile tant que le lien avec la console est direct</translation>
    </message>
    <message>
        <source>the Salesforce console did not confirm the change</source>
        <translation>la console Salesforce n’a pas confirmé le changement</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>loading presence definitions</source>
        <translation>chargement des statuts de présence</translation>
    </message>
    <message>
        <source>connecting to notifications</source>
        <translation>connexion aux notifications</translation>
    </message>
    <message>
        <source>receiving notifications</source>
        <translation>réception des notifications</translation>
    </message>
    <message>
        <source>moved to a new channel ({trouble})</source>
        <translation>passage à un nouveau canal ({trouble})</translation>
    </message>
    <message>
        <source>your organization ended the session after {minutes} minutes without activity (its idle timeout)</source>
        <translation>votre organisation a fermé la session après {minutes} minutes d’inactivité (son délai d’inactivité)</translation>
    </message>
    <message>
        <source>the notification socket closed</source>
        <translation>la connexion des notifications s’est fermée</translation>
    </message>
    <message>
        <source>no heartbeat arrived in time</source>
        <translation>aucun signal de vie n’est arrivé à temps</translation>
    </message>
    <message>
        <source>the server announced it will close the socket</source>
        <translation>le serveur a annoncé qu’il va fermer la connexion</translation>
    </message>
    <message>
        <source>the notification channel no longer exists</source>
        <translation>le canal de notifications n’existe plus</translation>
    </message>
    <message>
        <source>the token was revoked</source>
        <translation>le jeton a été révoqué</translation>
    </message>
    <message>
        <source>the channel is close to its 24-hour expiry</source>
        <translation>le canal arrive à sa fin de validité de 24 heures</translation>
    </message>
    <message>
        <source>the desktop refused the console component&apos;s connection ({why})</source>
        <translation>l’ordinateur a refusé la connexion du composant de la console ({why})</translation>
    </message>
    <message>
        <source>the console component did not dial the desktop directly within {seconds} s</source>
        <translation>le composant de la console n’a pas appelé l’ordinateur directement en {seconds} s</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped: {error}</source>
        <translation>le streaming Salesforce s’est arrêté : {error}</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped</source>
        <translation>le streaming Salesforce s’est arrêté</translation>
    </message>
    <message>
        <source>the direct link is turned off</source>
        <translation>le lien direct est désactivé</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce</source>
        <translation>le lien avec la console n’est pas configuré dans Salesforce</translation>
    </message>
    <message>
        <source>the desktop could not publish its link key ({error})</source>
        <translation>l’ordinateur n’a pas pu publier sa clé de lien ({error})</translation>
    </message>
    <message>
        <source>the console link is not set up: PushTopic {topic} ({error})</source>
        <translation>le lien avec la console n’est pas configuré : PushTopic {topic} ({error})</translation>
    </message>
    <message>
        <source>your Omni-Channel status cannot be followed: {error}</source>
        <translation>votre statut Omni-Channel ne peut pas être suivi : {error}</translation>
    </message>
    <message>
        <source>Salesforce could not be read: {error}</source>
        <translation>Impossible de lire Salesforce : {error}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>le fichier ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>Check its permissions and that it is saved as UTF-8</source>
        <translation>Vérifiez ses droits d’accès et qu’il est enregistré en UTF-8</translation>
    </message>
    <message>
        <source>Sign-in is kept in memory for this run only: {reason}. Unlock or install your system&apos;s password store (Keychain, Credential Manager, GNOME Keyring or KWallet) and restart OmniSync; until then you will be asked to sign in again after every restart.</source>
        <translation>La connexion n’est gardée en mémoire que pour cette session : {reason}. Déverrouillez ou installez le gestionnaire de mots de passe de votre système (Trousseau, Gestionnaire d’identification, GNOME Keyring ou KWallet) et redémarrez OmniSync ; d’ici là, il faudra vous reconnecter après chaque redémarrage.</translation>
    </message>
    <message>
        <source>no system password store was found</source>
        <translation>aucun gestionnaire de mots de passe du système n’a été trouvé</translation>
    </message>
    <message>
        <source>the password store {name} keeps secrets in a plain file</source>
        <translation>le gestionnaire de mots de passe {name} garde les secrets dans un fichier en clair</translation>
    </message>
    <message>
        <source>the password store {name} is not a recommended system store</source>
        <translation>le gestionnaire de mots de passe {name} n’est pas un gestionnaire du système recommandé</translation>
    </message>
    <message>
        <source>the password store failed ({error})</source>
        <translation>le gestionnaire de mots de passe a échoué ({error})</translation>
    </message>
    <message>
        <source>the demo keeps its tokens in memory</source>
        <translation>la démo garde ses jetons en mémoire</translation>
    </message>
    <message>
        <source>OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: {keys} not set. Your administrator sets them in the machine policy file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox.</source>
        <translation>OmniSync ne sait pas à quelles organisations Genesys Cloud et Salesforce se connecter : {keys} non définis. Votre administrateur les définit dans le fichier de stratégie de l’ordinateur (voir docs/admin.md), ou lancez `omnisync demo` pour essayer l’application sur le bac à sable.</translation>
    </message>
    <message>
        <source>The chosen profile applies now but was not saved for the next start: {error}</source>
        <translation>Le profil choisi s’applique maintenant mais n’a pas été enregistré pour le prochain démarrage : {error}</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce ({error})</source>
        <translation>le lien avec la console n’est pas configuré dans Salesforce ({error})</translation>
    </message>
    <message>
        <source>the console link has not answered yet</source>
        <translation>le lien avec la console n’a pas encore répondu</translation>
    </message>
    <message>
        <source>the Salesforce console was closed</source>
        <translation>la console Salesforce a été fermée</translation>
    </message>
    <message>
        <source>the command could not be sent: {error}</source>
        <translation>la commande n’a pas pu être envoyée : {error}</translation>
    </message>
    <message>
        <source>the console did not answer within {seconds} s</source>
        <translation>la console n’a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>the console could not do it ({error})</source>
        <translation>la console n’a pas pu le faire ({error})</translation>
    </message>
    <message>
        <source>the console component sent an oversized message</source>
        <translation>le composant de la console a envoyé un message trop grand</translation>
    </message>
    <message>
        <source>no port of the desktop link&apos;s range is free ({errors})</source>
        <translation>aucun port de la plage du lien de l’ordinateur n’est libre ({errors})</translation>
    </message>
    <message>
        <source>the desktop signed in again</source>
        <translation>l’ordinateur s’est reconnecté</translation>
    </message>
    <message>
        <source>no console component is connected to the desktop</source>
        <translation>aucun composant de la console n’est connecté à l’ordinateur</translation>
    </message>
    <message>
        <source>the console component went away ({error})</source>
        <translation>le composant de la console est parti ({error})</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>origine non autorisée</translation>
    </message>
    <message>
        <source>no origin</source>
        <translation>aucune origine</translation>
    </message>
    <message>
        <source>replaced by a newer console tab</source>
        <translation>remplacé par un onglet de console plus récent</translation>
    </message>
    <message>
        <source>a console component connected over the loopback link</source>
        <translation>un composant de la console s’est connecté par le lien local</translation>
    </message>
    <message>
        <source>the console component disconnected</source>
        <translation>le composant de la console s’est déconnecté</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>trop de messages</translation>
    </message>
    <message>
        <source>the console component sent too many messages</source>
        <translation>le composant de la console a envoyé trop de messages</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>message trop volumineux</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>wrong key</source>
        <translation>mauvaise clé</translation>
    </message>
    <message>
        <source>no console component has connected to the desktop directly</source>
        <translation>aucun composant de la console ne s’est connecté directement à l’ordinateur</translation>
    </message>
    <message>
        <source>Sign in to {product} again: {reason}</source>
        <translation>Reconnectez-vous à {product} : {reason}</translation>
    </message>
    <message>
        <source>the token answer had no usable identity URL ({url})</source>
        <translation>la réponse du jeton ne contenait aucune URL d’identité utilisable ({url})</translation>
    </message>
    <message>
        <source>the session has no identity URL</source>
        <translation>la session n’a pas d’URL d’identité</translation>
    </message>
    <message>
        <source>you signed out of Salesforce</source>
        <translation>vous vous êtes déconnecté de Salesforce</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} on {path} ({code}): {message}</source>
        <translation>Genesys Cloud a répondu HTTP {status} sur {path} ({code}) : {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} ({code}): {message}</source>
        <translation>Genesys Cloud a répondu HTTP {status} ({code}) : {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud cannot be reached ({error}); check the network connection</source>
        <translation>Genesys Cloud est injoignable ({error}) ; vérifiez la connexion réseau</translation>
    </message>
    <message>
        <source>Genesys Cloud keeps answering HTTP {status} on {request}; try again later</source>
        <translation>Genesys Cloud répond sans cesse HTTP {status} à {request} ; réessayez plus tard</translation>
    </message>
    <message>
        <source>Salesforce stopped sending changes for good: {why}</source>
        <translation>Salesforce a cessé définitivement d&apos;envoyer les changements : {why}</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up ({usage}). OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce a refusé l&apos;appel : la limite quotidienne d&apos;API de l&apos;organisation est atteinte ({usage}). OmniSync garde le dernier statut Omni-Channel connu et le relira un peu plus tard ; demandez à votre administrateur Salesforce de vérifier l&apos;utilisation de l&apos;API.</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up. OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce a refusé l&apos;appel : la limite quotidienne d&apos;API de l&apos;organisation est atteinte. OmniSync garde le dernier statut Omni-Channel connu et le relira un peu plus tard ; demandez à votre administrateur Salesforce de vérifier l&apos;utilisation de l&apos;API.</translation>
    </message>
    <message>
        <source>You are not signed in to Salesforce: sign in again</source>
        <translation>Vous n&apos;êtes pas connecté à Salesforce : reconnectez-vous</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP {status} ({code}): {message}</source>
        <translation>Salesforce a répondu HTTP {status} ({code}) : {message}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a host name only, got {value}</source>
        <translation>doit être un nom d’hôte seul, reçu {value}</translation>
    </message>
    <message>
        <source>leave out https://, any port and any path, e.g. {example}</source>
        <translation>omettez https://, tout port et tout chemin, par exemple {example}</translation>
    </message>
    <message>
        <source>is not a valid host name: {value}</source>
        <translation>n’est pas un nom d’hôte valide : {value}</translation>
    </message>
    <message>
        <source>write a host name, e.g. {example}</source>
        <translation>écrivez un nom d’hôte, par exemple {example}</translation>
    </message>
    <message>
        <source>is a Genesys host, not a region: {value}</source>
        <translation>est un hôte Genesys, pas une région : {value}</translation>
    </message>
    <message>
        <source>write the region domain only: {domain}</source>
        <translation>écrivez seulement le domaine de la région : {domain}</translation>
    </message>
    <message>
        <source>is not a Genesys Cloud region: {value}</source>
        <translation>n’est pas une région Genesys Cloud : {value}</translation>
    </message>
    <message>
        <source>write a region domain such as mypurecloud.com or euw2.pure.cloud (see Admin &gt; Organization Settings in Genesys Cloud)</source>
        <translation>écrivez un domaine de région comme mypurecloud.com ou euw2.pure.cloud (voir Admin &gt; Organization Settings dans Genesys Cloud)</translation>
    </message>
    <message>
        <source>is not an https origin: {value}</source>
        <translation>n’est pas une origine https : {value}</translation>
    </message>
    <message>
        <source>write the console&apos;s origin, e.g. https://acme.lightning.force.com</source>
        <translation>écrivez l’origine de la console, par exemple https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not an origin (scheme and host only): {value}</source>
        <translation>n’est pas une origine (schéma et hôte seulement) : {value}</translation>
    </message>
    <message>
        <source>leave out any path, e.g. https://acme.lightning.force.com</source>
        <translation>omettez tout chemin, par exemple https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>has no valid host name: {value}</source>
        <translation>n’a pas de nom d’hôte valide : {value}</translation>
    </message>
    <message>
        <source>e.g. https://acme.lightning.force.com</source>
        <translation>par exemple https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not a Genesys OAuth client id: {value}</source>
        <translation>n’est pas un identifiant de client OAuth Genesys : {value}</translation>
    </message>
    <message>
        <source>copy the Client ID (a GUID like 6f1c2a3b-...) from Admin &gt; Integrations &gt; OAuth</source>
        <translation>copiez le Client ID (un GUID comme 6f1c2a3b-...) depuis Admin &gt; Integrations &gt; OAuth</translation>
    </message>
    <message>
        <source>is not a Salesforce consumer key (10 to 256 characters, no spaces)</source>
        <translation>n’est pas une clé consommateur Salesforce (10 à 256 caractères, sans espace)</translation>
    </message>
    <message>
        <source>copy the Consumer Key of the connected app from Setup &gt; App Manager</source>
        <translation>copiez la Consumer Key de l’application connectée depuis Setup &gt; App Manager</translation>
    </message>
    <message>
        <source>use the port of the redirect URI registered for the OAuth client</source>
        <translation>utilisez le port de l’URI de redirection enregistrée pour le client OAuth</translation>
    </message>
    <message>
        <source>copy the idle timeout from Admin &gt; Organization Settings in Genesys Cloud</source>
        <translation>copiez le délai d’inactivité depuis Admin &gt; Organization Settings dans Genesys Cloud</translation>
    </message>
    <message>
        <source>is empty, which would allow no profile at all</source>
        <translation>est vide, ce qui n’autoriserait aucun profil</translation>
    </message>
    <message>
        <source>list at least one profile id, or remove the key to allow every profile</source>
        <translation>listez au moins un identifiant de profil, ou retirez la clé pour autoriser tous les profils</translation>
    </message>
    <message>
        <source>locks {profile}, which profiles.allowed does not list</source>
        <translation>verrouille {profile}, que profiles.allowed ne liste pas</translation>
    </message>
    <message>
        <source>add {profile} to profiles.allowed, or lock one of: {allowed}</source>
        <translation>ajoutez {profile} à profiles.allowed, ou verrouillez l’un de ceux-ci : {allowed}</translation>
    </message>
    <message>
        <source>The machine policy cannot be used, so profile switching is disabled until your administrator fixes it:
{problems}</source>
        <translation>La stratégie de l’ordinateur ne peut pas être utilisée : le changement de profil est désactivé jusqu’à ce que votre administrateur la corrige :
{problems}</translation>
    </message>
    <message>
        <source>let every user read it (it holds no secrets), e.g. mode 644</source>
        <translation>permettez à tous les utilisateurs de le lire (il ne contient aucun secret), par exemple le mode 644</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>Installed here: {profiles}; or ship that profile and check with --profiles DIR</source>
        <translation>Installés ici : {profiles} ; ou livrez ce profil et vérifiez avec --profiles DOSSIER</translation>
    </message>
    <message>
        <source>No profile is installed here; ship that profile and check with --profiles DIR</source>
        <translation>Aucun profil n’est installé ici ; livrez ce profil et vérifiez avec --profiles DOSSIER</translation>
    </message>
    <message>
        <source>{hint} {installed}</source>
        <translation>{hint} {installed}</translation>
    </message>
    <message>
        <source>your policy names the profile &quot;{profile}&quot;, which is not installed on this machine</source>
        <translation>votre stratégie nomme le profil « {profile} », qui n’est pas installé sur cet ordinateur</translation>
    </message>
    <message>
        <source>does not hold a dictionary of settings</source>
        <translation>ne contient pas de dictionnaire de réglages</translation>
    </message>
    <message>
        <source>give Users read access to the key (Group Policy does by default)</source>
        <translation>donnez aux Utilisateurs l’accès en lecture à la clé (la stratégie de groupe le fait par défaut)</translation>
    </message>
    <message>
        <source>deploy a configuration profile whose payload type is {type} (see packaging/macos/omnisync.mobileconfig)</source>
        <translation>déployez un profil de configuration dont le type de contenu est {type} (voir packaging/macos/omnisync.mobileconfig)</translation>
    </message>
    <message>
        <source>is not a property list ({error})</source>
        <translation>n’est pas une liste de propriétés ({error})</translation>
    </message>
    <message>
        <source>is not a configuration profile ({error})</source>
        <translation>n’est pas un profil de configuration ({error})</translation>
    </message>
    <message>
        <source>has {count} payloads of type {type}, not one</source>
        <translation>contient {count} contenus de type {type}, au lieu d’un seul</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>n’est pas du TOML valide ({error})</translation>
    </message>
    <message>
        <source>correct the file at the position named</source>
        <translation>corrigez le fichier à la position indiquée</translation>
    </message>
    <message>
        <source>cannot be used: {error}</source>
        <translation>ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
        <source>write only the keys and values docs/admin.md lists</source>
        <translation>n’écrivez que les clés et valeurs listées dans docs/admin.md</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({error})</source>
        <translation>n’est pas du texte UTF-8 ({error})</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>doit être une table, reçu {value}</translation>
    </message>
    <message>
        <source>write it as [{key}]</source>
        <translation>écrivez-le sous la forme [{key}]</translation>
    </message>
    <message>
        <source>is {number}, written for a newer OmniSync (this one reads version {supported})</source>
        <translation>vaut {number}, écrit pour un OmniSync plus récent (celui-ci lit la version {supported})</translation>
    </message>
    <message>
        <source>update OmniSync, or write the file for version 1</source>
        <translation>mettez OmniSync à jour, ou écrivez le fichier pour la version 1</translation>
    </message>
    <message>
        <source>must be 1, got {number}</source>
        <translation>doit valoir 1, reçu {number}</translation>
    </message>
    <message>
        <source>write version = 1</source>
        <translation>écrivez version = 1</translation>
    </message>
    <message>
        <source>did you mean {key}?</source>
        <translation>vouliez-vous dire {key} ?</translation>
    </message>
    <message>
        <source>remove it (known keys here: {keys})</source>
        <translation>retirez-la (clés connues ici : {keys})</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>n’est pas une clé connue</translation>
    </message>
    <message>
        <source>must be text in quotes, got {value}</source>
        <translation>doit être un texte entre guillemets, reçu {value}</translation>
    </message>
    <message>
        <source>write it as &quot;...&quot;</source>
        <translation>écrivez-le sous la forme &quot;...&quot;</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>give a value, or remove the key to use the default</source>
        <translation>donnez une valeur, ou retirez la clé pour utiliser la valeur par défaut</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>doit valoir true ou false, reçu {value}</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>écrivez true ou false</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>write digits only, e.g. 1</source>
        <translation>écrivez seulement des chiffres, par exemple 1</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {number}</source>
        <translation>doit être entre {low} et {high}, reçu {number}</translation>
    </message>
    <message>
        <source>must be a list, got {value}</source>
        <translation>doit être une liste, reçu {value}</translation>
    </message>
    <message>
        <source>write it as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>écrivez-le sous la forme [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a profile id: {value}</source>
        <translation>n’est pas un identifiant de profil : {value}</translation>
    </message>
    <message>
        <source>use the id of a profile (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;), e.g. default</source>
        <translation>utilisez l’identifiant d’un profil (lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;), par exemple default</translation>
    </message>
    <message>
        <source>is not a language the app speaks: {value}</source>
        <translation>n’est pas une langue que l’application parle : {value}</translation>
    </message>
    <message>
        <source>write one of {languages}, or remove the key to follow the system&apos;s language</source>
        <translation>écrivez l’une de ces valeurs : {languages}, ou retirez la clé pour suivre la langue du système</translation>
    </message>
    <message>
        <source>The original file was kept as {path}; OmniSync uses its valid values and the defaults for the rest.</source>
        <translation>Le fichier d’origine a été conservé sous {path} ; OmniSync utilise ses valeurs valides et les valeurs par défaut pour le reste.</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>vérifiez ses droits d’accès</translation>
    </message>
    <message>
        <source>could not be moved aside ({error}), so the next save replaces it</source>
        <translation>n’a pas pu être mis de côté ({error}) : le prochain enregistrement le remplacera</translation>
    </message>
    <message>
        <source>copy it somewhere safe before changing a setting</source>
        <translation>copiez-le en lieu sûr avant de changer un réglage</translation>
    </message>
    <message>
        <source>Could not save settings: {problems} The file was left as it is.</source>
        <translation>Impossible d’enregistrer les réglages : {problems} Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>Could not save settings to {path} ({error}); the previous settings are unchanged. Check that the folder is writable.</source>
        <translation>Impossible d’enregistrer les réglages dans {path} ({error}) ; les réglages précédents sont inchangés. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Cannot create {folder} ({error}).</source>
        <translation>Impossible de créer {folder} ({error}).</translation>
    </message>
    <message>
        <source>No file manager opened it; the logs are in {folder}.</source>
        <translation>Aucun gestionnaire de fichiers ne l’a ouvert&#xa0;; les journaux sont dans {folder}.</translation>
    </message>
    <message>
        <source>Keeps your Genesys Cloud and Omni-Channel statuses in sync, on this computer, with your own sign-in to each.</source>
        <translation>Synchronise vos statuts Genesys Cloud et Omni-Channel, sur cet ordinateur, avec votre propre connexion à chacun.</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Journaux&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>For your administrator, the setup guide: {path}</source>
        <translation>Pour votre administrateur, le guide d’installation&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>status window</name>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routage&#xa0;:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Travail&#xa0;:</translation>
    </message>
    <message>
        <source>Console link route:</source>
        <translation>Liaison avec la console&#xa0;:</translation>
    </message>
    <message>
        <source>{channel}:</source>
        <translation>{channel}&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>What the app did (newest first)</source>
        <translation>Ce que l’application a fait (le plus récent en premier)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil&#xa0;: {profile}</translation>
    </message>
    <message>
        <source>Reason given: {error}</source>
        <translation>Motif indiqué : {error}</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>connexion nécessaire</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>en transition</translation>
    </message>
    <message>
        <source>held by your Genesys Cloud work</source>
        <translation>retenu par votre travail dans Genesys Cloud</translation>
    </message>
    <message>
        <source>held by your Omni-Channel work</source>
        <translation>retenu par votre travail dans Omni-Channel</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>your own choice</source>
        <translation>votre propre choix</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>{product}: {account}</source>
        <translation>{product}&#xa0;: {account}</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>sign in again soon</source>
        <translation>reconnexion bientôt nécessaire</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>reconnexion nécessaire</translation>
    </message>
    <message>
        <source>{sign_in} (until {time})</source>
        <translation>{sign_in} (jusqu’à {time})</translation>
    </message>
    <message>
        <source>no interaction</source>
        <translation>aucune interaction</translation>
    </message>
    <message>
        <source>an interaction is alerting</source>
        <translation>une interaction sonne</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>en interaction</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>travail après appel</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>hors file</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>en communication</translation>
    </message>
    <message>
        <source>no work</source>
        <translation>aucun travail</translation>
    </message>
    <message>
        <source>active work: {active}</source>
        <translation>travail en cours&#xa0;: {active}</translation>
    </message>
    <message>
        <source>active work: {active}, offered: {offered}</source>
        <translation>travail en cours&#xa0;: {active}, proposé&#xa0;: {offered}</translation>
    </message>
    <message>
        <source>{product}: {status}</source>
        <translation>{product}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{product}: {status} · {work}</source>
        <translation>{product}&#xa0;: {status} · {work}</translation>
    </message>
    <message>
        <source>Sync: paused by you</source>
        <translation>Synchronisation&#xa0;: mise en pause par vous</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Synchronisation&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud and Salesforce to start syncing.</source>
        <translation>Connectez-vous à Genesys Cloud et à Salesforce pour lancer la synchronisation.</translation>
    </message>
    <message>
        <source>Sign in to {product} to start syncing.</source>
        <translation>Connectez-vous à {product} pour lancer la synchronisation.</translation>
    </message>
    <message>
        <source>Sync is paused: the app changes no status until you resume it.</source>
        <translation>La synchronisation est en pause&#xa0;: l’application ne change aucun statut jusqu’à ce que vous la repreniez.</translation>
    </message>
    <message>
        <source>Reading your statuses…</source>
        <translation>Lecture de vos statuts…</translation>
    </message>
    <message>
        <source>You are offline in Omni-Channel, so sync waits until you are back.</source>
        <translation>Vous êtes hors ligne dans Omni-Channel&#xa0;: la synchronisation attend votre retour.</translation>
    </message>
    <message>
        <source>You are offline in Genesys Cloud, so sync waits until you are back.</source>
        <translation>Vous êtes hors ligne dans Genesys Cloud&#xa0;: la synchronisation attend votre retour.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud; Omni-Channel follows as {omni}.</source>
        <translation>Vous êtes sur {genesys} dans Genesys Cloud&#xa0;; Omni-Channel suit sur {omni}.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel, in transition.</source>
        <translation>Vous êtes sur {genesys} dans Genesys Cloud et sur {omni} dans Omni-Channel, en transition.</translation>
    </message>
    <message>
        <source>You are working in Genesys Cloud, so Omni-Channel is held at {omni}.</source>
        <translation>Vous travaillez dans Genesys Cloud&#xa0;: Omni-Channel est donc maintenu sur {omni}.</translation>
    </message>
    <message>
        <source>You are working in Omni-Channel, so Genesys Cloud is held at {genesys}.</source>
        <translation>Vous travaillez dans Omni-Channel&#xa0;: Genesys Cloud est donc maintenu sur {genesys}.</translation>
    </message>
    <message>
        <source>You chose {genesys} in Genesys Cloud and {omni} in Omni-Channel; no rule applies.</source>
        <translation>Vous avez choisi {genesys} dans Genesys Cloud et {omni} dans Omni-Channel&#xa0;; aucune règle ne s’applique.</translation>
    </message>
    <message>
        <source>Sync waits: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel, and one of them is offline.</source>
        <translation>La synchronisation attend&#xa0;: vous êtes sur {genesys} dans Genesys Cloud et sur {omni} dans Omni-Channel, et l’un des deux est hors ligne.</translation>
    </message>
    <message>
        <source>Sync is off: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel.</source>
        <translation>La synchronisation est désactivée&#xa0;: vous êtes sur {genesys} dans Genesys Cloud et sur {omni} dans Omni-Channel.</translation>
    </message>
    <message>
        <source>{product} will sign the app out at {time}: your organization ends sessions after {minutes} minutes without activity. Sign in again then (or now).</source>
        <translation>{product} déconnectera l’application à {time} : votre organisation ferme les sessions après {minutes} minutes sans activité. Reconnectez-vous à ce moment-là (ou dès maintenant).</translation>
    </message>
    <message>
        <source>Sign in to {product} again: your organization ended the app&apos;s session after {minutes} minutes without activity. Nothing syncs until you do.</source>
        <translation>Reconnectez-vous à {product} : votre organisation a fermé la session de l’application après {minutes} minutes sans activité. Rien n’est synchronisé tant que vous ne l’avez pas fait.</translation>
    </message>
    <message>
        <source>Sign in to {product} again before {time}, when your session ends.</source>
        <translation>Reconnectez-vous à {product} avant {time}, heure de fin de votre session.</translation>
    </message>
    <message>
        <source>Sign in to {product}: nothing syncs until you do.</source>
        <translation>Connectez-vous à {product}&#xa0;: rien n’est synchronisé tant que vous ne l’avez pas fait.</translation>
    </message>
    <message>
        <source>Open your Salesforce console and keep it open: the app sets your Omni-Channel status through it.</source>
        <translation>Ouvrez votre console Salesforce et gardez-la ouverte&#xa0;: l’application règle votre statut Omni-Channel par son intermédiaire.</translation>
    </message>
    <message>
        <source>Set {product} to {status} yourself: {reason}.</source>
        <translation>Réglez vous-même {product} sur {status}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Log in to Omni-Channel again when you are ready: {why}.</source>
        <translation>Reconnectez-vous à Omni-Channel quand vous êtes prêt : {why}.</translation>
    </message>
    <message>
        <source>Choose another profile: this one does not fit your org ({problem}).</source>
        <translation>Choisissez un autre profil&#xa0;: celui-ci ne convient pas à votre organisation ({problem}).</translation>
    </message>
    <message>
        <source>the app cannot set it now</source>
        <translation>l’application ne peut pas le faire maintenant</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud</source>
        <translation>Se connecter à Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Se connecter à Salesforce</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Open your Salesforce console</source>
        <translation>Ouvrez votre console Salesforce</translation>
    </message>
    <message>
        <source>Please set your status</source>
        <translation>Veuillez régler votre statut</translation>
    </message>
    <message>
        <source>Choose another profile</source>
        <translation>Choisissez un autre profil</translation>
    </message>
    <message>
        <source>Omni-Channel logged you out</source>
        <translation>Omni-Channel vous a déconnecté</translation>
    </message>
    <message>
        <source>Something needs you.</source>
        <translation>Une action de votre part est nécessaire.</translation>
    </message>
    <message>
        <source>Genesys Cloud connection</source>
        <translation>Connexion Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud live updates</source>
        <translation>Mises à jour en direct Genesys Cloud</translation>
    </message>
    <message>
        <source>Salesforce connection</source>
        <translation>Connexion Salesforce</translation>
    </message>
    <message>
        <source>Salesforce live updates</source>
        <translation>Mises à jour en direct Salesforce</translation>
    </message>
    <message>
        <source>Salesforce console link</source>
        <translation>Lien avec la console Salesforce</translation>
    </message>
    <message>
        <source>working</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limité</translation>
    </message>
    <message>
        <source>down</source>
        <translation>coupé</translation>
    </message>
    <message>
        <source>{health} ({detail})</source>
        <translation>{health} ({detail})</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas démarré</translation>
    </message>
    <message>
        <source>{channel}: {health}</source>
        <translation>{channel}&#xa0;: {health}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Choisir un profil…</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>noté</translation>
    </message>
    <message>
        <source>setting…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>asked you</source>
        <translation>demandé à vous</translation>
    </message>
    <message>
        <source>{outcome}: {detail}</source>
        <translation>{outcome}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud, so Omni-Channel follows as {status}.</source>
        <translation>Vous êtes passé On Queue dans Genesys Cloud&#xa0;: Omni-Channel suit donc sur {status}.</translation>
    </message>
    <message>
        <source>Omni-Channel went to its mapped status, so Genesys Cloud follows as {status}.</source>
        <translation>Omni-Channel est passé à son statut associé&#xa0;: Genesys Cloud suit donc sur {status}.</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud, so Omni-Channel is set to {status}.</source>
        <translation>Vous avez quitté On Queue dans Genesys Cloud&#xa0;: Omni-Channel passe donc sur {status}.</translation>
    </message>
    <message>
        <source>You left the mapped status in Omni-Channel, so Genesys Cloud is set to {status}.</source>
        <translation>Vous avez quitté le statut associé dans Omni-Channel&#xa0;: Genesys Cloud passe donc sur {status}.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started, so Genesys Cloud is held at {status}.</source>
        <translation>Votre travail Omni-Channel a commencé&#xa0;: Genesys Cloud est donc maintenu sur {status}.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended, so Genesys Cloud is back to {status}.</source>
        <translation>Votre travail Omni-Channel est terminé&#xa0;: Genesys Cloud revient donc sur {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started, so Omni-Channel is held at {status}.</source>
        <translation>Votre interaction Genesys Cloud a commencé&#xa0;: Omni-Channel est donc maintenu sur {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended, so Omni-Channel is back to {status}.</source>
        <translation>Votre interaction Genesys Cloud est terminée&#xa0;: Omni-Channel revient donc sur {status}.</translation>
    </message>
    <message>
        <source>The transition time is over, so Omni-Channel moves on to {status}.</source>
        <translation>Le temps de transition est écoulé&#xa0;: Omni-Channel passe donc à {status}.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore choisie</translation>
    </message>
    <message>
        <source>direct, on this computer</source>
        <translation>directe, sur cet ordinateur</translation>
    </message>
    <message>
        <source>through your Salesforce record: {why}</source>
        <translation>par votre enregistrement Salesforce&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Salesforce console link: {route}</source>
        <translation>Liaison avec la console Salesforce&#xa0;: {route}</translation>
    </message>
    <message>
        <source>{text} The app cannot set it now: {reason}.</source>
        <translation>{text} L&apos;application ne peut pas le régler maintenant : {reason}.</translation>
    </message>
</context>
</TS>
