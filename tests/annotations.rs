//! Annotations: names linked in the text, editors' notes, and names left for a human to settle.

use std::ops::Range;
use std::path::Path;

use chancery::extract::{self, resolve::resolve, Context, Entity, Lexicon};
use chancery::gazetteer::{self, Gazetteer};
use chancery::model::{paragraphs, Metadata};
use chancery::render::annotated::{paragraph_html, Anchor};
use chancery::source::{FrontMatter, Given};

use crate::support::Project;

fn gazetteer() -> Gazetteer {
    gazetteer::load(Path::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("gazetteer: {e:?}"))
}

/// What a reader sees of some HTML: the tags removed and the entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = rest[open..].split_once('>').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The readout's body as the build reads it, resolved with no front matter.
fn annotate(body: &str, lexicon: &Lexicon) -> Metadata {
    let extracted = extract::extract(body, lexicon, &Context::default());
    resolve(
        &FrontMatter::default(),
        &Given::default(),
        extracted,
        body,
        &paragraphs(body),
    )
}

fn anchors(metadata: &Metadata) -> Vec<Anchor<'static>> {
    metadata
        .mentions
        .iter()
        .map(|m| Anchor {
            span: m.span.clone(),
            url: format!("/x/{:?}/", m.entity),
            title: "<Nom & \"titre\">",
        })
        .collect()
}

/// A small deterministic generator, so the property test needs no crate and fails the same way twice.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below.max(1) as u64) as usize
    }
}

#[test]
fn removing_the_markup_gives_back_the_text() {
    let pieces = [
        "Xi",
        "Jinping",
        " ",
        " ",
        "\n",
        "<",
        ">",
        "&",
        "&amp;",
        "\"",
        "'",
        "’",
        "é",
        "中国",
        "-",
        "«\u{a0}",
        "sino-",
        "kazakhes",
        "<a href=\"x\">",
        "&#39;",
        "\u{200b}",
        "OCS",
        ".",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..3000 {
        let words = 1 + rng.next(40);
        let body: String = (0..words).map(|_| pieces[rng.next(pieces.len())]).collect();
        let mut spans: Vec<Range<usize>> = (0..rng.next(8))
            .map(|_| {
                let a = rng.next(body.len() + 1);
                a..(a + rng.next(12)).min(body.len())
            })
            .collect();
        spans.sort_by_key(|s| s.start);
        let anchors: Vec<Anchor> = spans
            .into_iter()
            .map(|span| Anchor {
                span,
                url: "/a/?b=1&c=\"2\"".into(),
                title: "T<'&'>",
            })
            .collect();
        for range in paragraphs(&body) {
            let html = paragraph_html(&body, range.clone(), &anchors);
            assert_eq!(
                text_of(&html),
                &body[range],
                "case {case}: {body:?} {anchors:?}"
            );
        }
    }
}

#[test]
fn the_shared_readouts_keep_their_text_and_their_links_are_whole_words() {
    let lexicon = Lexicon::new(gazetteer());
    let (mut found, mut linked, mut unresolved, mut files) = (0, 0, 0, 0);
    let mut by_kind = [0usize; 3];
    for entry in std::fs::read_dir(readouts()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        files += 1;
        let body = std::fs::read_to_string(&path).unwrap();
        let extracted = extract::extract(&body, &lexicon, &Context::default());
        found += extracted.mentions.len() + extracted.ambiguous.len();
        let metadata = resolve(
            &FrontMatter::default(),
            &Given::default(),
            extracted,
            &body,
            &paragraphs(&body),
        );
        linked += metadata.mentions.len();
        unresolved += metadata.unresolved.len();
        for m in &metadata.mentions {
            by_kind[match m.entity {
                Entity::Person(_) => 0,
                Entity::Country(_) => 1,
                Entity::Organisation(_) => 2,
            }] += 1;
            let name = &body[m.span.clone()];
            let before = body[..m.span.start].chars().next_back();
            let after = body[m.span.end..].chars().next();
            assert!(
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric),
                "{}: `{name}` splits a word",
                path.display()
            );
        }
        let anchors = anchors(&metadata);
        for range in paragraphs(&body) {
            let html = paragraph_html(&body, range.clone(), &anchors);
            assert_eq!(text_of(&html), &body[range], "{}", path.display());
            assert!(
                !html.contains("</a></a>"),
                "{}: nested links",
                path.display()
            );
        }
    }
    println!(
        "{files} readouts: {found} mentions found, {linked} linked ({} people, {} countries, {} organisations), {unresolved} left unresolved",
        by_kind[0], by_kind[1], by_kind[2]
    );
    assert!(
        files >= 40,
        "the labelled readouts are in ../shared/readouts"
    );
    assert!(linked + unresolved <= found);
    assert!(linked * 10 >= found * 9, "{linked} of {found} linked");
}

