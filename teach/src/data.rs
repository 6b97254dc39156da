//! The teacher area's words and each language's lessons with their slogans. The default
//! language's are compiled in by build.rs, so the first screen needs no second request; every
//! other language's arrive as a file (`texts.rs`), fetched when a teacher chooses it and kept
//! from then on.

use std::cell::RefCell;

use veriga_core::poster::font::Fingerprint;

use crate::texts::{self, TextsError};

/// One language's teacher texts (sorted by key) and lessons.
pub struct Lang {
    pub code: &'static str,
    pub texts: &'static [(&'static str, &'static str)],
    pub lessons: &'static [LessonText<'static>],
}

/// A language the build compiled: its menu entry, and the fingerprint of its texts file (none
/// for the built-in language, which is never fetched).
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub texts: Option<Fingerprint>,
}

/// build.rs writes core's own type, so core's form rule reads the lessons as compiled.
pub use veriga_core::poster::form::LessonText;

include!(concat!(env!("OUT_DIR"), "/teach_data.rs"));

thread_local! {
    /// Every language whose texts are here: the built-in one, then each one fetched.
    static LOADED: RefCell<Vec<&'static Lang>> = RefCell::new(vec![&BUILT_IN]);
}

impl Lang {
    /// The message for `key`; the key itself if a build ever let one through missing, so
    /// the gap is visible rather than blank.
    pub fn text(&self, key: &'static str) -> &'static str {
        self.texts
            .binary_search_by(|(probe, _)| probe.cmp(&key))
            .map(|index| self.texts[index].1)
            .unwrap_or(key)
    }

    /// The message for `key` with `{$name}` variables filled.
    pub fn fill(&self, key: &'static str, args: &[(&str, &str)]) -> String {
        veriga_core::text::fill(self.text(key), args)
    }
}

pub fn built_in() -> &'static Lang {
    &BUILT_IN
}

/// The language `code` if its texts are here.
pub fn loaded(code: &str) -> Option<&'static Lang> {
    LOADED.with_borrow(|loaded| loaded.iter().copied().find(|lang| lang.code == code))
}

/// The language's name in the menus (its own word for itself); the code if the build has none.
pub fn name(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|language| language.code == code)
        .map_or(code, |language| language.name)
}

/// Where the module fetches the texts of `code`.
pub fn texts_url(code: &str) -> String {
    format!("/teach/texts/{code}.txt")
}

/// Every texts file the module may fetch, for the offline copy.
pub fn texts_urls() -> Vec<String> {
    LANGUAGES
        .iter()
        .filter(|language| language.texts.is_some())
        .map(|language| texts_url(language.code))
        .collect()
}

/// Takes the fetched texts file of `code` if it is the very one this build wrote, and keeps it
/// for the page's life. Each language is added at most once (callers ask [`loaded`] first), so
/// the little it leaks is bounded, and every language is a `&'static Lang` like the built-in
/// one, its texts slices of the file.
pub fn add(code: &str, file: String) -> Result<&'static Lang, TextsError> {
    if let Some(lang) = loaded(code) {
        return Ok(lang);
    }
    let expected = LANGUAGES
        .iter()
        .find(|language| language.code == code)
        .and_then(|language| language.texts);
    if expected != Some(Fingerprint::of(file.as_bytes())) {
        return Err(TextsError::Fingerprint);
    }
    let read = texts::read(file.leak(), code)?;
    let lessons: Vec<LessonText<'static>> = read
        .lessons
        .into_iter()
        .map(|[id, title, slogan]| LessonText { id, title, slogan })
        .collect();
    let lang: &'static Lang = Box::leak(Box::new(Lang {
        code: read.lang,
        texts: read.texts.leak(),
        lessons: lessons.leak(),
    }));
    LOADED.with_borrow_mut(|loaded| loaded.push(lang));
    Ok(lang)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use veriga_core::locales;

    use super::*;

    include!(concat!(env!("OUT_DIR"), "/teach_files.rs"));

    fn compiled() -> (
        Vec<veriga_core::pack::ContentPack>,
        BTreeMap<String, BTreeMap<String, String>>,
    ) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        (
            locales::compile(&root).unwrap(),
            locales::compile_teach(&root).unwrap(),
        )
    }

    fn same(lang: &Lang, pack: &veriga_core::pack::ContentPack, texts: &BTreeMap<String, String>) {
        let expected: Vec<(&str, &str)> = texts
            .iter()
            .map(|(key, text)| (key.as_str(), text.as_str()))
            .collect();
        assert_eq!(lang.texts, expected, "{}", pack.lang);
        let lessons: Vec<LessonText> = pack
            .lessons
            .iter()
            .map(|lesson| LessonText {
                id: &lesson.id,
                title: &lesson.title,
                slogan: &lesson.slogan,
            })
            .collect();
        assert_eq!(lang.lessons, lessons, "{}", pack.lang);
    }

    // What the build writes is what the module reads: every language, built in or fetched,
    // holds exactly what the compile of locales/ gives, and each file has its recorded
    // fingerprint.
    #[test]
    fn every_language_reads_as_compiled() {
        let (packs, teach) = compiled();
        assert_eq!(LANGUAGES.len(), packs.len());
        for pack in &packs {
            let code = pack.lang.as_str();
            if code == veriga_core::lang::DEFAULT_LANG {
                assert_eq!(BUILT_IN.code, code);
                same(&BUILT_IN, pack, &teach[code]);
                assert!(
                    !FILES.iter().any(|(file, _)| *file == code),
                    "{code} is built in"
                );
                continue;
            }
            let (_, file) = FILES.iter().find(|(file, _)| *file == code).unwrap();
            let lang = add(code, file.to_string()).unwrap();
            assert_eq!(lang.code, code);
            same(lang, pack, &teach[code]);
            assert!(std::ptr::eq(loaded(code).unwrap(), lang));
            assert!(
                std::ptr::eq(add(code, file.to_string()).unwrap(), lang),
                "added once"
            );
            assert!(texts_urls().contains(&format!("/teach/texts/{code}.txt")));
        }
        assert_eq!(texts_urls().len(), FILES.len());
    }

    #[test]
    fn only_the_files_this_build_wrote_are_taken() {
        let (code, file) = FILES[0];
        let refused = Some(TextsError::Fingerprint);
        // One letter changed (the first key's first, a lowercase ASCII letter), one record
        // gone, the file cut short, nothing at all.
        let at = file.find("\u{1e}\ntext\u{1f}").unwrap() + "\u{1e}\ntext\u{1f}".len();
        let mut changed = file.to_string();
        changed.replace_range(at..=at, &file[at..=at].to_uppercase());
        assert_ne!(changed, file);
        assert_eq!(add(code, changed).err(), refused);
        let (_, shorter) = file.split_once('\u{1e}').unwrap();
        assert_eq!(add(code, shorter.to_string()).err(), refused);
        assert_eq!(add(code, file[..file.len() - 1].to_string()).err(), refused);
        assert_eq!(add(code, String::new()).err(), refused);
        // Another language's file, or a language the build never compiled.
        if let Some((_, other)) = FILES.iter().find(|(other, _)| *other != code) {
            assert_eq!(add(code, other.to_string()).err(), refused);
        }
        assert_eq!(add("xx", file.to_string()).err(), refused);
        assert!(loaded(code).is_none(), "nothing refused is kept");
        assert_eq!(
            add(veriga_core::lang::DEFAULT_LANG, file.to_string()).map(|lang| lang.code),
            Ok(veriga_core::lang::DEFAULT_LANG),
            "the built-in language is never replaced"
        );
    }
}
