//! The real `locales/` folder compiles into valid packs, and broken copies of it are reported by
//! file and line.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use veriga_core::helpline::{ANCHOR_ID, ANCHOR_NUMBER};
use veriga_core::locales::{LocaleTree, compile_teach_tree, compile_tree};
use veriga_core::pack::{ContentPack, MISSING_MARKER};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The real locales, read from the disk once for all the tests; each test breaks its own copy
/// in memory.
fn real() -> LocaleTree {
    static TREE: OnceLock<LocaleTree> = OnceLock::new();
    TREE.get_or_init(|| LocaleTree::read(&locales())).clone()
}

fn text(tree: &LocaleTree, file: impl AsRef<Path>) -> String {
    tree.text(file).unwrap().to_string()
}

/// Gives the language `to` the files of `from`.
fn copy_language(tree: &mut LocaleTree, from: &str, to: &str) {
    let files: Vec<(PathBuf, String)> = tree
        .files()
        .filter_map(|file| {
            let rest = file.strip_prefix(from).ok()?;
            Some((Path::new(to).join(rest), text(tree, file)))
        })
        .collect();
    for (file, source) in files {
        tree.insert(file, source);
    }
}

fn errors_of(tree: &LocaleTree) -> String {
    compile_tree(tree)
        .expect_err("the broken locales compiled")
        .to_string()
}

#[test]
fn the_folder_on_disk_compiles_as_the_tree_read_from_it() {
    let root = locales();
    assert_eq!(veriga_core::locales::compile(&root), compile_tree(&real()));
    assert_eq!(
        veriga_core::locales::compile_teach(&root),
        compile_teach_tree(&real())
    );
}

#[test]
fn the_real_locales_compile_for_every_language() {
    let packs = compile_tree(&real()).unwrap_or_else(|err| panic!("{err}"));
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
        assert_eq!(
            pack.lessons.len(),
            15,
            "the content brief's lessons and the four added in 2026-12"
        );
        assert_eq!(pack.checks.len(), 3);
        let slogans: std::collections::BTreeSet<&str> =
            pack.lessons.iter().map(|l| l.slogan.as_str()).collect();
        assert_eq!(slogans.len(), 15, "every lesson has its own slogan");
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
    let packs = compile_tree(&real()).unwrap();
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
        "forced-work",
        "someone-you-know",
        "a-friend-is-gone",
        "not-safe-at-home",
    ] {
        assert!(
            ids.contains(&id),
            "{id} is printed on stickers and must stay"
        );
    }
}

#[test]
fn a_malformed_lesson_is_reported_by_file_and_line() {
    let mut tree = real();
    let file = "hu/lessons/job-offers.toml";
    let source = text(&tree, file);
    let broken_at = source
        .lines()
        .position(|line| line.starts_with("[scenario]"))
        .unwrap()
        + 1;
    let broken = source.replacen("[scenario]", "[scenario\nsituation = ", 1);
    tree.insert(file, broken);
    let errors = errors_of(&tree);
    assert!(
        errors.contains(&format!("hu/lessons/job-offers.toml:{broken_at}")),
        "{errors}"
    );
}

#[test]
fn a_choice_without_feedback_and_an_overlong_card_are_refused() {
    let mut tree = real();
    let file = "en/lessons/lover-boy.toml";
    let source = text(&tree, file);
    let without_feedback =
        source.replacen("feedback = \"It's normal", "# feedback = \"It's normal", 1);
    tree.insert(file, without_feedback);
    let errors = errors_of(&tree);
    assert!(errors.contains("missing field `feedback`"), "{errors}");
    assert!(errors.contains("en/lessons/lover-boy.toml:"), "{errors}");
    let first_card = source.find("cards = [\n\"\"\"\n").unwrap() + "cards = [\n\"\"\"\n".len();
    let first_card_words = source
        [first_card..source[first_card..].find("\"\"\"").unwrap() + first_card]
        .split_whitespace()
        .count();
    // One word over the limit: 60 words is the content brief's card.
    let padding = "word ".repeat(61 - first_card_words);
    let mut long = source.clone();
    long.insert_str(first_card, &padding);
    tree.insert(file, long);
    let errors = errors_of(&tree);
    assert!(errors.contains("card 1 has 61 words"), "{errors}");
    assert!(errors.contains("en/lessons/lover-boy.toml:"), "{errors}");
}

