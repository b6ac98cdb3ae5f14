//! People: everyone the text names (known to the gazetteer or recognised by a title), and the
//! participants of an event: those who met, spoke or wrote, not those greeted, mourned or mentioned.

use std::ops::Range;

use crate::extract::date;
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::text::Text;
use crate::model::{Confidence, CountryCode};

/// Someone the text names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Canonical when known, else as written.
    pub name: String,
    pub country: Option<CountryCode>,
    /// Index into `gazetteer.people`.
    pub known: Option<usize>,
    pub confidence: Confidence,
}

/// One place where a person is named.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Index into `Cast::people`.
    pub person: usize,
    /// The name's tokens.
    pub name: Range<usize>,
    /// The name with its title ("le président kirghize Sadyr Japarov"), in tokens.
    pub phrase: Range<usize>,
}

/// A title without a name ("son homologue malien", "les ministres de Belgique et du Portugal").
#[derive(Clone, Debug)]
pub struct Unnamed {
    pub phrase: Range<usize>,
    pub countries: Vec<CountryCode>,
    pub office: Option<Office>,
    /// "les ministres de Belgique et du Portugal": several people, never bound to one name.
    pub plural: bool,
}

/// The offices that tell an unnamed title which named person it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
}

impl Office {
    fn of(folded_title: &str) -> Option<Office> {
        let has = |words: &[&str]| words.iter().any(|w| folded_title.contains(w));
        if has(&["affaires etrangeres", "diplomatie", "secretaire d'etat"]) {
            Some(Office::ForeignMinister)
        } else if has(&["premier ministre", "chancelier", "chef du gouvernement"]) {
            Some(Office::HeadOfGovernment)
        } else if has(&[
            "president",
            "roi",
            "reine",
            "emir",
            "chef de l'etat",
            "sultan",
            "monarque",
        ]) {
            Some(Office::HeadOfState)
        } else {
            None
        }
    }
}

/// A name several known people bear ("M. Wang"), which the text does not settle.
#[derive(Clone, Debug)]
pub struct AmbiguousName {
    /// The name's tokens.
    pub name: Range<usize>,
    /// The name with its honorific or title, in tokens.
    pub phrase: Range<usize>,
    /// Indices into `gazetteer.people`.
    pub candidates: Vec<usize>,
}

/// Everyone the text names.
#[derive(Clone, Debug, Default)]
pub struct Cast {
    pub people: Vec<Person>,
    /// In text order.
    pub mentions: Vec<Mention>,
    /// Names that could be any of several known people, in text order.
    pub ambiguous: Vec<AmbiguousName>,
    /// In text order.
    pub unnamed: Vec<Unnamed>,
}

/// Words that make the capitalised words after them a person's name.
const ROLES: &[&str] = &[
    "president",
    "presidente",
    "presidents",
    "ministre",
    "ministres",
    "chancelier",
    "chanceliere",
    "roi",
    "reine",
    "prince",
    "princesse",
    "emir",
    "sultan",
    "homologue",
    "homologues",
    "secretaire",
    "chef",
    "conseiller",
    "conseillere",
    "ambassadeur",
    "ambassadrice",
    "envoye",
    "envoyee",
    "dirigeant",
    "dirigeante",
    "gouverneur",
    "pape",
    "souverain",
    "monarque",
    "representant",
    "representante",
    "commissaire",
    "directeur",
    "directrice",
    "vice-president",
    "vice-presidente",
    "vice-premier",
    "vice-ministre",
    "premier",
    "premiere",
    "cheikh",
    "sheikh",
    "general",
    "marechal",
    "vice-chancelier",
];

/// Honorifics written right before a name.
const HONORIFICS: &[&str] = &[
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "monsieur",
    "madame",
    "messieurs",
    "sir",
    "dame",
    "dr",
    "docteur",
    "pr",
    "professeur",
    "excellence",
    "majeste",
    "altesse",
    "dato",
    "datuk",
    "lord",
    "lady",
    "s.e",
    "s.e.m",
];

/// Lower-case or capitalised words that may join a name's parts ("Ould", "ben", "von", "Le Drian", "N’Guesso").
const PARTICLES: &[&str] = &[
    "de", "d'", "du", "des", "ben", "bin", "ibn", "ould", "von", "van", "der", "den", "al", "el",
    "da", "di", "dos", "das", "del", "la", "le", "n'", "o'", "mac", "mc", "ter", "bou", "abu",
    "abou",
];

