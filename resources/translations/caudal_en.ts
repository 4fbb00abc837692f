<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Remove this rule</source>
            <translation>Remove this rule</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Remove this group</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Add rule</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Add group</translation>
        </message>
        <message>
            <source>Invalid cron expression: %1</source>
            <translation>Invalid cron expression: %1</translation>
        </message>
        <message>
            <source>Insert a merge field</source>
            <translation>Insert a merge field</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Tick “Secret” to store a reference to a secret in the system keyring; the secret itself is never shown here.</source>
            <translation>Tick “Secret” to store a reference to a secret in the system keyring; the secret itself is never shown here.</translation>
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
            <translation>Auto-layout</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>comma separated, e.g. cliente, vip</source>
            <translation>comma separated, e.g. cliente, vip</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Search by name, email or company…</source>
            <translation>Search by name, email or company…</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>Run flow…</source>
            <translation>Run flow…</translation>
        </message>
        <message>
            <source>Send the selected contacts through an active flow</source>
            <translation>Send the selected contacts through an active flow</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Run flow</source>
            <translation>Run flow</translation>
        </message>
        <message>
            <source>No flow is active. Switch one on in the flows list first.</source>
            <translation>No flow is active. Switch one on in the flows list first.</translation>
        </message>
    </context>
    <context>
        <name>FlowEditor</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>Fit to view</source>
            <translation>Fit to view</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Auto-layout</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
    </context>
    <context>
        <name>FlowsList</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Create an empty flow</source>
            <translation>Create an empty flow</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Copy the selected flow</source>
            <translation>Copy the selected flow</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Rename the selected flow</source>
            <translation>Rename the selected flow</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected flow</source>
            <translation>Delete the selected flow</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import a *.caudal.json file</source>
            <translation>Import a *.caudal.json file</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save the selected flow as a *.caudal.json file</source>
            <translation>Save the selected flow as a *.caudal.json file</translation>
        </message>
        <message>
            <source>Hide inactive flows</source>
            <translation>Hide inactive flows</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Active version: %1</source>
            <translation>Active version: %1</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>New flow</source>
            <translation>New flow</translation>
        </message>
        <message>
            <source>Name of the new flow:</source>
            <translation>Name of the new flow:</translation>
        </message>
        <message>
            <source>Duplicate flow</source>
            <translation>Duplicate flow</translation>
        </message>
        <message>
            <source>Rename flow</source>
            <translation>Rename flow</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Delete the flow «%1» and all its versions and history? This cannot be undone.</source>
            <translation>Delete the flow «%1» and all its versions and history? This cannot be undone.</translation>
        </message>
        <message>
            <source>Delete flow</source>
            <translation>Delete flow</translation>
        </message>
        <message>
            <source>Import flow</source>
            <translation>Import flow</translation>
        </message>
        <message>
            <source>Export flow</source>
            <translation>Export flow</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts from CSV</source>
            <translation>Import contacts from CSV</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Example</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <source>Import the good rows even if some are wrong</source>
            <translation>Import the good rows even if some are wrong</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>Choose which contact field each column fills:</source>
            <translation>Choose which contact field each column fills:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>The file could not be imported: %1</translation>
        </message>
        <message>
            <source>%1 contacts created, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation>%1 contacts created, %2 updated, %3 unchanged, %4 skipped.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 rows have errors. Fix them, or tick "Import the good rows".</source>
            <translation>Nothing was imported: %1 rows have errors. Fix them, or tick "Import the good rows".</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select one node to edit its settings.</source>
            <translation>Select one node to edit its settings.</translation>
        </message>
        <message>
            <source>Unknown node type</source>
            <translation>Unknown node type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New flow</source>
            <translation>&amp;New flow</translation>
        </message>
        <message>
            <source>&amp;Import flow…</source>
            <translation>&amp;Import flow…</translation>
        </message>
        <message>
            <source>&amp;Export flow…</source>
            <translation>&amp;Export flow…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Check problems</source>
            <translation>&amp;Check problems</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;top</translation>
        </message>
        <message>
            <source>Flow &amp;editor</source>
            <translation>Flow &amp;editor</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>Keep flows running when the window is closed</source>
            <translation>Keep flows running when the window is closed</translation>
        </message>
        <message>
            <source>&amp;About Caudal</source>
            <translation>&amp;About Caudal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>F&amp;low</source>
            <translation>F&amp;low</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Flows</source>
            <translation>Flows</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodes</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>no flow open</source>
            <translation>no flow open</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>The flow «%1» has unsaved changes. Save them?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>Saved «%1»</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Flow activated</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Flow stopped</translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>Cannot activate: %n problem to fix first (see Problems).</numerusform>
                <numerusform>Cannot activate: %n problems to fix first (see Problems).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n contact sent into the flow</numerusform>
                <numerusform>%n contacts sent into the flow</numerusform>
            </translation>
        </message>
        <message>
            <source>Runtime running</source>
            <translation>Runtime running</translation>
        </message>
        <message>
            <source>Runtime stopped</source>
            <translation>Runtime stopped</translation>
        </message>
        <message>
            <source>Runtime unavailable</source>
            <translation>Runtime unavailable</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in flows</source>
            <translation>
                <numerusform>%n contact in flows</numerusform>
                <numerusform>%n contacts in flows</numerusform>
            </translation>
        </message>
        <message>
            <source>This desktop has no tray: flows stop when Caudal is closed.</source>
            <translation>This desktop has no tray: flows stop when Caudal is closed.</translation>
        </message>
        <message>
            <source>About Caudal</source>
            <translation>About Caudal</translation>
        </message>
        <message>
            <source>Caudal %1
Draw CRM automation flows and run them on your own desktop.</source>
            <translation>Caudal %1
Draw CRM automation flows and run them on your own desktop.</translation>
        </message>
        <message>
            <source>Flows keep running. Open Caudal from the tray icon.</source>
            <translation>Flows keep running. Open Caudal from the tray icon.</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Search nodes…</source>
            <translation>Search nodes…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>No problems</source>
            <translation>No problems</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
    </context>
    <context>
        <name>RunFlowDialog</name>
        <message>
            <source>Run flow</source>
            <translation>Run flow</translation>
        </message>
        <message>
            <source>Send %n selected contact(s) through:</source>
            <translation>Send %n selected contact(s) through:</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Caudal</source>
            <translation>Open Caudal</translation>
        </message>
        <message>
            <source>Quit (stop the runtime)</source>
            <translation>Quit (stop the runtime)</translation>
        </message>
        <message>
            <source>Caudal: flows keep running</source>
            <translation>Caudal: flows keep running</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>%1 — version %2 (read-only)</source>
            <translation>%1 — version %2 (read-only)</translation>
        </message>
        <message>
            <source>A frozen version cannot be changed: edit the flow's draft instead.</source>
            <translation>A frozen version cannot be changed: edit the flow's draft instead.</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Nodes</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Double-click a version to open it read-only</source>
            <translation>Double-click a version to open it read-only</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <source>Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)</source>
            <translation>Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)</translation>
        </message>
    </context>
</TS>
