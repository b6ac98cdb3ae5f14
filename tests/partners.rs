//! A country's partners: the list counts every meeting, and the table of meetings by year adds up
//! to the same totals, the meetings of readouts that give no year in a column of their own, each
//! meeting in the year of the readout that reports it.

use std::collections::BTreeMap;

use crate::browse::labelled;
use crate::support::{without_tags, Project};

/// The text of each cell of the first `<table class="partners">`, row by row.
fn partner_rows(html: &str) -> Vec<Vec<String>> {
    let Some(table) = html.split("<table class=\"partners\">").nth(1) else {
        return Vec::new();
    };
    let table = &table[..table.find("</table>").unwrap()];
    let text = |cell: &str| without_tags(&format!("<t{cell}")).trim().to_string();
    (table.split("<tr>").skip(1))
        .map(|row| {
            (row.split("<t").skip(1))
                .filter(|cell| cell.starts_with(['h', 'd']))
                .map(text)
                .collect()
        })
        .collect()
}

/// Each partner of the list under the heading "Pays partenaires" with its count.
fn partner_counts(html: &str) -> BTreeMap<String, usize> {
    let Some(list) = html.split("Pays partenaires</h2>").nth(1) else {
        return BTreeMap::new();
    };
    let list = &list[..list.find("</ul>").unwrap()];
    (list.split("<li>").skip(1))
        .map(|item| {
            let name = item.split('>').nth(1).unwrap().split('<').next().unwrap();
            let count = item.split("<span class=\"count\">").nth(1).unwrap();
            let count = count.split('<').next().unwrap().parse().unwrap();
            (name.to_string(), count)
        })
        .collect()
}

#[test]
fn the_partners_table_adds_up_to_the_partners_list() {
    let project = labelled(&["readouts", "readouts-more", "readouts-en"], "fr");
    let mut undated_columns = 0;
    let mut rows_checked = 0;
    for code in ["cn", "fr", "ru", "us", "kz", "kg", "vn", "in"] {
        let page = project.page(&format!("countries/{code}/"));
        let counts = partner_counts(&page);
        let rows = partner_rows(&page);
        let Some((header, rows)) = rows.split_first() else {
            continue;
        };
        if header.contains(&"Année non précisée".to_string()) {
            undated_columns += 1;
        }
        for row in rows {
            let cells: Vec<usize> = row[1..].iter().map(|c| c.parse().unwrap_or(0)).collect();
            let (total, years) = cells.split_last().unwrap();
            assert_eq!(years.iter().sum::<usize>(), *total, "{code}: {row:?}");
            assert_eq!(
                Some(total),
                counts.get(&row[0]),
                "{code}: {row:?} vs {counts:?}"
            );
            rows_checked += 1;
        }
    }
    assert!(rows_checked >= 10, "{rows_checked} rows");
    assert!(undated_columns >= 1, "no page has meetings without a year");
}

#[test]
fn a_meeting_counts_in_the_year_of_the_readout_that_reports_it() {
    // The seeds: a 2021 call with Xi Jinping, and a 2025 visit on which Wang Yi meets the
    // president and, in a second event of the same readout, holds talks with the foreign minister.
    let project = Project::new("seeds");
    project.build(&[]);
    let rows = partner_rows(&project.page("countries/kg/"));
    assert_eq!(
        rows,
        [
            vec!["Pays partenaire", "2021", "2025", "Total"],
            vec!["Chine", "1", "2", "3"],
        ]
    );
}
