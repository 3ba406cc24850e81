<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>app</name>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} no puede iniciarse</translation>
    </message>
    <message>
        <source>Sync could not start</source>
        <translation>No se pudo iniciar la sincronización</translation>
    </message>
    <message>
        <source>{error}

See the log folder for details.</source>
        <translation>{error}

Encontrará los detalles en la carpeta de registros.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Pause not changed</source>
        <translation>Pausa sin cambios</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>El reintento falló</translation>
    </message>
    <message>
        <source>Resync failed</source>
        <translation>No se pudo resincronizar</translation>
    </message>
    <message>
        <source>Reconnect failed</source>
        <translation>La reconexión falló</translation>
    </message>
    <message>
        <source>Profile not changed</source>
        <translation>Perfil sin cambios</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; cannot be used, so the current one stays:</source>
        <translation>El perfil «{profile}» no se puede usar, así que se mantiene el actual:</translation>
    </message>
    <message>
        <source>Sign-in to {product} failed</source>
        <translation>No se pudo iniciar sesión en {product}</translation>
    </message>
    <message>
        <source>Sign-out of {product} failed</source>
        <translation>No se pudo cerrar sesión en {product}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Taken back after the restart: {product} is still {status} as the app set it for your work, so it goes back to {previous} when the work ends.</source>
        <translation>Recuperado tras el reinicio: {product} sigue en {status} como la aplicación lo puso para su trabajo, así que vuelve a {previous} cuando termine el trabajo.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the app had set {product} for your work, but it now shows {status}, so it will not be restored to {previous}.</source>
        <translation>Descartado tras el reinicio: la aplicación había puesto {product} para su trabajo, pero ahora muestra {status}, así que no volverá a {previous}.</translation>
    </message>
    <message>
        <source>Taken back after the restart: the transition timer runs on from before it.</source>
        <translation>Recuperado tras el reinicio: el temporizador de transición sigue desde antes.</translation>
    </message>
    <message>
        <source>Dropped after the restart: the transition timer, since Omni-Channel now shows {status}.</source>
        <translation>Descartado tras el reinicio: el temporizador de transición, ya que Omni-Channel ahora muestra {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud routing status is {routing}</source>
        <translation>Su estado de enrutamiento en Genesys Cloud es {routing}</translation>
    </message>
    <message>
        <source>Your Genesys Cloud work: {work}</source>
        <translation>Su trabajo en Genesys Cloud: {work}</translation>
    </message>
    <message>
        <source>Your Omni-Channel work: {active} active, {count} in all</source>
        <translation>Su trabajo en Omni-Channel: {active} activo(s), {count} en total</translation>
    </message>
    <message>
        <source>The app can set your {product} status</source>
        <translation>La aplicación puede cambiar su estado en {product}</translation>
    </message>
    <message>
        <source>The app cannot set your {product} status: {why}</source>
        <translation>La aplicación no puede cambiar su estado en {product}: {why}</translation>
    </message>
    <message>
        <source>You asked to resync now, but sync is off</source>
        <translation>Pidió resincronizar ahora, pero la sincronización está desactivada</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}</source>
        <translation>Genesys Cloud está en {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}</source>
        <translation>Omni-Channel está en {status}</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}: {why}</source>
        <translation>Omni-Channel está en {status}: {why}</translation>
    </message>
    <message>
        <source>{observed}: you did as asked</source>
        <translation>{observed}: hizo lo que se le pidió</translation>
    </message>
    <message>
        <source>{observed}: the app&apos;s own change</source>
        <translation>{observed}: el propio cambio de la aplicación</translation>
    </message>
    <message>
        <source>The app&apos;s earlier change of {product} landed after you had chosen {status}</source>
        <translation>El cambio anterior de {product} por la aplicación llegó después de que usted eligiera {status}</translation>
    </message>
    <message>
        <source>your choice wins</source>
        <translation>su elección prevalece</translation>
    </message>
    <message>
        <source>You chose {status} in Genesys Cloud during your Omni-Channel work</source>
        <translation>Eligió {status} en Genesys Cloud durante su trabajo en Omni-Channel</translation>
    </message>
    <message>
        <source>You chose {status} in Omni-Channel during your Genesys Cloud interaction</source>
        <translation>Eligió {status} en Omni-Channel durante su interacción en Genesys Cloud</translation>
    </message>
    <message>
        <source>blocking status; {status} follows when the work ends</source>
        <translation>estado de bloqueo; {status} sigue cuando termine el trabajo</translation>
    </message>
    <message>
        <source>{master} leads and you changed {product} to {status}</source>
        <translation>{master} manda y usted cambió {product} a {status}</translation>
    </message>
    <message>
        <source>put back: {product} follows {master}</source>
        <translation>restablecido: {product} sigue a {master}</translation>
    </message>
    <message>
        <source>You changed {product} to {status} while it was held, so it will not be restored to {previous} when the work ends.</source>
        <translation>Cambió {product} a {status} mientras estaba retenido, así que no volverá a {previous} cuando termine el trabajo.</translation>
    </message>
    <message>
        <source>your own choice wins</source>
        <translation>su propia elección prevalece</translation>
    </message>
    <message>
        <source>{observed} (you missed an offered interaction; no rule applies)</source>
        <translation>{observed} (perdió una interacción ofrecida; no se aplica ninguna regla)</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud</source>
        <translation>Pasó a En cola en Genesys Cloud</translation>
    </message>
    <message>
        <source>You went to {status} in Omni-Channel</source>
        <translation>Pasó a {status} en Omni-Channel</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud for {status}</source>
        <translation>Dejó En cola en Genesys Cloud por {status}</translation>
    </message>
    <message>
        <source>You left {old} in Omni-Channel for {status}</source>
        <translation>Dejó {old} en Omni-Channel por {status}</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started</source>
        <translation>Su trabajo en Omni-Channel empezó</translation>
    </message>
    <message>
        <source>Genesys Cloud is {status}, not On Queue: nothing to hold</source>
        <translation>Genesys Cloud está en {status}, no En cola: nada que retener</translation>
    </message>
    <message>
        <source>Taken back after the restart: the away timer for {product} runs on from before it (it fires at once if its time has passed).</source>
        <translation>Recuperado tras el reinicio: el temporizador de ausencia de {product} sigue desde antes (se dispara enseguida si su tiempo ya pasó).</translation>
    </message>
    <message>
        <source>Dropped after the restart: the away timer, since {product} now shows {status}.</source>
        <translation>Descartado tras el reinicio: el temporizador de ausencia, porque {product} muestra ahora {status}.</translation>
    </message>
    <message>
        <source>it is no longer Offline</source>
        <translation>ya no está Offline</translation>
    </message>
    <message>
        <source>both products read again</source>
        <translation>ambos productos leídos de nuevo</translation>
    </message>
    <message>
        <source>not read again: {products}</source>
        <translation>no leído de nuevo: {products}</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): the rules applied to your statuses</source>
        <translation>Pidió resincronizar ahora ({read}): las reglas se aplicaron a sus estados</translation>
    </message>
    <message>
        <source>You asked to resync now ({read}): nothing to change</source>
        <translation>Pidió resincronizar ahora ({read}): nada que cambiar</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended while the app was not running</source>
        <translation>Su trabajo de Omni-Channel terminó mientras la aplicación no estaba en marcha</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended while the app was not running</source>
        <translation>Su interacción de Genesys Cloud terminó mientras la aplicación no estaba en marcha</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel started</source>
        <translation>Su trabajo de {channels} en Omni-Channel empezó</translation>
    </message>
    <message>
        <source>Your {channels} work in Omni-Channel uses {load}% of your capacity (the hold starts at {threshold}%)</source>
        <translation>Su trabajo de {channels} en Omni-Channel usa el {load} % de su capacidad (la retención empieza en el {threshold} %)</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended</source>
        <translation>Su trabajo en Omni-Channel terminó</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started</source>
        <translation>Su interacción en Genesys Cloud empezó</translation>
    </message>
    <message>
        <source>Omni-Channel is {status}, which routes no work: nothing to hold</source>
        <translation>Omni-Channel está en {status}, que no enruta trabajo: nada que retener</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended</source>
        <translation>Su interacción en Genesys Cloud terminó</translation>
    </message>
    <message>
        <source>mapped status, deferred until now</source>
        <translation>estado asignado, aplazado hasta ahora</translation>
    </message>
    <message>
        <source>restore after a block is off</source>
        <translation>la restauración tras un bloqueo está desactivada</translation>
    </message>
    <message>
        <source>{product} is now {status}, no longer the mapped status</source>
        <translation>{product} ahora está en {status}, ya no en el estado asignado</translation>
    </message>
    <message>
        <source>restored after the hold</source>
        <translation>restaurado tras la retención</translation>
    </message>
    <message>
        <source>The transition time is over</source>
        <translation>El tiempo de transición terminó</translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>Pasó el tiempo</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>Omni-Channel was in {status} for {seconds} s</source>
        <translation>Omni-Channel estuvo en {status} durante {seconds} s</translation>
    </message>
    <message>
        <source>status after the transition time</source>
        <translation>estado tras el tiempo de transición</translation>
    </message>
    <message>
        <source>your {product} status is not known</source>
        <translation>su estado en {product} no se conoce</translation>
    </message>
    <message>
        <source>{product} is Offline too</source>
        <translation>{product} también está desconectado</translation>
    </message>
    <message>
        <source>status when away</source>
        <translation>estado en ausencia</translation>
    </message>
    <message>
        <source>Your {product} status is unknown: {why}</source>
        <translation>Su estado en {product} es desconocido: {why}</translation>
    </message>
    <message>
        <source>Your {product} status is unknown</source>
        <translation>Su estado en {product} es desconocido</translation>
    </message>
    <message>
        <source>Setting {product} failed: {error}</source>
        <translation>No se pudo cambiar {product}: {error}</translation>
    </message>
    <message>
        <source>Setting {product} failed</source>
        <translation>No se pudo cambiar {product}</translation>
    </message>
    <message>
        <source>waiting for your status in both products</source>
        <translation>esperando su estado en ambos productos</translation>
    </message>
    <message>
        <source>Genesys Cloud is Offline: sync is suspended</source>
        <translation>Genesys Cloud está desconectado: la sincronización está en suspenso</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline ({why}): sync is suspended</source>
        <translation>Omni-Channel está desconectado ({why}): la sincronización está en suspenso</translation>
    </message>
    <message>
        <source>Omni-Channel is Offline: sync is suspended</source>
        <translation>Omni-Channel está desconectado: la sincronización está en suspenso</translation>
    </message>
    <message>
        <source>{why}, so {product} was set to {status} ({role}).</source>
        <translation>{why}, así que {product} se puso en {status} ({role}).</translation>
    </message>
    <message>
        <source>{why}: please set {product} to {status} ({role}).</source>
        <translation>{why}: ponga {product} en {status} ({role}).</translation>
    </message>
    <message>
        <source>{why}; {product} was left as it is: {reason}.</source>
        <translation>{why}; {product} se dejó como estaba: {reason}.</translation>
    </message>
    <message>
        <source>another rule already changes it for this event</source>
        <translation>otra regla ya lo cambia para este evento</translation>
    </message>
    <message>
        <source>it already is</source>
        <translation>ya lo está</translation>
    </message>
    <message>
        <source>mapped status</source>
        <translation>estado asignado</translation>
    </message>
    <message>
        <source>transition status</source>
        <translation>estado de transición</translation>
    </message>
    <message>
        <source>holding status</source>
        <translation>estado de retención</translation>
    </message>
    <message>
        <source>kept from before the restart</source>
        <translation>conservado de antes del reinicio</translation>
    </message>
    <message>
        <source>it no longer shows what the app set</source>
        <translation>ya no muestra lo que puso la aplicación</translation>
    </message>
    <message>
        <source>you are in a Genesys Cloud interaction; deferred until it ends</source>
        <translation>está en una interacción de Genesys Cloud; aplazado hasta que termine</translation>
    </message>
    <message>
        <source>you are working in Omni-Channel; deferred until the work ends</source>
        <translation>está trabajando en Omni-Channel; aplazado hasta que termine el trabajo</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>an interaction alerting</source>
        <translation>una interacción sonando</translation>
    </message>
    <message>
        <source>an active interaction</source>
        <translation>una interacción activa</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>fuera de cola</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>interactuando</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>comunicando</translation>
    </message>
    <message>
        <source>{product} is {status}, which you chose</source>
        <translation>{product} está en {status}, que usted eligió</translation>
    </message>
    <message>
        <source>{product} stayed Offline for {seconds} s</source>
        <translation>{product} estuvo desconectado durante {seconds} s</translation>
    </message>
    <message>
        <source>{observed} (start-up snapshot)</source>
        <translation>{observed} (leído al iniciar)</translation>
    </message>
    <message>
        <source>{observed} (unchanged)</source>
        <translation>{observed} (sin cambios)</translation>
    </message>
    <message>
        <source>{observed}: a late change of the app&apos;s</source>
        <translation>{observed}: un cambio tardío de la aplicación</translation>
    </message>
    <message>
        <source>you opened Omni-Channel in another browser tab</source>
        <translation>abrió Omni-Channel en otra pestaña del navegador</translation>
    </message>
    <message>
        <source>you signed in to Omni-Channel on another browser or computer</source>
        <translation>inició sesión en Omni-Channel en otro navegador u ordenador</translation>
    </message>
    <message>
        <source>Salesforce logged you out for maintenance</source>
        <translation>Salesforce cerró su sesión por mantenimiento</translation>
    </message>
    <message>
        <source>a supervisor logged you out</source>
        <translation>un supervisor cerró su sesión</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <source>Status window…</source>
        <translation>Ventana de estado…</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Notify me when the app changes a status</source>
        <translation>Avisarme cuando la aplicación cambie un estado</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al abrir la sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resync now</source>
        <translation>Resincronizar ahora</translation>
    </message>
    <message>
        <source>Apply the sync rules to your current statuses in both products now</source>
        <translation>Aplicar ahora las reglas de sincronización a sus estados actuales en ambos productos</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>No profiles installed</source>
        <translation>No hay perfiles instalados</translation>
    </message>
    <message>
        <source>{profile} (has errors)</source>
        <translation>{profile} (tiene errores)</translation>
    </message>
    <message>
        <source>{profile} — {reason}</source>
        <translation>{profile}: {reason}</translation>
    </message>
    <message>
        <source>Signing in to {product}…</source>
        <translation>Iniciando sesión en {product}…</translation>
    </message>
    <message>
        <source>Sign in to {product}…</source>
        <translation>Iniciar sesión en {product}…</translation>
    </message>
    <message>
        <source>Sign in to {product} again…</source>
        <translation>Volver a iniciar sesión en {product}…</translation>
    </message>
    <message>
        <source>Sign out of {product}</source>
        <translation>Cerrar sesión en {product}</translation>
    </message>