/// Capitalised words that are never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "en",
    "a",
    "dans",
    "sur",
    "sous",
    "pour",
    "par",
    "avec",
    "selon",
    "lors",
    "apres",
    "avant",
    "durant",
    "pendant",
    "depuis",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "tout",
    "tous",
    "toute",
    "toutes",
    "ainsi",
    "aussi",
    "mais",
    "ou",
    "et",
    "donc",
    "or",
    "ni",
    "car",
    "si",
    "comme",
    "quand",
    "lorsque",
    "alors",
    "enfin",
    "puis",
    "ensuite",
    "outre",
    "cependant",
    "face",
    "afin",
    "vers",
    "chez",
    "entre",
    "contre",
    "parmi",
    "sur",
    "auparavant",
    "pour",
    "interroge",
    "president",
    "presidente",
    "ministre",
    "premier",
    "premiere",
    "secretaire",
    "chef",
    "etat",
    "etats",
    "republique",
    "roi",
    "reine",
    "prince",
    "princesse",
    "conseiller",
    "conseillere",
    "chancelier",
    "chanceliere",
    "excellence",
    "majeste",
    "altesse",
    // Military ranks, written before the name ("le Capitaine Ibrahim Traoré").
    "capitaine",
    "colonel",
    "commandant",
    "lieutenant",
    "amiral",
    "monsieur",
    "madame",
    "mme",
    "mm",
    "m",
    "sir",
    "vice",
    "gouvernement",
    "affaires",
    "etrangeres",
    "etranger",
    "exterieur",
    "comite",
    "central",
    "bureau",
    "politique",
    "parti",
    "assemblee",
    "nationale",
    "national",
    "nations",
    "unies",
    "organisation",
    "union",
    "cooperation",
    "federation",
    "palais",
    "unite",
    "forum",
    "sommet",
    "initiative",
    "ceinture",
    "route",
    "journee",
    "fete",
    "declaration",
    "vision",
    "communaute",
    "conseil",
    "commission",
    "ministere",
    "presidence",
    "cabinet",
    "direction",
    "maison",
    "blanche",
    "elysee",
    "kremlin",
    "grand",
    "peuple",
    "ouest",
    "est",
    "nord",
    "sud",
    "centre",
    "asie",
    "afrique",
    "europe",
    "amerique",
    "moyen",
    "orient",
    "occident",
    "golfe",
    "mer",
    "ocean",
    "covid",
    "onu",
    "otan",
    "ue",
    "ua",
    "asean",
    "cedeao",
    "ocs",
    "pcc",
    "brics",
    "xinhua",
    "vna",
    "azertac",
    "sputnik",
    "cctv",
    "belga",
    "afp",
    "aps",
    "map",
    "reuters",
    "photo",
    "dieu",
    "islam",
    "coran",
    "mouvement",
    "programme",
    "plan",
    "agence",
    "service",
    "presse",
    "televison",
    "television",
    "radio",
    "nouvelle",
    "nouvel",
    "cour",
    "tribunal",
    "armee",
    "forces",
    "ecole",
    "universite",
    "banque",
    "fonds",
    "institut",
    "agenda",
    "temple",
    "place",
    "rue",
    "avenue",
    "aeroport",
    "hotel",
    "assemblees",
    "senat",
    "parlement",
    "congres",
    "majesté",
    "sm",
    "se",
    "sem",
    "son",
    "leurs",
    "chers",
    "cher",
    "excellences",
    "mesdames",
    "messieurs",
    "hautes",
    "orientations",
    "haute",
    "fraternite",
    "amitie",
    "partenariat",
    "strategie",
    "strategique",
    "global",
    "globale",
];

/// Words after which the names that follow are not taken part in the event ("les salutations du président X").
const ASIDE_CUES: &[&str] = &[
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
    "fils",
    "fille",
    "mort",
    "assassinat",
    "remercie",
    "invitation",
];

/// Phrases after which a sentence stops listing the event's participants.
const CUT_PHRASES: &[&str] = &[
    "porteur",
    "porteuse",
    "a l'occasion",
    "lors de",
    "lors d'",
    "en marge",
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
];

/// Words that end the title written before a name, looking back from it.
/// Words that start with a capital but never belong to a person's name.
fn is_not_a_name(folded: &str) -> bool {
    NOT_NAMES.contains(&folded) || date::is_calendar_word(folded)
}

const TITLE_STOPS: &[&str] = &[
    "avec", "a", "ont", "est", "sont", "par", "que", "qui", "dont", "pour", "s'est", "se",
];

