<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Private-app token</source>
            <translation>Token de la app privada</translation>
        </message>
        <message>
            <source>Inbound webhook URL</source>
            <translation>URL del webhook entrante</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave API</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Add a HubSpot connection</source>
            <translation>Añadir una conexión a HubSpot</translation>
        </message>
        <message>
            <source>Add a Bitrix24 connection</source>
            <translation>Añadir una conexión a Bitrix24</translation>
        </message>
        <message>
            <source>Add a Clientify connection</source>
            <translation>Añadir una conexión de Clientify</translation>
        </message>
        <message>
            <source>Add a Pipedrive connection</source>
            <translation>Añadir una conexión de Pipedrive</translation>
        </message>
        <message>
            <source>The webhook URL is a secret: it is kept in the system keyring and shown without its key.</source>
            <translation>La URL del webhook es un secreto: se guarda en el llavero del sistema y se muestra sin su clave.</translation>
        </message>
        <message>
            <source>The token is kept in the system keyring, never in the database or in flow files.</source>
            <translation>El token se guarda en el llavero del sistema, nunca en la base de datos ni en los archivos de flujo.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Email accounts</source>
            <translation>Cuentas de correo</translation>
        </message>
        <message>
            <source>Emails go out through these SMTP accounts. Passwords are kept in the system keyring only. A flow step without an account writes to the local outbox instead.</source>
            <translation>Los correos salen por estas cuentas SMTP. Las contraseñas se guardan solo en el llavero del sistema. Un paso de flujo sin cuenta escribe en la bandeja de salida local.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Server (host)</source>
            <translation>&amp;Servidor (host)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Puerto</translation>
        </message>
        <message>
            <source>S&amp;ecurity</source>
            <translation>S&amp;eguridad</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Usuario</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Contr&amp;aseña</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>Re&amp;mitente</translation>
        </message>
        <message>
            <source>None (plain)</source>
            <translation>Ninguna (sin cifrar)</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <source>Name &lt;address@example.com&gt;</source>
            <translation>Nombre &lt;direccion@ejemplo.com&gt;</translation>
        </message>
        <message>
            <source>e.g. office</source>
            <translation>p. ej. oficina</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.ejemplo.com</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nueva</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Save account</source>
            <translation>&amp;Guardar cuenta</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>unchanged (kept in the keyring)</source>
            <translation>sin cambios (guardada en el llavero)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatoria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Server (host)</source>
            <translation>Servidor (host)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Remitente</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>Rellene: %1.</translation>
        </message>
        <message>
            <source>An account named «%1» exists already.</source>
            <translation>Ya existe una cuenta llamada «%1».</translation>
        </message>
        <message>
            <source>Account «%1» saved.</source>
            <translation>Cuenta «%1» guardada.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Quitar cuenta</translation>
        </message>
        <message>
            <source>Remove the account «%1» and its password from the keyring? Flow steps using it will fail until you choose another.</source>
            <translation>¿Quitar la cuenta «%1» y su contraseña del llavero? Los pasos de flujo que la usan fallarán hasta que elija otra.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Conectando con %1…</translation>
        </message>
        <message>
            <source>Connection works: %1</source>
            <translation>La conexión funciona: %1</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>La conexión falló: %1</translation>
        </message>
    </context>
    <context>
        <name>ActionsBar</name>
        <message>
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Decide a step whose outcome is unknown</source>
            <translation>Decidir un paso de resultado desconocido</translation>
        </message>
    </context>
    <context>
        <name>AddConnectionDialog</name>
        <message>
            <source>e.g. office</source>
            <translation>p. ej. oficina</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Tags property</source>
            <translation>Propiedad de etiquetas</translation>
        </message>
        <message>
            <source>Tags field</source>
            <translation>Campo de etiquetas</translation>
        </message>
        <message>
            <source>Check for changes every</source>
            <translation>Buscar cambios cada</translation>
        </message>
        <message>
            <source>API address (optional)</source>
            <translation>Dirección de la API (opcional)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>El llavero del sistema no está disponible, así que el secreto no se puede guardar de forma segura.</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsDialog</name>
        <message>
            <source>Runtime settings</source>
            <translation>Ajustes de ejecución</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Permitido</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsMenus</name>
        <message>
            <source>&amp;Runtime settings…</source>
            <translation>Ajustes de &amp;ejecución…</translation>
        </message>
    </context>
    <context>
        <name>CanvasDocument</name>
        <message numerus="yes">
            <source>Delete %n node(s)</source>
            <translation>
                <numerusform>Borrar %n nodo</numerusform>
                <numerusform>Borrar %n nodos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n node(s)</source>
            <translation>
                <numerusform>Pegar %n nodo</numerusform>
                <numerusform>Pegar %n nodos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Auto-layout</source>
            <translation>Ordenar automáticamente</translation>
        </message>
        <message>
            <source>Change the flow's CRM</source>
            <translation>Cambiar el CRM del flujo</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>%1 pending</source>
            <translation>%1 en cola</translation>
        </message>
        <message>
            <source>%1 throttled</source>
            <translation>frenadas: %1</translation>
        </message>
        <message>
            <source>%1 / %2 left</source>
            <translation>quedan %1 / %2</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>quedan %1</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>token rechazado</translation>
        </message>
        <message>
            <source>daily quota used up</source>
            <translation>cuota diaria agotada</translation>
        </message>
        <message>
            <source>blocked by the CRM for a while</source>
            <translation>bloqueada un rato por el CRM</translation>
        </message>
        <message>
            <source>rate limited</source>
            <translation>limitada por velocidad</translation>
        </message>
        <message>
            <source>CRM unreachable</source>
            <translation>CRM inaccesible</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>En pausa: %1</translation>
        </message>
        <message>
            <source>tries again at %1</source>
            <translation>vuelve a intentarlo a las %1</translation>
        </message>
        <message>
            <source>quota %1</source>
            <translation>cuota: %1</translation>
        </message>
        <message>
            <source>sync failing</source>
            <translation>la sincronización falla</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>CRM connections</source>
            <translation>Conexiones CRM</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Replace &amp;secret…</source>
            <translation>Sustituir el &amp;secreto…</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API token) to run flows on your own CRM.</source>
            <translation>Aún no hay conexiones: los flujos se ejecutan en el CRM local. Añade HubSpot (un token de app privada), Bitrix24 (una URL de webhook entrante), Clientify (una clave API) o Pipedrive (un token API) para ejecutar flujos en tu propio CRM.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Falla</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Connection «%1» added; its secret is in the system keyring. Use Test to check it.</source>
            <translation>Conexión «%1» añadida; su secreto está en el llavero del sistema. Use Probar para comprobarla.</translation>
        </message>
        <message>
            <source>«%1»: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>«%1» works: %2 users, %3 pipelines, %4 contact fields.</source>
            <translation>«%1» funciona: %2 usuarios, %3 embudos, %4 campos de contacto.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>«%1»: %2 change(s) found (%3 records read).</source>
            <translation>«%1»: %2 cambio(s) encontrado(s) (%3 registros leídos).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>«%1»: the new secret is in the system keyring; the work that waited resumes.</source>
            <translation>«%1»: el secreto nuevo está en el llavero del sistema; el trabajo que esperaba sigue.</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Quitar conexión</translation>
        </message>
        <message>
            <source>Remove «%1» and its secret from this computer? Flows that use it stop until a connection with that name is added again.</source>
            <translation>¿Quitar «%1» y su secreto de este equipo? Los flujos que la usan se detienen hasta que se vuelva a añadir una conexión con ese nombre.</translation>
        </message>
        <message>
            <source>Connection «%1» removed.</source>
            <translation>Conexión «%1» quitada.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsMenus</name>
        <message>
            <source>&amp;CRM connections…</source>
            <translation>&amp;Conexiones CRM…</translation>
        </message>
        <message>
            <source>Flow &amp;settings…</source>
            <translation>&amp;Ajustes del flujo…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Etapa del ciclo de vida</translation>
        </message>
        <message>
            <source>comma separated, e.g. cliente, vip</source>
            <translation>separadas por comas, p. ej. cliente, vip</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(sin propietario)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Negocios</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Search contacts…</source>
            <translation>Buscar contactos…</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Search by name, email or company…</source>
            <translation>Buscar por nombre, correo o empresa…</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Run flow…</source>
            <translation>Ejecutar flujo…</translation>
        </message>
        <message>
            <source>Send the selected contacts through an active flow</source>
            <translation>Enviar los contactos seleccionados por un flujo activo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Run flow</source>
            <translation>Ejecutar flujo</translation>
        </message>
        <message>
            <source>No flow is active. Switch one on in the flows list first.</source>
            <translation>No hay ningún flujo activo. Active uno en la lista de flujos primero.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>Caudal hit an error it did not expect. Your saved flows and the contacts in them are safe; what you were doing may not have finished.</source>
            <translation>Caudal encontró un error que no esperaba. Los flujos guardados y los contactos que hay en ellos están a salvo; lo que estaba haciendo puede no haber terminado.</translation>
        </message>
        <message>
            <source>The details are in the log file %1: send it to whoever supports you.</source>
            <translation>Los detalles están en el archivo de registro %1: envíelo a quien le dé soporte.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Copiar los detalles</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <source>Started</source>
            <translation>Iniciados</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completados</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallidos</translation>
        </message>
        <message>
            <source>Enrollments per day, last 30 days</source>
            <translation>Inscripciones por día, últimos 30 días</translation>
        </message>
    </context>
    <context>
        <name>DealsEditor</name>
        <message>
            <source>Deal</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Embudo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Add deal</source>
            <translation>Añadir negocio</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Título del negocio</translation>
        </message>
    </context>
    <context>
        <name>FiltersBar</name>
        <message>
            <source>All flows</source>
            <translation>Todos los flujos</translation>
        </message>
        <message>
            <source>Search contact by name or email…</source>
            <translation>Buscar contacto por nombre o email…</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>any day</source>
            <translation>cualquier día</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <source>Node: %1 ✕</source>
            <translation>Nodo: %1 ✕</translation>
        </message>
        <message>
            <source>Show every node again</source>
            <translation>Volver a mostrar todos los nodos</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find a step by name or type</source>
            <translation>Buscar un paso por nombre o tipo</translation>
        </message>
        <message>
            <source>Previous (Shift+Enter)</source>
            <translation>Anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>FlowEditor</name>
        <message>
            <source>No flow is open. Create one with File → New flow, or pick one in the Flows list.</source>
            <translation>No hay ningún flujo abierto. Cree uno con Archivo → Nuevo flujo, o elija uno en la lista de flujos.</translation>
        </message>
        <message>
            <source>This flow is empty. Double-click a trigger in Nodes (or drag it here, or press Tab and type its name): it says when contacts come in. Then pick what happens to them: each step goes below the selected one.</source>
            <translation>Este flujo está vacío. Haga doble clic en un lanzador de «Nodos» (o arrástrelo hasta aquí, o pulse Tab y escriba su nombre): dice cuándo entran los contactos. Después elija lo que les pasa: cada paso se añade debajo del seleccionado.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Seleccionar todo</translation>
        </message>
        <message>
            <source>Fit to view</source>
            <translation>Encajar en la vista</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Ordenar automáticamente</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Find in flow…</source>
            <translation>Buscar en el flujo…</translation>
        </message>
        <message>
            <source>Insert a step here</source>
            <translation>Insertar un paso aquí</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Deshacer %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Rehacer %1</translation>
        </message>
    </context>
    <context>
        <name>FlowSettingsDialog</name>
        <message>
            <source>Flow settings</source>
            <translation>Ajustes del flujo</translation>
        </message>
        <message>
            <source>Local CRM (built in)</source>
            <translation>CRM local (integrado)</translation>
        </message>
        <message>
            <source>%1 (missing connection)</source>
            <translation>%1 (conexión que ya no existe)</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>The contacts this flow enrolls, reads and changes live in this CRM. Add connections in Settings → CRM connections.</source>
            <translation>Los contactos que este flujo inscribe, lee y cambia están en este CRM. Añada conexiones en Configuración → Conexiones CRM.</translation>
        </message>
    </context>
    <context>
        <name>FlowsList</name>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Create an empty flow</source>
            <translation>Crear un flujo vacío</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Copy the selected flow</source>
            <translation>Copiar el flujo seleccionado</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <source>Rename the selected flow</source>
            <translation>Renombrar el flujo seleccionado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the selected flow</source>
            <translation>Borrar el flujo seleccionado</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import a *.caudal.json file</source>
            <translation>Importar un archivo *.caudal.json</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Save the selected flow as a *.caudal.json file</source>
            <translation>Guardar el flujo seleccionado como archivo *.caudal.json</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Duplicate, rename, export or delete the selected flow</source>
            <translation>Duplicar, renombrar, exportar o borrar el flujo elegido</translation>
        </message>
        <message>
            <source>Hide inactive flows</source>
            <translation>Ocultar flujos inactivos</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Active version: %1</source>
            <translation>Versión activa: %1</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parado</translation>
        </message>
        <message>
            <source>New flow</source>
            <translation>Nuevo flujo</translation>
        </message>
        <message>
            <source>Name of the new flow:</source>
            <translation>Nombre del nuevo flujo:</translation>
        </message>
        <message>
            <source>Duplicate flow</source>
            <translation>Duplicar flujo</translation>
        </message>
        <message>
            <source>Rename flow</source>
            <translation>Renombrar flujo</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuevo nombre:</translation>
        </message>
        <message>
            <source>Delete the flow «%1» and all its versions and history? This cannot be undone.</source>
            <translation>¿Borrar el flujo «%1» con todas sus versiones e historial? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete flow</source>
            <translation>Borrar flujo</translation>
        </message>
        <message>
            <source>Import flow</source>
            <translation>Importar flujo</translation>
        </message>
        <message>
            <source>Export flow</source>
            <translation>Exportar flujo</translation>
        </message>
    </context>
    <context>
        <name>FormAddressDialog</name>
        <message>
            <source>Web form address: %1</source>
            <translation>Dirección del formulario web: %1</translation>
        </message>
        <message>
            <source>Post a web form (or another app's JSON) to this address to start the flow. Keep it private: anyone with it can send contacts.</source>
            <translation>Envíe un formulario web (o el JSON de otra aplicación) a esta dirección para iniciar el flujo. No la difunda: quien la tenga puede enviar contactos.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Nueva dirección</translation>
        </message>
        <message>
            <source>Make a new secret address; the old one stops working.</source>
            <translation>Crea una dirección secreta nueva; la anterior deja de funcionar.</translation>
        </message>
        <message>
            <source>Sample HTML form:</source>
            <translation>Formulario HTML de ejemplo:</translation>
        </message>
    </context>
    <context>
        <name>HistoryExtension</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Show &amp;history of this flow</source>
            <translation>Ver el &amp;historial de este flujo</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Click to see these contacts in the history</source>
            <translation>Haz clic para ver estos contactos en el historial</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Current node</source>
            <translation>Nodo actual</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Próximo paso</translation>
        </message>
        <message>
            <source>Click a column to sort</source>
            <translation>Haz clic en una columna para ordenar</translation>
        </message>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation>
                <numerusform>%n inscripción</numerusform>
                <numerusform>%n inscripciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryStates</name>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Esperando</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Salió</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Incierto</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Ran, nothing changed</source>
            <translation>Ejecutado, sin cambios</translation>
        </message>
        <message>
            <source>Condition not met</source>
            <translation>Condición no cumplida</translation>
        </message>
        <message>
            <source>Operator action</source>
            <translation>Acción de un operador</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts from CSV</source>
            <translation>Importar contactos desde CSV</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Ejemplo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(ignorar)</translation>
        </message>
        <message>
            <source>Import the good rows even if some are wrong</source>
            <translation>Importar las filas correctas aunque haya alguna errónea</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Archivo: %1</translation>
        </message>
        <message>
            <source>Choose which contact field each column fills:</source>
            <translation>Elija qué campo del contacto rellena cada columna:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>No se pudo importar el archivo: %1</translation>
        </message>
        <message>
            <source>%1 contacts created, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation>%1 contactos creados, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 rows have errors. Fix them, or tick "Import the good rows".</source>
            <translation>No se importó nada: %1 filas tienen errores. Corríjalas o marque «Importar las filas correctas».</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select one node to edit its settings.</source>
            <translation>Seleccione un nodo para editar su configuración.</translation>
        </message>
        <message>
            <source>Unknown node type</source>
            <translation>Tipo de nodo desconocido</translation>
        </message>
        <message>
            <source>The name this step shows on the canvas and in the history.</source>
            <translation>El nombre con el que este paso aparece en el lienzo y en el historial.</translation>
        </message>
        <message>
            <source>Name of the step</source>
            <translation>Nombre del paso</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>Quitar esta regla</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Añadir regla</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Añadir grupo</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Quitar este grupo</translation>
        </message>
        <message>
            <source>Next runs:</source>
            <translation>Próximas ejecuciones:</translation>
        </message>
        <message>
            <source>Invalid cron expression: %1</source>
            <translation>Expresión cron no válida: %1</translation>
        </message>
        <message>
            <source>Insert a merge field</source>
            <translation>Insertar un campo combinado</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <source>(local outbox)</source>
            <translation>(bandeja de salida local)</translation>
        </message>
        <message>
            <source>(write here)</source>
            <translation>(escribir aquí)</translation>
        </message>
        <message>
            <source>Without an account the email stays in the local outbox.</source>
            <translation>Sin cuenta, el correo se queda en la bandeja de salida local.</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>Editar plantillas…</translation>
        </message>
        <message>
            <source>Use «%1»</source>
            <translation>Usar «%1»</translation>
        </message>
        <message>
            <source>Create the tag «%1»</source>
            <translation>Crear la etiqueta «%1»</translation>
        </message>
        <message>
            <source>(the flow's time zone)</source>
            <translation>(la zona horaria del flujo)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nadie)</translation>
        </message>
        <message>
            <source>Use the field key «%1»</source>
            <translation>Usar la clave de campo «%1»</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Remove this field</source>
            <translation>Quitar este campo</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Añadir campo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>The contact's owner</source>
            <translation>El propietario del contacto</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>parado</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secreto</translation>
        </message>
        <message>
            <source>Output label</source>
            <translation>Etiqueta de la salida</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Tick “Secret” to store a reference to a secret in the system keyring; the secret itself is never shown here.</source>
            <translation>Marque «Secreto» para guardar una referencia a un secreto del llavero del sistema; el secreto nunca se muestra aquí.</translation>
        </message>
        <message>
            <source>Total: %1 %</source>
            <translation>Total: %1 %</translation>
        </message>
    </context>
    <context>
        <name>JourneyDialog</name>
        <message>
            <source>Journey</source>
            <translation>Recorrido</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Comparado</translation>
        </message>
        <message>
            <source>Branch taken</source>
            <translation>Rama tomada</translation>
        </message>
        <message>
            <source>Waiting until</source>
            <translation>Esperando hasta</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>en %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older step(s) were compacted by retention.</source>
            <translation>
                <numerusform>%n paso antiguo se compactó por la retención.</numerusform>
                <numerusform>%n pasos antiguos se compactaron por la retención.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Flows</source>
            <translation>Flujos</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodos</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Propiedades</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>About Caudal</source>
            <translation>Acerca de Caudal</translation>
        </message>
        <message>
            <source>Caudal %1
Draw CRM automation flows and run them on your own desktop.</source>
            <translation>Caudal %1
Dibuje flujos de automatización de CRM y ejecútelos en su propio escritorio.</translation>
        </message>
        <message>
            <source>Flows keep running. Open Caudal from the tray icon.</source>
            <translation>Los flujos siguen en marcha. Abra Caudal desde el icono de la bandeja.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n contacto enviado al flujo</numerusform>
                <numerusform>%n contactos enviados al flujo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>No se puede activar: falta corregir %n problema (vea Problemas).</numerusform>
                <numerusform>No se puede activar: faltan corregir %n problemas (vea Problemas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before activating «%1», %n thing(s) to look at:</source>
            <translation>
                <numerusform>Antes de activar «%1», %n cosa que revisar:</numerusform>
                <numerusform>Antes de activar «%1», %n cosas que revisar:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The flow «%1» is active and these changes have %n problem(s): they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</source>
            <translation>
                <numerusform>El flujo «%1» está activo y estos cambios tienen %n problema: se guardan como borrador, y los contactos siguen con la versión activa hasta que lo corrija y lo active de nuevo.</numerusform>
                <numerusform>El flujo «%1» está activo y estos cambios tienen %n problemas: se guardan como borrador, y los contactos siguen con la versión activa hasta que los corrija y lo active de nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in flows</source>
            <translation>
                <numerusform>%n contacto en flujos</numerusform>
                <numerusform>%n contactos en flujos</numerusform>
            </translation>
        </message>
        <message>
            <source>This desktop has no tray: flows stop when Caudal is closed.</source>
            <translation>Este escritorio no tiene bandeja: los flujos se detienen al cerrar Caudal.</translation>
        </message>
        <message>
            <source>&amp;New flow</source>
            <translation>&amp;Nuevo flujo</translation>
        </message>
        <message>
            <source>&amp;Import flow…</source>
            <translation>&amp;Importar flujo…</translation>
        </message>
        <message>
            <source>&amp;Export flow…</source>
            <translation>E&amp;xportar flujo…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Check problems</source>
            <translation>&amp;Revisar problemas</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Activar</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Flow &amp;editor</source>
            <translation>&amp;Editor de flujos</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Contactos</translation>
        </message>
        <message>
            <source>Keep flows running when the window is closed</source>
            <translation>Mantener los flujos en marcha al cerrar la ventana</translation>
        </message>
        <message>
            <source>Draw flows top-down</source>
            <translation>Dibujar los flujos de arriba abajo</translation>
        </message>
        <message>
            <source>&amp;About Caudal</source>
            <translation>&amp;Acerca de Caudal</translation>
        </message>
        <message>
            <source>Open the &amp;logs folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>F&amp;low</source>
            <translation>F&amp;lujo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>no flow open</source>
            <translation>ningún flujo abierto</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Flujo activado</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Flujo detenido</translation>
        </message>
        <message>
            <source>Review before activating</source>
            <translation>Revisar antes de activar</translation>
        </message>
        <message>
            <source>Activate anyway</source>
            <translation>Activar de todos modos</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>El flujo «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>«%1» guardado</translation>
        </message>
        <message>
            <source>«%1» was saved elsewhere (another desktop or window) after you opened it. Reload it (your changes here are lost) or save your version as a copy?</source>
            <translation>«%1» se guardó en otro sitio (otro escritorio u otra ventana) después de que lo abriera. ¿Volver a cargarlo (se pierden los cambios hechos aquí) o guardar su versión como copia?</translation>
        </message>
        <message>
            <source>Saved your version as «%1»</source>
            <translation>Su versión se guardó como «%1»</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activar</translation>
        </message>
        <message>
            <source>Runtime running</source>
            <translation>Ejecución en marcha</translation>
        </message>
        <message>
            <source>Runtime stopped</source>
            <translation>Ejecución detenida</translation>
        </message>
        <message>
            <source>Runtime unavailable</source>
            <translation>Ejecución no disponible</translation>
        </message>
    </context>
    <context>
        <name>NotStartedButton</name>
        <message numerus="yes">
            <source>Not started: %n</source>
            <translation>
                <numerusform>Sin empezar: %n</numerusform>
                <numerusform>Sin empezar: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts a trigger matched that did not start (filter not met, or the re-enrollment policy). Click to see why.</source>
            <translation>Contactos con los que coincidió un lanzador pero no empezaron (filtro no cumplido o política de reinscripción). Pulse para ver por qué.</translation>
        </message>
    </context>
    <context>
        <name>NotStartedDialog</name>
        <message>
            <source>Contacts that did not start</source>
            <translation>Contactos que no empezaron</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Lanzador</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Veces</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Caudal: a flow notifies you</source>
            <translation>Caudal: un flujo le avisa</translation>
        </message>
        <message>
            <source>%1 (for %2)</source>
            <translation>%1 (para %2)</translation>
        </message>
    </context>
    <context>
        <name>OperatorActions</name>
        <message>
            <source>Retry failed step</source>
            <translation>Reintentar paso fallido</translation>
        </message>
        <message>
            <source>Resolve: send again</source>
            <translation>Resolver: enviar de nuevo</translation>
        </message>
        <message>
            <source>Resolve: mark as done</source>
            <translation>Resolver: marcar como hecho</translation>
        </message>
        <message>
            <source>Skip wait</source>
            <translation>Saltar espera</translation>
        </message>
        <message>
            <source>Move to node…</source>
            <translation>Mover a nodo…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Re-enroll</source>
            <translation>Reinscribir</translation>
        </message>
        <message numerus="yes">
            <source>Run the failed step again for %n contact(s)?</source>
            <translation>
                <numerusform>¿Ejecutar de nuevo el paso fallido de %n contacto?</numerusform>
                <numerusform>¿Ejecutar de nuevo el paso fallido de %n contactos?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The outcome of the step is unknown for %n contact(s). Send it again? The receiver may get it twice.</source>
            <translation>
                <numerusform>No se sabe si el paso llegó a %n contacto. ¿Enviarlo de nuevo? El destinatario podría recibirlo dos veces.</numerusform>
                <numerusform>No se sabe si el paso llegó a %n contactos. ¿Enviarlo de nuevo? El destinatario podría recibirlo dos veces.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark the uncertain step as done for %n contact(s) and go on without sending it again?</source>
            <translation>
                <numerusform>¿Marcar como hecho el paso incierto de %n contacto y seguir sin enviarlo de nuevo?</numerusform>
                <numerusform>¿Marcar como hecho el paso incierto de %n contactos y seguir sin enviarlo de nuevo?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>End the wait now for %n contact(s) and go on to the next step?</source>
            <translation>
                <numerusform>¿Terminar ya la espera de %n contacto y pasar al siguiente paso?</numerusform>
                <numerusform>¿Terminar ya la espera de %n contactos y pasar al siguiente paso?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n contact(s) to the node «%1»? They continue from there.</source>
            <translation>
                <numerusform>¿Mover %n contacto al nodo «%1»? Seguirá desde allí.</numerusform>
                <numerusform>¿Mover %n contactos al nodo «%1»? Seguirán desde allí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop the journey of %n contact(s)? Nothing more will run for them.</source>
            <translation>
                <numerusform>¿Detener el recorrido de %n contacto? No se ejecutará nada más para él.</numerusform>
                <numerusform>¿Detener el recorrido de %n contactos? No se ejecutará nada más para ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start the flow again from its trigger for %n contact(s)?</source>
            <translation>
                <numerusform>¿Empezar de nuevo el flujo desde su lanzador para %n contacto?</numerusform>
                <numerusform>¿Empezar de nuevo el flujo desde su lanzador para %n contactos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose contacts of one flow version to move them together.</source>
            <translation>Elige contactos de una misma versión del flujo para moverlos juntos.</translation>
        </message>
        <message>
            <source>Node to move to:</source>
            <translation>Nodo de destino:</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) done.</source>
            <translation>
                <numerusform>%n contacto hecho.</numerusform>
                <numerusform>%n contactos hechos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed:</source>
            <translation>
                <numerusform>%n no se pudo cambiar:</numerusform>
                <numerusform>%n no se pudieron cambiar:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texto plano</translation>
        </message>
        <message>
            <source>The outbox is empty. Emails from flow steps without an account will appear here.</source>
            <translation>La bandeja de salida está vacía. Aquí aparecerán los correos de los pasos de flujo sin cuenta.</translation>
        </message>
        <message>
            <source>&lt;b&gt;These emails were not sent.&lt;/b&gt; Steps without a sending account write here instead; choose an account in the step to send through SMTP.</source>
            <translation>&lt;b&gt;Estos correos no se enviaron.&lt;/b&gt; Los pasos sin cuenta de envío escriben aquí; elija una cuenta en el paso para enviar por SMTP.</translation>
        </message>
        <message>
            <source>Email accounts…</source>
            <translation>Cuentas de correo…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Emails stay on this computer.&lt;/b&gt; No email account is set up yet, so every email a flow writes lands in this local outbox and nobody receives it.</source>
            <translation>&lt;b&gt;Los correos se quedan en este equipo.&lt;/b&gt; Aún no hay ninguna cuenta de correo, así que cada correo que escribe un flujo llega a esta bandeja de salida local y nadie lo recibe.</translation>
        </message>
        <message>
            <source>Set up an email account…</source>
            <translation>Configurar una cuenta de correo…</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Search nodes…</source>
            <translation>Buscar nodos…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>No problems</source>
            <translation>Sin problemas</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
    </context>
    <context>
        <name>RunFlowDialog</name>
        <message>
            <source>Run flow</source>
            <translation>Ejecutar flujo</translation>
        </message>
        <message numerus="yes">
            <source>Send %n selected contact(s) through:</source>
            <translation>
                <numerusform>Enviar %n contacto seleccionado por:</numerusform>
                <numerusform>Enviar %n contactos seleccionados por:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Propietario:</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation>Tareas pendientes</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tareas vencidas</translation>
        </message>
        <message>
            <source>Done tasks</source>
            <translation>Tareas hechas</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Todas las tareas</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tarea</numerusform>
                <numerusform>%n tareas</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue task</source>
            <translation>Tarea vencida</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Asunto</translation>
        </message>
        <message>
            <source>HTML &amp;body</source>
            <translation>&amp;Cuerpo HTML</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Insertar campo</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Vista previa para</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texto plano</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;</source>
            <translation>&lt;p&gt;Hola {{ contact.first_name | default("cliente") }},&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No contact to preview with: add one on the Contacts page.</source>
            <translation>No hay ningún contacto para la vista previa: añada uno en la página Contactos.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Asunto: %1</translation>
        </message>
        <message>
            <source>Merge fields empty for this contact: %1</source>
            <translation>Campos combinados vacíos para este contacto: %1</translation>
        </message>
        <message>
            <source>Every merge field has a value for this contact.</source>
            <translation>Todos los campos combinados tienen valor para este contacto.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Email templates</source>
            <translation>Plantillas de correo</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Nueva plantilla</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renombrar…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Guardar plantilla</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>The template «%1» has unsaved changes. Save them?</source>
            <translation>La plantilla «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Nueva plantilla</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Nombre de la nueva plantilla:</translation>
        </message>
        <message>
            <source>Hello {{ contact.first_name }}</source>
            <translation>Hola {{ contact.first_name }}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Best regards,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</source>
            <translation>&lt;p&gt;Hola {{ contact.first_name | default("cliente") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Un saludo,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Renombrar plantilla</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuevo nombre:</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>La plantilla necesita un nombre.</translation>
        </message>
        <message>
            <source>Template «%1» saved.</source>
            <translation>Plantilla «%1» guardada.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Borrar plantilla</translation>
        </message>
        <message>
            <source>Delete the template «%1»? Flow steps using it will fail until you choose another.</source>
            <translation>¿Borrar la plantilla «%1»? Los pasos de flujo que la usan fallarán hasta que elija otra.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Caudal</source>
            <translation>Abrir Caudal</translation>
        </message>
        <message>
            <source>Quit (stop the runtime)</source>
            <translation>Salir (detener la ejecución)</translation>
        </message>
        <message>
            <source>Caudal: flows keep running</source>
            <translation>Caudal: los flujos siguen en marcha</translation>
        </message>
    </context>
    <context>
        <name>UpdateSecretDialog</name>
        <message>
            <source>Replace the secret of «%1»</source>
            <translation>Sustituir el secreto de «%1»</translation>
        </message>
        <message>
            <source>The new secret goes to the system keyring. What was already read from the CRM is kept, and the work that waited for this connection resumes.</source>
            <translation>El secreto nuevo va al llavero del sistema. Se conserva lo ya leído del CRM y el trabajo que esperaba a esta conexión sigue solo.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Sustituir</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>El llavero del sistema no está disponible, así que el secreto no se puede guardar de forma segura.</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>%1 — version %2 (read-only)</source>
            <translation>%1 — versión %2 (solo lectura)</translation>
        </message>
        <message>
            <source>A frozen version cannot be changed: edit the flow's draft instead.</source>
            <translation>Una versión congelada no se puede cambiar: edite el borrador del flujo.</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodos</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Double-click a version to open it read-only</source>
            <translation>Doble clic en una versión para abrirla en solo lectura</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <source>Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)</source>
            <translation>Flujos de Caudal (*.caudal.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Volver a cargar</translation>
        </message>
        <message>
            <source>Save as copy</source>
            <translation>Guardar como copia</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Saved. Caudal opens this database from its next start.

Reopen Caudal on it now? (Unsaved changes are asked about first.)</source>
            <translation>Guardado. Caudal abrirá esta base de datos desde el próximo inicio.

¿Reabrir Caudal con ella ahora? (Antes se le preguntará por los cambios sin guardar.)</translation>
        </message>
        <message>
            <source>Office database</source>
            <translation>Base de datos de la oficina</translation>
        </message>
        <message>
            <source>&amp;This computer only (a file in your user folder)</source>
            <translation>Solo es&amp;te equipo (un archivo en su carpeta de usuario)</translation>
        </message>
        <message>
            <source>&amp;Office database (PostgreSQL server)</source>
            <translation>Base de datos de la &amp;oficina (servidor PostgreSQL)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Base de &amp;datos:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>Or the whole &amp;address:</source>
            <translation>O la direcció&amp;n completa:</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>se guarda en el llavero de este equipo</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>Type the server and the database, or the whole address.</source>
            <translation>Escriba el servidor y la base de datos, o la dirección completa.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Abierta ahora: %1</translation>
        </message>
        <message>
            <source>This window was started with --db or CAUDAL_DB, which wins over this setting.</source>
            <translation>Esta ventana se abrió con --db o CAUDAL_DB, que mandan sobre este ajuste.</translation>
        </message>
        <message>
            <source>The test failed. Save this address anyway?</source>
            <translation>La prueba falló. ¿Guardar esta dirección de todos modos?</translation>
        </message>
        <message>
            <source>The password could not be kept in the keyring, so nothing was saved.</source>
            <translation>No se pudo guardar la contraseña en el llavero, así que no se guardó nada.</translation>
        </message>
        <message>
            <source>The setting could not be saved: %1</source>
            <translation>No se pudo guardar el ajuste: %1</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>&amp;Change the setting…</source>
            <translation>&amp;Cambiar el ajuste…</translation>
        </message>
        <message>
            <source>Use this &amp;computer's database</source>
            <translation>Usar la base de datos de este &amp;equipo</translation>
        </message>
        <message>
            <source>Office &amp;database…</source>
            <translation>Base de datos de la &amp;oficina…</translation>
        </message>
        <message>
            <source>This is the office database chosen in Settings → Office database….</source>
            <translation>Es la base de datos de la oficina elegida en Configuración → Base de datos de la oficina….</translation>
        </message>
        <message>
            <source>none (it could not be opened)</source>
            <translation>ninguna (no se pudo abrir)</translation>
        </message>
    </context>
    <context>
        <name>EmailMenus</name>
        <message>
            <source>Email &amp;accounts…</source>
            <translation>&amp;Cuentas de correo…</translation>
        </message>
        <message>
            <source>Email &amp;templates…</source>
            <translation>&amp;Plantillas de correo…</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>&amp;Bandeja de salida</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
    </context>
    <context>
        <name>EmailMessages</name>
        <message>
            <source>The password is missing from the keyring: type it again and save.</source>
            <translation>La contraseña no está en el llavero: escríbala de nuevo y guarde.</translation>
        </message>
        <message>
            <source>The password was not stored: %1</source>
            <translation>La contraseña no se guardó: %1</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Etapa del ciclo de vida</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Creado el</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Último cambio el</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Embudo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Fecha de cierre</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>personalizado</translation>
        </message>
    </context>
    <context>
        <name>FlowCanvas</name>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>a node it joins does not exist.</source>
            <translation>uno de los nodos que une no existe.</translation>
        </message>
        <message>
            <source>the port does not exist.</source>
            <translation>el puerto no existe.</translation>
        </message>
        <message>
            <source>duplicate edge, kept once.</source>
            <translation>conexión repetida, se conserva una vez.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>Añadir «%1»</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar «%1»</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Ordenar automáticamente</translation>
        </message>
        <message>
            <source>Node %1: unknown node type “%2”.</source>
            <translation>Nodo %1: tipo de nodo desconocido «%2».</translation>
        </message>
        <message>
            <source>Edge %1 (%2.%3 → %4.%5)</source>
            <translation>Conexión %1 (%2.%3 → %4.%5)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Make room</source>
            <translation>Hacer sitio</translation>
        </message>
        <message>
            <source>Insert “%1”</source>
            <translation>Insertar «%1»</translation>
        </message>
    </context>
    <context>
        <name>FormsMenus</name>
        <message>
            <source>Web &amp;form address…</source>
            <translation>Dirección del &amp;formulario web…</translation>
        </message>
    </context>
    <context>
        <name>RuntimesStatus</name>
        <message numerus="yes">
            <source>desktop</source>
            <translation>
                <numerusform>escritorio</numerusform>
                <numerusform>escritorio</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>service</source>
            <translation>
                <numerusform>servicio</numerusform>
                <numerusform>servicio</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>run until idle</source>
            <translation>
                <numerusform>ejecución puntual</numerusform>
                <numerusform>ejecución puntual</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this desktop</source>
            <translation>
                <numerusform>este equipo</numerusform>
                <numerusform>este equipo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No desktop and no service runs flows on this database now.</source>
            <translation>
                <numerusform>Ningún equipo ni servicio ejecuta flujos en esta base de datos ahora.</numerusform>
                <numerusform>Ningún equipo ni servicio ejecuta flujos en esta base de datos ahora.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes on this database:</source>
            <translation>
                <numerusform>Quién ejecuta flujos en esta base de datos:</numerusform>
                <numerusform>Quién ejecuta flujos en esta base de datos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes: cannot read</source>
            <translation>
                <numerusform>Quién ejecuta flujos: no se puede leer</numerusform>
                <numerusform>Quién ejecuta flujos: no se puede leer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No runtime on this database</source>
            <translation>
                <numerusform>Nadie ejecuta flujos en esta base de datos</numerusform>
                <numerusform>Nadie ejecuta flujos en esta base de datos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not responding</source>
            <translation>
                <numerusform>no responde</numerusform>
                <numerusform>no responde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (not responding)</source>
            <translation>
                <numerusform>%1 (no responde)</numerusform>
                <numerusform>%1 (no responde)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2)</source>
            <translation>
                <numerusform>%1 (%2)</numerusform>
                <numerusform>%1 (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n runtime(s): %1</source>
            <translation>
                <numerusform>Ejecuta flujos (%n): %1</numerusform>
                <numerusform>Ejecutan flujos (%n): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, not responding)</source>
            <translation>
                <numerusform>%1 (%2, no responde)</numerusform>
                <numerusform>%1 (%2, no responde)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 — since %3 — last heartbeat %4</source>
            <translation>
                <numerusform>%1 — %2 — desde %3 — último latido %4</numerusform>
                <numerusform>%1 — %2 — desde %3 — último latido %4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksMenus</name>
        <message>
            <source>&amp;Tasks</source>
            <translation>&amp;Tareas</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
    </context>
</TS>
