//! The anchor help line. It lives in code, so no content pack, poster option or slogan can change it.

/// The free ANITP line against trafficking, as people read and dial it.
pub const ANCHOR_NUMBER: &str = "0800 800 678";
/// The same number as a `tel:` link.
pub const ANCHOR_TEL: &str = "tel:0800800678";
/// The id the anchor line carries in `locales/help-lines.toml` and in every pack.
pub const ANCHOR_ID: &str = "anitp";

/// A `tel:` URI for a number written with spaces, as people read it.
pub fn tel_uri(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_tel_is_the_anchor_number() {
        assert_eq!(tel_uri(ANCHOR_NUMBER), ANCHOR_TEL);
    }

    #[test]
    fn short_numbers_dial_as_written() {
        assert_eq!(tel_uri("116 111"), "tel:116111");
        assert_eq!(tel_uri("112"), "tel:112");
    }
}
