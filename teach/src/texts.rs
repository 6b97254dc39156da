//! One language's teacher texts and lessons as a file (`/teach/texts/<lang>.txt`), the form in
//! which the module fetches every language but the one it carries.
//!
//! `build.rs` writes the files with [`write`] from the same compile of `locales/` that gives
//! the module its built-in language, and records each file's fingerprint beside it (the module
//! takes only those bytes, as core takes only the font it was built with); the module reads
//! them with [`read`]. Both halves live here, so what is written is what is read.
//!
//! Each record is its fields joined by U+001F (unit separator) and ended by U+001E (record
//! separator) and a line break, the ASCII controls made for this, which no text of a locale
//! file holds (the writer refuses one that does). So the reader only splits, and every text
//! it returns is a slice of the file: no escapes, no copies. A JSON parser would have cost the
//! module several kilobytes for files only this crate writes. This file needs nothing but
//! `std` and `thiserror`: build.rs includes it too.
//!
//! ```text
//! veriga-teach-texts␟1␟<lang>␞
//! text␟<key>␟<message>␞
//! lesson␟<id>␟<title>␟<slogan>␞
//! ```
//!
//! Texts come sorted by key, as the module looks them up.

const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const END: &str = "\u{1e}\n";
/// The first record: the format's name and version, then the language.
const HEADER: &str = "veriga-teach-texts";
const VERSION: &str = "1";

/// A language's texts as read from its file, borrowed from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts<'a> {
    pub lang: &'a str,
    /// By key, sorted.
    pub texts: Vec<(&'a str, &'a str)>,
    /// Each lesson's id, title and own slogan, in the language's order.
    pub lessons: Vec<[&'a str; 3]>,
}

/// Why a fetched file cannot be used: not this build's, or not this format. (The teacher is
/// told the language did not arrive, `err-texts`, whatever the reason: `load::LoadError`.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextsError {
    #[error("the texts file is not one this build wrote")]
    Fingerprint,
    #[error("the texts file is not a whole `veriga-teach-texts 1 {0}` file")]
    Header(String),
    #[error("record {0} of the texts file cannot be read")]
    Record(usize),
}

/// The file for `lang`: `texts` sorted by key (a `BTreeMap`'s order), `lessons` as
/// `[id, title, slogan]`.
///
/// Panics on a field that holds one of the separators (build.rs's way of refusing a locale).
pub fn write<'a>(
    lang: &str,
    texts: impl IntoIterator<Item = (&'a str, &'a str)>,
    lessons: impl IntoIterator<Item = [&'a str; 3]>,
) -> String {
    let mut out = String::new();
    record(&mut out, &[HEADER, VERSION, lang]);
    for (key, text) in texts {
        record(&mut out, &["text", key, text]);
    }
    for [id, title, slogan] in lessons {
        record(&mut out, &["lesson", id, title, slogan]);
    }
    out
}

fn record(out: &mut String, fields: &[&str]) {
    for (index, field) in fields.iter().enumerate() {
        assert!(
            !field.contains([FIELD, RECORD]),
            "{field:?} holds U+001E or U+001F, which a teacher texts file cannot carry"
        );
        if index > 0 {
            out.push(FIELD);
        }
        out.push_str(field);
    }
    out.push_str(END);
}