fn is_roman(word: &str) -> bool {
    word.len() <= 5 && word.chars().all(|c| "IVXL".contains(c))
}

struct Finder<'t, 'l> {
    text: &'t Text<'t>,
    lex: &'l Lexicon,
    home: Option<CountryCode>,
    cast: Cast,
}

impl Finder<'_, '_> {
    fn starts_upper(&self, i: usize) -> bool {
        self.text.tokens.get(i).is_some_and(|t| t.is_word())
            && self.text.word(i).starts_with(char::is_uppercase)
    }

    fn all_caps(&self, i: usize) -> bool {
        let w = self.text.word(i);
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-')
    }

    /// A capitalised word that can be part of a name.
    fn name_word(&self, i: usize) -> bool {
        let f = self.text.fw(i);
        if let Some(rest) = f.strip_prefix("el-").or_else(|| f.strip_prefix("al-")) {
            // "el-Menfi": the particle is glued, the name after it is capitalised.
            let w = self.text.word(i);
            return !rest.is_empty() && w[3..].starts_with(char::is_uppercase);
        }
        self.starts_upper(i)
            && !is_not_a_name(f)
            && !self.lex.is_geo_word(f)
            && !is_roman(self.text.word(i))
    }

    fn breaks_before(&self, i: usize) -> bool {
        self.text.tokens.get(i).is_none_or(|t| t.newline_before)
    }

    /// The run of name words starting at `i`, or an empty range.
    fn run_at(&self, i: usize) -> Range<usize> {
        // A single letter is only ever a middle initial ("S.E.M", "W.").
        if !self.name_word(i) || self.all_caps(i) || self.text.word(i).chars().count() < 2 {
            return i..i;
        }
        let mut j = i + 1;
        let mut words = 1;
        while j < self.text.tokens.len() && words < 6 && !self.breaks_before(j) {
            let f = self.text.fw(j);
            if self.name_word(j)
                || (self.all_caps(j) && !is_not_a_name(f))
                || is_roman(self.text.word(j))
            {
                j += 1;
                words += 1;
            } else if PARTICLES.contains(&f) && self.name_word(j + 1) && !self.breaks_before(j + 1)
            {
                j += 2;
                words += 2;
            } else if self.text.word(j - 1).chars().count() == 1
                && self.text.tokens[j].is_punct('.')
                && self.name_word(j + 1)
                && !self.breaks_before(j + 1)
            {
                // A middle initial: "David W. Panuelo".
                j += 2;
            } else {
                break;
            }
        }
        // "à New Delhi, le secrétaire d'État…": a known place is not a person.
        let words: Vec<&str> = (i..j).map(|k| self.text.fw(k)).collect();
        if j - i > 1 && self.lex.place_country(&words.join(" ")).is_some() {
            return i..i;
        }
        i..j
    }

    fn sentence_start(&self, i: usize) -> usize {
        let s = self.text.sentence_of(i);
        self.text.sentences.get(s).map_or(0, |s| s.tokens.start)
    }

    /// An honorific right before token `i` ("M.", "Mme", "S.E.M", "Sir").
    fn honorific_before(&self, i: usize) -> Option<usize> {
        let mut k = i.checked_sub(1)?;
        if self.text.tokens[k].is_punct('.') {
            k = k.checked_sub(1)?;
        }
        HONORIFICS.contains(&self.text.fw(k)).then_some(k)
    }

    /// The title written before a name starting at `i`: (start of its noun phrase, role token).
    fn title_before(&self, i: usize, floor: usize) -> Option<(usize, usize)> {
        let floor = floor.max(self.sentence_start(i));
        let mut k = i;
        let mut seen = 0;
        while k > floor && seen < 16 {
            k -= 1;
            seen += 1;
            let f = self.text.fw(k);
            if TITLE_STOPS.contains(&f) {
                return None;
            }
            if ROLES.contains(&f) {
                return Some((self.phrase_start(k, floor), k));
            }
        }
        None
    }

    /// Back from a role word over "premier", "nouveau", … to its determiner.
    fn phrase_start(&self, role: usize, floor: usize) -> usize {
        let mut k = role;
        while k > floor {
            let f = self.text.fw(k - 1);
            if matches!(
                f,
                "premier"
                    | "premiere"
                    | "nouveau"
                    | "nouvelle"
                    | "ancien"
                    | "ancienne"
                    | "vice"
                    | "-"
            ) {
                k -= 1;
            } else if matches!(
                f,
                "le" | "la"
                    | "l'"
                    | "les"
                    | "son"
                    | "sa"
                    | "ses"
                    | "leur"
                    | "au"
                    | "aux"
                    | "du"
                    | "des"
                    | "a"
                    | "de"
                    | "d'"
            ) {
                return k - 1;
            } else {
                break;
            }
        }
        k
    }

