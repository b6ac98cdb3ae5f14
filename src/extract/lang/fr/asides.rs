//! French words after which a sentence stops naming the event's parties.

/// Words after which the names that follow are not taken part in the event ("les salutations du président X").
pub(super) const ASIDE_CUES: &[&str] = &[
    "salutations",
    "salut",
    "deces",
    "disparition",
    "nom",
    "part",
    "porteur",
    "porteuse",
    "memoire",
    "hommage",
    "funerailles",
    "obseques",
    "direction",
    "leadership",
    "successeur",
    "predecesseur",
    "epouse",
    "veuve",
    // "ses condoléances à la famille du président X": the family of the deceased.
    "famille",
    "familles",
    "fils",
    "fille",
    "mort",
    "assassinat",
    "remercie",
    "invitation",
];

/// Asides too, that name whom a party came with: "X, accompagné de Mme Y", "flanqué de ses
/// ministres Y et Z", "entouré du ministre Y", "assisté du secrétaire général, M. Y": who came
/// with a party, or assisted them at the audience, did not take part.
pub(super) const COMPANIONS: &[&str] = &[
    "accompagne",
    "accompagnee",
    "accompagnes",
    "accompagnees",
    "flanque",
    "flanquee",
    "flanques",
    "flanquees",
    "entoure",
    "entouree",
    "entoures",
    "entourees",
    "assiste",
    "assistee",
    "assistes",
    "assistees",
];

/// Asides too, that title an envoy, an adviser or an aide by whom they serve: who sent the envoy
/// ("l'envoyé spécial du président Y", "un émissaire du président Y") or whom an adviser or a
/// member of their staff serves ("la conseillère diplomatique du président Y", "X, directeur de
/// cabinet du Premier ministre Y", "chef du protocole du roi Y", "secrétaire particulier", "aide
/// de camp", "un proche collaborateur du président Y", "membre des services du président Y") did
/// not come; "l'envoyé spécial du secrétaire général des Nations unies, Y" names the envoy after
/// the comma.
pub(super) const ENVOY_ASIDES: &[&str] = &[
    "special",
    "speciale",
    "emissaire",
    "emissaires",
    "conseiller",
    "conseillere",
    "cabinet",
    "protocole",
    "particulier",
    "particuliere",
    "camp",
    "collaborateur",
    "collaboratrice",
    "services",
];

/// Phrases after which a sentence stops listing the event's participants.
pub(super) const CUT_PHRASES: &[&str] = &[
    "porteur",
    "porteuse",
    "a l'occasion",
    "lors de",
    "lors d'",
    // "…, au cours duquel ils ont évoqué la démission du Premier ministre Y": what the exchange
    // was about, as "lors de" says when it was held.
    "au cours de ",
    "au cours d'",
    "au cours du",
    "au cours des",
    "au cours duquel",
    "au cours desquels",
    "au cours desquelles",
    "pendant lequel",
    "pendant laquelle",
    "durant lequel",
    "durant laquelle",
    "en marge",
    // "X et Y ont déjeuné en compagnie de leurs épouses": who else was there.
    "en compagnie",
    "pour le deces",
    "suite au",
    "suite a",
    "dans le cadre",
    "qui ",
    "dont",
    "afin",
    "sur invitation",
    "a l'invitation",
    "au nom",
    "de transmettre",
    "salutations",
    "avant leur",
    "apres leur",
    // "vingt-quatre heures après un tête-à-tête entre Y et Z": another exchange, earlier or later.
    "avant un ",
    "avant une ",
    "apres un ",
    "apres une ",
    "peu apres",
    "peu avant",
    // "s'est entretenu avec X ainsi qu'avec Y", "… et avec Y": a second conversation, reported
    // after the first.
    "ainsi qu'avec",
    "et avec",
    // "a été reçu par X, avant de rencontrer Y", "après avoir rencontré Y": an exchange of the
    // same visit, later or earlier.
    "avant de ",
    "avant d'",
    "apres avoir ",
    // "a reçu un appel de X et une lettre de Y": another exchange, of another kind.
    "et une lettre",
    "et un message",
    // "…, Y, un proche du président Z": whom a party is close to, named to present them.
    "un proche ",
    "une proche ",
    "un tres proche",
    "une tres proche",
    "un des proches",
    "l'un des proches",
    // "X était accompagné d'une délégation comprenant Y": who came with a party took no part.
    "accompagne",
    "accompagnee",
    "accompagnes",
    "accompagnees",
    // "… conformément aux orientations des présidents Y et Z": whose guidance the exchange
    // followed took no part in it.
    "conformement a ",
    "conformement au",
    "conformement aux",
    // "X a dit que le président Y et son homologue Z ont eu des échanges": what a party reports
    // is another exchange.
    "a dit que",
    "a declare que",
    "a indique que",
    "a souligne que",
    "a affirme que",
];
