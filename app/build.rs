//! Lists the language folders of `locales/` for the app, so that adding a language is adding a
//! folder: the app learns which packs exist without any code change.

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
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("languages.rs");
    fs::write(
        out,
        format!("/// The language folders of `locales/`, sorted.\npub const LANGUAGES: &[&str] = &[{list}];\n"),
    )
    .unwrap();
}
