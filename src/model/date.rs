//! Event dates: a full date, or a day and month a text gives without its year.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// The date of an event, as far as the text supports it: never a guessed year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventDate {
    Full(NaiveDate),
    /// Day and month without a year.
    DayMonth {
        month: u32,
        day: u32,
    },
}

impl EventDate {
    /// Parses `YYYY-MM-DD` or the year-less ISO 8601 form `--MM-DD`.
    pub fn parse(s: &str) -> Option<EventDate> {
        if let Some(md) = s.strip_prefix("--") {
            let (m, d) = md.split_once('-')?;
            let (month, day) = (m.parse().ok()?, d.parse().ok()?);
            // 2000 is a leap year, so 29 February is accepted.
            NaiveDate::from_ymd_opt(2000, month, day)?;
            return (m.len() == 2 && d.len() == 2).then_some(EventDate::DayMonth { month, day });
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .filter(|_| s.len() == 10)
            .map(EventDate::Full)
    }

    /// The date with its year, if it has one.
    pub fn full(&self) -> Option<NaiveDate> {
        match *self {
            EventDate::Full(d) => Some(d),
            EventDate::DayMonth { .. } => None,
        }
    }

    pub fn year(&self) -> Option<i32> {
        match self {
            EventDate::Full(d) => Some(d.year()),
            EventDate::DayMonth { .. } => None,
        }
    }

    pub fn month_day(&self) -> (u32, u32) {
        match *self {
            EventDate::Full(d) => (d.month(), d.day()),
            EventDate::DayMonth { month, day } => (month, day),
        }
    }

    /// The day after: for a day and month alone, in a year that is not a leap year, so none
    /// after 28 February (a leap year's 29 February would be lost).
    pub fn day_after(&self) -> Option<EventDate> {
        match *self {
            EventDate::Full(d) => d.succ_opt().map(EventDate::Full),
            EventDate::DayMonth { month, day } if (month, day) != (2, 28) => {
                let next = NaiveDate::from_ymd_opt(2001, month, day)?.succ_opt()?;
                Some(EventDate::DayMonth {
                    month: next.month(),
                    day: next.day(),
                })
            }
            EventDate::DayMonth { .. } => None,
        }
    }

    /// The date as a language writes it for readers: `full` with a year, else `day_month`
    /// (`{day}`, `{month}`, `{year}`), the month named by `month_name` (1-based) and the first
    /// day of a month written `first_day` ("1er").
    pub fn write<'a>(
        self,
        full: &str,
        day_month: &str,
        first_day: &str,
        month_name: impl Fn(u32) -> &'a str,
    ) -> String {
        let (month, day) = self.month_day();
        let day = if day == 1 {
            first_day.to_string()
        } else {
            day.to_string()
        };
        let pattern = if self.year().is_some() {
            full
        } else {
            day_month
        };
        let year = self.year().map(|y| y.to_string()).unwrap_or_default();
        (pattern
            .replace("{day}", &day)
            .replace("{month}", month_name(month)))
        .replace("{year}", &year)
    }

    /// The date as an HTML `datetime` attribute takes it: `2025-11-19`, or `11-19` without a
    /// year (`--11-19` in the data), the form the Nu checker accepts.
    pub fn datetime(self) -> String {
        match self {
            EventDate::Full(_) => self.to_string(),
            EventDate::DayMonth { month, day } => format!("{month:02}-{day:02}"),
        }
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Full(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            EventDate::DayMonth { month, day } => write!(f, "--{month:02}-{day:02}"),
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_in_both_forms() {
        let check = |s: &str, ok: bool| assert_eq!(EventDate::parse(s).is_some(), ok, "{s}");
        check("2025-11-19", true);
        check("--02-29", true);
        check("--02-30", false);
        check("2025-13-01", false);
        check("2025-1-1", false);
        check("19 novembre", false);
        assert_eq!(EventDate::parse("--06-05").unwrap().to_string(), "--06-05");
    }
}
