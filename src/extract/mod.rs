//! Extraction: works out a readout's metadata from its text and the gazetteer; pure, total, never fails.

use chrono::NaiveDate;

use crate::gazetteer::Gazetteer;
use crate::model::{
    Confidence, CountryCode, EventDate, EventKind, Field, Participant, SecondaryEvent,
};

pub mod resolve;
pub mod title;

/// What the extractor is told beside the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// When the text was published (front matter `published`); anchors relative dates.
    pub published: Option<NaiveDate>,
}

/// The gazetteer compiled for fast matching; built once per build, shared by every readout.
#[derive(Debug)]
pub struct Lexicon<'g> {
    pub gazetteer: &'g Gazetteer,
}

impl<'g> Lexicon<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Lexicon<'g> {
        Lexicon { gazetteer }
    }
}

/// A remark on the text for a human reviewer, at a byte offset of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remark {
    pub offset: usize,
    pub message: String,
}

/// Everything the extractor found in one body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    pub date: Field<Option<EventDate>>,
    pub kind: Field<EventKind>,
    pub place: Field<Option<String>>,
    pub participants: Field<Vec<Participant>>,
    pub mentioned_people: Field<Vec<String>>,
    pub mentioned_countries: Field<Vec<CountryCode>>,
    pub secondary: Field<Vec<SecondaryEvent>>,
    pub remarks: Vec<Remark>,
}

/// Reads one body.
pub fn extract(_body: &str, _lexicon: &Lexicon, _context: &Context) -> Extracted {
    let none = Confidence::Low;
    Extracted {
        date: Field::extracted(None, none),
        kind: Field::extracted(EventKind::Other, none),
        place: Field::extracted(None, none),
        participants: Field::extracted(Vec::new(), none),
        mentioned_people: Field::extracted(Vec::new(), none),
        mentioned_countries: Field::extracted(Vec::new(), none),
        secondary: Field::extracted(Vec::new(), none),
        remarks: Vec::new(),
    }
}
