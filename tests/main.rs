//! The integration tests: one binary, one module per feature, all on real inputs through the real binary.

mod clients;
mod support;

mod annotate;
mod annotations;
mod browse;
mod browser;
mod build;
mod citations;
mod errors;
mod extract;
mod feeds;
mod folders;
mod hostile;
mod interface_language;
mod labelled;
mod languages;
mod links;
mod partners;
mod permalinks;
mod rebuilds;
mod search;
mod serve;
mod snapshots;
mod tidy;
mod validators;
