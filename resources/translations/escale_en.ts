<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos d&apos;Escale</source>
        <translation>About Escale</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Le poste de travail des chargés d&apos;accueil : suivi des foyers qui s&apos;installent en Bourgogne-Franche-Comté, relances, salons et dossiers d&apos;installation, même sans connexion.</source>
        <translation>The welcome officers&apos; workstation: follow the households settling in Bourgogne-Franche-Comté, with follow-ups, fairs and relocation dossiers, even offline.</translation>
    </message>
    <message>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Données de référence</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Données géographiques : INSEE, La Poste (Licence Ouverte)</source>
        <translation>Geographic data: INSEE, La Poste (Licence Ouverte / Open Licence)</translation>
    </message>
    <message>
        <source>Bibliothèques</source>
        <translation>Libraries</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Changer la &amp;phrase secrète…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Délai de verrouillage…</source>
        <translation>Auto-lock &amp;delay…</translation>
    </message>
    <message>
        <source>Délai de verrouillage</source>
        <translation>Auto-lock delay</translation>
    </message>
    <message>
        <source>Verrouiller Escale après ce nombre de minutes sans activité :</source>
        <translation>Lock Escale after this many minutes without activity:</translation>
    </message>
    <message numerus="yes">
        <source>Trois phrases secrètes incorrectes : attendez %n seconde(s) avant de réessayer.</source>
        <translation>
            <numerusform>Three incorrect passphrases: wait %n second before trying again.</numerusform>
            <numerusform>Three incorrect passphrases: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrase secrète incorrecte : vérifiez les majuscules et les accents.</source>
        <translation>Incorrect passphrase: check the capital letters and accents.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Préparation des données de démonstration…</source>
        <translation>Preparing the demonstration data…</translation>
    </message>
    <message>
        <source>Escale ne peut pas démarrer</source>
        <translation>Escale cannot start</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Consultation</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Données d&apos;un foyer exportées</source>
        <translation>Household data exported</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Ce que ce poste a noté : qui a consulté, exporté, imprimé, importé ou effacé quoi, et quand. Les entrées partent au serveur régional à chaque synchronisation, où l&apos;administrateur les lit ; personne ne peut les modifier ni les effacer.</source>
        <translation>What this computer has recorded: who viewed, exported, printed, imported or erased what, and when. The entries go to the regional server at each sync, where the administrator reads them; no one can change or erase them.</translation>
    </message>
    <message>
        <source>{entries}, dont {waiting} en attente d&apos;envoi au serveur.</source>
        <translation>{entries}, {waiting} of them waiting to be sent to the server.</translation>
    </message>
    <message>
        <source>1 entrée</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{count} entrées</source>
        <translation>{count} entries</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chargé·e d&apos;accueil</source>
        <translation>Welcome officer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Foyer</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>(n&apos;est plus sur ce poste)</source>
        <translation>(no longer on this computer)</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>reçue le {moment}</source>
        <translation>received on {moment}</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Foyer</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Territoire visé</source>
        <translation>Target territory</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chargé·e d&apos;accueil</source>
        <translation>Welcome officer</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Prochaine relance</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>(supprimé)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Relance en retard</source>
        <translation>Overdue follow-up</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>CaseListFiles</name>
    <message>
        <source>Export de la liste</source>
        <translation>List export</translation>
    </message>
    <message>
        <source>Exporter la liste</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV pour Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>{count} foyers exportés dans {path}.</source>
        <translation>{count} households exported to {path}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Rechercher un nom, un e-mail, un téléphone, une commune, un échange…</source>
        <translation>Search by name, email, phone, municipality, interaction…</translation>
    </message>
    <message>
        <source>Relance en retard</source>
        <translation>Overdue follow-up</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Nouveau foyer</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Créer un foyer (Ctrl+N)</source>
        <translation>Create a household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Packs d&apos;accueil…</source>
        <translation>Welcome packs…</translation>
    </message>
    <message>
        <source>Imprimer les dossiers des foyers sélectionnés (Ctrl+clic, Maj+clic) ou de l&apos;événement choisi dans le filtre</source>
        <translation>Print the dossiers of the selected households (Ctrl+click, Shift+click) or of the event chosen in the filter</translation>
    </message>
    <message>
        <source>Toutes origines</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Tous besoins</source>
        <translation>All needs</translation>
    </message>
    <message>
        <source>Tous départements</source>
        <translation>All départements</translation>
    </message>
    <message>
        <source>Tous chargés d&apos;accueil</source>
        <translation>All welcome officers</translation>
    </message>
    <message>
        <source>Tous événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Toutes intercommunalités</source>
        <translation>All intercommunalities</translation>
    </message>
    <message>
        <source>Importer des inscriptions…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <source>Importer l&apos;export des inscriptions du site (CSV ou Excel)</source>
        <translation>Import the website&apos;s registration export (CSV or Excel)</translation>
    </message>
    <message>
        <source>Exporter la liste…</source>
        <translation>Export the list…</translation>
    </message>
    <message>
        <source>Les foyers de la liste, filtres et tri compris, en XLSX ou CSV</source>
        <translation>The households in the list, with its filters and sorting, as XLSX or CSV</translation>
    </message>
    <message>
        <source>Tous statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{count} statuts</source>
        <translation>{count} statuses</translation>
    </message>
    <message>
        <source>{shown} sur {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Aucun foyer ne correspond à la recherche et aux filtres. Vérifiez l&apos;orthographe ou cliquez sur « Tout afficher ».</source>
        <translation>No household matches the search and filters. Check the spelling or click “Show all”.</translation>
    </message>
    <message>
        <source>Aucun foyer pour l&apos;instant. Créez le premier avec « Nouveau foyer » (Ctrl+N).</source>
        <translation>No households yet. Create the first one with “New household” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Aucun foyer</source>
        <translation>No households</translation>
    </message>
    <message>
        <source>1 foyer</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{count} foyers</source>
        <translation>{count} households</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Intitulé : saisissez l&apos;intitulé de l&apos;offre.</source>
        <translation>Title: enter the title of the offer.</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Commune : choisissez la commune où se trouve l&apos;offre (ex. Dole).</source>
        <translation>Municipality: choose the municipality where the offer is located (e.g. Dole).</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Valable jusqu&apos;au : le {day} est passé. Choisissez une date à venir, ou aucune date pour une offre sans échéance.</source>
        <translation>Valid until: {day} is in the past. Choose a future date, or no date for an offer with no end date.</translation>
    </message>
    <message>
        <source>Prix : saisissez un montant positif en euros.</source>
        <translation>Price: enter a positive amount in euros.</translation>
    </message>
    <message>
        <source>Partenaire : ce partenaire n&apos;existe plus. Choisissez-en un autre.</source>
        <translation>Partner: this partner no longer exists. Choose another one.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisme : saisissez le nom du partenaire (ex. Mairie de Dole).</source>
        <translation>Organisation: enter the partner&apos;s name (e.g. Mairie de Dole).</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Territoire : choisissez dans la liste la commune, l&apos;intercommunalité ou le département où le partenaire intervient.</source>
        <translation>Territory: choose from the list the municipality, intercommunality or département where the partner works.</translation>
    </message>
    <message>
        <source>{label} : {count} caractères au plus.</source>
        <translation>{label}: {count} characters at most.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Changer la phrase secrète</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Phrase &amp;actuelle :</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nouvelle phrase :</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>Con&amp;firmation:</translation>
    </message>
    <message>
        <source>C&amp;hanger</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>La base est chiffrée à nouveau avec la nouvelle phrase : l&apos;ancienne ne l&apos;ouvrira plus. Les commandes et scripts qui utilisent ESCALE_PASSPHRASE devront recevoir la nouvelle.</source>
        <translation>The database is encrypted again with the new passphrase: the old one will no longer open it. Commands and scripts that use ESCALE_PASSPHRASE will need to be given the new one.</translation>
    </message>
    <message>
        <source>La phrase secrète actuelle est incorrecte : rien n&apos;a été changé.</source>
        <translation>The current passphrase is incorrect: nothing has been changed.</translation>
    </message>
    <message>
        <source>Les deux saisies de la nouvelle phrase diffèrent : tapez-la deux fois à l&apos;identique.</source>
        <translation>The two entries of the new passphrase differ: type it exactly the same way twice.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>dossier des données (par défaut : {default})</source>
        <translation>data folder (default: {default})</translation>
    </message>
    <message>
        <source>Escale, le poste de travail des chargés d&apos;accueil.</source>
        <translation>Escale, the welcome officers&apos; workstation.</translation>
    </message>
    <message>
        <source>remplir une base neuve avec N foyers de démonstration avant d&apos;ouvrir la fenêtre</source>
        <translation>fill a new database with N demonstration households before opening the window</translation>
    </message>
    <message>
        <source>remplir une base avec des foyers de démonstration</source>
        <translation>fill a database with demonstration households</translation>
    </message>
    <message>
        <source>relier ce poste à votre compte sur le serveur régional</source>
        <translation>link this computer to your account on the regional server</translation>
    </message>
    <message>
        <source>synchroniser maintenant avec le serveur régional</source>
        <translation>sync now with the regional server</translation>
    </message>
    <message>
        <source>écrire le dossier d&apos;installation d&apos;un foyer, ou ceux d&apos;un événement, en PDF</source>
        <translation>write a household&apos;s relocation dossier, or those of an event, as PDF</translation>
    </message>
    <message>
        <source>un PDF par foyer dans le dossier donné par -o</source>
        <translation>one PDF per household in the folder given by -o</translation>
    </message>
    <message>
        <source>afficher les indicateurs du programme (inscrits, installés…)</source>
        <translation>show the programme&apos;s indicators (registered, settled…)</translation>
    </message>
    <message>
        <source>foyers inscrits à partir de ce jour (25/11/2026 ou 2026-11-25)</source>
        <translation>households registered from this day (25/11/2026 or 2026-11-25)</translation>
    </message>
    <message>
        <source>lire la phrase secrète de la base sur la première ligne de l&apos;entrée standard (sinon : variable d&apos;environnement {variable})</source>
        <translation>read the database passphrase from the first line of standard input (otherwise: environment variable {variable})</translation>
    </message>
    <message>
        <source>La base d&apos;Escale est chiffrée : donnez sa phrase secrète sur l&apos;entrée standard avec --passphrase-stdin (echo &quot;$PHRASE&quot; | escale … --passphrase-stdin) ou dans la variable d&apos;environnement {variable}.</source>
        <translation>The Escale database is encrypted: give its passphrase on standard input with --passphrase-stdin (echo &quot;$PHRASE&quot; | escale … --passphrase-stdin) or in the environment variable {variable}.</translation>
    </message>
    <message>
        <source>foyers inscrits jusqu&apos;à ce jour inclus</source>
        <translation>households registered up to and including this day</translation>
    </message>
    <message>
        <source>les visiteurs de cet événement, avec le bilan du stand</source>
        <translation>the visitors of this event, with the stand review</translation>
    </message>
    <message>
        <source>dépense annuelle d&apos;une personne installée (15 200 € par défaut)</source>
        <translation>yearly spending of one settled person (€15,200 by default)</translation>
    </message>
    <message>
        <source>vérifier l&apos;installation (base, migrations, dossier PDF, polices, traductions, fenêtre) dans un dossier temporaire, sans toucher aux données</source>
        <translation>check the installation (database, migrations, PDF dossier, fonts, translations, window) in a temporary folder, without touching the data</translation>
    </message>
    <message>
        <source>autorité de certification propre à la région (PEM), retenue pour les synchronisations suivantes</source>
        <translation>the region&apos;s own certificate authority (PEM), remembered for later syncs</translation>
    </message>
    <message>
        <source>lire le mot de passe sur l&apos;entrée standard (sur la deuxième ligne avec --passphrase-stdin)</source>
        <translation>read the password from standard input (from the second line with --passphrase-stdin)</translation>
    </message>
    <message>
        <source>sortie JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>écrire le bilan d&apos;une période en PDF (chiffres, graphiques)</source>
        <translation>write the review of a period as PDF (figures, charts)</translation>
    </message>
    <message>
        <source>importer les inscriptions exportées du site (CSV ou XLSX)</source>
        <translation>import the registrations exported from the website (CSV or XLSX)</translation>
    </message>
    <message>
        <source>la colonne d&apos;un en-tête du fichier (Courriel=email), retenue</source>
        <translation>the column for one of the file&apos;s headers (Courriel=email), remembered</translation>
    </message>
    <message>
        <source>où écrire les lignes refusées (à côté du fichier par défaut)</source>
        <translation>where to write the rejected rows (next to the file by default)</translation>
    </message>
    <message>
        <source>--households attend un nombre de foyers supérieur à 0.</source>
        <translation>--households expects a number of households greater than 0.</translation>
    </message>
    <message>
        <source>Les données de démonstration demandent le paquet « {package} », livré avec l&apos;installation de développement : lancez « make run » ou « pip install -e &apos;.[dev]&apos; ».</source>
        <translation>The demonstration data needs the package “{package}”, which comes with the development install: run “make run” or “pip install -e &apos;.[dev]&apos;”.</translation>
    </message>
    <message>
        <source>Aucun mot de passe reçu sur l&apos;entrée standard.</source>
        <translation>No password received on standard input.</translation>
    </message>
    <message>
        <source>Connecté à {server} en tant que {name} ({email}).</source>
        <translation>Connected to {server} as {name} ({email}).</translation>
    </message>
    <message>
        <source>Erreur inattendue. Le détail est dans le journal : {log}</source>
        <translation>Unexpected error. The details are in the log: {log}</translation>
    </message>
    <message>
        <source>Donnez soit l&apos;identifiant d&apos;un foyer, soit --event ÉVÉNEMENT, mais pas les deux.</source>
        <translation>Give either a household&apos;s identifier or --event EVENT, but not both.</translation>
    </message>
    <message>
        <source>--one-file-per-household ne s&apos;emploie qu&apos;avec --event.</source>
        <translation>--one-file-per-household can only be used with --event.</translation>
    </message>
    <message>
        <source>un identifiant de foyer</source>
        <translation>a household identifier</translation>
    </message>
    <message>
        <source>un identifiant d&apos;événement</source>
        <translation>an event identifier</translation>
    </message>
    <message>
        <source>Dossier d&apos;installation de « {name} » ({version}, {pages} pages) : {path}</source>
        <translation>Relocation dossier of “{name}” ({version}, {pages} pages): {path}</translation>
    </message>
    <message>
        <source>Aucun foyer n&apos;est inscrit à cet événement : rien à imprimer.</source>
        <translation>No household is registered for this event: nothing to print.</translation>
    </message>
    <message>
        <source>{count} dossiers d&apos;installation, {pages} pages : {path}</source>
        <translation>{count} relocation dossiers, {pages} pages: {path}</translation>
    </message>
    <message>
        <source>--mapping « {pair} » : écrivez EN-TÊTE=COLONNE (Courriel=email).</source>
        <translation>--mapping “{pair}”: write HEADER=COLUMN (Courriel=email).</translation>
    </message>
    <message>
        <source>--mapping « {pair} » : colonne « {name} » inconnue. Colonnes possibles : {known} ; « - » pour ne pas importer la colonne.</source>
        <translation>--mapping “{pair}”: unknown column “{name}”. Possible columns: {known}; “-” to leave the column out.</translation>
    </message>
    <message>
        <source>--to : la période finit le {end}, avant son début le {start}.</source>
        <translation>--to: the period ends on {end}, before it starts on {start}.</translation>
    </message>
    <message>
        <source>--spending-per-person attend un montant positif en euros.</source>
        <translation>--spending-per-person expects a positive amount in euros.</translation>
    </message>
    <message>
        <source>--departement : aucun département n&apos;a le code « {code} » ; donnez son numéro (58 pour la Nièvre, 2A pour la Corse-du-Sud).</source>
        <translation>--departement: no département has the code “{code}”; give its number (58 for Nièvre, 2A for Corse-du-Sud).</translation>
    </message>
    <message>
        <source>un identifiant d&apos;événement (--event)</source>
        <translation>an event identifier (--event)</translation>
    </message>
    <message>
        <source>--event : aucun événement n&apos;a l&apos;identifiant {id} dans cette base ; vérifiez-le, ou synchronisez d&apos;abord si l&apos;événement a été créé sur un autre poste.</source>
        <translation>--event: no event has the identifier {id} in this database; check it, or sync first if the event was created on another computer.</translation>
    </message>
    <message>
        <source>« {text} » n&apos;est pas {what} : il faut 32 chiffres hexadécimaux, avec ou sans tirets (par exemple 8f3a2c1d-…).</source>
        <translation>“{text}” is not {what}: 32 hexadecimal digits are needed, with or without hyphens (for example 8f3a2c1d-…).</translation>
    </message>
    <message>
        <source>Bilan — {period} ({households}) : {pages} pages, {path}</source>
        <translation>Review — {period} ({households}): {pages} pages, {path}</translation>
    </message>
    <message>
        <source>1 foyer</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{count} foyers</source>
        <translation>{count} households</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Le foyer consent à ce que ses données soient traitées par le programme</source>
        <translation>The household agrees to its data being processed by the programme</translation>
    </message>
    <message>
        <source>Les informations recueillies servent uniquement à accompagner le projet d&apos;installation du foyer. Elles sont conservées trois ans après le dernier contact ; le foyer peut les consulter, les corriger ou les faire effacer à tout moment auprès de son chargé d&apos;accueil.</source>
        <translation>The information collected is used solely to support the household&apos;s plan to settle in the region. It is kept for three years after the last contact; the household can view it, correct it or have it erased at any time by asking its welcome officer.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Suisse</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Allemagne</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Espagne</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Italie</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Pays-Bas</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Royaume-Uni</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Irlande</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>États-Unis</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Maroc</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <source>Algérie</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Tunisie</source>
        <translation>Tunisia</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>De l&apos;inscription à l&apos;installation</source>
        <translation>From registration to settlement</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Contactés</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Accompagnés</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Installés</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>{step} · {count}</source>
        <translation>{step} · {count}</translation>
    </message>
    <message>
        <source>Foyers</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Installations par mois</source>
        <translation>Settlements per month</translation>
    </message>
    <message>
        <source>Foyers installés</source>
        <translation>Households settled</translation>
    </message>
    <message>
        <source>Personnes installées</source>
        <translation>People settled</translation>
    </message>
    <message>
        <source>{amount}&#x202f;M€</source>
        <translation>€{amount}M</translation>
    </message>
    <message>
        <source>{amount}&#x202f;€</source>
        <translation>€{amount}</translation>
    </message>
    <message>
        <source>{rate}&#x202f;%</source>
        <translation>{rate}%</translation>
    </message>
    <message>
        <source>{days}&#xa0;jours</source>
        <translation>{days}&#xa0;days</translation>
    </message>
    <message>
        <source>{count} personnes</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>foyers inscrits</source>
        <translation>households registered</translation>
    </message>
    <message>
        <source>foyers contactés</source>
        <translation>households contacted</translation>
    </message>
    <message>
        <source>{rate} des inscrits</source>
        <translation>{rate} of those registered</translation>
    </message>
    <message>
        <source>foyers accompagnés</source>
        <translation>households accompanied</translation>
    </message>
    <message>
        <source>{rate} des contactés</source>
        <translation>{rate} of those contacted</translation>
    </message>
    <message>
        <source>foyers installés</source>
        <translation>households settled</translation>
    </message>
    <message>
        <source>{rate} des accompagnés</source>
        <translation>{rate} of those accompanied</translation>
    </message>
    <message>
        <source>personnes installées</source>
        <translation>people settled</translation>
    </message>
    <message>
        <source>{adults} adultes, {children} enfants</source>
        <translation>{adults} adults, {children} children</translation>
    </message>
    <message>
        <source>enfants scolarisés</source>
        <translation>children in school</translation>
    </message>
    <message>
        <source>dans les familles installées</source>
        <translation>in the families that settled</translation>
    </message>
    <message>
        <source>dépensés chaque année dans la région</source>
        <translation>spent each year in the region</translation>
    </message>
    <message>
        <source>{amount} par personne installée</source>
        <translation>{amount} per settled person</translation>
    </message>
    <message>
        <source>de l&apos;inscription à l&apos;installation</source>
        <translation>from registration to settlement</translation>
    </message>
    <message>
        <source>délai médian</source>
        <translation>median time</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Bilan PDF</source>
        <translation>PDF review</translation>
    </message>
    <message>
        <source>Export des indicateurs</source>
        <translation>Indicator export</translation>
    </message>
    <message>
        <source>Toutes origines</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Bilan PDF…</source>
        <translation>PDF review…</translation>
    </message>
    <message>
        <source>Le bilan de ces chiffres en PDF, avec graphiques et tableaux par territoire, à imprimer ou à enregistrer</source>
        <translation>A review of these figures as a PDF, with charts and tables by territory, to print or save</translation>
    </message>
    <message>
        <source>Exporter les indicateurs (XLSX)…</source>
        <translation>Export the indicators (XLSX)…</translation>
    </message>
    <message>
        <source>Par département</source>
        <translation>By département</translation>
    </message>
    <message>
        <source>Par intercommunalité</source>
        <translation>By intercommunality</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Calculating the indicators…</translation>
    </message>
    <message>
        <source>Par territoire</source>
        <translation>By territory</translation>
    </message>
    <message>
        <source>Un foyer compte là où il s&apos;est installé, sinon dans le premier territoire qu&apos;il souhaite : les lignes s&apos;additionnent au total.</source>
        <translation>A household counts where it settled, otherwise in the first territory it wished for: the rows add up to the total.</translation>
    </message>
    <message>
        <source>Tous départements</source>
        <translation>All départements</translation>
    </message>
    <message>
        <source>Tous chargés d&apos;accueil</source>
        <translation>All welcome officers</translation>
    </message>
    <message>
        <source>Tous événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Toutes intercommunalités</source>
        <translation>All intercommunalities</translation>
    </message>
    <message>
        <source>Aucun foyer inscrit ne correspond à cette période et à ces filtres. Élargissez la période ou cliquez sur « Tout afficher ».</source>
        <translation>No registered household matches this period and these filters. Widen the period or click “Show all”.</translation>
    </message>
    <message>
        <source>Aucun foyer pour l&apos;instant : les indicateurs apparaîtront avec les premières inscriptions. Importez l&apos;export du site (Dossiers › Importer des inscriptions…) ou créez un foyer.</source>
        <translation>No households yet: the indicators will appear with the first registrations. Import the website&apos;s export (Cases › Import registrations…) or create a household.</translation>
    </message>
    <message>
        <source>Bilan du programme — {period}</source>
        <translation>Programme review — {period}</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Les indicateurs sont enregistrés dans {path}.</source>
        <translation>The indicators have been saved to {path}.</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Enfants scolarisés</source>
        <translation>Children in school</translation>
    </message>
    <message>
        <source>Dépenses par an</source>
        <translation>Spending per year</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Bilan du stand</source>
        <translation>Stand review</translation>
    </message>
    <message>
        <source>Par département souhaité</source>
        <translation>By wished département</translation>
    </message>
    <message>
        <source>Par intercommunalité souhaitée</source>
        <translation>By wished intercommunality</translation>
    </message>
    <message>
        <source>Visiteurs : les foyers enregistrés à cet événement, quel que soit leur dossier depuis. Territoire : leur premier souhait. Un foyer peut avoir plusieurs projets : les lignes par projet peuvent dépasser le total.</source>
        <translation>Visitors: the households recorded at this event, whatever has become of their case since. Territory: their first wish. A household can have several projects: the rows by project can add up to more than the total.</translation>
    </message>
    <message>
        <source>Territoire souhaité</source>
        <translation>Wished territory</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>{event} : {households}, {people}</source>
        <translation>{event}: {households}, {people}</translation>
    </message>
    <message>
        <source>1 foyer</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{count} foyers</source>
        <translation>{count} households</translation>
    </message>
    <message>
        <source>1 personne</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>Intercommunalité souhaitée</source>
        <translation>Wished intercommunality</translation>
    </message>
    <message>
        <source>Intercommunalité non précisée (souhait d&apos;un département)</source>
        <translation>Intercommunality not specified (a whole département wished for)</translation>
    </message>
    <message>
        <source>Département souhaité</source>
        <translation>Wished département</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cette base n&apos;est pas chiffrée : pas de phrase secrète.</source>
        <translation>This database is not encrypted: it has no passphrase.</translation>
    </message>
    <message>
        <source>La phrase secrète n&apos;a pas été changée : la base est occupée ({reason}), par une synchronisation peut-être. L&apos;ancienne phrase reste valable ; réessayez dans un instant.</source>
        <translation>The passphrase has not been changed: the database is busy ({reason}), perhaps with a sync. The old passphrase is still valid; try again in a moment.</translation>
    </message>
    <message>
        <source>La phrase secrète doit compter au moins {count} caractères : choisissez plusieurs mots faciles à retenir (« thé vert à Nevers »).</source>
        <translation>The passphrase must be at least {count} characters long: choose several words that are easy to remember (“green tea in Nevers”).</translation>
    </message>
    <message>
        <source>La mise à jour de la base {path} a échoué : elle contient des références incohérentes. La base a été laissée telle quelle ; une copie de sauvegarde est à côté d&apos;elle. Contactez l&apos;assistance en joignant le journal.</source>
        <translation>Updating the database {path} failed: it contains inconsistent references. The database was left as it was; a backup copy is next to it. Contact support and attach the log.</translation>
    </message>
    <message>
        <source>Le fichier {path} est une base SQLite, mais pas une base Escale. Il n&apos;a pas été modifié ; choisissez un autre dossier de données.</source>
        <translation>The file {path} is an SQLite database, but not an Escale database. It has not been modified; choose another data folder.</translation>
    </message>
    <message>
        <source>La base {path} a été créée par une version plus récente d&apos;Escale (schéma « {revision} »). Installez la dernière version d&apos;Escale pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>The database {path} was created by a newer version of Escale (schema “{revision}”). Install the latest version of Escale to open it; the file has not been modified.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier de données {folder} ({reason}). Vérifiez les droits d&apos;écriture ou choisissez un autre dossier.</source>
        <translation>Cannot create the data folder {folder} ({reason}). Check the write permissions or choose another folder.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas une base de données Escale lisible (fichier abîmé ou d&apos;un autre programme). Il n&apos;a pas été modifié ; gardez-le pour une récupération et choisissez un autre dossier de données.</source>
        <translation>The file {path} is not a readable Escale database (damaged, or from another program). It has not been modified; keep it for recovery and choose another data folder.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans la base {path} ({reason}). Vérifiez l&apos;espace disque et les droits d&apos;écriture du dossier.</source>
        <translation>Cannot write to the database {path} ({reason}). Check the free disk space and the folder&apos;s write permissions.</translation>
    </message>
    <message>
        <source>L&apos;enregistrement a échoué ({reason}) : rien n&apos;a été modifié et vos saisies sont gardées à l&apos;écran. Libérez de l&apos;espace disque ou vérifiez les droits du dossier de données, puis enregistrez à nouveau.</source>
        <translation>Saving failed ({reason}): nothing was changed and what you entered is still on screen. Free up disk space or check the permissions of the data folder, then save again.</translation>
    </message>
    <message>
        <source>Le chiffrement de la base {path} a échoué ({reason}). La base a été laissée telle quelle. Vérifiez l&apos;espace disque, puis relancez Escale.</source>
        <translation>Encrypting the database {path} failed ({reason}). The database was left as it was. Check the free disk space, then restart Escale.</translation>
    </message>
    <message>
        <source>Le fichier {path} n&apos;est pas une base de données Escale lisible : il est abîmé, tronqué ou d&apos;un autre programme. Il n&apos;a pas été modifié ; gardez-le pour une récupération et choisissez un autre dossier de données (une synchronisation y ramène vos dossiers depuis le serveur).</source>
        <translation>The file {path} is not a readable Escale database: it is damaged, truncated or from another program. It has not been modified; keep it for recovery and choose another data folder (a sync brings your cases back into it from the server).</translation>
    </message>
    <message>
        <source>Phrase secrète incorrecte : la base {path} ne s&apos;ouvre pas avec elle. Vérifiez les majuscules, les accents et la disposition du clavier, puis réessayez.</source>
        <translation>Incorrect passphrase: the database {path} does not open with it. Check the capital letters, the accents and the keyboard layout, then try again.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Écrivez-la 25/11/2026 ou 2026-11-25.</source>
        <translation>Write it as 25/11/2026 or 2026-11-25.</translation>
    </message>
    <message>
        <source>la date manque. Écrivez-la 25/11/2026 ou 2026-11-25.</source>
        <translation>the date is missing. Write it as 25/11/2026 or 2026-11-25.</translation>
    </message>
    <message>
        <source>n&apos;est pas une date reconnue.</source>
        <translation>is not a recognised date.</translation>
    </message>
    <message>
        <source>n&apos;existe pas (jour ou mois impossible).</source>
        <translation>does not exist (impossible day or month).</translation>
    </message>
    <message>
        <source>a une heure impossible.</source>
        <translation>has an impossible time.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{n} foyer de démonstration créé</source>
        <translation>{n} demonstration household created</translation>
    </message>
    <message>
        <source>{n} foyers de démonstration créés</source>
        <translation>{n} demonstration households created</translation>
    </message>
    <message>
        <source>{n} personne</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} échange</source>
        <translation>{n} interaction</translation>
    </message>
    <message>
        <source>{n} échanges</source>
        <translation>{n} interactions</translation>
    </message>
    <message>
        <source>{n} relance</source>
        <translation>{n} follow-up</translation>
    </message>
    <message>
        <source>{n} relances</source>
        <translation>{n} follow-ups</translation>
    </message>
    <message>
        <source>Suivis par {officers} chargés d&apos;accueil, avec {partners} partenaires, {offers} offres et {events} événements.</source>
        <translation>Followed by {officers} welcome officers, with {partners} partners, {offers} offers and {events} events.</translation>
    </message>
    <message>
        <source>Cette base contient déjà des foyers : les données de démonstration ne s&apos;ajoutent qu&apos;à une base vide. Choisissez un autre dossier avec --data-dir.</source>
        <translation>This database already holds households: demonstration data is only added to an empty database. Choose another folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Aucun événement n&apos;a l&apos;identifiant {id}.</source>
        <translation>No event has the identifier {id}.</translation>
    </message>
    <message>
        <source>Dossiers d&apos;installation</source>
        <translation>Relocation dossiers</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : permission refusée. Choisissez un autre dossier.</source>
        <translation>Cannot write {path}: permission denied. Choose another folder.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : le dossier n&apos;existe pas. Choisissez un autre dossier.</source>
        <translation>Cannot write {path}: the folder does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} ({reason}). Vérifiez l&apos;espace disque ou choisissez un autre dossier.</source>
        <translation>Cannot write {path} ({reason}). Check the free disk space or choose another folder.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Aucun foyer n&apos;a l&apos;identifiant {id}.</source>
        <translation>No household has the identifier {id}.</translation>
    </message>
