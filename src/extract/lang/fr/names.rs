//! French names: the words that tell a name from its title.

/// Words that make the capitalised words after them a person's name.
pub(super) const ROLES: &[&str] = &[
    "president",
    "presidente",
    // The abbreviation a head of state's own posts use ("le Pdt X").
    "pdt",
    "presidents",
    "ministre",
    "ministres",
    "ministre-president",
    "ministre-presidente",
    "chancelier",
    "chanceliere",
    "roi",
    "reine",
    "prince",
    "princesse",
    "emir",
    "sultan",
    "pape",
    // "le Saint-Père François", "le Souverain Pontife": the Pope as the Holy See names him.
    "saint-pere",
    "pontife",
    "homologue",
    "homologues",
    // "son vis-à-vis", "son alter ego de l'Union africaine": the other words for a counterpart.
    "vis-a-vis",
    "alter-ego",
    "alter-egos",
    "ego",
    "egos",
    "secretaire",
    "chef",
    "cheffe",
    "chefs",
    "conseiller",
    "conseillere",
    "ambassadeur",
    "ambassadrice",
    "ambassadeurs",
    // "le consul général du Japon à Lyon, X", "le nonce apostolique X": the envoys heading a
    // consulate and the Holy See's.
    "consul",
    "consule",
    "consuls",
    "nonce",
    "haut-commissaire",
    "haute-commissaire",
    "hauts-commissaires",
    "hautes-commissaires",
    "copresident",
    "copresidents",
    "envoye",
    "envoyee",
    "dirigeant",
    "dirigeante",
    // "le leader de l'opposition X": the English word French writes for a party's head.
    "leader",
    "leaders",
    "gouverneur",
    "souverain",
    "monarque",
    "representant",
    "representante",
    "commissaire",
    "directeur",
    "directrice",
    "vice-president",
    "vice-presidente",
    "vice-presidents",
    "vice-premier",
    "vice-ministre",
    "vice-ministres",
    // "la sous-secrétaire d'État américaine, Mme X": the rank below a secretary's.
    "sous-secretaire",
    "sous-secretaires",
    "premier",
    "premiere",
    "cheikh",
    "sheikh",
    "general",
    "marechal",
    "vice-chancelier",
    "diplomate",
    "diplomates",
    // "le député X", "le sénateur X", "le membre du Bureau politique X": members of a parliament
    // or of a party's organs ("parlementaire" is as often the adjective of a delegation).
    "depute",
    "deputee",
    "senateur",
    "senatrice",
    "membre",
    // "Chargé d'Affaires a.i. de France": the envoy heading an embassy in an ambassador's stead.
    "charge",
];

/// Honorifics written right before a name.
pub(super) const HONORIFICS: &[&str] = &[
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "monsieur",
    "madame",
    "messieurs",
    // "Mr Tom Ward", "Mrs Ana Ruiz", "The Rt Hon. Baroness Sara Lund": the English styles, as
    // French copy borrows them, Monsieur shortened the English way above all; "l'honorable X", as
    // members of parliament are styled.
    "mr",
    "mrs",
    "ms",
    "rt",
    "hon",
    "honorable",
    "baroness",
    "baronne",
    "sir",
    "lord",
    "dame",
    "dr",
    "docteur",
    "pr",
    "professeur",
    "excellence",
    "majeste",
    "altesse",
    // "Sa Sainteté le pape François".
    "saintete",
    // "Mgr Tom Ward, évêque de Kandi": a prelate's honorific, Monseigneur.
    "mgr",
    "monseigneur",
    "dato",
    "datuk",
    "lord",
    "lady",
    "s.e",
    "s.e.m",
    // "S. E. Gal. Ali Moussa": Général, as West African releases shorten it before a name.
    "gal",
    // "Samdech Akka Moha Sena Padei Techo Hun Sen": the Cambodian honorific, word by word.
    "samdech",
    "akka",
    "moha",
    "sena",
    "padei",
    "techo",
    // "SE Obiang Nguema": Son Excellence, in capitals.
    "se",
    "sem",
    // "U Myint Swe", "Daw Aung San Suu Kyi": the Burmese honorifics.
    "u",
    "daw",
    // "son épouse Marie Dupont": the spouse named by her tie to a party.
    "epouse",
    "epoux",
];

/// Lower-case or capitalised words that may join a name's parts ("Ould", "ben", "von", "Le Drian", "N’Guesso").
pub(super) const PARTICLES: &[&str] = &[
    "de", "d'", "du", "des", "ben", "bin", "ibn", "ould", "von", "van", "der", "den", "al", "el",
    "da", "di", "dos", "das", "del", "la", "le", "n'", "o'", "mac", "mc", "ter", "bou", "abu",
    "abou",
    // "Silvio de Souza e Melo": Portuguese joins two family names by "e", no French word.
    "e",
];

/// Words that end the title written before a name, looking back from it.
pub(super) const TITLE_STOPS: &[&str] = &[
    "avec",
    // "le premier contact connu entre Vladimir Poutine et …": the words before are no title.
    "entre",
    "a",
    "ont",
    "est",
    "sont",
    "par",
    "que",
    "qui",
    "dont",
    "pour",
    "s'est",
    "se",
    "accompagne",
    "accompagnee",
    // "a reçu le Premier ministre en audience au palais du Vatican": where the guest was
    // received is no part of their title.
    "audience",
    "audiences",
];

/// The words of `ROLES` that name a counterpart only after a possessive or an article:
/// "vis-à-vis de la crise" is a preposition, "l'ego" no one.
pub(super) const DETERMINED_COUNTERPARTS: &[&str] =
    &["vis-a-vis", "alter-ego", "alter-egos", "ego", "egos"];
