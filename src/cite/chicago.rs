//! A ready bibliography entry in the Chicago notes-bibliography style, written the French way.

use super::Record;

/// « Title ». Issuer, date. URL.
///
/// The form of a document with no author, as every other format describes the item: the issuer
/// is its publisher (`ARCHITECTURE.md` says why). French guillemets with no-break spaces
/// inside; guillemets within the title become the inner quotes “ ”. A year-less date says so;
/// no date is « s. d. » (sans date). An undated entry needs an access date, which only the
/// reader knows: `static/cite.js` adds it to the page's entry and to every copy.
pub fn chicago(record: &Record) -> String {
    let title = record.title.replace("« ", "“").replace(" »", "”");
    let title = title.replace('«', "“").replace('»', "”");
    let date = match record.issued() {
        Some(date) => date.french_for_readers(),
        None => "s. d.".to_string(),
    };
    // Each part ends in one period, even one that ends in its own ("s. d.", "Inc.").
    format!(
        "«\u{a0}{}\u{a0}». {}, {}. {}.",
        title.trim(),
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
}
