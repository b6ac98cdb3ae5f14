//! The place the sentences of the report name: after a preposition of place or a venue, the
//! city by what the text calls it, where an exchange was held, where a party stayed.

use std::ops::Range;

use super::scan::{in_tokens, scan, unknown_city};
use super::{capital_named, known_at, known_from, venue};
use crate::extract::date;
use crate::extract::kind;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::{Confidence, EventDate, EventKind};

/// What the report's sentences are read with: who the text names, and where the dates of days
/// other than the event's are written.
pub(super) struct Scope<'c> {
    pub cast: &'c Cast,
    /// The tokens of each written date of another day, and whether its month is another too.
    others: Vec<(Range<usize>, bool)>,
}

impl<'c> Scope<'c> {
    pub fn new(cast: &'c Cast, dates: &date::Dates, date: Option<EventDate>) -> Scope<'c> {
        let others = date.map_or_else(Vec::new, |date| {
            let (month, day) = date.month_day();
            (dates.all.iter())
                .filter(|d| (d.month, d.day) != (month, day))
                .map(|d| (d.tokens.clone(), d.month != month))
                .collect()
        });
        Scope { cast, others }
    }

    /// Whether token `k` comes right after a written date of another day ("qui se dérouleront du
    /// 21 au 24 septembre à Nanning"): a place it introduces is that day's event's.
    pub fn elsewhen(&self, k: usize) -> bool {
        self.others.iter().any(|(tokens, _)| tokens.end == k)
    }

    /// Whether a written date of another month starts at token `k` ("lors de sa visite à Beijing
    /// du 29 août au 5 septembre"): a place right before it is that day's event's. Only another
    /// month's: a day next to the event's may be its own, misread.
    pub fn dated_after(&self, k: usize) -> bool {
        (self.others.iter()).any(|(tokens, month)| *month && tokens.start == k)
    }
}

/// Whether sentence `s` tells of a time other than the event's, on `date`: a day it writes ("À
/// la veille de l'Assemblée générale, qui s'ouvre le 19 septembre à New York, X était venu voir
/// Y"), a month alone ("In July, during a meeting with Y in Karlovy Vary, …", "en marge de la
/// ministérielle à Riga en novembre passé"), or a day to come ("le sommet qui se tiendra le
/// samedi prochain à Paris"): the places it names are those of that other time's event.
pub(super) fn dated_otherwise(
    text: &Text,
    dates: &date::Dates,
    date: Option<EventDate>,
    s: usize,
) -> bool {
    let tokens = text.sentences[s].tokens.clone();
    let written = (dates.all.iter()).filter(|d| tokens.contains(&d.tokens.start));
    let words = text.words;
    let calendar = |k: usize| words.dates.is_calendar_word(text.fw(k));
    let to_come = (tokens.clone()).any(|k| {
        words.dates.foreign_after.contains(&text.fw(k))
            && (calendar(k.saturating_sub(1)) || k + 1 < tokens.end && calendar(k + 1))
    });
    let Some((month, day)) = date.map(|d| d.month_day()) else {
        return to_come;
    };
    let in_written = |k: usize| (dates.all.iter()).any(|d| d.tokens.contains(&k));
    // Another month named alone, in full: most words are answered by their shape.
    let month_alone = (tokens.clone()).any(|k| {
        dates
            .month(text.fw(k))
            .is_some_and(|m| m != month && words.dates.months.contains(&text.fw(k)))
            && (text.capitalised(k) || !words.dates.months_capitalised)
            && !in_written(k)
    });
    to_come || month_alone || written.clone().any(|d| (d.month, d.day) != (month, day))
}

/// The place sentence `s` names for the exchange it reports by `cue`: first in the cue's own
/// clause, up to a comma or the words of its topic ("Kono, who attended the ministers' meeting in
/// Manila, called on the President at the convention centre in Pasay City"; "Following the summit
/// in New York, X was invited to meet Y in Washington"), then anywhere in the sentence ("On the
/// sidelines of the summit in Doha, X met Y to discuss the war").
pub(super) fn in_exchange(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    s: usize,
    cue: Option<&Range<usize>>,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    let words = text.words;
    let clause = cue.filter(|c| tokens.contains(&c.start)).map(|c| {
        let end = (c.end..tokens.end)
            .find(|&k| {
                text.tokens[k].is_punct(',')
                    || text.tokens[k].is_punct(';')
                    || words.places.topics.contains(&text.fw(k))
            })
            .unwrap_or(tokens.end);
        c.end..end
    });
    clause
        .and_then(|clause| scan(text, lex, scope, clause, tokens.end, true))
        .or_else(|| in_tokens(text, lex, scope, tokens, true))
}

/// The known city a sentence tells a party's stay or journey to, or says a party is in ("La
/// délégation séjourne à Lomé", "Elle a fait le déplacement de Niamey", "À son arrivée à Dakar,
/// …", "Ban arrived in Beijing on Monday night", "X est à N'Djaména au nom de la CBLT"): where
/// the exchange took place.
pub(super) fn stayed_at(
    text: &Text,
    lex: &Lexicon,
    sentence: usize,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[sentence].tokens.clone();
    let words = text.words;
    let to = |k: usize| {
        let w = text.fw(k);
        text.introduces_place(k)
            || words.places.venue_joiners.contains(&w)
            || words.places.into_capitals.contains(&w)
    };
    // "en visite officielle à Paris", "en visite d'État à Paris": a party on a stay may say what
    // kind of stay before the place, in words in lower case or after a particle.
    let kind_of_stay = |k: usize| {
        let t = &text.tokens[k];
        t.is_word() && (!t.capitalised || k > 0 && words.particles.contains(&text.fw(k - 1)))
    };
    // "est arrivé lundi à Paris", "arrived on Monday in Beijing": the day may come first.
    let day = |k: usize| words.dates.names_day(text.fw(k));
    let places_after = |k: usize| {
        let on_stay = k > tokens.start && words.places.on_stay.contains(&text.fw(k - 1));
        let dated = day(k + 1) || day(k + 2) && !text.introduces_place(k + 1);
        // "en visite d'amitié et de travail à Lomé": a stay's kind may take five words.
        let gap = if on_stay {
            8
        } else if dated {
            6
        } else {
            2
        };
        // "a séjourné en fin de semaine dernière à Nairobi": past a time phrase.
        let timed = Some(past_time(text, k + 1, tokens.end))
            .filter(|&j| j > k + 1 && j < tokens.end && to(j));
        (k + 1..(k + gap).min(tokens.end))
            .take_while(move |&j| j == k + 1 || kind_of_stay(j - 1) || day(j - 1))
            .filter(move |&j| to(j))
            .chain(timed)
    };
    // "à la suite de son récent séjour à Lomé": a stay before the exchange; "dont la résidence
    // se trouve à Nairobi": where an envoy sits.
    let earlier = |k: usize| set_earlier(text, tokens.start, k);
    let resides = |k: usize| {
        (k.saturating_sub(4).max(tokens.start)..k)
            .any(|p| words.places.residence.open(text.folded_from(p)))
    };
    (tokens.clone())
        .filter(|&k| {
            let w = text.fw(k);
            (words.places.stays.contains(&w) || words.places.whereabouts.contains(&w))
                && !earlier(k)
                && !resides(k)
        })
        .flat_map(places_after)
        .find_map(|j| {
            known_at(text, lex, j + 1, tokens.end)
                .or_else(|| venue::city_of(text, lex, j + 1, tokens.end))
                .map(str::to_string)
                .or_else(|| capital_at(text, lex, j + 1, tokens.end))
        })
        .map(|place| (place, Confidence::Medium))
}

/// The known city sentence `s` tells a party's visit to, right after the word of the visit or
/// after the word that leads to the city ("X, visiting New York to attend the General Assembly,
/// held a working lunch with Y", "paid a working visit to Tallinn and met with", "welcomed X to
/// Washington, D.C."): where the exchange it reports took place, unless words before the visit
/// set it earlier or later ("ahead of his visit to Paris").
pub(super) fn visited(text: &Text, lex: &Lexicon, s: usize) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    let words = text.words;
    let elsewhen = |k: usize| set_elsewhen(text, tokens.start, k);
    // "welcomed the Prime Minister of Ruritania, Dr Ana Silva, to Lisbon": the guest's name set
    // off by commas after their title is passed over; a comma before words in lower case ends
    // the clause, unless they lead to the city.
    let to = |k: usize| {
        let leads = |j: usize| words.places.journeys_to.contains(&text.fw(j));
        let ends_clause = |j: usize| {
            text.tokens[j].is_punct(',')
                && !(text.capitalised(j + 1) || j + 1 < tokens.end && leads(j + 1))
        };
        (k + 1..(k + TO_REACH).min(tokens.end))
            .take_while(|&j| !ends_clause(j))
            .find(|&j| leads(j))
    };
    (tokens.clone())
        .filter(|&k| words.places.journeys.contains(&text.fw(k)) && !elsewhen(k))
        .find_map(|k| {
            let at = |j: usize| {
                known_at(text, lex, j, tokens.end)
                    .map(str::to_string)
                    .or_else(|| capital_at(text, lex, j, tokens.end))
            };
            at(k + 1).or_else(|| at(to(k)? + 1))
        })
        .map(|place| (place, Confidence::Medium))
}