    /// The title written after a name ending at `end` ("Wang Yi, ministre chinois des Affaires étrangères,").
    fn title_after(&self, end: usize) -> Option<Range<usize>> {
        if !self.text.tokens.get(end)?.is_punct(',') {
            return None;
        }
        let first = self.text.fw(end + 1);
        let role = ROLES.contains(&first)
            || matches!(first, "membre" | "le" | "la") && ROLES.contains(&self.text.fw(end + 2));
        if !role {
            return None;
        }
        let mut k = end + 1;
        while k < self.text.tokens.len() && k < end + 24 && !self.breaks_before(k) {
            let t = &self.text.tokens[k];
            if t.is_punct(',')
                || t.is_punct('.')
                || t.is_punct(';')
                || TITLE_STOPS.contains(&t.folded.as_str())
            {
                break;
            }
            k += 1;
        }
        Some(end + 1..k)
    }

    /// The country a title names, nearest to the name; none for officials of organisations.
    fn title_country(&self, tokens: Range<usize>, nearest_last: bool) -> Option<CountryCode> {
        let folded = self.text.folded_span(tokens);
        if folded.contains("secretaire general") && !folded.contains("parti") {
            return None;
        }
        let mut hits = self.lex.countries_in(folded);
        // "l'ambassadeur de Chine au Vietnam": a country after "au", "en", "aux" or "à" is where
        // the office is held, not whose it is, when the title names another one.
        let posted = |r: &Range<usize>| {
            let before = folded[..r.start].trim_end();
            let word = before.rsplit(' ').next().unwrap_or_default();
            matches!(word, "au" | "aux" | "en" | "a")
        };
        if hits.iter().any(|(r, _)| !posted(r)) {
            hits.retain(|(r, _)| !posted(r));
        }
        let hit = if nearest_last {
            hits.last()
        } else {
            hits.first()
        };
        hit.filter(|(_, h)| h.form != CountryForm::Prefix)
            .map(|(_, h)| h.code)
    }

    fn add_person(&mut self, person: Person) -> usize {
        let same = |p: &Person| match (p.known, person.known) {
            (Some(a), Some(b)) => a == b,
            (None, None) => {
                crate::extract::text::fold(&p.name) == crate::extract::text::fold(&person.name)
            }
            _ => false,
        };
        if let Some(i) = self.cast.people.iter().position(same) {
            return i;
        }
        self.cast.people.push(person);
        self.cast.people.len() - 1
    }

    /// A known person under the name the text writes ("Sergei Lavrov", "NguyenSinh Hung"): the
    /// participant is reported as published; the archive files the spelling under the person.
    fn known_as(&self, index: usize, confidence: Confidence, spelled: String) -> Person {
        Person {
            name: spelled,
            ..self.known(index, confidence)
        }
    }

    fn known(&self, index: usize, confidence: Confidence) -> Person {
        let p = &self.lex.gazetteer.people[index];
        Person {
            name: p.name.clone(),
            country: p.country,
            known: Some(index),
            confidence,
        }
    }