/// Replaces the value of the Fluent message `key` in `file`.
fn set_message(tree: &mut LocaleTree, file: &str, key: &str, value: &str) {
    let source = text(tree, file);
    let prefix = format!("{key} = ");
    assert!(
        source.lines().any(|line| line.starts_with(&prefix)),
        "{key}"
    );
    let changed: String = source
        .lines()
        .map(|line| {
            if line.starts_with(&prefix) {
                format!("{prefix}{value}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    tree.insert(file, changed);
}

fn line_of_key(tree: &LocaleTree, file: &str, key: &str) -> usize {
    let prefix = format!("{key} ");
    text(tree, file)
        .lines()
        .position(|line| line.starts_with(&prefix))
        .unwrap()
        + 1
}

#[test]
fn the_old_not_found_text_is_refused_for_claiming_hours_of_the_help_line() {
    let mut tree = real();
    // What shipped until 2026-12: facts.md does not verify when 0800 800 678 answers.
    for (lang, text) in [
        (
            "ro",
            "Poate linkul e greșit sau pagina s-a mutat. Linia de ajutor funcționează oricând.",
        ),
        (
            "en",
            "The link may be wrong, or the page has moved. The help line works any time.",
        ),
        (
            "hu",
            "Lehet, hogy rossz a link, vagy az oldal máshová került. A segélyvonal bármikor hívható.",
        ),
    ] {
        set_message(&mut tree, &format!("{lang}/ui.ftl"), "not-found-text", text);
    }
    let errors = errors_of(&tree);
    for lang in ["ro", "en", "hu"] {
        let at = format!(
            "{lang}/ui.ftl:{}: `not-found-text`",
            line_of_key(&tree, &format!("{lang}/ui.ftl"), "not-found-text")
        );
        assert!(errors.contains(&at), "{lang}: {errors}");
    }
    assert_eq!(errors.matches("claims hours").count(), 3, "{errors}");
    assert!(errors.contains("of the line `anitp`"), "{errors}");
}

#[test]
fn a_sentence_about_112_answering_at_any_time_passes() {
    let mut tree = real();
    set_message(
        &mut tree,
        "en/ui.ftl",
        "not-found-text",
        "The link may be wrong. If someone is in danger right now, 112 answers at any time.",
    );
    compile_tree(&tree).unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn claims_the_help_lines_are_not_verified_for_are_refused_in_lessons_and_teacher_texts() {
    let mut tree = real();
    let lesson = "ro/lessons/who-can-help.toml";
    let source = text(&tree, lesson);
    let at = source.find("takeaway = \"").unwrap() + "takeaway = \"".len();
    let mut changed = source.clone();
    changed.insert_str(at, "La 0800 800 678 suni anonim. La 116 111 e gratuit. ");
    tree.insert(lesson, changed);
    let takeaway_line = source[..at].lines().count();
    let errors = errors_of(&tree);
    assert!(
        errors.contains(&format!(
            "ro/lessons/who-can-help.toml:{takeaway_line}: the takeaway"
        )),
        "{errors}"
    );
    assert!(
        errors.contains("claims anonymity (“anonim*”) of the line `anitp`"),
        "{errors}"
    );
    assert!(
        errors.contains("claims cost (“gratuit*”) of the line `child-helpline`"),
        "{errors}"
    );

    set_message(
        &mut tree,
        "hu/teach.ftl",
        "print-helpline",
        "Ingyenes, éjjel-nappal hívható: 0800 800 678",
    );
    let errors = compile_teach_tree(&tree)
        .expect_err("an hours claim of the help line compiled")
        .to_string();
    assert!(errors.contains("hu/teach.ftl:"), "{errors}");
    assert!(errors.contains("claims hours"), "{errors}");
}

#[test]
fn a_help_line_message_may_not_state_what_facts_md_does_not_verify() {
    let mut tree = real();
    let file = "en/help-lines.ftl";
    let mut source = text(&tree, file);
    source.push_str("line-anitp-hours = Around the clock.\n");
    tree.insert(file, source);
    let errors = errors_of(&tree);
    assert!(
        errors
            .contains("`line-anitp-hours`: help-lines.toml marks the hours of `anitp` unverified"),
        "{errors}"
    );
    // The line's own text is about the line even where it does not name it.
    assert!(
        errors.contains("“Around the clock.” claims hours"),
        "{errors}"
    );
}

#[test]
fn every_lesson_needs_its_own_slogan_and_every_line_its_unverified_list() {
    let mut tree = real();
    let file = "hu/lessons/my-info.toml";
    let without: String = text(&tree, file)
        .lines()
        .filter(|line| !line.starts_with("slogan ="))
        .map(|line| format!("{line}\n"))
        .collect();
    tree.insert(file, without);
    let errors = errors_of(&tree);
    assert!(errors.contains("hu/lessons/my-info.toml:"), "{errors}");
    assert!(errors.contains("missing field `slogan`"), "{errors}");

    let mut tree = real();
    let lines = "help-lines.toml";
    let source = text(&tree, lines);
    tree.insert(
        lines,
        source.replacen("unverified = [\"anonymity\", \"confidentiality\"]\n", "", 1),
    );
    let errors = errors_of(&tree);
    assert!(errors.contains("missing field `unverified`"), "{errors}");
}

#[test]
fn a_new_language_brings_its_own_claim_words_and_gets_the_same_check() {
    let mut tree = real();
    copy_language(&mut tree, "en", "fr");
    set_message(&mut tree, "fr/ui.ftl", "language-name", "Français");
    tree.remove("fr/claims.toml");
    let errors = errors_of(&tree);
    assert!(errors.contains("fr/claims.toml: cannot read"), "{errors}");

    tree.insert(
        "fr/claims.toml",
        "separators = [\"ou\"]\n[names]\nanitp = [\"la ligne d'aide\"]\n[claims]\n\
         hours = [\"à toute heure\", \"24h/24\"]\nanonymity = [\"anonym*\"]\n\
         confidentiality = [\"confidentiel*\"]\ncost = [\"gratuit*\"]\n",
    );
    compile_tree(&tree).unwrap_or_else(|err| panic!("{err}"));
    set_message(
        &mut tree,
        "fr/ui.ftl",
        "not-found-text",
        "Le lien est peut-être faux. La ligne d'aide répond à toute heure.",
    );
    let errors = errors_of(&tree);
    assert!(errors.contains("fr/ui.ftl:"), "{errors}");
    assert!(
        errors.contains("claims hours (“à toute heure”)"),
        "{errors}"
    );
}

#[test]
fn an_unknown_lesson_file_is_refused() {
    let mut tree = real();
    tree.insert("ro/lessons/made-up.toml", "title = \"x\"\n");
    let errors = errors_of(&tree);
    assert!(errors.contains("unknown lesson id `made-up`"), "{errors}");
}

#[test]
fn romanian_and_hungarian_letters_survive() {
    let packs = compile_tree(&real()).unwrap();
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
    let mut tree = real();
    let file = "hu/ui.ftl";
    let without: String = text(&tree, file)
        .lines()
        .filter(|line| !line.starts_with("nav-about"))
        .map(|line| format!("{line}\n"))
        .collect();
    tree.insert(file, without);
    let errors = errors_of(&tree);
    assert!(errors.contains("missing key `nav-about`"), "{errors}");
    assert!(errors.contains("ro/ui.ftl:"), "{errors}");
}

#[test]
fn an_extra_key_and_a_syntax_error_are_reported_by_file_and_line() {
    let mut tree = real();
    let file = "en/ui.ftl";
    let mut source = text(&tree, file);
    let lines_before = source.lines().count();
    source.push_str("surprise = Not in Romanian\n!!! broken line\n");
    tree.insert(file, source);
    let errors = errors_of(&tree);
    let extra_at = format!("en/ui.ftl:{}: extra key `surprise`", lines_before + 1);
    assert!(errors.contains(&extra_at), "{errors}");
    assert!(
        errors.contains(&format!("en/ui.ftl:{}", lines_before + 2)),
        "{errors}"
    );
}

#[test]
fn a_phone_number_that_is_not_a_help_line_is_refused() {
    let mut tree = real();
    let file = "ro/ui.ftl";
    let source = text(&tree, file).replace("sună la 112.", "sună la 0722 123 456.");
    tree.insert(file, source);
    let errors = errors_of(&tree);
    assert!(errors.contains("0722123456"), "{errors}");
    assert!(errors.contains("ro/ui.ftl:"), "{errors}");
}

#[test]
fn the_anchor_number_cannot_be_changed_in_the_locales() {
    let mut tree = real();
    let file = "help-lines.toml";
    let source = text(&tree, file).replace("0800 800 678", "0800 800 679");
    tree.insert(file, source);
    let errors = errors_of(&tree);
    assert!(
        errors.contains("must carry the number 0800 800 678"),
        "{errors}"
    );
}

#[test]
fn a_new_language_is_a_new_folder() {
    let mut tree = real();
    copy_language(&mut tree, "en", "de");
    let ui = "de/ui.ftl";
    let source = text(&tree, ui).replace("language-name = English", "language-name = Deutsch");
    tree.insert(ui, source);
    let packs = compile_tree(&tree).unwrap_or_else(|err| panic!("{err}"));
    assert!(packs.iter().any(|pack| pack.lang == "de"));
    assert!(packs[0].languages.iter().any(|l| l.name == "Deutsch"));
}

#[test]
fn the_teacher_texts_compile_in_every_language_and_stay_out_of_the_student_pack() {
    let teach = compile_teach_tree(&real()).expect("teach.ftl compiles");
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
    for pack in compile_tree(&real()).unwrap() {
        assert!(
            !pack.ui.keys().any(|key| teach["ro"].contains_key(key)),
            "{}: a teacher text travels in the student's pack",
            pack.lang
        );
    }
}

#[test]
fn a_teacher_text_missing_or_with_other_variables_is_reported() {
    let mut tree = real();
    let hu = "hu/teach.ftl";
    let broken: String = text(&tree, hu)
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
    tree.insert(hu, broken);
    let errors = compile_teach_tree(&tree)
        .expect_err("broken teacher texts compiled")
        .to_string();
    assert!(errors.contains("missing key `readme-test`"), "{errors}");
    assert!(
        errors.contains("hu/teach.ftl:")
            && errors.contains("`print-credit` must use the variables"),
        "{errors}"
    );
}

#[test]
fn every_lesson_slogan_prints_on_its_poster() {
    use veriga_core::poster::{PosterFont, check};
    let font = PosterFont::built_in();
    for pack in compile_tree(&real()).unwrap() {
        for lesson in &pack.lessons {
            let slogan = &lesson.slogan;
            assert!(
                slogan.chars().all(|ch| ch == ' ' || font.prints(ch)),
                "{}/{}: the poster font cannot print `{slogan}`",
                pack.lang,
                lesson.id
            );
            assert!(
                check::slogan_fits(slogan, &font),
                "{}/{}: `{slogan}` does not fit the poster",
                pack.lang,
                lesson.id
            );
        }
    }
}