/// The capital a country's demonym tells from token `first` on ("visit to the Cuban capital",
/// "séjour dans la capitale gabonaise").
fn capital_at(text: &Text, lex: &Lexicon, first: usize, end: usize) -> Option<String> {
    capital_named(text, lex, first, end).map(|(city, _)| city.to_string())
}

/// How far after the word of a visit the word that leads to the city may come, past the guest's
/// title and name ("welcomed the Prime Minister of Ruritania, Dr Ana Silva, to Lisbon").
const TO_REACH: usize = 16;

/// Whether words before token `k`, from token `start` on, set it before or after the exchange
/// ("after his visit to", "ahead of his visit to").
pub(super) fn set_elsewhen(text: &Text, start: usize, k: usize) -> bool {
    set_earlier(text, start, k) || set_by(text, |w| text.words.later.contains(&w), start, k)
}

/// Whether words before token `k`, from token `start` on, set it before the exchange ("à la
/// suite de son récent séjour à Lomé").
fn set_earlier(text: &Text, start: usize, k: usize) -> bool {
    set_by(text, |w| text.words.sets_earlier(w), start, k)
}

/// Whether a word that `sets` stands in the four tokens before token `k`, from token `start` on.
fn set_by(text: &Text, sets: impl Fn(&str) -> bool, start: usize, k: usize) -> bool {
    (k.saturating_sub(4).max(start)..k).any(|p| sets(text.fw(p)))
}