    fn find(mut self) -> Cast {
        let text = self.text;
        let n = text.tokens.len();
        // Known people named in full, by their token ranges.
        let mut known: Vec<(Range<usize>, usize)> = self
            .lex
            .people_in(&text.folded.text)
            .into_iter()
            .map(|(r, p)| {
                let span = text.folded.body_span(r);
                (text.token_at(span.start)..text.token_at(span.end), p)
            })
            .filter(|(r, _)| !r.is_empty())
            .collect();
        known.sort_by_key(|(r, _)| r.start);

        // First pass: full names (known, or two words or more under a title); single words wait for them.
        let mut singles: Vec<(Range<usize>, bool, bool)> = Vec::new();
        let mut last_end = 0;
        let mut plural_honorific = false;
        let mut i = 0;
        while i < n {
            if let Some((r, p)) = known.iter().find(|(r, _)| r.start == i).cloned() {
                let title = self.title_before(i, last_end).map(|(s, _)| s).unwrap_or(i);
                let after = self.title_after(r.end).map_or(r.end, |t| t.end);
                let sharing = self.lex.sharing_name(text.folded_span(r.clone()));
                if sharing.len() > 1 {
                    self.cast.ambiguous.push(AmbiguousName {
                        name: r.clone(),
                        phrase: title.min(r.start)..after,
                        candidates: sharing.to_vec(),
                    });
                    last_end = r.end;
                    i = r.end;
                    continue;
                }
                // The name as written, without an honorific the alias may carry ("Sir Keir Starmer").
                let first = (r.start..r.end)
                    .find(|&k| !HONORIFICS.contains(&text.fw(k)) && !text.tokens[k].is_punct('.'));
                let spelled = self.name_text(&(first.unwrap_or(r.start)..r.end));
                let person = self.add_person(self.known_as(p, Confidence::High, spelled));
                self.cast.mentions.push(Mention {
                    person,
                    name: r.clone(),
                    phrase: title.min(r.start)..after,
                });
                last_end = r.end;
                i = r.end;
                continue;
            }
            let run = self.run_at(i);
            if run.is_empty() {
                if text.fw(i) == "mm" {
                    plural_honorific = true;
                } else if !matches!(text.fw(i), "et" | "," | ".") {
                    plural_honorific = false;
                }
                i += 1;
                continue;
            }
            let honorific = self.honorific_before(run.start).is_some() || plural_honorific;
            let before = self.title_before(run.start, last_end);
            let after = self.title_after(run.end);
            let words = run
                .clone()
                .filter(|&k| text.tokens[k].is_word() && !is_roman(text.word(k)))
                .count();
            let roman = run.clone().any(|k| is_roman(text.word(k)));
            if words >= 2 || (roman && (before.is_some() || honorific)) {
                let titled = honorific || before.is_some() || after.is_some();
                let untitled = !titled && self.untitled_name(&run);
                if titled || untitled {
                    let country = before
                        .and_then(|(_, role)| self.title_country(role..run.start, true))
                        .or_else(|| after.clone().and_then(|a| self.title_country(a, false)))
                        .or(if titled { self.home } else { None });
                    let confidence = if titled {
                        Confidence::Medium
                    } else {
                        Confidence::Low
                    };
                    let name = self.name_text(&run);
                    // A known name the text glued to a neighbour ("MmePany Yathotu", "NguyenSinh Hung").
                    let folded = crate::extract::text::fold(&name);
                    let whole = self
                        .lex
                        .people_in(&folded)
                        .into_iter()
                        .find(|(r, _)| *r == (0..folded.len()));
                    let person = match whole {
                        Some((_, k)) => self.known_as(k, Confidence::High, name),
                        None => Person {
                            name,
                            country,
                            known: None,
                            confidence,
                        },
                    };
                    let person = self.add_person(person);
                    let start = before.map_or(run.start, |(s, _)| s);
                    let end = after.map_or(run.end, |a| a.end);
                    self.cast.mentions.push(Mention {
                        person,
                        name: run.clone(),
                        phrase: start..end,
                    });
                    last_end = run.end;
                }
            } else if words == 1 {
                let titled = honorific || before.is_some_and(|(_, role)| run.start - role <= 3);
                singles.push((run.clone(), titled, honorific));
            }
            i = run.end;
        }

        // Second pass: single words are surnames of people already found, or of known people under a title.
        for (run, titled, honorific) in singles {
            let title = self.title_before(run.start, 0).filter(|_| titled);
            if let Some(person) = self.surname_owner(&run, titled, honorific) {
                self.cast.mentions.push(Mention {
                    person,
                    name: run.clone(),
                    phrase: title.map_or(run.start, |(s, _)| s)..run.end,
                });
            } else if let candidates @ [_, _, ..] = self.lex.by_surname(self.text.fw(run.start)) {
                if titled {
                    let start = title
                        .map(|(s, _)| s)
                        .or_else(|| self.honorific_before(run.start))
                        .unwrap_or(run.start);
                    self.cast.ambiguous.push(AmbiguousName {
                        name: run.clone(),
                        phrase: start..run.end,
                        candidates: candidates.to_vec(),
                    });
                }
            }
        }
        self.cast.mentions.sort_by_key(|m| m.name.start);
        self.cast.ambiguous.sort_by_key(|m| m.name.start);
        self.find_unnamed();
        self.cast
    }

    /// Two or three capitalised words with no title, opening a sentence before a verb or after "avec".
    fn untitled_name(&self, run: &Range<usize>) -> bool {
        let text = self.text;
        let opens = run.start == self.sentence_start(run.start);
        let next = text.fw(run.end);
        let verb_next = matches!(next, "a" | "s'" | "ont" | "et" | "se");
        let after_avec = run.start > 0 && text.fw(run.start - 1) == "avec";
        run.len() <= 3 && ((opens && verb_next) || after_avec)
    }

