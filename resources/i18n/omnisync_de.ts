<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>app</name>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} kann nicht starten</translation>
    </message>
    <message>
        <source>Sync could not start</source>
        <translation>Die Synchronisierung konnte nicht starten</translation>
    </message>
    <message>
        <source>{error}

See the log folder for details.</source>
        <translation>{error}

Einzelheiten stehen im Protokollordner.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Pause not changed</source>
        <translation>Pause nicht geändert</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Erneuter Versuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Resync failed</source>
        <translation>Neusynchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>Neu verbinden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Profile not changed</source>
        <translation>Profil nicht geändert</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; cannot be used, so the current one stays:</source>
        <translation>Das Profil „{profile}“ kann nicht verwendet werden, das aktuelle bleibt aktiv:</translation>
    </message>
    <message>
        <source>Sign-in to {product} failed</source>
        <translation>Anmeldung bei {product} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-out of {product} failed</source>
        <translation>Abmeldung von {product} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Taken back after the restart: {product} is still {status} as the app set it for your work, so it goes back to {previous} when the work ends.</source>
        <translation>Nach dem Neustart übernommen: {product} ist noch {status}, wie die App es für Ihre Arbeit gesetzt hat, und kehrt nach der Arbeit zu {previous} zurück.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the app had set {product} for your work, but it now shows {status}, so it will not be restored to {previous}.</source>
        <translation>Nach dem Neustart verworfen: Die App hatte {product} für Ihre Arbeit gesetzt, aber es zeigt jetzt {status}, daher wird {previous} nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Taken back after the restart: the transition timer runs on from before it.</source>
        <translation>Nach dem Neustart übernommen: Der Übergangstimer läuft von vorher weiter.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the transition timer, since Omni-Channel now shows {status}.</source>
        <translation>Nach dem Neustart verworfen: der Übergangstimer, da Omni-Channel jetzt {status} zeigt.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud routing status is {routing}</source>
        <translation>Ihr Routing-Status in Genesys Cloud ist {routing}</translation>
    </message>
    <message>
        <source>Your Genesys Cloud work: {work}</source>
        <translation>Ihre Arbeit in Genesys Cloud: {work}</translation>
    </message>
    <message>
        <source>Your Omni-Channel work: {active} active, {count} in all</source>
        <translation>Ihre Arbeit in Omni-Channel: {active} aktiv, {count} insgesamt</translation>
    </message>
    <message>
        <source>The app can set your {product} status</source>
        <translation>Die App kann Ihren Status in {product} setzen</translation>
    </message>
    <message>
        <source>The app cannot set your {product} status: {why}</source>
        <translation>Die App kann Ihren Status in {product} nicht setzen: {why}</translation>
    </message>
    <message>
        <source>You asked to resync now, but sync is off</source>
        <translation>Sie haben eine Neusynchronisierung angefordert, aber die Synchronisierung ist aus</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}</source>
        <translation>Genesys Cloud ist {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}</source>
        <translation>Omni-Channel ist {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}: {why}</source>
        <translation>Omni-Channel ist {status}: {why}</translation>
    </message>
    <message>
        <source>{observed}: you did as asked</source>
        <translation>{observed}: Sie haben getan, worum gebeten wurde</translation>
    </message>
    <message>
        <source>{observed}: the app&apos;s own change</source>
        <translation>{observed}: die eigene Änderung der App</translation>
    </message>
    <message>
        <source>The app&apos;s earlier change of {product} landed after you had chosen {status}</source>
        <translation>Die frühere Änderung von {product} durch die App kam an, nachdem Sie {status} gewählt hatten</translation>
    </message>
    <message>
        <source>your choice wins</source>
        <translation>Ihre Wahl hat Vorrang</translation>
    </message>
    <message>
        <source>You chose {status} in Genesys Cloud during your Omni-Channel work</source>
        <translation>Sie haben {status} in Genesys Cloud während Ihrer Arbeit in Omni-Channel gewählt</translation>
    </message>
    <message>
        <source>You chose {status} in Omni-Channel during your Genesys Cloud interaction</source>
        <translation>Sie haben {status} in Omni-Channel während Ihrer Interaktion in Genesys Cloud gewählt</translation>
    </message>
    <message>
        <source>blocking status; {status} follows when the work ends</source>
        <translation>Sperrstatus; {status} folgt, wenn die Arbeit endet</translation>
    </message>
    <message>
        <source>{master} leads and you changed {product} to {status}</source>
        <translation>{master} führt, und Sie haben {product} auf {status} geändert</translation>
    </message>
    <message>
        <source>put back: {product} follows {master}</source>
        <translation>zurückgesetzt: {product} folgt {master}</translation>
    </message>
    <message>
        <source>You changed {product} to {status} while it was held, so it will not be restored to {previous} when the work ends.</source>
        <translation>Sie haben {product} auf {status} geändert, während es gehalten wurde, daher wird {previous} nach der Arbeit nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>your own choice wins</source>
        <translation>Ihre eigene Wahl hat Vorrang</translation>
    </message>
    <message>
        <source>{observed} (you missed an offered interaction; no rule applies)</source>
        <translation>{observed} (Sie haben eine angebotene Interaktion verpasst; keine Regel greift)</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud</source>
        <translation>Sie sind in Genesys Cloud auf On Queue gegangen</translation>
    </message>
    <message>
        <source>You went to {status} in Omni-Channel</source>
        <translation>Sie sind in Omni-Channel auf {status} gegangen</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud for {status}</source>
        <translation>Sie haben in Genesys Cloud On Queue für {status} verlassen</translation>
    </message>
    <message>
        <source>You left {old} in Omni-Channel for {status}</source>
        <translation>Sie haben in Omni-Channel {old} für {status} verlassen</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started</source>
        <translation>Ihre Arbeit in Omni-Channel hat begonnen</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}, not On Queue: nothing to hold</source>
        <translation>Genesys Cloud ist {status}, nicht On Queue: nichts zu halten</translation>
    </message>
    <message>
        <source>Taken back after the restart: the away timer for {product} runs on from before it (it fires at once if its time has passed).</source>
        <translation>Nach dem Neustart übernommen: Der Abwesenheits-Timer für {product} läuft von vorher weiter (er löst sofort aus, wenn seine Zeit abgelaufen ist).</translation>
    </message>
    <message>
        <source>Dropped after the restart: the away timer, since {product} now shows {status}.</source>
        <translation>Nach dem Neustart verworfen: der Abwesenheits-Timer, da {product} jetzt {status} zeigt.</translation>
    </message>
    <message>
        <source>it is no longer Offline</source>
        <translation>es ist nicht mehr Offline</translation>
    </message>
    <message>
        <source>both products read again</source>
        <translation>beide Produkte neu gelesen</translation>
    </message>
    <message>
        <source>not read again: {products}</source>
        <translation>nicht neu gelesen: {products}</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): the rules applied to your statuses</source>
        <translation>Sie haben eine Neusynchronisierung angefordert ({read}): Die Regeln wurden auf Ihre Status angewendet</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): nothing to change</source>
        <translation>Sie haben eine Neusynchronisierung angefordert ({read}): nichts zu ändern</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended while the app was not running</source>
        <translation>Ihre Omni-Channel-Arbeit endete, während die App nicht lief</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended while the app was not running</source>
        <translation>Ihre Genesys Cloud-Interaktion endete, während die App nicht lief</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel started</source>
        <translation>Ihre {channels}-Arbeit in Omni-Channel hat begonnen</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel uses {load}% of your capacity (the hold starts at {threshold}%)</source>
        <translation>Ihre {channels}-Arbeit in Omni-Channel nutzt {load} % Ihrer Kapazität (das Halten beginnt bei {threshold} %)</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended</source>
        <translation>Ihre Arbeit in Omni-Channel ist beendet</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started</source>
        <translation>Ihre Interaktion in Genesys Cloud hat begonnen</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}, which routes no work: nothing to hold</source>
        <translation>Omni-Channel ist {status}, womit keine Arbeit geroutet wird: nichts zu halten</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended</source>
        <translation>Ihre Interaktion in Genesys Cloud ist beendet</translation>
    </message>
    <message>
        <source>mapped status, deferred until now</source>
        <translation>zugeordneter Status, bis jetzt aufgeschoben</translation>
    </message>
    <message>
        <source>restore after a block is off</source>
        <translation>Wiederherstellen nach einer Sperre ist aus</translation>
    </message>
    <message>
        <source>{product} is now {status}, no longer the mapped status</source>
        <translation>{product} ist jetzt {status}, nicht mehr der zugeordnete Status</translation>
    </message>
    <message>
        <source>restored after the hold</source>
        <translation>nach dem Halten wiederhergestellt</translation>
    </message>
    <message>
        <source>The transition time is over</source>
        <translation>Die Übergangszeit ist vorbei</translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>Zeit ist vergangen</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>Omni-Channel was in {status} for {seconds} s</source>
        <translation>Omni-Channel war {seconds} s lang {status}</translation>
    </message>
    <message>
        <source>status after the transition time</source>
        <translation>Status nach der Übergangszeit</translation>
    </message>
    <message>
        <source>your {product} status is not known</source>
        <translation>Ihr Status in {product} ist nicht bekannt</translation>
    </message>
    <message>
        <source>{product} is Offline too</source>
        <translation>{product} ist auch offline</translation>
    </message>
    <message>
        <source>status when away</source>
        <translation>Status bei Abwesenheit</translation>
    </message>
    <message>
        <source>Your {product} status is unknown: {why}</source>
        <translation>Ihr Status in {product} ist unbekannt: {why}</translation>
    </message>
    <message>
        <source>Your {product} status is unknown</source>
        <translation>Ihr Status in {product} ist unbekannt</translation>
    </message>
    <message>
        <source>Setting {product} failed: {error}</source>
        <translation>Das Setzen von {product} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Setting {product} failed</source>
        <translation>Das Setzen von {product} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting for your status in both products</source>
        <translation>warte auf Ihren Status in beiden Produkten</translation>
    </message>
    <message>
        <source>Genesys Cloud is Offline: sync is suspended</source>
        <translation>Genesys Cloud ist offline: Die Synchronisierung ist ausgesetzt</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline ({why}): sync is suspended</source>
        <translation>Omni-Channel ist offline ({why}): Die Synchronisierung ist ausgesetzt</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline: sync is suspended</source>
        <translation>Omni-Channel ist offline: Die Synchronisierung ist ausgesetzt</translation>
    </message>
    <message>
        <source>{why}, so {product} was set to {status} ({role}).</source>
        <translation>{why}, daher wurde {product} auf {status} gesetzt ({role}).</translation>
    </message>
    <message>
        <source>{why}: please set {product} to {status} ({role}).</source>
        <translation>{why}: Bitte setzen Sie {product} auf {status} ({role}).</translation>
    </message>
    <message>
        <source>{why}; {product} was left as it is: {reason}.</source>
        <translation>{why}; {product} wurde belassen: {reason}.</translation>
    </message>
    <message>
        <source>another rule already changes it for this event</source>
        <translation>eine andere Regel ändert es für dieses Ereignis bereits</translation>
    </message>
    <message>
        <source>it already is</source>
        <translation>das ist es schon</translation>
    </message>
    <message>
        <source>mapped status</source>
        <translation>zugeordneter Status</translation>
    </message>
    <message>
        <source>transition status</source>
        <translation>Übergangsstatus</translation>
    </message>
    <message>
        <source>holding status</source>
        <translation>Haltestatus</translation>
    </message>
    <message>
        <source>kept from before the restart</source>
        <translation>von vor dem Neustart übernommen</translation>
    </message>
    <message>
        <source>it no longer shows what the app set</source>
        <translation>es zeigt nicht mehr, was die App gesetzt hat</translation>
    </message>
    <message>
        <source>you are in a Genesys Cloud interaction; deferred until it ends</source>
        <translation>Sie sind in einer Interaktion in Genesys Cloud; aufgeschoben, bis sie endet</translation>
    </message>
    <message>
        <source>you are working in Omni-Channel; deferred until the work ends</source>
        <translation>Sie arbeiten in Omni-Channel; aufgeschoben, bis die Arbeit endet</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>an interaction alerting</source>
        <translation>eine klingelnde Interaktion</translation>
    </message>
    <message>
        <source>an active interaction</source>
        <translation>eine aktive Interaktion</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>außerhalb der Warteschlange</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>in Interaktion</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>reagiert nicht</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>in Kommunikation</translation>
    </message>
    <message>
        <source>{product} is {status}, which you chose</source>
        <translation>{product} ist {status}, von Ihnen gewählt</translation>
    </message>
    <message>
        <source>{product} stayed Offline for {seconds} s</source>
        <translation>{product} war {seconds} s lang offline</translation>
    </message>
    <message>
        <source>{observed} (start-up snapshot)</source>
        <translation>{observed} (beim Start gelesen)</translation>
    </message>
    <message>
        <source>{observed} (unchanged)</source>
        <translation>{observed} (unverändert)</translation>
    </message>
    <message>
        <source>{observed}: a late change of the app&apos;s</source>
        <translation>{observed}: eine verspätete Änderung der App</translation>
    </message>
    <message>
        <source>you opened Omni-Channel in another browser tab</source>
        <translation>Sie haben Omni-Channel in einem anderen Browser-Tab geöffnet</translation>
    </message>
    <message>
        <source>you signed in to Omni-Channel on another browser or computer</source>
        <translation>Sie haben sich in einem anderen Browser oder auf einem anderen Computer bei Omni-Channel angemeldet</translation>
    </message>
    <message>
        <source>Salesforce logged you out for maintenance</source>
        <translation>Salesforce hat Sie wegen Wartung abgemeldet</translation>
    </message>
    <message>
        <source>a supervisor logged you out</source>
        <translation>ein Supervisor hat Sie abgemeldet</translation>
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
        <source>Resync now</source>
        <translation>Jetzt neu synchronisieren</translation>
    </message>
    <message>
        <source>Apply the sync rules to your current statuses in both products now</source>
        <translation>Die Synchronisierungsregeln jetzt auf Ihre aktuellen Status in beiden Produkten anwenden</translation>
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
<context>
    <name>no tray</name>
    <message>
        <source>No system tray was found on this desktop, so OmniSync shows this window instead. Closing it minimises it; use Quit to stop syncing.</source>
        <translation>Auf diesem Desktop gibt es keinen Infobereich, daher zeigt OmniSync stattdessen dieses Fenster. Schließen minimiert es; mit Beenden stoppen Sie die Synchronisierung.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>{product} is now {status}.</source>
        <translation>{product} steht jetzt auf {status}.</translation>
    </message>
    <message>
        <source>OmniSync changed your status</source>
        <translation>OmniSync hat Ihren Status geändert</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>The machine policy file has errors; ask your administrator</source>
        <translation>Die Richtliniendatei des Computers enthält Fehler; wenden Sie sich an Ihren Administrator</translation>
    </message>
    <message>
        <source>Locked to {profile} by your administrator</source>
        <translation>Von Ihrem Administrator auf {profile} festgelegt</translation>
    </message>
    <message>
        <source>Locked to a profile that is not installed; ask your administrator</source>
        <translation>Auf ein Profil festgelegt, das nicht installiert ist; wenden Sie sich an Ihren Administrator</translation>
    </message>
    <message>
        <source>The machine policy ({path}) locks profile {locked}, which is not installed; staying on {active}. Ask your administrator.</source>
        <translation>Die Richtlinie des Computers ({path}) legt das Profil {locked} fest, das nicht installiert ist; Sie bleiben bei {active}. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Not allowed on this machine by your administrator</source>
        <translation>Von Ihrem Administrator auf diesem Computer nicht erlaubt</translation>
    </message>
    <message>
        <source>The machine policy ({path}) allows none of the installed profiles; staying on {active}. Ask your administrator.</source>
        <translation>Die Richtlinie des Computers ({path}) erlaubt keines der installierten Profile; Sie bleiben bei {active}. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Profile {chosen} is not allowed on this machine; using {active} instead.</source>
        <translation>Das Profil {chosen} ist auf diesem Computer nicht erlaubt; stattdessen wird {active} verwendet.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Language not saved</source>
        <translation>Sprache nicht gespeichert</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Start beim Anmelden nicht geändert</translation>
    </message>
    <message>
        <source>Notification setting not saved</source>
        <translation>Benachrichtigungseinstellung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>You paused sync</source>
        <translation>Sie haben die Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>You resumed sync</source>
        <translation>Sie haben die Synchronisierung fortgesetzt</translation>
    </message>
    <message>
        <source>Signing in to {product} failed: {error}</source>
        <translation>Die Anmeldung bei {product} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>Sie haben sich abgemeldet</translation>
    </message>
    <message>
        <source>you changed it first</source>
        <translation>Sie haben es zuerst geändert</translation>
    </message>
    <message>
        <source>your session ended</source>
        <translation>Ihre Sitzung ist beendet</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel (read now)</source>
        <translation>Sie sind {genesys} in Genesys Cloud und {omni} in Omni-Channel (jetzt gelesen)</translation>
    </message>
    <message>
        <source>the change was not confirmed in time</source>
        <translation>die Änderung wurde nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>Profile &quot;{profile}&quot; is active</source>
        <translation>Profil „{profile}“ ist aktiv</translation>
    </message>
    <message>
        <source>{task} failed ({error}); retrying in {seconds} s</source>
        <translation>{task} ist fehlgeschlagen ({error}); neuer Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>Salesforce console link: direct, on this computer</source>
        <translation>Salesforce-Konsolenverbindung: direkt, auf diesem Computer</translation>
    </message>
    <message>
        <source>Salesforce console link: through the Salesforce record ({why})</source>
        <translation>Salesforce-Konsolenverbindung: über den Salesforce-Datensatz ({why})</translation>
    </message>
    <message>
        <source>waiting for the Salesforce console link</source>
        <translation>wartet auf die Salesforce-Konsolenverbindung</translation>
    </message>
    <message>
        <source>not needed while the console link is direct</source>
        <translation>nicht nötig, solange die Konsolenverbindung direkt ist</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>loading presence definitions</source>
        <translation>Präsenzstatus werden geladen</translation>
    </message>
    <message>
        <source>connecting to notifications</source>
        <translation>Verbindung zu den Benachrichtigungen wird aufgebaut</translation>
    </message>
    <message>
        <source>receiving notifications</source>
        <translation>Benachrichtigungen werden empfangen</translation>
    </message>
    <message>
        <source>moved to a new channel ({trouble})</source>
        <translation>auf einen neuen Kanal gewechselt ({trouble})</translation>
    </message>
    <message>
        <source>the notification socket closed</source>
        <translation>die Benachrichtigungsverbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>no heartbeat arrived in time</source>
        <translation>kein Lebenszeichen kam rechtzeitig an</translation>
    </message>
    <message>
        <source>the server announced it will close the socket</source>
        <translation>der Server hat angekündigt, die Verbindung zu schließen</translation>
    </message>
    <message>
        <source>the notification channel no longer exists</source>
        <translation>der Benachrichtigungskanal existiert nicht mehr</translation>
    </message>
    <message>
        <source>the token was revoked</source>
        <translation>das Token wurde widerrufen</translation>
    </message>
    <message>
        <source>the channel is close to its 24-hour expiry</source>
        <translation>der Kanal läuft bald nach 24 Stunden ab</translation>
    </message>
    <message>
        <source>Salesforce could not be read: {error}</source>
        <translation>Salesforce konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Cannot create {folder} ({error}).</source>
        <translation>{folder} kann nicht angelegt werden ({error}).</translation>
    </message>
    <message>
        <source>No file manager opened it; the logs are in {folder}.</source>
        <translation>Kein Dateimanager hat ihn geöffnet; die Protokolle liegen in {folder}.</translation>
    </message>
    <message>
        <source>Keeps your Genesys Cloud and Omni-Channel statuses in sync, on this computer, with your own sign-in to each.</source>
        <translation>Hält Ihre Status in Genesys Cloud und Omni-Channel synchron, auf diesem Computer, mit Ihrer eigenen Anmeldung bei beiden.</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Protokolle: {folder}</translation>
    </message>
    <message>
        <source>For your administrator, the setup guide: {path}</source>
        <translation>Für Ihre Administration, die Einrichtungsanleitung: {path}</translation>
    </message>
