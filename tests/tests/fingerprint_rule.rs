//! Trunk's naming rule for built files (`name-<hex hash>.ext`) has one home, the server's
//! `is_fingerprinted`, which decides what may be cached forever. The build scripts, the size
//! guard and the tests find the built files by what the build's own loader names, so a copy of
//! the rule in them (which drifted before: 16 hex digits in one, 8 to 16 in another) fails here.

use std::path::{Path, PathBuf};

fn scripts_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for entry in entries.map(|entry| entry.expect("a directory entry").path()) {
        let name = entry
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if entry.is_dir() {
            if name != "node_modules" {
                scripts_under(&entry, found);
            }
        } else if [".js", ".mjs", ".sh"].iter().any(|ext| name.ends_with(ext)) {
            found.push(entry);
        }
    }
}

#[test]
fn no_script_repeats_trunks_fingerprint_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["scripts", "bench", "tests/e2e", "public", "app", "teach"] {
        scripts_under(&root.join(dir), &mut files);
    }
    assert!(files.len() > 10, "the scripts were found: {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
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