/// Reads the file for `lang`, as [`write`] made it.
pub fn read<'a>(file: &'a str, lang: &str) -> Result<Texts<'a>, TextsError> {
    let header = || TextsError::Header(lang.to_string());
    let body = file.strip_suffix(END).ok_or_else(header)?;
    // Split at the character, then drop the line break after it: a search for the two-character
    // end would cost the module a string searcher.
    let mut records = body.split(RECORD);
    let first: Vec<&str> = records.next().unwrap_or_default().split(FIELD).collect();
    if first != [HEADER, VERSION, lang] {
        return Err(header());
    }
    let mut read = Texts {
        lang: first[2],
        ..Texts::default()
    };
    for (index, record) in records.enumerate() {
        let Some(record) = record.strip_prefix('\n') else {
            return Err(TextsError::Record(index + 2));
        };
        let fields: Vec<&str> = record.split(FIELD).collect();
        match fields[..] {
            ["text", key, text] => {
                // Sorted and without repeats, or the module's lookups would miss.
                if read.texts.last().is_some_and(|&(last, _)| last >= key) {
                    return Err(TextsError::Record(index + 2));
                }
                read.texts.push((key, text));
            }
            ["lesson", id, title, slogan] => read.lessons.push([id, title, slogan]),
            _ => return Err(TextsError::Record(index + 2)),
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: [(&str, &str); 3] = [
        ("a-key", "line one\nline two\r\n\ttabbed"),
        ("b-key", "a \\ backslash, \\n typed, \"quoted\""),
        ("c-key", "Ő ű „idézet” { $chars }"),
    ];
    const LESSONS: [[&str; 3]; 2] = [
        ["lover-boy", "Lover boy", "Szólj időben!"],
        ["x", "", "\u{1d}"],
    ];

    fn sample() -> String {
        write("hu", TEXTS, LESSONS)
    }

    #[test]
    fn what_is_written_is_read() {
        let file = sample();
        let read = read(&file, "hu").unwrap();
        assert_eq!(read.lang, "hu");
        assert_eq!(read.texts, TEXTS);
        assert_eq!(read.lessons, LESSONS);
        // One line per record, for whoever opens the file.
        assert_eq!(file.matches('\u{1e}').count(), 6);
        assert!(file.starts_with("veriga-teach-texts\u{1f}1\u{1f}hu\u{1e}\n"));
        let empty = write("en", [], []);
        assert_eq!(
            read_ok(&empty, "en"),
            Texts {
                lang: "en",
                ..Texts::default()
            }
        );
    }

    fn read_ok<'a>(file: &'a str, lang: &str) -> Texts<'a> {
        read(file, lang).unwrap()
    }

    #[test]
    #[should_panic(expected = "cannot carry")]
    fn a_separator_in_a_text_is_refused() {
        write("hu", [("key", "a\u{1f}b")], []);
    }

    #[test]
    fn another_language_or_format_is_refused() {
        let header = Err(TextsError::Header("en".into()));
        assert_eq!(read(&sample(), "en"), header);
        assert_eq!(read("", "en"), header);
        assert_eq!(read("<!doctype html><html>\n", "en"), header);
        assert_eq!(
            read("veriga-teach-texts\u{1f}2\u{1f}en\u{1e}\n", "en"),
            header
        );
        // Cut short: the last record's end is missing.
        let file = write("en", [("key", "text")], []);
        assert_eq!(read(&file[..file.len() - 1], "en"), header);
    }

    #[test]
    fn a_bad_record_is_named() {
        let head = "veriga-teach-texts\u{1f}1\u{1f}hu\u{1e}\n";
        for (body, record) in [
            ("text\u{1f}only-key\u{1e}\n", 2),
            ("text\u{1f}a\u{1f}b\u{1f}extra\u{1e}\n", 2),
            ("lesson\u{1f}id\u{1f}title\u{1e}\n", 2),
            ("note\u{1f}a\u{1f}b\u{1e}\n", 2),
            ("text\u{1f}b\u{1f}1\u{1e}\ntext\u{1f}a\u{1f}2\u{1e}\n", 3),
            ("text\u{1f}a\u{1f}1\u{1e}\ntext\u{1f}a\u{1f}2\u{1e}\n", 3),
            ("\u{1e}\n", 2),
            // A record end without its line break: the next record is the bad one.
            ("text\u{1f}a\u{1f}1\u{1e}text\u{1f}b\u{1f}2\u{1e}\n", 3),
        ] {
            assert_eq!(
                read(&format!("{head}{body}"), "hu"),
                Err(TextsError::Record(record)),
                "{body:?}"
            );
        }
    }
}
