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
        <source>--households attend un nombre de foyers supérieur à 0.</source>
        <translation>--households expects a number of households greater than 0.</translation>
    </message>
    <message>
        <source>Les données de démonstration demandent le paquet « {package} », livré avec l&apos;installation de développement : lancez « make run » ou « pip install -e &apos;.[dev]&apos; ».</source>
        <translation>The demonstration data needs the package “{package}”, which comes with the development install: run “make run” or “pip install -e &apos;.[dev]&apos;”.</translation>
    </message>
    <message>
        <source>Erreur inattendue. Le détail est dans le journal : {log}</source>
        <translation>Unexpected error. The details are in the log: {log}</translation>
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
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>La synchronisation avec le serveur régional arrive dans une prochaine version.</source>
        <translation>Synchronisation with the regional server comes in a future version.</translation>
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
    <name>Pages</name>
    <message>
        <source>Foyers dans la base</source>
        <translation>Households in the database</translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation>New</translation>
    </message>
    <message>
        <source>En accompagnement</source>
        <translation>Being accompanied</translation>
    </message>
    <message>
        <source>Installés</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Relances à faire</source>
        <translation>Follow-ups to do</translation>
    </message>
    <message>
        <source>Dont en retard</source>
        <translation>Of which overdue</translation>
    </message>
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
        <source>Connexion au serveur régional</source>
        <translation>Connection to the regional server</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>La liste des foyers de votre territoire, avec recherche instantanée, filtres et tri. Ouvrez un foyer pour voir son projet, ses membres, ses besoins et son historique.</source>
        <translation>The households of your territory, with instant search, filters and sorting. Open a household to see its project, its members, its needs and its history.</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Les appels, courriels et rendez-vous à faire, classés par échéance, ceux en retard en tête. Cochez une relance une fois faite : l&apos;historique du foyer en garde la trace.</source>
        <translation>The calls, emails and appointments to make, sorted by due date, overdue ones first. Tick a follow-up once done: the household&apos;s history keeps a record of it.</translation>
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
        <source>L&apos;échange des dossiers avec le serveur régional dès qu&apos;une connexion est là. Les modifications faites hors ligne sont gardées et envoyées sans perte ; les éventuels conflits restent consultables et réversibles.</source>
        <translation>Exchanging cases with the regional server whenever a connection is available. Changes made offline are kept and sent without loss; any conflicts remain viewable and reversible.</translation>
    </message>
    <message>
        <source>Cet écran est en préparation pour une prochaine version d&apos;Escale.</source>
        <translation>This screen is being prepared for a future version of Escale.</translation>
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
    <name>StartupSplash</name>
    <message>
        <source>Accueil des nouveaux habitants</source>
        <translation>Welcoming new residents</translation>
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
