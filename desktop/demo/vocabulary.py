"""The French words the demo data is made of.

Faker knows French names but not the trades, phrasing and institutions an
officer in Bourgogne-Franche-Comté deals with; those are listed here so the demo
reads like a real caseload and the generator stays about structure.
"""

from __future__ import annotations

from desktop.models import Channel, EventKind, NeedDomain, OfferKind, PartnerCategory

REGION_CODE = "27"
OFFICE_EMAIL_DOMAIN = "region-bfc.fr"
PERSON_EMAIL_DOMAINS = ("example.fr", "example.fr", "example.com", "example.org")
PARTNER_EMAIL_DOMAIN = "example.org"

# The landline area prefix (after +33) of each département's offices.
DEPARTEMENT_PHONE_PREFIX = {
    "21": "380",
    "25": "381",
    "39": "384",
    "58": "386",
    "70": "384",
    "71": "385",
    "89": "386",
    "90": "384",
}
# "de la Nièvre", "du Doubs": the département's name as French grammar wants it after "de".
DEPARTEMENT_OF = {
    "21": "de la Côte-d'Or",
    "25": "du Doubs",
    "39": "du Jura",
    "58": "de la Nièvre",
    "70": "de la Haute-Saône",
    "71": "de Saône-et-Loire",
    "89": "de l'Yonne",
    "90": "du Territoire de Belfort",
}
# Eight officers, each with one or two départements; together they cover the region.
OFFICER_DEPARTEMENTS: tuple[tuple[str, ...], ...] = (
    ("21",),
    ("21", "89"),
    ("25",),
    ("25", "90"),
    ("39", "70"),
    ("58",),
    ("71",),
    ("89", "58"),
)

# French mobile prefixes (after +33) that phonenumbers accepts as valid.
MOBILE_PREFIXES = ("60", "61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78")

ABROAD_CITIES: tuple[tuple[str, str], ...] = (
    ("BE", "Bruxelles"),
    ("BE", "Liège"),
    ("CH", "Genève"),
    ("CH", "Lausanne"),
    ("GB", "Londres"),
    ("ES", "Barcelone"),
    ("DE", "Berlin"),
    ("LU", "Luxembourg"),
    ("CA", "Montréal"),
    ("CA", "Québec"),
)

# (masculine, feminine) forms of real trades of people who move to the region.
JOBS: tuple[tuple[str, str], ...] = (
    ("infirmier", "infirmière"),
    ("aide-soignant", "aide-soignante"),
    ("menuisier", "menuisière"),
    ("développeur web", "développeuse web"),
    ("professeur des écoles", "professeure des écoles"),
    ("comptable", "comptable"),
    ("électricien", "électricienne"),
    ("plombier-chauffagiste", "plombière-chauffagiste"),
    ("boulanger", "boulangère"),
    ("médecin généraliste", "médecin généraliste"),
    ("pharmacien", "pharmacienne"),
    ("kinésithérapeute", "kinésithérapeute"),
    ("ingénieur méthodes", "ingénieure méthodes"),
    ("technicien de maintenance", "technicienne de maintenance"),
    ("commercial", "commerciale"),
    ("chef de projet informatique", "cheffe de projet informatique"),
    ("assistant de direction", "assistante de direction"),
    ("auxiliaire de puériculture", "auxiliaire de puériculture"),
    ("éducateur spécialisé", "éducatrice spécialisée"),
    ("conducteur de bus", "conductrice de bus"),
    ("cuisinier", "cuisinière"),
    ("agriculteur", "agricultrice"),
    ("viticulteur", "viticultrice"),
    ("graphiste", "graphiste"),
    ("chargé de communication", "chargée de communication"),
    ("juriste", "juriste"),
    ("architecte", "architecte"),
    ("vétérinaire", "vétérinaire"),
    ("secrétaire médical", "secrétaire médicale"),
    ("opérateur de production", "opératrice de production"),
    ("soudeur", "soudeuse"),
    ("mécanicien automobile", "mécanicienne automobile"),
    ("responsable logistique", "responsable logistique"),
    ("psychologue", "psychologue"),
    ("orthophoniste", "orthophoniste"),
    ("sage-femme", "sage-femme"),
    ("chauffeur routier", "chauffeuse routière"),
    ("horloger", "horlogère"),
    ("fromager", "fromagère"),
    ("ébéniste", "ébéniste"),
)
RETIRED = ("retraité", "retraitée")

PAUSE_REASONS = (
    "Projet reporté d'un an pour raisons familiales",
    "Attend la réponse à une demande de mutation",
    "Vente du logement actuel en cours",
    "Conjoint en fin de contrat, reprise du projet à la rentrée",
)
ABANDON_REASONS = (
    "Le foyer a choisi une autre région",
    "Projet abandonné : mutation refusée",
    "Plus de nouvelles malgré trois relances",
    "Raisons de santé, le foyer reste sur place",
    "Pas d'emploi trouvé pour le conjoint",
)

