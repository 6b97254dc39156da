//! Trunk's naming rule for built files (`name-<hex hash>.ext`) has one home, the server's
//! `is_fingerprinted`, which decides what may be cached forever. The build scripts, the size
//! guard and the tests find the built files by what the build's own loader names, so a copy of
//! the rule in them (which drifted before: 16 hex digits in one, 8 to 16 in another) fails here.

mod common;

#[test]
fn no_script_repeats_trunks_fingerprint_rule() {
    let files = common::sources(
        &[
            "scripts",
            "bench",
            "tests/e2e",
            "public",
            "app",
            "lesson",
            "teach",
        ],
        &[".js", ".mjs", ".sh"],
    );
    assert!(files.len() > 10, "the scripts were found: {}", files.len());
    for (file, text) in files {
        for pattern in ["[0-9a-f]{", "[a-f0-9]{", "{8,16}"] {
            assert!(
                !text.contains(pattern),
                "{} matches Trunk's file hashes itself (`{pattern}`); take the names from the \
                 built page's loader instead",
                file.display()
            );
        }
    }
}
