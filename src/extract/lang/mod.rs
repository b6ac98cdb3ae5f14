//! Languages: the words the extractor reads a readout by, one module per language (`fr`), kept
//! apart from the shared machinery (tokens, gazetteer matching, date arithmetic, candidate
//! scoring, provenance) that reads them.

pub mod fr;
