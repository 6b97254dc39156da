//! The build's fingerprint of a file it wrote, which a fetched copy must match: the teacher
//! module fetches the poster font and the other languages' texts, and takes them only if they
//! are the very bytes it was built with.
//!
//! The length, and the 64-bit FNV-1a hash of the bytes. This guards against a stale, cut or
//! damaged copy, not an attacker: whoever could change the file could change the module served
//! beside it. A change of any single byte is always caught (each FNV-1a step, an xor and then a
//! product with an odd number modulo 2^64, is a bijection of the state, so a different byte
//! leaves a different state to the end), and any other change at equal length is missed with a
//! chance of about 2^-64. SHA-256 would do the same job for 1.7 KB of the module's brotli.
//!
//! Plain `core` only: `core/build.rs` includes this file to record the font's fingerprint.

/// A file's length and 64-bit FNV-1a hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: usize,
    pub fnv1a: u64,
}

impl Fingerprint {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub fn of(bytes: &[u8]) -> Fingerprint {
        let fnv1a = bytes.iter().fold(Self::OFFSET, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(Self::PRIME)
        });
        Fingerprint {
            len: bytes.len(),
            fnv1a,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The published FNV-1a 64 test vectors, so the hash is the standard one.
    #[test]
    fn known_values() {
        assert_eq!(Fingerprint::of(b"").fnv1a, 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fingerprint::of(b"a").fnv1a, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fingerprint::of(b"foobar").fnv1a, 0x8594_4171_f739_67e8);
        assert_eq!(Fingerprint::of(b"foobar").len, 6);
    }

    #[test]
    fn every_single_byte_change_is_caught() {
        let text: Vec<u8> = (0..=255u8).cycle().take(600).collect();
        let original = Fingerprint::of(&text);
        for at in 0..text.len() {
            for flip in [1u8, 0x80, 0xff] {
                let mut changed = text.clone();
                changed[at] ^= flip;
                assert_ne!(Fingerprint::of(&changed), original, "byte {at}, ^{flip:#x}");
            }
        }
    }
}
