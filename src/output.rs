//! Output: the only writer. Builds the site in a staging folder beside the output and swaps it in,
//! so a failed or interrupted build never leaves the published folder half-written.

use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use crate::artifact::Artifact;
use crate::diag::{Diagnostic, Position};
use crate::layout::PROTECTED;

/// A file every output folder holds, so chancery never replaces a folder it did not write.
pub const MARKER: &str = ".chancery";
const MARKER_TEXT: &str = "This folder is written by chancery build and replaced at every build.\n";

/// Resolves `output` against `root` and refuses folders whose replacement would destroy input.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<PathBuf, Diagnostic> {
    let root = absolute(root).map_err(io_error(root))?;
    let out = absolute(&root.join(output)).map_err(io_error(output))?;
    let forbid = |why: String| {
        Err(Diagnostic::error(output, Position::START, why)
            .with_help("choose another folder with --output"))
    };
    if root.starts_with(&out) {
        return forbid(
            "the output folder cannot be the project folder or one of its parents".into(),
        );
    }
    for name in PROTECTED {
        let protected = root.join(name);
        if out.starts_with(&protected) {
            return forbid(format!("the output folder cannot be inside {name}/"));
        }
    }
    if out.exists() && !out.is_dir() {
        return forbid("the output path exists and is not a folder".into());
    }
    if out.is_dir()
        && !out.join(MARKER).exists()
        && fs::read_dir(&out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return forbid(format!(
            "refusing to replace a folder chancery did not write (it has no {MARKER} file); remove it or choose another --output"
        ));
    }
    Ok(out)
}

/// A site being written beside the output folder; `commit` swaps it in, dropping it without
/// committing removes it, so the published folder only ever holds a complete site.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    committed: bool,
}

impl Staging {
    /// Starts a new staging folder for `output` (already checked by `check_output_dir`).
    pub fn create(output: &Path) -> Result<Staging, Diagnostic> {
        let dir = sibling(output, "staging");
        if dir.exists() {
            // Left by a build that was killed: it was never published.
            fs::remove_dir_all(&dir).map_err(io_error(&dir))?;
        }
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        fs::write(dir.join(MARKER), MARKER_TEXT).map_err(io_error(&dir))?;
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
            committed: false,
        })
    }

    /// Writes one file; safe to call from many threads at once.
    pub fn write(&self, artifact: &Artifact) -> Result<(), Diagnostic> {
        write_into(&self.dir, artifact)
    }

    /// Replaces the output folder with the staged site.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let old = sibling(&self.output, "old");
        if old.exists() {
            fs::remove_dir_all(&old).map_err(io_error(&old))?;
        }
        if self.output.exists() {
            fs::rename(&self.output, &old).map_err(io_error(&self.output))?;
        }
        fs::rename(&self.dir, &self.output).map_err(io_error(&self.output))?;
        self.committed = true;
        if old.exists() {
            fs::remove_dir_all(&old).map_err(io_error(&old))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: the published folder is untouched either way.
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes one file into a folder (already checked by `check_output_dir`), overwriting it in place
/// and then cutting it to length. A staging folder gets only new files; the preview server writes
/// its published folder this way, file by file: a new file for each page, as `replace_file` makes,
/// costs ext4 about twenty times more (a new inode, and the data forced to disk when it replaces
/// the old one). A page requested while a rebuild writes it may come half old, half new; the
/// reload that follows fetches it whole.
pub fn write_into(dir: &Path, artifact: &Artifact) -> Result<(), Diagnostic> {
    let path = dir.join(checked_relative(&artifact.path)?);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io_error(&path))?;
    file.write_all(&artifact.bytes)
        .and_then(|()| file.set_len(artifact.bytes.len() as u64))
        .map_err(io_error(&path))
}

/// Removes one file from a published folder, and the folders it leaves empty.
pub fn remove_from(dir: &Path, path: &str) -> Result<(), Diagnostic> {
    let rel = checked_relative(path)?;
    let file = dir.join(&rel);
    match fs::remove_file(&file) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&file)(e)),
    }
    // Stops at the first folder that still holds something; that is not an error.
    for parent in rel.ancestors().skip(1) {
        if parent.as_os_str().is_empty() || fs::remove_dir(dir.join(parent)).is_err() {
            break;
        }
    }
    Ok(())
}

fn checked_relative(path: &str) -> Result<PathBuf, Diagnostic> {
    safe_relative(path).ok_or_else(|| {
        Diagnostic::error(
            path,
            Position::START,
            "this path would leave the output folder",
        )
        .with_help("report this as a bug in the template or the generator")
    })
}

/// Replaces one file by writing a sibling and renaming it over, so readers never see half of it.
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let temporary = sibling(path, "new");
    fs::write(&temporary, bytes).map_err(io_error(&temporary))?;
    fs::rename(&temporary, path).map_err(io_error(path))
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> Diagnostic + '_ {
    move |e| {
        Diagnostic::error(path, Position::START, format!("cannot write: {e}"))
            .with_help("the previous output is untouched; fix the problem and build again")
    }
}

/// `path` as a relative path that stays inside the folder it is joined to, or `None`.
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    if path.is_empty() || path.contains(['\\', '\0']) {
        return None;
    }
    let p = Path::new(path);
    p.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| p.to_path_buf())
}

/// `.public.staging` beside `public`: on the same file system, so the swap is a rename.
fn sibling(output: &Path, suffix: &str) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!(".{name}.{suffix}"))
}

/// An absolute, normalised path, resolving symbolic links in the part that exists.
fn absolute(path: &Path) -> io::Result<PathBuf> {
    let path = std::path::absolute(path)?;
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize()?;
    for part in rest.into_iter().rev() {
        match Path::new(&part).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::Normal(_)) => out.push(part),
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_written() {
        assert!(safe_relative("readouts/x/index.html").is_some());
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a\\b",
            "a\0b",
            "./a",
        ] {
            assert!(safe_relative(bad).is_none(), "{bad:?}");
        }
    }
}