fn readouts() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/readouts"))
}

/// The body of a built readout page: its paragraphs and notes.
fn body_of(page: &str) -> &str {
    let start = page
        .find("<div class=\"body\" lang=\"fr\">")
        .expect("a body in French");
    let end = start + page[start..].find("<footer>").expect("a footer");
    &page[start..end]
}

#[test]
fn seed_paragraphs_are_annotated() {
    let project = Project::new("seeds");
    project.build(&["--locked"]);
    let pages = [
        (
            "annotated_japarov_wang",
            "readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/",
        ),
        (
            "annotated_xi_japarov",
            "readouts/2021-02-22-entretien-telephonique-entre-xi-jinping-et-sadyr-japarov/",
        ),
        (
            "annotated_wang_kosherbayev",
            "readouts/2025-10-28-wang-yi-s-entretient-avec-yermek-kosherbayev-a-beijing/",
        ),
    ];
    for (name, path) in pages {
        let page = project.page(path);
        insta::assert_snapshot!(name, body_of(&page));
        let cite = &page[page.find("<section class=\"cite\"").unwrap()..];
        assert!(
            !cite[..cite.find("</section>").unwrap()].contains("<a "),
            "no link in the citation block of {path}"
        );
    }
    let xi = project.page(pages[1].1);
    for expected in [
        r#"<a href="/archive/people/xi-jinping/" title="Xi Jinping">Xi</a> a indiqué"#,
        r#"<a href="/archive/countries/kg/" title="Kirghizistan">kirghizes</a>"#,
    ] {
        assert!(xi.contains(expected), "missing {expected}");
    }
    let wang = project.page(pages[2].1);
    for expected in [
        r#"<a href="/archive/countries/kz/" title="Kazakhstan">sino-kazakhes</a>"#,
        r#"<a href="/archive/organisations/ocs/">Organisation de coopération de Shanghai</a> (<a href="/archive/organisations/ocs/" title="Organisation de coopération de Shanghai">OCS</a>)"#,
        r#"<a href="/archive/organisations/mecanisme-chine-asie-centrale/" title="Mécanisme Chine-Asie centrale">mécanisme Chine-Asie centrale</a>"#,
    ] {
        assert!(wang.contains(expected), "missing {expected}");
    }
    let ocs = project.page("organisations/ocs/");
    assert!(ocs.contains("Wang Yi s&#39;entretient avec Yermek Kosherbayev"));
    assert!(project
        .page("organisations/")
        .contains("/archive/organisations/ocs/"));
    let tokayev = project.page("people/kassym-jomart-tokayev/");
    // He took part in no event: the empty section is left out.
    assert!(!tokayev.contains("A participé à"), "{tokayev}");
    assert!(tokayev[tokayev.find("Mentionné dans").unwrap()..].contains("Yermek Kosherbayev"));
}

