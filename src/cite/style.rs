//! How a citation is written in the interface's language: its quotation marks, its dates, what it
//! calls a kind of document and what its notes say. The readout's own title and language stay as
//! they are; the conventions around them are the reader's.

use crate::extract::lang::Words;
use crate::model::{EventDate, EventKind, Language};

/// The conventions of citations in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Style {
    /// The Chicago entry's title: `{title}` in quotation marks, with the period that ends it.
    pub quoted: &'static str,
    /// Whether a title that ends in its own punctuation ("?") takes no period (the period is
    /// inside the quotation marks).
    pub period_inside: bool,
    /// Quotation marks within a title, and what a quoted title writes instead.
    pub inner_quotes: &'static [(&'static str, &'static str)],
    /// An undated entry's date ("s. d.", "n.d.").
    pub no_date: &'static str,
    /// The language whose words (`extract::lang::Words`) name the kinds of event.
    pub language: Language,
    pub months: [&'static str; 12],
    /// A full date and a year-less one: `{day}`, `{month}`, `{year}`.
    pub full: &'static str,
    pub day_month: &'static str,
    /// How the first day of a month is written ("1er").
    pub first_day: &'static str,
    /// A year-less date for readers: `{date}`.
    pub no_year: &'static str,
    /// The notes for what no field holds: the event's year-less date (`{date}`) and the original
    /// text's URL (`{url}`).
    pub event_date: &'static str,
    pub original: &'static str,
    /// What an undated entry adds before its URL once the reader's access date is known
    /// (`{date}`), and the locale `static/cite.js` writes that date in.
    pub accessed: &'static str,
    pub locale: &'static str,
}

static FR: Style = Style {
    language: Language::Fr,
    quoted: "«\u{a0}{title}\u{a0}».",
    period_inside: false,
    inner_quotes: &[("« ", "“"), (" »", "”"), ("«", "“"), ("»", "”")],
    no_date: "s. d.",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    full: "{day} {month} {year}",
    day_month: "{day} {month}",
    first_day: "1er",
    no_year: "{date} (année non précisée)",
    event_date: "Date de l’événement : {date}",
    original: "Texte original : {url}",
    accessed: "Consulté le {date}.",
    locale: "fr-FR",
};

/// The Chicago manual's own conventions: "Title." in double quotation marks, single within
/// them, and the month before the day.
static EN: Style = Style {
    language: Language::En,
    quoted: "“{title}.”",
    period_inside: true,
    inner_quotes: &[
        ("« ", "‘"),
        (" »", "’"),
        ("«", "‘"),
        ("»", "’"),
        ("“", "‘"),
        ("”", "’"),
    ],
    no_date: "n.d.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    full: "{month} {day}, {year}",
    day_month: "{month} {day}",
    first_day: "1",
    no_year: "{date} (year not given)",
    event_date: "Date of the event: {date}",
    original: "Original text: {url}",
    accessed: "Accessed {date}.",
    locale: "en-US",
};

impl Style {
    pub fn of(language: Language) -> &'static Style {
        match language {
            Language::Fr => &FR,
            Language::En => &EN,
        }
    }

    /// What the records call a kind of event: the language's name for it ("Phone call").
    pub fn genre(&self, kind: EventKind) -> &'static str {
        Words::of(self.language).titles.kinds[kind as usize]
    }

    /// "19 novembre 2025", "November 19, 2025"; "5 juin", "June 5" without a year.
    pub fn date(&self, date: EventDate) -> String {
        date.write(self.full, self.day_month, self.first_day, |m| {
            self.months.get(m as usize - 1).copied().unwrap_or("?")
        })
    }

    /// Like `date`, saying so when the year is unknown: "5 juin (année non précisée)".
    pub fn date_for_readers(&self, date: EventDate) -> String {
        match date.year() {
            Some(_) => self.date(date),
            None => self.no_year.replace("{date}", &self.date(date)),
        }
    }

    /// The title in the language's quotation marks, with the period that ends it.
    pub fn quote(&self, title: &str) -> String {
        let mut title = title.trim().to_string();
        for (from, to) in self.inner_quotes {
            title = title.replace(from, to);
        }
        let quoted = self.quoted.replace("{title}", &title);
        if self.period_inside && title.ends_with(['?', '!', '.']) {
            quoted.replacen(&format!("{title}."), &title, 1)
        } else {
            quoted
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_language() {
        let check = |language, date: &str, expected: &str| {
            let date = EventDate::parse(date).unwrap();
            assert_eq!(Style::of(language).date_for_readers(date), expected);
        };
        check(Language::Fr, "2025-11-19", "19 novembre 2025");
        check(Language::Fr, "2024-03-01", "1er mars 2024");
        check(Language::Fr, "2020-08-31", "31 août 2020");
        check(Language::Fr, "--06-05", "5 juin (année non précisée)");
        check(Language::En, "2008-05-07", "May 7, 2008");
        check(Language::En, "2024-03-01", "March 1, 2024");
        check(Language::En, "--06-05", "June 5 (year not given)");
    }

    #[test]
    fn titles_in_each_language() {
        let (fr, en) = (Style::of(Language::Fr), Style::of(Language::En));
        assert_eq!(
            fr.quote("Le « grand » pari"),
            "«\u{a0}Le “grand” pari\u{a0}»."
        );
        assert_eq!(en.quote("Le « grand » pari"), "“Le ‘grand’ pari.”");
        assert_eq!(en.quote("The “new” era "), "“The ‘new’ era.”");
        assert_eq!(en.quote("What strained ties?"), "“What strained ties?”");
        assert_eq!(fr.quote("Pourquoi ?"), "«\u{a0}Pourquoi ?\u{a0}».");
    }
}