</context>
<context>
    <name>DossierPrinting</name>
    <message>
        <source>Dossier interne</source>
        <translation>Internal dossier</translation>
    </message>
    <message>
        <source>Dossier du foyer</source>
        <translation>Household&apos;s dossier</translation>
    </message>
    <message>
        <source>{version} — {name}</source>
        <translation>{version} — {name}</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>même e-mail : {value}</source>
        <translation>same email: {value}</translation>
    </message>
    <message>
        <source>même téléphone : {value}</source>
        <translation>same phone: {value}</translation>
    </message>
    <message>
        <source>{name} ({origin}, {day}, {members} membre(s))</source>
        <translation>{name} ({origin}, {day}, {members} member(s))</translation>
    </message>
    <message>
        <source>foyer sans nom</source>
        <translation>unnamed household</translation>
    </message>
    <message>
        <source>Doublons possibles</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Ces foyers partagent un e-mail ou un téléphone : souvent la même famille, inscrite sur le site puis rencontrée sur un salon, ou saisie par deux chargés d&apos;accueil. La fusion garde tout (membres, échanges, relances, orientations) dans le foyer de gauche, inscrit le premier.</source>
        <translation>These households share an email address or a phone number: often the same family, registered on the website and then met at a fair, or entered by two welcome officers. Merging keeps everything (members, interactions, follow-ups, referrals) in the household on the left, the first to register.</translation>
    </message>
    <message>
        <source>&amp;Fusionner dans le premier</source>
        <translation>&amp;Merge into the first</translation>
    </message>
    <message>
        <source>Garder plutôt le &amp;second</source>
        <translation>Keep the &amp;second instead</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;premier</source>
        <translation>Open the &amp;first</translation>
    </message>
    <message>
        <source>Ouvrir le s&amp;econd</source>
        <translation>Open the s&amp;econd</translation>
    </message>
    <message>
        <source>{first}  ⇄  {second}
{reasons}</source>
        <translation>{first}  ⇄  {second}
{reasons}</translation>
    </message>
    <message>
        <source>Plus aucun doublon possible.</source>
        <translation>No possible duplicates left.</translation>
    </message>
    <message>
        <source>Revoir les doublons…</source>
        <translation>Review the duplicates…</translation>
    </message>
    <message>
        <source>Doublons possibles : {count} paire(s) de foyers partagent un e-mail ou un téléphone.</source>
        <translation>Possible duplicates: {count} pair(s) of households share an email address or a phone number.</translation>
    </message>
    <message>
        <source>Aucun doublon possible parmi vos foyers.</source>
        <translation>No possible duplicates among your households.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>même e-mail ({value})</source>
        <translation>same email ({value})</translation>
    </message>
    <message>
        <source>même téléphone ({value})</source>
        <translation>same phone ({value})</translation>
    </message>
    <message>
        <source>nom proche ({name}), même commune</source>
        <translation>similar name ({name}), same municipality</translation>
    </message>
    <message>
        <source>Fusion : choisissez deux dossiers différents.</source>
        <translation>Merge: choose two different cases.</translation>
    </message>
    <message>
        <source>Fusion : l&apos;un des deux dossiers a déjà été supprimé ou fusionné.</source>
        <translation>Merge: one of the two cases has already been deleted or merged.</translation>
    </message>
    <message>
        <source>Dossier « {name} » fusionné dans celui-ci (doublon) le {day}.</source>
        <translation>Case “{name}” merged into this one (duplicate) on {day}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Foyer peut-être déjà connu</source>
        <translation>Household possibly already known</translation>
    </message>
    <message>
        <source>Ce foyer ressemble à un dossier existant. Ouvrez-le ou fusionnez-y ce que vous venez de saisir, plutôt que de créer un doublon.</source>
        <translation>This household looks like an existing case. Open that case, or merge what you have just entered into it, rather than creating a duplicate.</translation>
    </message>
    <message>
        <source>Dossiers ressemblants</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>{name} — {reasons}</source>
        <translation>{name} — {reasons}</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>&amp;Ouvrir ce dossier</source>
        <translation>&amp;Open this case</translation>
    </message>
    <message>
        <source>&amp;Fusionner dans ce dossier</source>
        <translation>&amp;Merge into this case</translation>
    </message>
    <message>
        <source>&amp;Créer quand même</source>
        <translation>&amp;Create anyway</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite : l&apos;action en cours n&apos;a peut-être pas abouti. Les données déjà enregistrées ne sont pas touchées.</source>
        <translation>An unexpected error occurred: the current action may not have been completed. The data already saved is not affected.</translation>
    </message>
    <message>
        <source>Le détail est dans le journal : {path}
