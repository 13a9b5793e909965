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
        <source>lire le mot de passe sur l&apos;entrée standard</source>
        <translation>read the password from standard input</translation>
    </message>
    <message>
        <source>synchroniser maintenant avec le serveur régional</source>
        <translation>sync now with the regional server</translation>
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
    <name>Database</name>
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
    <name>Pages</name>
    <message>
        <source>Salons et immersions à venir</source>
        <translation>Upcoming fairs and immersion stays</translation>
    </message>
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
        <source>La saisie rapide des foyers rencontrés sur un salon ou un séjour d&apos;immersion, même sans connexion. Chaque contact rejoint vos dossiers avec son consentement daté, puis part au serveur à la prochaine synchronisation.</source>
        <translation>Quick entry of the households met at a fair or during an immersion stay, even offline. Each contact joins your cases with its dated consent, then goes to the server at the next synchronisation.</translation>
    </message>
    <message>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Le catalogue partagé des offres d&apos;emploi, de logement et de reprise d&apos;entreprise, et les partenaires de votre territoire. Proposez une offre à un foyer et suivez sa réponse.</source>
        <translation>The shared catalogue of job, housing and business takeover offers, and the partners of your territory. Propose an offer to a household and follow its answer.</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Les indicateurs du programme : inscrits, foyers accompagnés et installés, enfants scolarisés, dépenses estimées dans la région. Chaque chiffre se recalcule à partir des dossiers et s&apos;exporte pour les bilans.</source>
        <translation>The programme&apos;s indicators: registrations, households accompanied and settled, children in school, estimated spending in the region. Every figure is computed from the cases and can be exported for reports.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cet écran est en préparation pour une prochaine version d&apos;Escale.</source>
        <translation>This screen is being prepared for a future version of Escale.</translation>
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
        <translation>This computer is not linked to any regional server. Log in first: &quot;escale login --server ADDRESS --email YOUR_EMAIL --password-stdin&quot;.</translation>
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
