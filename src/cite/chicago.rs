//! A ready bibliography entry in the Chicago notes-bibliography style, written the French way.

use super::Record;

/// Publisher. « Title ». Date. URL.
///
/// French guillemets with no-break spaces inside; guillemets within the title become the
/// inner quotes “ ”. A year-less date says so; no date is « s. d. » (sans date).
pub fn chicago(record: &Record) -> String {
    let title = record.title.replace("« ", "“").replace(" »", "”");
    let title = title.replace('«', "“").replace('»', "”");
    let date = match record.date {
        Some(date) => date.french_for_readers(),
        None => "s. d.".to_string(),
    };
    // Each part ends in one period, even one that ends in its own ("s. d.", "Inc.").
    format!(
        "{}. «\u{a0}{}\u{a0}». {}. {}.",
        record.publisher.trim_end_matches('.'),
        title.trim(),
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
            &format!("{P}. «_Sadyr Japarov rencontre Wang Yi à Bichkek_». 19 novembre 2025. {U}."),
        );
        check(
            "T",
            "2024-03-01",
            &format!("{P}. «_T_». 1er mars 2024. {U}."),
        );
        check(
            "T",
            "--06-05",
            &format!("{P}. «_T_». 5 juin (année non précisée). {U}."),
        );
        check("T", "", &format!("{P}. «_T_». s. d. {U}."));
    }

    #[test]
    fn awkward_titles() {
        check(
            "Le « grand » pari",
            "",
            &format!("{P}. «_Le “grand” pari_». s. d. {U}."),
        );
        check(
            "Le «grand» pari",
            "",
            &format!("{P}. «_Le “grand” pari_». s. d. {U}."),
        );
        check(
            r#"{x} & 50 % $ # _ ~ ^ \ "été""#,
            "",
            &format!(r#"{P}. «_{{x}} & 50 % $ # _ ~ ^ \ "été"_». s. d. {U}."#),
        );
        check(
            "Pourquoi ? ",
            "",
            &format!("{P}. «_Pourquoi ?_». s. d. {U}."),
        );
    }
}
