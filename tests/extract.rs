//! The extractor measured on the seeds and on the labelled readouts in `../shared/readouts/`.
