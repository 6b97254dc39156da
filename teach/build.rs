//! Compiles what the teacher area needs from `locales/` into the module: the teacher texts of
//! every language, and each language's lessons (id, title and the lesson's own slogan). The posters
//! then need no network at all, and the `posters` command reads the very same files.

use std::fmt::Write;
use std::{env, fs, path::Path};

use veriga_core::locales;

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let packs = locales::compile(&root).unwrap_or_else(|problems| panic!("locales/:\n{problems}"));
    let teach =
        locales::compile_teach(&root).unwrap_or_else(|problems| panic!("locales/:\n{problems}"));
    let mut out = String::from("pub static LANGS: &[Lang] = &[\n");
    for pack in &packs {
        let name = pack
            .languages
            .iter()
            .find(|language| language.code == pack.lang)
            .map(|language| language.name.clone())
            .unwrap_or_else(|| pack.lang.clone());
        let texts = &teach[&pack.lang];
        let _ = write!(
            out,
            "Lang {{ code: {:?}, name: {:?}, texts: &[",
            pack.lang, name
        );
        for (key, text) in texts {
            let _ = write!(out, "({key:?}, {text:?}),");
        }
        out.push_str("], lessons: &[");
        for lesson in &pack.lessons {
            let _ = write!(
                out,
                "LessonText {{ id: {:?}, title: {:?}, slogan: {:?} }},",
                lesson.id, lesson.title, lesson.slogan
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("teach_data.rs"),
        out,
    )
    .unwrap();
}
