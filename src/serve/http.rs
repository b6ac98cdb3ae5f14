//! HTTP: answers GET and HEAD requests with files of the output folder, and nothing outside it.

use std::path::{Path, PathBuf};

use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::output::safe_relative;

use super::reload::{self, Hub};

/// Why a request path is not served.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a plain path: dot segments, bad escapes, backslashes, NUL… (400).
    BadRequest,
    /// A plain path to nothing the site has (404).
    NotFound,
}

/// The file a request target names in `root` (the output folder, canonical): percent-escapes are
/// decoded once; anything but plain names is refused; a folder means its `index.html`; a path
/// that resolves outside `root` through a symbolic link is not found.
pub fn resolve(root: &Path, target: &str) -> Result<PathBuf, Refusal> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let rest = path.strip_prefix('/').ok_or(Refusal::BadRequest)?;
    let decoded = percent_decode(rest).ok_or(Refusal::BadRequest)?;
    let decoded = String::from_utf8(decoded).map_err(|_| Refusal::BadRequest)?;
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == "." || *s == "..") {
        return Err(Refusal::BadRequest);
    }
    // Hidden files (the output marker, files being replaced) are not part of the site.
    if segments.iter().any(|s| s.starts_with('.')) {
        return Err(Refusal::NotFound);
    }
    let mut file = root.to_path_buf();
    if !segments.is_empty() {
        file.push(safe_relative(&segments.join("/")).ok_or(Refusal::BadRequest)?);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let real = file.canonicalize().map_err(|_| Refusal::NotFound)?;
    if !real.starts_with(root) || !real.is_file() {
        return Err(Refusal::NotFound);
    }
    Ok(real)
}

/// `%XX` escapes decoded once; `None` for a malformed escape.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The media type of a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "txt" => "text/plain; charset=utf-8",
        "bib" => "application/x-bibtex; charset=utf-8",
        "ris" => "application/x-research-info-systems; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Answers one request. Never panics: every failure becomes a status code.
pub fn respond(request: Request, root: &Path, hub: &Hub) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(text(405, "only GET and HEAD are served\n"));
        return;
    }
    if request.url().split('?').next() == Some(reload::EVENTS) {
        hub.subscribe(request.into_writer());
        return;
    }
    let response = match resolve(root, request.url()) {
        Ok(file) => file_response(&file, 200),
        Err(Refusal::BadRequest) => Some(text(400, "bad request\n")),
        Err(Refusal::NotFound) => file_response(&root.join("404.html"), 404),
    };
    // A file that vanished mid-rebuild is simply not found.
    let response = response.unwrap_or_else(|| text(404, "not found\n"));
    let _ = request.respond(response);
}

fn file_response(file: &Path, status: u16) -> Option<Response<std::io::Cursor<Vec<u8>>>> {
    let bytes = std::fs::read(file).ok()?;
    let kind = content_type(file);
    let bytes = if kind.starts_with("text/html") {
        reload::inject(&bytes)
    } else {
        bytes
    };
    Some(with_headers(Response::from_data(bytes), status, kind))
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_headers(
        Response::from_data(body.as_bytes().to_vec()),
        status,
        "text/plain; charset=utf-8",
    )
}

fn with_headers<R: std::io::Read>(response: Response<R>, status: u16, kind: &str) -> Response<R> {
    let header = |name: &str, value: &str| Header::from_bytes(name, value).ok();
    [
        header("Content-Type", kind),
        // A preview changes under the reader: never serve a stale copy.
        header("Cache-Control", "no-store"),
        header("X-Content-Type-Options", "nosniff"),
    ]
    .into_iter()
    .flatten()
    .fold(response.with_status_code(StatusCode(status)), |r, h| {
        r.with_header(h)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_inside_the_folder_resolve() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("people/x")).unwrap();
        std::fs::write(root.join("people/x/index.html"), "x").unwrap();
        std::fs::write(root.join("index.html"), "home").unwrap();
        std::fs::write(root.join(".chancery"), "").unwrap();
        assert_eq!(resolve(&root, "/"), Ok(root.join("index.html")));
        assert_eq!(
            resolve(&root, "/people/x/?q=1"),
            Ok(root.join("people/x/index.html"))
        );
        assert_eq!(
            resolve(&root, "/people/x"),
            Ok(root.join("people/x/index.html"))
        );
        assert_eq!(
            resolve(&root, "/people/%78/index.html"),
            Ok(root.join("people/x/index.html"))
        );
        for bad in [
            "/../etc/passwd",
            "/people/../../x",
            "/%2e%2e/x",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/people%2f..%2f..%2fx",
            "/a\\b",
            "/%5c..%5cx",
            "/a%00b",
            "/%zz",
            "/%e9",
            "relative",
        ] {
            assert_eq!(resolve(&root, bad), Err(Refusal::BadRequest), "{bad}");
        }
        for missing in ["/nothing", "/.chancery", "/%252e%252e/x", "/people/"] {
            assert_eq!(resolve(&root, missing), Err(Refusal::NotFound), "{missing}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_out_of_the_folder_are_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "s").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("link")).unwrap();
        assert_eq!(resolve(&root, "/link/secret"), Err(Refusal::NotFound));
    }
}
