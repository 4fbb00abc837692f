<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Private-app token</source>
            <translation>Private-app token</translation>
        </message>
        <message>
            <source>Inbound webhook URL</source>
            <translation>Inbound webhook URL</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>API token</translation>
        </message>
        <message>
            <source>Add a HubSpot connection</source>
            <translation>Add a HubSpot connection</translation>
        </message>
        <message>
            <source>Add a Bitrix24 connection</source>
            <translation>Add a Bitrix24 connection</translation>
        </message>
        <message>
            <source>Add a Clientify connection</source>
            <translation>Add a Clientify connection</translation>
        </message>
        <message>
            <source>Add a Pipedrive connection</source>
            <translation>Add a Pipedrive connection</translation>
        </message>
        <message>
            <source>The webhook URL is a secret: it is kept in the system keyring and shown without its key.</source>
            <translation>The webhook URL is a secret: it is kept in the system keyring and shown without its key.</translation>
        </message>
        <message>
            <source>The token is kept in the system keyring, never in the database or in flow files.</source>
            <translation>The token is kept in the system keyring, never in the database or in flow files.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Email accounts</source>
            <translation>Email accounts</translation>
        </message>
        <message>
            <source>Emails go out through these SMTP accounts. Passwords are kept in the system keyring only. A flow step without an account writes to the local outbox instead.</source>
            <translation>Emails go out through these SMTP accounts. Passwords are kept in the system keyring only. A flow step without an account writes to the local outbox instead.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Server (host)</source>
            <translation>&amp;Server (host)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>S&amp;ecurity</source>
            <translation>S&amp;ecurity</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Pass&amp;word</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>None (plain)</source>
            <translation>None (plain)</translation>
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
            <translation>Name &lt;address@example.com&gt;</translation>
        </message>
        <message>
            <source>e.g. office</source>
            <translation>e.g. office</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Save account</source>
            <translation>&amp;Save account</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>unchanged (kept in the keyring)</source>
            <translation>unchanged (kept in the keyring)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Server (host)</source>
            <translation>Server (host)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>Please fill in: %1.</translation>
        </message>
        <message>
            <source>An account named «%1» exists already.</source>
            <translation>An account named «%1» exists already.</translation>
        </message>
        <message>
            <source>Account «%1» saved.</source>
            <translation>Account «%1» saved.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Remove account</translation>
        </message>
        <message>
            <source>Remove the account «%1» and its password from the keyring? Flow steps using it will fail until you choose another.</source>
            <translation>Remove the account «%1» and its password from the keyring? Flow steps using it will fail until you choose another.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Connection works: %1</source>
            <translation>Connection works: %1</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Connection failed: %1</translation>
        </message>
    </context>
    <context>
        <name>ActionsBar</name>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Decide a step whose outcome is unknown</source>
            <translation>Decide a step whose outcome is unknown</translation>
        </message>
    </context>
    <context>
        <name>AddConnectionDialog</name>
        <message>
            <source>e.g. office</source>
            <translation>e.g. office</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tags property</source>
            <translation>Tags property</translation>
        </message>
        <message>
            <source>Tags field</source>
            <translation>Tags field</translation>
        </message>
        <message>
            <source>Check for changes every</source>
            <translation>Check for changes every</translation>
        </message>
        <message>
            <source>API address (optional)</source>
            <translation>API address (optional)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>The system keyring is not available, so the secret cannot be kept safely.</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsDialog</name>
        <message>
            <source>Runtime settings</source>
            <translation>Runtime settings</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsMenus</name>
        <message>
            <source>&amp;Runtime settings…</source>
            <translation>&amp;Runtime settings…</translation>
        </message>
    </context>
    <context>
        <name>CanvasDocument</name>
        <message numerus="yes">
            <source>Delete %n node(s)</source>
            <translation>
                <numerusform>Delete %n node</numerusform>
                <numerusform>Delete %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n node(s)</source>
            <translation>
                <numerusform>Paste %n node</numerusform>
                <numerusform>Paste %n nodes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Auto-layout</source>
            <translation>Auto-layout</translation>
        </message>
        <message>
            <source>Change the flow's CRM</source>
            <translation>Change the flow's CRM</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>%1 pending</source>
            <translation>%1 pending</translation>
        </message>
        <message>
            <source>%1 throttled</source>
            <translation>%1 throttled</translation>
        </message>
        <message>
            <source>%1 / %2 left</source>
            <translation>%1 / %2 left</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>token rejected</translation>
        </message>
        <message>
            <source>daily quota used up</source>
            <translation>daily quota used up</translation>
        </message>
        <message>
            <source>blocked by the CRM for a while</source>
            <translation>blocked by the CRM for a while</translation>
        </message>
        <message>
            <source>rate limited</source>
            <translation>rate limited</translation>
        </message>
        <message>
            <source>CRM unreachable</source>
            <translation>CRM unreachable</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Paused: %1</translation>
        </message>
        <message>
            <source>tries again at %1</source>
            <translation>tries again at %1</translation>
        </message>
        <message>
            <source>quota %1</source>
            <translation>quota %1</translation>
        </message>
        <message>
            <source>sync failing</source>
            <translation>sync failing</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>CRM connections</source>
            <translation>CRM connections</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Test</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Replace &amp;secret…</source>
            <translation>Replace &amp;secret…</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API token) to run flows on your own CRM.</source>
            <translation>No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API token) to run flows on your own CRM.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Failing</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Connection «%1» added; its secret is in the system keyring. Use Test to check it.</source>
            <translation>Connection «%1» added; its secret is in the system keyring. Use Test to check it.</translation>
        </message>
        <message>
            <source>«%1»: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>«%1» works: %2 users, %3 pipelines, %4 contact fields.</source>
            <translation>«%1» works: %2 users, %3 pipelines, %4 contact fields.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>«%1»: %2 change(s) found (%3 records read).</source>
            <translation>«%1»: %2 change(s) found (%3 records read).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>«%1»: the new secret is in the system keyring; the work that waited resumes.</source>
            <translation>«%1»: the new secret is in the system keyring; the work that waited resumes.</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Remove connection</translation>
        </message>
        <message>
            <source>Remove «%1» and its secret from this computer? Flows that use it stop until a connection with that name is added again.</source>
            <translation>Remove «%1» and its secret from this computer? Flows that use it stop until a connection with that name is added again.</translation>
        </message>
        <message>
            <source>Connection «%1» removed.</source>
            <translation>Connection «%1» removed.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsMenus</name>
        <message>
            <source>&amp;CRM connections…</source>
            <translation>&amp;CRM connections…</translation>
        </message>
        <message>
            <source>Flow &amp;settings…</source>
            <translation>Flow &amp;settings…</translation>
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
            <source>(no owner)</source>
            <translation>(no owner)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Search contacts…</source>
            <translation>Search contacts…</translation>
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
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Caudal hit an error it did not expect. Your saved flows and the contacts in them are safe; what you were doing may not have finished.</source>
            <translation>Caudal hit an error it did not expect. Your saved flows and the contacts in them are safe; what you were doing may not have finished.</translation>
        </message>
        <message>
            <source>The details are in the log file %1: send it to whoever supports you.</source>
            <translation>The details are in the log file %1: send it to whoever supports you.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Open the logs folder</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Copy the details</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Enrollments per day, last 30 days</source>
            <translation>Enrollments per day, last 30 days</translation>
        </message>
    </context>
    <context>
        <name>DealsEditor</name>
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
            <source>Add deal</source>
            <translation>Add deal</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Deal title</translation>
        </message>
    </context>
    <context>
        <name>FiltersBar</name>
        <message>
            <source>All flows</source>
            <translation>All flows</translation>
        </message>
        <message>
            <source>Search contact by name or email…</source>
            <translation>Search contact by name or email…</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>any day</source>
            <translation>any day</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Node: %1 ✕</source>
            <translation>Node: %1 ✕</translation>
        </message>
        <message>
            <source>Show every node again</source>
            <translation>Show every node again</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find a step by name or type</source>
            <translation>Find a step by name or type</translation>
        </message>
        <message>
            <source>Previous (Shift+Enter)</source>
            <translation>Previous (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Next (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>no match</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>FlowEditor</name>
        <message>
            <source>No flow is open. Create one with File → New flow, or pick one in the Flows list.</source>
            <translation>No flow is open. Create one with File → New flow, or pick one in the Flows list.</translation>
        </message>
        <message>
            <source>This flow is empty. Double-click a trigger in Nodes (or drag it here, or press Tab and type its name): it says when contacts come in. Then pick what happens to them: each step goes below the selected one.</source>
            <translation>This flow is empty. Double-click a trigger in Nodes (or drag it here, or press Tab and type its name): it says when contacts come in. Then pick what happens to them: each step goes below the selected one.</translation>
        </message>
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
            <source>Find in flow…</source>
            <translation>Find in flow…</translation>
        </message>
        <message>
            <source>Insert a step here</source>
            <translation>Insert a step here</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Undo %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Redo %1</translation>
        </message>
    </context>
    <context>
        <name>FlowSettingsDialog</name>
        <message>
            <source>Flow settings</source>
            <translation>Flow settings</translation>
        </message>
        <message>
            <source>Local CRM (built in)</source>
            <translation>Local CRM (built in)</translation>
        </message>
        <message>
            <source>%1 (missing connection)</source>
            <translation>%1 (missing connection)</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>The contacts this flow enrolls, reads and changes live in this CRM. Add connections in Settings → CRM connections.</source>
            <translation>The contacts this flow enrolls, reads and changes live in this CRM. Add connections in Settings → CRM connections.</translation>
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
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>Duplicate, rename, export or delete the selected flow</source>
            <translation>Duplicate, rename, export or delete the selected flow</translation>
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
        <name>FormAddressDialog</name>
        <message>
            <source>Web form address: %1</source>
            <translation>Web form address: %1</translation>
        </message>
        <message>
            <source>Post a web form (or another app's JSON) to this address to start the flow. Keep it private: anyone with it can send contacts.</source>
            <translation>Post a web form (or another app's JSON) to this address to start the flow. Keep it private: anyone with it can send contacts.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>New address</translation>
        </message>
        <message>
            <source>Make a new secret address; the old one stops working.</source>
            <translation>Make a new secret address; the old one stops working.</translation>
        </message>
        <message>
            <source>Sample HTML form:</source>
            <translation>Sample HTML form:</translation>
        </message>
    </context>
    <context>
        <name>HistoryExtension</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Show &amp;history of this flow</source>
            <translation>Show &amp;history of this flow</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>Click to see these contacts in the history</source>
            <translation>Click to see these contacts in the history</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Current node</source>
            <translation>Current node</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Click a column to sort</source>
            <translation>Click a column to sort</translation>
        </message>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation>
                <numerusform>%n enrollment</numerusform>
                <numerusform>%n enrollments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryStates</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Exited</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Uncertain</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Ran, nothing changed</source>
            <translation>Ran, nothing changed</translation>
        </message>
        <message>
            <source>Condition not met</source>
            <translation>Condition not met</translation>
        </message>
        <message>
            <source>Operator action</source>
            <translation>Operator action</translation>
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
            <source>The name this step shows on the canvas and in the history.</source>
            <translation>The name this step shows on the canvas and in the history.</translation>
        </message>
        <message>
            <source>Name of the step</source>
            <translation>Name of the step</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>Remove this rule</translation>
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
            <source>Remove this group</source>
            <translation>Remove this group</translation>
        </message>
        <message>
            <source>Next runs:</source>
            <translation>Next runs:</translation>
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
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>(local outbox)</source>
            <translation>(local outbox)</translation>
        </message>
        <message>
            <source>(write here)</source>
            <translation>(write here)</translation>
        </message>
        <message>
            <source>Without an account the email stays in the local outbox.</source>
            <translation>Without an account the email stays in the local outbox.</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>Edit templates…</translation>
        </message>
        <message>
            <source>Use «%1»</source>
            <translation>Use «%1»</translation>
        </message>
        <message>
            <source>Create the tag «%1»</source>
            <translation>Create the tag «%1»</translation>
        </message>
        <message>
            <source>(the flow's time zone)</source>
            <translation>(the flow's time zone)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Use the field key «%1»</source>
            <translation>Use the field key «%1»</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Remove this field</source>
            <translation>Remove this field</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Add field</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>The contact's owner</source>
            <translation>The contact's owner</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Output label</source>
            <translation>Output label</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Percent</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
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
        <name>JourneyDialog</name>
        <message>
            <source>Journey</source>
            <translation>Journey</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Compared</translation>
        </message>
        <message>
            <source>Branch taken</source>
            <translation>Branch taken</translation>
        </message>
        <message>
            <source>Waiting until</source>
            <translation>Waiting until</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>at %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older step(s) were compacted by retention.</source>
            <translation>
                <numerusform>%n older step were compacted by retention.</numerusform>
                <numerusform>%n older steps were compacted by retention.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
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
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n contact sent into the flow</numerusform>
                <numerusform>%n contacts sent into the flow</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>Cannot activate: %n problem to fix first (see Problems).</numerusform>
                <numerusform>Cannot activate: %n problems to fix first (see Problems).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before activating «%1», %n thing(s) to look at:</source>
            <translation>
                <numerusform>Before activating «%1», %n thing to look at:</numerusform>
                <numerusform>Before activating «%1», %n things to look at:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The flow «%1» is active and these changes have %n problem(s): they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</source>
            <translation>
                <numerusform>The flow «%1» is active and these changes have %n problem: they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</numerusform>
                <numerusform>The flow «%1» is active and these changes have %n problems: they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</numerusform>
            </translation>
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
            <source>Draw flows top-down</source>
            <translation>Draw flows top-down</translation>
        </message>
        <message>
            <source>&amp;About Caudal</source>
            <translation>&amp;About Caudal</translation>
        </message>
        <message>
            <source>Open the &amp;logs folder</source>
            <translation>Open the &amp;logs folder</translation>
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
            <source>no flow open</source>
            <translation>no flow open</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Flow activated</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Flow stopped</translation>
        </message>
        <message>
            <source>Review before activating</source>
            <translation>Review before activating</translation>
        </message>
        <message>
            <source>Activate anyway</source>
            <translation>Activate anyway</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>The flow «%1» has unsaved changes. Save them?</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>Saved «%1»</translation>
        </message>
        <message>
            <source>«%1» was saved elsewhere (another desktop or window) after you opened it. Reload it (your changes here are lost) or save your version as a copy?</source>
            <translation>«%1» was saved elsewhere (another desktop or window) after you opened it. Reload it (your changes here are lost) or save your version as a copy?</translation>
        </message>
        <message>
            <source>Saved your version as «%1»</source>
            <translation>Saved your version as «%1»</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
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
    </context>
    <context>
        <name>NotStartedButton</name>
        <message numerus="yes">
            <source>Not started: %n</source>
            <translation>
                <numerusform>Not started: %n</numerusform>
                <numerusform>Not started: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts a trigger matched that did not start (filter not met, or the re-enrollment policy). Click to see why.</source>
            <translation>Contacts a trigger matched that did not start (filter not met, or the re-enrollment policy). Click to see why.</translation>
        </message>
    </context>
    <context>
        <name>NotStartedDialog</name>
        <message>
            <source>Contacts that did not start</source>
            <translation>Contacts that did not start</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Caudal: a flow notifies you</source>
            <translation>Caudal: a flow notifies you</translation>
        </message>
        <message>
            <source>%1 (for %2)</source>
            <translation>%1 (for %2)</translation>
        </message>
    </context>
    <context>
        <name>OperatorActions</name>
        <message>
            <source>Retry failed step</source>
            <translation>Retry failed step</translation>
        </message>
        <message>
            <source>Resolve: send again</source>
            <translation>Resolve: send again</translation>
        </message>
        <message>
            <source>Resolve: mark as done</source>
            <translation>Resolve: mark as done</translation>
        </message>
        <message>
            <source>Skip wait</source>
            <translation>Skip wait</translation>
        </message>
        <message>
            <source>Move to node…</source>
            <translation>Move to node…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Re-enroll</source>
            <translation>Re-enroll</translation>
        </message>
        <message numerus="yes">
            <source>Run the failed step again for %n contact(s)?</source>
            <translation>
                <numerusform>Run the failed step again for %n contact?</numerusform>
                <numerusform>Run the failed step again for %n contacts?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The outcome of the step is unknown for %n contact(s). Send it again? The receiver may get it twice.</source>
            <translation>
                <numerusform>The outcome of the step is unknown for %n contact. Send it again? The receiver may get it twice.</numerusform>
                <numerusform>The outcome of the step is unknown for %n contacts. Send it again? The receiver may get it twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark the uncertain step as done for %n contact(s) and go on without sending it again?</source>
            <translation>
                <numerusform>Mark the uncertain step as done for %n contact and go on without sending it again?</numerusform>
                <numerusform>Mark the uncertain step as done for %n contacts and go on without sending it again?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>End the wait now for %n contact(s) and go on to the next step?</source>
            <translation>
                <numerusform>End the wait now for %n contact and go on to the next step?</numerusform>
                <numerusform>End the wait now for %n contacts and go on to the next step?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n contact(s) to the node «%1»? They continue from there.</source>
            <translation>
                <numerusform>Move %n contact to the node «%1»? They continue from there.</numerusform>
                <numerusform>Move %n contacts to the node «%1»? They continue from there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop the journey of %n contact(s)? Nothing more will run for them.</source>
            <translation>
                <numerusform>Stop the journey of %n contact? Nothing more will run for them.</numerusform>
                <numerusform>Stop the journey of %n contacts? Nothing more will run for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start the flow again from its trigger for %n contact(s)?</source>
            <translation>
                <numerusform>Start the flow again from its trigger for %n contact?</numerusform>
                <numerusform>Start the flow again from its trigger for %n contacts?</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose contacts of one flow version to move them together.</source>
            <translation>Choose contacts of one flow version to move them together.</translation>
        </message>
        <message>
            <source>Node to move to:</source>
            <translation>Node to move to:</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) done.</source>
            <translation>
                <numerusform>%n contact done.</numerusform>
                <numerusform>%n contacts done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed:</source>
            <translation>
                <numerusform>%n could not be changed:</numerusform>
                <numerusform>%n could not be changed:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Plain text</translation>
        </message>
        <message>
            <source>The outbox is empty. Emails from flow steps without an account will appear here.</source>
            <translation>The outbox is empty. Emails from flow steps without an account will appear here.</translation>
        </message>
        <message>
            <source>&lt;b&gt;These emails were not sent.&lt;/b&gt; Steps without a sending account write here instead; choose an account in the step to send through SMTP.</source>
            <translation>&lt;b&gt;These emails were not sent.&lt;/b&gt; Steps without a sending account write here instead; choose an account in the step to send through SMTP.</translation>
        </message>
        <message>
            <source>Email accounts…</source>
            <translation>Email accounts…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Emails stay on this computer.&lt;/b&gt; No email account is set up yet, so every email a flow writes lands in this local outbox and nobody receives it.</source>
            <translation>&lt;b&gt;Emails stay on this computer.&lt;/b&gt; No email account is set up yet, so every email a flow writes lands in this local outbox and nobody receives it.</translation>
        </message>
        <message>
            <source>Set up an email account…</source>
            <translation>Set up an email account…</translation>
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
        <message numerus="yes">
            <source>Send %n selected contact(s) through:</source>
            <translation>
                <numerusform>Send %n selected contact through:</numerusform>
                <numerusform>Send %n selected contacts through:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation>Open tasks</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Overdue tasks</translation>
        </message>
        <message>
            <source>Done tasks</source>
            <translation>Done tasks</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>All tasks</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue task</source>
            <translation>Overdue task</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <source>HTML &amp;body</source>
            <translation>HTML &amp;body</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Insert field</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Preview for</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Plain text</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;</source>
            <translation>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No contact to preview with: add one on the Contacts page.</source>
            <translation>No contact to preview with: add one on the Contacts page.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Subject: %1</translation>
        </message>
        <message>
            <source>Merge fields empty for this contact: %1</source>
            <translation>Merge fields empty for this contact: %1</translation>
        </message>
        <message>
            <source>Every merge field has a value for this contact.</source>
            <translation>Every merge field has a value for this contact.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Email templates</source>
            <translation>Email templates</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;New template</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Save template</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The template «%1» has unsaved changes. Save them?</source>
            <translation>The template «%1» has unsaved changes. Save them?</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>New template</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Name of the new template:</translation>
        </message>
        <message>
            <source>Hello {{ contact.first_name }}</source>
            <translation>Hello {{ contact.first_name }}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Best regards,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</source>
            <translation>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Best regards,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Rename template</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>The template needs a name.</translation>
        </message>
        <message>
            <source>Template «%1» saved.</source>
            <translation>Template «%1» saved.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <source>Delete the template «%1»? Flow steps using it will fail until you choose another.</source>
            <translation>Delete the template «%1»? Flow steps using it will fail until you choose another.</translation>
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
        <name>UpdateSecretDialog</name>
        <message>
            <source>Replace the secret of «%1»</source>
            <translation>Replace the secret of «%1»</translation>
        </message>
        <message>
            <source>The new secret goes to the system keyring. What was already read from the CRM is kept, and the work that waited for this connection resumes.</source>
            <translation>The new secret goes to the system keyring. What was already read from the CRM is kept, and the work that waited for this connection resumes.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>The system keyring is not available, so the secret cannot be kept safely.</translation>
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
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Save as copy</source>
            <translation>Save as copy</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Saved. Caudal opens this database from its next start.

Reopen Caudal on it now? (Unsaved changes are asked about first.)</source>
            <translation>Saved. Caudal opens this database from its next start.

Reopen Caudal on it now? (Unsaved changes are asked about first.)</translation>
        </message>
        <message>
            <source>Office database</source>
            <translation>Office database</translation>
        </message>
        <message>
            <source>&amp;This computer only (a file in your user folder)</source>
            <translation>&amp;This computer only (a file in your user folder)</translation>
        </message>
        <message>
            <source>&amp;Office database (PostgreSQL server)</source>
            <translation>&amp;Office database (PostgreSQL server)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Or the whole &amp;address:</source>
            <translation>Or the whole &amp;address:</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>kept in this computer's keyring</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Type the server and the database, or the whole address.</source>
            <translation>Type the server and the database, or the whole address.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Open now: %1</translation>
        </message>
        <message>
            <source>This window was started with --db or CAUDAL_DB, which wins over this setting.</source>
            <translation>This window was started with --db or CAUDAL_DB, which wins over this setting.</translation>
        </message>
        <message>
            <source>The test failed. Save this address anyway?</source>
            <translation>The test failed. Save this address anyway?</translation>
        </message>
        <message>
            <source>The password could not be kept in the keyring, so nothing was saved.</source>
            <translation>The password could not be kept in the keyring, so nothing was saved.</translation>
        </message>
        <message>
            <source>The setting could not be saved: %1</source>
            <translation>The setting could not be saved: %1</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>Try &amp;again</translation>
        </message>
        <message>
            <source>&amp;Change the setting…</source>
            <translation>&amp;Change the setting…</translation>
        </message>
        <message>
            <source>Use this &amp;computer's database</source>
            <translation>Use this &amp;computer's database</translation>
        </message>
        <message>
            <source>Office &amp;database…</source>
            <translation>Office &amp;database…</translation>
        </message>
        <message>
            <source>This is the office database chosen in Settings → Office database….</source>
            <translation>This is the office database chosen in Settings → Office database….</translation>
        </message>
        <message>
            <source>none (it could not be opened)</source>
            <translation>none (it could not be opened)</translation>
        </message>
    </context>
    <context>
        <name>EmailMenus</name>
        <message>
            <source>Email &amp;accounts…</source>
            <translation>Email &amp;accounts…</translation>
        </message>
        <message>
            <source>Email &amp;templates…</source>
            <translation>Email &amp;templates…</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>&amp;Outbox</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Outbox</translation>
        </message>
    </context>
    <context>
        <name>EmailMessages</name>
        <message>
            <source>The password is missing from the keyring: type it again and save.</source>
            <translation>The password is missing from the keyring: type it again and save.</translation>
        </message>
        <message>
            <source>The password was not stored: %1</source>
            <translation>The password was not stored: %1</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
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
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Created on</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Last changed on</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
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
            <source>Close date</source>
            <translation>Close date</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>custom</translation>
        </message>
    </context>
    <context>
        <name>FlowCanvas</name>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>a node it joins does not exist.</source>
            <translation>a node it joins does not exist.</translation>
        </message>
        <message>
            <source>the port does not exist.</source>
            <translation>the port does not exist.</translation>
        </message>
        <message>
            <source>duplicate edge, kept once.</source>
            <translation>duplicate edge, kept once.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>Add “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Auto-layout</translation>
        </message>
        <message>
            <source>Node %1: unknown node type “%2”.</source>
            <translation>Node %1: unknown node type “%2”.</translation>
        </message>
        <message>
            <source>Edge %1 (%2.%3 → %4.%5)</source>
            <translation>Edge %1 (%2.%3 → %4.%5)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Make room</source>
            <translation>Make room</translation>
        </message>
        <message>
            <source>Insert “%1”</source>
            <translation>Insert “%1”</translation>
        </message>
    </context>
    <context>
        <name>FormsMenus</name>
        <message>
            <source>Web &amp;form address…</source>
            <translation>Web &amp;form address…</translation>
        </message>
    </context>
    <context>
        <name>RuntimesStatus</name>
        <message numerus="yes">
            <source>desktop</source>
            <translation>
                <numerusform>desktop</numerusform>
                <numerusform>desktop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>service</source>
            <translation>
                <numerusform>service</numerusform>
                <numerusform>service</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>run until idle</source>
            <translation>
                <numerusform>run until idle</numerusform>
                <numerusform>run until idle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this desktop</source>
            <translation>
                <numerusform>this desktop</numerusform>
                <numerusform>this desktop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No desktop and no service runs flows on this database now.</source>
            <translation>
                <numerusform>No desktop and no service runs flows on this database now.</numerusform>
                <numerusform>No desktop and no service runs flows on this database now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes on this database:</source>
            <translation>
                <numerusform>Runtimes on this database:</numerusform>
                <numerusform>Runtimes on this database:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes: cannot read</source>
            <translation>
                <numerusform>Runtimes: cannot read</numerusform>
                <numerusform>Runtimes: cannot read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No runtime on this database</source>
            <translation>
                <numerusform>No runtime on this database</numerusform>
                <numerusform>No runtime on this database</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not responding</source>
            <translation>
                <numerusform>not responding</numerusform>
                <numerusform>not responding</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (not responding)</source>
            <translation>
                <numerusform>%1 (not responding)</numerusform>
                <numerusform>%1 (not responding)</numerusform>
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
                <numerusform>%n runtime: %1</numerusform>
                <numerusform>%n runtimes: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, not responding)</source>
            <translation>
                <numerusform>%1 (%2, not responding)</numerusform>
                <numerusform>%1 (%2, not responding)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 — since %3 — last heartbeat %4</source>
            <translation>
                <numerusform>%1 — %2 — since %3 — last heartbeat %4</numerusform>
                <numerusform>%1 — %2 — since %3 — last heartbeat %4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksMenus</name>
        <message>
            <source>&amp;Tasks</source>
            <translation>&amp;Tasks</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
    </context>
</TS>
