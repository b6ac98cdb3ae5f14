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

/// A hash of a JSON value, walked rather than written out: each string, number and key goes
/// into the hasher as it is, behind a tag and a length so that no two values feed it the same
/// bytes.
pub fn hash_value(value: &serde_json::Value) -> u64 {
    fn feed(h: &mut ContentHasher, value: &serde_json::Value) {
        use serde_json::Value;
        let text = |h: &mut ContentHasher, s: &str| {
            h.write_usize(s.len());
            h.write(s.as_bytes());
        };
        match value {
            Value::Null => h.write_u8(0),
            Value::Bool(b) => h.write_u8(1 + u8::from(*b)),
            Value::Number(n) => {
                h.write_u8(3);
                text(h, &n.to_string());
            }
            Value::String(s) => {
                h.write_u8(4);
                text(h, s);
            }
            Value::Array(items) => {
                h.write_u8(5);
                h.write_usize(items.len());
                items.iter().for_each(|item| feed(h, item));
            }
            Value::Object(map) => {
                h.write_u8(6);
                h.write_usize(map.len());
                for (key, item) in map {
                    text(h, key);
                    feed(h, item);
                }
            }
        }
    }
    let mut h = ContentHasher::new();
    feed(&mut h, value);
    h.finish()
}