# {job} is "un poste d'infirmière"; {commune} the household's first wish.
FIRST_CALL = "Premier appel : présentation du service, projet d'installation à {commune}"
INTERACTION_SUMMARIES: dict[Channel, tuple[str, ...]] = {
    Channel.PHONE: (
        "Appel : projet confirmé, recherche {job} à {commune}",
        "Appel : point sur la recherche de logement à {commune}",
        "Appel manqué, message laissé sur le répondeur",
        "Appel : questions sur les écoles et le périscolaire à {commune}",
        "Appel : visite prévue à {commune} le mois prochain",
        "Appel : le foyer a reçu deux offres, entretien à venir",
    ),
    Channel.EMAIL: (
        "Courriel : envoi de trois offres correspondant à {job}",
        "Courriel : liste des agences immobilières de {commune} envoyée",
        "Courriel reçu : le foyer confirme son intérêt pour {commune}",
        "Courriel : documentation sur le territoire et les services envoyée",
        "Courriel reçu : CV mis à jour, à transmettre aux partenaires",
    ),
    Channel.MEETING: (
        "Rendez-vous au bureau : bilan du projet, priorité à l'emploi",
        "Visio : présentation du territoire de {commune}",
        "Rendez-vous : montage du dossier de reprise avec la chambre consulaire",
    ),
    Channel.VISIT: (
        "Visite de {commune} avec le foyer : école, centre-ville, deux logements",
        "Visite d'une maison à {commune}, le foyer est conquis",
        "Visite d'entreprise à {commune} pour {job}",
    ),
    Channel.EVENT: (
        "Rencontré au salon, intéressé par {commune}",
        "Participe au week-end d'immersion, très bon retour",
        "Présent au forum de l'emploi de {commune}",
    ),
    Channel.NOTE: (
        "Note interne : dossier prioritaire, conjoint déjà en poste à {commune}",
        "Note interne : à recontacter après la rentrée",
        "Note interne : budget serré, orienter plutôt vers la location",
        "Note interne : doublon possible avec une fiche du salon, à vérifier",
    ),
}

OPEN_FOLLOW_UPS = (
    "Rappeler pour faire le point sur le projet",
    "Envoyer une sélection d'offres d'emploi",
    "Relancer l'agence immobilière pour la visite",
    "Vérifier l'inscription scolaire des enfants",
    "Préparer le dossier d'installation avant la visite",
    "Proposer le prochain week-end d'immersion",
)
FIRST_FOLLOW_UP = "Premier appel de présentation"
PAUSE_FOLLOW_UP = "Reprendre contact après la pause"
DONE_FOLLOW_UPS = (
    "Rappeler le foyer",
    "Envoyer la documentation du territoire",
    "Transmettre le CV aux partenaires",
    "Confirmer la date de visite",
)

NEED_NOTES: dict[NeedDomain, tuple[str, ...]] = {
    NeedDomain.JOB: (
        "Recherche {job} autour de {commune}",
        "Ouvert à un poste en CDD pour démarrer",
    ),
    NeedDomain.PARTNER_JOB: ("Conjoint : recherche {job}", "Conjoint prêt à se reconvertir"),
    NeedDomain.HOUSING: (
        "Maison avec jardin, trois chambres",
        "Proche d'une gare pour les trajets",
        "Plain-pied souhaité",
        "Logement temporaire les premiers mois",
    ),
    NeedDomain.SCHOOL: (
        "Inscription à la rentrée de septembre",
        "Cherche un collège avec section sport",
    ),
    NeedDomain.CHILDCARE: ("Place en crèche ou assistante maternelle", "Garde à temps partiel"),
    NeedDomain.HEALTH: ("Trouver un médecin traitant", "Suivi par un orthophoniste pour un enfant"),
    NeedDomain.TRANSPORT: ("Pas de voiture : commune desservie par le train", "Trajets vers Dijon"),
    NeedDomain.BUSINESS: ("Reprise d'un commerce de proximité", "Création d'un gîte rural"),
    NeedDomain.SOCIAL_LIFE: ("Découvrir les clubs sportifs et associations", "Chorale, théâtre"),
}

HOUSING_NOTES = (
    "Jardin souhaité",
    "Proche d'une gare",
    "Plain-pied pour une personne à mobilité réduite",
    "Garage ou atelier indispensable",
    "Fibre optique nécessaire pour le télétravail",
)

REFERRAL_NOTES: tuple[str | None, ...] = (
    "Proposé lors du dernier appel",
    "Le foyer a demandé plus de photos",
    "Candidature envoyée par le foyer",
    None,
)