</context>
<context>
    <name>no tray</name>
    <message>
        <source>No system tray was found on this desktop, so OmniSync shows this window instead. Closing it minimises it; use Quit to stop syncing.</source>
        <translation>No se encontró un área de notificación en este escritorio, así que OmniSync muestra esta ventana en su lugar. Al cerrarla se minimiza; use Salir para detener la sincronización.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
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
        <translation>{product} está ahora en {status}.</translation>
    </message>
    <message>
        <source>OmniSync changed your status</source>
        <translation>OmniSync cambió su estado</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>The machine policy file has errors; ask your administrator</source>
        <translation>El archivo de directivas del equipo tiene errores; consulta a tu administrador</translation>
    </message>
    <message>
        <source>Locked to {profile} by your administrator</source>
        <translation>Tu administrador lo ha bloqueado en {profile}</translation>
    </message>
    <message>
        <source>Locked to a profile that is not installed; ask your administrator</source>
        <translation>Bloqueado en un perfil que no está instalado; consulta a tu administrador</translation>
    </message>
    <message>
        <source>The machine policy ({path}) locks profile {locked}, which is not installed; staying on {active}. Ask your administrator.</source>
        <translation>La directiva del equipo ({path}) bloquea el perfil {locked}, que no está instalado; sigues con {active}. Consulta a tu administrador.</translation>
    </message>
    <message>
        <source>Not allowed on this machine by your administrator</source>
        <translation>Tu administrador no lo permite en este equipo</translation>
    </message>
    <message>
        <source>The machine policy ({path}) allows none of the installed profiles; staying on {active}. Ask your administrator.</source>
        <translation>La directiva del equipo ({path}) no permite ninguno de los perfiles instalados; sigues con {active}. Consulta a tu administrador.</translation>
    </message>
    <message>
        <source>Profile {chosen} is not allowed on this machine; using {active} instead.</source>
        <translation>El perfil {chosen} no está permitido en este equipo; se usa {active} en su lugar.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Language not saved</source>
        <translation>Idioma no guardado</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Inicio al abrir la sesión sin cambios</translation>
    </message>
    <message>
        <source>Notification setting not saved</source>
        <translation>Ajuste de notificaciones no guardado</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>You paused sync</source>
        <translation>Pausó la sincronización</translation>
    </message>
    <message>
        <source>You resumed sync</source>
        <translation>Reanudó la sincronización</translation>
    </message>
    <message>
        <source>Signing in to {product} failed: {error}</source>
        <translation>No se pudo iniciar sesión en {product}: {error}</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>cerró la sesión</translation>
    </message>
    <message>
        <source>you changed it first</source>
        <translation>usted lo cambió antes</translation>
    </message>
    <message>
        <source>your session ended</source>
        <translation>su sesión terminó</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel (read now)</source>
        <translation>Está en {genesys} en Genesys Cloud y en {omni} en Omni-Channel (leído ahora)</translation>
    </message>
    <message>
        <source>the change was not confirmed in time</source>
        <translation>el cambio no se confirmó a tiempo</translation>
    </message>
    <message>
        <source>Profile &quot;{profile}&quot; is active</source>
        <translation>El perfil «{profile}» está activo</translation>
    </message>
    <message>
        <source>{task} failed ({error}); retrying in {seconds} s</source>
        <translation>{task} falló ({error}); nuevo intento en {seconds} s</translation>
    </message>
    <message>
        <source>Salesforce console link: direct, on this computer</source>
        <translation>Enlace con la consola de Salesforce: directo, en este ordenador</translation>
    </message>
    <message>
        <source>Salesforce console link: through the Salesforce record ({why})</source>
        <translation>Enlace con la consola de Salesforce: a través del registro de Salesforce ({why})</translation>
    </message>
    <message>
        <source>waiting for the Salesforce console link</source>
        <translation>esperando el enlace con la consola de Salesforce</translation>
    </message>
    <message>
        <source>not needed while the console link is direct</source>
        <translation>no hace falta mientras el enlace con la consola sea directo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>loading presence definitions</source>
        <translation>cargando los estados de presencia</translation>
    </message>
    <message>
        <source>connecting to notifications</source>
        <translation>conectando con las notificaciones</translation>
    </message>
    <message>
        <source>receiving notifications</source>
        <translation>recibiendo notificaciones</translation>
    </message>
    <message>
        <source>moved to a new channel ({trouble})</source>
        <translation>cambio a un canal nuevo ({trouble})</translation>
    </message>
    <message>
        <source>the notification socket closed</source>
        <translation>la conexión de notificaciones se cerró</translation>
    </message>
    <message>
        <source>no heartbeat arrived in time</source>
        <translation>no llegó ninguna señal de vida a tiempo</translation>
    </message>
    <message>
        <source>the server announced it will close the socket</source>
        <translation>el servidor anunció que cerrará la conexión</translation>
    </message>
    <message>
        <source>the notification channel no longer exists</source>
        <translation>el canal de notificaciones ya no existe</translation>
    </message>
    <message>
        <source>the token was revoked</source>
        <translation>el token se revocó</translation>
    </message>
    <message>
        <source>the channel is close to its 24-hour expiry</source>
        <translation>el canal está a punto de caducar a las 24 horas</translation>
    </message>
    <message>
        <source>Salesforce could not be read: {error}</source>
        <translation>No se pudo leer Salesforce: {error}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>Cannot create {folder} ({error}).</source>
        <translation>No se puede crear {folder} ({error}).</translation>
    </message>
    <message>
        <source>No file manager opened it; the logs are in {folder}.</source>
        <translation>Ningún gestor de archivos la abrió; los registros están en {folder}.</translation>
    </message>
    <message>
        <source>Keeps your Genesys Cloud and Omni-Channel statuses in sync, on this computer, with your own sign-in to each.</source>
        <translation>Mantiene sincronizados sus estados de Genesys Cloud y Omni-Channel, en este equipo, con su propio inicio de sesión en cada uno.</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Registros: {folder}</translation>
    </message>
    <message>
        <source>For your administrator, the setup guide: {path}</source>
        <translation>Para su administrador, la guía de instalación: {path}</translation>
    </message>
