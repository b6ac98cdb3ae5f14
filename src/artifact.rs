//! Files of the site and content hashes: what every stage that makes or writes files shares.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

use xxhash_rust::xxh3::Xxh3Default;

/// A file of the site: its path from the output root, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Artifact {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The hash of fingerprints and contents: 64-bit XXH3, fast on the many small writes a page's
/// values make and made to tell contents apart, unlike the hashers of hash maps.
pub type ContentHasher = Xxh3Default;

pub fn hash(value: impl Hash) -> u64 {
    let mut h = ContentHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// A hash of a value through its `Debug` form, so it covers whatever fields the type grows.
pub fn hash_debug(value: &impl std::fmt::Debug) -> u64 {
    struct Writer(ContentHasher);
    impl std::fmt::Write for Writer {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut w = Writer(ContentHasher::new());
    // Writing into a hasher cannot fail.
    let _ = write!(w, "{value:?}");
    w.0.finish()
}
