//! The shared vocabulary of every stage: readouts, their metadata, and the values it is made of.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize, Serializer};

mod date;

pub use date::EventDate;

/// An ISO 3166-1 alpha-2 code, always upper case ("CN", "KG").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Accepts two ASCII letters in either case; anything else is `None`.
    pub fn parse(s: &str) -> Option<CountryCode> {
        match s.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => Some(CountryCode([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
            ])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The lower-case form used in URLs (`/countries/cn/`).
    pub fn slug(&self) -> String {
        self.as_str().to_ascii_lowercase()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The language a readout is written in: it chooses the words the extractor reads it by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Fr,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    /// The BCP 47 tag: "fr", "en".
    pub fn tag(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// Its name in itself ("English"), as a link to a text in it says it, whatever the
    /// interface's language.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::En => "English",
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag ("en-GB" is English).
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }
}

/// A language as written in TOML: its tag, one the extractor reads.
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        let tag = String::deserialize(d)?;
        Language::parse(&tag).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown language `{tag}`: write \"fr\" or \"en\", the languages the extractor reads"
            ))
        })
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// What kind of exchange a readout reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Meeting,
    Talks,
    PhoneCall,
    VideoCall,
    Message,
    JointStatement,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::Meeting,
        EventKind::Talks,
        EventKind::PhoneCall,
        EventKind::VideoCall,
        EventKind::Message,
        EventKind::JointStatement,
        EventKind::Other,
    ];

    /// The identifier used in front matter and JSON (`phone_call`).
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Talks => "talks",
            EventKind::PhoneCall => "phone_call",
            EventKind::VideoCall => "video_call",
            EventKind::Message => "message",
            EventKind::JointStatement => "joint_statement",
            EventKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Someone who took part in an event.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Participant {
    /// The full name, canonical when the gazetteer knows the person.
    pub name: String,
    /// `None` for an international organisation or an unknown affiliation.
    pub country: Option<CountryCode>,
}

/// "Sadyr Japarov (KG)", or the name alone when the country is unknown.
impl fmt::Display for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.country {
            Some(c) => write!(f, "{} ({c})", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// Another exchange reported in the same text ("Le même jour, Wang Yi a également…").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SecondaryEvent {
    pub kind: EventKind,
    pub participants: Vec<Participant>,
}

/// How sure the extractor is of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// Where a metadata value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "source", content = "confidence")]
pub enum Provenance {
    /// Written by a human in the seed's front matter.
    FrontMatter,
    /// Worked out from the text.
    Extracted(Confidence),
}

/// A value together with where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Field<T> {
    pub value: T,
    pub provenance: Provenance,
}

impl<T> Field<T> {
    pub fn extracted(value: T, confidence: Confidence) -> Field<T> {
        Field {
            value,
            provenance: Provenance::Extracted(confidence),
        }
    }
}

/// What a mention names.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Entity {
    /// A person, by the name the archive uses.
    Person(String),
    Country(CountryCode),
    /// An organisation, by its gazetteer key (`ocs`).
    Organisation(String),
}

/// A person, country or organisation named in the body, at a byte span (for linking names in the text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Range<usize>,
    pub entity: Entity,
}

/// A name that could be any of several known people ("M. Wang"), left unlinked until the
/// front matter's `[mentions]` table says who it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ambiguous {
    /// The name's bytes in the body ("Wang").
    pub span: Range<usize>,
    /// The name with its honorific or title ("M. Wang", "le vice-président Wang").
    pub phrase: Range<usize>,
    /// The canonical names of the people it could be, sorted.
    pub candidates: Vec<String>,
}

/// An editor's note on a paragraph, in Markdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// 1-based, as in the paragraph anchors `#p1`, `#p2`…
    pub paragraph: usize,
    pub text: String,
}

/// Where in the body an extracted field was read: its byte span (`field` is the key `chancery
/// extract --json` prints).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: &'static str,
    pub span: Range<usize>,
}

/// A title the text gives a person by their name ("ministre chinois des Affaires étrangères").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Role {
    /// The person's name, canonical when the gazetteer knows them.
    pub person: String,
    /// The title as written, without its article and honorifics, its first letter in lower case;
    /// in title case where the language capitalises titles ("Foreign Minister"), so that one title
    /// is one role whatever case a text writes it in. Without the countries it names: the
    /// country is the person's, not the office's ("Kazakhstan's Foreign Minister": "Foreign
    /// Minister").
    pub title: String,
    /// The office the title names, when it is one the gazetteer lists (`gazetteer::Office`).
    pub office: Option<OfficeName>,
}

/// An office as the gazetteer names it in each interface language.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct OfficeName {
    pub fr: String,
    pub en: String,
}

impl Role {
    /// The role as an interface in `language` shows it: the office's name in that language,
    /// else the title as written.
    pub fn shown(&self, language: Language) -> &str {
        match (&self.office, language) {
            (Some(office), Language::Fr) => &office.fr,
            (Some(office), Language::En) => &office.en,
            (None, _) => &self.title,
        }
    }
}

