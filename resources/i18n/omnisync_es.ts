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
    <message>
        <source>No safe per-user runtime folder for the single-instance lock ({error}); set XDG_RUNTIME_DIR to a folder only you can write (mode 700).</source>
        <translation>No hay una carpeta de ejecución segura y propia de su usuario para el bloqueo de instancia única ({error}); defina XDG_RUNTIME_DIR con una carpeta en la que solo usted pueda escribir (modo 700).</translation>
    </message>
    <message>
        <source>Cannot create {folder} for the single-instance lock ({error}).</source>
        <translation>No se puede crear {folder} para el bloqueo de instancia única ({error}).</translation>
    </message>
    <message>
        <source>Cannot use the single-instance lock {file} ({error}); check that its folder is writable.</source>
        <translation>No se puede usar el bloqueo de instancia única {file} ({error}); compruebe que se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <source>OmniSync is already running for you (process {pid}) but does not answer. Quit it from its tray menu, or end that process, then start OmniSync again.</source>
        <translation>OmniSync ya se está ejecutando para usted (proceso {pid}) pero no responde. Ciérrelo desde su menú de la bandeja del sistema o finalice ese proceso, y vuelva a iniciar OmniSync.</translation>
    </message>
    <message>
        <source>Cannot listen on {name} for later launches ({error}).</source>
        <translation>No se puede escuchar en {name} para los inicios posteriores ({error}).</translation>
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
    <name>autostart</name>
    <message>
        <source>Cannot turn on start at login: writing {path} failed ({error}).</source>
        <translation>No se puede activar el inicio al abrir la sesión: no se pudo escribir {path} ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: writing {path} failed ({error}).</source>
        <translation>No se puede desactivar el inicio al abrir la sesión: no se pudo escribir {path} ({error}).</translation>
    </message>
    <message>
        <source>Cannot turn off start at login: removing {path} failed ({error}).</source>
        <translation>No se puede desactivar el inicio al abrir la sesión: no se pudo eliminar {path} ({error}).</translation>
    </message>
    <message>
        <source>Start at login is set, but Task Manager has it switched off and that mark cannot be cleared ({error}). Switch OmniSync on in Task Manager &gt; Startup apps.</source>
        <translation>El inicio al abrir la sesión está activado, pero el Administrador de tareas lo tiene desactivado y esa marca no se puede borrar ({error}). Active OmniSync en Administrador de tareas &gt; Aplicaciones de arranque.</translation>
    </message>
    <message>
        <source>Cannot start at login: the command contains a line break: {arg}</source>
        <translation>No se puede iniciar al abrir la sesión: la orden contiene un salto de línea: {arg}</translation>
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
        <source>Start at login: {error}</source>
        <translation>Inicio al abrir la sesión: {error}</translation>
    </message>
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
    <name>problems</name>
    <message>
        <source>{problem}. {fix}</source>
        <translation>{problem}. {fix}</translation>
    </message>
    <message>
        <source>{where}: warning: {problem}. Fix: {fix}</source>
        <translation>{where}: advertencia: {problem}. Solución: {fix}</translation>
    </message>
    <message>
        <source>{where}: error: {problem}. Fix: {fix}</source>
        <translation>{where}: error: {problem}. Solución: {fix}</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>¿Quería decir {name}?</translation>
    </message>
    <message>
        <source>Did you mean one of {names}?</source>
        <translation>¿Quería decir uno de estos: {names}?</translation>
    </message>
    <message>
        <source>Known keys: {keys}</source>
        <translation>Claves conocidas: {keys}</translation>
    </message>
    <message>
        <source>{key} is nested more than {depth} levels deep</source>
        <translation>{key} está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>it is nested more than {depth} levels deep</source>
        <translation>está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>it holds a number too long to read ({error})</source>
        <translation>contiene un número demasiado largo para leerlo ({error})</translation>
    </message>
    <message>
        <source>it is {length} characters long; files over {most} are refused</source>
        <translation>tiene {length} caracteres; se rechazan los archivos de más de {most}</translation>
    </message>
    <message>
        <source>it holds {name}: numbers must be finite</source>
        <translation>contiene {name}: los números deben ser finitos</translation>
    </message>
    <message>
        <source>{key} is a number too large (at most {most})</source>
        <translation>{key} es un número demasiado grande (como máximo {most})</translation>
    </message>
    <message>
        <source>it is a number too large (at most {most})</source>
        <translation>es un número demasiado grande (como máximo {most})</translation>
    </message>
    <message>
        <source>{key} is {value}: numbers must be finite and at most {most}</source>
        <translation>{key} es {value}: los números deben ser finitos y como máximo {most}</translation>
    </message>
    <message>
        <source>it is {value}: numbers must be finite and at most {most}</source>
        <translation>el valor es {value}: los números deben ser finitos y como máximo {most}</translation>
    </message>
    <message>
        <source>it is larger than {limit} bytes, too large for a settings file</source>
        <translation>ocupa más de {limit} bytes, demasiado para un archivo de configuración</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>the Omni-Channel status mirrored with Genesys On Queue</source>
        <translation>el estado de Omni-Channel que refleja On Queue de Genesys</translation>
    </message>
    <message>
        <source>the Genesys status set when the agent leaves the mapped Omni-Channel status</source>
        <translation>el estado de Genesys que se pone cuando el agente deja el estado asignado de Omni-Channel</translation>
    </message>
    <message>
        <source>the Omni-Channel status set when the agent leaves On Queue</source>
        <translation>el estado de Omni-Channel que se pone cuando el agente deja On Queue</translation>
    </message>
    <message>
        <source>the Genesys status while the agent works on an Omni-Channel item</source>
        <translation>el estado de Genesys mientras el agente trabaja en un elemento de Omni-Channel</translation>
    </message>
    <message>
        <source>the Omni-Channel status while the agent interacts in Genesys</source>
        <translation>el estado de Omni-Channel mientras el agente atiende una interacción en Genesys</translation>
    </message>
    <message>
        <source>this profile cannot be used: {error}</source>
        <translation>este perfil no se puede usar: {error}</translation>
    </message>
    <message>
        <source>Write only the keys docs/profiles.md lists, with values in their ranges</source>
        <translation>Escriba solo las claves que lista docs/profiles.md, con valores dentro de sus rangos</translation>
    </message>
    <message>
        <source>this file is JSON, but a profile is TOML</source>
        <translation>este archivo es JSON, pero un perfil es TOML</translation>
    </message>
    <message>
        <source>Write it as TOML: name = &quot;...&quot;, enabled = true, then sections such as [mapped] with omni = &quot;Busy&quot; (docs/profiles.md has a full example)</source>
        <translation>Escríbalo en TOML: name = &quot;...&quot;, enabled = true, y luego secciones como [mapped] con omni = &quot;Busy&quot; (docs/profiles.md tiene un ejemplo completo)</translation>
    </message>
    <message>
        <source>this is not valid TOML ({error})</source>
        <translation>esto no es TOML válido ({error})</translation>
    </message>
    <message>
        <source>Fix the syntax at that line: strings need double quotes, sections [brackets]</source>
        <translation>Corrija la sintaxis en esa línea: las cadenas van entre comillas dobles y las secciones entre [corchetes]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;</source>
        <translation>clave desconocida «{key}»</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; is missing</source>
        <translation>falta el ajuste «{key}»</translation>
    </message>
    <message>
        <source>Add {key} = {example}</source>
        <translation>Añada {key} = {example}</translation>
    </message>
    <message>
        <source>the setting &quot;{key}&quot; ({meaning}) is missing</source>
        <translation>falta el ajuste «{key}» ({meaning})</translation>
    </message>
    <message>
        <source>Add {key} = &quot;&lt;status name&gt;&quot; under [{section}], or &quot;&quot; to switch this rule off</source>
        <translation>Añada {key} = &quot;&lt;nombre del estado&gt;&quot; bajo [{section}], o &quot;&quot; para desactivar esta regla</translation>
    </message>
    <message>
        <source>{key} must be a status name in quotes</source>
        <translation>{key} debe ser un nombre de estado entre comillas</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Busy&quot;</source>
        <translation>Escriba {key} = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;{key}&quot;</source>
        <translation>opción desconocida «{key}»</translation>
    </message>
    <message>
        <source>the transition timer cannot be negative</source>
        <translation>el temporizador de transición no puede ser negativo</translation>
    </message>
    <message>
        <source>Use 0 for no timer, or the number of seconds to wait</source>
        <translation>Use 0 para no tener temporizador, o el número de segundos de espera</translation>
    </message>
    <message>
        <source>the transition timer is {seconds} seconds, longer than a day</source>
        <translation>el temporizador de transición es de {seconds} segundos, más de un día</translation>
    </message>
    <message>
        <source>Use at most {seconds} seconds (or 0 for no timer)</source>
        <translation>Use como máximo {seconds} segundos (o 0 para no tener temporizador)</translation>
    </message>
    <message>
        <source>the Genesys org has no active On Queue presence</source>
        <translation>la organización de Genesys no tiene ninguna presencia On Queue activa</translation>
    </message>
    <message>
        <source>Check the Genesys org&apos;s presence definitions: On Queue cannot be deactivated</source>
        <translation>Revise las definiciones de presencia de la organización de Genesys: On Queue no se puede desactivar</translation>
    </message>
    <message>
        <source>the Genesys status &quot;{status}&quot; is deactivated</source>
        <translation>el estado de Genesys «{status}» está desactivado</translation>
    </message>
    <message>
        <source>Pick an active status, or reactivate it in Genesys Cloud</source>
        <translation>Elija un estado activo, o reactívelo en Genesys Cloud</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or a custom Transition status</source>
        <translation>Elija un estado como Busy o un estado de transición personalizado</translation>
    </message>
    <message>
        <source>sync is enabled but no mapped Omni-Channel status is set</source>
        <translation>la sincronización está activada pero no hay ningún estado asignado de Omni-Channel</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status that mirrors On Queue, e.g. omni = &quot;Busy&quot;</source>
        <translation>Indique el estado de Omni-Channel que refleja On Queue, por ejemplo omni = &quot;Busy&quot;</translation>
    </message>
    <message>
        <source>leaving On Queue would set &quot;{status}&quot;, the mapped status itself, which puts Genesys back On Queue: a loop</source>
        <translation>dejar On Queue pondría «{status}», el propio estado asignado, que vuelve a poner Genesys en On Queue: un bucle</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, typically a non-routable Transition</source>
        <translation>Elija un estado distinto del asignado, normalmente uno de transición no enrutable</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable, so Omni-Channel work arrives straight away when the agent leaves On Queue (no transition time)</source>
        <translation>«{status}» es enrutable, así que el trabajo de Omni-Channel llega en cuanto el agente deja On Queue (sin tiempo de transición)</translation>
    </message>
    <message>
        <source>Pick a non-routable status such as a custom Transition status</source>
        <translation>Elija un estado no enrutable, como un estado de transición personalizado</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is routable and no blocking status is set, so work can arrive in both products at once</source>
        <translation>«{status}» es enrutable y no hay estado de bloqueo, así que puede llegar trabajo en los dos productos a la vez</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work and blocking.omni_while_genesys_interaction, or map a non-routable status</source>
        <translation>Defina blocking.genesys_while_salesforce_work y blocking.omni_while_genesys_interaction, o asigne un estado no enrutable</translation>
    </message>
    <message>
        <source>the transition timer is on but has no status to move to</source>
        <translation>el temporizador de transición está activado pero no tiene estado al que pasar</translation>
    </message>
    <message>
        <source>Name the Omni-Channel status, e.g. transition_timer_omni_status = &quot;Available&quot;</source>
        <translation>Indique el estado de Omni-Channel, por ejemplo transition_timer_omni_status = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>the transition timer is on but there is no Omni transition status to time</source>
        <translation>el temporizador de transición está activado pero no hay estado de transición de Omni que cronometrar</translation>
    </message>
    <message>
        <source>Set transition.omni_on_leaving_on_queue, or set the timer to 0</source>
        <translation>Defina transition.omni_on_leaving_on_queue, o ponga el temporizador a 0</translation>
    </message>
    <message>
        <source>the timer would move Omni-Channel to the transition status it is already in</source>
        <translation>el temporizador pasaría Omni-Channel al estado de transición en el que ya está</translation>
    </message>
    <message>
        <source>Pick the status the agent should move on to, such as Available</source>
        <translation>Elija el estado al que debe pasar el agente después, como Available</translation>
    </message>
    <message>
        <source>the timer moves Omni-Channel to the mapped status but Genesys will not follow (the app&apos;s own writes trigger no rule)</source>
        <translation>el temporizador pasa Omni-Channel al estado asignado pero Genesys no lo seguirá (los cambios de la propia aplicación no activan ninguna regla)</translation>
    </message>
    <message>
        <source>Pick a status other than the mapped one, or expect Genesys to stay as it is</source>
        <translation>Elija un estado distinto del asignado, o cuente con que Genesys se quede como está</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; matches {count} {product} statuses</source>
        <translation>«{name}» coincide con {count} estados de {product}</translation>
    </message>
    <message>
        <source>Name it by id instead: one of {ids}</source>
        <translation>Indíquelo por su id: uno de {ids}</translation>
    </message>
    <message>
        <source>The {product} org&apos;s statuses: {valid}</source>
        <translation>Estados de la organización de {product}: {valid}</translation>
    </message>
    <message>
        <source>The org has no statuses</source>
        <translation>La organización no tiene estados</translation>
    </message>
    <message>
        <source>{hint} {listed}</source>
        <translation>{hint} {listed}</translation>
    </message>
    <message>
        <source>no {product} status is named &quot;{name}&quot;</source>
        <translation>ningún estado de {product} se llama «{name}»</translation>
    </message>
    <message>
        <source>capacity_percent must be a number from 1 to 100 (a percentage of the agent&apos;s Omni-Channel capacity)</source>
        <translation>capacity_percent debe ser un número de 1 a 100 (un porcentaje de la capacidad de Omni-Channel del agente)</translation>
    </message>
    <message>
        <source>Write capacity_percent = 80, or remove it to block on any accepted work</source>
        <translation>Escriba capacity_percent = 80, o quítelo para bloquear con cualquier trabajo aceptado</translation>
    </message>
    <message>
        <source>channels must be a list of service channel names in quotes</source>
        <translation>channels debe ser una lista de nombres de canales de servicio entre comillas</translation>
    </message>
    <message>
        <source>Write channels = [&quot;sfdc_livechat&quot;], or remove it to count every channel</source>
        <translation>Escriba channels = [&quot;sfdc_livechat&quot;], o quítelo para contar todos los canales</translation>
    </message>
    <message>
        <source>side must be one of {sides}</source>
        <translation>side debe ser uno de estos valores: {sides}</translation>
    </message>
    <message>
        <source>Write side = &quot;genesys&quot; (Genesys leads), &quot;salesforce&quot;, or &quot;both&quot; (two-way)</source>
        <translation>Escriba side = &quot;genesys&quot; (manda Genesys), &quot;salesforce&quot;, o &quot;both&quot; (en los dos sentidos)</translation>
    </message>
    <message>
        <source>follower_change must be &quot;allow&quot; or &quot;undo&quot;</source>
        <translation>follower_change debe ser &quot;allow&quot; o &quot;undo&quot;</translation>
    </message>
    <message>
        <source>Write follower_change = &quot;undo&quot; to put the follower back, or &quot;allow&quot;</source>
        <translation>Escriba follower_change = &quot;undo&quot; para devolver el lado que sigue, o &quot;allow&quot;</translation>
    </message>
    <message>
        <source>follower_change = &quot;undo&quot; does nothing while both sides lead (side = &quot;both&quot;)</source>
        <translation>follower_change = &quot;undo&quot; no hace nada mientras mandan los dos lados (side = &quot;both&quot;)</translation>
    </message>
    <message>
        <source>Name the side that leads, e.g. side = &quot;genesys&quot;, or remove follower_change</source>
        <translation>Indique el lado que manda, por ejemplo side = &quot;genesys&quot;, o quite follower_change</translation>
    </message>
    <message>
        <source>mapping must be a list of rows</source>
        <translation>mapping debe ser una lista de filas</translation>
    </message>
    <message>
        <source>Write each row as [[mapping]]</source>
        <translation>Escriba cada fila como [[mapping]]</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in mapping row {number}</source>
        <translation>clave desconocida «{key}» en la fila de mapping {number}</translation>
    </message>
    <message>
        <source>mapping row {number} needs the Omni-Channel status it maps</source>
        <translation>la fila de mapping {number} necesita el estado de Omni-Channel que asigna</translation>
    </message>
    <message>
        <source>Add omni = &quot;&lt;status name&gt;&quot; to that [[mapping]] row</source>
        <translation>Añada omni = &quot;&lt;nombre del estado&gt;&quot; a esa fila [[mapping]]</translation>
    </message>
    <message>
        <source>Write genesys_on_leaving = &quot;Away&quot;, or &quot;&quot; to leave Genesys as it is</source>
        <translation>Escriba genesys_on_leaving = &quot;Away&quot;, o &quot;&quot; para dejar Genesys como está</translation>
    </message>
    <message>
        <source>{key} must be a number of seconds, 0 or more</source>
        <translation>{key} debe ser un número de segundos, 0 o más</translation>
    </message>
    <message>
        <source>Write {key} = {example}</source>
        <translation>Escriba {key} = {example}</translation>
    </message>
    <message>
        <source>Write {key} = &quot;Away&quot;, or &quot;&quot; to switch this off</source>
        <translation>Escriba {key} = &quot;Away&quot;, o &quot;&quot; para desactivarlo</translation>
    </message>
    <message>
        <source>Known channels: {channels}</source>
        <translation>Canales conocidos: {channels}</translation>
    </message>
    <message>
        <source>The statuses file lists no service channels: export it again with omnisync export-statuses</source>
        <translation>El archivo de estados no lista canales de servicio: expórtelo de nuevo con omnisync export-statuses</translation>
    </message>
    <message>
        <source>no Omni-Channel service channel is named &quot;{name}&quot;</source>
        <translation>ningún canal de servicio de Omni-Channel se llama «{name}»</translation>
    </message>
    <message>
        <source>[salesforce_work] says which work blocks Genesys, but no blocking status is set</source>
        <translation>[salesforce_work] indica qué trabajo bloquea Genesys, pero no hay estado de bloqueo</translation>
    </message>
    <message>
        <source>Set blocking.genesys_while_salesforce_work, or remove [salesforce_work]</source>
        <translation>Defina blocking.genesys_while_salesforce_work, o quite [salesforce_work]</translation>
    </message>
    <message>
        <source>Offline cannot be a mapped status (it logs the agent out of Omni-Channel)</source>
        <translation>Offline no puede ser un estado asignado (cierra la sesión del agente en Omni-Channel)</translation>
    </message>
    <message>
        <source>Pick a status with service channels, such as Available - Chat</source>
        <translation>Elija un estado con canales de servicio, como Available - Chat</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is already mapped above; only the first row would ever match</source>
        <translation>«{status}» ya está asignado más arriba; solo se usaría la primera fila</translation>
    </message>
    <message>
        <source>Remove this row, or name another Omni-Channel status</source>
        <translation>Quite esta fila, o indique otro estado de Omni-Channel</translation>
    </message>
    <message>
        <source>leaving On Queue sets &quot;{status}&quot;, which this row maps back to On Queue: a loop</source>
        <translation>dejar On Queue pone «{status}», que esta fila devuelve a On Queue: un bucle</translation>
    </message>
    <message>
        <source>Map another status, or pick another transition.omni_on_leaving_on_queue</source>
        <translation>Asigne otro estado, o elija otro transition.omni_on_leaving_on_queue</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; has no service channel, so no Omni-Channel work reaches the agent in it while Genesys is On Queue</source>
        <translation>«{status}» no tiene canal de servicio, así que no llega trabajo de Omni-Channel al agente en ese estado mientras Genesys está On Queue</translation>
    </message>
    <message>
        <source>Map a status with service channels, or remove the row</source>
        <translation>Asigne un estado con canales de servicio, o quite la fila</translation>
    </message>
    <message>
        <source>mapping rows need [mapped] omni first (the status Genesys On Queue sets)</source>
        <translation>las filas de mapping necesitan antes [mapped] omni (el estado que pone On Queue de Genesys)</translation>
    </message>
    <message>
        <source>Name the first mapped status under [mapped], e.g. omni = &quot;Available&quot;</source>
        <translation>Indique el primer estado asignado bajo [mapped], por ejemplo omni = &quot;Available&quot;</translation>
    </message>
    <message>
        <source>Pick a status such as Busy or Break</source>
        <translation>Elija un estado como Busy o Break</translation>
    </message>
    <message>
        <source>putting Genesys On Queue while Omni-Channel is closed routes calls to an agent who may have left</source>
        <translation>poner Genesys en On Queue mientras Omni-Channel está cerrado envía llamadas a un agente que quizá se haya ido</translation>
    </message>
    <message>
        <source>Pick a status such as Away, Offline or Break</source>
        <translation>Elija un estado como Away, Offline o Break</translation>
    </message>
    <message>
        <source>{seconds} s is shorter than a console refresh, which logs Omni-Channel out for a few seconds: a refresh would change Genesys</source>
        <translation>{seconds} s es menos que una recarga de la consola, que desconecta Omni-Channel unos segundos: una recarga cambiaría Genesys</translation>
    </message>
    <message>
        <source>Use at least {seconds} seconds; 30 is a good start</source>
        <translation>Use al menos {seconds} segundos; 30 es un buen comienzo</translation>
    </message>
    <message>
        <source>this Genesys org&apos;s routing includes agent presence, so every block and restore resets the agent&apos;s routing score</source>
        <translation>el enrutamiento de esta organización de Genesys tiene en cuenta la presencia del agente, así que cada bloqueo y cada restauración reinicia su puntuación de enrutamiento</translation>
    </message>
    <message>
        <source>Switch the block off (&quot;&quot;) and let Omni-Channel capacity hold the work, or accept the reset</source>
        <translation>Desactive el bloqueo (&quot;&quot;) y deje que la capacidad de Omni-Channel retenga el trabajo, o acepte el reinicio</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is also the status Omni-Channel sets when the agent declines work, so the app cannot tell a decline from its own block and may restore the agent out of it</source>
        <translation>«{status}» es también el estado que pone Omni-Channel cuando el agente rechaza trabajo, así que la aplicación no distingue un rechazo de su propio bloqueo y puede sacar al agente de él</translation>
    </message>
    <message>
        <source>Pick a blocking status of its own, such as a custom Busy - Genesys status</source>
        <translation>Elija un estado de bloqueo propio, como un estado personalizado Busy - Genesys</translation>
    </message>
    <message>
        <source>{key} must be a section</source>
        <translation>{key} debe ser una sección</translation>
    </message>
    <message>
        <source>Write it as [{key}] with keys below it</source>
        <translation>Escríbalo como [{key}] con las claves debajo</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in [{section}]</source>
        <translation>clave desconocida «{key}» en [{section}]</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} debe ser true o false</translation>
    </message>
    <message>
        <source>{key} must be a string in double quotes</source>
        <translation>{key} debe ser una cadena entre comillas dobles</translation>
    </message>
    <message>
        <source>{key} must be a number</source>
        <translation>{key} debe ser un número</translation>
    </message>
    <message>
        <source>Offline cannot be set by a rule (it logs the agent out of Omni-Channel)</source>
        <translation>Offline no lo puede poner una regla (cierra la sesión del agente en Omni-Channel)</translation>
    </message>
    <message>
        <source>&quot;{status}&quot; is On Queue, which re-triggers the mapping: a loop</source>
        <translation>«{status}» es On Queue, lo que vuelve a activar la asignación: un bucle</translation>
    </message>
    <message>
        <source>Pick a Genesys status that is not On Queue, such as Available, Away or Busy</source>
        <translation>Elija un estado de Genesys que no sea On Queue, como Available, Away o Busy</translation>
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
        <source>this profile cannot be chosen: {reason}</source>
        <translation>este perfil no se puede elegir: {reason}</translation>
    </message>
    <message>
        <source>Ask your administrator</source>
        <translation>Pregunte a su administrador</translation>
    </message>
    <message>
        <source>Signing in to {product} failed: {error}</source>
        <translation>No se pudo iniciar sesión en {product}: {error}</translation>
    </message>
    <message>
        <source>you are not signed in</source>
        <translation>no ha iniciado sesión</translation>
    </message>
    <message>
        <source>you signed out</source>
        <translation>cerró la sesión</translation>
    </message>
    <message>
        <source>your session expired</source>
        <translation>su sesión ha caducado</translation>
    </message>
    <message>
        <source>the server no longer accepts your session (expired or revoked)</source>
        <translation>el servidor ya no acepta su sesión (caducada o revocada)</translation>
    </message>
    <message>
        <source>your session cannot be renewed without signing in</source>
        <translation>su sesión no se puede renovar sin volver a iniciar sesión</translation>
    </message>
    <message>
        <source>the session was ended ({error})</source>
        <translation>la sesión se cerró ({error})</translation>
    </message>
    <message>
        <source>{product} ({why})</source>
        <translation>{product} ({why})</translation>
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
        <source>there is no profile &quot;{profile}&quot;</source>
        <translation>no hay ningún perfil «{profile}»</translation>
    </message>
    <message>
        <source>Installed profiles: {profiles}</source>
        <translation>Perfiles instalados: {profiles}</translation>
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
        <source>The {product} connection</source>
        <translation>La conexión con {product}</translation>
    </message>
    <message>
        <source>Reading the {product} statuses</source>
        <translation>La lectura de los estados de {product}</translation>
    </message>
    <message>
        <source>The resync</source>
        <translation>La resincronización</translation>
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
        <source>the Salesforce console did not confirm the change</source>
        <translation>la consola de Salesforce no confirmó el cambio</translation>
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
        <source>your organization ended the session after {minutes} minutes without activity (its idle timeout)</source>
        <translation>su organización cerró la sesión tras {minutes} minutos sin actividad (su tiempo de inactividad)</translation>
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
        <source>the desktop refused the console component&apos;s connection ({why})</source>
        <translation>el equipo rechazó la conexión del componente de la consola ({why})</translation>
    </message>
    <message>
        <source>the console component did not dial the desktop directly within {seconds} s</source>
        <translation>el componente de la consola no llamó directamente al equipo en {seconds} s</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped: {error}</source>
        <translation>el streaming de Salesforce se detuvo: {error}</translation>
    </message>
    <message>
        <source>Salesforce streaming stopped</source>
        <translation>el streaming de Salesforce se detuvo</translation>
    </message>
    <message>
        <source>the direct link is turned off</source>
        <translation>el enlace directo está desactivado</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce</source>
        <translation>el enlace con la consola no está configurado en Salesforce</translation>
    </message>
    <message>
        <source>the desktop could not publish its link key ({error})</source>
        <translation>el equipo no pudo publicar su clave de enlace ({error})</translation>
    </message>
    <message>
        <source>the console link is not set up: PushTopic {topic} ({error})</source>
        <translation>el enlace con la consola no está configurado: PushTopic {topic} ({error})</translation>
    </message>
    <message>
        <source>your Omni-Channel status cannot be followed: {error}</source>
        <translation>no se puede seguir su estado de Omni-Channel: {error}</translation>
    </message>
    <message>
        <source>Salesforce could not be read: {error}</source>
        <translation>No se pudo leer Salesforce: {error}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>el archivo no se puede leer ({error})</translation>
    </message>
    <message>
        <source>Check its permissions and that it is saved as UTF-8</source>
        <translation>Revise sus permisos y que esté guardado en UTF-8</translation>
    </message>
    <message>
        <source>Sign-in is kept in memory for this run only: {reason}. Unlock or install your system&apos;s password store (Keychain, Credential Manager, GNOME Keyring or KWallet) and restart OmniSync; until then you will be asked to sign in again after every restart.</source>
        <translation>El inicio de sesión se guarda en memoria solo durante esta ejecución: {reason}. Desbloquee o instale el almacén de contraseñas de su sistema (Llavero, Administrador de credenciales, GNOME Keyring o KWallet) y reinicie OmniSync; hasta entonces tendrá que volver a iniciar sesión tras cada reinicio.</translation>
    </message>
    <message>
        <source>no system password store was found</source>
        <translation>no se encontró ningún almacén de contraseñas del sistema</translation>
    </message>
    <message>
        <source>the password store {name} keeps secrets in a plain file</source>
        <translation>el almacén de contraseñas {name} guarda los secretos en un archivo sin cifrar</translation>
    </message>
    <message>
        <source>the password store {name} is not a recommended system store</source>
        <translation>el almacén de contraseñas {name} no es un almacén del sistema recomendado</translation>
    </message>
    <message>
        <source>the password store failed ({error})</source>
        <translation>el almacén de contraseñas falló ({error})</translation>
    </message>
    <message>
        <source>the demo keeps its tokens in memory</source>
        <translation>la demo guarda sus tokens en memoria</translation>
    </message>
    <message>
        <source>OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: {keys} not set. Your administrator sets them in the machine policy file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox.</source>
        <translation>OmniSync no sabe en qué organizaciones de Genesys Cloud y Salesforce iniciar sesión: {keys} sin definir. Su administrador los define en el archivo de directivas del equipo (vea docs/admin.md), o ejecute `omnisync demo` para probar la aplicación en el entorno de pruebas.</translation>
    </message>
    <message>
        <source>The chosen profile applies now but was not saved for the next start: {error}</source>
        <translation>El perfil elegido se aplica ahora pero no se guardó para el próximo inicio: {error}</translation>
    </message>
    <message>
        <source>the console link is not set up in Salesforce ({error})</source>
        <translation>el enlace con la consola no está configurado en Salesforce ({error})</translation>
    </message>
    <message>
        <source>the console link has not answered yet</source>
        <translation>el enlace con la consola aún no ha respondido</translation>
    </message>
    <message>
        <source>the Salesforce console was closed</source>
        <translation>la consola de Salesforce se cerró</translation>
    </message>
    <message>
        <source>the command could not be sent: {error}</source>
        <translation>no se pudo enviar la orden: {error}</translation>
    </message>
    <message>
        <source>the console did not answer within {seconds} s</source>
        <translation>la consola no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>the console could not do it ({error})</source>
        <translation>la consola no pudo hacerlo ({error})</translation>
    </message>
    <message>
        <source>the console component sent an oversized message</source>
        <translation>el componente de la consola envió un mensaje demasiado grande</translation>
    </message>
    <message>
        <source>no port of the desktop link&apos;s range is free ({errors})</source>
        <translation>ningún puerto del rango del enlace del equipo está libre ({errors})</translation>
    </message>
    <message>
        <source>the desktop signed in again</source>
        <translation>el equipo volvió a iniciar sesión</translation>
    </message>
    <message>
        <source>no console component is connected to the desktop</source>
        <translation>ningún componente de la consola está conectado al equipo</translation>
    </message>
    <message>
        <source>the console component went away ({error})</source>
        <translation>el componente de la consola desapareció ({error})</translation>
    </message>
    <message>
        <source>origin not allowed</source>
        <translation>origen no permitido</translation>
    </message>
    <message>
        <source>no origin</source>
        <translation>sin origen</translation>
    </message>
    <message>
        <source>replaced by a newer console tab</source>
        <translation>sustituido por una pestaña de consola más reciente</translation>
    </message>
    <message>
        <source>a console component connected over the loopback link</source>
        <translation>un componente de la consola se conectó por el enlace local</translation>
    </message>
    <message>
        <source>the console component disconnected</source>
        <translation>el componente de la consola se desconectó</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>demasiados mensajes</translation>
    </message>
    <message>
        <source>the console component sent too many messages</source>
        <translation>el componente de la consola envió demasiados mensajes</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>wrong key</source>
        <translation>clave incorrecta</translation>
    </message>
    <message>
        <source>no console component has connected to the desktop directly</source>
        <translation>ningún componente de la consola se ha conectado directamente al equipo</translation>
    </message>
    <message>
        <source>Sign in to {product} again: {reason}</source>
        <translation>Vuelva a iniciar sesión en {product}: {reason}</translation>
    </message>
    <message>
        <source>the token answer had no usable identity URL ({url})</source>
        <translation>la respuesta del token no contenía ninguna URL de identidad utilizable ({url})</translation>
    </message>
    <message>
        <source>the session has no identity URL</source>
        <translation>la sesión no tiene URL de identidad</translation>
    </message>
    <message>
        <source>you signed out of Salesforce</source>
        <translation>cerró la sesión de Salesforce</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} on {path} ({code}): {message}</source>
        <translation>Genesys Cloud respondió HTTP {status} en {path} ({code}): {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud answered HTTP {status} ({code}): {message}</source>
        <translation>Genesys Cloud respondió HTTP {status} ({code}): {message}</translation>
    </message>
    <message>
        <source>Genesys Cloud cannot be reached ({error}); check the network connection</source>
        <translation>No se puede conectar con Genesys Cloud ({error}); compruebe la conexión de red</translation>
    </message>
    <message>
        <source>Genesys Cloud keeps answering HTTP {status} on {request}; try again later</source>
        <translation>Genesys Cloud sigue respondiendo HTTP {status} a {request}; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Salesforce stopped sending changes for good: {why}</source>
        <translation>Salesforce dejó de enviar los cambios definitivamente: {why}</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up ({usage}). OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce rechazó la llamada: se agotó el límite diario de API de la organización ({usage}). OmniSync conserva el último estado de Omni-Channel conocido y lo volverá a leer un poco más tarde; pida a su administrador de Salesforce que revise el uso de la API.</translation>
    </message>
    <message>
        <source>Salesforce refused the call: the org&apos;s daily API limit is used up. OmniSync keeps the last known Omni-Channel status and reads it again a little later; ask your Salesforce administrator to check API usage.</source>
        <translation>Salesforce rechazó la llamada: se agotó el límite diario de API de la organización. OmniSync conserva el último estado de Omni-Channel conocido y lo volverá a leer un poco más tarde; pida a su administrador de Salesforce que revise el uso de la API.</translation>
    </message>
    <message>
        <source>You are not signed in to Salesforce: sign in again</source>
        <translation>No ha iniciado sesión en Salesforce: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Salesforce answered HTTP {status} ({code}): {message}</source>
        <translation>Salesforce respondió HTTP {status} ({code}): {message}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a host name only, got {value}</source>
        <translation>debe ser solo un nombre de host, se recibió {value}</translation>
    </message>
    <message>
        <source>leave out https://, any port and any path, e.g. {example}</source>
        <translation>omita https://, cualquier puerto y cualquier ruta, por ejemplo {example}</translation>
    </message>
    <message>
        <source>is not a valid host name: {value}</source>
        <translation>no es un nombre de host válido: {value}</translation>
    </message>
    <message>
        <source>write a host name, e.g. {example}</source>
        <translation>escriba un nombre de host, por ejemplo {example}</translation>
    </message>
    <message>
        <source>is a Genesys host, not a region: {value}</source>
        <translation>es un host de Genesys, no una región: {value}</translation>
    </message>
    <message>
        <source>write the region domain only: {domain}</source>
        <translation>escriba solo el dominio de la región: {domain}</translation>
    </message>
    <message>
        <source>is not a Genesys Cloud region: {value}</source>
        <translation>no es una región de Genesys Cloud: {value}</translation>
    </message>
    <message>
        <source>write a region domain such as mypurecloud.com or euw2.pure.cloud (see Admin &gt; Organization Settings in Genesys Cloud)</source>
        <translation>escriba un dominio de región como mypurecloud.com o euw2.pure.cloud (vea Admin &gt; Organization Settings en Genesys Cloud)</translation>
    </message>
    <message>
        <source>is not an https origin: {value}</source>
        <translation>no es un origen https: {value}</translation>
    </message>
    <message>
        <source>write the console&apos;s origin, e.g. https://acme.lightning.force.com</source>
        <translation>escriba el origen de la consola, por ejemplo https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not an origin (scheme and host only): {value}</source>
        <translation>no es un origen (solo esquema y host): {value}</translation>
    </message>
    <message>
        <source>leave out any path, e.g. https://acme.lightning.force.com</source>
        <translation>omita cualquier ruta, por ejemplo https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>has no valid host name: {value}</source>
        <translation>no tiene un nombre de host válido: {value}</translation>
    </message>
    <message>
        <source>e.g. https://acme.lightning.force.com</source>
        <translation>por ejemplo https://acme.lightning.force.com</translation>
    </message>
    <message>
        <source>is not a Genesys OAuth client id: {value}</source>
        <translation>no es un id de cliente OAuth de Genesys: {value}</translation>
    </message>
    <message>
        <source>copy the Client ID (a GUID like 6f1c2a3b-...) from Admin &gt; Integrations &gt; OAuth</source>
        <translation>copie el Client ID (un GUID como 6f1c2a3b-...) desde Admin &gt; Integrations &gt; OAuth</translation>
    </message>
    <message>
        <source>is not a Salesforce consumer key (10 to 256 characters, no spaces)</source>
        <translation>no es una clave de consumidor de Salesforce (de 10 a 256 caracteres, sin espacios)</translation>
    </message>
    <message>
        <source>copy the Consumer Key of the connected app from Setup &gt; App Manager</source>
        <translation>copie la Consumer Key de la aplicación conectada desde Setup &gt; App Manager</translation>
    </message>
    <message>
        <source>use the port of the redirect URI registered for the OAuth client</source>
        <translation>use el puerto de la URI de redirección registrada para el cliente OAuth</translation>
    </message>
    <message>
        <source>copy the idle timeout from Admin &gt; Organization Settings in Genesys Cloud</source>
        <translation>copie el tiempo de inactividad desde Admin &gt; Organization Settings en Genesys Cloud</translation>
    </message>
    <message>
        <source>is empty, which would allow no profile at all</source>
        <translation>está vacío, lo que no permitiría ningún perfil</translation>
    </message>
    <message>
        <source>list at least one profile id, or remove the key to allow every profile</source>
        <translation>indique al menos un id de perfil, o quite la clave para permitir todos los perfiles</translation>
    </message>
    <message>
        <source>locks {profile}, which profiles.allowed does not list</source>
        <translation>bloquea {profile}, que profiles.allowed no incluye</translation>
    </message>
    <message>
        <source>add {profile} to profiles.allowed, or lock one of: {allowed}</source>
        <translation>añada {profile} a profiles.allowed, o bloquee uno de estos: {allowed}</translation>
    </message>
    <message>
        <source>The machine policy cannot be used, so profile switching is disabled until your administrator fixes it:
{problems}</source>
        <translation>No se puede usar la directiva del equipo, así que el cambio de perfil está desactivado hasta que su administrador la corrija:
{problems}</translation>
    </message>
    <message>
        <source>let every user read it (it holds no secrets), e.g. mode 644</source>
        <translation>permita que todos los usuarios lo lean (no contiene secretos), por ejemplo el modo 644</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>guárdelo en UTF-8</translation>
    </message>
    <message>
        <source>Installed here: {profiles}; or ship that profile and check with --profiles DIR</source>
        <translation>Instalados aquí: {profiles}; o distribuya ese perfil y compruébelo con --profiles DIRECTORIO</translation>
    </message>
    <message>
        <source>No profile is installed here; ship that profile and check with --profiles DIR</source>
        <translation>Aquí no hay ningún perfil instalado; distribuya ese perfil y compruébelo con --profiles DIRECTORIO</translation>
    </message>
    <message>
        <source>{hint} {installed}</source>
        <translation>{hint} {installed}</translation>
    </message>
    <message>
        <source>your policy names the profile &quot;{profile}&quot;, which is not installed on this machine</source>
        <translation>su directiva nombra el perfil «{profile}», que no está instalado en este equipo</translation>
    </message>
    <message>
        <source>does not hold a dictionary of settings</source>
        <translation>no contiene un diccionario de ajustes</translation>
    </message>
    <message>
        <source>give Users read access to the key (Group Policy does by default)</source>
        <translation>dé a Usuarios acceso de lectura a la clave (la directiva de grupo lo hace de forma predeterminada)</translation>
    </message>
    <message>
        <source>deploy a configuration profile whose payload type is {type} (see packaging/macos/omnisync.mobileconfig)</source>
        <translation>despliegue un perfil de configuración cuyo tipo de contenido sea {type} (vea packaging/macos/omnisync.mobileconfig)</translation>
    </message>
    <message>
        <source>is not a property list ({error})</source>
        <translation>no es una lista de propiedades ({error})</translation>
    </message>
    <message>
        <source>is not a configuration profile ({error})</source>
        <translation>no es un perfil de configuración ({error})</translation>
    </message>
    <message>
        <source>has {count} payloads of type {type}, not one</source>
        <translation>tiene {count} contenidos de tipo {type}, no uno</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>no es TOML válido ({error})</translation>
    </message>
    <message>
        <source>correct the file at the position named</source>
        <translation>corrija el archivo en la posición indicada</translation>
    </message>
    <message>
        <source>cannot be used: {error}</source>
        <translation>no se puede usar: {error}</translation>
    </message>
    <message>
        <source>write only the keys and values docs/admin.md lists</source>
        <translation>escriba solo las claves y valores que lista docs/admin.md</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({error})</source>
        <translation>no es texto UTF-8 ({error})</translation>
    </message>
    <message>
        <source>must be a table, got {value}</source>
        <translation>debe ser una tabla, se recibió {value}</translation>
    </message>
    <message>
        <source>write it as [{key}]</source>
        <translation>escríbalo como [{key}]</translation>
    </message>
    <message>
        <source>is {number}, written for a newer OmniSync (this one reads version {supported})</source>
        <translation>es {number}, escrito para un OmniSync más reciente (este lee la versión {supported})</translation>
    </message>
    <message>
        <source>update OmniSync, or write the file for version 1</source>
        <translation>actualice OmniSync, o escriba el archivo para la versión 1</translation>
    </message>
    <message>
        <source>must be 1, got {number}</source>
        <translation>debe ser 1, se recibió {number}</translation>
    </message>
    <message>
        <source>write version = 1</source>
        <translation>escriba version = 1</translation>
    </message>
    <message>
        <source>did you mean {key}?</source>
        <translation>¿quería decir {key}?</translation>
    </message>
    <message>
        <source>remove it (known keys here: {keys})</source>
        <translation>quítela (claves conocidas aquí: {keys})</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>no es una clave conocida</translation>
    </message>
    <message>
        <source>must be text in quotes, got {value}</source>
        <translation>debe ser texto entre comillas, se recibió {value}</translation>
    </message>
    <message>
        <source>write it as &quot;...&quot;</source>
        <translation>escríbalo como &quot;...&quot;</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>give a value, or remove the key to use the default</source>
        <translation>dé un valor, o quite la clave para usar el valor predeterminado</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>debe ser true o false, se recibió {value}</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>escriba true o false</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>write digits only, e.g. 1</source>
        <translation>escriba solo cifras, por ejemplo 1</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {number}</source>
        <translation>debe estar entre {low} y {high}, se recibió {number}</translation>
    </message>
    <message>
        <source>must be a list, got {value}</source>
        <translation>debe ser una lista, se recibió {value}</translation>
    </message>
    <message>
        <source>write it as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>escríbalo como [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a profile id: {value}</source>
        <translation>no es un id de perfil: {value}</translation>
    </message>
    <message>
        <source>use the id of a profile (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;), e.g. default</source>
        <translation>use el id de un perfil (letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;), por ejemplo default</translation>
    </message>
    <message>
        <source>is not a language the app speaks: {value}</source>
        <translation>no es un idioma que hable la aplicación: {value}</translation>
    </message>
    <message>
        <source>write one of {languages}, or remove the key to follow the system&apos;s language</source>
        <translation>escriba uno de estos: {languages}, o quite la clave para seguir el idioma del sistema</translation>
    </message>
    <message>
        <source>The original file was kept as {path}; OmniSync uses its valid values and the defaults for the rest.</source>
        <translation>El archivo original se guardó como {path}; OmniSync usa sus valores válidos y los predeterminados para el resto.</translation>
    </message>
    <message>
        <source>check its permissions</source>
        <translation>revise sus permisos</translation>
    </message>
    <message>
        <source>could not be moved aside ({error}), so the next save replaces it</source>
        <translation>no se pudo apartar ({error}), así que el próximo guardado lo sustituirá</translation>
    </message>
    <message>
        <source>copy it somewhere safe before changing a setting</source>
        <translation>cópielo en un lugar seguro antes de cambiar un ajuste</translation>
    </message>
    <message>
        <source>Could not save settings: {problems} The file was left as it is.</source>
        <translation>No se pudieron guardar los ajustes: {problems} El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>Could not save settings to {path} ({error}); the previous settings are unchanged. Check that the folder is writable.</source>
        <translation>No se pudieron guardar los ajustes en {path} ({error}); los ajustes anteriores no han cambiado. Compruebe que se puede escribir en la carpeta.</translation>
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
    <name>wording</name>
    <message>
        <source>Profile: {profile}</source>
        <translation>Perfil: {profile}</translation>
    </message>
    <message>
        <source>Reason given: {error}</source>
        <translation>Motivo indicado: {error}</translation>
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
