//! The `chancery` command.

use clap::Parser;

fn main() -> std::process::ExitCode {
    chancery::cli::run(chancery::cli::Cli::parse())
}
