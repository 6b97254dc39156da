//! The real `locales/` folder compiles into valid packs, and broken copies of it are reported by
//! file and line.

use std::fs;
use std::path::{Path, PathBuf};

use veriga_core::helpline::{ANCHOR_ID, ANCHOR_NUMBER};
use veriga_core::locales::compile;
use veriga_core::pack::{ContentPack, MISSING_MARKER};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A scratch copy of the real locales, for breaking on purpose.
fn copy_of_locales() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&locales(), dir.path());
    dir
}

fn errors_of(root: &Path) -> String {
    compile(root)
        .expect_err("the broken locales compiled")
        .to_string()
}

#[test]
fn the_real_locales_compile_for_every_language() {
    let packs = compile(&locales()).unwrap_or_else(|err| panic!("{err}"));
    let codes: Vec<&str> = packs.iter().map(|pack| pack.lang.as_str()).collect();
    assert_eq!(codes, ["en", "hu", "ro"]);
    for pack in &packs {
        let reread = ContentPack::from_json(&pack.to_json(), &pack.lang).unwrap();
        assert_eq!(&reread, pack);
        let anchor = pack.help_lines.iter().find(|l| l.id == ANCHOR_ID).unwrap();
        assert_eq!(anchor.number.as_deref(), Some(ANCHOR_NUMBER));
        assert_eq!(pack.help_lines.len(), 6, "every line of facts.md");
        assert!(
            pack.help_lines
                .iter()
                .all(|l| l.verified_on == "2026-11-28")
        );
        let json = pack.to_json();
        assert!(!json.contains(MISSING_MARKER));
        assert_eq!(pack.languages.len(), 3);
        assert_eq!(pack.lessons.len(), 11, "every lesson of the content brief");
        assert_eq!(pack.checks.len(), 3);
        assert_eq!(pack.slogans.len(), 5);
        for lesson in &pack.lessons {
            assert!((4..=7).contains(&lesson.cards.len()), "{}", lesson.id);
            assert!(
                lesson
                    .scenario
                    .choices
                    .iter()
                    .all(|c| !c.feedback.is_empty())
            );
            assert!(
                (1..=4).contains(&lesson.minutes),
                "{} takes {} min",
                lesson.id,
                lesson.minutes
            );
        }
    }
}

#[test]
fn the_lesson_ids_of_the_content_brief_never_disappear() {
    let packs = compile(&locales()).unwrap();
    let ids: Vec<&str> = packs[0].lessons.iter().map(|l| l.id.as_str()).collect();
    for id in [
        "lover-boy",
        "online-friends",
        "my-info",
        "photos-and-the-law",
        "job-offers",
        "not-an-accomplice",
        "be-a-witness",
        "who-can-help",
        "new-in-town",
        "real-options",
        "for-families",
    ] {
        assert!(
            ids.contains(&id),
            "{id} is printed on stickers and must stay"
        );
    }
}

#[test]
fn a_malformed_lesson_is_reported_by_file_and_line() {
    let dir = copy_of_locales();
    let file = dir.path().join("hu/lessons/job-offers.toml");
    let source = fs::read_to_string(&file).unwrap();
    let broken_at = source
        .lines()
        .position(|line| line.starts_with("[scenario]"))
        .unwrap()
        + 1;
    let broken = source.replacen("[scenario]", "[scenario\nsituation = ", 1);
    fs::write(&file, broken).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.contains(&format!("hu/lessons/job-offers.toml:{broken_at}")),
        "{errors}"
    );
}

#[test]
fn a_choice_without_feedback_and_an_overlong_card_are_refused() {
    let dir = copy_of_locales();
    let file = dir.path().join("en/lessons/lover-boy.toml");
    let source = fs::read_to_string(&file).unwrap();
    let without_feedback =
        source.replacen("feedback = \"It's normal", "# feedback = \"It's normal", 1);
    fs::write(&file, without_feedback).unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.contains("missing field `feedback`"), "{errors}");
    assert!(errors.contains("en/lessons/lover-boy.toml:"), "{errors}");
    fs::write(
        &file,
        source.replacen("It starts out nice.", &"It starts out nice. ".repeat(30), 1),
    )
    .unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.contains("card 1 has 156 words"), "{errors}");
}

#[test]
fn an_unknown_lesson_file_is_refused() {
    let dir = copy_of_locales();
    fs::write(
        dir.path().join("ro/lessons/made-up.toml"),
        "title = \"x\"\n",
    )
    .unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.contains("unknown lesson id `made-up`"), "{errors}");
}

#[test]
fn romanian_and_hungarian_letters_survive() {
    let packs = compile(&locales()).unwrap();
    let text = |lang: &str| packs.iter().find(|p| p.lang == lang).unwrap().to_json();
    let ro = text("ro");
    for letter in ['ș', 'ț', 'ă', 'î', 'â'] {
        assert!(ro.contains(letter), "ro lacks {letter}");
    }
    let hu = text("hu");
    for letter in ['ő', 'ű', 'á', 'é'] {
        assert!(hu.contains(letter), "hu lacks {letter}");
    }
    assert!(
        !ro.contains('ş') && !ro.contains('ţ'),
        "cedilla forms instead of comma-below"
    );
}

