//! The locale compiler on hostile input: Fluent `.ftl` files and the TOML files of lessons,
//! self-checks, the claim words, the help lines, the catalogue and the pack metadata.
//!
//! Input format: the first byte picks which file of a small, valid locale tree the rest of the
//! input replaces (`'0'`..`'7'`, see `SLOTS`; any byte works, modulo 8); the other files keep
//! their real content, so the compiler gets past the file it is reading into the checks that
//! follow.
//!
//! The tree lives in memory (`LocaleTree`), so each input goes to `locales::compile_tree` as a
//! `&str` with no file written; bytes that are not UTF-8 go in as bytes, which the compiler must
//! report as it reports such a file on disk. The same text also goes through the two parsers
//! core calls (fluent-syntax and toml) and the public `phone_numbers`.
//!
//! Nothing may panic. Also checked: a refusal always carries at least one diagnostic, and every
//! pack the compiler builds passes the app's own `ContentPack::from_json` unchanged.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use veriga_core::locales::{self, LocaleTree, phone_numbers};
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

/// The valid tree every input starts from, checked once.
fn tree() -> &'static LocaleTree {
    static TREE: OnceLock<LocaleTree> = OnceLock::new();
    TREE.get_or_init(|| {
        let mut tree = LocaleTree::default();
        for (path, text) in files() {
            tree.insert(path, text);
        }
        // The starting point must be valid, or every input only exercises the error paths.
        if let Err(problems) = locales::compile_tree(&tree) {
            panic!("the fuzz locale tree does not compile:\n{problems}");
        }
        tree
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };

    let text = std::str::from_utf8(body).ok();
    if let Some(text) = text {
        let _ = fluent_syntax::parser::parse(text);
        let _ = toml::from_str::<toml::Table>(text);
        let _ = phone_numbers(text);
    }

    let mut tree = tree().clone();
    let slot = SLOTS[usize::from(selector % 8)];
    match text {
        Some(text) => tree.insert(slot, text),
        None => tree.insert_bytes(slot, body),
    }
    match locales::compile_tree(&tree) {
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