# (name, email local part, category): "{ville}" is one of the département's big
# communes, "{dept}" reads "de la Nièvre", "{code}" is its number, "{epci}" the
# intercommunality of the town, "{nom}" a family name.
PARTNERS_EVERYWHERE: tuple[tuple[str, str, PartnerCategory], ...] = (
    ("France Travail {ville}", "france-travail-{ville}", PartnerCategory.EMPLOYMENT),
    ("CCI {dept}", "cci{code}", PartnerCategory.BUSINESS),
    ("Chambre de métiers et de l'artisanat {dept}", "cma{code}", PartnerCategory.BUSINESS),
    ("{nom} Immobilier – {ville}", "{nom}-immobilier", PartnerCategory.HOUSING),
    ("Accueil des villes françaises de {ville}", "avf-{ville}", PartnerCategory.ASSOCIATION),
)
PARTNERS_SOMETIMES: tuple[tuple[str, str, PartnerCategory], ...] = (
    ("ADIL {dept}", "adil{code}", PartnerCategory.HOUSING),
    ("Relais petite enfance de {ville}", "rpe-{ville}", PartnerCategory.CHILDCARE),
    ("Maison de santé de {ville}", "msp-{ville}", PartnerCategory.HEALTH),
    ("Services de l'Éducation nationale {dept}", "dsden{code}", PartnerCategory.EDUCATION),
    ("Plateforme mobilité {dept}", "mobilite{code}", PartnerCategory.MOBILITY),
    ("{epci}", "accueil-{epci}", PartnerCategory.LOCAL_AUTHORITY),
)

# Offer titles with the kind of partner that would publish them.
OFFER_TITLES: dict[OfferKind, tuple[tuple[str, PartnerCategory], ...]] = {
    OfferKind.JOB: (("{job} (H/F) – {contrat} – {commune}", PartnerCategory.EMPLOYMENT),),
    OfferKind.HOUSING: (
        ("Maison {pieces} pièces avec jardin – {commune}", PartnerCategory.HOUSING),
        ("Appartement T{pieces} lumineux – {commune}", PartnerCategory.HOUSING),
        ("Longère rénovée – {commune}", PartnerCategory.HOUSING),
        ("Terrain à bâtir de {surface} m² – {commune}", PartnerCategory.HOUSING),
    ),
    OfferKind.BUSINESS: (
        ("Boulangerie-pâtisserie à reprendre – {commune}", PartnerCategory.BUSINESS),
        ("Bar-tabac-presse à céder – {commune}", PartnerCategory.BUSINESS),
        ("Épicerie multiservice à reprendre – {commune}", PartnerCategory.BUSINESS),
        ("Garage automobile à reprendre – {commune}", PartnerCategory.BUSINESS),
        ("Gîte rural en activité à vendre – {commune}", PartnerCategory.BUSINESS),
    ),
    OfferKind.SERVICE: (
        ("Places disponibles en micro-crèche – {commune}", PartnerCategory.CHILDCARE),
        (
            "Maison de santé : médecins acceptant de nouveaux patients – {commune}",
            PartnerCategory.HEALTH,
        ),
        ("Espace de coworking : premier mois offert – {commune}", PartnerCategory.LOCAL_AUTHORITY),
        ("Vélos électriques prêtés aux nouveaux arrivants – {commune}", PartnerCategory.MOBILITY),
    ),
    OfferKind.EVENT: (
        ("Forum de l'emploi – {commune}", PartnerCategory.EMPLOYMENT),
        ("Journée d'accueil des nouveaux arrivants – {commune}", PartnerCategory.ASSOCIATION),
        (
            "Portes ouvertes des entreprises du bassin de {commune}",
            PartnerCategory.LOCAL_AUTHORITY,
        ),
    ),
}
CONTRACTS = ("CDI", "CDI", "CDD 12 mois", "CDD 6 mois", "Intérim")
OFFER_DETAILS: dict[OfferKind, tuple[str | None, ...]] = {
    OfferKind.JOB: (
        "Poste à temps plein, prise de poste rapide.",
        "Temps partiel possible, horaires de journée.",
        "Débutant accepté, formation assurée en interne.",
    ),
    OfferKind.HOUSING: (
        "Adresse : {numero} {rue}. Libre rapidement.",
        "Adresse : {numero} {rue}. Proche école et commerces.",
        "Adresse : {numero} {rue}. Chauffage au bois, DPE C.",
    ),
    OfferKind.BUSINESS: (
        "Clientèle fidèle, accompagnement du cédant pendant six mois.",
        "Logement de fonction au-dessus du commerce.",
    ),
    OfferKind.SERVICE: ("Réservé aux foyers accompagnés par le programme.", None),
    OfferKind.EVENT: ("Entrée libre, inscription conseillée.", None),
}

# (name, kind, place, commune code, days from today, length in days).
EVENTS: tuple[tuple[str, EventKind, str, str, int, int], ...] = (
    (
        "Salon « Changer de vie » – Paris",
        EventKind.FAIR,
        "Paris, Espace Champerret",
        "75056",
        -330,
        2,
    ),
    (
        "Salon Vivre et travailler en province",
        EventKind.FAIR,
        "Paris, Porte de Versailles",
        "75056",
        -150,
        2,
    ),
    ("Forum de la mobilité – Lyon", EventKind.FAIR, "Lyon, Centre de congrès", "69123", -240, 1),
    ("Week-end immersion dans le Haut-Jura", EventKind.IMMERSION, "Saint-Claude", "39478", -95, 2),
    ("Week-end immersion dans le Morvan", EventKind.IMMERSION, "Château-Chinon", "58062", 40, 2),
)