#[test]
fn a_missing_key_is_reported_with_where_it_is_defined() {
    let dir = copy_of_locales();
    let file = dir.path().join("hu/ui.ftl");
    let source = fs::read_to_string(&file).unwrap();
    let without: String = source
        .lines()
        .filter(|line| !line.starts_with("nav-about"))
        .map(|line| format!("{line}\n"))
        .collect();
    fs::write(&file, without).unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.contains("missing key `nav-about`"), "{errors}");
    assert!(errors.contains("ro/ui.ftl:"), "{errors}");
}

#[test]
fn an_extra_key_and_a_syntax_error_are_reported_by_file_and_line() {
    let dir = copy_of_locales();
    let file = dir.path().join("en/ui.ftl");
    let mut source = fs::read_to_string(&file).unwrap();
    let lines_before = source.lines().count();
    source.push_str("surprise = Not in Romanian\n!!! broken line\n");
    fs::write(&file, source).unwrap();
    let errors = errors_of(dir.path());
    let extra_at = format!("en/ui.ftl:{}: extra key `surprise`", lines_before + 1);
    assert!(errors.contains(&extra_at), "{errors}");
    assert!(
        errors.contains(&format!("en/ui.ftl:{}", lines_before + 2)),
        "{errors}"
    );
}

#[test]
fn a_phone_number_that_is_not_a_help_line_is_refused() {
    let dir = copy_of_locales();
    let file = dir.path().join("ro/ui.ftl");
    let source = fs::read_to_string(&file)
        .unwrap()
        .replace("sună la 112.", "sună la 0722 123 456.");
    fs::write(&file, source).unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.contains("0722123456"), "{errors}");
    assert!(errors.contains("ro/ui.ftl:"), "{errors}");
}

#[test]
fn the_anchor_number_cannot_be_changed_in_the_locales() {
    let dir = copy_of_locales();
    let file = dir.path().join("help-lines.toml");
    let source = fs::read_to_string(&file)
        .unwrap()
        .replace("0800 800 678", "0800 800 679");
    fs::write(&file, source).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.contains("must carry the number 0800 800 678"),
        "{errors}"
    );
}

#[test]
fn a_new_language_is_a_new_folder() {
    let dir = copy_of_locales();
    let de = dir.path().join("de");
    copy_dir(&dir.path().join("en"), &de);
    let ui = de.join("ui.ftl");
    let source = fs::read_to_string(&ui)
        .unwrap()
        .replace("language-name = English", "language-name = Deutsch");
    fs::write(ui, source).unwrap();
    let packs = compile(dir.path()).unwrap_or_else(|err| panic!("{err}"));
    assert!(packs.iter().any(|pack| pack.lang == "de"));
    assert!(packs[0].languages.iter().any(|l| l.name == "Deutsch"));
}

#[test]
fn the_teacher_texts_compile_in_every_language_and_stay_out_of_the_student_pack() {
    let teach = veriga_core::locales::compile_teach(&locales()).expect("teach.ftl compiles");
    assert_eq!(teach.keys().collect::<Vec<_>>(), ["en", "hu", "ro"]);
    let keys: Vec<_> = teach["ro"].keys().collect();
    for lang in ["en", "hu"] {
        assert_eq!(teach[lang].keys().collect::<Vec<_>>(), keys, "{lang}");
    }
    for key in [
        "print-helpline",
        "print-credit",
        "err-slogan-phone",
        "readme-scale",
    ] {
        assert!(teach["ro"].contains_key(key), "{key}");
    }
    for pack in compile(&locales()).unwrap() {
        assert!(
            !pack.ui.keys().any(|key| teach["ro"].contains_key(key)),
            "{}: a teacher text travels in the student's pack",
            pack.lang
        );
    }
}

#[test]
fn a_teacher_text_missing_or_with_other_variables_is_reported() {
    let dir = copy_of_locales();
    let hu = dir.path().join("hu/teach.ftl");
    let source = fs::read_to_string(&hu).unwrap();
    let broken: String = source
        .lines()
        .filter(|line| !line.starts_with("readme-test ="))
        .map(|line| {
            if line.starts_with("print-credit =") {
                "print-credit = Készítette: { $school }".to_string()
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&hu, broken).unwrap();
    let errors = veriga_core::locales::compile_teach(dir.path())
        .expect_err("broken teacher texts compiled")
        .to_string();
    assert!(errors.contains("missing key `readme-test`"), "{errors}");
    assert!(
        errors.contains("hu/teach.ftl:")
            && errors.contains("`print-credit` must use the variables"),
        "{errors}"
    );
}
