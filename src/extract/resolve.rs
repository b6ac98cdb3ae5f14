//! Resolution: front matter and extracted values merged into `Metadata`; front matter wins.
