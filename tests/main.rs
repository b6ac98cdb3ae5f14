//! The integration tests: one binary, one module per feature, all on real inputs through the real binary.

mod support;

mod annotate;
mod annotations;
mod build;
mod citations;
mod errors;
mod extract;
mod feeds;
mod labelled;
mod links;
mod permalinks;
mod serve;
mod snapshots;
mod tidy;