Si le problème se reproduit, transmettez ce fichier à l&apos;assistance.</source>
        <translation>The details are in the log: {path}
If the problem happens again, send this file to support.</translation>
    </message>
    <message>
        <source>Escale</source>
        <translation>Escale</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Nom : donnez un nom à l&apos;événement (ex. Salon de Paris).</source>
        <translation>Name: give the event a name (e.g. Salon de Paris).</translation>
    </message>
    <message>
        <source>Nom : {count} caractères au plus.</source>
        <translation>Name: {count} characters at most.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Lieu : saisissez le lieu (ex. Paris, Espace Champerret) ou la commune.</source>
        <translation>Venue: enter the venue (e.g. Paris, Espace Champerret) or the municipality.</translation>
    </message>
    <message>
        <source>Lieu : {count} caractères au plus.</source>
        <translation>Venue: {count} characters at most.</translation>
    </message>
    <message>
        <source>Début : saisissez la date du début.</source>
        <translation>Start: enter the start date.</translation>
    </message>
    <message>
        <source>Fin : le {end} est avant le début ({start}). Corrigez l&apos;une des dates.</source>
        <translation>End: {end} is before the start ({start}). Correct one of the dates.</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Séjour d&apos;immersion</source>
        <translation>Immersion stay</translation>
    </message>
    <message>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>ex. Salon Vivre et travailler en province</source>
        <translation>e.g. Salon Vivre et travailler en province</translation>
    </message>
    <message>
        <source>ex. Paris, Porte de Versailles</source>
        <translation>e.g. Paris, Porte de Versailles</translation>
    </message>
    <message>
        <source>Commune (facultatif)</source>
        <translation>Municipality (optional)</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Au</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Créer l&apos;événement</source>
        <translation>Create the event</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Foyer</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Territoire visé</source>
        <translation>Target territory</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chargé·e d&apos;accueil</source>
        <translation>Welcome officer</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Prochaine relance</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Foyers</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Foyers concernés</source>
        <translation>Households covered</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Contactés</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Accompagnés</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Installés</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>foyers</source>
        <translation>households</translation>
    </message>
    <message>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Adultes installés</source>
        <translation>Adults settled</translation>
    </message>
    <message>
        <source>Enfants installés</source>
        <translation>Children settled</translation>
    </message>
    <message>
        <source>Enfants scolarisés</source>
        <translation>Children in school</translation>
    </message>
    <message>
        <source>Taux de contact</source>
        <translation>Contact rate</translation>
    </message>
    <message>
        <source>Taux d&apos;accompagnement</source>
        <translation>Accompaniment rate</translation>
    </message>
    <message>
        <source>Taux d&apos;installation</source>
        <translation>Settlement rate</translation>
    </message>
    <message>
        <source>De l&apos;inscription à l&apos;installation</source>
        <translation>From registration to settlement</translation>
    </message>
    <message>
        <source>Délai médian inscription → installation</source>
        <translation>Median time registration → settlement</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Dépense annuelle par personne installée</source>
        <translation>Yearly spending per settled person</translation>
    </message>
    <message>
        <source>Dépenses annuelles estimées dans la région</source>
        <translation>Estimated yearly spending in the region</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Foyers installés</source>
        <translation>Households settled</translation>
    </message>
    <message>
        <source>Personnes installées</source>
        <translation>People settled</translation>
    </message>
    <message>
        <source>Dépenses annuelles (€)</source>
        <translation>Yearly spending (€)</translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Par département</source>
        <translation>By département</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Par intercommunalité</source>
        <translation>By intercommunality</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Installations par mois</source>
        <translation>Settlements per month</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>FairCapture</name>
    <message>
        <source>Âges des enfants : « {value} » n&apos;est pas compris. Saisissez les âges en années, séparés par des virgules (4, 9).</source>
        <translation>Children&apos;s ages: “{value}” is not understood. Enter the ages in years, separated by commas (4, 9).</translation>
    </message>
    <message>
        <source>Nom : saisissez au moins le prénom ou le nom du visiteur.</source>
        <translation>Name: enter at least the visitor&apos;s first name or surname.</translation>
    </message>
    <message>
        <source>Consentement : lisez le texte au visiteur et cochez la case s&apos;il l&apos;accepte. Sans son accord, rien n&apos;est enregistré.</source>
        <translation>Consent: read the text to the visitor and tick the box if they accept it. Without their agreement, nothing is saved.</translation>
    </message>
    <message>
        <source>Enfants : saisissez un nombre de 0 à {max}.</source>
        <translation>Children: enter a number from 0 to {max}.</translation>
    </message>
    <message>
        <source>Âges des enfants : {count} enfant(s) mais {ages} âge(s) saisi(s). Corrigez le nombre d&apos;enfants ou les âges.</source>
        <translation>Children&apos;s ages: {count} child(ren) but {ages} age(s) entered. Correct the number of children or the ages.</translation>
    </message>
    <message>
        <source>Enfant {number}</source>
        <translation>Child {number}</translation>
    </message>
    <message>
        <source>Plein écran (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Verrouiller (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Changer d&apos;événement</source>
        <translation>Change event</translation>
    </message>
    <message>
        <source>Imprimer le pack d&apos;accueil (Ctrl+P)</source>
        <translation>Print the welcome pack (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enregistrer et suivant (Entrée)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <source>Le visiteur</source>
        <translation>The visitor</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Adulte</source>
        <translation>&amp;Adult</translation>
    </message>
    <message>
        <source>ex. infirmière</source>
        <translation>e.g. nurse</translation>
    </message>
    <message>
        <source>&amp;Métier</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Prénom (facultatif)</source>
        <translation>First name (optional)</translation>
    </message>
    <message>
        <source>Nom (facultatif)</source>
        <translation>Surname (optional)</translation>
    </message>
    <message>
        <source>&amp;Second adulte</source>
        <translation>&amp;Second adult</translation>
    </message>
    <message>
        <source>Son métier (facultatif)</source>
        <translation>Their job (optional)</translation>
    </message>
    <message>
        <source>prenom.nom@exemple.fr</source>
        <translation>first.last@example.fr</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Corri&amp;ger</source>
        <translation>Co&amp;rrect</translation>
    </message>
    <message>
        <source>06 12 34 56 78 ou +32 …</source>
        <translation>06 12 34 56 78 or +32 …</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Ouvrir ce dossier</source>
        <translation>&amp;Open this case</translation>
    </message>
    <message>
        <source>Nombre d&apos;enfants</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <source>Âges, ex. 4, 9</source>
        <translation>Ages, e.g. 4, 9</translation>
    </message>
    <message>
        <source>E&amp;nfants</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>ex. Dole, Grand Dole, Jura</source>
        <translation>e.g. Dole, Grand Dole, Jura</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Déjà connu : {name} — {reasons}.</source>
        <translation>Already known: {name} — {reasons}.</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Mét&amp;ier</source>
        <translation>Jo&amp;b</translation>
    </message>
    <message>
        <source>&amp;Vit à</source>
        <translation>&amp;Lives in</translation>
    </message>
    <message>
        <source>Son projet</source>
        <translation>Their project</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Territoires souhaités</source>
        <translation>Wished territories</translation>
    </message>
    <message>
        <source>Territoire souhaité n° {number}</source>
        <translation>Wished territory no. {number}</translation>
    </message>
    <message>
        <source>Texte du consentement, version {version}</source>
        <translation>Consent text, version {version}</translation>
    </message>
    <message>
        <source>Le visiteur a lu ce texte et l&apos;accepte</source>
        <translation>The visitor has read this text and accepts it</translation>
    </message>
    <message>
        <source>Verrouiller l&apos;écran</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>Plein écran</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Imprimer le pack d&apos;accueil</source>
        <translation>Print the welcome pack</translation>
    </message>
    <message>
        <source>Prêt pour le premier visiteur. Entrée enregistre.</source>
        <translation>Ready for the first visitor. Enter saves.</translation>
    </message>
    <message>
        <source>✓ {name} enregistré·e (visiteur n° {count}). Ctrl+P : imprimer son pack d&apos;accueil.</source>
        <translation>✓ {name} saved (visitor no. {count}). Ctrl+P: print their welcome pack.</translation>
    </message>
    <message>
        <source>Quitter le plein écran (Échap)</source>
        <translation>Exit full screen (Esc)</translation>
    </message>
    <message>
        <source>Visiteur déjà connu ?</source>
        <translation>Visitor already known?</translation>
    </message>
    <message>
        <source>S&apos;il s&apos;agit de la même personne, ouvrez son dossier plutôt que d&apos;en créer un second. Si c&apos;est quelqu&apos;un d&apos;autre, enregistrez quand même.</source>
        <translation>If this is the same person, open their case rather than creating a second one. If it is someone else, save anyway.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer quand même</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier connu</source>
        <translation>&amp;Open the known case</translation>
    </message>
    <message>
        <source>&amp;Revenir à la saisie</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>foyer sans nom</source>
        <translation>unnamed household</translation>
    </message>
    <message>
        <source>Et {count} autre(s) dossier(s).</source>
        <translation>And {count} other case(s).</translation>
    </message>
    <message>
        <source>Vouliez-vous dire {address} ?</source>
        <translation>Did you mean {address}?</translation>
    </message>
    <message>
        <source>{count} visiteur(s) saisi(s) pour cet événement</source>
        <translation>{count} visitor(s) entered for this event</translation>
    </message>
    <message>
        <source>Le visiteur n&apos;a pas été enregistré : un point à corriger.</source>
        <translation>The visitor was not saved: one thing to correct.</translation>
    </message>
    <message>
        <source>Le visiteur n&apos;a pas été enregistré : {count} points à corriger.</source>
        <translation>The visitor was not saved: {count} things to correct.</translation>
    </message>
</context>
<context>
    <name>FairLock</name>
    <message>
        <source>Écran verrouillé — appuyez sur Entrée</source>
        <translation>Screen locked — press Enter</translation>
    </message>
    <message>
        <source>La saisie en cours est cachée, pas effacée : elle revient au déverrouillage.</source>
        <translation>The entry in progress is hidden, not erased: it comes back when you unlock.</translation>
    </message>
</context>
<context>
    <name>FairPage</name>
    <message>
        <source>Salon</source>
        <translation>Fairs</translation>
    </message>
    <message>
        <source>Choisissez l&apos;événement, puis saisissez chaque visiteur au clavier : Entrée l&apos;enregistre et prépare la fiche suivante. Tout reste sur ce poste jusqu&apos;à la prochaine synchronisation ; aucune connexion n&apos;est nécessaire.</source>
        <translation>Choose the event, then enter each visitor with the keyboard: Enter saves them and gets the next form ready. Everything stays on this computer until the next sync; no connection is needed.</translation>
    </message>
    <message>
        <source>Aucun événement à venir : créez celui du salon avec « Nouvel événement ».</source>
        <translation>No upcoming events: create the fair&apos;s event with “New event”.</translation>
    </message>
    <message>
        <source>Commencer la saisie</source>
        <translation>Start entering visitors</translation>
    </message>
    <message>
        <source>Nouvel événement…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Verrouiller l&apos;écran de saisie après</source>
        <translation>Lock the entry screen after</translation>
    </message>
    <message>
        <source>sans frappe ni clic (Ctrl+L : tout de suite)</source>
        <translation>without a keystroke or click (Ctrl+L: straight away)</translation>
    </message>
    <message>
        <source>{name}
{kind} · {place} · {dates} · {count} visiteur(s) saisi(s)</source>
        <translation>{name}
{kind} · {place} · {dates} · {count} visitor(s) entered</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Relance : dites ce qu&apos;il faudra faire (« Rappeler »).</source>
        <translation>Follow-up: say what will need doing (“Call back”).</translation>
    </message>
    <message>
        <source>Relance : {limit} caractères au plus.</source>
        <translation>Follow-up: {limit} characters at most.</translation>
    </message>
    <message>
        <source>Date de relance : le {day} est passé ; choisissez une date à venir.</source>
        <translation>Follow-up date: {day} is in the past; choose a date to come.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Aucune relance en retard.</source>
        <translation>No overdue follow-ups.</translation>
    </message>
    <message>
        <source>Aucune relance prévue aujourd&apos;hui.</source>
        <translation>No follow-ups due today.</translation>
    </message>
    <message>
        <source>Aucune autre relance cette semaine.</source>
        <translation>No other follow-ups this week.</translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>hier</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>il y a {days} jours</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>{count} en retard</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <source>{count} aujourd&apos;hui</source>
        <translation>{count} today</translation>
    </message>
    <message>
        <source>{count} cette semaine</source>
        <translation>{count} this week</translation>
    </message>
    <message>
        <source>Rien à faire cette semaine : tout est à jour.</source>
        <translation>Nothing to do this week: everything is up to date.</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Foyer</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>Marquer comme faite</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Double-clic ou Entrée : ouvrir le foyer · Espace ou Ctrl+D : marquer comme faite</source>
        <translation>Double-click or Enter: open the household · Space or Ctrl+D: mark as done</translation>
    </message>
    <message>
        <source>Ouvrir le foyer</source>
        <translation>Open the household</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>La relance « {what} » n&apos;a pas été marquée comme faite.
{reason}</source>
        <translation>The follow-up “{what}” was not marked as done.
{reason}</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Premier contact</source>
        <translation>First &amp;contact</translation>
    </message>
    <message>
        <source>Type de pro&amp;jet</source>
        <translation>Type of pro&amp;ject</translation>
    </message>
    <message>
        <source>Territoires &amp;souhaités</source>
        <translation>&amp;Wished territories</translation>
    </message>
    <message>
        <source>Non précisée</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>&amp;Maturité du projet</source>
        <translation>Project &amp;maturity</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>&amp;Budget logement</source>
        <translation>Housing &amp;budget</translation>
    </message>
    <message>
        <source>&amp;Location ou achat</source>
        <translation>&amp;Rent or buy</translation>
    </message>
    <message>
        <source>Type de lo&amp;gement</source>
        <translation>Housing t&amp;ype</translation>
    </message>
    <message>
        <source>Précisions l&amp;ogement</source>
        <translation>Housing &amp;details</translation>
    </message>
    <message>
        <source>Arrivée so&amp;uhaitée</source>
        <translation>Wished &amp;arrival</translation>
    </message>
    <message>
        <source>Version du te&amp;xte</source>
        <translation>Te&amp;xt version</translation>
    </message>
    <message>
        <source>&amp;Recueilli par</source>
        <translation>Collected v&amp;ia</translation>
    </message>
    <message>
        <source>Nombre de chambres, jardin, proximité d&apos;une gare…</source>
        <translation>Number of bedrooms, garden, near a railway station…</translation>
    </message>
    <message>
        <source>Connue :</source>
        <translation>Known:</translation>
    </message>
    <message>
        <source>Actuellement</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <source>Pa&amp;ys</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>Nom ou code postal (ex. Créteil, 94000)</source>
        <translation>Name or postcode (e.g. Créteil, 94000)</translation>
    </message>
    <message>
        <source>&amp;Commune (France)</source>
        <translation>Munici&amp;pality (France)</translation>
    </message>
    <message>
        <source>Pour un foyer qui vit à l&apos;étranger</source>
        <translation>For a household living abroad</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>&amp;Town or city</translation>
    </message>
    <message>
        <source>Membres du foyer</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Recueilli le</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>Consentement retiré le {day}</source>
        <translation>Consent withdrawn on {day}</translation>
    </message>
    <message>
        <source> ({channel})</source>
        <translation> ({channel})</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Enregistrer les modifications du foyer ?</source>
        <translation>Save the changes to this household?</translation>
    </message>
    <message>
        <source>Sinon, ce que vous avez saisi depuis le dernier enregistrement sera perdu.</source>
        <translation>Otherwise, what you have entered since the last save will be lost.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Le foyer n&apos;a pas été enregistré : un champ est à corriger.</source>
        <translation>The household was not saved: one field needs correcting.</translation>
    </message>
    <message>
        <source>Le foyer n&apos;a pas été enregistré : {count} champs sont à corriger.</source>
        <translation>The household was not saved: {count} fields need correcting.</translation>
    </message>
    <message>
        <source>pas encore recueilli</source>
        <translation>not yet collected</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>← Dossiers</source>
        <translation>← Cases</translation>
    </message>
    <message>
        <source>Revenir à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Revenir à la dernière version enregistrée (Échap)</source>
        <translation>Go back to the last saved version (Esc)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer le foyer (Ctrl+S)</source>
        <translation>Save the household (Ctrl+S)</translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Exporter, retrait du consentement, effacement (RGPD)</source>
        <translation>Export, withdrawal of consent, erasure (GDPR)</translation>
    </message>
    <message>
        <source>Nouveau foyer</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>Foyer sans nom</source>
        <translation>Unnamed household</translation>
    </message>
    <message>
        <source>Le statut et l&apos;historique des échanges apparaîtront une fois le foyer enregistré.</source>
        <translation>The status and the history of interactions will appear once the household is saved.</translation>
    </message>
    <message>
        <source>Enregistrer le foyer</source>
        <translation>Save the household</translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation>Cancel the changes</translation>
    </message>
    <message>
        <source>Noter un échange</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <source>Imprimer le dossier</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>Dossier d&apos;installation à remettre au foyer (Ctrl+P)</source>
        <translation>Relocation dossier to hand to the household (Ctrl+P)</translation>
    </message>
    <message>
        <source>Dossier interne (chargé·e d&apos;accueil)</source>
        <translation>Internal dossier (welcome officer)</translation>
    </message>
    <message>
        <source>Exporter les données du foyer…</source>
        <translation>Export the household&apos;s data…</translation>
    </message>
    <message>
        <source>Retrait du consentement…</source>
        <translation>Withdrawal of consent…</translation>
    </message>
    <message>
        <source>Effacer le foyer…</source>
        <translation>Erase the household…</translation>
    </message>
</context>
<context>
    <name>HouseholdPrivacy</name>
    <message>
        <source>Exporter les données du foyer</source>
        <translation>Export the household&apos;s data</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Données du foyer {name}.pdf</source>
        <translation>Household data {name}.pdf</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Données exportées</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Les données du foyer « {name} » sont dans deux fichiers à remettre au foyer :
{pdf} (lisible)
{json} (pour un autre logiciel).</source>
        <translation>The data of the household “{name}” is in two files to hand to the household:
{pdf} (readable)
{json} (for other software).</translation>
    </message>
    <message>
        <source>Retrait non enregistré</source>
        <translation>Withdrawal not recorded</translation>
    </message>
    <message>
        <source>Effacer le foyer</source>
        <translation>Erase the household</translation>
    </message>
    <message>
        <source>Effacer définitivement le foyer « {name} » ?</source>
        <translation>Permanently erase the household “{name}”?</translation>
    </message>
    <message>
        <source>Seront effacés de ce poste, puis du serveur régional et de chaque poste à sa prochaine synchronisation : le nom du foyer, les noms, coordonnées, années de naissance et métiers de ses membres, sa ville d&apos;origine, son budget, les notes, le texte des échanges et des relances, les motifs de statut.

Restent, sans rien qui permette de reconnaître la famille, le statut et ses dates, les territoires, le nombre d&apos;adultes et d&apos;enfants et l&apos;installation : les statistiques du programme ne changent pas.

Cette opération ne peut pas être annulée. Exportez d&apos;abord les données si le foyer les a demandées.</source>
        <translation>Erased from this computer, then from the regional server and from each computer at its next sync: the household&apos;s name, its members&apos; names, contact details, years of birth and occupations, the town it comes from, its budget, the notes, the text of the interactions and follow-ups, the reasons for status changes.

Kept, with nothing that could identify the family: the status and its dates, the territories, the number of adults and children, and the settlement: the programme&apos;s statistics do not change.

This cannot be undone. Export the data first if the household has asked for it.</translation>
    </message>
    <message>
        <source>Effacer définitivement</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Effacement impossible</source>
        <translation>Erasure failed</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Date d&apos;inscription</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Prénom du conjoint</source>
        <translation>Partner&apos;s first name</translation>
    </message>
    <message>
        <source>Nom du conjoint</source>
        <translation>Partner&apos;s surname</translation>
    </message>
    <message>
        <source>Profession du conjoint</source>
        <translation>Partner&apos;s occupation</translation>
    </message>
    <message>
        <source>Nombre d&apos;adultes</source>
        <translation>Number of adults</translation>
    </message>
    <message>
        <source>Nombre d&apos;enfants</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <source>Âges des enfants</source>
        <translation>Children&apos;s ages</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune de résidence</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Territoires souhaités</source>
        <translation>Wished territories</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Date d&apos;arrivée souhaitée</source>
        <translation>Wished arrival date</translation>
    </message>
    <message>
        <source>Logement recherché</source>
        <translation>Housing sought</translation>
    </message>
    <message>
        <source>Budget logement</source>
        <translation>Housing budget</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Version du consentement</source>
        <translation>Consent version</translation>
    </message>
    <message>
        <source>Import de {name} ({format}) : {lines} lignes lues en {seconds} s.</source>
        <translation>Import of {name} ({format}): {lines} rows read in {seconds} s.</translation>
    </message>
    <message>
        <source>Colonnes reconnues : {count}{renamed}.</source>
        <translation>Columns recognised: {count}{renamed}.</translation>
    </message>
    <message>
        <source>Colonnes non importées : {headers}.</source>
        <translation>Columns not imported: {headers}.</translation>
    </message>
    <message>
        <source>{count} foyers créés</source>
        <translation>{count} households created</translation>
    </message>
    <message>
        <source>{count} lignes fusionnées dans un foyer déjà connu (même e-mail ou téléphone)</source>
        <translation>{count} rows merged into an already known household (same email or phone)</translation>
    </message>
    <message>
        <source>{count} lignes déjà présentes, sans rien de nouveau</source>
        <translation>{count} rows already present, with nothing new</translation>
    </message>
    <message>
        <source>{count} lignes refusées</source>
        <translation>{count} rows rejected</translation>
    </message>
    <message>
        <source>ligne {line} → « {name} » ({why}) : {added}</source>
        <translation>row {line} → “{name}” ({why}): {added}</translation>
    </message>
    <message>
        <source>Lignes refusées, avec le motif : {path} (corrigez-les puis importez ce fichier).</source>
        <translation>Rejected rows, with the reason: {path} (correct them, then import that file).</translation>
    </message>
    <message>
        <source>ligne {line} : {reason}</source>
        <translation>row {line}: {reason}</translation>
    </message>
    <message>
        <source>{count} foyers créés ressemblent à un foyer existant (à fusionner ou garder depuis la fiche) :</source>
        <translation>{count} households created look like an existing household (merge or keep them from their record):</translation>
    </message>
    <message>
        <source>ligne {line} ~ « {name} » ({why})</source>
        <translation>row {line} ~ “{name}” ({why})</translation>
    </message>
    <message>
        <source>{label} : pays « {value} » inconnu ; écrivez son code à deux lettres (BE, CH, DE…).</source>
        <translation>{label}: unknown country “{value}”; write its two-letter code (BE, CH, DE…).</translation>
    </message>
    <message>
        <source>{label} : plusieurs communes s&apos;appellent « {city} » ; indiquez le code postal.</source>
        <translation>{label}: several municipalities are called “{city}”; give the postcode.</translation>
    </message>
    <message>
        <source>Code postal : aucune commune n&apos;a le code postal {postcode}.</source>
        <translation>Postcode: no municipality has the postcode {postcode}.</translation>
    </message>
    <message>
        <source>{label} : le code postal {postcode} dessert plusieurs communes ({names}) ; indiquez la commune.</source>
        <translation>{label}: the postcode {postcode} covers several municipalities ({names}); give the municipality.</translation>
    </message>
    <message>
        <source>Code postal : {postcode} ne correspond pas à {commune} ({code}). Codes postaux de cette commune : {known}.</source>
        <translation>Postcode: {postcode} does not match {commune} ({code}). Postcodes of this municipality: {known}.</translation>
    </message>
    <message>
        <source>« {value} » désigne plusieurs communes ; écrivez par exemple « {example} » ou le code INSEE</source>
        <translation>“{value}” refers to several municipalities; write for example “{example}” or the INSEE code</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est ni une commune, ni une intercommunalité, ni un département</source>
        <translation>“{value}” is not a municipality, an intercommunality or a département</translation>
    </message>
    <message>
        <source>{label} : « {value} » n&apos;est pas un code postal : il faut cinq chiffres.</source>
        <translation>{label}: “{value}” is not a postcode: five digits are needed.</translation>
    </message>
    <message>
        <source>{label} : aucune commune ne s&apos;appelle « {city} » ; vérifiez l&apos;orthographe.</source>
        <translation>{label}: no municipality is called “{city}”; check the spelling.</translation>
    </message>
    <message>
        <source>L&apos;import a échoué ({reason}) : rien n&apos;a été importé. Libérez de l&apos;espace disque ou vérifiez les droits du dossier de données, puis recommencez.</source>
        <translation>The import failed ({reason}): nothing was imported. Free up disk space or check the permissions of the data folder, then try again.</translation>
    </message>
    <message>
        <source>Les lignes refusées n&apos;ont pas pu être enregistrées dans {path} ({reason}).</source>
        <translation>The rejected rows could not be saved to {path} ({reason}).</translation>
    </message>
    <message>
        <source>Colonne obligatoire introuvable dans {name} : {missing}. Rien n&apos;a été importé. Colonnes du fichier : {headers}. Indiquez quelle colonne correspond (par exemple --mapping &quot;Courriel=email&quot;), ou ajoutez-la au fichier.</source>
        <translation>Required column not found in {name}: {missing}. Nothing was imported. Columns in the file: {headers}. Say which column matches (for example --mapping &quot;Courriel=email&quot;), or add it to the file.</translation>
    </message>
    <message>
        <source>membre {name}</source>
        <translation>member {name}</translation>
    </message>
    <message>
        <source>coordonnées de {name}</source>
        <translation>contact details of {name}</translation>
    </message>
    <message>
        <source>territoires souhaités</source>
        <translation>wished territories</translation>
    </message>
    <message>
        <source>projet</source>
        <translation>project</translation>
    </message>
    <message>
        <source>précisions sur le projet</source>
        <translation>project details</translation>
    </message>
    <message>
        <source>consentement plus récent</source>
        <translation>more recent consent</translation>
    </message>
    <message>
        <source>date d&apos;inscription plus ancienne</source>
        <translation>earlier registration date</translation>
    </message>
    <message>
        <source>CSV, {encoding}, séparateur « {delimiter} »</source>
        <translation>CSV, {encoding}, separator “{delimiter}”</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier {path} ({reason}).</source>
        <translation>Cannot read the file {path} ({reason}).</translation>
    </message>
    <message>
        <source>Le fichier {name} est vide. Exportez à nouveau les inscriptions depuis le site.</source>
        <translation>The file {name} is empty. Export the registrations from the website again.</translation>
    </message>
    <message>
        <source>{name} est un classeur Excel de l&apos;ancien format (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou .csv, puis importez-le.</source>
        <translation>{name} is an Excel workbook in the old format (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import it.</translation>
    </message>
    <message>
        <source>{name} n&apos;est pas un tableau CSV ou Excel (.xlsx). Importez le fichier exporté depuis le site, ou enregistrez le tableau au format .csv ou .xlsx.</source>
        <translation>{name} is not a CSV or Excel (.xlsx) spreadsheet. Import the file exported from the website, or save the spreadsheet as .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Ligne {line} : le fichier CSV est mal formé, une cellule y dépasse {limit} caractères. Un guillemet (&quot;) non fermé, sur cette ligne ou juste avant, englobe souvent la suite du fichier : corrigez-le dans un tableur, enregistrez, puis importez à nouveau. Rien n&apos;a été importé.</source>
        <translation>Line {line}: the CSV file is malformed: a cell on it is longer than {limit} characters. An unclosed quotation mark (&quot;), on this line or just before it, often swallows the rest of the file: correct it in a spreadsheet, save, then import again. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} est abîmé : Escale ne peut pas le lire (à partir de la ligne {line}). Rien n&apos;a été importé. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau au format .xlsx ou .csv, puis importez ce fichier.</source>
        <translation>{name} is damaged: Escale cannot read it (from row {line} on). Nothing was imported. Open it in Excel or LibreOffice, save it again as .xlsx or .csv, then import that file.</translation>
    </message>
    <message>
        <source>Colonne {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>{name} ne contient aucune ligne : il faut une ligne d&apos;en-têtes puis une ligne par inscription.</source>
        <translation>{name} contains no rows: it needs a header row, then one row per registration.</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} âge(s) pour {children} enfant(s) ; donnez un âge par enfant.</source>
        <translation>{count} age(s) for {children} child(ren); give one age per child.</translation>
    </message>
    <message>
        <source>Contact : ni e-mail ni téléphone ; il en faut au moins un pour joindre le foyer.</source>
        <translation>Contact: neither email nor phone; at least one is needed to reach the household.</translation>
    </message>
    <message>
        <source>le {day} est dans le futur.</source>
        <translation>{day} is in the future.</translation>
    </message>
    <message>
        <source>le {day} n&apos;est pas vraisemblable.</source>
        <translation>{day} is not plausible.</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas un nombre entre {low} et {high}.</source>
        <translation>“{value}” is not a number between {low} and {high}.</translation>
    </message>
    <message>
        <source>« {value} » : écrivez l&apos;âge de chaque enfant en années, séparés par des virgules (4, 9).</source>
        <translation>“{value}”: write each child&apos;s age in years, separated by commas (4, 9).</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas une année : écrivez quatre chiffres (1984).</source>
        <translation>“{value}” is not a year: write four digits (1984).</translation>
    </message>
    <message>
        <source>le nom manque.</source>
        <translation>the surname is missing.</translation>
    </message>
    <message>
        <source>Adulte {number}</source>
        <translation>Adult {number}</translation>
    </message>
    <message>
        <source>Enfant {number}</source>
        <translation>Child {number}</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas un projet connu ({known}).</source>
        <translation>“{value}” is not a known project ({known}).</translation>
    </message>
    <message>
        <source>« {value} » : écrivez {known}.</source>
        <translation>“{value}”: write {known}.</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas un montant en euros (180 000).</source>
        <translation>“{value}” is not an amount in euros (180 000).</translation>
    </message>
    <message>
        <source>le foyer n&apos;a pas donné son accord au traitement de ses données ; sans lui, l&apos;inscription ne peut pas être enregistrée.</source>
        <translation>the household has not agreed to its data being processed; without that agreement, the registration cannot be saved.</translation>
    </message>
    <message>
        <source>« {value} » : écrivez « oui » ou « non ».</source>
        <translation>“{value}”: write “yes” or “no”.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Inscriptions du site (*.csv *.xlsx *.txt)</source>
        <translation>Website registrations (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Importer des inscriptions</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <source>Choisir un autre fichier…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Vérifiez ce que contient chaque colonne du fichier : Escale l&apos;a deviné d&apos;après les en-têtes et les imports précédents, et retiendra vos choix pour le prochain fichier.</source>
        <translation>Check what each column of the file holds: Escale guessed it from the headers and previous imports, and will remember your choices for the next file.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Interrompre</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lecture de {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>{format}, {columns} colonnes, environ {lines} lignes.</source>
        <translation>{format}, {columns} columns, about {lines} rows.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être importé :</source>
        <translation>This file cannot be imported:</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Colonnes obligatoires introuvables : {names}. Choisissez la colonne du fichier qui les contient (pour l&apos;e-mail, le téléphone convient aussi), ou ajoutez-la au fichier.</source>
        <translation>Required columns not found: {names}. Choose the column of the file that holds them (instead of the email, the phone will also do), or add it to the file.</translation>
    </message>
    <message>
        <source>« {column} » est choisie pour plusieurs colonnes du fichier ({headers}) : gardez-la pour une seule.</source>
        <translation>“{column}” is chosen for several columns of the file ({headers}): keep it for only one.</translation>
    </message>
    <message>
        <source>Interruption : rien de l&apos;import ne sera gardé…</source>
        <translation>Stopping: nothing from this import will be kept…</translation>
    </message>
    <message>
        <source>{done} lignes lues sur environ {total}…</source>
        <translation>{done} of about {total} rows read…</translation>
    </message>
    <message>
        <source>{done} lignes lues…</source>
        <translation>{done} rows read…</translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas abouti :</source>
        <translation>The import did not complete:</translation>
    </message>
    <message>
        <source>{label} (obligatoire)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>{label} (e-mail ou téléphone obligatoire)</source>
        <translation>{label} (email or phone required)</translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Premières valeurs</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Information pour Escale</source>
        <translation>Information for Escale</translation>
    </message>
    <message>
        <source>Information de la colonne « {header} »</source>
        <translation>Information in the column “{header}”</translation>
    </message>
    <message>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Motif du rejet</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Foyer déjà connu</source>
        <translation>Household already known</translation>
    </message>
    <message>
        <source>Reconnu par</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>Ajouté au foyer</source>
        <translation>Added to the household</translation>
    </message>
    <message>
        <source>Ressemble à</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ouvrir le foyer</source>
        <translation>Open the household</translation>
    </message>
    <message>
        <source>Ouvrir le foyer importé</source>
        <translation>Open the imported household</translation>
    </message>
    <message>
        <source>Ouvrir le foyer existant</source>
        <translation>Open the existing household</translation>
    </message>
    <message>
        <source>Ces foyers ont été importés mais ressemblent à un foyer déjà connu (nom proche, même commune) : ouvrez-les pour les fusionner ou les garder.</source>
        <translation>These households were imported but look like an already known household (similar name, same municipality): open them to merge or keep them.</translation>
    </message>
    <message>
        <source>Import interrompu : rien n&apos;a été importé, la base est telle qu&apos;avant.</source>
        <translation>Import stopped: nothing was imported; the database is as it was before.</translation>
    </message>
    <message>
        <source>Import terminé : {lines} lignes lues en {seconds} s.</source>
        <translation>Import finished: {lines} rows read in {seconds} s.</translation>
    </message>
    <message>
        <source>1 foyer créé</source>
        <translation>1 household created</translation>
    </message>
    <message>
        <source>{count} foyers créés</source>
        <translation>{count} households created</translation>
    </message>
    <message>
        <source>1 ligne fusionnée dans un foyer déjà connu (même e-mail ou téléphone)</source>
        <translation>1 row merged into an already known household (same email or phone)</translation>
    </message>
    <message>
        <source>{count} lignes fusionnées dans un foyer déjà connu (même e-mail ou téléphone)</source>
        <translation>{count} rows merged into an already known household (same email or phone)</translation>
    </message>
    <message>
        <source>1 ligne déjà présente, sans rien de nouveau</source>
        <translation>1 row already present, with nothing new</translation>
    </message>
    <message>
        <source>{count} lignes déjà présentes, sans rien de nouveau</source>
        <translation>{count} rows already present, with nothing new</translation>
    </message>
    <message>
        <source>1 ligne refusée</source>
        <translation>1 row rejected</translation>
    </message>
    <message>
        <source>{count} lignes refusées</source>
        <translation>{count} rows rejected</translation>
    </message>
    <message>
        <source>1 doublon possible à vérifier</source>
        <translation>1 possible duplicate to check</translation>
    </message>
    <message>
        <source>{count} doublons possibles à vérifier</source>
        <translation>{count} possible duplicates to check</translation>
    </message>
    <message>
        <source>Les lignes refusées sont enregistrées, avec leur motif, dans {path}. Corrigez-les dans Excel puis importez ce fichier.</source>
        <translation>The rejected rows have been saved, with their reasons, to {path}. Correct them in Excel, then import that file.</translation>
    </message>
    <message>
        <source>rien de nouveau (déjà importée)</source>
        <translation>nothing new (already imported)</translation>
    </message>
    <message>
        <source>Refusées ({count})</source>
        <translation>Rejected ({count})</translation>
    </message>
    <message>
        <source>Fusionnées ({count})</source>
        <translation>Merged ({count})</translation>
    </message>
    <message>
        <source>Doublons possibles ({count})</source>
        <translation>Possible duplicates ({count})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Accueil direct ou autre</source>
        <translation>Walk-in or other</translation>
    </message>
    <message>
        <source>Mutation ou nouvel emploi</source>
        <translation>Job transfer or new job</translation>
    </message>
    <message>
        <source>Télétravail</source>
        <translation>Remote work</translation>
    </message>
    <message>
        <source>Création ou reprise d&apos;entreprise</source>
        <translation>Business start-up or takeover</translation>
    </message>
    <message>
        <source>Retraite</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Autre projet</source>
        <translation>Other project</translation>
    </message>
    <message>
        <source>En réflexion</source>
        <translation>Thinking it over</translation>
    </message>
    <message>
        <source>Projet défini</source>
        <translation>Project defined</translation>
    </message>
    <message>
        <source>Départ imminent</source>
        <translation>Move imminent</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Renting</translation>
    </message>
    <message>
        <source>Achat</source>
        <translation>Buying</translation>
    </message>
    <message>
        <source>Location ou achat</source>
        <translation>Renting or buying</translation>
    </message>
    <message>
        <source>Maison</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Appartement</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Terrain à bâtir</source>
        <translation>Building plot</translation>
    </message>
    <message>
        <source>Indifférent</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>Formulaire du site web</source>
        <translation>Website form</translation>
    </message>
    <message>
        <source>Formulaire papier</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Emploi</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Emploi du conjoint</source>
        <translation>Partner&apos;s job</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>École</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Garde d&apos;enfant</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Mobilité</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Création d&apos;entreprise</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <source>Vie sociale et loisirs</source>
        <translation>Social life and leisure</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Satisfait</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Adulte</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Non scolarisé</source>
        <translation>Not in school</translation>
    </message>
    <message>
        <source>Maternelle</source>
        <translation>Nursery school</translation>
    </message>
    <message>
        <source>Élémentaire</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Collège</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <source>Lycée</source>
        <translation>Upper secondary</translation>
    </message>
    <message>
        <source>Études supérieures</source>
        <translation>Higher education</translation>
    </message>
    <message>
        <source>Offre d&apos;emploi</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <source>Reprise d&apos;entreprise</source>
        <translation>Business takeover</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Éducation</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Petite enfance</source>
        <translation>Early childhood</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Transmis</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Décliné</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Version du foyer</source>
        <translation>Household version</translation>
    </message>
    <message>
        <source>Version chargé d&apos;accueil (interne)</source>
        <translation>Welcome officer version (internal)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connexion au serveur régional</source>
        <translation>Sign in to the regional server</translation>
    </message>
    <message>
        <source>Reliez ce poste à votre compte de chargé·e d&apos;accueil. Le mot de passe n&apos;est pas conservé : seul un jeton propre à ce poste l&apos;est.</source>
        <translation>Link this computer to your welcome officer account. The password is not kept: only a token for this computer is.</translation>
    </message>
    <message>
        <source>facultatif : fichier .pem fourni par la région</source>
        <translation>optional: .pem file provided by the region</translation>
    </message>
    <message>
        <source>&amp;Serveur</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Autorité de certification</source>
        <translation>&amp;Certificate authority</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>l&apos;adresse du serveur</source>
        <translation>the server address</translation>
    </message>
    <message>
        <source>l&apos;e-mail</source>
        <translation>the email</translation>
    </message>
    <message>
        <source>le mot de passe</source>
        <translation>the password</translation>
    </message>
    <message>
        <source>Saisissez {what}.</source>
        <translation>Enter {what}.</translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accueil des nouveaux habitants</source>
        <translation>Welcoming new residents</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau foyer</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <source>&amp;Rechercher un foyer</source>
        <translation>&amp;Find a household</translation>
    </message>
    <message>
        <source>&amp;Importer des inscriptions…</source>
        <translation>&amp;Import registrations…</translation>
    </message>
    <message>
        <source>&amp;Exporter la liste des foyers…</source>
        <translation>&amp;Export the household list…</translation>
    </message>
    <message>
        <source>&amp;Journal d&apos;audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Escale…</source>
        <translation>&amp;About Escale…</translation>
    </message>
    <message>
        <source>Base de données : {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>La langue choisie sera appliquée au prochain démarrage d&apos;Escale.</source>
        <translation>The chosen language will be applied the next time Escale starts.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>à {commune}</source>
        <translation>in {commune}</translation>
    </message>
    <message>
        <source>{at}, commune souhaitée</source>
        <translation>{at}, a wished municipality</translation>
    </message>
    <message>
        <source>{at}, dans l&apos;intercommunalité souhaitée</source>
        <translation>{at}, in the wished intercommunality</translation>
    </message>
    <message>
        <source>{at}, dans le département souhaité</source>
        <translation>{at}, in the wished département</translation>
    </message>
    <message>
        <source>emploi</source>
        <translation>job</translation>
    </message>
    <message>
        <source>{domain} — {job} recherché·e</source>
        <translation>{domain} — {job} wanted</translation>
    </message>
    <message>
        <source>métier des adultes non renseigné : offre de la zone</source>
        <translation>adults&apos; occupations not given: offer in the area</translation>
    </message>
    <message>
        <source>métier de {name} : {job}</source>
        <translation>occupation of {name}: {job}</translation>
    </message>
    <message>
        <source>l&apos;adulte</source>
        <translation>the adult</translation>
    </message>
    <message>
        <source>le type de logement souhaité</source>
        <translation>the type of housing wanted</translation>
    </message>
    <message>
        <source>dans le budget : {price} par mois pour {budget} prévus</source>
        <translation>within budget: {price} a month for {budget} planned</translation>
    </message>
    <message>
        <source>dans le budget : {price} pour {budget} prévus</source>
        <translation>within budget: {price} for {budget} planned</translation>
    </message>
    <message>
        <source>un peu au-dessus du budget : {price} par mois pour {budget}</source>
        <translation>slightly over budget: {price} a month for {budget}</translation>
    </message>
    <message>
        <source>un peu au-dessus du budget : {price} pour {budget}</source>
        <translation>slightly over budget: {price} for {budget}</translation>
    </message>
    <message>
        <source>reprise d&apos;entreprise — {title}</source>
        <translation>business takeover — {title}</translation>
    </message>
    <message>
        <source>projet de création ou de reprise d&apos;entreprise</source>
        <translation>plans to start or take over a business</translation>
    </message>
    <message>
        <source>besoin : création d&apos;entreprise</source>
        <translation>need: starting a business</translation>
    </message>
    <message>
        <source>besoin ouvert : {need}</source>
        <translation>open need: {need}</translation>
    </message>
    <message>
        <source>télétravail — {title}</source>
        <translation>remote work — {title}</translation>
    </message>
    <message>
        <source>projet en télétravail</source>
        <translation>plans to work remotely</translation>
    </message>
    <message>
        <source>événement — {title}</source>
        <translation>event — {title}</translation>
    </message>
    <message>
        <source>besoin ouvert : vie sociale</source>
        <translation>open need: social life</translation>
    </message>
    <message>
        <source>{commune} : commune souhaitée (vœu n° {rank})</source>
        <translation>{commune}: wished municipality (wish no. {rank})</translation>
    </message>
    <message>
        <source>{commune} : même intercommunalité ({epci}) que le vœu n° {rank}</source>
        <translation>{commune}: same intercommunality ({epci}) as wish no. {rank}</translation>
    </message>
    <message>
        <source>{commune} : même département ({dep}) que le vœu n° {rank}</source>
        <translation>{commune}: same département ({dep}) as wish no. {rank}</translation>
    </message>
    <message>
        <source>{name} cherche un poste : {job}</source>
        <translation>{name} is looking for a job: {job}</translation>
    </message>
    <message>
        <source>besoin ouvert : emploi</source>
        <translation>open need: job</translation>
    </message>
    <message>
        <source>projet d&apos;entreprise</source>
        <translation>business project</translation>
    </message>
    <message>
        <source>garde d&apos;enfant</source>
        <translation>childcare</translation>
    </message>
    <message>
        <source>santé</source>
        <translation>health</translation>
    </message>
    <message>
        <source>école</source>
        <translation>school</translation>
    </message>
    <message>
        <source>mobilité</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>vie sociale</source>
        <translation>social life</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>ex. 1984</source>
        <translation>e.g. 1984</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Emploi recherché</source>
        <translation>Job sought</translation>
    </message>
    <message>
        <source>Télétravail</source>
        <translation>Works remotely</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>prenom.nom@exemple.fr</source>
        <translation>first.last@example.fr</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Non précisée</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Scolarité</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Besoin de garde</source>
        <translation>Needs childcare</translation>
    </message>
    <message>
        <source>Ajouter un adult&amp;e</source>
        <translation>Add an ad&amp;ult</translation>
    </message>
    <message>
        <source>Ajouter un e&amp;nfant</source>
        <translation>Add a chi&amp;ld</translation>
    </message>
    <message>
        <source>Ajout d&apos;un adulte</source>
        <translation>adding an adult</translation>
    </message>
    <message>
        <source>Ajout d&apos;un enfant</source>
        <translation>adding a child</translation>
    </message>
    <message>
        <source>Retrait d&apos;un membre</source>
        <translation>removing a member</translation>
    </message>
    <message>
        <source>Adulte {n}</source>
        <translation>Adult {n}</translation>
    </message>
    <message>
        <source>Enfant {n}</source>
        <translation>Child {n}</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <source>État du besoin : {domain}</source>
        <translation>Status of the need: {domain}</translation>
    </message>
    <message>
        <source>Précision (facultatif)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>Précision du besoin : {domain}</source>
        <translation>Details of the need: {domain}</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Précision</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Modifier l&apos;offre</source>
        <translation>Edit offer</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>ex. Infirmier (H/F) – CDI – Dole</source>
        <translation>e.g. Infirmier (H/F) – CDI – Dole</translation>
    </message>
    <message>
        <source>Commune (ex. Dole)</source>
        <translation>Municipality (e.g. Dole)</translation>
    </message>
    <message>
        <source>Jusqu&apos;au :</source>
        <translation>until:</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Logement : un loyer par mois (moins de {limit} €) ou un prix de vente.</source>
        <translation>Housing: a monthly rent (under €{limit}) or a sale price.</translation>
    </message>
    <message>
        <source>Aucun partenaire</source>
        <translation>No partner</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Détails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Valable</source>
        <translation>&amp;Valid</translation>
    </message>
    <message>
        <source>&amp;Prix</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>P&amp;artenaire</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>{amount} €</source>
        <translation>€{amount}</translation>
    </message>
    <message>
        <source>{amount} / mois</source>
        <translation>{amount} / month</translation>
    </message>
    <message>
        <source>(retirée)</source>
        <translation>(withdrawn)</translation>
    </message>
    <message>
        <source>Offre expirée</source>
        <translation>Expired offer</translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation>no end date</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Nouvelle offre…</source>
        <translation>New offer…</translation>
    </message>
    <message>
        <source>Nouveau partenaire…</source>
        <translation>New partner…</translation>
    </message>
    <message>
        <source>Rechercher : métier, commune, partenaire…</source>
        <translation>Search: job, municipality, partner…</translation>
    </message>
    <message>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Territoire (ex. Jura)</source>
        <translation>Territory (e.g. Jura)</translation>
    </message>
    <message>
        <source>Afficher les offres expirées</source>
        <translation>Show expired offers</translation>
    </message>
    <message>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Modifier l&apos;offre…</source>
        <translation>Edit the offer…</translation>
    </message>
    <message>
        <source>Modifier le partenaire…</source>
        <translation>Edit the partner…</translation>
    </message>
    <message>
        <source>{count} offre(s)</source>
        <translation>{count} offer(s)</translation>
    </message>
    <message>
        <source>Choisissez une offre dans la liste.</source>
        <translation>Choose an offer from the list.</translation>
    </message>
    <message>
        <source>Expirée le {day}</source>
        <translation>Expired on {day}</translation>
    </message>
    <message>
        <source>Valable jusqu&apos;au {day}</source>
        <translation>Valid until {day}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Offres en cours</source>
        <translation>Current offers</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Fairs</translation>
    </message>
    <message>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Modifier le partenaire</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>ex. Mairie de Dole</source>
        <translation>e.g. Mairie de Dole</translation>
    </message>
    <message>
        <source>Commune, intercommunalité ou département</source>
        <translation>Municipality, intercommunality or département</translation>
    </message>
    <message>
        <source>&amp;Organisme</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Domaine</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Territoire</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Télé&amp;phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Escale — nouvelle phrase secrète</source>
        <translation>Escale — new passphrase</translation>
    </message>
    <message>
        <source>Escale — déverrouiller</source>
        <translation>Escale — unlock</translation>
    </message>
    <message>
        <source>&amp;Phrase secrète :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation :</source>
        <translation>C&amp;onfirm:</translation>
    </message>
    <message>
        <source>&amp;Chiffrer et ouvrir</source>
        <translation>&amp;Encrypt and open</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quitter Escale</source>
        <translation>&amp;Quit Escale</translation>
    </message>
    <message>
        <source>Vos dossiers sont chiffrés sur cet ordinateur. Entrez votre phrase secrète pour les ouvrir.</source>
        <translation>Your cases are encrypted on this computer. Enter your passphrase to open them.</translation>
    </message>
    <message>
        <source>Votre base de dossiers va être chiffrée : sans la phrase secrète, personne ne pourra la lire sur cet ordinateur.</source>
        <translation>Your case database is about to be encrypted: without the passphrase, no one will be able to read it on this computer.</translation>
    </message>
    <message>
        <source>Escale chiffre vos dossiers sur cet ordinateur : sans la phrase secrète, personne ne peut les lire.</source>
        <translation>Escale encrypts your cases on this computer: without the passphrase, no one can read them.</translation>
    </message>
    <message>
        <source>Choisissez une phrase d&apos;au moins 10 caractères, facile à retenir (plusieurs mots). Elle vous sera demandée à chaque démarrage et après chaque verrouillage. Perdue, elle ne peut pas être retrouvée : seuls les dossiers déjà envoyés au serveur reviendraient, par une synchronisation sur une base neuve.</source>
        <translation>Choose a passphrase of at least 10 characters that is easy to remember (several words). You will be asked for it every time Escale starts and after every lock. If it is lost, it cannot be recovered: only the cases already sent to the server would come back, through a sync into a new database.</translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent : tapez la même phrase secrète dans les deux champs.</source>
        <translation>The two entries differ: type the same passphrase in both fields.</translation>
    </message>
    <message>
        <source>Tapez votre phrase secrète, puis Entrée.</source>
        <translation>Type your passphrase, then press Enter.</translation>
    </message>
    <message>
        <source>Trois phrases secrètes incorrectes : Escale se ferme, vos dossiers restent chiffrés. Relancez Escale pour réessayer (majuscules, accents, disposition du clavier).</source>
        <translation>Three incorrect passphrases: Escale is closing and your cases stay encrypted. Restart Escale to try again (capital letters, accents, keyboard layout).</translation>
    </message>
    <message numerus="yes">
        <source>Phrase secrète incorrecte. Vérifiez les majuscules et les accents ; encore %n essai(s) avant la fermeture d&apos;Escale.</source>
        <translation>
            <numerusform>Incorrect passphrase. Check the capital letters and accents; %n more try before Escale closes.</numerusform>
            <numerusform>Incorrect passphrase. Check the capital letters and accents; %n more tries before Escale closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Escale ne peut pas écrire dans son dossier de données {folder} ({reason}) : il est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire. Demandez au service informatique de le rendre modifiable, ou lancez Escale avec --data-dir vers un dossier où vous pouvez écrire. Vos dossiers n&apos;ont pas été modifiés.</source>
        <translation>Escale cannot write to its data folder {folder} ({reason}): it is read-only or you do not have permission to write to it. Ask the IT department to make it writable, or start Escale with --data-dir pointing to a folder you can write to. Your cases have not been modified.</translation>
    </message>
    <message>
        <source>Le disque du dossier de données {folder} est plein (il reste {free} Mo, il en faut au moins {needed} Mo). Libérez de la place (corbeille, téléchargements, anciennes copies), puis relancez Escale. Vos dossiers n&apos;ont pas été modifiés.</source>
        <translation>The disk of the data folder {folder} is full ({free} MB left, at least {needed} MB needed). Free up some space (recycle bin, downloads, old copies), then restart Escale. Your cases have not been modified.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Numéro de page</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>/ {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Réduire (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Agrandir (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pleine largeur</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur ce poste. Enregistrez le document en PDF pour l&apos;imprimer depuis un autre ordinateur.</source>
        <translation>No printer is installed on this computer. Save the document as a PDF to print it from another computer.</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Toute la période</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>L&apos;année dernière</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Période d&apos;inscription</source>
        <translation>Registration period</translation>
    </message>
    <message>
        <source>Inscrits à partir du</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <source>Inscrits jusqu&apos;au</source>
        <translation>Registered until</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>{name} (intercommunalité)</source>
        <translation>{name} (intercommunality)</translation>
    </message>
    <message>
        <source>{name} (département {code})</source>
        <translation>{name} (département {code})</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte. Vérifiez qu&apos;elle est allumée et connectée, ou enregistrez le document en PDF.</source>
        <translation>The printer could not be opened. Check that it is switched on and connected, or save the document as a PDF.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Le consentement de ce foyer est déjà retiré depuis le {day}.</source>
        <translation>This household&apos;s consent was already withdrawn on {day}.</translation>
    </message>
    <message>
        <source>Ce foyer n&apos;existe plus : il a peut-être déjà été supprimé.</source>
        <translation>This household no longer exists: it may already have been deleted.</translation>
    </message>
    <message>
        <source>Ce foyer a été effacé le {day} : il n&apos;y a plus de consentement à enregistrer.</source>
        <translation>This household was erased on {day}: there is no longer any consent to record.</translation>
    </message>
    <message>
        <source>Consentement redemandé au foyer : sans contact de sa part depuis trois ans, ses données seront anonymisées s&apos;il ne répond pas.</source>
        <translation>Consent asked for again: with no contact from the household for three years, its data will be anonymised if it does not answer.</translation>
    </message>
    <message>
        <source>Consentement redemandé : sans réponse, anonymiser le foyer</source>
        <translation>Consent asked for again: if there is no answer, anonymise the household</translation>
    </message>
    <message>
        <source>Données détenues sur le foyer {name}</source>
        <translation>Data held on the household {name}</translation>
    </message>
    <message>
        <source>Droit d&apos;accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Toutes les données que le programme d&apos;accueil détient sur le foyer, au {day} : le foyer, ses membres, ses souhaits, ses besoins, les échanges (y compris les notes internes), les relances, l&apos;historique du statut, l&apos;installation, les offres proposées et les impressions du dossier. Le fichier JSON joint contient les mêmes données.</source>
        <translation>All the data the welcome programme holds on the household, as of {day}: the household, its members, its wishes, its needs, the interactions (including internal notes), the follow-ups, the status history, the settlement, the offers proposed and the printings of the dossier. The attached JSON file contains the same data.</translation>
    </message>
    <message>
        <source>Aucune.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>oui (supprimé)</source>
        <translation>yes (deleted)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Le foyer</source>
        <translation>The household</translation>
    </message>
    <message>
        <source>Membres ({count})</source>
        <translation>Members ({count})</translation>
    </message>
    <message>
        <source>Territoires souhaités ({count})</source>
        <translation>Wished territories ({count})</translation>
    </message>
    <message>
        <source>Besoins ({count})</source>
        <translation>Needs ({count})</translation>
    </message>
    <message>
        <source>Échanges ({count})</source>
        <translation>Interactions ({count})</translation>
    </message>
    <message>
        <source>Relances ({count})</source>
        <translation>Follow-ups ({count})</translation>
    </message>
    <message>
        <source>Historique du statut ({count})</source>
        <translation>Status history ({count})</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Offres et partenaires proposés ({count})</source>
        <translation>Offers and partners proposed ({count})</translation>
    </message>
    <message>
        <source>Impressions du dossier ({count})</source>
        <translation>Printings of the dossier ({count})</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Supprimé</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Nom du foyer</source>
        <translation>Household name</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Inscrit le</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Pays de résidence</source>
        <translation>Country of residence</translation>
    </message>
    <message>
        <source>Commune de résidence (code)</source>
        <translation>Municipality of residence (code)</translation>
    </message>
    <message>
        <source>Ville de résidence</source>
        <translation>Town or city of residence</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Avancement du projet</source>
        <translation>Project maturity</translation>
    </message>
    <message>
        <source>Logement recherché</source>
        <translation>Housing sought</translation>
    </message>
    <message>
        <source>Type de logement</source>
        <translation>Housing type</translation>
    </message>
    <message>
        <source>Budget logement (€)</source>
        <translation>Housing budget (€)</translation>
    </message>
    <message>
        <source>Précisions sur le logement</source>
        <translation>Housing details</translation>
    </message>
    <message>
        <source>Arrivée souhaitée</source>
        <translation>Wished arrival</translation>
    </message>
    <message>
        <source>Chargé·e d&apos;accueil</source>
        <translation>Welcome officer</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consentement donné le</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Version du texte de consentement</source>
        <translation>Consent text version</translation>
    </message>
    <message>
        <source>Consentement recueilli par</source>
        <translation>Consent collected via</translation>
    </message>
    <message>
        <source>Consentement retiré le</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <source>Retrait reçu par</source>
        <translation>Withdrawal received via</translation>
    </message>
    <message>
        <source>Effacé le</source>
        <translation>Erased on</translation>
    </message>
    <message>
        <source>Fusionné dans</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Emploi recherché</source>
        <translation>Job sought</translation>
    </message>
    <message>
        <source>Télétravail</source>
        <translation>Works remotely</translation>
    </message>
    <message>
        <source>Scolarité</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>Besoin de garde</source>
        <translation>Needs childcare</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Intercommunalité (SIREN)</source>
        <translation>Intercommunality (SIREN)</translation>
    </message>
    <message>
        <source>Domaine</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Prévue le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Faite le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Échange lié</source>
        <translation>Linked interaction</translation>
    </message>
    <message>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Installé le</source>
        <translation>Settled on</translation>
    </message>
    <message>
        <source>Commune (code)</source>
        <translation>Municipality (code)</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Enfants scolarisés</source>
        <translation>Children in school</translation>
    </message>
    <message>
        <source>Offre</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Proposée le</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>Imprimé le</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ce foyer a été anonymisé le {day} (droit à l&apos;effacement) : plus rien ne peut y être ajouté ni modifié, et ce qui venait d&apos;être saisi n&apos;a pas été enregistré.</source>
        <translation>This household was anonymised on {day} (right to erasure): nothing can be added to it or changed any more, and what had just been typed was not saved.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Passer à « {target} »</source>
        <translation>Move to “{target}”</translation>
    </message>
    <message>
        <source>Pourquoi le dossier passe-t-il à « {target} » ?</source>
        <translation>Why is the case moving to “{target}”?</translation>
    </message>
    <message>
        <source>Par exemple : projet reporté à la rentrée prochaine</source>
        <translation>For example: project postponed until next September</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Motif : indiquez pourquoi le dossier passe à « {target} ».</source>
        <translation>Reason: say why the case goes to “{target}”.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Ce foyer n&apos;existe plus sur ce poste (fusionné ou supprimé).</source>
        <translation>This household no longer exists on this computer (merged or deleted).</translation>
    </message>
    <message>
        <source>Cette offre a été retirée du catalogue entre-temps.</source>
        <translation>This offer has been removed from the catalogue in the meantime.</translation>
    </message>
    <message>
        <source>« {title} » a déjà été proposée à ce foyer.</source>
        <translation>“{title}” has already been proposed to this household.</translation>
    </message>
    <message>
        <source>Cette orientation n&apos;existe plus.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>Une orientation « {current} » ne passe pas directement à « {wanted} » ; choisissez d&apos;abord {next}.</source>
        <translation>A referral that is “{current}” cannot go directly to “{wanted}”; choose {next} first.</translation>
    </message>
    <message>
        <source> ou </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Membres : saisissez au moins un adulte du foyer.</source>
        <translation>Members: enter at least one adult of the household.</translation>
    </message>
    <message>
        <source>Contact : saisissez au moins un e-mail ou un téléphone pour joindre le foyer.</source>
        <translation>Contact: enter at least one email address or phone number to reach the household.</translation>
    </message>
    <message>
        <source>Budget logement : saisissez un montant positif en euros.</source>
        <translation>Housing budget: enter a positive amount in euros.</translation>
    </message>
    <message>
        <source>Besoins : chaque domaine ne figure qu&apos;une fois.</source>
        <translation>Needs: each area appears only once.</translation>
    </message>
    <message>
        <source>membre {number}</source>
        <translation>member {number}</translation>
    </message>
    <message>
        <source>Nom : saisissez le prénom ou le nom du {who}.</source>
        <translation>Name: enter the first name or the surname of {who}.</translation>
    </message>
    <message>
        <source>Année de naissance de {who}</source>
        <translation>Year of birth of {who}</translation>
    </message>
    <message>
        <source>E-mail de {who}</source>
        <translation>Email of {who}</translation>
    </message>
    <message>
        <source>Téléphone de {who}</source>
        <translation>Phone of {who}</translation>
    </message>
    <message>
        <source>Territoire souhaité n° {rank}</source>
        <translation>Wished territory no. {rank}</translation>
    </message>
    <message>
        <source>{label} : territoire inconnu « {code} ». Choisissez-le dans la liste.</source>
        <translation>{label}: unknown territory “{code}”. Choose it from the list.</translation>
    </message>
    <message>
        <source>Commune actuelle</source>
        <translation>Current municipality</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>Territoire non renseigné</source>
        <translation>Territory not given</translation>
    </message>
    <message>
        <source>foyers inscrits du {start} au {end}</source>
        <translation>households registered from {start} to {end}</translation>
    </message>
    <message>
        <source>foyers inscrits depuis le {start}</source>
        <translation>households registered since {start}</translation>
    </message>
    <message>
        <source>foyers inscrits jusqu&apos;au {end}</source>
        <translation>households registered until {end}</translation>
    </message>
    <message>
        <source>tous les foyers</source>
        <translation>all households</translation>
    </message>
    <message>
        <source>département {code}</source>
        <translation>département {code}</translation>
    </message>
    <message>
        <source>intercommunalité {code}</source>
        <translation>intercommunality {code}</translation>
    </message>
    <message>
        <source>autres filtres appliqués</source>
        <translation>other filters applied</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Contactés</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Accompagnés</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Installés</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>foyers</source>
        <translation>households</translation>
    </message>
    <message>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Indicateurs : {scope}</source>
        <translation>Indicators: {scope}</translation>
    </message>
    <message>
        <source>Enfants installés : {children}, dont {schooled} scolarisés aujourd&apos;hui.</source>
        <translation>Children settled: {children}, of whom {schooled} are in school today.</translation>
    </message>
    <message>
        <source>Taux : contact {contact} ; accompagnement {accompaniment} ; installation {settlement} ; de l&apos;inscription à l&apos;installation {overall}.</source>
        <translation>Rates: contact {contact}; accompaniment {accompaniment}; settlement {settlement}; from registration to settlement {overall}.</translation>
    </message>
    <message>
        <source>Délai médian de l&apos;inscription à l&apos;installation : {days}.</source>
        <translation>Median time from registration to settlement: {days}.</translation>
    </message>
    <message>
        <source>{days} jours</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Dépenses estimées dans la région : {total} par an ({people} personnes installées × {amount}).</source>
        <translation>Estimated spending in the region: {total} a year ({people} people settled × {amount}).</translation>
    </message>
    <message>
        <source>Par département (où le foyer s&apos;est installé, sinon son premier souhait) :</source>
        <translation>By département (where the household settled, otherwise its first wish):</translation>
    </message>
    <message>
        <source>{name} : {registered}, {accompanied}, {settled} ({people}).</source>
        <translation>{name}: {registered}, {accompanied}, {settled} ({people}).</translation>
    </message>
    <message>
        <source>1 inscrit</source>
        <translation>1 registered</translation>
    </message>
    <message>
        <source>{count} inscrits</source>
        <translation>{count} registered</translation>
    </message>
    <message>
        <source>1 accompagné</source>
        <translation>1 accompanied</translation>
    </message>
    <message>
        <source>{count} accompagnés</source>
        <translation>{count} accompanied</translation>
    </message>
    <message>
        <source>1 foyer installé</source>
        <translation>1 household settled</translation>
    </message>
    <message>
        <source>{count} foyers installés</source>
        <translation>{count} households settled</translation>
    </message>
    <message>
        <source>1 personne</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} personnes</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{households}, {people}</source>
        <translation>{households}, {people}</translation>
    </message>
    <message>
        <source>1 foyer</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{count} foyers</source>
        <translation>{count} households</translation>
    </message>
    <message>
        <source>Bilan du stand : {event}</source>
        <translation>Stand review: {event}</translation>
    </message>
    <message>
        <source>Visiteurs : {count}.</source>
        <translation>Visitors: {count}.</translation>
    </message>
    <message>
        <source>Par département souhaité (premier souhait) :</source>
        <translation>By wished département (first wish):</translation>
    </message>
    <message>
        <source>Par projet (un foyer peut en avoir plusieurs) :</source>
        <translation>By project (a household can have several):</translation>
    </message>
    <message>
        <source>Projet non précisé</source>
        <translation>Project not specified</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Foyer</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Dernier contact de sa part</source>
        <translation>Last contact from them</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>retiré</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>donné</source>
        <translation>given</translation>
    </message>
    <message>
        <source>jamais recueilli</source>
        <translation>never collected</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Les foyers sans contact de leur part depuis plus de {years} ans (règle de la CNIL pour les prospects). Un contact de leur part : l&apos;inscription, le consentement donné, un appel, un e-mail, un rendez-vous, une visite ou un événement non internes ; les notes et les relances n&apos;en sont pas. Redemandez leur consentement, ou anonymisez-les : leurs chiffres restent dans les statistiques.</source>
        <translation>The households with no contact from them for more than {years} years (the CNIL rule for prospects). Contact from them means registering, giving consent, or a call, email, appointment, visit or event that is not internal; notes and follow-ups do not count. Ask for their consent again, or anonymise them: their figures stay in the statistics.</translation>
    </message>
    <message>
        <source>Redemander le consentement</source>
        <translation>Ask for consent again</translation>
    </message>
    <message>
        <source>Note la demande sur chaque foyer et prévoit une relance dans 30 jours</source>
        <translation>Records the request on each household and plans a follow-up in 30 days</translation>
    </message>
    <message>
        <source>Anonymiser…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>{count} foyer(s) à revoir au {day}.</source>
        <translation>{count} household(s) to review as of {day}.</translation>
    </message>
    <message>
        <source>Aucun foyer sans contact depuis plus de {years} ans.</source>
        <translation>No household without contact for more than {years} years.</translation>
    </message>
    <message>
        <source>Consentement redemandé à {count} foyer(s) : une relance est prévue dans 30 jours. Ils restent dans la liste jusqu&apos;à leur réponse.</source>
        <translation>Consent asked for again from {count} household(s): a follow-up is planned in 30 days. They stay in the list until they answer.</translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymiser {count} foyer(s) ?</source>
        <translation>Anonymise {count} household(s)?</translation>
    </message>
    <message>
        <source>Noms, coordonnées, notes et textes des échanges de ces foyers seront effacés de ce poste, du serveur et de chaque poste à sa prochaine synchronisation ; leurs chiffres restent dans les statistiques.

Cette opération ne peut pas être annulée.</source>
        <translation>The names, contact details, notes and interaction texts of these households will be erased from this computer, from the server and from each computer at its next sync; their figures stay in the statistics.

This cannot be undone.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{count} foyer(s) anonymisé(s).</source>
        <translation>{count} household(s) anonymised.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Vérification d&apos;Escale {version}</source>
        <translation>Escale {version} check</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ÉCHEC</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>{count} vérification(s) en échec : cette installation est incomplète. Réinstallez Escale ; si l&apos;échec persiste, transmettez ce rapport à l&apos;assistance.</source>
        <translation>{count} check(s) failed: this installation is incomplete. Reinstall Escale; if the failure persists, send this report to support.</translation>
    </message>
    <message>
        <source>Tout fonctionne.</source>
        <translation>Everything works.</translation>
    </message>
    <message>
        <source>Base de données (création, migrations)</source>
        <translation>Database (creation, migrations)</translation>
    </message>
    <message>
        <source>Écriture et relecture d&apos;un foyer</source>
        <translation>Writing and reading back a household</translation>
    </message>
    <message>
        <source>Polices DejaVu</source>
        <translation>DejaVu fonts</translation>
    </message>
    <message>
        <source>Dossier d&apos;installation en PDF</source>
        <translation>Relocation dossier as PDF</translation>
    </message>
    <message>
        <source>Packs d&apos;accueil en deux processus</source>
        <translation>Welcome packs in two processes</translation>
    </message>
    <message>
        <source>Import vérifié dans un second processus</source>
        <translation>Import checked in a second process</translation>
    </message>
    <message>
        <source>Chiffrement de la base (SQLCipher)</source>
        <translation>Database encryption (SQLCipher)</translation>
    </message>
    <message>
        <source>Traduction anglaise</source>
        <translation>English translation</translation>
    </message>
    <message>
        <source>Fenêtre principale</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>schéma {found} au lieu de {expected}</source>
        <translation>schema {found} instead of {expected}</translation>
    </message>
    <message>
        <source>le référentiel des communes est vide</source>
        <translation>the municipality reference data is empty</translation>
    </message>
    <message>
        <source>schéma {revision}, {communes} communes</source>
        <translation>schema {revision}, {communes} municipalities</translation>
    </message>
    <message>
        <source>le foyer relu diffère du foyer écrit</source>
        <translation>the household read back differs from the one written</translation>
    </message>
    <message>
        <source>foyer « {name} » relu à l&apos;identique</source>
        <translation>household “{name}” read back unchanged</translation>
    </message>
    <message>
        <source>polices inattendues dans {folder} : {names}</source>
        <translation>unexpected fonts in {folder}: {names}</translation>
    </message>
    <message>
        <source>pas de foyer à imprimer (étape précédente)</source>
        <translation>no household to print (previous step)</translation>
    </message>
    <message>
        <source>le PDF produit est vide ou illisible</source>
        <translation>the PDF produced is empty or unreadable</translation>
    </message>
    <message>
        <source>{pages} page(s), {size} Ko</source>
        <translation>{pages} page(s), {size} KB</translation>
    </message>
    <message>
        <source>aucun pack produit</source>
        <translation>no pack produced</translation>
    </message>
    <message>
        <source>{pages} page(s)</source>
        <translation>{pages} page(s)</translation>
    </message>
    <message>
        <source>le second processus n&apos;a pas démarré en {seconds} s</source>
        <translation>the second process did not start within {seconds} s</translation>
    </message>
    <message>
        <source>la ligne d&apos;essai n&apos;a pas été vérifiée : {result}</source>
        <translation>the test line was not checked: {result}</translation>
    </message>
    <message>
        <source>ligne d&apos;essai vérifiée par le processus {pid}</source>
        <translation>test line checked by process {pid}</translation>
    </message>
    <message>
        <source>la base créée n&apos;est pas chiffrée</source>
        <translation>the database created is not encrypted</translation>
    </message>
    <message>
        <source>base chiffrée créée et rouverte</source>
        <translation>encrypted database created and reopened</translation>
    </message>
    <message>
        <source>catalogue absent ou abîmé : {path}</source>
        <translation>catalogue missing or damaged: {path}</translation>
    </message>
    <message>
        <source>Qt n&apos;a pas chargé le catalogue {path}</source>
        <translation>Qt did not load the catalogue {path}</translation>
    </message>
    <message>
        <source>construite et fermée</source>
        <translation>built and closed</translation>
    </message>
    <message>
        <source>pas de base ouverte (étape précédente)</source>
        <translation>no open database (previous step)</translation>
    </message>
    <message>
        <source>interface Qt non fournie</source>
        <translation>Qt interface not provided</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Enregistrer l&apos;installation</source>
        <translation>Record the settlement</translation>
    </message>
    <message>
        <source>Le foyer s&apos;est installé dans la région : ces chiffres alimentent le bilan du programme (personnes installées, enfants scolarisés).</source>
        <translation>The household has settled in the region: these figures feed the programme&apos;s report (people settled, children in school).</translation>
    </message>
    <message>
        <source>Tapez le début du nom : Besançon, Nevers…</source>
        <translation>Type the start of the name: Besançon, Nevers…</translation>
    </message>
    <message>
        <source>&amp;Date d&apos;installation</source>
        <translation>Settling &amp;date</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Adultes</source>
        <translation>&amp;Adults</translation>
    </message>
    <message>
        <source>&amp;Enfants</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <source>Enfants &amp;scolarisés</source>
        <translation>Children in &amp;school</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Commune : « {text} » n&apos;est pas dans la liste ; tapez le début du nom et choisissez la commune proposée.</source>
        <translation>Municipality: “{text}” is not in the list; type the start of the name and choose the municipality suggested.</translation>
    </message>
    <message>
        <source>Commune : indiquez la commune où le foyer s&apos;est installé.</source>
        <translation>Municipality: enter the municipality where the household settled.</translation>
    </message>
</context>
<context>
    <name>StartupSplash</name>
    <message>
        <source>Accueil des nouveaux habitants</source>
        <translation>Welcoming new residents</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Changer le statut</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>{step} : fait</source>
        <translation>{step}: done</translation>
    </message>
    <message>
        <source>{step} : étape actuelle</source>
        <translation>{step}: current step</translation>
    </message>
    <message>
        <source>{step} : à venir</source>
        <translation>{step}: to come</translation>
    </message>
    <message>
        <source>Aucun changement de statut enregistré.</source>
        <translation>No status change recorded.</translation>
    </message>
    <message>
        <source>Dossier ouvert : {to}</source>
        <translation>Case opened: {to}</translation>
    </message>
    <message>
        <source>{from_} → {to}</source>
        <translation>{from_} → {to}</translation>
    </message>
    <message>
        <source>{moment} · {officer}</source>
        <translation>{moment} · {officer}</translation>
    </message>
    <message>
        <source>Annuler l&apos;installation (retour à « {target} »)…</source>
        <translation>Cancel the settlement (back to “{target}”)…</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Suggestions d&apos;offres</source>
        <translation>Suggested offers</translation>
    </message>
    <message>
        <source>Aucune offre proposée à ce foyer pour l&apos;instant.</source>
        <translation>No offers proposed to this household yet.</translation>
    </message>
    <message>
        <source>Offres proposées au foyer</source>
        <translation>Offers proposed to the household</translation>
    </message>
    <message>
        <source>Recherche dans le catalogue…</source>
        <translation>Searching the catalogue…</translation>
    </message>
    <message>
        <source>Aucune offre du catalogue ne correspond aux besoins ouverts et aux territoires souhaités de ce foyer.</source>
        <translation>No offer in the catalogue matches this household&apos;s open needs and wished territories.</translation>
    </message>
    <message>
        <source>Classées selon les besoins ouverts, les métiers, les territoires souhaités et le budget.</source>
        <translation>Ranked by open needs, occupations, wished territories and budget.</translation>
    </message>
    <message>
        <source>Moins de suggestions</source>
        <translation>Fewer suggestions</translation>
    </message>
    <message>
        <source>Voir les {count} suggestions</source>
        <translation>See all {count} suggestions</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Noter cette offre comme proposée au foyer</source>
        <translation>Record this offer as proposed to the household</translation>
    </message>
    <message>
        <source>Déjà proposée à ce foyer</source>
        <translation>Already proposed to this household</translation>
    </message>
    <message>
        <source>proposée le {day}</source>
        <translation>proposed on {day}</translation>
    </message>
    <message>
        <source>État de l&apos;orientation : {title}</source>
        <translation>Referral status: {title}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Envoyées : {count} modification(s)</source>
        <translation>Sent: {count} change(s)</translation>
    </message>
    <message>
        <source>Reçues : {count} fiche(s)</source>
        <translation>Received: {count} record(s)</translation>
    </message>
    <message>
        <source>Conflits : {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>Refusées : {count}</source>
        <translation>Rejected: {count}</translation>
    </message>
    <message>
        <source>Territoires vérifiés et remis en ordre : {codes}</source>
        <translation>Territories checked and put back in order: {codes}</translation>
    </message>
    <message>
        <source>Foyers retirés de ce poste : {count}</source>
        <translation>Households removed from this computer: {count}</translation>
    </message>
    <message>
        <source>Synchronisation interrompue à votre demande.</source>
        <translation>Sync stopped at your request.</translation>
    </message>
    <message>
        <source>refusée sans motif</source>
        <translation>rejected without a reason</translation>
    </message>
    <message>
        <source>Le serveur régional ({url}) est injoignable. Vérifiez la connexion à Internet ; vos modifications restent sur ce poste et partiront à la prochaine synchronisation.</source>
        <translation>The regional server ({url}) cannot be reached. Check the Internet connection; your changes stay on this computer and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Le serveur régional ne répond pas à temps. Vos modifications restent sur ce poste ; réessayez dans quelques minutes.</source>
        <translation>The regional server is not answering in time. Your changes stay on this computer; try again in a few minutes.</translation>
    </message>
    <message>
        <source>La connexion au serveur régional a été coupée en cours d&apos;échange. Rien n&apos;a été perdu ; la synchronisation reprendra là où elle s&apos;est arrêtée.</source>
        <translation>The connection to the regional server was cut during the exchange. Nothing was lost; the sync will resume where it stopped.</translation>
    </message>
    <message>
        <source>Le serveur régional est indisponible pour le moment (erreur {status}). Vos modifications restent sur ce poste ; réessayez plus tard.</source>
        <translation>The regional server is unavailable for now (error {status}). Your changes stay on this computer; try again later.</translation>
    </message>
    <message>
        <source>Le serveur a répondu de façon incompréhensible ({what}). Rien n&apos;a été modifié sur ce poste. Vérifiez l&apos;adresse du serveur ; si elle est juste, prévenez l&apos;assistance.</source>
        <translation>The server sent an answer that cannot be understood ({what}). Nothing was changed on this computer. Check the server address; if it is right, tell support.</translation>
    </message>
    <message>
        <source>Cette version d&apos;Escale est trop ancienne pour le serveur régional : mettez à jour Escale. Vos modifications restent sur ce poste en attendant.</source>
        <translation>This version of Escale is too old for the regional server: please update Escale. Your changes stay on this computer meanwhile.</translation>
    </message>
    <message>
        <source>Le serveur ne reconnaît pas ce poste (connexion expirée ou absente). Reconnectez-vous avec votre adresse e-mail et votre mot de passe.</source>
        <translation>The server does not recognise this computer (login expired or missing). Log in again with your email address and password.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;accès : votre compte a peut-être été désactivé ou ce territoire n&apos;est pas le vôtre. Contactez votre responsable.</source>
        <translation>The server refuses access: your account may have been deactivated, or this territory is not yours. Contact your manager.</translation>
    </message>
    <message>
        <source>Le serveur a refusé la demande (erreur {status}) : {detail}</source>
        <translation>The server refused the request (error {status}): {detail}</translation>
    </message>
    <message>
        <source>sans explication</source>
        <translation>no explanation given</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est relié à aucun serveur régional. Connectez-vous d&apos;abord : « escale login --server ADRESSE --email VOTRE_EMAIL --password-stdin ».</source>
        <translation>This computer is not linked to any regional server. Log in first: “escale login --server ADDRESS --email YOUR_EMAIL --password-stdin”.</translation>
    </message>
    <message>
        <source>Trop de tentatives de connexion échouées : réessayez dans quelques minutes.</source>
        <translation>Too many failed sign-in attempts: try again in a few minutes.</translation>
    </message>
    <message>
        <source>Ce poste a été déclaré perdu auprès du serveur régional : ses données locales (dossiers, sauvegardes, journal) ont été effacées. Si vous l&apos;avez retrouvé, adressez-vous à votre administrateur ; sur un nouveau poste, connectez-vous : la première synchronisation ramène tout votre territoire.</source>
        <translation>This computer has been reported lost to the regional server: its local data (cases, backups, log) has been erased. If you have found it again, contact your administrator; on a new computer, sign in: the first sync brings back your whole territory.</translation>
    </message>
    <message>
        <source>L&apos;adresse « {url} » n&apos;est pas sûre : le serveur régional se joint en https:// (http:// n&apos;est accepté que vers ce poste lui-même : 127.0.0.1, ::1 ou localhost). Corrigez l&apos;adresse, par exemple https://escale.region.fr.</source>
        <translation>The address “{url}” is not secure: the regional server is reached over https:// (http:// is only accepted for this computer itself: 127.0.0.1, ::1 or localhost). Correct the address, for example https://escale.region.fr.</translation>
    </message>
    <message>
        <source>Le certificat du serveur régional ({url}) n&apos;a pas pu être vérifié ({reason}). Rien n&apos;a été envoyé. Si votre région a sa propre autorité de certification, indiquez son fichier (variable ESCALE_CA_BUNDLE ou champ « Autorité de certification » de la connexion) ; sinon prévenez l&apos;assistance.</source>
        <translation>The regional server&apos;s certificate ({url}) could not be verified ({reason}). Nothing was sent. If your region has its own certificate authority, give its file (the ESCALE_CA_BUNDLE variable or the “Certificate authority” field when signing in); otherwise, tell support.</translation>
    </message>
    <message>
        <source>Le fichier d&apos;autorité de certification « {path} » est inutilisable ({reason}). Indiquez un fichier PEM lisible (variable ESCALE_CA_BUNDLE ou champ « Autorité de certification » de la connexion).</source>
        <translation>The certificate authority file “{path}” cannot be used ({reason}). Give a readable PEM file (the ESCALE_CA_BUNDLE variable or the “Certificate authority” field when signing in).</translation>
    </message>
    <message>
        <source>Hors ligne : ce poste n&apos;est relié à aucun serveur</source>
        <translation>Offline: this computer is not linked to a server</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>{count} modification(s) en attente</source>
        <translation>{count} change(s) waiting</translation>
    </message>
    <message>
        <source>synchronisé le {when}</source>
        <translation>synced on {when}</translation>
    </message>
    <message>
        <source>Poste déclaré perdu</source>
        <translation>Computer reported lost</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Interrompre</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur gardée</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Valeur écartée</source>
        <translation>Value set aside</translation>
    </message>
    <message>
        <source>Écartée de</source>
        <translation>Set aside from</translation>
    </message>
    <message>
        <source>Rétablir la valeur écartée</source>
        <translation>Restore the value set aside</translation>
    </message>
    <message>
        <source>Champs</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est relié à aucun serveur régional : les dossiers restent sur ce poste. Connectez-vous pour les partager avec votre territoire.</source>
        <translation>This computer is not linked to a regional server: cases stay on this computer. Sign in to share them with your territory.</translation>
    </message>
    <message>
        <source>Se connecter…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Connecté·e en tant que {name} ({email}) sur {server}.</source>
        <translation>Signed in as {name} ({email}) on {server}.</translation>
    </message>
    <message>
        <source>Changer de compte…</source>
        <translation>Change account…</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source> (rétablie)</source>
        <translation> (restored)</translation>
    </message>
    <message>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Réception</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>{verb} : {count} fiche(s)…</source>
        <translation>{verb}: {count} record(s)…</translation>
    </message>
    <message>
        <source>Doublons</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Un même champ modifié sur deux postes : la modification la plus récente a été gardée. Vous pouvez rétablir l&apos;autre valeur.</source>
        <translation>The same field was changed on two computers: the latest change was kept. You can restore the other value.</translation>
    </message>
    <message>
        <source>Modifications refusées</source>
        <translation>Refused changes</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>Cette valeur a déjà été rétablie le {day}.</source>
        <translation>This value was already restored on {day}.</translation>
    </message>
    <message>
        <source>La fiche de ce conflit n&apos;est plus sur ce poste (supprimée, fusionnée ou sortie de votre territoire) : la valeur ne peut pas être rétablie ici.</source>
        <translation>The record of this conflict is no longer on this computer (deleted, merged or out of your territory): the value cannot be restored here.</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Date de relance</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Relance</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Budget logement</source>
        <translation>Housing budget</translation>
    </message>
    <message>
        <source>Précisions logement</source>
        <translation>Housing details</translation>
    </message>
    <message>
        <source>Arrivée souhaitée</source>
        <translation>Wished arrival</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>fiche du foyer</source>
        <translation>household record</translation>
    </message>
    <message>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <source>territoire souhaité</source>
        <translation>wished territory</translation>
    </message>
    <message>
        <source>besoin</source>
        <translation>need</translation>
    </message>
    <message>
        <source>échange</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>relance</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>statut</source>
        <translation>status</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>settlement</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>impression du dossier</source>
        <translation>dossier printing</translation>
    </message>
    <message>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>offre</source>
        <translation>offer</translation>
    </message>
    <message>
        <source>événement</source>
        <translation>event</translation>
    </message>
    <message>
        <source>Foyer {name} – {table}</source>
        <translation>Household {name} – {table}</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Commune, intercommunalité ou département (ex. Dole)</source>
        <translation>Municipality, intercommunality or département (e.g. Dole)</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Retirer ce territoire</source>
        <translation>Remove this territory</translation>
    </message>
    <message>
        <source>Ajouter un &amp;territoire</source>
        <translation>Add a t&amp;erritory</translation>
    </message>
    <message>
        <source>Ajout d&apos;un territoire</source>
        <translation>adding a territory</translation>
    </message>
    <message>
        <source>Retrait d&apos;un territoire</source>
        <translation>removing a territory</translation>
    </message>
    <message>
        <source>Déplacement d&apos;un territoire</source>
        <translation>moving a territory</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Une erreur inattendue a interrompu l&apos;opération ; les données déjà enregistrées ne sont pas touchées. Le détail est dans le journal.</source>
        <translation>An unexpected error stopped the operation; data already saved is untouched. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Résumé : écrivez en une phrase ce qui s&apos;est dit ou fait.</source>
        <translation>Summary: write in one sentence what was said or done.</translation>
    </message>
    <message>
        <source>Résumé : {count} caractères, c&apos;est plus que les {limit} permis.</source>
        <translation>Summary: {count} characters is more than the {limit} allowed.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Ce qui s&apos;est dit ou fait… (Ctrl+Entrée pour ajouter)</source>
        <translation>What was said or done… (Ctrl+Enter to add)</translation>
    </message>
    <message>
        <source>&amp;Interne</source>
        <translation>&amp;Internal</translation>
    </message>
    <message>
        <source>Une note interne n&apos;apparaît dans aucun document remis au foyer.</source>
        <translation>An internal note does not appear in any document given to the household.</translation>
    </message>
    <message>
        <source>&amp;Relancer le</source>
        <translation>Follow &amp;up on</translation>
    </message>
    <message>
        <source>Ajoute&amp;r</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Ajouter à l&apos;historique (Ctrl+Entrée)</source>
        <translation>Add to the history (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>&amp;Canal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Rappeler</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Aucun échange pour l&apos;instant : notez le premier ci-dessus.</source>
        <translation>No interactions yet: log the first one above.</translation>
    </message>
    <message>
        <source>interne</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>Note interne : n&apos;apparaît dans aucun document remis.</source>
        <translation>Internal note: does not appear in any document handed over.</translation>
    </message>
    <message>
        <source>Aucune relance prévue.</source>
        <translation>No follow-ups planned.</translation>
    </message>
    <message>
        <source>Fait le {day}</source>
        <translation>Done on {day}</translation>
    </message>
    <message>
        <source>{day} (en retard)</source>
        <translation>{day} (overdue)</translation>
    </message>
    <message>
        <source>{day} (aujourd&apos;hui)</source>
        <translation>{day} (today)</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Marquer cette relance comme faite aujourd&apos;hui</source>
        <translation>Mark this follow-up as done today</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Escale — verrouillé</source>
        <translation>Escale — locked</translation>
    </message>
    <message>
        <source>Escale est verrouillé</source>
        <translation>Escale is locked</translation>
    </message>
    <message>
        <source>Vos dossiers sont cachés, pas fermés : ce que vous étiez en train de saisir vous attend. Entrez votre phrase secrète pour reprendre.</source>
        <translation>Your cases are hidden, not closed: what you were entering is waiting for you. Enter your passphrase to carry on.</translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Exemple : prenom.nom@exemple.fr.</source>
        <translation>Example: firstname.lastname@example.fr.</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas une adresse : il manque le @.</source>
        <translation>“{value}” is not an address: the @ is missing.</translation>
    </message>
    <message>
        <source>« {value} » contient plusieurs @ ; il n&apos;en faut qu&apos;un.</source>
        <translation>“{value}” contains several @; only one is allowed.</translation>
    </message>
    <message>
        <source>« {value} » contient une espace ; retirez-la.</source>
        <translation>“{value}” contains a space; remove it.</translation>
    </message>
    <message>
        <source>« {value} » : il manque le nom avant le @.</source>
        <translation>“{value}”: the name before the @ is missing.</translation>
    </message>
    <message>
        <source>« {value} » : il manque le domaine après le @.</source>
        <translation>“{value}”: the domain after the @ is missing.</translation>
    </message>
    <message>
        <source>« {value} » : le domaine après le @ doit contenir un point (gmail.com).</source>
        <translation>“{value}”: the domain after the @ must contain a dot (gmail.com).</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas une adresse e-mail valide.</source>
        <translation>“{value}” is not a valid email address.</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas un numéro valide. Saisissez 10 chiffres (06 12 34 56 78) ou un numéro international commençant par + (+32 470 12 34 56).</source>
        <translation>“{value}” is not a valid number. Enter 10 digits (06 12 34 56 78) or an international number starting with + (+32 470 12 34 56).</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>{year} est dans le futur. Saisissez l&apos;année sur quatre chiffres.</source>
        <translation>{year} is in the future. Enter the year as four digits.</translation>
    </message>
    <message>
        <source>{year} n&apos;est pas vraisemblable. Saisissez l&apos;année sur quatre chiffres.</source>
        <translation>{year} is not plausible. Enter the year as four digits.</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas une année. Saisissez quatre chiffres (1984).</source>
        <translation>“{value}” is not a year. Enter four digits (1984).</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>aucune commune n&apos;a le code INSEE « {code} ». Choisissez la commune dans la liste.</source>
        <translation>no municipality has the INSEE code “{code}”. Choose the municipality from the list.</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>« {value} » n&apos;est pas un code postal : il faut cinq chiffres (58000).</source>
        <translation>“{value}” is not a postcode: five digits are needed (58000).</translation>
    </message>
    <message>
        <source>{postcode} ne correspond pas à {commune} ({code}). Codes postaux de cette commune : {known}.</source>
        <translation>{postcode} does not match {commune} ({code}). Postcodes of this municipality: {known}.</translation>
    </message>
</context>
<context>
    <name>WelcomePacksDialog</name>
    <message>
        <source>Packs d&apos;accueil</source>
        <translation>Welcome packs</translation>
    </message>
    <message>
        <source>Chaque foyer reçoit la version à lui remettre de son dossier d&apos;installation (sans notes internes), en commençant sur une nouvelle page.</source>
        <translation>Each household gets the version of its relocation dossier meant for handing over (without internal notes), starting on a new page.</translation>
    </message>
    <message>
        <source>Les foyers sélectionnés dans la liste ({count})</source>
        <translation>The households selected in the list ({count})</translation>
    </message>
    <message>
        <source>Tous les foyers rencontrés à « {event} » ({count})</source>
        <translation>All the households met at “{event}” ({count})</translation>
    </message>
    <message>
        <source>Un fichier PDF par foyer</source>
        <translation>One PDF file per household</translation>
    </message>
    <message>
        <source>%v / %m foyers</source>
        <translation>%v / %m households</translation>
    </message>
    <message>
        <source>Créer les packs…</source>
        <translation>Create the packs…</translation>
    </message>
    <message>
        <source>Interrompre</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Aperçu et impression…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Interruption après le foyer en cours…</source>
        <translation>Stopping after the current household…</translation>
    </message>
    <message>
        <source>Dossier où écrire les packs</source>
        <translation>Folder to write the packs to</translation>
    </message>
    <message>
        <source>Enregistrer les packs d&apos;accueil</source>
        <translation>Save the welcome packs</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>packs-d-accueil.pdf</source>
        <translation>welcome-packs.pdf</translation>
    </message>
    <message>
        <source>Interrompu : aucun fichier n&apos;a été écrit.</source>
        <translation>Stopped: no file was written.</translation>
    </message>
    <message>
        <source>Interrompu : {count} pack(s) écrit(s) dans {folder}.</source>
        <translation>Stopped: {count} pack(s) written to {folder}.</translation>
    </message>
    <message>
        <source>{count} pack(s), {pages} page(s) : {where}</source>
        <translation>{count} pack(s), {pages} page(s): {where}</translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <source>Les données de ce poste ont été effacées : redémarrez Escale et connectez-vous.</source>
        <translation>This computer&apos;s data has been erased: restart Escale and sign in.</translation>
    </message>
    <message>
        <source>Certains fichiers de ce poste n&apos;ont pas pu être effacés : {files}. Fermez les programmes qui les utilisent, puis supprimez-les à la main.</source>
        <translation>Some files on this computer could not be erased: {files}. Close the programs that are using them, then delete them by hand.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Retrait du consentement</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Le foyer « {name} » retire son consentement : il reste suivi dans Escale, marqué comme tel, avec la date d&apos;aujourd&apos;hui. Pour effacer ses données, utilisez « Effacer le foyer… ».</source>
        <translation>The household “{name}” is withdrawing its consent: it is still followed in Escale, marked as such, with today&apos;s date. To erase its data, use “Erase the household…”.</translation>
    </message>
    <message>
        <source>&amp;Reçu par</source>
        <translation>&amp;Received via</translation>
    </message>
    <message>
        <source>Enregistrer le retrait</source>
        <translation>Record the withdrawal</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Contacté</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Installé</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Adultes : au moins un adulte s&apos;installe.</source>
        <translation>Adults: at least one adult settles.</translation>
    </message>
    <message>
        <source>Enfants : le nombre ne peut être négatif.</source>
        <translation>Children: the number cannot be negative.</translation>
    </message>
    <message>
        <source>Enfants scolarisés : entre 0 et le nombre d&apos;enfants ({children}).</source>
        <translation>Children in school: between 0 and the number of children ({children}).</translation>
    </message>
    <message>
        <source>Date d&apos;installation : {day} est dans le futur ; enregistrez l&apos;installation une fois le déménagement fait.</source>
        <translation>Settling date: {day} is in the future; record the settlement once the move is done.</translation>
    </message>
    <message>
        <source>Statut : impossible de passer de « {current} » à « {target} ». Depuis « {current} », le dossier peut passer à : {allowed}.</source>
        <translation>Status: cannot go from “{current}” to “{target}”. From “{current}”, the case can go to: {allowed}.</translation>
    </message>
    <message>
        <source>Motif : indiquez pourquoi le dossier passe à « {target} ».</source>
        <translation>Reason: say why the case goes to “{target}”.</translation>
    </message>
    <message>
        <source>Installation : pour passer à « Installé », renseignez la date, la commune, le nombre d&apos;adultes et d&apos;enfants.</source>
        <translation>Settlement: to go to “Settled”, fill in the date, the municipality, the number of adults and of children.</translation>
    </message>
    <message>
        <source>Commune d&apos;installation</source>
        <translation>Municipality settled in</translation>
    </message>
</context>
</TS>
