//! French formatting of dates for readers ("19 novembre 2025", "1er mars 2024").

use chrono::Datelike;

use crate::model::EventDate;

const MONTHS: [&str; 12] = [
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
];

/// The date as a French reader writes it; a year-less date stays year-less.
pub fn date_fr(date: Option<EventDate>) -> String {
    match date {
        Some(EventDate::Full(d)) => format!("{} {}", day_month(d.month(), d.day()), d.year()),
        Some(EventDate::DayMonth { month, day }) => {
            format!("{} (année non précisée)", day_month(month, day))
        }
        None => "date non précisée".to_string(),
    }
}

fn day_month(month: u32, day: u32) -> String {
    let name = MONTHS.get(month as usize - 1).copied().unwrap_or("?");
    if day == 1 {
        format!("1er {name}")
    } else {
        format!("{day} {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_french_way() {
        let check = |s: &str, expected: &str| assert_eq!(date_fr(EventDate::parse(s)), expected);
        check("2025-11-19", "19 novembre 2025");
        check("2024-03-01", "1er mars 2024");
        check("2021-02-22", "22 février 2021");
        check("2020-08-31", "31 août 2020");
        check("--06-05", "5 juin (année non précisée)");
        assert_eq!(date_fr(None), "date non précisée");
    }
}