    /// The name as written, with no line breaks or doubled blanks.
    fn name_text(&self, run: &Range<usize>) -> String {
        let mut out = String::new();
        for k in run.clone() {
            let t = &self.text.tokens[k];
            if k > run.start && !t.glued
                || (k > run.start
                    && self.text.tokens[k - 1].is_word()
                    && t.is_word()
                    && !self.text.word(k - 1).ends_with(['\'', '’']))
            {
                out.push(' ');
            }
            out.push_str(self.text.word(k));
        }
        out
    }

    /// Who a single capitalised word names: someone already found whose name holds it, else a
    /// known person with that surname when a title or honorific stands before it.
    fn surname_owner(
        &mut self,
        run: &Range<usize>,
        titled: bool,
        honorific: bool,
    ) -> Option<usize> {
        let word = self.text.fw(run.start);
        let found = |p: &Person, last_only: bool| {
            let folded = crate::extract::text::fold(&p.name);
            let mut parts = folded.split([' ', '-']);
            if last_only {
                parts.next_back() == Some(word)
            } else {
                parts.any(|w| w == word)
            }
        };
        if word.len() >= 2 {
            let by_last = self.cast.people.iter().position(|p| found(p, true));
            let by_surname = self.cast.people.iter().position(|p| {
                p.known.is_some_and(|k| {
                    crate::extract::text::fold(&self.lex.gazetteer.people[k].surname) == word
                })
            });
            if let Some(i) = by_last.or(by_surname) {
                return Some(i);
            }
            if titled {
                if let Some(i) = self.cast.people.iter().position(|p| found(p, false)) {
                    return Some(i);
                }
            }
        }
        match self.lex.by_surname(word) {
            [one] if titled => Some(self.add_person(self.known(*one, Confidence::Medium))),
            // "M. Dupont", known by no other name: kept as written.
            [] if honorific => {
                let name = self.name_text(run);
                Some(self.add_person(Person {
                    name,
                    country: self.home,
                    known: None,
                    confidence: Confidence::Low,
                }))
            }
            _ => None,
        }
    }

    /// Titles with a country and no name: counterparts the text leaves unnamed.
    fn find_unnamed(&mut self) {
        let text = self.text;
        let covered =
            |k: usize, mentions: &[Mention]| mentions.iter().any(|m| m.phrase.contains(&k));
        let mut k = 0;
        while k < text.tokens.len() {
            if !ROLES.contains(&text.fw(k)) || covered(k, &self.cast.mentions) {
                k += 1;
                continue;
            }
            let start = self.phrase_start(k, self.sentence_start(k));
            let mut end = k + 1;
            while end < text.tokens.len() && end < k + 12 && !self.breaks_before(end) {
                let t = &text.tokens[end];
                let f = t.folded.as_str();
                let stop = matches!(t.kind, crate::extract::text::TokenKind::Punct(_))
                    && !t.is_punct('\'')
                    && !t.is_punct('-')
                    || TITLE_STOPS.contains(&f)
                    || covered(end, &self.cast.mentions)
                    || !self.run_at(end).is_empty();
                if stop {
                    break;
                }
                end += 1;
            }
            // "le secrétaire général du PCC et le président chinois Xi Jinping": one more title of a name.
            let joined = |k: usize| matches!(text.fw(k), "," | "et");
            if covered(end, &self.cast.mentions)
                || (joined(end) && covered(end + 1, &self.cast.mentions))
            {
                k = end.max(k + 1);
                continue;
            }
            let folded = text.folded_span(start..end);
            let mut countries: Vec<CountryCode> = self
                .lex
                .countries_in(folded)
                .into_iter()
                .filter(|(_, h)| h.form != CountryForm::Prefix)
                .map(|(_, h)| h.code)
                .collect();
            countries.dedup();
            if !countries.is_empty() {
                let plural = matches!(
                    text.fw(k),
                    "ministres" | "presidents" | "homologues" | "dirigeants"
                );
                self.cast.unnamed.push(Unnamed {
                    phrase: start..end,
                    countries,
                    office: Office::of(folded),
                    plural,
                });
            }
            k = end.max(k + 1);
        }
    }
}

