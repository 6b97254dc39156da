//! Pack parsing and verification, the way the app meets a downloaded update: bytes from the
//! network → the signed envelope (JSON) → `update::authenticate` against a pinned key →
//! `ContentPack::from_json` → `update::admit`. The same bytes are also read as a bare pack
//! (the built-in packs' format), and the envelope's inner text too, whether or not it was signed.
//!
//! Nothing here may panic, whatever the bytes. On top of that, three properties are checked:
//! an envelope is never verified against an empty key list, every refusal's message key maps back
//! to the same refusal, and a pack that parses serialises and parses back to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veriga_core::pack::ContentPack;
use veriga_core::signing::{SignedPack, public_key};
use veriga_core::update::{self, Rejection};

/// The public half of a throwaway key made with `veriga-server keygen` for the seeds in
/// seeds/pack_verify/ (see make-seeds.sh). Not a production key: the private half was never
/// kept anywhere but a temporary folder.
const PINNED_HEX: &str = "4e89a86084cd95f9b0749fc3f694a14a711ee81b23a2f97e8aac0d707e1a1afc";
/// What the app asks for: Romanian, with the built-in pack (version 1) in use.
const LANG: &str = "ro";
const VERSION_IN_USE: u64 = 1;

fuzz_target!(|data: &[u8]| {
    let pinned = [public_key(PINNED_HEX).expect("the pinned key is 32 bytes of hex")];

    // The update path. serde_json reads the bytes and checks UTF-8 itself, as on the wire.
    if let Ok(signed) = serde_json::from_slice::<SignedPack>(data) {
        assert!(
            signed.verified(&[]).is_err(),
            "a pack verified against no pinned key at all"
        );
        match update::authenticate(&signed, &pinned) {
            Ok(text) => {
                assert_eq!(
                    text, signed.pack,
                    "authenticate returned other text than signed"
                );
                if let Ok(pack) = ContentPack::from_json(text, LANG) {
                    check_rejection(update::admit(&pack, LANG, VERSION_IN_USE));
                    use_pack(&pack);
                }
            }
            Err(rejection) => check_rejection(Err(rejection)),
        }
        // The inner text unauthenticated: the parser must survive it even where the app would
        // never get this far.
        bare_pack(&signed.pack);
    }

    // The same bytes as a bare pack.
    if let Ok(text) = std::str::from_utf8(data) {
        bare_pack(text);
    }
});

fn bare_pack(text: &str) {
    if let Ok(pack) = ContentPack::from_json(text, LANG) {
        use_pack(&pack);
    }
    // Whatever the language and anchor, a pack that parses must go through every check
    // without panicking, and must round-trip.
    if let Ok(pack) = serde_json::from_str::<ContentPack>(text) {
        let _ = pack.validate(&pack.lang);
        let _ = pack.validate(LANG);
        for version in [0, VERSION_IN_USE, u64::MAX] {
            check_rejection(update::admit(&pack, &pack.lang, version));
            check_rejection(update::admit(&pack, LANG, version));
        }
        use_pack(&pack);
        let again: ContentPack =
            serde_json::from_str(&pack.to_json()).expect("a serialised pack parses again");
        assert_eq!(again, pack, "a pack changed through a JSON round trip");
    }
}

/// What the app does with an accepted pack: look up messages, fill placeholders, format dates
/// and make `tel:` links.
fn use_pack(pack: &ContentPack) {
    let _ = pack.text("app-name");
    let _ = pack.text_with("helpline-danger", &[("name", "x"), ("date", "y")]);
    let _ = pack.date(&pack.published);
    for message in pack.ui.values().take(64) {
        let _ = veriga_core::text::fill(message, &[("day", "1"), ("month", "2"), ("year", "3")]);
    }
    for line in &pack.help_lines {
        let _ = ContentPack::tel_of(line);
        let _ = pack.date(&line.verified_on);
        let _ = pack.help_line(&line.id);
    }
    for lesson in &pack.lessons {
        let _ = pack.lesson(&lesson.id);
    }
    for check in &pack.checks {
        let _ = pack.self_check(&check.id);
    }
}

fn check_rejection(verdict: Result<(), Rejection>) {
    if let Err(rejection) = verdict {
        assert_eq!(
            Rejection::from_key(rejection.message_key()),
            Some(rejection),
            "a rejection's message key does not map back to it"
        );
    }
}
