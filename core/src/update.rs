//! Whether a downloaded content pack may replace the one in use. The app runs these checks
//! in order; anything refused leaves the current content exactly as it was.

use crate::pack::{ContentPack, PACK_FORMAT, PackError};
use crate::signing::{SignatureError, SignedPack};

/// Packs are about 60 KB; anything far larger is refused before its signature is even checked.
pub const MAX_PACK_BYTES: usize = 512 * 1024;

/// How often the app looks for an update while it stays open and online.
/// Where a device keeps its updates, under [`crate::settings::KEY_PREFIX`] so "Delete my data"
/// removes them: when the app last looked (ISO time), the last refusal
/// (`<message key>|<ISO time>`), and per language the accepted signed pack and its ETag.
pub const CHECKED_KEY: &str = "veriga.content.checked";
pub const REJECTED_KEY: &str = "veriga.content.rejected";

pub fn pack_key(lang: &str) -> String {
    format!("veriga.content.{lang}")
}

pub fn etag_key(lang: &str) -> String {
    format!("veriga.content.{lang}.etag")
}

pub const CHECK_EVERY_MS: f64 = 6.0 * 60.0 * 60.0 * 1000.0;

/// Why an update was refused, with the message key the content status shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("update-rejected-malformed")]
    Malformed,
    #[error("update-rejected-oversize")]
    Oversize,
    #[error("update-rejected-unknown-key")]
    UnknownKey,
    #[error("update-rejected-signature")]
    BadSignature,
    #[error("update-rejected-format")]
    Format,
    #[error("update-rejected-language")]
    Language,
    #[error("update-rejected-not-newer")]
    NotNewer,
    #[error("update-rejected-anchor")]
    Anchor,
}

impl Rejection {
    pub fn message_key(self) -> &'static str {
        match self {
            Rejection::Malformed => "update-rejected-malformed",
            Rejection::Oversize => "update-rejected-oversize",
            Rejection::UnknownKey => "update-rejected-unknown-key",
            Rejection::BadSignature => "update-rejected-signature",
            Rejection::Format => "update-rejected-format",
            Rejection::Language => "update-rejected-language",
            Rejection::NotNewer => "update-rejected-not-newer",
            Rejection::Anchor => "update-rejected-anchor",
        }
    }

    pub fn from_key(key: &str) -> Option<Rejection> {
        [
            Rejection::Malformed,
            Rejection::Oversize,
            Rejection::UnknownKey,
            Rejection::BadSignature,
            Rejection::Format,
            Rejection::Language,
            Rejection::NotNewer,
            Rejection::Anchor,
        ]
        .into_iter()
        .find(|rejection| rejection.message_key() == key)
    }
}

/// First gate: size and signature. Returns the signed pack text for parsing.
pub fn authenticate<'a>(signed: &'a SignedPack, pinned: &[[u8; 32]]) -> Result<&'a str, Rejection> {
    if signed.pack.len() > MAX_PACK_BYTES {
        return Err(Rejection::Oversize);
    }
    signed.verified(pinned).map_err(|err| match err {
        SignatureError::UnknownKey => Rejection::UnknownKey,
        SignatureError::Malformed => Rejection::Malformed,
        SignatureError::Invalid => Rejection::BadSignature,
    })
}

/// Second gate, on the parsed pack: the format this build reads, the language asked for, a
/// version above the one in use (no rollback), and the anchor number unchanged.
pub fn admit(
    pack: &ContentPack,
    requested_lang: &str,
    version_in_use: u64,
) -> Result<(), Rejection> {
    if pack.format != PACK_FORMAT {
        return Err(Rejection::Format);
    }
    if pack.lang != requested_lang {
        return Err(Rejection::Language);
    }
    if pack.version <= version_in_use {
        return Err(Rejection::NotNewer);
    }
    pack.validate(requested_lang).map_err(|err| match err {
        PackError::AnchorChanged => Rejection::Anchor,
        PackError::UnsupportedFormat(_) => Rejection::Format,
        PackError::WrongLanguage { .. } => Rejection::Language,
        PackError::Malformed(_) => Rejection::Malformed,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn what_a_device_keeps_is_under_the_deleted_prefix() {
        for key in [CHECKED_KEY, REJECTED_KEY, &pack_key("hu"), &etag_key("hu")] {
            assert!(key.starts_with(crate::settings::KEY_PREFIX), "{key}");
        }
        assert_ne!(pack_key("hu"), etag_key("hu"));
    }

    use super::*;
    use crate::pack::tests::sample_pack;
    use ed25519_dalek::{Signer, SigningKey};

    fn sign(text: &str) -> (SignedPack, [u8; 32]) {
        let key = SigningKey::from_bytes(&[3u8; 32]);
        let public = key.verifying_key().to_bytes();
        (
            SignedPack {
                key: hex::encode(public),
                signature: hex::encode(key.sign(text.as_bytes()).to_bytes()),
                pack: text.to_string(),
            },
            public,
        )
    }

    #[test]
    fn a_good_newer_pack_passes_both_gates() {
        let mut pack = sample_pack("ro");
        pack.version = 5;
        let (signed, key) = sign(&pack.to_json());
        let text = authenticate(&signed, &[key]).unwrap();
        let parsed = ContentPack::from_json(text, "ro").unwrap();
        assert_eq!(admit(&parsed, "ro", 4), Ok(()));
    }

    #[test]
    fn every_refusal_has_its_reason() {
        let mut pack = sample_pack("ro");
        pack.version = 5;
        let (signed, key) = sign(&pack.to_json());
        assert_eq!(
            authenticate(&signed, &[[9u8; 32]]),
            Err(Rejection::UnknownKey)
        );
        let mut changed = signed.clone();
        changed.pack = changed.pack.replacen("ANITP", "ANITQ", 1);
        assert_eq!(authenticate(&changed, &[key]), Err(Rejection::BadSignature));
        let (huge, key) = sign(&"x".repeat(MAX_PACK_BYTES + 1));
        assert_eq!(authenticate(&huge, &[key]), Err(Rejection::Oversize));

        assert_eq!(admit(&pack, "ro", 5), Err(Rejection::NotNewer));
        assert_eq!(admit(&pack, "ro", 9), Err(Rejection::NotNewer));
        assert_eq!(admit(&pack, "hu", 1), Err(Rejection::Language));
        let mut other = pack.clone();
        other.format = PACK_FORMAT + 1;
        assert_eq!(admit(&other, "ro", 1), Err(Rejection::Format));
        let mut other = pack.clone();
        other.help_lines[0].number = Some("0800 000 000".into());
        assert_eq!(admit(&other, "ro", 1), Err(Rejection::Anchor));
    }

    #[test]
    fn reasons_round_trip_through_their_keys() {
        for key in ["update-rejected-anchor", "update-rejected-not-newer"] {
            assert_eq!(Rejection::from_key(key).unwrap().message_key(), key);
        }
        assert_eq!(Rejection::from_key("nope"), None);
    }
}
