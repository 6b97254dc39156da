//! Signed content packs: the envelope that travels from the publisher's offline key to the
//! phone, and the check that nobody in between (server, CDN, school proxy) changed a byte.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

/// A pack as published: the exact JSON text that was signed, the signature, and which key
/// made it. The pack stays a string so that verification sees the signed bytes, not a
/// re-serialisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedPack {
    /// The signer's public key, hex.
    pub key: String,
    /// The ed25519 signature over `pack`'s UTF-8 bytes, hex.
    pub signature: String,
    pub pack: String,
}

/// Why a signed pack is not trusted. Each carries a message key for the content status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("signature-unknown-key")]
    UnknownKey,
    #[error("signature-malformed")]
    Malformed,
    #[error("signature-invalid")]
    Invalid,
}

/// A public key from its hex form, as `keygen` prints it and the app pins it.
pub fn public_key(hex_key: &str) -> Option<[u8; 32]> {
    hex::decode(hex_key.trim()).ok()?.try_into().ok()
}

impl SignedPack {
    /// The pack text, if it was signed by one of the pinned keys and not changed since.
    pub fn verified(&self, pinned: &[[u8; 32]]) -> Result<&str, SignatureError> {
        let key = public_key(&self.key).ok_or(SignatureError::Malformed)?;
        if !pinned.contains(&key) {
            return Err(SignatureError::UnknownKey);
        }
        let key = VerifyingKey::from_bytes(&key).map_err(|_| SignatureError::Malformed)?;
        let signature: [u8; 64] = hex::decode(&self.signature)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(SignatureError::Malformed)?;
        key.verify(self.pack.as_bytes(), &Signature::from_bytes(&signature))
            .map_err(|_| SignatureError::Invalid)?;
        Ok(&self.pack)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn signed(text: &str) -> (SignedPack, [u8; 32]) {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let public = key.verifying_key().to_bytes();
        let signature = key.sign(text.as_bytes());
        let pack = SignedPack {
            key: hex::encode(public),
            signature: hex::encode(signature.to_bytes()),
            pack: text.to_string(),
        };
        (pack, public)
    }

    #[test]
    fn a_pack_from_a_pinned_key_verifies() {
        let (pack, key) = signed("{\"lang\":\"ro\"}");
        assert_eq!(pack.verified(&[key]), Ok("{\"lang\":\"ro\"}"));
    }

    #[test]
    fn a_changed_byte_is_refused() {
        let (mut pack, key) = signed("{\"number\":\"0800 800 678\"}");
        pack.pack = pack.pack.replace('8', "9");
        assert_eq!(pack.verified(&[key]), Err(SignatureError::Invalid));
    }

    #[test]
    fn an_unknown_key_is_refused_even_with_a_good_signature() {
        let (pack, _) = signed("{}");
        assert_eq!(pack.verified(&[[1u8; 32]]), Err(SignatureError::UnknownKey));
    }

    #[test]
    fn garbage_is_malformed_not_a_panic() {
        let (mut pack, key) = signed("{}");
        pack.signature = "zz".into();
        assert_eq!(pack.verified(&[key]), Err(SignatureError::Malformed));
        assert_eq!(public_key("not hex"), None);
    }
}
