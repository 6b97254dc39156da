//! The rules the locale compiler and the poster tool both apply have one home each in core:
//! what a phone number is (`core::phone`), how long a slogan may be (`core::slogan`), and which
//! words a class slogan may capitalise (`poster::check::known_words`). Each copy of them used
//! to differ (two phone rules, 80 and 90 characters, known words built three times). These
//! tests hold every user to the same answer, and fail where a Rust source grows its own copy.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use veriga_core::locales::{LocaleTree, compile_tree, phone_numbers};
use veriga_core::phone::digits;
use veriga_core::poster::check::{self, InputProblem};
use veriga_core::poster::form::{self, LessonChoice, LessonText, PosterForm, SloganChoice};
use veriga_core::poster::{Format, PosterFont, PosterLesson, PosterRequest, lay_out};
use veriga_core::slogan::MAX_SLOGAN_CHARS;

mod common;

use common::root;

fn real() -> LocaleTree {
    static TREE: OnceLock<LocaleTree> = OnceLock::new();
    TREE.get_or_init(|| LocaleTree::read(&root().join("locales")))
        .clone()
}

fn text(tree: &LocaleTree, file: &str) -> String {
    tree.text(file).unwrap().to_string()
}

/// The compiler's report on the real locales with `lover-boy`'s Romanian slogan set to `slogan`.
fn compile_with_slogan(slogan: &str) -> Result<(), String> {
    let mut tree = real();
    let file = "ro/lessons/lover-boy.toml";
    let source: Vec<String> = text(&tree, file)
        .lines()
        .map(|line| {
            if line.starts_with("slogan = ") {
                format!("slogan = \"{slogan}\"")
            } else {
                line.to_string()
            }
        })
        .collect();
    tree.insert(file, source.join("\n") + "\n");
    compile_tree(&tree)
        .map(|_| ())
        .map_err(|errors| errors.to_string())
}

fn slogan_problem(slogan: &str) -> Option<InputProblem> {
    check::class_slogan(slogan, &PosterFont::built_in(), &[]).err()
}

/// Texts from both old test suites and the shapes people write numbers in.
const NUMBERS: &[&str] = &[
    "Sună la 0722 123 456 acum",
    "Sună la +40-722-123-456",
    "Sună la 112 dacă e grav",
    "Sună la 0800 800 678",
    "Call 0800 800 678 or 112, or 116 111.",
    "Scrie la 0722.123.456",
    "Sună la (021) 312 45 67",
    "SMS la 113",
    "Clasa 8B, 0722123456",
];
const NOT_NUMBERS: &[&str] = &[
    "In 2018-2022, 532 of 1,310 (Art. 374).",
    "Clasa a 8-a spune: nu în 2026!",
    "Ne vedem pe 01.12.2026, la ora 10.",
    "Din 2018 - 2022, nimic.",
    "Pe Instagram, nu orice prieten e prieten.",
];

#[test]
fn the_compiler_and_the_poster_tool_find_the_same_phone_numbers() {
    for text in NUMBERS {
        assert!(
            !phone_numbers(text).is_empty(),
            "the compiler misses {text}"
        );
        assert_eq!(
            slogan_problem(text),
            Some(InputProblem::SloganPhone),
            "{text}"
        );
    }
    for text in NOT_NUMBERS {
        assert!(
            phone_numbers(text).is_empty(),
            "{text}: {:?}",
            phone_numbers(text)
        );
        assert_ne!(
            slogan_problem(text),
            Some(InputProblem::SloganPhone),
            "{text}"
        );
    }
}

#[test]
fn a_number_a_slogan_may_not_print_is_refused_in_a_lesson_too() {
    // Before one rule, the compiler read only space-separated groups, so a lesson could print
    // this number while the poster tool refused it.
    let slogan = "Sună la +40-722-123-456, e prietenul meu.";
    assert_eq!(slogan_problem(slogan), Some(InputProblem::SloganPhone));
    let errors = compile_with_slogan(slogan).unwrap_err();
    assert!(errors.contains("40722123456"), "{errors}");
}

