//! The command line: parses arguments, runs a command, prints diagnostics, chooses the exit code.

use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::annotate;
use crate::build;
use crate::check;
use crate::config;
use crate::diag::Diagnostic;
use crate::extract::Lexicon;
use crate::gazetteer;
use crate::model::Language;
use crate::output;
use crate::serve;

#[derive(Parser)]
#[command(
    name = "chancery",
    version,
    about = "Turns a folder of diplomatic readouts into a browsable, citable static archive"
)]
pub struct Cli {
    /// The project folder (holding config.toml, seeds/, templates/, static/, data/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the whole archive into the output folder.
    Build {
        /// The output folder, instead of config.toml's `output`.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Publish at another address than config.toml's `base_url`.
        #[arg(long)]
        base_url: Option<String>,
        /// Fail instead of changing permalinks.lock (for CI and deploys).
        #[arg(long)]
        locked: bool,
    },
    /// Print what the extractor finds in readouts, without building.
    Extract {
        /// Print one JSON array, one object per file.
        #[arg(long)]
        json: bool,
        /// Read the files in this language (fr or en) rather than the one their front matter gives
        /// or the text shows.
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
        /// The readout files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write what the extractor finds into each seed's front matter, for review; keys already
    /// there are kept, the text is left byte for byte.
    Annotate {
        /// The seeds to annotate (default: every seed of the project).
        files: Vec<PathBuf>,
    },
    /// Serve the archive on 127.0.0.1 for a preview; with --watch, rebuild what changes and
    /// reload the browser.
    Serve {
        /// The port; 0 picks a free one.
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but a loopback address shares the preview with
        /// the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Rebuild on every change to seeds/, templates/, static/, data/ and config.toml.
        #[arg(long, short)]
        watch: bool,
        /// Look for changes by polling, on file systems that send no events.
        #[arg(long, requires = "watch")]
        poll: bool,
        /// The output folder, instead of config.toml's `output`.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Check the built site (links, permalinks) and list what the extractor was unsure of.
    Check {
        /// The built site, instead of config.toml's `output`.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            output,
            base_url,
            locked,
        } => build(
            &cli.root,
            &build::Options {
                output,
                base_url,
                locked,
            },
        ),
        Command::Serve {
            port,
            bind,
            watch,
            poll,
            output,
        } => {
            let options = serve::Options {
                bind,
                port,
                watch,
                poll,
            };
            serve(&cli.root, output, &options)
        }
        Command::Check { output } => check(&cli.root, output.as_deref()),
        Command::Extract {
            json,
            language,
            files,
        } => extract(&cli.root, json, language, &files),
        Command::Annotate { files } => annotate(&cli.root, files),
    }
}

fn build(root: &Path, options: &build::Options) -> ExitCode {
    let started = Instant::now();
    match build::build(root, options) {
        Ok(report) => {
            for change in &report.ledger_changes {
                println!("permalinks.lock: {change}");
            }
            println!(
                "built {} readouts into {} ({} files) in {:.2} s",
                report.readouts,
                report.output.display(),
                report.files,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => fail(&errors),
    }
}

fn serve(root: &Path, output: Option<PathBuf>, options: &serve::Options) -> ExitCode {
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {}: anyone who can reach this address can read the preview",
            options.bind
        );
    }
    let (stop, stopped) = mpsc::channel();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(());
    }) {
        eprintln!("warning: Ctrl-C will not stop the server cleanly: {e}");
    }
    let result = config::load(root).and_then(|config| {
        let preview = output.unwrap_or_else(|| serve::preview_dir(&config.output));
        let output = output::check_output_dir(root, &preview).map_err(|d| vec![d])?;
        serve::run(root, config, &output, options, stopped)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(errors) => fail(&errors),
    }
}

fn check(root: &Path, output: Option<&Path>) -> ExitCode {
    let findings = check::check(root, output);
    if findings.iter().any(Diagnostic::is_error) {
        return fail(&findings);
    }
    print_sorted(&findings);
    println!(
        "check passed: {} item{} to review",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    ExitCode::SUCCESS
}

fn parse_language(tag: &str) -> Result<Language, String> {
    Language::parse(tag)
        .ok_or_else(|| format!("`{tag}` is not a language the extractor reads: use fr or en"))
}

fn extract(root: &Path, json: bool, language: Option<Language>, files: &[PathBuf]) -> ExitCode {
    let lexicon = match gazetteer::load(root) {
        Ok(g) => Lexicon::new(g),
        Err(errors) => return fail(&errors),
    };
    let (found, mut errors) = annotate::findings(files, &lexicon, language);
    let text = if json {
        match serde_json::to_string_pretty(&found) {
            Ok(text) => text + "\n",
            Err(err) => {
                errors.push(Diagnostic::unwritable("extract --json", err));
                String::new()
            }
        }
    } else {
        found.iter().map(annotate::describe).collect()
    };
    // A reader that stops early ("| head") wants no more: that is no error.
    if let Err(err) = std::io::stdout().lock().write_all(text.as_bytes()) {
        if err.kind() != std::io::ErrorKind::BrokenPipe {
            errors.push(Diagnostic::unwritable("standard output", err));
        }
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        fail(&errors)
    }
}

fn annotate(root: &Path, files: Vec<PathBuf>) -> ExitCode {
    let result = gazetteer::load(root).and_then(|gazetteer| {
        let files = if files.is_empty() {
            annotate::all_seeds(root, &gazetteer)?
        } else {
            files
        };
        annotate::annotate(&files, &Lexicon::new(gazetteer))
    });
    match result {
        Ok(changed) => {
            for path in &changed {
                println!("annotated {}", path.display());
            }
            println!(
                "{} file{} annotated",
                changed.len(),
                if changed.len() == 1 { "" } else { "s" }
            );
            ExitCode::SUCCESS
        }
        Err(errors) => fail(&errors),
    }
}

/// Prints every diagnostic, then a count, and fails.
fn fail(diagnostics: &[Diagnostic]) -> ExitCode {
    print_sorted(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "error: {errors} problem{} found; nothing was published",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::FAILURE
}

/// Prints diagnostics on stderr, sorted by file and position, each once.
fn print_sorted(diagnostics: &[Diagnostic]) {
    let mut sorted = diagnostics.to_vec();
    sorted.sort();
    sorted.dedup();
    for d in &sorted {
        eprintln!("{d}");
    }
}
