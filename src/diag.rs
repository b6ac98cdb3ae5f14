//! Diagnostics: what went wrong or looks doubtful, and where, as `path:line:col: error: …`.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something a human may want to review; the build goes on.
    Warning,
    /// The build cannot publish this input.
    Error,
}

/// A position in a file, both 1-based; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text` (clamped to the text, rounded down to a character).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    /// Relative to the project root where possible, so messages stay short.
    pub path: PathBuf,
    pub position: Position,
    pub severity: Severity,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, position: Position, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            position,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(
        path: impl Into<PathBuf>,
        position: Position,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, position, message)
        }
    }

    /// An error about a whole file or folder rather than a place in it.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        Diagnostic::error(path, Position::START, format!("cannot read: {err}"))
            .with_help("check that the path exists and is readable")
    }

    /// Output that could not be made (its data not serialised, say): reported rather than
    /// written empty.
    pub fn unwritable(path: impl Into<PathBuf>, err: impl fmt::Display) -> Self {
        Diagnostic::error(path, Position::START, format!("cannot be written: {err}"))
            .with_help("this is a fault of chancery's: report it with the inputs that cause it")
    }

    /// A TOML error in a file; `base` is where the TOML starts in `file_text` (after a `+++` line, say).
    pub fn toml(path: &Path, file_text: &str, base: usize, err: &toml::de::Error) -> Self {
        let offset = base + err.span().map_or(0, |s| s.start);
        Diagnostic::error(
            path,
            Position::of_offset(file_text, offset),
            err.message().trim_end(),
        )
        .with_help("fix the TOML at this place; README.md lists the accepted keys")
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {}",
            self.path.display(),
            self.position.line,
            self.position.column,
            self.message
        )?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// The result of a step that reports every problem it finds instead of stopping at the first.
pub type Checked<T> = Result<T, Vec<Diagnostic>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nçé\nx";
        let at = |o| Position::of_offset(text, o);
        assert_eq!(at(0), Position { line: 1, column: 1 });
        assert_eq!(at(3), Position { line: 2, column: 1 });
        assert_eq!(at(5), Position { line: 2, column: 2 });
        assert_eq!(
            at(4),
            Position { line: 2, column: 1 },
            "inside a character rounds down"
        );
        assert_eq!(at(99), Position { line: 3, column: 2 });
    }

    #[test]
    fn display_has_path_line_column_and_help() {
        let d = Diagnostic::error("seeds/x.txt", Position { line: 3, column: 7 }, "bad date")
            .with_help("write the date as 2025-11-19");
        assert_eq!(
            d.to_string(),
            "seeds/x.txt:3:7: error: bad date\n  help: write the date as 2025-11-19"
        );
    }
}
