//! Files of the site and content hashes: what every stage that makes or writes files shares.

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

/// A hash of a value's JSON form, written straight into the hasher.
pub fn hash_serialized(value: &impl serde::Serialize) -> u64 {
    struct Writer(ContentHasher);
    impl std::io::Write for Writer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut w = Writer(ContentHasher::new());
    // Writing into a hasher cannot fail; a value that cannot be serialized is not rendered.
    let _ = serde_json::to_writer(&mut w, value);
    w.0.finish()
}