</context>
<context>
    <name>status window</name>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routing:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Arbeit:</translation>
    </message>
    <message>
        <source>Console link route:</source>
        <translation>Verbindung zur Konsole:</translation>
    </message>
    <message>
        <source>{channel}:</source>
        <translation>{channel}:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Jetzt zu tun</translation>
    </message>
    <message>
        <source>What the app did (newest first)</source>
        <translation>Was die App getan hat (neueste zuerst)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>{app}: starting…</source>
        <translation>{app}: wird gestartet…</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil: {profile}</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>im Übergang</translation>
    </message>
    <message>
        <source>held by your Genesys Cloud work</source>
        <translation>gehalten durch Ihre Arbeit in Genesys Cloud</translation>
    </message>
    <message>
        <source>held by your Omni-Channel work</source>
        <translation>gehalten durch Ihre Arbeit in Omni-Channel</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>your own choice</source>
        <translation>Ihre eigene Wahl</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>{product}: {account}</source>
        <translation>{product}: {account}</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>sign in again soon</source>
        <translation>bald erneut anmelden</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>erneut anmelden</translation>
    </message>
    <message>
        <source>{sign_in} (until {time})</source>
        <translation>{sign_in} (bis {time})</translation>
    </message>
    <message>
        <source>no interaction</source>
        <translation>keine Interaktion</translation>
    </message>
    <message>
        <source>an interaction is alerting</source>
        <translation>eine Interaktion klingelt</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>in Interaktion</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>nicht in der Warteschlange</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>reagiert nicht</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>in Kommunikation</translation>
    </message>
    <message>
        <source>no work</source>
        <translation>keine Arbeit</translation>
    </message>
    <message>
        <source>active work: {active}</source>
        <translation>aktive Arbeit: {active}</translation>
    </message>
    <message>
        <source>active work: {active}, offered: {offered}</source>
        <translation>aktive Arbeit: {active}, angeboten: {offered}</translation>
    </message>
    <message>
        <source>{product}: {status}</source>
        <translation>{product}: {status}</translation>
    </message>
    <message>
        <source>{product}: {status} · {work}</source>
        <translation>{product}: {status} · {work}</translation>
    </message>
    <message>
        <source>Sync: paused by you</source>
        <translation>Synchronisierung: von Ihnen angehalten</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Synchronisierung: {state}</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud and Salesforce to start syncing.</source>
        <translation>Melden Sie sich bei Genesys Cloud und Salesforce an, um die Synchronisierung zu starten.</translation>
    </message>
    <message>
        <source>Sign in to {product} to start syncing.</source>
        <translation>Melden Sie sich bei {product} an, um die Synchronisierung zu starten.</translation>
    </message>
    <message>
        <source>Sync is paused: the app changes no status until you resume it.</source>
        <translation>Die Synchronisierung ist angehalten: Die App ändert keinen Status, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Reading your statuses…</source>
        <translation>Ihre Status werden gelesen…</translation>
    </message>
    <message>
        <source>You are offline in Omni-Channel, so sync waits until you are back.</source>
        <translation>Sie sind in Omni-Channel offline, daher wartet die Synchronisierung, bis Sie zurück sind.</translation>
    </message>
    <message>
        <source>You are offline in Genesys Cloud, so sync waits until you are back.</source>
        <translation>Sie sind in Genesys Cloud offline, daher wartet die Synchronisierung, bis Sie zurück sind.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud; Omni-Channel follows as {omni}.</source>
        <translation>Sie sind in Genesys Cloud auf {genesys}; Omni-Channel folgt mit {omni}.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel, in transition.</source>
        <translation>Sie sind in Genesys Cloud auf {genesys} und in Omni-Channel auf {omni}, im Übergang.</translation>
    </message>
    <message>
        <source>You are working in Genesys Cloud, so Omni-Channel is held at {omni}.</source>
        <translation>Sie arbeiten in Genesys Cloud, daher bleibt Omni-Channel auf {omni}.</translation>
    </message>
    <message>
        <source>You are working in Omni-Channel, so Genesys Cloud is held at {genesys}.</source>
        <translation>Sie arbeiten in Omni-Channel, daher bleibt Genesys Cloud auf {genesys}.</translation>
    </message>
    <message>
        <source>You chose {genesys} in Genesys Cloud and {omni} in Omni-Channel; no rule applies.</source>
        <translation>Sie haben in Genesys Cloud {genesys} und in Omni-Channel {omni} gewählt; keine Regel greift.</translation>
    </message>
    <message>
        <source>Sync waits: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel, and one of them is offline.</source>
        <translation>Die Synchronisierung wartet: Sie sind in Genesys Cloud auf {genesys} und in Omni-Channel auf {omni}, und eines davon ist offline.</translation>
    </message>
    <message>
        <source>Sync is off: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel.</source>
        <translation>Die Synchronisierung ist aus: Sie sind in Genesys Cloud auf {genesys} und in Omni-Channel auf {omni}.</translation>
    </message>
    <message>
        <source>{product} will sign the app out at {time}: your organization ends sessions after {minutes} minutes without activity. Sign in again then (or now).</source>
        <translation>{product} meldet die App um {time} ab: Ihre Organisation beendet Sitzungen nach {minutes} Minuten ohne Aktivität. Melden Sie sich dann (oder jetzt) erneut an.</translation>
    </message>
    <message>
        <source>Sign in to {product} again: your organization ended the app&apos;s session after {minutes} minutes without activity. Nothing syncs until you do.</source>
        <translation>Melden Sie sich erneut bei {product} an: Ihre Organisation hat die Sitzung der App nach {minutes} Minuten ohne Aktivität beendet. Bis dahin wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Sign in to {product} again before {time}, when your session ends.</source>
        <translation>Melden Sie sich vor {time} erneut bei {product} an, dann endet Ihre Sitzung.</translation>
    </message>
    <message>
        <source>Sign in to {product}: nothing syncs until you do.</source>
        <translation>Melden Sie sich bei {product} an: Bis dahin wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Open your Salesforce console and keep it open: the app sets your Omni-Channel status through it.</source>
        <translation>Öffnen Sie Ihre Salesforce-Konsole und lassen Sie sie offen: Über sie setzt die App Ihren Omni-Channel-Status.</translation>
    </message>
    <message>
        <source>Set {product} to {status} yourself: {reason}.</source>
        <translation>Setzen Sie {product} selbst auf {status}: {reason}.</translation>
    </message>
    <message>
        <source>Log in to Omni-Channel again when you are ready: {why}.</source>
        <translation>Melden Sie sich wieder bei Omni-Channel an, wenn Sie bereit sind: {why}.</translation>
    </message>
    <message>
        <source>Choose another profile: this one does not fit your org ({problem}).</source>
        <translation>Wählen Sie ein anderes Profil: Dieses passt nicht zu Ihrer Organisation ({problem}).</translation>
    </message>
    <message>
        <source>the app cannot set it now</source>
        <translation>die App kann ihn gerade nicht setzen</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud</source>
        <translation>Bei Genesys Cloud anmelden</translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Bei Salesforce anmelden</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Open your Salesforce console</source>
        <translation>Öffnen Sie Ihre Salesforce-Konsole</translation>
    </message>
    <message>
        <source>Please set your status</source>
        <translation>Bitte setzen Sie Ihren Status</translation>
    </message>
    <message>
        <source>Choose another profile</source>
        <translation>Wählen Sie ein anderes Profil</translation>
    </message>
    <message>
        <source>Omni-Channel logged you out</source>
        <translation>Omni-Channel hat Sie abgemeldet</translation>
    </message>
    <message>
        <source>Something needs you.</source>
        <translation>Etwas braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Genesys Cloud connection</source>
        <translation>Verbindung zu Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud live updates</source>
        <translation>Live-Aktualisierungen von Genesys Cloud</translation>
    </message>
    <message>
        <source>Salesforce connection</source>
        <translation>Verbindung zu Salesforce</translation>
    </message>
    <message>
        <source>Salesforce live updates</source>
        <translation>Live-Aktualisierungen von Salesforce</translation>
    </message>
    <message>
        <source>Salesforce console link</source>
        <translation>Verbindung zur Salesforce-Konsole</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>{health} ({detail})</source>
        <translation>{health} ({detail})</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>{channel}: {health}</source>
        <translation>{channel}: {health}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Profil wählen…</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>vermerkt</translation>
    </message>
    <message>
        <source>setting…</source>
        <translation>wird gesetzt…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>asked you</source>
        <translation>Sie gefragt</translation>
    </message>
    <message>
        <source>{outcome}: {detail}</source>
        <translation>{outcome}: {detail}</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud, so Omni-Channel follows as {status}.</source>
        <translation>Sie sind in Genesys Cloud auf On Queue gegangen, daher folgt Omni-Channel mit {status}.</translation>
    </message>
    <message>
        <source>Omni-Channel went to its mapped status, so Genesys Cloud follows as {status}.</source>
        <translation>Omni-Channel ist in seinen zugeordneten Status gewechselt, daher folgt Genesys Cloud mit {status}.</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud, so Omni-Channel is set to {status}.</source>
        <translation>Sie haben in Genesys Cloud On Queue verlassen, daher wird Omni-Channel auf {status} gesetzt.</translation>
    </message>
    <message>
        <source>You left the mapped status in Omni-Channel, so Genesys Cloud is set to {status}.</source>
        <translation>Sie haben in Omni-Channel den zugeordneten Status verlassen, daher wird Genesys Cloud auf {status} gesetzt.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started, so Genesys Cloud is held at {status}.</source>
        <translation>Ihre Arbeit in Omni-Channel hat begonnen, daher bleibt Genesys Cloud auf {status}.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended, so Genesys Cloud is back to {status}.</source>
        <translation>Ihre Arbeit in Omni-Channel ist beendet, daher ist Genesys Cloud wieder auf {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started, so Omni-Channel is held at {status}.</source>
        <translation>Ihre Interaktion in Genesys Cloud hat begonnen, daher bleibt Omni-Channel auf {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended, so Omni-Channel is back to {status}.</source>
        <translation>Ihre Interaktion in Genesys Cloud ist beendet, daher ist Omni-Channel wieder auf {status}.</translation>
    </message>
    <message>
        <source>The transition time is over, so Omni-Channel moves on to {status}.</source>
        <translation>Die Übergangszeit ist abgelaufen, daher wechselt Omni-Channel zu {status}.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>noch nicht gewählt</translation>
    </message>
    <message>
        <source>direct, on this computer</source>
        <translation>direkt, auf diesem Computer</translation>
    </message>
    <message>
        <source>through your Salesforce record: {why}</source>
        <translation>über Ihren Salesforce-Datensatz: {why}</translation>
    </message>
    <message>
        <source>Salesforce console link: {route}</source>
        <translation>Verbindung zur Salesforce-Konsole: {route}</translation>
    </message>
    <message>
        <source>{text} The app cannot set it now: {reason}.</source>
        <translation>{text} Die App kann es gerade nicht setzen: {reason}.</translation>
    </message>
</context>
</TS>
