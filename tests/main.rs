//! The integration tests: one binary, one module per feature, all on real inputs through the real binary.

mod support;

mod annotate;
mod annotations;
mod browse;
mod build;
mod citations;
mod errors;
mod extract;
mod feeds;
mod links;
mod permalinks;
mod serve;
mod snapshots;
mod tidy;
