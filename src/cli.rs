//! The command line: parses arguments, runs a command, prints diagnostics, chooses the exit code.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::build::Session;
use crate::config::{self, Config};
use crate::diag::{Diagnostic, Position};
use crate::output;

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
    },
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { output, base_url } => build(&cli.root, output, base_url.as_deref()),
    }
}

fn build(root: &std::path::Path, output: Option<PathBuf>, base_url: Option<&str>) -> ExitCode {
    let started = Instant::now();
    let config = match load_config(root, base_url) {
        Ok(c) => c,
        Err(errors) => return fail(&errors),
    };
    let out_dir = match output::check_output_dir(root, output.as_ref().unwrap_or(&config.output)) {
        Ok(dir) => dir,
        Err(error) => return fail(&[error]),
    };
    let session = match Session::load(root, config) {
        Ok(s) => s,
        Err(errors) => return fail(&errors),
    };
    let files = match session.publish(&out_dir) {
        Ok(files) => files,
        Err(errors) => return fail(&errors),
    };
    println!(
        "built {} readouts into {} ({} files) in {:.2} s",
        session.sources.len(),
        out_dir.display(),
        files,
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

fn load_config(root: &std::path::Path, base_url: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let config = config::load(root)?;
    match base_url {
        Some(url) => config.with_base_url(url).map_err(|help| {
            vec![
                Diagnostic::error("--base-url", Position::START, "invalid base URL")
                    .with_help(help),
            ]
        }),
        None => Ok(config),
    }
}

/// Prints every diagnostic, then a count, and fails.
fn fail(diagnostics: &[Diagnostic]) -> ExitCode {
    let mut sorted = diagnostics.to_vec();
    sorted.sort();
    sorted.dedup();
    for d in &sorted {
        eprintln!("{d}");
    }
    let errors = sorted.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "error: {errors} problem{} found; nothing was published",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::FAILURE
}