</context>
<context>
    <name>status window</name>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Enrutamiento:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Trabajo:</translation>
    </message>
    <message>
        <source>Console link route:</source>
        <translation>Enlace con la consola:</translation>
    </message>
    <message>
        <source>{channel}:</source>
        <translation>{channel}:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>What the app did (newest first)</source>
        <translation>Lo que hizo la aplicación (lo más reciente primero)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>{app}: starting…</source>
        <translation>{app}: iniciando…</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Perfil: {profile}</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>hay que iniciar sesión</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>in transition</source>
        <translation>en transición</translation>
    </message>
    <message>
        <source>held by your Genesys Cloud work</source>
        <translation>retenido por su trabajo en Genesys Cloud</translation>
    </message>
    <message>
        <source>held by your Omni-Channel work</source>
        <translation>retenido por su trabajo en Omni-Channel</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>your own choice</source>
        <translation>su propia elección</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>iniciando sesión…</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>{product}: {account}</source>
        <translation>{product}: {account}</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>sign in again soon</source>
        <translation>vuelva a iniciar sesión pronto</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>{sign_in} (until {time})</source>
        <translation>{sign_in} (hasta las {time})</translation>
    </message>
    <message>
        <source>no interaction</source>
        <translation>sin interacción</translation>
    </message>
    <message>
        <source>an interaction is alerting</source>
        <translation>una interacción está sonando</translation>
    </message>
    <message>
        <source>interacting</source>
        <translation>en interacción</translation>
    </message>
    <message>
        <source>after-call work</source>
        <translation>trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>off queue</source>
        <translation>fuera de cola</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>communicating</source>
        <translation>comunicándose</translation>
    </message>
    <message>
        <source>no work</source>
        <translation>sin trabajo</translation>
    </message>
    <message>
        <source>active work: {active}</source>
        <translation>trabajo activo: {active}</translation>
    </message>
    <message>
        <source>active work: {active}, offered: {offered}</source>
        <translation>trabajo activo: {active}, ofrecido: {offered}</translation>
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
        <translation>Sincronización: pausada por usted</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Sincronización: {state}</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud and Salesforce to start syncing.</source>
        <translation>Inicie sesión en Genesys Cloud y en Salesforce para empezar a sincronizar.</translation>
    </message>
    <message>
        <source>Sign in to {product} to start syncing.</source>
        <translation>Inicie sesión en {product} para empezar a sincronizar.</translation>
    </message>
    <message>
        <source>Sync is paused: the app changes no status until you resume it.</source>
        <translation>La sincronización está en pausa: la aplicación no cambia ningún estado hasta que la reanude.</translation>
    </message>
    <message>
        <source>Reading your statuses…</source>
        <translation>Leyendo sus estados…</translation>
    </message>
    <message>
        <source>You are offline in Omni-Channel, so sync waits until you are back.</source>
        <translation>Está sin conexión en Omni-Channel, así que la sincronización espera a que vuelva.</translation>
    </message>
    <message>
        <source>You are offline in Genesys Cloud, so sync waits until you are back.</source>
        <translation>Está sin conexión en Genesys Cloud, así que la sincronización espera a que vuelva.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud; Omni-Channel follows as {omni}.</source>
        <translation>Está en {genesys} en Genesys Cloud; Omni-Channel lo sigue con {omni}.</translation>
    </message>
    <message>
        <source>You are {genesys} in Genesys Cloud and {omni} in Omni-Channel, in transition.</source>
        <translation>Está en {genesys} en Genesys Cloud y en {omni} en Omni-Channel, en transición.</translation>
    </message>
    <message>
        <source>You are working in Genesys Cloud, so Omni-Channel is held at {omni}.</source>
        <translation>Está trabajando en Genesys Cloud, así que Omni-Channel se mantiene en {omni}.</translation>
    </message>
    <message>
        <source>You are working in Omni-Channel, so Genesys Cloud is held at {genesys}.</source>
        <translation>Está trabajando en Omni-Channel, así que Genesys Cloud se mantiene en {genesys}.</translation>
    </message>
    <message>
        <source>You chose {genesys} in Genesys Cloud and {omni} in Omni-Channel; no rule applies.</source>
        <translation>Eligió {genesys} en Genesys Cloud y {omni} en Omni-Channel; no se aplica ninguna regla.</translation>
    </message>
    <message>
        <source>Sync waits: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel, and one of them is offline.</source>
        <translation>La sincronización espera: está en {genesys} en Genesys Cloud y en {omni} en Omni-Channel, y uno de los dos está sin conexión.</translation>
    </message>
    <message>
        <source>Sync is off: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel.</source>
        <translation>La sincronización está desactivada: está en {genesys} en Genesys Cloud y en {omni} en Omni-Channel.</translation>
    </message>
    <message>
        <source>{product} will sign the app out at {time}: your organization ends sessions after {minutes} minutes without activity. Sign in again then (or now).</source>
        <translation>{product} cerrará la sesión de la aplicación a las {time}: su organización cierra las sesiones tras {minutes} minutos sin actividad. Vuelva a iniciar sesión entonces (o ahora).</translation>
    </message>
    <message>
        <source>Sign in to {product} again: your organization ended the app&apos;s session after {minutes} minutes without activity. Nothing syncs until you do.</source>
        <translation>Vuelva a iniciar sesión en {product}: su organización cerró la sesión de la aplicación tras {minutes} minutos sin actividad. No se sincroniza nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>Sign in to {product} again before {time}, when your session ends.</source>
        <translation>Vuelva a iniciar sesión en {product} antes de las {time}, cuando termina su sesión.</translation>
    </message>
    <message>
        <source>Sign in to {product}: nothing syncs until you do.</source>
        <translation>Inicie sesión en {product}: no se sincroniza nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>Open your Salesforce console and keep it open: the app sets your Omni-Channel status through it.</source>
        <translation>Abra su consola de Salesforce y manténgala abierta: la aplicación cambia su estado de Omni-Channel a través de ella.</translation>
    </message>
    <message>
        <source>Set {product} to {status} yourself: {reason}.</source>
        <translation>Ponga usted mismo {product} en {status}: {reason}.</translation>
    </message>
    <message>
        <source>Log in to Omni-Channel again when you are ready: {why}.</source>
        <translation>Vuelva a iniciar sesión en Omni-Channel cuando esté listo: {why}.</translation>
    </message>
    <message>
        <source>Choose another profile: this one does not fit your org ({problem}).</source>
        <translation>Elija otro perfil: este no encaja con su organización ({problem}).</translation>
    </message>
    <message>
        <source>the app cannot set it now</source>
        <translation>la aplicación no puede cambiarlo ahora</translation>
    </message>
    <message>
        <source>Sign in to Genesys Cloud</source>
        <translation>Iniciar sesión en Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Iniciar sesión en Salesforce</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Open your Salesforce console</source>
        <translation>Abra su consola de Salesforce</translation>
    </message>
    <message>
        <source>Please set your status</source>
        <translation>Cambie su estado, por favor</translation>
    </message>
    <message>
        <source>Choose another profile</source>
        <translation>Elija otro perfil</translation>
    </message>
    <message>
        <source>Omni-Channel logged you out</source>
        <translation>Omni-Channel cerró su sesión</translation>
    </message>
    <message>
        <source>Something needs you.</source>
        <translation>Algo requiere su atención.</translation>
    </message>
    <message>
        <source>Genesys Cloud connection</source>
        <translation>Conexión con Genesys Cloud</translation>
    </message>
    <message>
        <source>Genesys Cloud live updates</source>
        <translation>Actualizaciones en directo de Genesys Cloud</translation>
    </message>
    <message>
        <source>Salesforce connection</source>
        <translation>Conexión con Salesforce</translation>
    </message>
    <message>
        <source>Salesforce live updates</source>
        <translation>Actualizaciones en directo de Salesforce</translation>
    </message>
    <message>
        <source>Salesforce console link</source>
        <translation>Enlace con la consola de Salesforce</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limitado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>{health} ({detail})</source>
        <translation>{health} ({detail})</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>{channel}: {health}</source>
        <translation>{channel}: {health}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>Elegir un perfil…</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>anotado</translation>
    </message>
    <message>
        <source>setting…</source>
        <translation>aplicando…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>asked you</source>
        <translation>se le pidió</translation>
    </message>
    <message>
        <source>{outcome}: {detail}</source>
        <translation>{outcome}: {detail}</translation>
    </message>
    <message>
        <source>You went On Queue in Genesys Cloud, so Omni-Channel follows as {status}.</source>
        <translation>Pasó a On Queue en Genesys Cloud, así que Omni-Channel lo sigue con {status}.</translation>
    </message>
    <message>
        <source>Omni-Channel went to its mapped status, so Genesys Cloud follows as {status}.</source>
        <translation>Omni-Channel pasó a su estado asociado, así que Genesys Cloud lo sigue con {status}.</translation>
    </message>
    <message>
        <source>You left On Queue in Genesys Cloud, so Omni-Channel is set to {status}.</source>
        <translation>Salió de On Queue en Genesys Cloud, así que Omni-Channel pasa a {status}.</translation>
    </message>
    <message>
        <source>You left the mapped status in Omni-Channel, so Genesys Cloud is set to {status}.</source>
        <translation>Salió del estado asociado en Omni-Channel, así que Genesys Cloud pasa a {status}.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work started, so Genesys Cloud is held at {status}.</source>
        <translation>Empezó su trabajo en Omni-Channel, así que Genesys Cloud se mantiene en {status}.</translation>
    </message>
    <message>
        <source>Your Omni-Channel work ended, so Genesys Cloud is back to {status}.</source>
        <translation>Terminó su trabajo en Omni-Channel, así que Genesys Cloud vuelve a {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction started, so Omni-Channel is held at {status}.</source>
        <translation>Empezó su interacción en Genesys Cloud, así que Omni-Channel se mantiene en {status}.</translation>
    </message>
    <message>
        <source>Your Genesys Cloud interaction ended, so Omni-Channel is back to {status}.</source>
        <translation>Terminó su interacción en Genesys Cloud, así que Omni-Channel vuelve a {status}.</translation>
    </message>
    <message>
        <source>The transition time is over, so Omni-Channel moves on to {status}.</source>
        <translation>Terminó el tiempo de transición, así que Omni-Channel pasa a {status}.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún no elegido</translation>
    </message>
    <message>
        <source>direct, on this computer</source>
        <translation>directo, en este ordenador</translation>
    </message>
    <message>
        <source>through your Salesforce record: {why}</source>
        <translation>a través de su registro de Salesforce: {why}</translation>
    </message>
    <message>
        <source>Salesforce console link: {route}</source>
        <translation>Enlace con la consola de Salesforce: {route}</translation>
    </message>
    <message>
        <source>{text} The app cannot set it now: {reason}.</source>
        <translation>{text} La aplicación no puede cambiarlo ahora: {reason}.</translation>
    </message>
</context>
</TS>
