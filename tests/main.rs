//! The integration tests: one binary, one module per feature, all on real inputs through the real binary.

mod support;

mod build;
mod errors;
mod extract;
mod links;
mod permalinks;
mod snapshots;
mod tidy;
