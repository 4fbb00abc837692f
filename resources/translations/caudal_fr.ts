<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Private-app token</source>
            <translation>Jeton d'application privée</translation>
        </message>
        <message>
            <source>Inbound webhook URL</source>
            <translation>URL du webhook entrant</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>Jeton API</translation>
        </message>
        <message>
            <source>Add a HubSpot connection</source>
            <translation>Ajouter une connexion HubSpot</translation>
        </message>
        <message>
            <source>Add a Bitrix24 connection</source>
            <translation>Ajouter une connexion Bitrix24</translation>
        </message>
        <message>
            <source>Add a Clientify connection</source>
            <translation>Ajouter une connexion Clientify</translation>
        </message>
        <message>
            <source>Add a Pipedrive connection</source>
            <translation>Ajouter une connexion Pipedrive</translation>
        </message>
        <message>
            <source>The webhook URL is a secret: it is kept in the system keyring and shown without its key.</source>
            <translation>L'URL du webhook est un secret : elle est conservée dans le trousseau du système et affichée sans sa clé.</translation>
        </message>
        <message>
            <source>The token is kept in the system keyring, never in the database or in flow files.</source>
            <translation>Le jeton est conservé dans le trousseau du système, jamais dans la base de données ni dans les fichiers de flux.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Email accounts</source>
            <translation>Comptes e-mail</translation>
        </message>
        <message>
            <source>Emails go out through these SMTP accounts. Passwords are kept in the system keyring only. A flow step without an account writes to the local outbox instead.</source>
            <translation>Les e-mails partent par ces comptes SMTP. Les mots de passe sont conservés uniquement dans le trousseau du système. Une étape de flux sans compte écrit dans la boîte d'envoi locale.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Server (host)</source>
            <translation>&amp;Serveur (hôte)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>S&amp;ecurity</source>
            <translation>S&amp;écurité</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Identifiant</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Expéditeur</translation>
        </message>
        <message>
            <source>None (plain)</source>
            <translation>Aucune (en clair)</translation>
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
            <translation>Nom &lt;adresse@exemple.fr&gt;</translation>
        </message>
        <message>
            <source>e.g. office</source>
            <translation>p. ex. bureau</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.exemple.fr</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>&amp;Save account</source>
            <translation>&amp;Enregistrer le compte</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>unchanged (kept in the keyring)</source>
            <translation>inchangé (conservé dans le trousseau)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Server (host)</source>
            <translation>Serveur (hôte)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>Veuillez remplir : %1.</translation>
        </message>
        <message>
            <source>An account named «%1» exists already.</source>
            <translation>Un compte nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>Account «%1» saved.</source>
            <translation>Compte « %1 » enregistré.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Retirer le compte</translation>
        </message>
        <message>
            <source>Remove the account «%1» and its password from the keyring? Flow steps using it will fail until you choose another.</source>
            <translation>Retirer le compte « %1 » et son mot de passe du trousseau ? Les étapes de flux qui l'utilisent échoueront tant que vous n'en aurez pas choisi un autre.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Connection works: %1</source>
            <translation>La connexion fonctionne : %1</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Échec de la connexion : %1</translation>
        </message>
    </context>
    <context>
        <name>ActionsBar</name>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Decide a step whose outcome is unknown</source>
            <translation>Trancher une étape au résultat inconnu</translation>
        </message>
    </context>
    <context>
        <name>AddConnectionDialog</name>
        <message>
            <source>e.g. office</source>
            <translation>p. ex. bureau</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Tags property</source>
            <translation>Propriété des étiquettes</translation>
        </message>
        <message>
            <source>Tags field</source>
            <translation>Champ des étiquettes</translation>
        </message>
        <message>
            <source>Check for changes every</source>
            <translation>Chercher les changements toutes les</translation>
        </message>
        <message>
            <source>API address (optional)</source>
            <translation>Adresse de l'API (facultative)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>Le trousseau du système n'est pas disponible : le secret ne peut pas être conservé en sécurité.</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsDialog</name>
        <message>
            <source>Runtime settings</source>
            <translation>Réglages d'exécution</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Autorisé</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsMenus</name>
        <message>
            <source>&amp;Runtime settings…</source>
            <translation>Réglages d'&amp;exécution…</translation>
        </message>
    </context>
    <context>
        <name>CanvasDocument</name>
        <message numerus="yes">
            <source>Delete %n node(s)</source>
            <translation>
                <numerusform>Supprimer %n bloc</numerusform>
                <numerusform>Supprimer %n blocs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n node(s)</source>
            <translation>
                <numerusform>Coller %n bloc</numerusform>
                <numerusform>Coller %n blocs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Auto-layout</source>
            <translation>Disposer automatiquement</translation>
        </message>
        <message>
            <source>Change the flow's CRM</source>
            <translation>Changer le CRM du flux</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>%1 pending</source>
            <translation>%1 en attente</translation>
        </message>
        <message>
            <source>%1 throttled</source>
            <translation>ralenties : %1</translation>
        </message>
        <message>
            <source>%1 / %2 left</source>
            <translation>reste %1 / %2</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>reste %1</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>jeton refusé</translation>
        </message>
        <message>
            <source>daily quota used up</source>
            <translation>quota journalier épuisé</translation>
        </message>
        <message>
            <source>blocked by the CRM for a while</source>
            <translation>bloquée un moment par le CRM</translation>
        </message>
        <message>
            <source>rate limited</source>
            <translation>débit limité</translation>
        </message>
        <message>
            <source>CRM unreachable</source>
            <translation>CRM injoignable</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>En pause : %1</translation>
        </message>
        <message>
            <source>tries again at %1</source>
            <translation>nouvel essai à %1</translation>
        </message>
        <message>
            <source>quota %1</source>
            <translation>quota : %1</translation>
        </message>
        <message>
            <source>sync failing</source>
            <translation>la synchronisation échoue</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>CRM connections</source>
            <translation>Connexions CRM</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Toutes les</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Tester</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Replace &amp;secret…</source>
            <translation>Remplacer le &amp;secret…</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API token) to run flows on your own CRM.</source>
            <translation>Pas encore de connexion : les flux tournent sur le CRM local. Ajoutez HubSpot (un jeton d'application privée), Bitrix24 (une URL de webhook entrant), Clientify (une clé API) ou Pipedrive (un jeton API) pour faire tourner les flux sur votre propre CRM.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Connection «%1» added; its secret is in the system keyring. Use Test to check it.</source>
            <translation>Connexion « %1 » ajoutée ; son secret est dans le trousseau du système. Utilisez Tester pour la vérifier.</translation>
        </message>
        <message>
            <source>«%1»: %2</source>
            <translation>« %1 » : %2</translation>
        </message>
        <message>
            <source>«%1» works: %2 users, %3 pipelines, %4 contact fields.</source>
            <translation>« %1 » fonctionne : %2 utilisateurs, %3 pipelines, %4 champs de contact.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>«%1»: %2 change(s) found (%3 records read).</source>
            <translation>« %1 » : %2 changement(s) trouvé(s) (%3 enregistrements lus).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>«%1»: the new secret is in the system keyring; the work that waited resumes.</source>
            <translation>« %1 » : le nouveau secret est dans le trousseau du système ; le travail en attente reprend.</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Retirer la connexion</translation>
        </message>
        <message>
            <source>Remove «%1» and its secret from this computer? Flows that use it stop until a connection with that name is added again.</source>
            <translation>Retirer « %1 » et son secret de cet ordinateur ? Les flux qui l'utilisent s'arrêtent jusqu'à ce qu'une connexion portant ce nom soit ajoutée à nouveau.</translation>
        </message>
        <message>
            <source>Connection «%1» removed.</source>
            <translation>Connexion « %1 » retirée.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsMenus</name>
        <message>
            <source>&amp;CRM connections…</source>
            <translation>&amp;Connexions CRM…</translation>
        </message>
        <message>
            <source>Flow &amp;settings…</source>
            <translation>&amp;Réglages du flux…</translation>
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
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Phase du cycle de vie</translation>
        </message>
        <message>
            <source>comma separated, e.g. cliente, vip</source>
            <translation>séparées par des virgules, p. ex. client, vip</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(sans propriétaire)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Search contacts…</source>
            <translation>Chercher des contacts…</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Search by name, email or company…</source>
            <translation>Chercher par nom, e-mail ou entreprise…</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Run flow…</source>
            <translation>Lancer le flux…</translation>
        </message>
        <message>
            <source>Send the selected contacts through an active flow</source>
            <translation>Envoyer les contacts sélectionnés dans un flux actif</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Modifié</translation>
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
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Run flow</source>
            <translation>Lancer le flux</translation>
        </message>
        <message>
            <source>No flow is active. Switch one on in the flows list first.</source>
            <translation>Aucun flux n'est actif. Activez-en d'abord un dans la liste des flux.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>Caudal hit an error it did not expect. Your saved flows and the contacts in them are safe; what you were doing may not have finished.</source>
            <translation>Caudal a rencontré une erreur inattendue. Vos flux enregistrés et les contacts qu'ils contiennent sont en sécurité ; ce que vous faisiez n'est peut-être pas terminé.</translation>
        </message>
        <message>
            <source>The details are in the log file %1: send it to whoever supports you.</source>
            <translation>Les détails se trouvent dans le fichier journal %1 : envoyez-le à la personne qui vous assiste.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Copier les détails</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <source>Started</source>
            <translation>Démarrés</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminés</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Enrollments per day, last 30 days</source>
            <translation>Inscriptions par jour, 30 derniers jours</translation>
        </message>
    </context>
    <context>
        <name>DealsEditor</name>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Add deal</source>
            <translation>Ajouter une affaire</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Titre de l'affaire</translation>
        </message>
    </context>
    <context>
        <name>FiltersBar</name>
        <message>
            <source>All flows</source>
            <translation>Tous les flux</translation>
        </message>
        <message>
            <source>Search contact by name or email…</source>
            <translation>Chercher un contact par nom ou e-mail…</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>any day</source>
            <translation>n'importe quel jour</translation>
        </message>
        <message>
            <source>all</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <source>Node: %1 ✕</source>
            <translation>Bloc : %1 ✕</translation>
        </message>
        <message>
            <source>Show every node again</source>
            <translation>Afficher à nouveau tous les blocs</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find a step by name or type</source>
            <translation>Trouver une étape par nom ou par type</translation>
        </message>
        <message>
            <source>Previous (Shift+Enter)</source>
            <translation>Précédent (Maj+Entrée)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Suivant (Entrée)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>aucun résultat</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>FlowEditor</name>
        <message>
            <source>No flow is open. Create one with File → New flow, or pick one in the Flows list.</source>
            <translation>Aucun flux n'est ouvert. Créez-en un avec Fichier → Nouveau flux, ou choisissez-en un dans la liste des flux.</translation>
        </message>
        <message>
            <source>This flow is empty. Double-click a trigger in Nodes (or drag it here, or press Tab and type its name): it says when contacts come in. Then pick what happens to them: each step goes below the selected one.</source>
            <translation>Ce flux est vide. Double-cliquez sur un déclencheur dans « Blocs » (ou faites-le glisser ici, ou appuyez sur Tab et tapez son nom) : il indique quand les contacts entrent. Choisissez ensuite ce qui leur arrive : chaque étape se place sous celle qui est sélectionnée.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <source>Fit to view</source>
            <translation>Ajuster à la vue</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Disposer automatiquement</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Find in flow…</source>
            <translation>Rechercher dans le flux…</translation>
        </message>
        <message>
            <source>Insert a step here</source>
            <translation>Insérer une étape ici</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Annuler %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Rétablir %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
    </context>
    <context>
        <name>FlowSettingsDialog</name>
        <message>
            <source>Flow settings</source>
            <translation>Réglages du flux</translation>
        </message>
        <message>
            <source>Local CRM (built in)</source>
            <translation>CRM local (intégré)</translation>
        </message>
        <message>
            <source>%1 (missing connection)</source>
            <translation>%1 (connexion introuvable)</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>The contacts this flow enrolls, reads and changes live in this CRM. Add connections in Settings → CRM connections.</source>
            <translation>Les contacts que ce flux inscrit, lit et modifie se trouvent dans ce CRM. Ajoutez des connexions dans Paramètres → Connexions CRM.</translation>
        </message>
    </context>
    <context>
        <name>FlowsList</name>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Create an empty flow</source>
            <translation>Créer un flux vide</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Copy the selected flow</source>
            <translation>Copier le flux sélectionné</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Rename the selected flow</source>
            <translation>Renommer le flux sélectionné</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected flow</source>
            <translation>Supprimer le flux sélectionné</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import a *.caudal.json file</source>
            <translation>Importer un fichier *.caudal.json</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Save the selected flow as a *.caudal.json file</source>
            <translation>Enregistrer le flux sélectionné dans un fichier *.caudal.json</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Duplicate, rename, export or delete the selected flow</source>
            <translation>Dupliquer, renommer, exporter ou supprimer le flux sélectionné</translation>
        </message>
        <message>
            <source>Hide inactive flows</source>
            <translation>Masquer les flux inactifs</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Active version: %1</source>
            <translation>Version active : %1</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>New flow</source>
            <translation>Nouveau flux</translation>
        </message>
        <message>
            <source>Name of the new flow:</source>
            <translation>Nom du nouveau flux :</translation>
        </message>
        <message>
            <source>Duplicate flow</source>
            <translation>Dupliquer le flux</translation>
        </message>
        <message>
            <source>Rename flow</source>
            <translation>Renommer le flux</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the flow «%1» and all its versions and history? This cannot be undone.</source>
            <translation>Supprimer le flux « %1 » avec toutes ses versions et son historique ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete flow</source>
            <translation>Supprimer le flux</translation>
        </message>
        <message>
            <source>Import flow</source>
            <translation>Importer un flux</translation>
        </message>
        <message>
            <source>Export flow</source>
            <translation>Exporter le flux</translation>
        </message>
    </context>
    <context>
        <name>FormAddressDialog</name>
        <message>
            <source>Web form address: %1</source>
            <translation>Adresse du formulaire web : %1</translation>
        </message>
        <message>
            <source>Post a web form (or another app's JSON) to this address to start the flow. Keep it private: anyone with it can send contacts.</source>
            <translation>Envoyez un formulaire web (ou le JSON d'une autre application) à cette adresse pour lancer le flux. Gardez-la privée : quiconque la connaît peut envoyer des contacts.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Nouvelle adresse</translation>
        </message>
        <message>
            <source>Make a new secret address; the old one stops working.</source>
            <translation>Crée une nouvelle adresse secrète ; l'ancienne cesse de fonctionner.</translation>
        </message>
        <message>
            <source>Sample HTML form:</source>
            <translation>Exemple de formulaire HTML :</translation>
        </message>
    </context>
    <context>
        <name>HistoryExtension</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Show &amp;history of this flow</source>
            <translation>Voir l'&amp;historique de ce flux</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Click to see these contacts in the history</source>
            <translation>Cliquez pour voir ces contacts dans l'historique</translation>
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
            <translation>Flux</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Current node</source>
            <translation>Bloc actuel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <source>Click a column to sort</source>
            <translation>Cliquez sur une colonne pour trier</translation>
        </message>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation>
                <numerusform>%n inscription</numerusform>
                <numerusform>%n inscriptions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryStates</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Sorti</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Incertain</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Ran, nothing changed</source>
            <translation>Exécuté, rien n'a changé</translation>
        </message>
        <message>
            <source>Condition not met</source>
            <translation>Condition non remplie</translation>
        </message>
        <message>
            <source>Operator action</source>
            <translation>Action d'un opérateur</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts from CSV</source>
            <translation>Importer des contacts depuis un CSV</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(ignorer)</translation>
        </message>
        <message>
            <source>Import the good rows even if some are wrong</source>
            <translation>Importer les lignes correctes même si certaines sont erronées</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Fichier : %1</translation>
        </message>
        <message>
            <source>Choose which contact field each column fills:</source>
            <translation>Choisissez le champ du contact que remplit chaque colonne :</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>Le fichier n'a pas pu être importé : %1</translation>
        </message>
        <message>
            <source>%1 contacts created, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation>%1 contacts créés, %2 mis à jour, %3 inchangés, %4 ignorés.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 rows have errors. Fix them, or tick "Import the good rows".</source>
            <translation>Rien n'a été importé : %1 lignes contiennent des erreurs. Corrigez-les ou cochez « Importer les lignes correctes ».</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select one node to edit its settings.</source>
            <translation>Sélectionnez un bloc pour modifier ses réglages.</translation>
        </message>
        <message>
            <source>Unknown node type</source>
            <translation>Type de bloc inconnu</translation>
        </message>
        <message>
            <source>The name this step shows on the canvas and in the history.</source>
            <translation>Le nom sous lequel cette étape apparaît sur le canevas et dans l'historique.</translation>
        </message>
        <message>
            <source>Name of the step</source>
            <translation>Nom de l'étape</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>Retirer cette règle</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Ajouter une règle</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Retirer ce groupe</translation>
        </message>
        <message>
            <source>Next runs:</source>
            <translation>Prochaines exécutions :</translation>
        </message>
        <message>
            <source>Invalid cron expression: %1</source>
            <translation>Expression cron non valide : %1</translation>
        </message>
        <message>
            <source>Insert a merge field</source>
            <translation>Insérer un champ de fusion</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>(local outbox)</source>
            <translation>(boîte d'envoi locale)</translation>
        </message>
        <message>
            <source>(write here)</source>
            <translation>(écrire ici)</translation>
        </message>
        <message>
            <source>Without an account the email stays in the local outbox.</source>
            <translation>Sans compte, l'e-mail reste dans la boîte d'envoi locale.</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>Modifier les modèles…</translation>
        </message>
        <message>
            <source>Use «%1»</source>
            <translation>Utiliser « %1 »</translation>
        </message>
        <message>
            <source>Create the tag «%1»</source>
            <translation>Créer l'étiquette « %1 »</translation>
        </message>
        <message>
            <source>(the flow's time zone)</source>
            <translation>(le fuseau horaire du flux)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <source>Use the field key «%1»</source>
            <translation>Utiliser la clé de champ « %1 »</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Remove this field</source>
            <translation>Retirer ce champ</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Ajouter un champ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>The contact's owner</source>
            <translation>Le propriétaire du contact</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Output label</source>
            <translation>Libellé de la sortie</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Tick “Secret” to store a reference to a secret in the system keyring; the secret itself is never shown here.</source>
            <translation>Cochez « Secret » pour enregistrer une référence à un secret du trousseau du système ; le secret lui-même n'est jamais affiché ici.</translation>
        </message>
        <message>
            <source>Total: %1 %</source>
            <translation>Total : %1 %</translation>
        </message>
    </context>
    <context>
        <name>JourneyDialog</name>
        <message>
            <source>Journey</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Comparé</translation>
        </message>
        <message>
            <source>Branch taken</source>
            <translation>Branche suivie</translation>
        </message>
        <message>
            <source>Waiting until</source>
            <translation>En attente jusqu'au</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>à %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older step(s) were compacted by retention.</source>
            <translation>
                <numerusform>%n étape ancienne a été compactée par la rétention.</numerusform>
                <numerusform>%n étapes anciennes ont été compactées par la rétention.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Flows</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Blocs</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Propriétés</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>About Caudal</source>
            <translation>À propos de Caudal</translation>
        </message>
        <message>
            <source>Caudal %1
Draw CRM automation flows and run them on your own desktop.</source>
            <translation>Caudal %1
Dessinez des flux d'automatisation CRM et exécutez-les sur votre propre ordinateur.</translation>
        </message>
        <message>
            <source>Flows keep running. Open Caudal from the tray icon.</source>
            <translation>Les flux continuent de tourner. Ouvrez Caudal depuis l'icône de la zone de notification.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n contact envoyé dans le flux</numerusform>
                <numerusform>%n contacts envoyés dans le flux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>Activation impossible : %n problème à corriger d'abord (voir Problèmes).</numerusform>
                <numerusform>Activation impossible : %n problèmes à corriger d'abord (voir Problèmes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before activating «%1», %n thing(s) to look at:</source>
            <translation>
                <numerusform>Avant d'activer « %1 », %n point à examiner :</numerusform>
                <numerusform>Avant d'activer « %1 », %n points à examiner :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The flow «%1» is active and these changes have %n problem(s): they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</source>
            <translation>
                <numerusform>Le flux « %1 » est actif et ces modifications ont %n problème : elles sont enregistrées comme brouillon, et les contacts continuent avec la version active jusqu'à ce que vous le corrigiez et activiez à nouveau.</numerusform>
                <numerusform>Le flux « %1 » est actif et ces modifications ont %n problèmes : elles sont enregistrées comme brouillon, et les contacts continuent avec la version active jusqu'à ce que vous les corrigiez et activiez à nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in flows</source>
            <translation>
                <numerusform>%n contact dans les flux</numerusform>
                <numerusform>%n contacts dans les flux</numerusform>
            </translation>
        </message>
        <message>
            <source>This desktop has no tray: flows stop when Caudal is closed.</source>
            <translation>Ce bureau n'a pas de zone de notification : les flux s'arrêtent quand Caudal est fermé.</translation>
        </message>
        <message>
            <source>&amp;New flow</source>
            <translation>&amp;Nouveau flux</translation>
        </message>
        <message>
            <source>&amp;Import flow…</source>
            <translation>&amp;Importer un flux…</translation>
        </message>
        <message>
            <source>&amp;Export flow…</source>
            <translation>E&amp;xporter le flux…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Check problems</source>
            <translation>&amp;Vérifier les problèmes</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Activer</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>Flow &amp;editor</source>
            <translation>Éditeur de &amp;flux</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>Keep flows running when the window is closed</source>
            <translation>Laisser tourner les flux quand la fenêtre est fermée</translation>
        </message>
        <message>
            <source>Draw flows top-down</source>
            <translation>Dessiner les flux de haut en bas</translation>
        </message>
        <message>
            <source>&amp;About Caudal</source>
            <translation>À &amp;propos de Caudal</translation>
        </message>
        <message>
            <source>Open the &amp;logs folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>F&amp;low</source>
            <translation>F&amp;lux</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>no flow open</source>
            <translation>aucun flux ouvert</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Flux activé</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Flux arrêté</translation>
        </message>
        <message>
            <source>Review before activating</source>
            <translation>Vérifier avant d'activer</translation>
        </message>
        <message>
            <source>Activate anyway</source>
            <translation>Activer quand même</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>Le flux « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>« %1 » enregistré</translation>
        </message>
        <message>
            <source>«%1» was saved elsewhere (another desktop or window) after you opened it. Reload it (your changes here are lost) or save your version as a copy?</source>
            <translation>« %1 » a été enregistré ailleurs (un autre poste ou une autre fenêtre) après que vous l’avez ouvert. Le recharger (vos modifications ici sont perdues) ou enregistrer votre version comme copie ?</translation>
        </message>
        <message>
            <source>Saved your version as «%1»</source>
            <translation>Votre version a été enregistrée sous « %1 »</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activer</translation>
        </message>
        <message>
            <source>Runtime running</source>
            <translation>Exécution en cours</translation>
        </message>
        <message>
            <source>Runtime stopped</source>
            <translation>Exécution arrêtée</translation>
        </message>
        <message>
            <source>Runtime unavailable</source>
            <translation>Exécution indisponible</translation>
        </message>
    </context>
    <context>
        <name>NotStartedButton</name>
        <message numerus="yes">
            <source>Not started: %n</source>
            <translation>
                <numerusform>Non démarré : %n</numerusform>
                <numerusform>Non démarrés : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts a trigger matched that did not start (filter not met, or the re-enrollment policy). Click to see why.</source>
            <translation>Contacts retenus par un déclencheur mais qui n'ont pas démarré (filtre non rempli ou règle de réinscription). Cliquez pour voir pourquoi.</translation>
        </message>
    </context>
    <context>
        <name>NotStartedDialog</name>
        <message>
            <source>Contacts that did not start</source>
            <translation>Contacts qui n'ont pas démarré</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Déclencheur</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Fois</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Caudal: a flow notifies you</source>
            <translation>Caudal : un flux vous prévient</translation>
        </message>
        <message>
            <source>%1 (for %2)</source>
            <translation>%1 (pour %2)</translation>
        </message>
    </context>
    <context>
        <name>OperatorActions</name>
        <message>
            <source>Retry failed step</source>
            <translation>Réessayer l'étape en échec</translation>
        </message>
        <message>
            <source>Resolve: send again</source>
            <translation>Résoudre : renvoyer</translation>
        </message>
        <message>
            <source>Resolve: mark as done</source>
            <translation>Résoudre : marquer comme fait</translation>
        </message>
        <message>
            <source>Skip wait</source>
            <translation>Sauter l'attente</translation>
        </message>
        <message>
            <source>Move to node…</source>
            <translation>Déplacer vers un bloc…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Re-enroll</source>
            <translation>Réinscrire</translation>
        </message>
        <message numerus="yes">
            <source>Run the failed step again for %n contact(s)?</source>
            <translation>
                <numerusform>Exécuter à nouveau l'étape en échec pour %n contact ?</numerusform>
                <numerusform>Exécuter à nouveau l'étape en échec pour %n contacts ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The outcome of the step is unknown for %n contact(s). Send it again? The receiver may get it twice.</source>
            <translation>
                <numerusform>Le résultat de l'étape est inconnu pour %n contact. La renvoyer ? Le destinataire pourrait la recevoir deux fois.</numerusform>
                <numerusform>Le résultat de l'étape est inconnu pour %n contacts. La renvoyer ? Les destinataires pourraient la recevoir deux fois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark the uncertain step as done for %n contact(s) and go on without sending it again?</source>
            <translation>
                <numerusform>Marquer l'étape incertaine comme faite pour %n contact et continuer sans la renvoyer ?</numerusform>
                <numerusform>Marquer l'étape incertaine comme faite pour %n contacts et continuer sans la renvoyer ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>End the wait now for %n contact(s) and go on to the next step?</source>
            <translation>
                <numerusform>Terminer l'attente maintenant pour %n contact et passer à l'étape suivante ?</numerusform>
                <numerusform>Terminer l'attente maintenant pour %n contacts et passer à l'étape suivante ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n contact(s) to the node «%1»? They continue from there.</source>
            <translation>
                <numerusform>Déplacer %n contact vers le bloc « %1 » ? Il reprendra à partir de là.</numerusform>
                <numerusform>Déplacer %n contacts vers le bloc « %1 » ? Ils reprendront à partir de là.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop the journey of %n contact(s)? Nothing more will run for them.</source>
            <translation>
                <numerusform>Arrêter le parcours de %n contact ? Plus rien ne sera exécuté pour lui.</numerusform>
                <numerusform>Arrêter le parcours de %n contacts ? Plus rien ne sera exécuté pour eux.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start the flow again from its trigger for %n contact(s)?</source>
            <translation>
                <numerusform>Recommencer le flux depuis son déclencheur pour %n contact ?</numerusform>
                <numerusform>Recommencer le flux depuis son déclencheur pour %n contacts ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose contacts of one flow version to move them together.</source>
            <translation>Choisissez des contacts d'une même version du flux pour les déplacer ensemble.</translation>
        </message>
        <message>
            <source>Node to move to:</source>
            <translation>Bloc de destination :</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) done.</source>
            <translation>
                <numerusform>%n contact traité.</numerusform>
                <numerusform>%n contacts traités.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…et %n autre.</numerusform>
                <numerusform>…et %n autres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed:</source>
            <translation>
                <numerusform>%n n'a pas pu être modifié :</numerusform>
                <numerusform>%n n'ont pas pu être modifiés :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texte brut</translation>
        </message>
        <message>
            <source>The outbox is empty. Emails from flow steps without an account will appear here.</source>
            <translation>La boîte d'envoi est vide. Les e-mails des étapes de flux sans compte apparaîtront ici.</translation>
        </message>
        <message>
            <source>&lt;b&gt;These emails were not sent.&lt;/b&gt; Steps without a sending account write here instead; choose an account in the step to send through SMTP.</source>
            <translation>&lt;b&gt;Ces e-mails n'ont pas été envoyés.&lt;/b&gt; Les étapes sans compte d'envoi écrivent ici ; choisissez un compte dans l'étape pour envoyer par SMTP.</translation>
        </message>
        <message>
            <source>Email accounts…</source>
            <translation>Comptes e-mail…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Emails stay on this computer.&lt;/b&gt; No email account is set up yet, so every email a flow writes lands in this local outbox and nobody receives it.</source>
            <translation>&lt;b&gt;Les e-mails restent sur cet ordinateur.&lt;/b&gt; Aucun compte e-mail n'est encore configuré : chaque e-mail écrit par un flux arrive dans cette boîte d'envoi locale et personne ne le reçoit.</translation>
        </message>
        <message>
            <source>Set up an email account…</source>
            <translation>Configurer un compte e-mail…</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Search nodes…</source>
            <translation>Chercher des blocs…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>No problems</source>
            <translation>Aucun problème</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
    </context>
    <context>
        <name>RunFlowDialog</name>
        <message>
            <source>Run flow</source>
            <translation>Lancer le flux</translation>
        </message>
        <message numerus="yes">
            <source>Send %n selected contact(s) through:</source>
            <translation>
                <numerusform>Envoyer %n contact sélectionné dans :</numerusform>
                <numerusform>Envoyer %n contacts sélectionnés dans :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Propriétaire :</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme faite</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation>Tâches à faire</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tâches en retard</translation>
        </message>
        <message>
            <source>Done tasks</source>
            <translation>Tâches faites</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Toutes les tâches</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tâche</numerusform>
                <numerusform>%n tâches</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue task</source>
            <translation>Tâche en retard</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Objet</translation>
        </message>
        <message>
            <source>HTML &amp;body</source>
            <translation>&amp;Corps HTML</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Insérer un champ</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Aperçu pour</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texte brut</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;</source>
            <translation>&lt;p&gt;Bonjour {{ contact.first_name | default("cher client") }},&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No contact to preview with: add one on the Contacts page.</source>
            <translation>Aucun contact pour l'aperçu : ajoutez-en un dans la page Contacts.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Objet : %1</translation>
        </message>
        <message>
            <source>Merge fields empty for this contact: %1</source>
            <translation>Champs de fusion vides pour ce contact : %1</translation>
        </message>
        <message>
            <source>Every merge field has a value for this contact.</source>
            <translation>Chaque champ de fusion a une valeur pour ce contact.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Email templates</source>
            <translation>Modèles d'e-mail</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Nouveau modèle</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Enregistrer le modèle</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The template «%1» has unsaved changes. Save them?</source>
            <translation>Le modèle « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Nouveau modèle</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Nom du nouveau modèle :</translation>
        </message>
        <message>
            <source>Hello {{ contact.first_name }}</source>
            <translation>Bonjour {{ contact.first_name }}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Best regards,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</source>
            <translation>&lt;p&gt;Bonjour {{ contact.first_name | default("cher client") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Bien cordialement,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Renommer le modèle</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>Le modèle doit avoir un nom.</translation>
        </message>
        <message>
            <source>Template «%1» saved.</source>
            <translation>Modèle « %1 » enregistré.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete the template «%1»? Flow steps using it will fail until you choose another.</source>
            <translation>Supprimer le modèle « %1 » ? Les étapes de flux qui l'utilisent échoueront tant que vous n'en aurez pas choisi un autre.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Caudal</source>
            <translation>Ouvrir Caudal</translation>
        </message>
        <message>
            <source>Quit (stop the runtime)</source>
            <translation>Quitter (arrêter l'exécution)</translation>
        </message>
        <message>
            <source>Caudal: flows keep running</source>
            <translation>Caudal : les flux continuent de tourner</translation>
        </message>
    </context>
    <context>
        <name>UpdateSecretDialog</name>
        <message>
            <source>Replace the secret of «%1»</source>
            <translation>Remplacer le secret de « %1 »</translation>
        </message>
        <message>
            <source>The new secret goes to the system keyring. What was already read from the CRM is kept, and the work that waited for this connection resumes.</source>
            <translation>Le nouveau secret va dans le trousseau du système. Ce qui a déjà été lu dans le CRM est conservé, et le travail qui attendait cette connexion reprend.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>Le trousseau du système n'est pas disponible : le secret ne peut pas être conservé en sécurité.</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>%1 — version %2 (read-only)</source>
            <translation>%1 — version %2 (lecture seule)</translation>
        </message>
        <message>
            <source>A frozen version cannot be changed: edit the flow's draft instead.</source>
            <translation>Une version figée ne peut pas être modifiée : modifiez plutôt le brouillon du flux.</translation>
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
            <translation>Créée</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Blocs</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Double-click a version to open it read-only</source>
            <translation>Double-cliquez sur une version pour l'ouvrir en lecture seule</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <source>Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)</source>
            <translation>Flux Caudal (*.caudal.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Save as copy</source>
            <translation>Enregistrer comme copie</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Saved. Caudal opens this database from its next start.

Reopen Caudal on it now? (Unsaved changes are asked about first.)</source>
            <translation>Enregistré. Caudal ouvrira cette base de données au prochain démarrage.

Rouvrir Caudal dessus maintenant ? (Les modifications non enregistrées vous seront d'abord demandées.)</translation>
        </message>
        <message>
            <source>Office database</source>
            <translation>Base de données du bureau</translation>
        </message>
        <message>
            <source>&amp;This computer only (a file in your user folder)</source>
            <translation>Ce poste &amp;seulement (un fichier dans votre dossier utilisateur)</translation>
        </message>
        <message>
            <source>&amp;Office database (PostgreSQL server)</source>
            <translation>Base de données du &amp;bureau (serveur PostgreSQL)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Base de &amp;données :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Or the whole &amp;address:</source>
            <translation>Ou l'&amp;adresse complète :</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>gardé dans le trousseau de ce poste</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Type the server and the database, or the whole address.</source>
            <translation>Indiquez le serveur et la base de données, ou l'adresse complète.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Ouverte maintenant : %1</translation>
        </message>
        <message>
            <source>This window was started with --db or CAUDAL_DB, which wins over this setting.</source>
            <translation>Cette fenêtre a été ouverte avec --db ou CAUDAL_DB, qui l'emportent sur ce réglage.</translation>
        </message>
        <message>
            <source>The test failed. Save this address anyway?</source>
            <translation>Le test a échoué. Enregistrer cette adresse quand même ?</translation>
        </message>
        <message>
            <source>The password could not be kept in the keyring, so nothing was saved.</source>
            <translation>Le mot de passe n'a pas pu être gardé dans le trousseau : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The setting could not be saved: %1</source>
            <translation>Le réglage n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>&amp;Change the setting…</source>
            <translation>&amp;Modifier le réglage…</translation>
        </message>
        <message>
            <source>Use this &amp;computer's database</source>
            <translation>Utiliser la base de ce &amp;poste</translation>
        </message>
        <message>
            <source>Office &amp;database…</source>
            <translation>Base de &amp;données du bureau…</translation>
        </message>
        <message>
            <source>This is the office database chosen in Settings → Office database….</source>
            <translation>C'est la base de données du bureau choisie dans Paramètres → Base de données du bureau….</translation>
        </message>
        <message>
            <source>none (it could not be opened)</source>
            <translation>aucune (elle n'a pas pu être ouverte)</translation>
        </message>
    </context>
    <context>
        <name>EmailMenus</name>
        <message>
            <source>Email &amp;accounts…</source>
            <translation>&amp;Comptes e-mail…</translation>
        </message>
        <message>
            <source>Email &amp;templates…</source>
            <translation>&amp;Modèles d'e-mail…</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>&amp;Boîte d'envoi</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
    </context>
    <context>
        <name>EmailMessages</name>
        <message>
            <source>The password is missing from the keyring: type it again and save.</source>
            <translation>Le mot de passe est absent du trousseau : saisissez-le à nouveau et enregistrez.</translation>
        </message>
        <message>
            <source>The password was not stored: %1</source>
            <translation>Le mot de passe n'a pas été enregistré : %1</translation>
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
            <translation>Affaire</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Phase du cycle de vie</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Modifié le</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Date de clôture</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>personnalisé</translation>
        </message>
    </context>
    <context>
        <name>FlowCanvas</name>
        <message>
            <source>Connect</source>
            <translation>Connecter</translation>
        </message>
        <message>
            <source>a node it joins does not exist.</source>
            <translation>un des blocs qu'elle relie n'existe pas.</translation>
        </message>
        <message>
            <source>the port does not exist.</source>
            <translation>le port n'existe pas.</translation>
        </message>
        <message>
            <source>duplicate edge, kept once.</source>
            <translation>liaison en double, conservée une seule fois.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>Ajouter « %1 »</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Disposer automatiquement</translation>
        </message>
        <message>
            <source>Node %1: unknown node type “%2”.</source>
            <translation>Bloc %1 : type de bloc inconnu « %2 ».</translation>
        </message>
        <message>
            <source>Edge %1 (%2.%3 → %4.%5)</source>
            <translation>Liaison %1 (%2.%3 → %4.%5)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Make room</source>
            <translation>Faire de la place</translation>
        </message>
        <message>
            <source>Insert “%1”</source>
            <translation>Insérer « %1 »</translation>
        </message>
    </context>
    <context>
        <name>FormsMenus</name>
        <message>
            <source>Web &amp;form address…</source>
            <translation>Adresse du &amp;formulaire web…</translation>
        </message>
    </context>
    <context>
        <name>RuntimesStatus</name>
        <message numerus="yes">
            <source>desktop</source>
            <translation>
                <numerusform>poste</numerusform>
                <numerusform>poste</numerusform>
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
                <numerusform>exécution ponctuelle</numerusform>
                <numerusform>exécution ponctuelle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this desktop</source>
            <translation>
                <numerusform>ce poste</numerusform>
                <numerusform>ce poste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No desktop and no service runs flows on this database now.</source>
            <translation>
                <numerusform>Aucun poste ni service n'exécute de flux sur cette base de données en ce moment.</numerusform>
                <numerusform>Aucun poste ni service n'exécute de flux sur cette base de données en ce moment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes on this database:</source>
            <translation>
                <numerusform>Qui exécute les flux sur cette base de données :</numerusform>
                <numerusform>Qui exécute les flux sur cette base de données :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes: cannot read</source>
            <translation>
                <numerusform>Qui exécute les flux : illisible</numerusform>
                <numerusform>Qui exécute les flux : illisible</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No runtime on this database</source>
            <translation>
                <numerusform>Personne n'exécute de flux sur cette base</numerusform>
                <numerusform>Personne n'exécute de flux sur cette base</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not responding</source>
            <translation>
                <numerusform>ne répond pas</numerusform>
                <numerusform>ne répond pas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (not responding)</source>
            <translation>
                <numerusform>%1 (ne répond pas)</numerusform>
                <numerusform>%1 (ne répond pas)</numerusform>
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
                <numerusform>Exécute les flux (%n) : %1</numerusform>
                <numerusform>Exécutent les flux (%n) : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, not responding)</source>
            <translation>
                <numerusform>%1 (%2, ne répond pas)</numerusform>
                <numerusform>%1 (%2, ne répond pas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 — since %3 — last heartbeat %4</source>
            <translation>
                <numerusform>%1 — %2 — depuis %3 — dernier signal %4</numerusform>
                <numerusform>%1 — %2 — depuis %3 — dernier signal %4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksMenus</name>
        <message>
            <source>&amp;Tasks</source>
            <translation>&amp;Tâches</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
    </context>
</TS>
