<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
</TS>