/// Everyone the text names; `home` is the country of the dateline's city, the default for bare titles.
pub fn find(text: &Text, lex: &Lexicon, home: Option<CountryCode>) -> Cast {
    Finder {
        text,
        lex,
        home,
        cast: Cast::default(),
    }
    .find()
}

/// Who took part in the event a sentence reports: the people it names before it turns to asides
/// ("porteur d'un message du président X"), and the unnamed counterparts it has (their countries).
pub fn in_sentence<'c>(
    text: &Text,
    cast: &'c Cast,
    sentence: usize,
    trigger: usize,
) -> (Vec<usize>, Vec<&'c Unnamed>) {
    let Some(s) = text.sentences.get(sentence) else {
        return (Vec::new(), Vec::new());
    };
    let tokens = s.tokens.clone();
    let cut = cut_at(text, tokens.clone(), trigger, cast);
    let aside = |phrase: &Range<usize>| {
        let from = phrase.start.saturating_sub(4).max(tokens.start);
        (from..phrase.start).any(|k| ASIDE_CUES.contains(&text.fw(k)))
    };
    let mut people = Vec::new();
    for m in cast
        .mentions
        .iter()
        .filter(|m| m.name.start >= tokens.start && m.name.end <= cut)
    {
        if !aside(&m.phrase) && !people.contains(&m.person) {
            people.push(m.person);
        }
    }
    let unnamed = cast
        .unnamed
        .iter()
        .filter(|u| u.phrase.start >= tokens.start && u.phrase.start < cut && !aside(&u.phrase))
        .collect();
    (people, unnamed)
}

