//! A ready bibliography entry in the Chicago notes-bibliography style, written the way of the
//! interface's language (`Record::style`).

use super::Record;

/// « Title ». Issuer, date. URL. — “Title.” Issuer, date. URL.
///
/// The form of a document with no author, as every other format describes the item: the issuer
/// is its publisher (`ARCHITECTURE.md` says why). The title in the language's quotation marks
/// (French guillemets with no-break spaces inside, the inner quotes “ ”; English double quotes
/// around the period, single within). A year-less date says so; no date is « s. d. » (sans
/// date) or "n.d.". An undated entry needs an access date, which only the reader knows:
/// `static/cite.js` adds it to the page's entry and to every copy.
pub fn chicago(record: &Record) -> String {
    let style = record.style;
    let date = match record.issued() {
        Some(date) => style.date_for_readers(date),
        None => style.no_date.to_string(),
    };
    // Each part ends in one period, even one that ends in its own ("s. d.", "Inc.").
    format!(
        "{} {}, {}. {}.",
        style.quote(record.title),
        record.publisher.trim_end_matches('.'),
        date.trim_end_matches('.'),
        record.url
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    fn check(title: &str, date: &str, expected: &str) {
        assert_eq!(
            chicago(&sample(title, date)).replace('\u{a0}', "_"),
            expected
        );
    }

    const P: &str = "Ministère des Affaires étrangères de la République populaire de Chine";
    const U: &str = "https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/";

    #[test]
    fn entries() {
        check(
            "Sadyr Japarov rencontre Wang Yi à Bichkek",
            "2025-11-19",
            &format!("«_Sadyr Japarov rencontre Wang Yi à Bichkek_». {P}, 19 novembre 2025. {U}."),
        );
        check(
            "T",
            "2024-03-01",
            &format!("«_T_». {P}, 1er mars 2024. {U}."),
        );
        check(
            "T",
            "--06-05",
            &format!("«_T_». {P}, 5 juin (année non précisée). {U}."),
        );
        check("T", "", &format!("«_T_». {P}, s. d. {U}."));
    }

    #[test]
    fn awkward_titles() {
        check(
            "Le « grand » pari",
            "",
            &format!("«_Le “grand” pari_». {P}, s. d. {U}."),
        );
        check(
            "Le «grand» pari",
            "",
            &format!("«_Le “grand” pari_». {P}, s. d. {U}."),
        );
        check(
            r#"{x} & 50 % $ # _ ~ ^ \ "été""#,
            "",
            &format!(r#"«_{{x}} & 50 % $ # _ ~ ^ \ "été"_». {P}, s. d. {U}."#),
        );
        check(
            "Pourquoi ? ",
            "",
            &format!("«_Pourquoi ?_». {P}, s. d. {U}."),
        );
    }

    #[test]
    fn english_entries() {
        use crate::cite::style::Style;
        use crate::model::Language;
        let check = |title: &str, date: &str, expected: &str| {
            let record = crate::cite::Record {
                publisher: "Ministry of Foreign Affairs of the People's Republic of China",
                style: Style::of(Language::En),
                ..sample(title, date)
            };
            assert_eq!(chicago(&record), expected);
        };
        let p = "Ministry of Foreign Affairs of the People's Republic of China";
        check(
            "Le « grand » pari",
            "2008-05-07",
            &format!("“Le ‘grand’ pari.” {p}, May 7, 2008. {U}."),
        );
        check(
            "Why?",
            "--06-05",
            &format!("“Why?” {p}, June 5 (year not given). {U}."),
        );
        check("T", "", &format!("“T.” {p}, n.d. {U}."));
    }
}
