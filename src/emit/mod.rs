//! Emission: the files of the site that are not pages, made from the archive without templates.

pub mod exports;
pub mod search;
pub mod sitemap;
