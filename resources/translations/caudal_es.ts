<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Remove this rule</source>
            <translation>Quitar esta regla</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Quitar este grupo</translation>
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
            <source>Invalid cron expression: %1</source>
            <translation>Expresión cron no válida: %1</translation>
        </message>
        <message>
            <source>Insert a merge field</source>
            <translation>Insertar un campo combinado</translation>
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
        <name>Commands</name>
        <message>
            <source>Auto-layout</source>
            <translation>Ordenar automáticamente</translation>
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
            <source>Deals</source>
            <translation>Negocios</translation>
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
        <name>FlowEditor</name>
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
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
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
            <source>Title</source>
            <translation>Título</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>&amp;About Caudal</source>
            <translation>&amp;Acerca de Caudal</translation>
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
            <source>no flow open</source>
            <translation>ningún flujo abierto</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>El flujo «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>«%1» guardado</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activar</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Flujo activado</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Flujo detenido</translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>No se puede activar: falta corregir %n problema (vea Problemas).</numerusform>
                <numerusform>No se puede activar: faltan corregir %n problemas (vea Problemas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n contacto enviado al flujo</numerusform>
                <numerusform>%n contactos enviados al flujo</numerusform>
            </translation>
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
        <message>
            <source>Send %n selected contact(s) through:</source>
            <translation>Enviar %n contacto seleccionado por:</translation>
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
    </context>
</TS>
