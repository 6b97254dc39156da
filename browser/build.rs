//! Lists the language folders of `locales/` for every page that loads a pack (the student app
//! and the lesson module), so that adding a language is adding a folder: no code changes. Also pins the public keys
//! that may sign content updates: `keys/trusted-keys.txt`, plus the local development key
//! `data/dev-signing.pub` when it exists.

use std::{env, fs, path::Path};

fn main() {
    let locales = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut codes: Vec<String> = fs::read_dir(&locales)
        .expect("locales/ next to the app")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    let list = codes
        .iter()
        .map(|code| format!("{code:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let mut keys = Vec::new();
    for file in [
        root.join("keys/trusted-keys.txt"),
        root.join("data/dev-signing.pub"),
    ] {
        println!("cargo:rerun-if-changed={}", file.display());
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let bytes: Vec<String> = (0..line.len())
                .step_by(2)
                .map(|i| format!("0x{}", line.get(i..i + 2).expect("hex key")))
                .collect();
            assert_eq!(
                bytes.len(),
                32,
                "{}: a key is 64 hex digits",
                file.display()
            );
            keys.push(format!("[{}]", bytes.join(", ")));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("languages.rs");
    fs::write(
        out,
        format!(
            "/// The language folders of `locales/`, sorted.\npub const LANGUAGES: &[&str] = &[{list}];\n\
             /// Public keys whose signed packs are accepted as updates.\npub const PINNED_KEYS: &[[u8; 32]] = &[{}];\n",
            keys.join(", ")
        ),
    )
    .unwrap();
}
