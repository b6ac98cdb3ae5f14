//! The words of dates a language writes: months, weekdays, days counted from today, and the
//! words around a day that tell whether it is the exchange's or another event's.

use chrono::Weekday;

use super::{CutPhrases, WordList};

/// The months, January first, of the languages a page may show an embedded post's stamp in
/// beyond those the extractor reads, as such a stamp writes them after its day ("15 июля 2019
/// г."): Russian, in the genitive.
pub const STAMP_MONTHS: &[[&str; 12]] = &[[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]];

/// The folded words of dates of one language.
#[derive(Debug)]
pub struct DateWords {
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Abbreviated months, as datelines write them, with their number.
    pub month_abbreviations: &'static [(&'static str, u32)],
    /// Whether month names are written with a capital, so that "may" the verb is no month.
    pub months_capitalised: bool,
    /// Words joining the days of a range ("les 16 et 17 octobre", "3 to 5 May").
    pub range_joiners: WordList,
    /// Whether a comma may stand before the year ("November 19, 2025", "12th Oct, 2020").
    pub comma_before_year: bool,
    /// Whether the month may come before the day ("November 19, 2025").
    pub month_first: bool,
    pub weekdays: [(&'static str, Weekday); 7],
    /// Single words naming a day relative to the publication date, with the days back ("hier").
    pub relative_days: &'static [(&'static str, u64)],
    /// Words of a message sent for an occasion ("à l'occasion de la fête nationale"), which the
    /// occasion dates.
    pub occasions: WordList,
    /// Words a page's stamp opens with to say it is the day the page was put up ("Posted: …",
    /// "date 2021-06-24 …"); unlike `publication`, they say nothing when a sentence uses them.
    pub stamp_labels: WordList,
    /// Words naming the day before a day the sentence names ("accueilli la veille").
    pub eves: WordList,
    /// Words that make "du" before a date introduce the event's own ("dans la soirée du 5 juin").
    pub day_parts: WordList,
    /// The words a date opens with on a line or a sentence before its day ("Lomé, le 4 mai",
    /// "Ouagadougou, du 27 au 29 juillet", "On May 4, …"), folded.
    pub date_articles: WordList,
    /// Days of a month written as words, with their numbers ("hier premier mars 2016", "en ce
    /// cinq juillet 2022").
    pub days_in_words: &'static [(&'static str, u32)],
    /// Words right before a date that make it another event's or a span's ("depuis", "since").
    pub foreign_before: WordList,
    /// Words right after a date that make it a future event's ("prochain").
    pub foreign_after: WordList,
    /// Words right after a date that put it before the text's day ("le 16 mai dernier", "lundi
    /// dernier"): when the text names another day, that one is its present.
    pub past_after: WordList,
    /// Auxiliaries of the pluperfect ("avaient eu un entretien le 24 novembre"): a sentence after
    /// the report that uses them tells an earlier exchange.
    pub pluperfect: WordList,
    /// Auxiliaries of the future and of what is due ("will meet", "doivent se retrouver"): a
    /// sentence after the report that uses them tells an exchange to come, not the report's day.
    pub future: WordList,
    /// Endings of the simple future in the third person ("se tiendra", "recevront"), where the
    /// language conjugates one, and the words in lower case that end so and are none.
    pub future_endings: WordList,
    pub not_future: WordList,
    /// Participles of another act that its date follows ("l'attaque commise … le 5 mars"), unless
    /// an auxiliary makes them the sentence's verb (`auxiliaries`).
    pub acts: WordList,
    /// Disasters and attacks, whose day a date right after them is ("the earthquake on September
    /// 19", "l'attentat du 3 mars"): a condolence message was sent after it.
    pub disasters: WordList,
    /// Words that tie a full date to a founding, an independence, a treaty or an anniversary
    /// ("the union, founded on 8 May 1967", "l'accord signé le 2 juillet 1975", "the day it
    /// commemorates, 4 October 1966"): that day dates no exchange.
    pub foundings: WordList,
    /// Words that open the point a period is counted from ("depuis son investiture le 2 avril",
    /// "the first call since he took office on 20 January"): a date in their phrase is that
    /// starting point's, never the exchange's.
    pub since: WordList,
    /// Participles of an election, also said of a title ("le président élu"): only the day right
    /// after them ("élu dimanche", "élu le 6 mai") is the election's.
    pub elected: WordList,
    /// Words telling a death ("est décédé ce jeudi 11 mars"): a condolence is sent after it, so
    /// the day they date, whatever the auxiliary, is never the exchange's.
    pub deaths: WordList,
    /// Participles telling that someone was sworn in ("was sworn in as President on July 25"): a
    /// sentence beside a message of congratulations that tells it dates the occasion, not the
    /// message.
    pub sworn_in: WordList,
    /// Words telling that news reached the sender ("j'ai appris le décès de X, ce jeudi 26
    /// septembre"): a date the sentence writes after them and a death is the death's.
    pub learned: WordList,
    /// Words by which a text tells the day it was published ("published … on Aug. 29, 2021",
    /// "Publié le 14 novembre 2009"): that day anchors its "today".
    pub publication: WordList,
    /// Words by which a statement is said to be issued ("issued 25 June 2013", "released on",
    /// "made public", "rendue publique mercredi", "diffusé le"), folded: the day right after them
    /// is the statement's.
    pub issued: WordList,
    /// Words of a visit's end ("est rentré ce samedi", "au départ"): the day beside one is its last.
    pub departures: WordList,
    /// Words telling that a visit ended ("a achevé une visite de trois jours", "wrapped up a
    /// three-day visit"), in every tense and form an issuer writes them, folded.
    pub visit_ends: WordList,
    /// The words of days that count a visit's length ("une visite de trois jours", "a visit of
    /// two days", "a three-day visit"), folded.
    pub day_units: WordList,
    /// The words of a year, which a word of `past_after` puts before the text's ("l'année
    /// dernière", "l'an dernier", "last year"), folded: what is placed right after them was then.
    pub year_units: WordList,
    /// Words for the day after the one a sentence writes ("Having arrived on November 15, X met
    /// Y the following morning", "Arrivé le 15 mai, X a été reçu le lendemain par Y").
    pub next_day: CutPhrases,
    /// Words for the same day as the one a sentence writes ("Following the summit on 23 May, X
    /// met Y that afternoon", "À l'issue du sommet du 23 mai, X a reçu le jour même Y").
    pub same_day: CutPhrases,
    /// Words that open a sentence beside the report on the eve of its own exchange ("On the eve
    /// of the talks, X attended …", "La veille de la rencontre, …"): the day it writes is the
    /// one before the exchange.
    pub eve_of_exchange: CutPhrases,
    /// Phrases of a party's journey to where it was received, or of setting foot there ("s'est
    /// rendu à Tunis les 9 et 10 mai", "a foulé le sol gabonais le 15 mai", "travelled to Accra
    /// on 3 May", "set foot in Ghana on Monday"), folded: a sentence before the report that tells
    /// one, naming a party, dates the exchange held there, as one that tells the visit does.
    pub journeys: CutPhrases,
    /// Words that open a sentence recalling the past ("On se rappelle le 17 août 1960", "It will
    /// be recalled that …"): the days it writes are bygone events', neither the exchange's nor
    /// the year of a day the text writes without one.
    pub recalls: CutPhrases,
    /// Prepositions that, opening a sentence before a month and its comma, recall another
    /// exchange ("In July, X met Y" after wishes told first), folded.
    pub month_openers: WordList,
    /// Words naming a stretch or a part of time in a phrase that dates what a verb tells ("en fin
    /// de semaine", "ce matin", "early last week", "in the afternoon"), folded.
    pub periods: WordList,
    /// The small words that join a time phrase's words ("en fin de semaine", "at the end of the
    /// week"), folded: only between words of time do they belong to it.
    pub time_glue: WordList,
}

impl DateWords {
    /// A month or a day of the week, folded.
    pub fn is_calendar_word(&self, folded: &str) -> bool {
        self.months.contains(&folded) || self.weekdays.iter().any(|(w, _)| *w == folded)
    }

    /// A day of the week or a day counted from today ("lundi", "hier", "yesterday"), folded.
    pub fn names_day(&self, folded: &str) -> bool {
        self.weekday(folded).is_some() || self.relative_days.iter().any(|(d, _)| *d == folded)
    }

    pub fn weekday(&self, folded: &str) -> Option<Weekday> {
        self.weekdays
            .iter()
            .find(|(w, _)| *w == folded)
            .map(|&(_, d)| d)
    }

    /// The number of the month a folded word names, in full or abbreviated.
    pub fn month(&self, folded: &str) -> Option<u32> {
        match self.months.iter().position(|m| *m == folded) {
            Some(m) => Some(m as u32 + 1),
            None => self
                .month_abbreviations
                .iter()
                .find(|(a, _)| *a == folded)
                .map(|&(_, m)| m),
        }
    }
}
