//! Live reload: the Server-Sent Events endpoint, the script injected into served pages, and the
//! overlay that shows why the last change does not build.

use std::io::Write;
use std::sync::Mutex;

/// Where served pages listen for rebuilds.
pub const EVENTS: &str = "/__chancery/events";

/// Listens on `EVENTS`: reloads after a rebuild, shows the diagnostics over the page when one fails.
/// The event is not called `error`, the name `EventSource` uses for a lost connection.
const SCRIPT: &str = r#"<script>
(() => {
  const events = new EventSource("/__chancery/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("diagnostics", (event) => {
    let overlay = document.getElementById("chancery-overlay");
    if (!overlay) {
      overlay = document.createElement("pre");
      overlay.id = "chancery-overlay";
      overlay.style.cssText = "position:fixed;inset:0;margin:0;padding:2em;overflow:auto;z-index:2147483647;background:rgba(40,0,0,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The last change does not build; this is the last good page.\n\n" + event.data;
  });
})();
</script>
"#;

/// A page as served: the reload script before `</body>` (or at the end). The files on disk are
/// never changed, so the built site stays as a full build writes it.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + SCRIPT.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(SCRIPT.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// The browsers listening for rebuilds, and the diagnostics of the current failure, if any.
#[derive(Default)]
pub struct Hub {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    clients: Vec<Box<dyn Write + Send>>,
    failure: Option<String>,
}

impl Hub {
    /// Starts an event stream on a connection whose response has not begun; a page opened while
    /// the site does not build gets the diagnostics at once.
    pub fn subscribe(&self, mut client: Box<dyn Write + Send>) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n: chancery\n\n";
        let mut state = self.lock();
        let mut started = client.write_all(head.as_bytes()).is_ok();
        if let Some(text) = &state.failure {
            started = started && client.write_all(diagnostics_event(text).as_bytes()).is_ok();
        }
        if started && client.flush().is_ok() {
            state.clients.push(client);
        }
    }

    /// After a successful rebuild: every page reloads, and the overlay goes.
    pub fn reload(&self) {
        let mut state = self.lock();
        state.failure = None;
        broadcast(&mut state.clients, "event: reload\ndata: \n\n");
    }

    /// After a failed rebuild: every page shows the diagnostics, one per line.
    pub fn fail(&self, diagnostics: &str) {
        let mut state = self.lock();
        state.failure = Some(diagnostics.to_string());
        broadcast(&mut state.clients, &diagnostics_event(diagnostics));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A client that panicked mid-write leaves a usable list behind.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn diagnostics_event(text: &str) -> String {
    let mut event = String::from("event: diagnostics\n");
    for line in text.lines() {
        event.push_str("data: ");
        event.push_str(line);
        event.push('\n');
    }
    event.push('\n');
    event
}

/// Sends an event to every client, dropping those that went away.
fn broadcast(clients: &mut Vec<Box<dyn Write + Send>>, event: &str) {
    clients.retain_mut(|c| c.write_all(event.as_bytes()).is_ok() && c.flush().is_ok());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_closing_body_tag() {
        let page = inject(b"<html><body><p>x</p></BODY></html>");
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with("<html><body><p>x</p><script>"));
        assert!(page.ends_with("</script>\n</BODY></html>"));
        assert!(String::from_utf8(inject(b"no body"))
            .unwrap()
            .starts_with("no body<script>"));
    }

    #[test]
    fn multi_line_diagnostics_are_one_event() {
        assert_eq!(
            diagnostics_event("a:1:1: error: x\n  help: y"),
            "event: diagnostics\ndata: a:1:1: error: x\ndata:   help: y\n\n"
        );
    }
}
