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
        <source>Signing in to {product} failed: {error}</source>
        <translation>La connexion à {product} a échoué : {error}</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>vous vous êtes déconnecté</translation>
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
        <source>waiting for the Salesforce console link</source>
        <translation>en attente du lien avec la console Salesforce</translation>
    </message>
    <message>
        <source>not needed while the console link is direct</source>
        <translation>inutile tant que le lien avec la console est direct</translation>
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
        <source>Salesforce could not be read: {error}</source>
        <translation>Impossible de lire Salesforce : {error}</translation>
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
    <name>tray</name>
    <message>
        <source>{app}: starting…</source>
        <translation>{app} : démarrage…</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil&#xa0;: {profile}</translation>
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