/// The place sentence `s` says an exchange it names was held in, known or not ("During the
/// meeting, held at the ministry's headquarters in Abu Dhabi, …", "At the meeting held in
/// Katoomba, …", "La rencontre s'est tenue à Kara"): a preposition of place a few words after
/// a word of holding, the first or one after it ("The meeting was held on the sidelines of the
/// summit being held in Makkah": the summit's place is its margins'), unless words before it set
/// the holding earlier or later ("discussed the summit to be held in Bandar Seri Begawan").
pub(super) fn held_in(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    s: usize,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    // A word that tells the holding ("held", "took place", "s'est tenue", "hosted").
    let holding = |&k: &usize| {
        let w = text.fw(k);
        text.words.places.took_place.contains(&w) || text.words.places.hosted.contains(&w)
    };
    let first = (tokens.clone()).find(holding)?;
    // The exchange named before the word ("the meeting was held in"), or right after it by one
    // who hosted it ("hosted the meeting in Wellington", "a organisé la rencontre à Lomé").
    let named = |range: Range<usize>| {
        !lex.kind_cues(text.folded_span(range), text.language)
            .is_empty()
    };
    let after = (first + 1)..(first + 4).min(tokens.end);
    if !(named(tokens.start..first) || after.len() > 1 && named(after)) {
        return None;
    }
    // "in furtherance of the regional Summit held in Abuja": a gathering named right before the
    // participle, not itself the exchange, was held there; the exchange was, only if held on its
    // margins.
    let margins =
        |k: usize| (tokens.start..k).any(|j| text.words.places.sidelines.contains(&text.fw(j)));
    let gathering = |k: usize| {
        k > tokens.start
            && text.words.places.gatherings.contains(&text.fw(k - 1))
            && !named(k - 1..k)
            && !margins(k)
    };
    // "to be held in Brunei next month", "une séance de travail aura lieu bientôt, à
    // Washington": another event's, to come.
    let to_come = |k: usize| text.in_future(k.saturating_sub(HELD_TENSE).max(tokens.start)..k + 1);
    (first..tokens.end)
        .filter(|&k| {
            holding(&k) && !set_elsewhen(text, tokens.start, k) && !gathering(k) && !to_come(k)
        })
        .find_map(|held| {
            // "organisé en marge du sommet des dirigeants des pays du G20 à Bali": the margins of
            // an event whose name runs long, up to the clause's end.
            let margins = (held + 1..(held + 4).min(tokens.end))
                .any(|k| text.words.places.sidelines.contains(&text.fw(k)));
            let reach = if margins { MARGINS_REACH } else { HELD_REACH };
            let end = (held + 1..(held + reach).min(tokens.end))
                .find(|&k| margins && text.tokens[k].is_punct(','))
                .unwrap_or((held + reach).min(tokens.end));
            let after = held + 1..end;
            in_tokens(text, lex, scope, after.clone(), true).or_else(|| {
                let k =
                    (after.clone()).find(|&k| text.introduces_place(k) && !scope.elsewhen(k))?;
                let city = unknown_city(text, lex, scope.cast, k + 1, after.end)?;
                Some((text.body[text.span(city)].to_string(), Confidence::Medium))
            })
        })
}

