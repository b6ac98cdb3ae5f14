//! Seeds that carry script tags, event handlers, `javascript:` URLs and attribute-breaking quotes
//! in their text, front matter and notes: every page of their archive opened in Chromium, where
//! nothing may run and every payload must read as text.

use serde_json::Value;

use crate::clients::browser;
use crate::support::{copy_tree, repo, tree, Project};

#[test]
fn nothing_from_a_hostile_seed_runs_or_escapes_its_place() {
    let project = Project::new("seeds");
    copy_tree(
        &repo().join("tests/fixtures/hostile/seeds"),
        &project.root().join("seeds/hostile"),
    );
    project.build(&[]);
    let pages: Vec<String> = tree(&project.public())
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .map(|p| p.trim_end_matches("index.html").to_string())
        .collect();
    let paths: Vec<&str> = pages.iter().map(String::as_str).collect();
    let Some(result) = browser("hostile.mjs", &project, &paths) else {
        return;
    };
    let checked = result["pages"].as_array().unwrap();
    assert_eq!(checked.len(), pages.len());
    for page in checked {
        let path = page["path"].as_str().unwrap();
        for key in [
            "intruders",
            "handlers",
            "urls",
            "badJson",
            "dialogs",
            "errors",
        ] {
            assert_eq!(page[key], Value::Array(vec![]), "/{path}: {key}");
        }
        assert_eq!(page["hostile"], Value::Null, "/{path}");
    }
    assert_eq!(
        result["outside"],
        Value::Array(vec![]),
        "requests left the site"
    );

    // The payloads read as text where the seed put them.
    let by_path = |prefix: &str| {
        checked
            .iter()
            .find(|p| p["path"].as_str().unwrap().starts_with(prefix))
            .unwrap_or_else(|| panic!("no page {prefix}"))
    };
    let front = by_path("readouts/2025-05-05-");
    assert_eq!(
        front["h1"],
        "Titre \"><script>alert('title')</script><img src=x onerror=alert('title-img')> ' onmouseover='alert(1)"
    );
    let text = front["text"].as_str().unwrap();
    for payload in [
        "<script>alert('body')</script>",
        "« </p><script>alert('para')</script> »",
        "\" onmouseover=\"alert('quote')\" x=\"",
        "<a href=\"javascript:alert('a')\">ici</a>, ]]> --> <!-- et </script><script>alert('json')</script>.",
        "<script>alert('note')</script>",
    ] {
        assert!(text.contains(payload), "{payload} not in {text}");
    }
    let body = by_path("readouts/2025-05-06-")["text"].as_str().unwrap();
    for payload in [
        "<script>alert('first')</script>Le 6 mai 2025",
        "<iframe src=\"javascript:alert('iframe')\"></iframe>",
        "\"<style>body{display:none}</style>\"",
        "&lt;script&gt;alert('entity')&lt;/script&gt; &amp;",
    ] {
        assert!(body.contains(payload), "{payload} not in {body}");
    }
    let person = by_path("people/sadyr-autofocus");
    assert_eq!(person["h1"], "Sadyr \" autofocus onfocus=\"alert('attr')");
}
