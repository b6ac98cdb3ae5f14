//! Bad input: every bad file reported in one run with path, line, column and help; never a panic.

use crate::support::{tree, Project};

#[test]
fn every_bad_seed_is_reported_with_its_position() {
    let project = Project::new("invalid");
    project.write(
        "seeds/latin1.txt",
        b"Le 19 novembre 2025, le pr\xe9sident a re\xe7u.\n",
    );
    let out = project.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("  help:"))
        .collect();
    assert_eq!(
        lines,
        [
            "seeds/bad-values.txt:2:8: error: invalid date",
            "seeds/bad-values.txt:3:8: error: unknown kind `lunch`",
            "seeds/bad-values.txt:4:47: error: unknown country `XX`",
            "seeds/broken-toml.txt:4:16: error: invalid basic string",
            "seeds/latin1.txt:1:27: error: the file is not valid UTF-8",
            "seeds/unclosed.txt:1:1: error: the front matter opened here is never closed",
            "seeds/unknown-key.txt:2:1: error: unknown field `titel`, expected one of `id`, `slug`, `title`, `date`, `published`, `kind`, `language`, `place`, `participants`, `mentioned_people`, `mentioned_countries`, `secondary`, `publisher`, `source`, `withdrawn`, `translation_of`, `notes`, `mentions`",
            "error: 7 problems found; nothing was published",
        ]
    );
    assert_eq!(
        stderr.matches("  help: ").count(),
        7,
        "every error says what to do:\n{stderr}"
    );
    assert!(!project.public().exists());
}

#[test]
fn bad_config_and_gazetteer_are_reported() {
    let project = Project::new("seeds");
    project.write(
        "config.toml",
        "title = \"T\"\nbase_url = \"ftp://x\"\nlanguage = \"fr\"\npublisher = \"P\"\n",
    );
    let stderr = String::from_utf8(project.run(&["build"]).stderr).unwrap();
    assert!(
        stderr.starts_with("config.toml:2:12: error: invalid base_url\n  help:"),
        "{stderr}"
    );

    let project = Project::new("seeds");
    project.write(
        "data/places.toml",
        "[[place]]\nname = \"Nulle part\"\ncountry = \"QQ\"\n",
    );
    let stderr = String::from_utf8(project.run(&["build"]).stderr).unwrap();
    assert!(
        stderr.starts_with("data/places.toml:1:1: error: unknown country QQ\n  help:"),
        "{stderr}"
    );

    // A territory is part of a listed state.
    let project = Project::new("seeds");
    let countries =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/countries.toml"))
            .unwrap();
    let line = countries.lines().count() + 2;
    project.write(
        "data/countries.toml",
        format!("{countries}\n[[country]]\ncode = \"QZ\"\nstatus = \"territory\"\npart_of = \"QQ\"\nname = \"Île Nulle\"\narticle = \"l'\"\nlocative = \"à\"\n"),
    );
    let stderr = String::from_utf8(project.run(&["build"]).stderr).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "data/countries.toml:{line}:1: error: unknown country QQ\n  help:"
        )),
        "{stderr}"
    );

    // A role must be an office the file lists, so that pages can show it in either language.
    let project = Project::new("seeds");
    project.write(
        "data/people.toml",
        "[[person]]\nname = \"Ana Lobo\"\nsurname = \"Lobo\"\nroles = [\"doge\"]\n",
    );
    let stderr = String::from_utf8(project.run(&["build"]).stderr).unwrap();
    assert!(
        stderr.starts_with(
            "data/people.toml:1:1: error: role `doge` is no office listed in this file\n  help:"
        ),
        "{stderr}"
    );

    // One person listed twice would make their own surname ambiguous.
    let project = Project::new("seeds");
    project.write(
        "data/people.toml",
        "[[person]]\nname = \"Ana Lobo\"\nsurname = \"Lobo\"\n\n[[person]]\nname = \"Ana Lobo\"\nsurname = \"Lobo\"\n",
    );
    let stderr = String::from_utf8(project.run(&["build"]).stderr).unwrap();
    assert!(
        stderr
            .starts_with("data/people.toml:5:1: error: person `Ana Lobo` is listed twice\n  help:"),
        "{stderr}"
    );
}

#[test]
fn a_broken_template_is_reported_and_nothing_is_published() {
    let project = Project::new("seeds");
    project.build(&[]);
    let before = tree(&project.public());
    project.write("templates/home.html", "{% extends \"base.html\" %}{% block content %}{{ site.title | nosuchfilter }}{% endblock content %}");
    let out = project.run(&["build"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("templates/home.html:1:1: error:") && stderr.contains("nosuchfilter"),
        "{stderr}"
    );
    assert_eq!(before, tree(&project.public()));
}

#[test]
fn no_input_makes_the_build_panic() {
    let project = Project::new("seeds");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..40 {
        let bytes: Vec<u8> = (0..(i * 37) % 900)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly text with the characters readouts and front matter are made of.
                let alphabet = "+++\n\r =\"'[]{}#éàç’«»Le 19 novembre 2025 a rencontré président kirghize M. Xi\u{feff}";
                let chars: Vec<char> = alphabet.chars().collect();
                if state.is_multiple_of(17) { (state >> 8) as u8 } else { chars[(state as usize >> 3) % chars.len()] as u8 }
            })
            .collect();
        project.write(&format!("seeds/random-{i}.txt"), bytes);
    }
    let out = project.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
