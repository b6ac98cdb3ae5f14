//! The command line: parses arguments, runs a command, prints diagnostics, chooses the exit code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::build;
use crate::diag::Diagnostic;

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
