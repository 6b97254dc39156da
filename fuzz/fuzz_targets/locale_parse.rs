//! The locale compiler on hostile input: Fluent `.ftl` files and the TOML files of lessons,
//! self-checks, the claim words, the help lines, the catalogue and the pack metadata.
//!
//! Input format: the first byte picks which file of a small, valid locale tree the rest of the
//! input replaces (`'0'`..`'7'`, see `SLOTS`; any byte works, modulo 8); the other files keep
//! their real content, so the compiler gets past the file it is reading into the checks that
//! follow.
//!
//! Core's string-level parsers (`read_ftl`, `compile_pattern`, `message_lines`, `line_of`,
//! the lesson and check readers) are private and only reachable through
//! `veriga_core::locales::compile(&Path)`, so each input is written to its file in a tmpfs
//! tree made once per process, compiled, and the original put back. The same text also goes,
//! in memory, through the two parsers core calls (fluent-syntax and toml) and the public
//! `phone_numbers`.
//!
//! Nothing may panic. Also checked: a refusal always carries at least one diagnostic, and every
//! pack the compiler builds passes the app's own `ContentPack::from_json` unchanged.
#![no_main]

use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use veriga_core::locales::{self, phone_numbers};
use veriga_core::pack::ContentPack;

/// The files an input can stand in for, by its first byte modulo 8.
const SLOTS: [&str; 8] = [
    "ro/ui.ftl",
    "ro/help-lines.ftl",
    "ro/lessons/online-friends.toml",
    "ro/checks/spot-the-signs.toml",
    "ro/claims.toml",
    "pack.toml",
    "help-lines.toml",
    "lessons.toml",
];

/// One lesson and one self-check instead of the full catalogue, to keep each run short.
const CATALOGUE: &str = r#"[[lesson]]
id = "online-friends"
theme = "online"
line = "anitp"

[[check]]
id = "spot-the-signs"
"#;

/// The valid tree: the real files from locales/, Romanian (the reference) and English.
fn files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("pack.toml", include_str!("../../locales/pack.toml")),
        (
            "help-lines.toml",
            include_str!("../../locales/help-lines.toml"),
        ),
        ("lessons.toml", CATALOGUE),
        ("ro/ui.ftl", include_str!("../../locales/ro/ui.ftl")),
        (
            "ro/help-lines.ftl",
            include_str!("../../locales/ro/help-lines.ftl"),
        ),
        (
            "ro/claims.toml",
            include_str!("../../locales/ro/claims.toml"),
        ),
        (
            "ro/lessons/online-friends.toml",
            include_str!("../../locales/ro/lessons/online-friends.toml"),
        ),
        (
            "ro/checks/spot-the-signs.toml",
            include_str!("../../locales/ro/checks/spot-the-signs.toml"),
        ),
        ("en/ui.ftl", include_str!("../../locales/en/ui.ftl")),
        (
            "en/help-lines.ftl",
            include_str!("../../locales/en/help-lines.ftl"),
        ),
        (
            "en/claims.toml",
            include_str!("../../locales/en/claims.toml"),
        ),
        (
            "en/lessons/online-friends.toml",
            include_str!("../../locales/en/lessons/online-friends.toml"),
        ),
        (
            "en/checks/spot-the-signs.toml",
            include_str!("../../locales/en/checks/spot-the-signs.toml"),
        ),
    ]
}

struct Tree {
    root: PathBuf,
    /// The valid content of each slot, to put back after every input.
    originals: Vec<&'static str>,
}

fn tree() -> &'static Tree {
    static TREE: OnceLock<Tree> = OnceLock::new();
    TREE.get_or_init(|| {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let root = base.join(format!("veriga-fuzz-locales-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let files = files();
        for (path, text) in &files {
            let path = root.join(path);
            fs::create_dir_all(path.parent().expect("every file is in a folder"))
                .expect("make the locale tree");
            fs::write(&path, text).expect("write the locale tree");
        }
        let originals = SLOTS
            .iter()
            .map(|slot| {
                files
                    .iter()
                    .find(|(path, _)| path == slot)
                    .map(|(_, text)| *text)
                    .expect("every slot is a file of the tree")
            })
            .collect();
        // The starting point must be valid, or every input only exercises the error paths.
        if let Err(problems) = locales::compile(&root) {
            panic!("the fuzz locale tree does not compile:\n{problems}");
        }
        Tree { root, originals }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };

    if let Ok(text) = std::str::from_utf8(body) {
        let _ = fluent_syntax::parser::parse(text);
        let _ = toml::from_str::<toml::Table>(text);
        let _ = phone_numbers(text);
    }

    let tree = tree();
    let slot = usize::from(selector % 8);
    let path = tree.root.join(SLOTS[slot]);
    // Raw bytes: a file that is not UTF-8 must be reported, not crash the build.
    fs::write(&path, body).expect("write the input");
    let result = locales::compile(&tree.root);
    fs::write(&path, tree.originals[slot]).expect("put the original back");

    match result {
        Ok(packs) => {
            for pack in packs {
                let json = pack.to_json();
                assert_eq!(
                    ContentPack::from_json(&json, &pack.lang).as_ref(),
                    Ok(&pack),
                    "the compiler built a pack the app refuses or reads differently"
                );
            }
        }
        Err(problems) => {
            assert!(
                !problems.0.is_empty(),
                "the compiler refused the locales without saying why"
            );
            let _ = problems.to_string();
        }
    }
});
