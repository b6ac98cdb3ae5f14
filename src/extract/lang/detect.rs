//! Which of the two languages the extractor reads a text is written in.

use crate::extract::Context;
use crate::model::{Confidence, Field, Language};

/// How much of a text detection reads, in bytes: a bounded sample keeps extraction fast, the
/// detector's work growing with every byte it reads. A line or two of running words tells the
/// language as surely as more: readouts of both languages read as they did with half again as much.
const SAMPLE: usize = 160;

/// The words of the text's opening written in lower case, up to `SAMPLE` bytes: they carry its
/// language, where names, acronyms and datelines, which open many readouts, are written alike in
/// every language and mislead a detector that reads them.
fn sample(body: &str) -> String {
    let mut sample = String::with_capacity(SAMPLE);
    let words = body.split_whitespace();
    for word in words.filter(|w| w.starts_with(char::is_lowercase)) {
        if sample.len() + word.len() >= SAMPLE {
            break;
        }
        sample.push_str(word);
        sample.push(' ');
    }
    sample
}

/// The language of a text, held to the two the extractor reads. whichlang scores a few languages
/// with a linear model over hashed character n-grams, without allocating; a text it takes for
/// neither English nor French is read as French, so that a readout in a third language (one in
/// Luxembourgish, say) is read alike whatever the interface's language, as it was when the
/// detector was told to choose between the two.
pub fn detect(body: &str) -> Option<Language> {
    let sample = sample(body);
    // With nothing to read, whichlang answers English: that is no finding.
    if sample.is_empty() {
        return None;
    }
    match whichlang::detect_language(&sample) {
        whichlang::Lang::Eng => Some(Language::En),
        _ => Some(Language::Fr),
    }
}

/// The language to read a text in: as the context tells, else detected, else the fallback, with low
/// confidence so that `check` asks a human.
pub fn of(body: &str, context: &Context) -> Field<Language> {
    match context.language {
        Some(told) => Field::extracted(told, Confidence::High),
        None => match detect(body) {
            Some(found) => Field::extracted(found, Confidence::High),
            None => Field::extracted(context.fallback, Confidence::Low),
        },
    }
}
