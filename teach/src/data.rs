//! The teacher area's words and each language's lessons with their slogans, compiled in by
//! build.rs.

/// One language's teacher texts (sorted by key) and lessons.
pub struct Lang {
    pub code: &'static str,
    pub name: &'static str,
    pub texts: &'static [(&'static str, &'static str)],
    pub lessons: &'static [LessonText<'static>],
}

/// build.rs writes core's own type, so core's form rule reads the lessons as compiled.
pub use veriga_core::poster::form::LessonText;

include!(concat!(env!("OUT_DIR"), "/teach_data.rs"));

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

pub fn lang(code: &str) -> &'static Lang {
    LANGS
        .iter()
        .find(|lang| lang.code == code)
        .unwrap_or_else(|| default_lang())
}

pub fn default_lang() -> &'static Lang {
    LANGS
        .iter()
        .find(|lang| lang.code == veriga_core::lang::DEFAULT_LANG)
        .unwrap_or(&LANGS[0])
}
