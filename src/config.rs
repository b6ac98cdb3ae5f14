//! Configuration: `config.toml` read into `Config`; unknown keys are errors.
