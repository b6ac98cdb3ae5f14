//! Languages: the words the extractor reads a readout by, one module per language (`fr`, `en`)
//! filling one `Words` table, kept apart from the shared machinery (tokens, gazetteer matching,
//! date arithmetic, candidate scoring, provenance) that reads them; and which language a text is in.
//!
//! What differs between languages is only which words name a month, a role or an exchange, and in
//! which order a date is written.

use crate::extract::kind::Cue;
use crate::extract::title::Phrasing;
pub use crate::model::Language;

mod cut;
mod dates;
mod detect;
mod en;
mod fr;
mod list;
mod places;

pub use cut::CutPhrases;
pub use dates::{DateWords, STAMP_MONTHS};
pub use detect::{detect, of};
pub use list::WordList;
pub use places::PlaceWords;

/// Words in a row, folded ("according to").
pub type Phrase = &'static [&'static str];

/// The folded words of one language the extractor reads by.
#[derive(Debug)]
pub struct Words {
    pub auxiliaries: WordList,
    /// Relative pronouns and the words telling that something took place ("le sommet qui s'est
    /// tenu le 26 mars"): the date is the antecedent's, the event's only when it names one.
    pub relatives: WordList,
    /// Relative adverbs of place ("où", "where"): a clause they open in the future tells of
    /// something to come there ("à Paris, où il doit assister le 22 juin au sommet").
    pub relatives_of_place: WordList,
    /// Articles and prepositions, which open the noun phrase a relative clause follows ("le
    /// sommet du G20, qui"): its antecedent is after the last of them.
    pub phrase_openers: WordList,
    /// Relative pronouns that open, after a comma, what a party did besides the exchange ("Kono,
    /// who attended the ministers' meeting in Manila, called on …").
    pub asides_of_party: WordList,
    /// Words of a visit ("visite", "séjour", "mission"): a sentence telling a party's visit tells the event again.
    pub visits: WordList,
    /// Exchanges named in the plural ("une série d'audiences"): a lead that announces a series
    /// dates the exchanges it goes on to report.
    pub series: WordList,
    /// Events a readout recalls with their own dates ("établissement", "establishment").
    pub milestones: WordList,
    /// Words opening a photo's caption, whose dates and places are the picture's ("Photo", "Image").
    pub captions: WordList,
    /// Articles and prepositions a caption's word may follow ("This photo", "Sur la photo").
    pub caption_leads: WordList,
    /// Verbs of a report ("a indiqué mercredi son cabinet"): a day right after one dates the report.
    pub reporting_verbs: WordList,
    /// Auxiliaries that tell, after a verb of report, an exchange already done ("a annoncé samedi
    /// avoir eu un entretien", "said on Wednesday he had talks"): the day dates the report only.
    pub done_before_report: WordList,
    /// Reflexive pronouns, whole or elided, that a pronominal verb's auxiliary comes after ("après
    /// s'être entretenu", "après nous être rendus").
    pub reflexives: WordList,
    /// Words that set the exchange named right after them as the occasion of what its sentence
    /// tells ("Lors d'une conversation téléphonique avec Y, X a indiqué", "X made the remarks
    /// during talks with Y"): the remarks a lead dates were made in it.
    pub occasion_leads: WordList,
    /// Abbreviations after which a full stop does not end a sentence.
    pub abbreviations: WordList,
    /// Given names written shortened inside a name ("Md. Ali Khan"): their full stop ends
    /// neither the name nor the sentence.
    pub shortened_given_names: WordList,
    /// Generational suffixes a name ends with after a comma ("Tom Ward, Jr."), part of the name.
    pub name_suffixes: WordList,
    /// Letters of honours and offices written after a name ("Tom Ward AK MC", "O.N., M.P."):
    /// no part of it, nor do they stop the title after them from being the name's.
    pub post_nominals: WordList,
    /// Words that, written after a person's name, make it a place's or a body's named after them
    /// ("the Nelson Mandela Foundation"): no more of the person's name.
    pub named_after: WordList,
    /// Nouns of a place or a body that, written right before a person's name, make it the name of
    /// what is named after them ("la Fondation Mohammed VI", "l'aéroport Félix Houphouët-Boigny"):
    /// no one is named there.
    pub named_before: WordList,
    /// Words that, glued to the previous word ("ZhanshuA cette occasion") or to its full stop
    /// ("Ward.The minister"), show a lost sentence break.
    pub sentence_openers: WordList,
    /// Envoys, whose title names the country they are posted to ("ambassadeur").
    pub envoys: WordList,
    /// Words of a leader's overthrow written a few words before the name of whom it ousted ("le
    /// tombeur de X", "qui a renversé X", "the coup that toppled X"): no unnamed counterpart.
    pub deposers: WordList,
    /// Words before the country an envoy is posted to ("au Niger", "to Malaysia").
    pub postings: WordList,
    /// Words before what an office is charged with: a country after them is not its holder's
    /// ("the Special Envoy for Sudan").
    pub mandates: WordList,
    /// Words of accreditation a few words before the country an envoy is posted to ("auprès de la
    /// République du Ghana").
    pub accredited: WordList,
    /// The words of an envoy's rank, which a text may write in lower case between the envoy and
    /// where they are posted ("ambassadeurs extraordinaires et plénipotentiaires en Haïti").
    pub envoy_ranks: WordList,
    /// Words between an envoy's name and the country it represents ("Ali Khan pour le Ghana").
    pub representing: WordList,
    /// Verbs after a name that tell which country its bearer speaks for ("Foreign Secretary X is
    /// representing Ghana", "M. X, représentant le Ghana"): theirs.
    pub represents: WordList,
    /// The word that pairs a list of people with a list of countries in order ("X et Y,
    /// représentant respectivement le Ghana et le Togo").
    pub respectively: WordList,
    /// Pronouns that stand for an envoy in a list of them by country ("celui de la Suède, X").
    pub envoy_pronouns: WordList,
    /// The numbers of people a title counts, written out, with their values ("trois nouveaux
    /// ambassadeurs").
    pub counts: &'static [(&'static str, u32)],
    /// Phrases of a presentation of credentials, which each envoy makes in turn: the first envoy
    /// the text names is the party of the one it reports.
    pub credentials: WordList,
    /// Words a statement's closing line opens with before the place it was signed in ("Fait à
    /// Lomé, le 4 mars 2019", "Done at Accra on 4 March 2019").
    pub signing: WordList,
    /// Monarchs' titles, under which one given name names the monarch ("la Reine Mathilde",
    /// "Philippe, Roi des Belges").
    pub monarchs: WordList,
    /// Words that make the capitalised words after them a person's name.
    pub roles: WordList,
    /// Those of `roles` that name the other party rather than an office ("son homologue", "his
    /// counterpart"): never a title the person is given. `Words::counterpart` asks both lists.
    pub counterparts: WordList,
    /// Those of `roles` that name the other party only after a possessive or an article ("son
    /// vis-à-vis", "son alter ego"), and the words that may stand between ("alter"): elsewhere
    /// the word is a preposition or a plain word ("l'attitude vis-à-vis de la junte").
    pub determined_counterparts: (WordList, WordList),
    /// Words no line ends a sentence or a heading on (articles, prepositions, "and"): a line
    /// that ends on one goes on with the next ("… of the Republic of\nCyprus, Mr X").
    pub dangling: WordList,
    /// Honorifics written right before a name.
    pub honorifics: WordList,
    /// Honorifics that are also given names ("M. Cheikh Tidiane Gadio"), each after the honorific
    /// under which it is no part of the name: a prince's ("Son Altesse Cheikh Tamim Al-Thani").
    pub stacked_honorifics: &'static [(&'static str, &'static str)],
    /// Honorifics that are also words of names, a religious teacher's or a pilgrim's style that
    /// stays in the names of their descendants: between two words of a name, they are one of
    /// its words ("President Ali Sheikh Khan", "Tom Haji Ward").
    pub honorifics_in_names: WordList,
    /// Words that may join a name's parts.
    pub particles: WordList,
    /// Particles of an Arabic patronymic, which may be written with a capital and still join a
    /// known name to the father's ("Mohammed Ben Salmane Ben Abdelaziz").
    pub patronymics: WordList,
    /// Capitalised words that are never part of a person's name.
    pub not_names: WordList,
    /// Words glued by a hyphen to a name that describe what it heads ("a Prime Minister X-led
    /// delegation", "a Paris-based group"): no part of the name, they are read as words of their own.
    pub hyphen_suffixes: WordList,
    /// Words before a role that belong to its title ("premier", "vice").
    pub title_modifiers: WordList,
    /// Whether titles capitalise every word of weight: each capitalised word before a role belongs
    /// to the person's title ("Indian External Affairs Minister"), and a long line in title case
    /// is a headline.
    pub titles_capitalised: bool,
    /// Words a title written in title case keeps in lower case ("Minister for Foreign Affairs of
    /// Japan"), where `titles_capitalised`: a person's roles are given in that case, whatever the
    /// case a text writes them in.
    pub title_small_words: WordList,
    /// Determiners that open a title ("le", "the").
    pub title_determiners: WordList,
    /// Adjectives that raise a role's grade ("haute représentante", "high commissioner"), never a
    /// body's name before it.
    pub role_grades: WordList,
    /// Words of membership that open a title after a name's comma ("X, membre du bureau").
    pub members: WordList,
    /// Possessive determiners ("son", "his"): "thanked his counterpart" takes the counterpart as
    /// its object.
    pub possessives: WordList,
    /// Definite determiners, by which a later sentence points back to an exchange already told
    /// ("the video conference", "cet entretien téléphonique").
    pub definite: WordList,
    /// Indefinite articles ("une", "a"): with the definite ones, what makes the word after them a
    /// noun ("une rencontre"), not a verb ("a reçu").
    pub indefinite: WordList,
    /// Articles, and their contractions with a preposition ("le", "au", "du"): a person's name
    /// takes none, so capitalised words right after one, under no title, name no one ("au Beach
    /// Ngobila", "la Grande Bretagne").
    pub articles: WordList,
    /// Verbs that make an untitled name opening a sentence a person ("X a reçu").
    pub verbs_after_name: WordList,
    /// The word "with": an untitled name after it is a person.
    pub with: &'static str,
    /// Past participles whose object is the other party of an exchange ("a reçu X", "has met
    /// X"): an untitled name right after one and its auxiliary is a person.
    pub receiving: WordList,
    /// Nouns of a message and the word that gives its addressee ("un message de félicitations à
    /// X", "a letter of condolence to X"): an untitled name after them is a person.
    pub addressed: (&'static [&'static str], &'static str),
    /// Articles written before a country's name ("entre le Mali et le Ghana", "the United States").
    pub country_articles: WordList,
    /// The word "and", which joins the items of a list of names.
    pub and: &'static str,
    /// Phrases that announce the names of a title before them ("les deux chefs d'État, à savoir").
    pub namely: WordList,
    /// Phrases opening a sentence that names, one after another, the guests the sentence before
    /// gave only a plural title ("X received five ambassadors. They are A from …, B from …").
    pub guests_named: CutPhrases,
    /// Phrases that go on a title after a word that ends one ("ministre par intérim, X").
    pub title_tails: CutPhrases,
    /// Prepositions, as written, that go on a title with the portfolio it is in charge of, where
    /// the word after them is in lower case ("la conseillère à la sécurité nationale X",
    /// "le ministre délégué aux…", not the "a" of a verb: accents tell them apart).
    pub portfolio_to: WordList,
    /// Words between a name and its country ("of": "King Abdullah II of Jordan").
    pub country_after_name: WordList,
    /// Words joining a title to the country that ends it ("of the", "de la"), left out of a
    /// person's role with the country.
    pub country_joiners: WordList,
    /// A country's people ("the people of Portugal", "le peuple algérien"): greetings sent to them
    /// or on their behalf, whose country is a party's.
    pub peoples: WordList,
    /// Nouns that stand for the country just named, between "the" and the possessive ("X, the
    /// country's Ambassador"); French writes no such possessive.
    pub country_nouns: WordList,
    /// Words that make the name right after them the complement of the title before ("the envoy
    /// of X", "l'envoyé spécial de X"): the title is not that name's own.
    pub of_person: WordList,
    /// Titles of who acts for another ("envoyé", "emissary"): one with no country of their own is of
    /// the country of whom they act for.
    pub sent: WordList,
    /// The office a person is congratulated on taking, after their name ("X on his appointment as
    /// Prime Minister", "X pour sa nomination au poste de ministre"), or holds as they act ("X, en
    /// sa qualité d'ambassadeur de …"): the words that open the clause before a possessive, and
    /// the phrases that end it right before the title.
    pub office_taken: (&'static [&'static str], &'static [&'static str]),
    /// Whether a single capitalised word right after a role is a person's surname though the
    /// gazetteer does not know it ("President Zelenskyy").
    pub surnames_under_titles: bool,
    /// Words that end the title written before a name, looking back from it.
    pub title_stops: WordList,
    /// Words for many before the noun of an exchange ("maints entretiens"): a summary of several.
    pub many: WordList,
    /// Nouns that name an exchange only where a word counts it ("un dialogue", "a Strategic
    /// Dialogue", "le 27e dialogue stratégique"), and those words: the indefinite articles and
    /// the ordinals (a number counts as well). Uncounted, the noun names how two countries deal
    /// with each other ("build constructive dialogue", "in constant dialogue", "le dialogue
    /// politique"), not a meeting.
    pub counted: (WordList, WordList),
    /// The words of calling that may be an appeal ("called", "appelé"), and the words after one
    /// that make it so ("called for restraint", "his call for peace", "appelé au dialogue"); a
    /// word that only names the telephone is a call's whatever follows ("une conversation
    /// téléphonique au sujet de …").
    pub appeals: (&'static [&'static str], &'static [&'static str]),
    /// Two-word phrases of a wish for an exchange, as pairs of folded words ("desire to", "hâte
    /// de"): one a few words before a cue names an exchange wished for, not one held ("a desire to
    /// engage him in discussions").
    pub wished: &'static [(&'static str, &'static str)],
    /// Words for the margins of a gathering ("sidelines", "marge"): the noun of an exchange right
    /// after one and its genitive names the gathering ("en marge de la rencontre"), not the
    /// exchange held on its margins.
    pub margins: WordList,
    /// The verbs of attending a gathering ("attended", "participé", "part" of "took part") and the
    /// prepositions between them and its noun ("in", "à"): the noun of an exchange they take,
    /// with the genitive of a body after it ("a pris part à la réunion du conseil exécutif"),
    /// names the body's gathering, not an exchange.
    pub attending: (&'static [&'static str], &'static [&'static str]),
    /// Phrases that name an exchange; "{when}" in one stands for each of `cue_times`, or none,
    /// "{during}" for each of `cue_during`, "{received}" for each of `cue_received` and
    /// "{manner}" for each of `cue_manners`.
    pub cues: &'static [(&'static str, Cue)],
    /// Words that put what is said during an exchange ("lors de", "pendant", "at"): "{during}" in
    /// a cue.
    pub cue_during: WordList,
    /// Words telling when, said inside a cue ("spoke today with", "received on Tuesday a cable").
    pub cue_times: WordList,
    /// Adjectives that tell how an exchange went, said between its noun and the party after it
    /// ("des échanges approfondis avec Y", "un échange fructueux avec Y"): "{manner}" in a cue.
    pub cue_manners: WordList,
    /// The forms of the verb that tells a message received ("reçu", "a reçu", "reçoit"):
    /// "{received}" in a cue.
    pub cue_received: WordList,
    /// Words after which the names that follow are not taken part in the event.
    pub aside_cues: WordList,
    /// Asides besides `aside_cues` that name whom a party came with, and the words that open each
    /// further item of their list ("assisté du secrétaire général, M. Y, et de sa conseillère,
    /// Mme Z"): a title may come first, its name set after a comma.
    pub companions: (&'static [&'static str], &'static [&'static str]),
    /// Verbs of saying written right after a name: once the parties are named, who "said" or
    /// "told reporters" is the report's source ("…, Press Secretary X told reporters").
    pub sources: WordList,
    /// Verbs of saying written before the name, after a quote or a comma ("« … », a déclaré X";
    /// "…, said spokesperson X"): who says so is the report's source as well.
    pub sources_before: WordList,
    /// Words before the name that give whom the news comes from, besides verbs of saying: the
    /// words that do it alone ("selon X", "according to X"); and verbs of learning, their subject
    /// inverted before them after a comma, with the words for "from" after them ("…, a-t-on appris
    /// du porte-parole X"): the verbs, the inverted subjects, the words for "from".
    pub sources_from: (&'static [Phrase], Phrase, Phrase, Phrase),
    /// Who issued a message on a party's behalf ("a message issued by spokesman X"): the verbs,
    /// the word for "by", and words before them telling the issuers are the parties ("a joint
    /// statement issued by X and Y").
    pub issued_by: (
        &'static [&'static str],
        &'static str,
        &'static [&'static str],
    ),
    /// Words for a government named by its leader's surname: written after it ("the X
    /// administration"), then before it ("le gouvernement X"). The name is the government's, not
    /// a party.
    pub governments: (&'static [&'static str], &'static [&'static str]),
    /// Words by which a sentence lists those a party met one after another ("a rencontré
    /// successivement X, Y et Z"): the first is the party of the exchange it reports.
    pub in_turn: WordList,
    /// Exchanges in the plural ("des appels de X et de Y", "meetings with X and Y"): after a party
    /// named before, or after the one named after `between`, those named had one each, and the
    /// first is the party of the exchange reported.
    pub exchanges_each: WordList,
    /// The word "between", which names the parties of an exchange.
    pub between: &'static str,
    /// The word that names the agent of a passive ("received by X", "reçu par X"), who is not
    /// the subject the verb's other words are told of.
    pub agent: &'static str,
    /// Words of a delegation, and how a text says who headed one ("led by", "conduite par"): the
    /// head of a delegation that takes part in talks is a party of them.
    pub delegations: WordList,
    /// Words of a party's guests, unnamed ("the visitors on their trip to Taiwan"): the parties
    /// who receive them are of the country they visit.
    pub guests: WordList,
    /// How a text lists who a side's delegation counted ("The Kenyan delegation included X"):
    /// members who came with its head, not parties.
    pub delegation_members: WordList,
    pub headed_by: &'static [(&'static str, &'static str)],
    /// The same said with the head as its subject ("X led the Chinese delegation", "X a conduit
    /// la délégation malienne"), the verb's past forms.
    pub headed: WordList,
    /// Those of `aside_cues` that name who invited: the host, and a party, of an exchange whose
    /// sentence names no one before ("La réunion s'est tenue à l'invitation du ministre X").
    pub invitations: WordList,
    /// The style of a head of state by protocol ("Son Excellence", "S.E.M.", "H.E."), which a
    /// communiqué gives every party and a readout's own voice seldom gives two.
    pub excellencies: WordList,
    /// Asides besides `aside_cues` that title an envoy or an adviser by whom they serve
    /// ("l'envoyé spécial du président Y"): a name set apart by a comma after the one served
    /// ("l'envoyé spécial du secrétaire général de l'ONU, Y") is the envoy's own.
    pub envoy_asides: WordList,
    /// Pronouns that stand for the subject of the sentence before: written before the event's
    /// one named party ("il", "he"), or after it as the one it met ("called on him").
    pub subject_pronouns: WordList,
    /// Pronouns that open a sentence standing for the exchange the one before it named ("La
    /// consultation a eu lieu à Hanoï. Elle a été coprésidée par X et Y", "It was co-chaired by").
    pub exchange_pronouns: WordList,
    pub object_pronouns: WordList,
    /// Words of a call, after which an aside cue names the caller ("un appel téléphonique de la
    /// part du président X"), not someone on whose behalf another spoke.
    pub calls: WordList,
    /// Aside cues that, a few words after a message's noun (`addressed`), name who sent it ("un
    /// message de condoléances de la part du président X"), not someone on whose behalf another
    /// passed it on.
    pub senders: WordList,
    /// Phrases after which a sentence stops naming participants.
    pub cut_phrases: CutPhrases,
    /// Phrases naming who attended an exchange ("en présence du Premier ministre Y"), who took no
    /// part in it, unless a word of `go_betweens` follows.
    pub presence: CutPhrases,
    /// Phrases by which a message is handed over by its bearer ("remis par"), who met the addressee
    /// in place of its sender.
    pub handed_by: CutPhrases,
    /// Verbs by which a bearer passes on a message ("a transmis", "conveyed"), folded.
    pub carries: WordList,
    /// Phrases by which a message is taken by someone on its addressee's behalf ("received by",
    /// "remis au"): a message, which no one handed its addressee in person.
    pub taken_by: CutPhrases,
    /// Those who attend an exchange as a part of it: mediators, facilitators, witnesses of a
    /// signing ("en présence des médiateurs Y et Z").
    pub go_betweens: WordList,
    /// Prepositions of place before a city, lower case as written ("à", "in"), and folded ("a"):
    /// accents tell "à" from "a" in running text, not in capitals.
    pub place_prepositions: &'static [(&'static str, &'static str)],
    /// Prepositions before a country's name, folded ("au", "en", "in"): "à Carbis Bay, au
    /// Royaume-Uni".
    pub country_prepositions: WordList,
    /// Words of sequence or of report that put what follows them before the exchange reported
    /// ("à la suite de son séjour à Lomé", "fait suite à celle effectuée le 9 mars", "recalled
    /// his visit to"): its stay and its date are another event's, as after a word of the past
    /// (`recalling`, asked with these by `Words::sets_earlier`).
    pub earlier: WordList,
    /// Words that make a visit after them one to come ("ahead of his visit to Paris", "invited
    /// him to visit Tokyo"): not where the exchange took place.
    pub later: WordList,
    /// Verbs of a decision before "to" ("agreed to meet", "sont convenus de se rencontrer"): the
    /// exchange after them is to come.
    pub agreements: WordList,
    /// Verbs of a proposal ("proposed a summit between X and Y", "a proposé une rencontre"): the
    /// exchange and the people they name after them are to come.
    pub proposals: WordList,
    /// Words by which a wire's report points to the city it was filed in ("the meeting here").
    pub here: WordList,
    /// The prepositions of the genitive (folded): they join a building to its name ("the Palace
    /// of Westminster") and a message to whose it is ("les condoléances du président X").
    pub genitives: WordList,
    /// Whether talks told again as a meeting were held face to face: the language's word for talks
    /// names any conversation, by phone as well ("s'est entretenu … Cette rencontre …"), where
    /// English issuers call the same talks "the meeting" whatever they were.
    pub talks_retold_as_meeting: bool,
    /// Names of the communiqué that closes a visit or a summit ("communiqué final"), which both
    /// sides issue: a heading that names one titles a joint statement.
    pub final_statements: WordList,
    /// Nouns that name talks as such ("held talks"), not any conversation: talks so named stay
    /// talks whatever a headline calls the encounter ("X meets Y"), as a headline that so names
    /// them makes talks of the lead's "met".
    pub talks_named: WordList,
    /// Words of a welcome ("accueilli", "welcomed"): a meeting that talks told next took place at.
    pub welcomes: WordList,
    /// Words of an arrival, participles and nouns ("arrivée", "aéroport", "landed"): a welcome they
    /// tell is the visit's first step, before the meeting it came for; a day beside one, where the
    /// sentence names another after it, is the arrival's ("arrivé lundi soir à Bruxelles, X a été
    /// reçu mardi", "X, who landed on Monday, met Y on Tuesday").
    pub arrivals: WordList,
    /// Nouns that name talks ("entretien", "talks"), by which the sentences after a welcome tell
    /// the talks it was the occasion of: a verb of discussion there tells the meeting's topics.
    pub talks_nouns: WordList,
    /// Words that set an exchange to come before its noun ("the upcoming video conference", "la
    /// prochaine visioconférence"): the mode they tell is that exchange's, not the report's.
    pub coming: WordList,
    /// Words of an organisation's chair held in turn by a member's leader ("président en exercice
    /// de l'Union africaine", "rotating chair"): its holder still speaks for their country.
    pub chairs_in_turn: WordList,
    /// Words after which a title names what its holder is in charge of, not whom they serve
    /// ("secrétaire d'État chargée de la Francophonie", "Minister responsible for the Commonwealth"),
    /// or whose first word names an office no organisation holds, only a government ("ministre
    /// des Relations internationales et de la Francophonie"): an organisation named there makes no
    /// one its official.
    pub portfolios: WordList,
    /// Words that announce another exchange after the main one.
    pub secondary_markers: WordList,
    /// Words that point to a text given below ("vous propose ci-dessous le communiqué conjoint"):
    /// the statement named beside them is the text itself.
    pub pointers_below: WordList,
    /// The first person plural ("nous", folded): "Nous, X et Y, réaffirmons …" is its parties'
    /// statement, written by them.
    pub we: &'static str,
    /// The units an exchange is timed in after a number ("for approximately 25 minutes"): a
    /// readout tells how long its exchange took, a statement's article never does.
    pub durations: WordList,
    /// The hour of the day a readout places its exchange at ("on the morning of February 15, local
    /// time"), as a statement's article never does (folded).
    pub times_of_day: WordList,
    /// The words of adopting a text and the noun of a declaration (folded): a headline that
    /// tells a declaration adopted ("La Déclaration de Bakou est adoptée") titles the statement.
    pub adopting: WordList,
    pub declaration: &'static str,
    /// Phrases after an "interview" that make it one given to the press, not talks ("publié par").
    pub interviews: WordList,
    /// Formulas of courtesy that close a letter given in full, before its signature (folded).
    pub letter_closings: WordList,
    /// Words that mark a signature before the signer's name ("(é) X", "Signé : X", "Signed: X").
    pub signature_marks: WordList,
    /// The words that refer back to two people named before by their role ("les deux chefs
    /// d'État", "the two ministers").
    pub the_two: [&'static str; 2],
    /// Nouns after `the_two` that refer back to two people whatever their roles ("les deux
    /// personnalités", "the two sides").
    pub the_two_of_any_role: WordList,
    /// One word that stands for `the_two` before a role in the plural ("both leaders").
    pub both: WordList,
    /// Words of the past set between a possessive or an article and an exchange's noun ("his
    /// recent meetings with X", "leurs récents entretiens"): an exchange the report recalls.
    pub recalling: WordList,
    /// Words of frequency right beside an exchange's cue, which tell it as a habit, no one
    /// exchange ("je le rencontre souvent", "they have often met").
    pub habitual: WordList,
    /// How a title is composed in the language: as written, not folded.
    pub titles: Phrasing,
    /// The words of dates: months, weekdays, and the words around a day that tell whose it is.
    pub dates: DateWords,
    /// The words of places: where an exchange was held, where a party stayed, venues and missions.
    pub places: PlaceWords,
}