/// Everything known about a readout once front matter and extraction are merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub title: Field<String>,
    /// The language the text is written in.
    pub language: Field<Language>,
    pub date: Field<Option<EventDate>>,
    pub kind: Field<EventKind>,
    pub place: Field<Option<String>>,
    pub participants: Field<Vec<Participant>>,
    /// The participants' countries, sorted and without repeats.
    pub countries: Vec<CountryCode>,
    pub mentioned_people: Field<Vec<String>>,
    pub mentioned_countries: Field<Vec<CountryCode>>,
    pub secondary: Field<Vec<SecondaryEvent>>,
    /// The issuing body: front matter, folder defaults or the issuer that signs the text; `None`
    /// falls back to the config's default.
    pub publisher: Option<String>,
    /// An issuer the text names without signing with it ("selon Xinhua"), when none signs it:
    /// `chancery check` warns when the readout falls back to the config's default publisher.
    pub named_issuer: Option<String>,
    /// When the text was published (front matter, else the file name's date): places in time a
    /// readout whose event has no full date.
    pub published: Option<chrono::NaiveDate>,
    /// Where the text was published, when known.
    pub source_url: Option<String>,
    /// The slug requested in front matter, if any.
    pub slug: Option<String>,
    /// Why the readout was taken down, if it was: its URL then shows a notice instead.
    pub withdrawn: Option<String>,
    /// The id of the readout this one translates, when the front matter says so.
    pub translation_of: Option<String>,
    /// The names to link in the text: resolved, in body order, never overlapping, each within
    /// one paragraph and starting and ending at word boundaries.
    pub mentions: Vec<Mention>,
    /// Names that could be several people and that no front matter pins: left unlinked.
    pub unresolved: Vec<Ambiguous>,
    /// Editors' notes, in the order written.
    pub notes: Vec<Note>,
    /// The titles the text gives people by their names, in body order.
    pub roles: Vec<Role>,
    /// Where the extracted fields were read (those the front matter sets are left out).
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

impl Metadata {
    /// Where the readout stands in time: its event's full date, else the day it was published.
    pub fn placed_on(&self) -> Option<chrono::NaiveDate> {
        match self.date.value {
            Some(EventDate::Full(d)) => Some(d),
            _ => self.published,
        }
    }
}

/// One line of the body, as a byte range into `Readout::body`, trimmed of surrounding blanks.
pub type Paragraph = Range<usize>;

/// A readout as the archive holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readout {
    /// Stable identity: front matter `id`, else the seed file's stem.
    pub id: String,
    /// The seed's path relative to the project root, with `/` separators.
    pub source: PathBuf,
    pub metadata: Metadata,
    /// The text as published, after the front matter.
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
}

impl Readout {
    pub fn paragraph_texts(&self) -> impl Iterator<Item = &str> {
        self.paragraphs.iter().map(|r| &self.body[r.clone()])
    }
}

/// Splits a body into paragraphs: every non-blank line is one, as ministries publish them.
pub fn paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
        start += line.len();
    }
    out
}

/// A name, its words split at `separator`, without the initials between its first and last word
/// ("antony j. blinken": "antony blinken"; "antony-j-blinken": "antony-blinken"), as the
/// gazetteer, which leaves them out, names people; none when it has none.
pub fn without_initials(name: &str, separator: char) -> Option<String> {
    let initial = |w: &&str| w.trim_end_matches('.').chars().count() == 1;
    // Most names have no initial between their first and last words: they are answered before
    // any word is copied, as this is asked of every name the extractor compares.
    let words = || name.split(separator).filter(|w| !w.is_empty());
    let middle = words().count().checked_sub(2)?;
    if !words().skip(1).take(middle).any(|w| initial(&w)) {
        return None;
    }
    let words: Vec<&str> = words().collect();
    let [first, middle @ .., last] = words.as_slice() else {
        return None;
    };
    let kept: Vec<&str> = middle.iter().copied().filter(|w| !initial(w)).collect();
    Some(
        [&[*first][..], &kept, &[*last]]
            .concat()
            .join(&separator.to_string()),
    )
}

/// A URL-safe, ASCII, lower-case slug ("Sadyr Japarov" → "sadyr-japarov").
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_ascii_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_between_a_names_first_and_last_words_are_left_out() {
        assert_eq!(
            without_initials("antony j. blinken", ' ').as_deref(),
            Some("antony blinken")
        );
        assert_eq!(
            without_initials("joseph-r-biden", '-').as_deref(),
            Some("joseph-biden")
        );
        assert_eq!(without_initials("s. jaishankar", ' '), None);
        assert_eq!(without_initials("wang yi", ' '), None);
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Sadyr Japarov"), "sadyr-japarov");
        assert_eq!(slugify("Kassym-Jomart Tokayev"), "kassym-jomart-tokayev");
        assert_eq!(slugify("  Trân Dai Quang! "), "tran-dai-quang");
        assert_eq!(slugify("Ould Cheikh Ahmed"), "ould-cheikh-ahmed");
    }

    #[test]
    fn paragraphs_are_nonblank_lines() {
        let body = "\nUn.\r\n  Deux  \n\t\t\n Trois";
        let texts: Vec<&str> = paragraphs(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(texts, ["Un.", "Deux", "Trois"]);
    }
}
