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
    <message>
        <source>No safe per-user runtime folder for the single-instance lock ({error}); set XDG_RUNTIME_DIR to a folder only you can write (mode 700).</source>
        <translation>Kein sicherer, benutzereigener Laufzeitordner für die Einzelinstanz-Sperre ({error}); setzen Sie XDG_RUNTIME_DIR auf einen Ordner, in den nur Sie schreiben können (Modus 700).</translation>
    </message>
    <message>
        <source>Cannot create {folder} for the single-instance lock ({error}).</source>
        <translation>{folder} kann für die Einzelinstanz-Sperre nicht angelegt werden ({error}).</translation>
    </message>
    <message>
        <source>Cannot use the single-instance lock {file} ({error}); check that its folder is writable.</source>
        <translation>Die Einzelinstanz-Sperre {file} kann nicht verwendet werden ({error}); prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>OmniSync is already running for you (process {pid}) but does not answer. Quit it from its tray menu, or end that process, then start OmniSync again.</source>
        <translation>OmniSync läuft bereits für Sie (Prozess {pid}), antwortet aber nicht. Beenden Sie es über sein Menü im Infobereich oder beenden Sie diesen Prozess, und starten Sie OmniSync dann erneut.</translation>
    </message>
    <message>
        <source>Cannot listen on {name} for later launches ({error}).</source>
        <translation>Auf {name} kann für spätere Starts nicht gelauscht werden ({error}).</translation>
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
    <name>autostart</name>
    <message>
        <source>Cannot turn on start at login: writing {path} failed ({error}).</source>
        <translation>Start bei der Anmeldung kann nicht eingeschaltet werden: {path} konnte nicht geschrieben werden ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: writing {path} failed ({error}).</source>
        <translation>Start bei der Anmeldung kann nicht ausgeschaltet werden: {path} konnte nicht geschrieben werden ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: removing {path} failed ({error}).</source>
        <translation>Start bei der Anmeldung kann nicht ausgeschaltet werden: {path} konnte nicht entfernt werden ({error}).</translation>
    </message>
    <message>
        <source>Start at login is set, but Task Manager has it switched off and that mark cannot be cleared ({error}). Switch OmniSync on in Task Manager &gt; Startup apps.</source>
        <translation>Start bei der Anmeldung ist gesetzt, aber der Task-Manager hat ihn ausgeschaltet, und diese Markierung lässt sich nicht löschen ({error}). Schalten Sie OmniSync im Task-Manager unter Autostart-Apps ein.</translation>
    </message>
    <message>
        <source>Cannot start at login: the command contains a line break: {arg}</source>
        <translation>Start bei der Anmeldung nicht möglich: der Befehl enthält einen Zeilenumbruch: {arg}</translation>
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
        <source>Start at login: {error}</source>
        <translation>Start bei der Anmeldung: {error}</translation>
    </message>
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
    <name>problems</name>
    <message>
        <source>{problem}. {fix}</source>
        <translation>{problem}. {fix}</translation>
    </message>
    <message>
        <source>{where}: warning: {problem}. Fix: {fix}</source>
        <translation>{where}: Warnung: {problem}. Abhilfe: {fix}</translation>
    </message>
    <message>
        <source>{where}: error: {problem}. Fix: {fix}</source>
        <translation>{where}: Fehler: {problem}. Abhilfe: {fix}</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Meinten Sie {name}?</translation>
    </message>
    <message>
        <source>Did you mean one of {names}?</source>
        <translation>Meinten Sie einen dieser Werte: {names}?</translation>
    </message>
    <message>
        <source>Known keys: {keys}</source>
        <translation>Bekannte Schlüssel: {keys}</translation>
    </message>
    <message>
        <source>{key} is nested more than {depth} levels deep</source>
        <translation>{key} ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it is nested more than {depth} levels deep</source>
        <translation>sie ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({error})</source>
        <translation>sie enthält eine Zahl, die zu lang zum Lesen ist ({error})</translation>
    </message>
    <message>
        <source>it is {length} characters long; files over {most} are refused</source>
        <translation>sie ist {length} Zeichen lang; Dateien über {most} Zeichen werden abgelehnt</translation>
    </message>
    <message>
        <source>it holds {name}: numbers must be finite</source>
        <translation>sie enthält {name}: Zahlen müssen endlich sein</translation>
    </message>
    <message>
        <source>{key} is a number too large (at most {most})</source>
        <translation>{key} ist eine zu große Zahl (höchstens {most})</translation>
    </message>
    <message>
        <source>it is a number too large (at most {most})</source>
        <translation>das ist eine zu große Zahl (höchstens {most})</translation>
    </message>
    <message>
        <source>{key} is {value}: numbers must be finite and at most {most}</source>
        <translation>{key} ist {value}: Zahlen müssen endlich und höchstens {most} sein</translation>
    </message>
    <message>
        <source>it is {value}: numbers must be finite and at most {most}</source>
        <translation>der Wert ist {value}: Zahlen müssen endlich und höchstens {most} sein</translation>
    </message>
    <message>
        <source>it is larger than {limit} bytes, too large for a settings file</source>
        <translation>sie ist größer als {limit} Byte, zu groß für eine Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>the Omni-Channel status mirrored with Genesys On Queue</source>
        <translation>der Omni-Channel-Status, der Genesys On Queue spiegelt</translation>
    </message>
    <message>
        <source>the Genesys status set when the agent leaves the mapped Omni-Channel status</source>
        <translation>der Genesys-Status, der gesetzt wird, wenn der Agent den zugeordneten Omni-Channel-Status verlässt</translation>
    </message>
    <message>
        <source>the Omni-Channel status set when the agent leaves On Queue</source>
        <translation>der Omni-Channel-Status, der gesetzt wird, wenn der Agent On Queue verlässt</translation>
    </message>
    <message>
        <source>the Genesys status while the agent works on an Omni-Channel item</source>
        <translation>der Genesys-Status, während der Agent an einem Omni-Channel-Element arbeitet</translation>
    </message>
    <message>
        <source>the Omni-Channel status while the agent interacts in Genesys</source>
        <translation>der Omni-Channel-Status, während der Agent in Genesys eine Interaktion hat</translation>
    </message>
    <message>
        <source>this profile cannot be used: {error}</source>
        <translation>dieses Profil kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>Write only the keys docs/profiles.md lists, with values in their ranges</source>
        <translation>Schreiben Sie nur die in docs/profiles.md aufgeführten Schlüssel, mit Werten in ihren Bereichen</translation>
    </message>
    <message>
        <source>this file is JSON, but a profile is TOML</source>
        <translation>diese Datei ist JSON, ein Profil ist aber TOML</translation>
    </message>
    <message>
        <source>Write it as TOML: name = &quot;...&quot;, enabled = true, then sections such as [mapped] with omni = &quot;Busy&quot; (docs/profiles.md has a full example)</source>
        <translation>Schreiben Sie es als TOML: name = &quot;...&quot;, enabled = true, dann Abschnitte wie [mapped] mit omni = &quot;Busy&quot; (docs/profiles.md enthält ein vollständiges Beispiel)</translation>
    </message>
    <message>
        <source>this is not valid TOML ({error})</source>
        <translation>das ist kein gültiges TOML ({error})</translation>
    </message>
    <message>
        <source>Fix the syntax at that line: strings need double quotes, sections [brackets]</source>
        <translation>Korrigieren Sie die Syntax in dieser Zeile: Zeichenketten in doppelten Anführungszeichen, Abschnitte in [eckigen Klammern]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;</source>
        <translation>unbekannter Schlüssel „{key}“</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; is missing</source>
        <translation>die Einstellung „{key}“ fehlt</translation>
    </message>
    <message>
        <source>Add {key} = {example}</source>
        <translation>Fügen Sie {key} = {example} hinzu</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; ({meaning}) is missing</source>
        <translation>die Einstellung „{key}“ ({meaning}) fehlt</translation>
    </message>
    <message>
        <source>Add {key} = &quot;&lt;status name&gt;&quot; under [{section}], or &quot;&quot; to switch this rule off</source>
        <translation>Fügen Sie {key} = &quot;&lt;Statusname&gt;&quot; unter [{section}] hinzu, oder &quot;&quot;, um diese Regel auszuschalten</translation>
    </message>
    <message>
        <source>{key} must be a status name in quotes</source>
        <translation>{key} muss ein Statusname in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Busy&quot;</source>
        <translation>Schreiben Sie {key} = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;{key}&quot;</source>
        <translation>unbekannte Option „{key}“</translation>
    </message>
    <message>
        <source>the transition timer cannot be negative</source>
        <translation>der Übergangstimer darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Use 0 for no timer, or the number of seconds to wait</source>
        <translation>Verwenden Sie 0 für keinen Timer oder die Anzahl der zu wartenden Sekunden</translation>
    </message>
    <message>
        <source>the transition timer is {seconds} seconds, longer than a day</source>
        <translation>der Übergangstimer beträgt {seconds} Sekunden, mehr als ein Tag</translation>
    </message>
    <message>
        <source>Use at most {seconds} seconds (or 0 for no timer)</source>
        <translation>Verwenden Sie höchstens {seconds} Sekunden (oder 0 für keinen Timer)</translation>
    </message>
    <message>
        <source>the Genesys org has no active On Queue presence</source>
        <translation>die Genesys-Organisation hat keine aktive On-Queue-Präsenz</translation>
    </message>
    <message>
        <source>Check the Genesys org&apos;s presence definitions: On Queue cannot be deactivated</source>
        <translation>Prüfen Sie die Präsenzdefinitionen der Genesys-Organisation: On Queue kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>the Genesys status &quot;{status}&quot; is deactivated</source>
        <translation>der Genesys-Status „{status}“ ist deaktiviert</translation>
    </message>
    <message>
        <source>Pick an active status, or reactivate it in Genesys Cloud</source>
        <translation>Wählen Sie einen aktiven Status oder aktivieren Sie ihn in Genesys Cloud wieder</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or a custom Transition status</source>
        <translation>Wählen Sie einen Status wie Busy oder einen eigenen Übergangsstatus</translation>
    </message>
    <message>
        <source>sync is enabled but no mapped Omni-Channel status is set</source>
        <translation>die Synchronisierung ist eingeschaltet, aber kein zugeordneter Omni-Channel-Status ist gesetzt</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status that mirrors On Queue, e.g. omni = &quot;Busy&quot;</source>
        <translation>Nennen Sie den Omni-Channel-Status, der On Queue spiegelt, z. B. omni = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>leaving On Queue would set &quot;{status}&quot;, the mapped status itself, which puts Genesys back On Queue: a loop</source>
        <translation>beim Verlassen von On Queue würde „{status}“ gesetzt, der zugeordnete Status selbst, der Genesys wieder auf On Queue setzt: eine Schleife</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, typically a non-routable Transition</source>
        <translation>Wählen Sie einen anderen als den zugeordneten Status, meist einen nicht routingfähigen Übergangsstatus</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable, so Omni-Channel work arrives straight away when the agent leaves On Queue (no transition time)</source>
        <translation>„{status}“ ist routingfähig, daher kommt Omni-Channel-Arbeit sofort, wenn der Agent On Queue verlässt (keine Übergangszeit)</translation>
    </message>
    <message>
        <source>Pick a non-routable status such as a custom Transition status</source>
        <translation>Wählen Sie einen nicht routingfähigen Status, etwa einen eigenen Übergangsstatus</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable and no blocking status is set, so work can arrive in both products at once</source>
        <translation>„{status}“ ist routingfähig und kein Sperrstatus ist gesetzt, daher kann in beiden Produkten gleichzeitig Arbeit ankommen</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work and blocking.omni_while_genesys_interaction, or map a non-routable status</source>
        <translation>Setzen Sie blocking.genesys_while_salesforce_work und blocking.omni_while_genesys_interaction, oder ordnen Sie einen nicht routingfähigen Status zu</translation>
    </message>
    <message>
        <source>the transition timer is on but has no status to move to</source>
        <translation>der Übergangstimer ist eingeschaltet, hat aber keinen Zielstatus</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status, e.g. transition_timer_omni_status = &quot;Available&quot;</source>
        <translation>Nennen Sie den Omni-Channel-Status, z. B. transition_timer_omni_status = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>the transition timer is on but there is no Omni transition status to time</source>
        <translation>der Übergangstimer ist eingeschaltet, aber es gibt keinen Omni-Übergangsstatus, der zeitlich begrenzt werden könnte</translation>
    </message>
    <message>
        <source>Set transition.omni_on_leaving_on_queue, or set the timer to 0</source>
        <translation>Setzen Sie transition.omni_on_leaving_on_queue oder stellen Sie den Timer auf 0</translation>
    </message>
    <message>
        <source>the timer would move Omni-Channel to the transition status it is already in</source>
        <translation>der Timer würde Omni-Channel auf den Übergangsstatus setzen, in dem es schon ist</translation>
    </message>
    <message>
        <source>Pick the status the agent should move on to, such as Available</source>
        <translation>Wählen Sie den Status, in den der Agent danach wechseln soll, etwa Available</translation>
    </message>
    <message>
        <source>the timer moves Omni-Channel to the mapped status but Genesys will not follow (the app&apos;s own writes trigger no rule)</source>
        <translation>der Timer setzt Omni-Channel auf den zugeordneten Status, aber Genesys folgt nicht (eigene Änderungen der App lösen keine Regel aus)</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, or expect Genesys to stay as it is</source>
        <translation>Wählen Sie einen anderen als den zugeordneten Status, oder rechnen Sie damit, dass Genesys bleibt, wie es ist</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; matches {count} {product} statuses</source>
        <translation>„{name}“ passt auf {count} Status in {product}</translation>
    </message>
    <message>
        <source>Name it by id instead: one of {ids}</source>
        <translation>Nennen Sie ihn stattdessen über die ID: eine von {ids}</translation>
    </message>
    <message>
        <source>The {product} org&apos;s statuses: {valid}</source>
        <translation>Status der {product}-Organisation: {valid}</translation>
    </message>
    <message>
        <source>The org has no statuses</source>
        <translation>Die Organisation hat keine Status</translation>
    </message>
    <message>
        <source>{hint} {listed}</source>
        <translation>{hint} {listed}</translation>
    </message>
    <message>
        <source>no {product} status is named &quot;{name}&quot;</source>
        <translation>kein Status in {product} heißt „{name}“</translation>
    </message>
    <message>
        <source>capacity_percent must be a number from 1 to 100 (a percentage of the agent&apos;s Omni-Channel capacity)</source>
        <translation>capacity_percent muss eine Zahl von 1 bis 100 sein (ein Prozentsatz der Omni-Channel-Kapazität des Agenten)</translation>
    </message>
    <message>
        <source>Write capacity_percent = 80, or remove it to block on any accepted work</source>
        <translation>Schreiben Sie capacity_percent = 80, oder entfernen Sie es, um bei jeder angenommenen Arbeit zu sperren</translation>
    </message>
    <message>
        <source>channels must be a list of service channel names in quotes</source>
        <translation>channels muss eine Liste von Servicekanalnamen in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>Write channels = [&quot;sfdc_livechat&quot;], or remove it to count every channel</source>
        <translation>Schreiben Sie channels = [&quot;sfdc_livechat&quot;], oder entfernen Sie es, um jeden Kanal zu zählen</translation>
    </message>
    <message>
        <source>side must be one of {sides}</source>
        <translation>side muss einer dieser Werte sein: {sides}</translation>
    </message>
    <message>
        <source>Write side = &quot;genesys&quot; (Genesys leads), &quot;salesforce&quot;, or &quot;both&quot; (two-way)</source>
        <translation>Schreiben Sie side = &quot;genesys&quot; (Genesys führt), &quot;salesforce&quot; oder &quot;both&quot; (in beide Richtungen)</translation>
    </message>
    <message>
        <source>follower_change must be &quot;allow&quot; or &quot;undo&quot;</source>
        <translation>follower_change muss &quot;allow&quot; oder &quot;undo&quot; sein</translation>
    </message>
    <message>
        <source>Write follower_change = &quot;undo&quot; to put the follower back, or &quot;allow&quot;</source>
        <translation>Schreiben Sie follower_change = &quot;undo&quot;, um die folgende Seite zurückzusetzen, oder &quot;allow&quot;</translation>
    </message>
    <message>
        <source>follower_change = &quot;undo&quot; does nothing while both sides lead (side = &quot;both&quot;)</source>
        <translation>follower_change = &quot;undo&quot; bewirkt nichts, solange beide Seiten führen (side = &quot;both&quot;)</translation>
    </message>
    <message>
        <source>Name the side that leads, e.g. side = &quot;genesys&quot;, or remove follower_change</source>
        <translation>Nennen Sie die führende Seite, z. B. side = &quot;genesys&quot;, oder entfernen Sie follower_change</translation>
    </message>
    <message>
        <source>mapping must be a list of rows</source>
        <translation>mapping muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>Write each row as [[mapping]]</source>
        <translation>Schreiben Sie jede Zeile als [[mapping]]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in mapping row {number}</source>
        <translation>unbekannter Schlüssel „{key}“ in Mapping-Zeile {number}</translation>
    </message>
    <message>
        <source>mapping row {number} needs the Omni-Channel status it maps</source>
        <translation>Mapping-Zeile {number} braucht den Omni-Channel-Status, den sie zuordnet</translation>
    </message>
    <message>
        <source>Add omni = &quot;&lt;status name&gt;&quot; to that [[mapping]] row</source>
        <translation>Fügen Sie dieser [[mapping]]-Zeile omni = &quot;&lt;Statusname&gt;&quot; hinzu</translation>
    </message>
    <message>
        <source>Write genesys_on_leaving = &quot;Away&quot;, or &quot;&quot; to leave Genesys as it is</source>
        <translation>Schreiben Sie genesys_on_leaving = &quot;Away&quot;, oder &quot;&quot;, um Genesys zu lassen, wie es ist</translation>
    </message>
    <message>
        <source>{key} must be a number of seconds, 0 or more</source>
        <translation>{key} muss eine Anzahl Sekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>Write {key} = {example}</source>
        <translation>Schreiben Sie {key} = {example}</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Away&quot;, or &quot;&quot; to switch this off</source>
        <translation>Schreiben Sie {key} = &quot;Away&quot;, oder &quot;&quot;, um dies auszuschalten</translation>
    </message>
    <message>
        <source>Known channels: {channels}</source>
        <translation>Bekannte Kanäle: {channels}</translation>
    </message>
    <message>
        <source>The statuses file lists no service channels: export it again with omnisync export-statuses</source>
        <translation>Die Statusdatei führt keine Servicekanäle auf: exportieren Sie sie erneut mit omnisync export-statuses</translation>
    </message>
    <message>
        <source>no Omni-Channel service channel is named &quot;{name}&quot;</source>
        <translation>kein Omni-Channel-Servicekanal heißt „{name}“</translation>
    </message>
    <message>
        <source>[salesforce_work] says which work blocks Genesys, but no blocking status is set</source>
        <translation>[salesforce_work] legt fest, welche Arbeit Genesys sperrt, aber kein Sperrstatus ist gesetzt</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work, or remove [salesforce_work]</source>
        <translation>Setzen Sie blocking.genesys_while_salesforce_work oder entfernen Sie [salesforce_work]</translation>
    </message>
    <message>
        <source>Offline cannot be a mapped status (it logs the agent out of Omni-Channel)</source>
        <translation>Offline kann kein zugeordneter Status sein (es meldet den Agenten von Omni-Channel ab)</translation>
    </message>
    <message>
        <source>Pick a status with service channels, such as Available - Chat</source>
        <translation>Wählen Sie einen Status mit Servicekanälen, etwa Available - Chat</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is already mapped above; only the first row would ever match</source>
        <translation>„{status}“ ist weiter oben schon zugeordnet; nur die erste Zeile würde je greifen</translation>
    </message>
    <message>
        <source>Remove this row, or name another Omni-Channel status</source>
        <translation>Entfernen Sie diese Zeile oder nennen Sie einen anderen Omni-Channel-Status</translation>
    </message>
    <message>
        <source>leaving On Queue sets &quot;{status}&quot;, which this row maps back to On Queue: a loop</source>
        <translation>beim Verlassen von On Queue wird „{status}“ gesetzt, das diese Zeile wieder auf On Queue abbildet: eine Schleife</translation>
    </message>
    <message>
        <source>Map another status, or pick another transition.omni_on_leaving_on_queue</source>
        <translation>Ordnen Sie einen anderen Status zu oder wählen Sie ein anderes transition.omni_on_leaving_on_queue</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; has no service channel, so no Omni-Channel work reaches the agent in it while Genesys is On Queue</source>
        <translation>„{status}“ hat keinen Servicekanal, daher erreicht den Agenten darin keine Omni-Channel-Arbeit, solange Genesys On Queue ist</translation>
    </message>
    <message>
        <source>Map a status with service channels, or remove the row</source>
        <translation>Ordnen Sie einen Status mit Servicekanälen zu oder entfernen Sie die Zeile</translation>
    </message>
    <message>
        <source>mapping rows need [mapped] omni first (the status Genesys On Queue sets)</source>
        <translation>Mapping-Zeilen brauchen zuerst [mapped] omni (den Status, den Genesys On Queue setzt)</translation>
    </message>
    <message>
        <source>Name the first mapped status under [mapped], e.g. omni = &quot;Available&quot;</source>
        <translation>Nennen Sie den ersten zugeordneten Status unter [mapped], z. B. omni = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or Break</source>
        <translation>Wählen Sie einen Status wie Busy oder Break</translation>
    </message>
    <message>
        <source>putting Genesys On Queue while Omni-Channel is closed routes calls to an agent who may have left</source>
        <translation>Genesys auf On Queue zu setzen, während Omni-Channel geschlossen ist, leitet Anrufe an einen Agenten, der vielleicht gegangen ist</translation>
    </message>
    <message>
        <source>Pick a status such as Away, Offline or Break</source>
        <translation>Wählen Sie einen Status wie Away, Offline oder Break</translation>
    </message>
    <message>
        <source>{seconds} s is shorter than a console refresh, which logs Omni-Channel out for a few seconds: a refresh would change Genesys</source>
        <translation>{seconds} s ist kürzer als ein Neuladen der Konsole, das Omni-Channel für einige Sekunden abmeldet: ein Neuladen würde Genesys ändern</translation>
    </message>
    <message>
        <source>Use at least {seconds} seconds; 30 is a good start</source>
        <translation>Verwenden Sie mindestens {seconds} Sekunden; 30 ist ein guter Anfang</translation>
    </message>
    <message>
        <source>this Genesys org&apos;s routing includes agent presence, so every block and restore resets the agent&apos;s routing score</source>
        <translation>das Routing dieser Genesys-Organisation berücksichtigt die Präsenz des Agenten, daher setzt jede Sperre und jede Wiederherstellung seinen Routing-Score zurück</translation>
    </message>
    <message>
        <source>Switch the block off (&quot;&quot;) and let Omni-Channel capacity hold the work, or accept the reset</source>
        <translation>Schalten Sie die Sperre aus (&quot;&quot;) und lassen Sie die Omni-Channel-Kapazität die Arbeit steuern, oder nehmen Sie das Zurücksetzen hin</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is also the status Omni-Channel sets when the agent declines work, so the app cannot tell a decline from its own block and may restore the agent out of it</source>
        <translation>„{status}“ ist auch der Status, den Omni-Channel setzt, wenn der Agent Arbeit ablehnt; die App kann eine Ablehnung nicht von ihrer eigenen Sperre unterscheiden und holt den Agenten womöglich daraus zurück</translation>
    </message>
    <message>
        <source>Pick a blocking status of its own, such as a custom Busy - Genesys status</source>
        <translation>Wählen Sie einen eigenen Sperrstatus, etwa einen eigenen Status Busy - Genesys</translation>
    </message>
    <message>
        <source>{key} must be a section</source>
        <translation>{key} muss ein Abschnitt sein</translation>
    </message>
    <message>
        <source>Write it as [{key}] with keys below it</source>
        <translation>Schreiben Sie es als [{key}] mit den Schlüsseln darunter</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in [{section}]</source>
        <translation>unbekannter Schlüssel „{key}“ in [{section}]</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} muss true oder false sein</translation>
    </message>
    <message>
        <source>{key} must be a string in double quotes</source>
        <translation>{key} muss eine Zeichenkette in doppelten Anführungszeichen sein</translation>
    </message>
    <message>
        <source>{key} must be a number</source>
        <translation>{key} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Offline cannot be set by a rule (it logs the agent out of Omni-Channel)</source>
        <translation>Offline kann nicht durch eine Regel gesetzt werden (es meldet den Agenten von Omni-Channel ab)</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is On Queue, which re-triggers the mapping: a loop</source>
        <translation>„{status}“ ist On Queue, was die Zuordnung erneut auslöst: eine Schleife</translation>
    </message>
    <message>
        <source>Pick a Genesys status that is not On Queue, such as Available, Away or Busy</source>
        <translation>Wählen Sie einen Genesys-Status, der nicht On Queue ist, etwa Available, Away oder Busy</translation>
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
        <source>this profile cannot be chosen: {reason}</source>
        <translation>dieses Profil kann nicht gewählt werden: {reason}</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Fragen Sie Ihren Administrator</translation>
    </message>
    <message>
        <source>Signing in to {product} failed: {error}</source>
        <translation>Die Anmeldung bei {product} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>you are not signed in</source>
        <translation>Sie sind nicht angemeldet</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>Sie haben sich abgemeldet</translation>
    </message>
    <message>
        <source>your session expired</source>
        <translation>Ihre Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>the server no longer accepts your session (expired or revoked)</source>
        <translation>der Server akzeptiert Ihre Sitzung nicht mehr (abgelaufen oder widerrufen)</translation>
    </message>
    <message>
        <source>your session cannot be renewed without signing in</source>
        <translation>Ihre Sitzung kann ohne erneute Anmeldung nicht verlängert werden</translation>
    </message>
    <message>
        <source>the session was ended ({error})</source>
        <translation>die Sitzung wurde beendet ({error})</translation>
    </message>
    <message>
        <source>{product} ({why})</source>
        <translation>{product} ({why})</translation>
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
        <source>there is no profile &quot;{profile}&quot;</source>
        <translation>es gibt kein Profil „{profile}“</translation>
    </message>
    <message>
        <source>Installed profiles: {profiles}</source>
        <translation>Installierte Profile: {profiles}</translation>
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
        <source>The {product} connection</source>
        <translation>Die Verbindung zu {product}</translation>
    </message>
    <message>
        <source>Reading the {product} statuses</source>
        <translation>Das Lesen der Status von {product}</translation>
    </message>
    <message>
        <source>The resync</source>
        <translation>Die Neusynchronisierung</translation>
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
        <source>the Salesforce console did not confirm the change</source>
        <translation>die Salesforce-Konsole hat die Änderung nicht bestätigt</translation>
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
        <source>your organization ended the session after {minutes} minutes without activity (its idle timeout)</source>
        <translation>Ihre Organisation hat die Sitzung nach {minutes} Minuten ohne Aktivität beendet (ihr Inaktivitäts-Timeout)</translation>
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
        <source>the desktop refused the console component&apos;s connection ({why})</source>
        <translation>der Computer hat die Verbindung der Konsolenkomponente abgelehnt ({why})</translation>
    </message>
    <message>
        <source>the console component did not dial the desktop directly within {seconds} s</source>
        <translation>die Konsolenkomponente hat den Computer nicht innerhalb von {seconds} s direkt angerufen</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped: {error}</source>
        <translation>das Salesforce-Streaming wurde beendet: {error}</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped</source>
        <translation>das Salesforce-Streaming wurde beendet</translation>
    </message>
    <message>
        <source>the direct link is turned off</source>
        <translation>die direkte Verbindung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce</source>
        <translation>die Konsolenverbindung ist in Salesforce nicht eingerichtet</translation>
    </message>
    <message>
        <source>the desktop could not publish its link key ({error})</source>
        <translation>der Computer konnte seinen Verbindungsschlüssel nicht veröffentlichen ({error})</translation>
    </message>
    <message>
        <source>the console link is not set up: PushTopic {topic} ({error})</source>
        <translation>die Konsolenverbindung ist nicht eingerichtet: PushTopic {topic} ({error})</translation>
    </message>
    <message>
        <source>your Omni-Channel status cannot be followed: {error}</source>
        <translation>Ihr Omni-Channel-Status kann nicht verfolgt werden: {error}</translation>
    </message>
    <message>
        <source>Salesforce could not be read: {error}</source>
        <translation>Salesforce konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>Check its permissions and that it is saved as UTF-8</source>
        <translation>Prüfen Sie die Zugriffsrechte und ob sie als UTF-8 gespeichert ist</translation>
    </message>
    <message>
        <source>Sign-in is kept in memory for this run only: {reason}. Unlock or install your system&apos;s password store (Keychain, Credential Manager, GNOME Keyring or KWallet) and restart OmniSync; until then you will be asked to sign in again after every restart.</source>
        <translation>Die Anmeldung wird nur für diese Sitzung im Speicher gehalten: {reason}. Entsperren oder installieren Sie den Passwortspeicher Ihres Systems (Schlüsselbund, Anmeldeinformationsverwaltung, GNOME Keyring oder KWallet) und starten Sie OmniSync neu; bis dahin müssen Sie sich nach jedem Neustart erneut anmelden.</translation>
    </message>
    <message>
        <source>no system password store was found</source>
        <translation>es wurde kein Passwortspeicher des Systems gefunden</translation>
    </message>
    <message>
        <source>the password store {name} keeps secrets in a plain file</source>
        <translation>der Passwortspeicher {name} legt Geheimnisse in einer unverschlüsselten Datei ab</translation>
    </message>
    <message>
        <source>the password store {name} is not a recommended system store</source>
        <translation>der Passwortspeicher {name} ist kein empfohlener Speicher des Systems</translation>
    </message>
    <message>
        <source>the password store failed ({error})</source>
        <translation>der Passwortspeicher ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>the demo keeps its tokens in memory</source>
        <translation>die Demo hält ihre Tokens im Speicher</translation>
    </message>
    <message>
        <source>OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: {keys} not set. Your administrator sets them in the machine policy file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox.</source>
        <translation>OmniSync weiß nicht, bei welchen Genesys-Cloud- und Salesforce-Organisationen es sich anmelden soll: {keys} nicht gesetzt. Ihr Administrator setzt sie in der Richtliniendatei des Computers (siehe docs/admin.md), oder starten Sie `omnisync demo`, um die App in der Sandbox auszuprobieren.</translation>
    </message>
    <message>
        <source>The chosen profile applies now but was not saved for the next start: {error}</source>
        <translation>Das gewählte Profil gilt jetzt, wurde aber nicht für den nächsten Start gespeichert: {error}</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce ({error})</source>
        <translation>die Konsolenverbindung ist in Salesforce nicht eingerichtet ({error})</translation>
    </message>
    <message>
        <source>the console link has not answered yet</source>
        <translation>die Konsolenverbindung hat noch nicht geantwortet</translation>
    </message>
    <message>
        <source>the Salesforce console was closed</source>
        <translation>die Salesforce-Konsole wurde geschlossen</translation>
    </message>
    <message>
        <source>the command could not be sent: {error}</source>
        <translation>der Befehl konnte nicht gesendet werden: {error}</translation>
    </message>
    <message>
        <source>the console did not answer within {seconds} s</source>
        <translation>die Konsole hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>the console could not do it ({error})</source>
        <translation>die Konsole konnte es nicht ausführen ({error})</translation>
    </message>
    <message>
        <source>the console component sent an oversized message</source>
        <translation>die Konsolenkomponente hat eine zu große Nachricht gesendet</translation>
    </message>
    <message>
        <source>no port of the desktop link&apos;s range is free ({errors})</source>
        <translation>kein Port aus dem Bereich der Computerverbindung ist frei ({errors})</translation>
    </message>
    <message>
        <source>the desktop signed in again</source>
        <translation>der Computer hat sich erneut angemeldet</translation>
    </message>
    <message>
        <source>no console component is connected to the desktop</source>
        <translation>keine Konsolenkomponente ist mit dem Computer verbunden</translation>
    </message>
    <message>
        <source>the console component went away ({error})</source>
        <translation>die Konsolenkomponente ist weg ({error})</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>Herkunft nicht erlaubt</translation>
    </message>
    <message>
        <source>no origin</source>
        <translation>keine Herkunft</translation>
    </message>
    <message>
        <source>replaced by a newer console tab</source>
        <translation>durch einen neueren Konsolen-Tab ersetzt</translation>
    </message>
    <message>
        <source>a console component connected over the loopback link</source>
        <translation>eine Konsolenkomponente hat sich über die lokale Verbindung verbunden</translation>
    </message>
    <message>
        <source>the console component disconnected</source>
        <translation>die Konsolenkomponente hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>zu viele Nachrichten</translation>
    </message>
    <message>
        <source>the console component sent too many messages</source>
        <translation>die Konsolenkomponente hat zu viele Nachrichten gesendet</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>wrong key</source>
        <translation>falscher Schlüssel</translation>
    </message>
    <message>
        <source>no console component has connected to the desktop directly</source>
        <translation>keine Konsolenkomponente hat sich direkt mit dem Computer verbunden</translation>
    </message>
    <message>
        <source>Sign in to {product} again: {reason}</source>
        <translation>Melden Sie sich erneut bei {product} an: {reason}</translation>
    </message>
    <message>
        <source>the token answer had no usable identity URL ({url})</source>
        <translation>die Token-Antwort enthielt keine verwendbare Identitäts-URL ({url})</translation>
    </message>
    <message>
        <source>the session has no identity URL</source>
        <translation>die Sitzung hat keine Identitäts-URL</translation>
    </message>
    <message>
        <source>you signed out of Salesforce</source>
        <translation>Sie haben sich von Salesforce abgemeldet</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} on {path} ({code}): {message}</source>
        <translation>Genesys Cloud antwortete mit HTTP {status} auf {path} ({code}): {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} ({code}): {message}</source>
        <translation>Genesys Cloud antwortete mit HTTP {status} ({code}): {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud cannot be reached ({error}); check the network connection</source>
        <translation>Genesys Cloud ist nicht erreichbar ({error}); prüfen Sie die Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Genesys Cloud keeps answering HTTP {status} on {request}; try again later</source>
        <translation>Genesys Cloud antwortet auf {request} immer wieder mit HTTP {status}; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Salesforce stopped sending changes for good: {why}</source>
        <translation>Salesforce sendet endgültig keine Änderungen mehr: {why}</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up ({usage}). OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce hat den Aufruf abgelehnt: Das tägliche API-Limit der Organisation ist aufgebraucht ({usage}). OmniSync behält den zuletzt bekannten Omni-Channel-Status und liest ihn etwas später erneut; bitten Sie Ihre Salesforce-Administration, die API-Nutzung zu prüfen.</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up. OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce hat den Aufruf abgelehnt: Das tägliche API-Limit der Organisation ist aufgebraucht. OmniSync behält den zuletzt bekannten Omni-Channel-Status und liest ihn etwas später erneut; bitten Sie Ihre Salesforce-Administration, die API-Nutzung zu prüfen.</translation>
    </message>
    <message>
        <source>You are not signed in to Salesforce: sign in again</source>
        <translation>Sie sind nicht bei Salesforce angemeldet: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP {status} ({code}): {message}</source>
        <translation>Salesforce antwortete mit HTTP {status} ({code}): {message}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a host name only, got {value}</source>
        <translation>muss nur ein Hostname sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>leave out https://, any port and any path, e.g. {example}</source>
        <translation>lassen Sie https://, jeden Port und jeden Pfad weg, z. B. {example}</translation>
    </message>
    <message>
        <source>is not a valid host name: {value}</source>
        <translation>ist kein gültiger Hostname: {value}</translation>
    </message>
    <message>
        <source>write a host name, e.g. {example}</source>
        <translation>schreiben Sie einen Hostnamen, z. B. {example}</translation>
    </message>
    <message>
        <source>is a Genesys host, not a region: {value}</source>
        <translation>ist ein Genesys-Host, keine Region: {value}</translation>
    </message>
    <message>
        <source>write the region domain only: {domain}</source>
        <translation>schreiben Sie nur die Regionsdomain: {domain}</translation>
    </message>
    <message>
        <source>is not a Genesys Cloud region: {value}</source>
        <translation>ist keine Genesys-Cloud-Region: {value}</translation>
    </message>
    <message>
        <source>write a region domain such as mypurecloud.com or euw2.pure.cloud (see Admin &gt; Organization Settings in Genesys Cloud)</source>
        <translation>schreiben Sie eine Regionsdomain wie mypurecloud.com oder euw2.pure.cloud (siehe Admin &gt; Organization Settings in Genesys Cloud)</translation>
    </message>
    <message>
        <source>is not an https origin: {value}</source>
        <translation>ist kein https-Origin: {value}</translation>
    </message>
    <message>
        <source>write the console&apos;s origin, e.g. https://acme.lightning.force.com</source>
        <translation>schreiben Sie den Origin der Konsole, z. B. https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not an origin (scheme and host only): {value}</source>
        <translation>ist kein Origin (nur Schema und Host): {value}</translation>
    </message>
    <message>
        <source>leave out any path, e.g. https://acme.lightning.force.com</source>
        <translation>lassen Sie jeden Pfad weg, z. B. https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>has no valid host name: {value}</source>
        <translation>hat keinen gültigen Hostnamen: {value}</translation>
    </message>
    <message>
        <source>e.g. https://acme.lightning.force.com</source>
        <translation>z. B. https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not a Genesys OAuth client id: {value}</source>
        <translation>ist keine Genesys-OAuth-Client-ID: {value}</translation>
    </message>
    <message>
        <source>copy the Client ID (a GUID like 6f1c2a3b-...) from Admin &gt; Integrations &gt; OAuth</source>
        <translation>kopieren Sie die Client ID (eine GUID wie 6f1c2a3b-...) aus Admin &gt; Integrations &gt; OAuth</translation>
    </message>
    <message>
        <source>is not a Salesforce consumer key (10 to 256 characters, no spaces)</source>
        <translation>ist kein Salesforce-Consumer-Key (10 bis 256 Zeichen, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>copy the Consumer Key of the connected app from Setup &gt; App Manager</source>
        <translation>kopieren Sie den Consumer Key der verbundenen App aus Setup &gt; App Manager</translation>
    </message>
    <message>
        <source>use the port of the redirect URI registered for the OAuth client</source>
        <translation>verwenden Sie den Port der für den OAuth-Client registrierten Redirect-URI</translation>
    </message>
    <message>
        <source>copy the idle timeout from Admin &gt; Organization Settings in Genesys Cloud</source>
        <translation>kopieren Sie das Inaktivitäts-Timeout aus Admin &gt; Organization Settings in Genesys Cloud</translation>
    </message>
    <message>
        <source>is empty, which would allow no profile at all</source>
        <translation>ist leer, womit gar kein Profil erlaubt wäre</translation>
    </message>
    <message>
        <source>list at least one profile id, or remove the key to allow every profile</source>
        <translation>führen Sie mindestens eine Profil-ID auf oder entfernen Sie den Schlüssel, um jedes Profil zu erlauben</translation>
    </message>
    <message>
        <source>locks {profile}, which profiles.allowed does not list</source>
        <translation>sperrt auf {profile}, das profiles.allowed nicht aufführt</translation>
    </message>
    <message>
        <source>add {profile} to profiles.allowed, or lock one of: {allowed}</source>
        <translation>fügen Sie {profile} zu profiles.allowed hinzu oder sperren Sie auf eines von: {allowed}</translation>
    </message>
    <message>
        <source>The machine policy cannot be used, so profile switching is disabled until your administrator fixes it:
{problems}</source>
        <translation>Die Richtlinie dieses Computers kann nicht verwendet werden, daher ist der Profilwechsel gesperrt, bis Ihr Administrator sie korrigiert:
{problems}</translation>
    </message>
    <message>
        <source>let every user read it (it holds no secrets), e.g. mode 644</source>
        <translation>erlauben Sie allen Benutzern, sie zu lesen (sie enthält keine Geheimnisse), z. B. Modus 644</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>Installed here: {profiles}; or ship that profile and check with --profiles DIR</source>
        <translation>Hier installiert: {profiles}; oder liefern Sie dieses Profil aus und prüfen Sie mit --profiles VERZEICHNIS</translation>
    </message>
    <message>
        <source>No profile is installed here; ship that profile and check with --profiles DIR</source>
        <translation>Hier ist kein Profil installiert; liefern Sie dieses Profil aus und prüfen Sie mit --profiles VERZEICHNIS</translation>
    </message>
    <message>
        <source>{hint} {installed}</source>
        <translation>{hint} {installed}</translation>
    </message>
    <message>
        <source>your policy names the profile &quot;{profile}&quot;, which is not installed on this machine</source>
        <translation>Ihre Richtlinie nennt das Profil „{profile}“, das auf diesem Computer nicht installiert ist</translation>
    </message>
    <message>
        <source>does not hold a dictionary of settings</source>
        <translation>enthält kein Wörterbuch von Einstellungen</translation>
    </message>
    <message>
        <source>give Users read access to the key (Group Policy does by default)</source>
        <translation>geben Sie Benutzern Lesezugriff auf den Schlüssel (Gruppenrichtlinien tun das standardmäßig)</translation>
    </message>
    <message>
        <source>deploy a configuration profile whose payload type is {type} (see packaging/macos/omnisync.mobileconfig)</source>
        <translation>verteilen Sie ein Konfigurationsprofil mit dem Payload-Typ {type} (siehe packaging/macos/omnisync.mobileconfig)</translation>
    </message>
    <message>
        <source>is not a property list ({error})</source>
        <translation>ist keine Property List ({error})</translation>
    </message>
    <message>
        <source>is not a configuration profile ({error})</source>
        <translation>ist kein Konfigurationsprofil ({error})</translation>
    </message>
    <message>
        <source>has {count} payloads of type {type}, not one</source>
        <translation>enthält {count} Payloads vom Typ {type} statt einem</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>ist kein gültiges TOML ({error})</translation>
    </message>
    <message>
        <source>correct the file at the position named</source>
        <translation>korrigieren Sie die Datei an der genannten Stelle</translation>
    </message>
    <message>
        <source>cannot be used: {error}</source>
        <translation>kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>write only the keys and values docs/admin.md lists</source>
        <translation>schreiben Sie nur die in docs/admin.md aufgeführten Schlüssel und Werte</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({error})</source>
        <translation>ist kein UTF-8-Text ({error})</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>muss eine Tabelle sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>write it as [{key}]</source>
        <translation>schreiben Sie es als [{key}]</translation>
    </message>
    <message>
        <source>is {number}, written for a newer OmniSync (this one reads version {supported})</source>
        <translation>ist {number}, für ein neueres OmniSync geschrieben (dieses liest Version {supported})</translation>
    </message>
    <message>
        <source>update OmniSync, or write the file for version 1</source>
        <translation>aktualisieren Sie OmniSync oder schreiben Sie die Datei für Version 1</translation>
    </message>
    <message>
        <source>must be 1, got {number}</source>
        <translation>muss 1 sein, erhalten: {number}</translation>
    </message>
    <message>
        <source>write version = 1</source>
        <translation>schreiben Sie version = 1</translation>
    </message>
    <message>
        <source>did you mean {key}?</source>
        <translation>meinten Sie {key}?</translation>
    </message>
    <message>
        <source>remove it (known keys here: {keys})</source>
        <translation>entfernen Sie ihn (bekannte Schlüssel hier: {keys})</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>ist kein bekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be text in quotes, got {value}</source>
        <translation>muss Text in Anführungszeichen sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>write it as &quot;...&quot;</source>
        <translation>schreiben Sie es als &quot;...&quot;</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>give a value, or remove the key to use the default</source>
        <translation>geben Sie einen Wert an oder entfernen Sie den Schlüssel, um den Standardwert zu verwenden</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>schreiben Sie true oder false</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>write digits only, e.g. 1</source>
        <translation>schreiben Sie nur Ziffern, z. B. 1</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {number}</source>
        <translation>muss zwischen {low} und {high} liegen, erhalten: {number}</translation>
    </message>
    <message>
        <source>must be a list, got {value}</source>
        <translation>muss eine Liste sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>write it as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>schreiben Sie es als [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a profile id: {value}</source>
        <translation>ist keine Profil-ID: {value}</translation>
    </message>
    <message>
        <source>use the id of a profile (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;), e.g. default</source>
        <translation>verwenden Sie die ID eines Profils (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;), z. B. default</translation>
    </message>
    <message>
        <source>is not a language the app speaks: {value}</source>
        <translation>ist keine Sprache, die die App spricht: {value}</translation>
    </message>
    <message>
        <source>write one of {languages}, or remove the key to follow the system&apos;s language</source>
        <translation>schreiben Sie einen dieser Werte: {languages}, oder entfernen Sie den Schlüssel, um der Systemsprache zu folgen</translation>
    </message>
    <message>
        <source>The original file was kept as {path}; OmniSync uses its valid values and the defaults for the rest.</source>
        <translation>Die ursprüngliche Datei wurde als {path} aufbewahrt; OmniSync verwendet ihre gültigen Werte und für den Rest die Standardwerte.</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <source>could not be moved aside ({error}), so the next save replaces it</source>
        <translation>konnte nicht beiseitegelegt werden ({error}), daher ersetzt das nächste Speichern sie</translation>
    </message>
    <message>
        <source>copy it somewhere safe before changing a setting</source>
        <translation>kopieren Sie sie an einen sicheren Ort, bevor Sie eine Einstellung ändern</translation>
    </message>
    <message>
        <source>Could not save settings: {problems} The file was left as it is.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {problems} Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not save settings to {path} ({error}); the previous settings are unchanged. Check that the folder is writable.</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden ({error}); die bisherigen Einstellungen sind unverändert. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
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
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil: {profile}</translation>
    </message>
    <message>
        <source>Reason given: {error}</source>
        <translation>Angegebener Grund: {error}</translation>
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