#[test]
fn notes_are_numbered_beside_their_paragraphs() {
    let project = Project::new("annotations");
    project.build(&[]);
    let list = project.page("readouts/");
    let url = crate::support::attributes(&list, "href")
        .into_iter()
        .find(|u| u.contains("2025-03-03"))
        .expect("the readout with notes");
    let page = project.page(url.trim_start_matches("/archive/"));
    let body = body_of(&page);
    insta::assert_snapshot!("annotated_notes", body);
    // Numbered in reading order: the note on paragraph 1 is n1, though written second.
    let n1 = body.find("id=\"n1\"").unwrap();
    let n2 = body.find("id=\"n2\"").unwrap();
    assert!(body.find("id=\"p1\"").unwrap() < n1 && n1 < body.find("id=\"p2\"").unwrap());
    assert!(n1 < n2);
    assert!(body.contains("<a id=\"r2\" href=\"#n2\""));
    assert!(body.contains("<em>Chine–Kirghizistan–Ouzbékistan</em>"));
    assert!(body.contains("&lt;b&gt;CKU&lt;/b&gt;") && !body.contains("<b>"));
    // The pinned "M. Wang" goes to Wang Yi's page, who is listed as mentioned.
    assert!(
        body.contains(r#"M. <a href="/archive/people/wang-yi/" title="Wang Yi">Wang</a> a reçu"#)
    );
    let wang = project.page("people/wang-yi/");
    assert!(wang[wang.find("Mentionné dans").unwrap()..].contains(&url));
}

#[test]
fn a_note_on_a_missing_paragraph_is_an_error_at_its_line() {
    let project = Project::new("annotations");
    project.write(
        "seeds/bad-note.txt",
        "+++\ntitle = \"Deux paragraphes\"\n\n[[notes]]\nparagraph = 3\ntext = \"Hors du texte.\"\n+++\nUn.\n\nDeux.\n",
    );
    project.write(
        "seeds/bad-pin.txt",
        "+++\n[mentions]\n\"M. Wang\" = \"wang\"\n+++\nM. Wang a parlé.\n",
    );
    let out = project.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("seeds/bad-note.txt:5:13: error: note on paragraph 3, but the text has 2 paragraphs\n  help: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("seeds/bad-pin.txt:3:13: error: unknown person `wang`\n  help: "),
        "{stderr}"
    );
    assert!(!project.public().exists());
}

#[test]
fn ambiguous_names_stay_unlinked_and_are_listed_for_review() {
    let project = Project::new("annotations");
    project.build(&[]);
    let list = project.page("readouts/");
    let url = crate::support::attributes(&list, "href")
        .into_iter()
        .find(|u| u.contains("2025-03-05"))
        .expect("the readout with an ambiguous name");
    let page = project.page(url.trim_start_matches("/archive/"));
    assert!(page.contains("M. Wang a reçu"), "no link on M. Wang");
    assert!(page.contains(
        r#"<a href="/archive/organisations/onu/" title="Organisation des Nations unies">Nations unies</a>"#
    ));
    let out = project.run(&["check"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("seeds/ambiguous.txt:1:20: warning: “M. Wang” could be Wang Qishan or Wang Yi; it is left unlinked"),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"[mentions] "M. Wang" = "wang-qishan" or "wang-yi""#),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("could be").count(),
        1,
        "a pinned name is settled:\n{stderr}"
    );
}

#[test]
fn a_surname_is_settled_by_the_full_name_in_the_same_text() {
    let lexicon = Lexicon::new(gazetteer());
    let check = |body: &str, linked: &[(&str, &str)], unresolved: &[&str]| {
        let m = annotate(body, &lexicon);
        let people: Vec<(&str, &str)> = m
            .mentions
            .iter()
            .filter_map(|x| match &x.entity {
                Entity::Person(name) => Some((&body[x.span.clone()], name.as_str())),
                _ => None,
            })
            .collect();
        let left: Vec<&str> = m
            .unresolved
            .iter()
            .map(|a| &body[a.phrase.clone()])
            .collect();
        assert_eq!(
            (people.as_slice(), left.as_slice()),
            (linked, unresolved),
            "{body}"
        );
    };
    check("M. Wang a parlé.", &[], &["M. Wang"]);
    check(
        "Wang Yi a reçu le ministre. M. Wang a dit.",
        &[("Wang Yi", "Wang Yi"), ("Wang", "Wang Yi")],
        &[],
    );
    check(
        "Le vice-président Wang Qishan est venu. Le vice-président Wang a dit.",
        &[("Wang Qishan", "Wang Qishan"), ("Wang", "Wang Qishan")],
        &[],
    );
    check(
        "M. Li a parlé avec M. Xi.",
        &[("Xi", "Xi Jinping")],
        &["M. Li"],
    );
}

#[test]
fn annotate_writes_new_keys_before_the_notes_and_pins() {
    let project = Project::new("annotations");
    let out = project.run(&["annotate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(project.root().join("seeds/notes.txt")).unwrap();
    let title = text.find("\ntitle = ").expect("a title was added");
    assert!(title < text.find("[mentions]").unwrap(), "{text}");
    assert!(text.ends_with(
        "des relations sino-kirghizes et de l’Organisation de coopération de Shanghai (OCS).\n"
    ));
    project.build(&[]);
}
