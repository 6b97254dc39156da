//! Lessons and self-checks as authors write them: `locales/lessons.toml` lists them (ids,
//! themes, the help line each action points to); each language holds one TOML file per
//! lesson in `lessons/` (with the lesson's own poster slogan) and per self-check in `checks/`.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::diagnostic::{Diagnostic, line_of};
use super::rules::TextRules;
use super::tree::LocaleTree;
use crate::pack::{Action, CheckItem, Choice, Lesson, Scenario, SelfCheck, THEMES};
use crate::route::is_lesson_id;
use crate::slogan::MAX_SLOGAN_CHARS;

/// Cards per lesson, and words per card, as the content brief sets them. Romanian and
/// Hungarian run longer than English; a card that needs more than 60 words in any of them
/// needs splitting, not more room.
pub const CARDS: std::ops::RangeInclusive<usize> = 4..=7;
pub const MAX_CARD_WORDS: usize = 60;
/// Reading speed used for the minutes shown on Home.
const WORDS_PER_MINUTE: usize = 130;

const CATALOGUE_FILE: &str = "lessons.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Catalogue {
    lesson: Vec<LessonEntry>,
    #[serde(default)]
    check: Vec<CheckEntry>,
}

impl Catalogue {
    pub fn read(tree: &LocaleTree, problems: &mut Vec<Diagnostic>) -> Option<Catalogue> {
        tree.toml(Path::new(CATALOGUE_FILE), problems)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonEntry {
    id: String,
    theme: String,
    line: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckEntry {
    id: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    title: Spanned<String>,
    summary: Spanned<String>,
    /// The lesson's own poster slogan, written for it.
    slogan: Spanned<String>,
    cards: Vec<Spanned<String>>,
    scenario: ScenarioFile,
    takeaway: Spanned<String>,
    action: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    situation: Spanned<String>,
    choices: Vec<ChoiceFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceFile {
    text: Spanned<String>,
    feedback: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckFile {
    title: Spanned<String>,
    intro: Spanned<String>,
    prompt: Spanned<String>,
    items: Vec<ItemFile>,
    closing: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemFile {
    text: Spanned<String>,
    pick: bool,
    why: Spanned<String>,
}

/// What must match across languages, so that every language tells the same lesson.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    lessons: BTreeMap<String, (usize, usize)>,
    checks: BTreeMap<String, Vec<bool>>,
}

/// Lessons and checks of one language, with the shape to compare across languages.
#[derive(Debug, Default)]
pub(crate) struct Compiled {
    pub lessons: Vec<Lesson>,
    pub checks: Vec<SelfCheck>,
    pub shape: Shape,
}

/// Reads one file's text with what the checks need to point at lines.
struct Source<'a> {
    file: PathBuf,
    text: &'a str,
    rules: &'a TextRules,
    problems: &'a mut Vec<Diagnostic>,
}

impl Source<'_> {
    fn problem(&mut self, span: Range<usize>, message: String) {
        self.problems.push(Diagnostic::new(
            &self.file,
            Some(line_of(self.text, span.start)),
            message,
        ));
    }

    /// The text, trimmed, after checking it is not empty, names no unknown number and makes no
    /// claim of a line that facts.md does not verify.
    fn take(&mut self, value: &Spanned<String>, what: &str) -> String {
        let text = value.get_ref().trim().to_string();
        if text.is_empty() {
            self.problem(value.span(), format!("{what} is empty"));
        }
        for problem in self.rules.problems(&text, None) {
            self.problem(value.span(), format!("{what} {problem}"));
        }
        text
    }
}

/// The catalogue's own problems: ids, themes and the lines actions point to.
pub(crate) fn check_catalogue(
    tree: &LocaleTree,
    catalogue: &Catalogue,
    line_ids: &BTreeSet<&str>,
    problems: &mut Vec<Diagnostic>,
) {
    let file = tree.name(Path::new(CATALOGUE_FILE));
    let mut here = |message: String| problems.push(Diagnostic::new(&file, None, message));
    let mut seen = BTreeSet::new();
    let ids = catalogue
        .lesson
        .iter()
        .map(|lesson| lesson.id.as_str())
        .chain(catalogue.check.iter().map(|check| check.id.as_str()));
    for id in ids {
        if !is_lesson_id(id) {
            here(format!(
                "`{id}` is not a valid id: lowercase letters, digits and hyphens"
            ));
        }
        if !seen.insert(id) {
            here(format!("the id `{id}` is used twice"));
        }
    }
    for lesson in &catalogue.lesson {
        if !THEMES.contains(&lesson.theme.as_str()) {
            here(format!(
                "lesson `{}`: the theme `{}` is not one of {}",
                lesson.id,
                lesson.theme,
                THEMES.join(", ")
            ));
        }
        if let Some(line) = &lesson.line
            && !line_ids.contains(line.as_str())
        {
            here(format!(
                "lesson `{}`: no help line `{line}` in help-lines.toml",
                lesson.id
            ));
        }
    }
}

/// Where a language keeps a lesson (`lessons`) or a self-check (`checks`).
fn file_of(code: &str, kind: &str, id: &str) -> PathBuf {
    Path::new(code).join(kind).join(format!("{id}.toml"))
}

/// Compiles the lessons and checks of one language folder.
pub(crate) fn compile(
    tree: &LocaleTree,
    code: &str,
    catalogue: &Catalogue,
    rules: &TextRules,
    problems: &mut Vec<Diagnostic>,
) -> Compiled {
    let mut compiled = Compiled::default();
    report_unknown_files(
        tree,
        &Path::new(code).join("lessons"),
        catalogue.lesson.iter().map(|l| l.id.as_str()),
        problems,
    );
    report_unknown_files(
        tree,
        &Path::new(code).join("checks"),
        catalogue.check.iter().map(|c| c.id.as_str()),
        problems,
    );
    for entry in &catalogue.lesson {
        let path = file_of(code, "lessons", &entry.id);
        let Some((text, file)) = tree.toml_with_source::<LessonFile>(&path, problems) else {
            continue;
        };
        let mut source = Source {
            file: tree.name(&path),
            text,
            rules,
            problems,
        };
        let lesson = lesson(entry, &file, &mut source);
        compiled.shape.lessons.insert(
            entry.id.clone(),
            (lesson.cards.len(), lesson.scenario.choices.len()),
        );
        compiled.lessons.push(lesson);
    }
    for entry in &catalogue.check {
        let path = file_of(code, "checks", &entry.id);
        let Some((text, file)) = tree.toml_with_source::<CheckFile>(&path, problems) else {
            continue;
        };
        let mut source = Source {
            file: tree.name(&path),
            text,
            rules,
            problems,
        };
        let check = self_check(&entry.id, &file, &mut source);
        compiled.shape.checks.insert(
            entry.id.clone(),
            check.items.iter().map(|item| item.pick).collect(),
        );
        compiled.checks.push(check);
    }
    compiled
}

fn lesson(entry: &LessonEntry, file: &LessonFile, source: &mut Source<'_>) -> Lesson {
    if !CARDS.contains(&file.cards.len()) {
        source.problem(
            file.title.span(),
            format!(
                "a lesson has {} to {} cards; this one has {}",
                CARDS.start(),
                CARDS.end(),
                file.cards.len()
            ),
        );
    }
    let cards: Vec<String> = file
        .cards
        .iter()
        .enumerate()
        .map(|(index, card)| {
            let text = source.take(card, &format!("card {}", index + 1));
            let words = text.split_whitespace().count();
            if words > MAX_CARD_WORDS {
                source.problem(
                    card.span(),
                    format!(
                        "card {} has {words} words; keep it to about 60 (at most {MAX_CARD_WORDS})",
                        index + 1
                    ),
                );
            }
            text
        })
        .collect();
    if file.scenario.choices.len() < 2 {
        source.problem(
            file.scenario.situation.span(),
            "a scenario needs at least two choices, each with feedback".into(),
        );
    }
    let choices: Vec<Choice> = file
        .scenario
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| Choice {
            text: source.take(&choice.text, &format!("choice {}", index + 1)),
            feedback: source.take(
                &choice.feedback,
                &format!("the feedback of choice {}", index + 1),
            ),
        })
        .collect();
    let situation = source.take(&file.scenario.situation, "the scenario");
    let words: usize = cards
        .iter()
        .chain(std::iter::once(&situation))
        .chain(choices.iter().map(|choice| &choice.text))
        .map(|text| text.split_whitespace().count())
        .sum();
    let slogan = source.take(&file.slogan, "the slogan");
    if slogan.chars().count() > MAX_SLOGAN_CHARS {
        source.problem(
            file.slogan.span(),
            format!("the slogan has at most {MAX_SLOGAN_CHARS} characters"),
        );
    }
    Lesson {
        id: entry.id.clone(),
        theme: entry.theme.clone(),
        title: source.take(&file.title, "the title"),
        summary: source.take(&file.summary, "the summary"),
        slogan,
        minutes: words.div_ceil(WORDS_PER_MINUTE).clamp(1, 9) as u8,
        cards,
        scenario: Scenario { situation, choices },
        takeaway: source.take(&file.takeaway, "the takeaway"),
        action: Action {
            text: source.take(&file.action, "the action"),
            line: entry.line.clone(),
        },
    }
}

fn self_check(id: &str, file: &CheckFile, source: &mut Source<'_>) -> SelfCheck {
    if file.items.len() < 3 || !file.items.iter().any(|item| item.pick) {
        source.problem(
            file.title.span(),
            "a self-check needs at least three items, at least one of them `pick = true`".into(),
        );
    }
    SelfCheck {
        id: id.to_string(),
        title: source.take(&file.title, "the title"),
        intro: source.take(&file.intro, "the intro"),
        prompt: source.take(&file.prompt, "the prompt"),
        items: file
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| CheckItem {
                text: source.take(&item.text, &format!("item {}", index + 1)),
                pick: item.pick,
                why: source.take(&item.why, &format!("the explanation of item {}", index + 1)),
            })
            .collect(),
        closing: source.take(&file.closing, "the closing"),
    }
}

/// Every language must tell the same lessons with the same number of cards and choices, and
/// mark the same self-check items.
pub(crate) fn compare_shapes(
    tree: &LocaleTree,
    code: &str,
    shape: &Shape,
    reference: &Shape,
    problems: &mut Vec<Diagnostic>,
) {
    for (id, counts) in &shape.lessons {
        if let Some(expected) = reference.lessons.get(id)
            && expected != counts
        {
            problems.push(Diagnostic::new(
                tree.name(&file_of(code, "lessons", id)),
                None,
                format!(
                    "{} cards and {} choices, but the Romanian lesson has {} and {}",
                    counts.0, counts.1, expected.0, expected.1
                ),
            ));
        }
    }
    for (id, picks) in &shape.checks {
        if let Some(expected) = reference.checks.get(id)
            && expected != picks
        {
            problems.push(Diagnostic::new(
                tree.name(&file_of(code, "checks", id)),
                None,
                "the items or their `pick` marks differ from the Romanian self-check",
            ));
        }
    }
}

fn report_unknown_files<'a>(
    tree: &LocaleTree,
    folder: &Path,
    known: impl Iterator<Item = &'a str>,
    problems: &mut Vec<Diagnostic>,
) {
    let known: BTreeSet<&str> = known.collect();
    let Ok(entries) = tree.list(folder) else {
        return;
    };
    for (file, _) in entries {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let is_toml = file.extension().is_some_and(|ext| ext == "toml");
        if !is_toml || !known.contains(stem.as_str()) {
            problems.push(Diagnostic::new(
                tree.name(file),
                None,
                format!("unknown lesson id `{stem}`: list it in lessons.toml or remove the file"),
            ));
        }
    }
}