#[test]
fn every_number_in_help_lines_toml_is_a_phone_number_to_both() {
    let source = text(&real(), "help-lines.toml");
    let numbers: Vec<&str> = source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|quoted| quoted.chars().all(|ch| ch.is_ascii_digit() || ch == ' '))
        .collect();
    assert!(
        numbers.contains(&"0800 800 678") && numbers.contains(&"113"),
        "{numbers:?}"
    );
    for number in numbers {
        assert_eq!(phone_numbers(number), [digits(number)], "{number}");
        assert_eq!(
            slogan_problem(&format!("Sună la {number} azi")),
            Some(InputProblem::SloganPhone),
            "{number}"
        );
    }
}

#[test]
fn a_slogan_one_character_over_the_limit_is_refused_by_the_compiler_and_the_poster_tool() {
    // Short lowercase words, so that only the length can be wrong.
    let at_limit: String = "fii mai bun "
        .chars()
        .cycle()
        .take(MAX_SLOGAN_CHARS - 1)
        .chain(['.'])
        .collect();
    let over = format!("a{at_limit}");
    assert_eq!(at_limit.chars().count(), MAX_SLOGAN_CHARS);
    assert_eq!(over.chars().count(), MAX_SLOGAN_CHARS + 1);

    assert_eq!(slogan_problem(&at_limit), None, "{at_limit}");
    // It would fit the poster: only the count refuses it.
    assert!(check::slogan_fits(&over, &PosterFont::built_in()));
    assert_eq!(slogan_problem(&over), Some(InputProblem::SloganLong));

    assert_eq!(compile_with_slogan(&at_limit), Ok(()));
    let errors = compile_with_slogan(&over).unwrap_err();
    assert!(
        errors.contains(&format!("at most {MAX_SLOGAN_CHARS} characters")),
        "{errors}"
    );
}

#[test]
fn the_form_and_the_layout_let_a_slogan_capitalise_the_same_words() {
    let lessons = [
        LessonText {
            id: "lover-boy",
            title: "Lover boy",
            slogan: "Iubirea adevărată nu cere dovezi.",
        },
        LessonText {
            id: "online-friends",
            title: "Prieteni online",
            slogan: "Un prieten online rămâne un necunoscut.",
        },
    ];
    let texts: Vec<(String, String)> = [
        "print-scan",
        "print-helpline",
        "print-sticker-helpline",
        "print-danger",
        "print-credit",
    ]
    .iter()
    .map(|key| (key.to_string(), key.to_string()))
    .collect();
    let texts: Vec<(&str, &str)> = texts
        .iter()
        .map(|(key, text)| (key.as_str(), text.as_str()))
        .collect();
    let font = PosterFont::built_in();
    // "Lover" is known while its lesson is on the posters, "Prieteni" only with its own.
    for (slogan, known) in [
        ("Nu asculta de Lover, spune!", true),
        ("Nu asculta de Prieteni, spune!", false),
    ] {
        let form = PosterForm {
            origin: "https://veriga.ro".into(),
            lang: "ro".into(),
            lessons: vec![LessonChoice {
                id: "lover-boy".into(),
                ticked: true,
                slogan: SloganChoice::Own(slogan.into()),
            }],
            formats: vec![Format::A4],
            campaign: String::new(),
            credit: String::new(),
        };
        let by_form = form::request(&form, &lessons, &texts, &font);
        assert_eq!(by_form.is_ok(), known, "the form, {slogan}");
        let request = PosterRequest {
            origin: form.origin.clone(),
            lang: form.lang.clone(),
            lessons: vec![PosterLesson {
                id: "lover-boy".into(),
                title: "Lover boy".into(),
                slogan: slogan.into(),
                own_slogan: true,
            }],
            formats: form.formats.clone(),
            campaign: String::new(),
            credit: String::new(),
            texts: texts
                .iter()
                .map(|(key, text)| (key.to_string(), text.to_string()))
                .collect(),
        };
        assert_eq!(
            lay_out(&request, &font).is_ok(),
            known,
            "the layout, {slogan}"
        );
        assert_eq!(check::known_words(&request.lessons), ["Lover"]);
    }
}