/// How many words before a word of holding its tense may be told ("will be held", "aura lieu").
const HELD_TENSE: usize = 3;

/// The token after the time phrase token `from` opens, and the comma that closes it ("hier,",
/// "en fin de semaine dernière", "on Monday 4 May", "early this morning"): words of time, and
/// the small words between them.
pub(super) fn past_time(text: &Text, from: usize, end: usize) -> usize {
    let dates = &text.words.dates;
    let timed = |k: usize| {
        let w = text.fw(k);
        dates.names_day(w)
            || dates.periods.contains(&w)
            || dates.day_parts.contains(&w)
            || dates.past_after.contains(&w)
            || dates.month(w).is_some()
            || w.bytes().all(|b| b.is_ascii_digit())
    };
    let joins = |k: usize| {
        let t = &text.tokens[k];
        t.is_punct(',') || t.is_word() && dates.time_glue.contains(&text.fw(k))
    };
    let mut past = from;
    for k in from..end {
        if text.tokens[k].is_word() && timed(k) {
            past = k + 1;
        } else if !joins(k) {
            break;
        }
    }
    if past > from && past < end && text.tokens[past].is_punct(',') {
        past + 1
    } else {
        past
    }
}

/// How many tokens after a word of holding may name where the exchange was held.
const HELD_REACH: usize = 10;
/// How many when the exchange was held on the margins of an event, whose name runs longer.
const MARGINS_REACH: usize = 20;

/// The place right after the verb by which sentence `s`, naming no one, tells a meeting again
/// ("The two ministers met in New York on the sidelines of the Assembly", "Les deux présidents
/// se sont entretenus à Bamako"), or that its subject sets before the verb, with no comma between
/// ("The two presidents at State House in Accra exchanged views"): where the exchange the
/// sentence before reported was held.
pub(super) fn met_in(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    s: usize,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    if (scope.cast.mentions.iter()).any(|m| tokens.contains(&m.name.start)) {
        return None;
    }
    let (first, after) = meeting_cue(text, lex, s)?;
    let after_verb = (after < tokens.end && text.introduces_place(after))
        .then(|| scan(text, lex, scope, after..after + 1, tokens.end, false))
        .flatten();
    after_verb.or_else(|| {
        // The subject's place: from its preposition, up to the verb.
        let subject = tokens.start..first;
        let at = (subject.clone()).find(|&k| text.introduces_place(k))?;
        // Not the margins of a gathering, which `margins_in` reads, nor an earlier exchange.
        let set_off = (at..first).any(|k| {
            text.tokens[k].is_punct(',') || text.words.places.sidelines.contains(&text.fw(k))
        });
        (!set_off && at > tokens.start && !text.in_pluperfect(tokens.clone()))
            .then(|| in_tokens(text, lex, scope, at..first, true))
            .flatten()
    })
}

/// The place sentence `b`, right before the report's, tells the exchange at, naming no one, where
/// the report's sentence names who held it ("Political consultations between the two ministries
/// were held in Oslo. The Ghanaian delegation was led by X, the Malian one by Y"): a lead that
/// names the exchange, and a report that names its parties.
pub(super) fn told_before(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    b: usize,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[b].tokens.clone();
    if text.sentences[b].heading
        || (scope.cast.mentions.iter()).any(|m| tokens.contains(&m.name.start))
    {
        return None;
    }
    let (first, after) = meeting_cue(text, lex, b)?;
    in_exchange(text, lex, scope, b, Some(&(first..after)))
}