/// Where a sentence stops naming participants: the first aside after a participant that follows the trigger.
fn cut_at(text: &Text, tokens: Range<usize>, trigger: usize, cast: &Cast) -> usize {
    let after_trigger = |k: usize| {
        cast.mentions
            .iter()
            .any(|m| m.name.start > trigger && m.name.end <= k)
            || cast
                .unnamed
                .iter()
                .any(|u| u.phrase.start > trigger && u.phrase.end <= k)
    };
    for k in tokens.clone().filter(|&k| k > trigger) {
        let rest = text.folded_span(k..tokens.end);
        let cue = CUT_PHRASES.iter().any(|p| {
            rest.starts_with(p)
                && (p.ends_with([' ', '\''])
                    || !rest[p.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        });
        if cue && after_trigger(k) {
            return k;
        }
    }
    tokens.end
}

/// Binds unnamed counterparts to people named elsewhere with the same country (the office first, then
/// the earliest named); returns the countries of those that stay unnamed.
pub fn bind_unnamed(
    lex: &Lexicon,
    cast: &Cast,
    participants: &mut Vec<usize>,
    unnamed: &[&Unnamed],
) -> Vec<CountryCode> {
    let office_of = |p: usize| {
        let known = cast.people[p].known.map(|k| &lex.gazetteer.people[k]);
        known.and_then(|k| {
            k.roles
                .iter()
                .find_map(|r| Office::of(&crate::extract::text::fold(r)))
        })
    };
    let mut unbound = Vec::new();
    for u in unnamed {
        for &country in &u.countries {
            // A title restating a named participant's country adds no one.
            if participants
                .iter()
                .any(|&p| cast.people[p].country == Some(country))
                || unbound.contains(&country)
            {
                continue;
            }
            let candidates =
                cast.mentions.iter().map(|m| m.person).filter(|&p| {
                    cast.people[p].country == Some(country) && !participants.contains(&p)
                });
            let best = candidates
                .enumerate()
                .min_by_key(|&(order, p)| (u.office.is_some() && office_of(p) != u.office, order))
                .map(|(_, p)| p);
            match best {
                Some(p) if !u.plural => participants.push(p),
                _ => unbound.push(country),
            }
        }
    }
    unbound
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::lexicon;

    fn named(input: &str) -> Vec<String> {
        let lex = lexicon();
        let text = Text::new(input);
        let cast = find(&text, &lex, None);
        cast.people
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.name,
                    p.country.map_or("-".into(), |c| c.to_string())
                )
            })
            .collect()
    }

    fn check(input: &str, expected: &[&str]) {
        assert_eq!(named(input), expected, "{input}");
    }

    #[test]
    fn people_from_titles() {
        check(
            "Le président kirghize Sadyr Japarov a rencontré Wang Yi.",
            &["Sadyr Japarov KG", "Wang Yi CN"],
        );
        check(
            "Il a reçu son homologue algérien Ahmed Attaf.",
            &["Ahmed Attaf DZ"],
        );
        check(
            "le ministre des Affaires étrangères du Kazakhstan, Yermek Kosherbayev.",
            &["Yermek Kosherbayev KZ"],
        );
        check("la ministre des Affaires étrangères, de la Coopération et des Burkinabés de l’extérieur, Mme Hadizatou Rosine Sori-Coulibaly.", &["Hadizatou Rosine Sori-Coulibaly BF"]);
        check("le président mauritanien, Mohamed Ould Cheikh Ghazaouani, et le président ivoirien, Hassan Ouattara.", &["Mohamed Ould Cheikh Ghazaouani MR", "Hassan Ouattara CI"]);
        check(
            "son homologue belge Alexander De Croo.",
            &["Alexander De Croo BE"],
        );
        check(
            "le ministre français Jean-Yves Le Drian, a été reçu",
            &["Jean-Yves Le Drian FR"],
        );
        check(
            "le président Denis Sassou N'Guesso.",
            &["Denis Sassou N'Guesso CG"],
        );
        check(
            "le secrétaire général du Conseil turc, Bagdat Amreev.",
            &["Bagdat Amreev -"],
        );
        check(
            "Kim Jong Un, secrétaire général du Parti des travailleurs de Corée.",
            &["Kim Jong Un KP"],
        );
        check("MmePany Yathotu a eu un entretien", &["Pany Yathotu LA"]);
        check("MmeMarie Dupont a eu un entretien", &["Marie Dupont -"]);
        check("au Roi de Belgique AlbertII.", &["Albert II BE"]);
        check(
            "son homologue micronésien David W. Panuelo à",
            &["David W. Panuelo FM"],
        );
    }

    #[test]
    fn surnames_and_asides() {
        check(
            "M. Xi a parlé à Mme Merkel.",
            &["Xi Jinping CN", "Angela Merkel DE"],
        );
        check("M. Dupont a parlé à M. Li.", &["Dupont -"]);
        check(
            "Le président Xi Jinping a dit. M. Jinping a conclu.",
            &["Xi Jinping CN"],
        );
        check("La Chine et le Kirghizistan ont signé.", &[]);
        check("Le Palais de l’Unité à Yaoundé.", &[]);
        check(
            "X a échangé avec le Président du Faso, le Capitaine Ibrahim Traoré.",
            &["Ibrahim Traoré BF"],
        );
        check(
            "Bui Thanh Son a reçu l'ambassadeur de Chine au Vietnam, Xiong Bo.",
            &["Bui Thanh Son VN", "Xiong Bo CN"],
        );
        check(
            "Le 1er mars, à New Delhi, le secrétaire d'État américain Antony Blinken a rencontré Sergueï Lavrov.",
            &["Antony Blinken US", "Sergueï Lavrov RU"],
        );
    }

    fn participants(input: &str) -> (Vec<String>, Vec<String>) {
        let lex = lexicon();
        let text = Text::new(input);
        let cast = find(&text, &lex, None);
        let (mut people, unnamed) = in_sentence(&text, &cast, 0, 0);
        let unbound = bind_unnamed(&lex, &cast, &mut people, &unnamed);
        (
            people
                .iter()
                .map(|&p| cast.people[p].name.clone())
                .collect(),
            unbound.iter().map(|c| c.to_string()).collect(),
        )
    }

    #[test]
    fn participants_of_a_sentence() {
        let check = |input: &str, people: &[&str], unbound: &[&str]| {
            let (p, u) = participants(input);
            assert_eq!(
                (
                    p.iter().map(String::as_str).collect::<Vec<_>>(),
                    u.iter().map(String::as_str).collect::<Vec<_>>()
                ),
                (people.to_vec(), unbound.to_vec()),
                "{input}"
            );
        };
        check(
            "Wang Yi a transmis les salutations du président Xi Jinping à Sadyr Japarov.",
            &["Wang Yi", "Sadyr Japarov"],
            &[],
        );
        check("Le président Xi Jinping a adressé ses condoléances à son homologue français Emmanuel Macron pour le décès de l'ancien président du pays, Valéry Giscard d'Estaing.", &["Xi Jinping", "Emmanuel Macron"], &[]);
        check("Le président Kais Saied a reçu les ministres des Affaires étrangères de Belgique et du Portugal.", &["Kais Saied"], &["BE", "PT"]);
        check("Le Président russe a discuté avec son homologue français. MM. Poutine et Macron ont parlé.", &["Vladimir Poutine", "Emmanuel Macron"], &[]);
    }
}
