//! chancery turns a folder of diplomatic readouts into a browsable, citable static archive.

pub mod artifact;
pub mod diag;
pub mod layout;
pub mod model;

pub mod config;
pub mod gazetteer;

pub mod source;

pub mod extract;
pub mod permalink;

pub mod cite;
pub mod emit;
pub mod index;
pub mod render;

pub mod output;

pub mod annotate;
pub mod build;
pub mod check;
pub mod cli;
pub mod serve;