/// Every Rust source of the workspace's crates but this file, with its text.
fn rust_sources() -> Vec<(PathBuf, String)> {
    let dirs = [
        "core/src",
        "server/src",
        "server/tests",
        "app/src",
        "lesson/src",
        "teach/src",
        "browser/src",
        "tests/tests",
        "fuzz/fuzz_targets",
    ];
    let this = Path::new(file!()).file_name();
    common::sources(&dirs, &[".rs"])
        .into_iter()
        .filter(|(file, _)| file.file_name() != this)
        .collect()
}

/// The files, relative to the root, whose text holds `needle`.
fn files_holding(sources: &[(PathBuf, String)], needle: impl Fn(&str) -> bool) -> Vec<String> {
    sources
        .iter()
        .filter(|(_, text)| needle(text))
        .map(|(file, _)| {
            file.strip_prefix(root())
                .unwrap_or(file)
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn each_shared_rule_is_defined_once() {
    let sources = rust_sources();
    assert!(
        sources.len() > 50,
        "the sources were found: {}",
        sources.len()
    );
    // A function about phone numbers that takes an argument (tests take none) is a rule.
    let phone_rule = |text: &str| {
        text.match_indices("fn ").any(|(at, _)| {
            let rest = &text[at + 3..];
            let name_end = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            rest[..name_end].contains("phone") && !rest[name_end..].starts_with("()")
        })
    };
    assert_eq!(files_holding(&sources, phone_rule), ["core/src/phone.rs"]);
    // The short help numbers' shape lives there too.
    assert_eq!(
        files_holding(&sources, |text| text.contains("starts_with(\"11\")")),
        ["core/src/phone.rs"]
    );
    assert_eq!(
        files_holding(&sources, |text| text.contains("MAX_SLOGAN_CHARS: usize")),
        ["core/src/slogan.rs"]
    );
    // The known words are built from the titles by one function, and every class slogan
    // outside its own tests is checked with them.
    assert_eq!(
        files_holding(&sources, |text| text.contains("is_uppercase)")
            && text.contains("title")),
        ["core/src/poster/check.rs"]
    );
    // The rules unified before these: HTML escaping, the campaign tag, a line's call link and
    // its `rel`, each in one file.
    assert_eq!(
        files_holding(&sources, |text| text.contains("&lt;")),
        ["core/src/text.rs"]
    );
    assert_eq!(
        files_holding(&sources, |text| text.contains("fn campaign_tag(")),
        ["core/src/poster/check.rs"]
    );
    assert_eq!(
        files_holding(&sources, |text| text.contains("format!(\"tel:")),
        ["core/src/helpline.rs"]
    );
    assert_eq!(
        files_holding(&sources, |text| text.contains("noopener noreferrer")),
        ["app/src/components/helpline.rs"]
    );
    for file in files_holding(&sources, |text| {
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        code.contains("class_slogan(") && !code.contains("fn class_slogan(")
    }) {
        let source = std::fs::read_to_string(root().join(&file)).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        assert!(
            code.contains("known_words("),
            "{file} checks a class slogan without check::known_words"
        );
    }
}

#[test]
fn the_e2e_harness_reads_core_s_values_from_the_build() {
    let harness = std::fs::read_to_string(root().join("tests/e2e/harness.mjs")).unwrap();
    let packs = compile_tree(&real()).unwrap_or_else(|err| panic!("{err}"));
    // The help line's link is the one literal the harness keeps, on purpose: the tests hold
    // the build to the number itself, not to what the build says it is.
    assert!(harness.contains(&format!(
        "export const ANCHOR_TEL = '{}';",
        veriga_core::helpline::ANCHOR_TEL
    )));
    let mut copies: Vec<String> = vec![
        veriga_core::quick_exit::NEUTRAL_URL.to_string(),
        veriga_core::pack::MISSING_MARKER.to_string(),
        format!(
            "\\u{:x}",
            u32::from(veriga_core::pack::MISSING_MARKER.chars().next().unwrap())
        ),
    ];
    for pack in &packs {
        copies.push(format!("'{}'", pack.lang));
        copies.push(format!("\"{}\"", pack.lang));
    }
    for copy in copies {
        assert!(
            !harness.contains(&copy),
            "tests/e2e/harness.mjs copies `{copy}` from core: read it from the build"
        );
    }
}