/// `phrase` with `placeholder` said as each of `forms`, or as it is where it has none.
fn said(phrase: String, placeholder: &str, forms: &[&str]) -> Vec<String> {
    match phrase.contains(placeholder) {
        false => vec![phrase],
        true => (forms.iter())
            .map(|form| phrase.replace(placeholder, form))
            .collect(),
    }
}

impl Words {
    /// Whether the folded word `f` names the other party rather than an office, with or without
    /// the article it needs (`counterparts`, `determined_counterparts`).
    pub fn counterpart(&self, f: &str) -> bool {
        self.counterparts.contains(&f) || self.determined_counterparts.0.contains(&f)
    }

    pub fn of(language: Language) -> &'static Words {
        match language {
            Language::Fr => &fr::WORDS,
            Language::En => &en::WORDS,
        }
    }

    /// The phrases of `cues` with each "{during}" said as each of `cue_during`, each "{received}"
    /// as each of `cue_received`, each "{manner}" as each of `cue_manners`, each "{when}" as each
    /// of `cue_times` or left unsaid, and their cues; a time may be set off by commas ("a reçu,
    /// hier, un message").
    pub fn exchange_cues(&self) -> Vec<(String, Cue)> {
        let (during, received) = (&self.cue_during[..], &self.cue_received[..]);
        let manners = &self.cue_manners[..];
        self.cues
            .iter()
            .flat_map(move |&(phrase, cue)| {
                (said(phrase.to_string(), "{during}", during).into_iter())
                    .flat_map(move |p| said(p, "{received}", received))
                    .flat_map(move |p| said(p, "{manner}", manners))
                    .map(move |p| (p, cue))
            })
            .flat_map(|(phrase, cue)| match phrase.contains("{when}") {
                false => vec![(phrase.to_string(), cue)],
                true => std::iter::once(phrase.replace("{when} ", ""))
                    .chain(self.cue_times.iter().map(|t| phrase.replace("{when}", t)))
                    .chain(
                        (self.cue_times.iter())
                            .map(|t| phrase.replace(" {when}", &format!(", {t},"))),
                    )
                    .map(|phrase| (phrase, cue))
                    .collect(),
            })
            .collect()
    }

    /// Whether a folded word puts what follows it before the exchange reported: a word of
    /// sequence or report, or of the past ("following", "après", "recent", "précédent").
    pub fn sets_earlier(&self, folded: &str) -> bool {
        self.earlier.contains(&folded) || self.recalling.contains(&folded)
    }
}

#[cfg(test)]
mod tests;