/// The cue by which sentence `s` names a meeting or talks, as its first token and the token
/// right after it.
fn meeting_cue(text: &Text, lex: &Lexicon, s: usize) -> Option<(usize, usize)> {
    let (kind, cue) = kind::classify(lex.sentence_cues(text, s))?;
    if !matches!(kind, EventKind::Meeting | EventKind::Talks) {
        return None;
    }
    let base = text
        .folded
        .folded_offset(text.span(text.sentences[s].tokens.clone()).start);
    let token = |at: usize| text.token_at(text.folded.body_offset(base + at));
    Some((token(cue.start), token(cue.end)))
}

/// The place of the gathering on whose margins sentence `s`, naming no one, sets an exchange the
/// report also set on the margins of a gathering it did not place ("X et Y se sont entretenus en
/// marge du sommet de l'Union. C'est en marge de ce sommet à Niamey que …"): a readout often
/// tells the occasion again, with its city, in a sentence of its own.
pub(super) fn margins_in(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    s: usize,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    if (scope.cast.mentions.iter()).any(|m| tokens.contains(&m.name.start)) {
        return None;
    }
    let k = margin(text, tokens.clone())?;
    // The gathering's name runs long, up to the clause's end: the sentence tells nothing else.
    let end = (k + 1..tokens.end)
        .find(|&j| text.tokens[j].is_punct(','))
        .unwrap_or(tokens.end);
    in_tokens(text, lex, scope, k + 1..end, false)
}

/// The first word of `tokens` that names the margins of a gathering ("on the sidelines of").
pub(super) fn margin(text: &Text, mut tokens: Range<usize>) -> Option<usize> {
    tokens.find(|&k| text.words.places.sidelines.contains(&text.fw(k)))
}

/// The place right after the cue by which sentence `s` names the exchange again with a definite
/// word, or after the party it names the exchange with, up to the clause's end ("Speaking after
/// the bilateral talks at the State House in Dar es Salaam, X said …", "at the meeting with his
/// counterpart X in Lima, Y said …"): where the exchange the report told was held. With the
/// `report`'s tokens, only the exchange named with a party the report names, which a sentence
/// far below it may name.
pub(super) fn named_again_in(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    s: usize,
    report: Option<&Range<usize>>,
) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    let (first, cue_end) = meeting_cue(text, lex, s)?;
    let at = |k: usize| text.introduces_place(k) || text.words.places.sites.contains(&text.fw(k));
    let reported = |person: usize| {
        report.is_none_or(|r| {
            (scope.cast.mentions.iter()).any(|m| m.person == person && r.contains(&m.name.start))
        })
    };
    // The party, its title before its name, that the exchange is named with.
    let party = || {
        let with = cue_end < tokens.end && text.fw(cue_end) == text.words.with;
        (scope.cast.mentions.iter())
            .find(|m| with && m.phrase.start > cue_end && m.phrase.start <= cue_end + 2)
            .filter(|m| reported(m.person))
            .map(|m| m.name.end)
    };
    let after = if at(cue_end) && report.is_none() {
        Some(cue_end)
    } else {
        party()
    }?;
    if !(after < tokens.end && text.points_back(first) && at(after)) {
        return None;
    }
    let end = (after + 1..tokens.end)
        .find(|&j| text.tokens[j].is_punct(','))
        .unwrap_or(tokens.end);
    in_tokens(text, lex, scope, after..end, true)
}

/// The known place a verb of report tells in a sentence's `tokens`, right after it or past a
/// time phrase and the commas that set it off ("ont souligné, samedi à Rabat, les ministres", "a dit, hier,
/// à Genève, que …", "said in Nairobi on Monday after meeting …", "a déclaré à Dakar le
/// ministre"): where the parties spoke of their meeting is where they met. Not a place a date of
/// another day comes right before or after: that day's event's.
pub(super) fn said_at(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    tokens: Range<usize>,
) -> Option<(String, Confidence)> {
    (tokens.clone())
        .filter(|&k| text.words.reporting_verbs.contains(&text.fw(k)))
        .find_map(|k| {
            let mut at = past_time(text, k + 1, tokens.end);
            if at < tokens.end && text.tokens[at].is_punct(',') {
                at += 1;
            }
            if !(at < tokens.end && text.introduces_place(at)) || scope.elsewhen(at) {
                return None;
            }
            let (place, after) = known_from(text, lex, at + 1, tokens.end)?;
            (!scope.dated_after(after)).then(|| (place.to_string(), Confidence::Medium))
        })
}
