//! Compiles what the teacher area needs from `locales/`, once, into two parts:
//!
//! - `teach_data.rs`, included by the module: the default language's teacher texts and lessons
//!   (id, title and the lesson's own slogan), so the first screen needs no second request; every
//!   language's code and name, for the language menus; and the fingerprint (core's, as for the
//!   font) of each other language's texts file, so the module takes only the bytes this build
//!   wrote.
//! - `texts/<lang>.txt` for every other language (the format of `src/texts.rs`), fetched when a
//!   teacher chooses that language, and `teach_files.rs`, which names them for the
//!   `veriga-teach-texts` bin. That bin copies them into the teacher build (Trunk's staging
//!   folder, from `scripts/postbuild-teach.sh`): a build script may write only into its own
//!   OUT_DIR, and Trunk copies nothing from there. The bin adds no second reading of `locales/`:
//!   the files are this script's output, so the module's built-in language and the fetched ones
//!   always come from one compile.
//!
//! The `posters` command reads the very same folder at run time.

use std::fmt::Write;
use std::{env, fs, path::Path};

use veriga_core::lang::DEFAULT_LANG;
use veriga_core::locales;
use veriga_core::poster::font::Fingerprint;

#[path = "src/texts.rs"]
#[allow(dead_code)] // the module's reading half
mod texts;

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("set by Cargo")).join("../locales");
    println!("cargo::rerun-if-changed={}", root.display());
    println!("cargo::rerun-if-changed=src/texts.rs");
    let packs = locales::compile(&root).unwrap_or_else(|problems| panic!("locales/:\n{problems}"));
    let teach =
        locales::compile_teach(&root).unwrap_or_else(|problems| panic!("locales/:\n{problems}"));
    let out = Path::new(&env::var_os("OUT_DIR").expect("set by Cargo")).to_path_buf();
    let files = out.join("texts");
    fs::create_dir_all(&files).expect("writing OUT_DIR");

    let mut data = String::from("// Made by teach/build.rs from locales/.\n");
    let mut languages = String::from("pub static LANGUAGES: &[Language] = &[\n");
    let mut listed = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for pack in &packs {
        let code = pack.lang.as_str();
        let name = pack
            .languages
            .iter()
            .find(|language| language.code == pack.lang)
            .map_or(code, |language| language.name.as_str());
        let messages = &teach[code];
        let lessons = pack.lessons.iter().map(|lesson| {
            [
                lesson.id.as_str(),
                lesson.title.as_str(),
                lesson.slogan.as_str(),
            ]
        });
        if code == DEFAULT_LANG {
            writeln!(
                data,
                "pub static BUILT_IN: Lang = Lang {{ code: {code:?}, texts: &["
            )
            .expect("writing to a String");
            for (key, text) in messages {
                writeln!(data, "    ({key:?}, {text:?}),").expect("writing to a String");
            }
            data.push_str("], lessons: &[\n");
            for [id, title, slogan] in lessons {
                writeln!(
                    data,
                    "    LessonText {{ id: {id:?}, title: {title:?}, slogan: {slogan:?} }},"
                )
                .expect("writing to a String");
            }
            data.push_str("] };\n");
            writeln!(
                languages,
                "    Language {{ code: {code:?}, name: {name:?}, texts: None }},"
            )
            .expect("writing to a String");
            continue;
        }
        let file = texts::write(
            code,
            messages
                .iter()
                .map(|(key, text)| (key.as_str(), text.as_str())),
            lessons,
        );
        let path = files.join(format!("{code}.txt"));
        fs::write(&path, &file).expect("writing OUT_DIR");
        let print = Fingerprint::of(file.as_bytes());
        writeln!(
            languages,
            "    Language {{ code: {code:?}, name: {name:?}, texts: Some(Fingerprint {{ len: {}, fnv1a: {:#018x} }}) }},",
            print.len, print.fnv1a
        )
        .expect("writing to a String");
        writeln!(
            listed,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    languages.push_str("];\n");
    listed.push_str("];\n");
    data.push_str(&languages);
    fs::write(out.join("teach_data.rs"), data).expect("writing OUT_DIR");
    fs::write(out.join("teach_files.rs"), listed).expect("writing OUT_DIR");
}
