//! Compiles `locales/` into one content pack per language, and reports every problem by file
//! and line. The build, the publisher and the tests all run this same code.
//!
//! Layout: `locales/pack.toml` (version and date), `locales/help-lines.toml` (the numbers,
//! addresses and check dates, which are not translated), and one folder per language holding
//! Fluent `.ftl` files. Adding a language is adding a folder.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use serde::Deserialize;

use crate::claims::{self, ClaimKind, ClaimWords, LineFacts};
use crate::helpline::{ANCHOR_ID, ANCHOR_NUMBER};
use crate::lang::{DEFAULT_LANG, is_language_code};
use crate::lesson_source::{self, Catalogue, Compiled};
use crate::pack::{ContentPack, HelpLine, LanguageName, PACK_FORMAT};

/// One problem in the locale files, where an editor can find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem belongs to the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// Every problem found, so an editor fixes them in one pass instead of one per build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

fn render(list: &[Diagnostic]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The keys every help line needs in every language, after its `line-<id>-` prefix.
const REQUIRED_LINE_FIELDS: [&str; 4] = ["name", "purpose", "who", "happens"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackMeta {
    version: u64,
    published: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpLinesFile {
    /// Numbers the text may mention that are not lines of their own (facts.md backs each).
    #[serde(default)]
    other_numbers: Vec<String>,
    line: Vec<HelpLineSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpLineSource {
    id: String,
    number: Option<String>,
    url: Option<String>,
    verified_on: String,
    /// The claims facts.md does not verify for this line (hours, anonymity, confidentiality,
    /// cost): no text may make them of it. Required, so that a new line states it.
    unverified: Vec<ClaimKind>,
}

/// Each language folder's words for claims about help lines (see [`claims`]).
pub const CLAIMS_FILE: &str = "claims.toml";

/// What every text of one language is checked against: the numbers it may mention and the
/// claims it may make of each line.
pub(crate) struct TextRules {
    allowed_numbers: BTreeSet<String>,
    lines: Vec<LineFacts>,
    words: ClaimWords,
}

impl TextRules {
    /// Reads `<lang>/claims.toml` and ties the language's line names to the lines.
    fn for_language(
        root: &Path,
        code: &str,
        lines: &HelpLinesFile,
        language: &LanguageSource,
        problems: &mut Vec<Diagnostic>,
    ) -> TextRules {
        let path = root.join(code).join(CLAIMS_FILE);
        let words: ClaimWords = read_toml(&path, problems).unwrap_or_default();
        let line_ids: BTreeSet<&str> = lines.line.iter().map(|line| line.id.as_str()).collect();
        for message in claims::check_words(&words, &line_ids) {
            problems.push(Diagnostic {
                file: path.clone(),
                line: 0,
                message,
            });
        }
        let facts = lines
            .line
            .iter()
            .map(|line| {
                let mut names = language
                    .messages
                    .get(&format!("line-{}-name", line.id))
                    .map(|title| claims::names_from_title(&title.text))
                    .unwrap_or_default();
                names.extend(words.names.get(&line.id).cloned().unwrap_or_default());
                names.extend(
                    line.url
                        .as_deref()
                        .map(|url| ContentPack::site_of(url).to_string()),
                );
                LineFacts {
                    id: line.id.clone(),
                    digits: line.number.as_deref().map(digits),
                    names,
                    unverified: line.unverified.iter().copied().collect(),
                }
            })
            .collect();
        TextRules {
            allowed_numbers: allowed_numbers(lines),
            lines: facts,
            words,
        }
    }

    /// Why `text` cannot ship: numbers that are not help lines, and claims a line is not
    /// verified for. `implied` is the line the text describes, if it is a line's own text.
    pub(crate) fn problems(&self, text: &str, implied: Option<&str>) -> Vec<String> {
        let mut problems: Vec<String> = phone_numbers(text)
            .into_iter()
            .filter(|number| !self.allowed_numbers.contains(number))
            .map(|number| {
                format!("mentions the number {number}, which is not a help line in help-lines.toml")
            })
            .collect();
        problems.extend(
            claims::unverified_claims(text, &self.lines, &self.words, implied)
                .iter()
                .map(ToString::to_string),
        );
        problems
    }
}

/// A compiled message and where it came from.
#[derive(Debug, Clone)]
struct Message {
    text: String,
    file: PathBuf,
    line: usize,
}

/// All messages of one language folder.
#[derive(Debug, Default)]
struct LanguageSource {
    messages: BTreeMap<String, Message>,
    first_file: Option<PathBuf>,
}

/// The teacher area's messages in each language folder: posters, the class-session guide and
/// the poster ZIP's README. Compiled apart from the packs by [`compile_teach`].
pub const TEACH_FILE: &str = "teach.ftl";

/// The teacher area's messages of every language, keyed by language code. Each language must
/// hold exactly the keys of the default language, with the same variables, and mention no
/// phone number that is not a help line.
pub fn compile_teach(
    root: &Path,
) -> Result<BTreeMap<String, BTreeMap<String, String>>, Diagnostics> {
    let mut problems = Vec::new();
    let lines: Option<HelpLinesFile> = read_toml(&root.join("help-lines.toml"), &mut problems);
    let student = read_languages(root, &mut Vec::new());
    let mut languages: BTreeMap<String, LanguageSource> = BTreeMap::new();
    let mut rules = BTreeMap::new();
    for (code, student_language) in student {
        if let Some(lines) = &lines {
            // The student pack's compile reports this language's claims.toml; here it only lends
            // the line names.
            let rule =
                TextRules::for_language(root, &code, lines, &student_language, &mut Vec::new());
            rules.insert(code.clone(), rule);
        }
        let file = root.join(&code).join(TEACH_FILE);
        let mut language = LanguageSource::default();
        match fs::read_to_string(&file) {
            Ok(source) => read_ftl(&file, &source, &mut language, &mut problems),
            Err(err) => problems.push(Diagnostic {
                file: file.clone(),
                line: 0,
                message: format!("cannot read: {err}"),
            }),
        }
        languages.insert(code, language);
    }
    if let Some(reference) = languages.get(DEFAULT_LANG) {
        for (code, language) in &languages {
            let file = root.join(code).join(TEACH_FILE);
            compare_keys(language, reference, &file, &mut problems);
            if let Some(rules) = rules.get(code) {
                check_messages(language, rules, &mut problems);
            }
            for (key, message) in &reference.messages {
                if let Some(translated) = language.messages.get(key)
                    && variables(&translated.text) != variables(&message.text)
                {
                    problems.push(Diagnostic {
                        file: translated.file.clone(),
                        line: translated.line,
                        message: format!(
                            "`{key}` must use the variables {:?}, as in `{DEFAULT_LANG}`",
                            variables(&message.text)
                        ),
                    });
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    Ok(languages
        .into_iter()
        .map(|(code, language)| {
            let messages = language
                .messages
                .into_iter()
                .map(|(key, message)| (key, message.text))
                .collect();
            (code, messages)
        })
        .collect())
}

fn variables(text: &str) -> BTreeSet<&str> {
    text.split("{$")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Reads and checks the whole `locales/` folder and builds every language's pack.
pub fn compile(root: &Path) -> Result<Vec<ContentPack>, Diagnostics> {
    let mut problems = Vec::new();
    let meta: Option<PackMeta> = read_toml(&root.join("pack.toml"), &mut problems);
    let lines: Option<HelpLinesFile> = read_toml(&root.join("help-lines.toml"), &mut problems);
    let catalogue: Option<Catalogue> = read_toml(&root.join("lessons.toml"), &mut problems);
    let languages = read_languages(root, &mut problems);

    if let Some(lines) = &lines {
        check_help_lines(&root.join("help-lines.toml"), lines, &mut problems);
        if let Some(catalogue) = &catalogue {
            let line_ids = lines.line.iter().map(|line| line.id.as_str()).collect();
            lesson_source::check_catalogue(
                &root.join("lessons.toml"),
                catalogue,
                &line_ids,
                &mut problems,
            );
        }
    }
    let Some(reference) = languages.get(DEFAULT_LANG) else {
        problems.push(Diagnostic {
            file: root.join(DEFAULT_LANG),
            line: 0,
            message: format!("the default language folder `{DEFAULT_LANG}` is missing"),
        });
        return Err(Diagnostics(problems));
    };
    let mut rules = BTreeMap::new();
    for (code, language) in &languages {
        check_language(
            root,
            code,
            language,
            reference,
            lines.as_ref(),
            &mut problems,
        );
        if let Some(lines) = &lines {
            let rule = TextRules::for_language(root, code, lines, language, &mut problems);
            check_line_fields(language, lines, &mut problems);
            check_messages(language, &rule, &mut problems);
            rules.insert(code.as_str(), rule);
        }
    }
    let mut content: BTreeMap<&str, Compiled> = BTreeMap::new();
    if let Some(catalogue) = &catalogue {
        for (code, rule) in &rules {
            let compiled = lesson_source::compile(&root.join(code), catalogue, rule, &mut problems);
            content.insert(code, compiled);
        }
    }
    if let Some(reference) = content.get(DEFAULT_LANG) {
        for (code, compiled) in &content {
            lesson_source::compare_shapes(
                &root.join(code),
                &compiled.shape,
                &reference.shape,
                &mut problems,
            );
        }
    }
    if let Some(meta) = &meta
        && crate::text::date_parts(&meta.published).is_none()
    {
        problems.push(Diagnostic {
            file: root.join("pack.toml"),
            line: 0,
            message: format!(
                "`published` must be a date like 2026-11-28, not `{}`",
                meta.published
            ),
        });
    }
    let (Some(meta), Some(lines), true) = (meta, lines, problems.is_empty()) else {
        return Err(Diagnostics(problems));
    };

    let names: Vec<LanguageName> = languages
        .iter()
        .map(|(code, language)| LanguageName {
            code: code.clone(),
            name: language.messages["language-name"].text.clone(),
        })
        .collect();
    Ok(languages
        .iter()
        .map(|(code, language)| {
            let compiled = content.remove(code.as_str()).unwrap_or_default();
            build_pack(code, language, compiled, &meta, &lines, &names)
        })
        .collect())
}

fn build_pack(
    code: &str,
    language: &LanguageSource,
    compiled: Compiled,
    meta: &PackMeta,
    lines: &HelpLinesFile,
    names: &[LanguageName],
) -> ContentPack {
    let field = |id: &str, name: &str| {
        language
            .messages
            .get(&format!("line-{id}-{name}"))
            .map(|message| message.text.clone())
    };
    let help_lines = lines
        .line
        .iter()
        .map(|line| HelpLine {
            id: line.id.clone(),
            number: line.number.clone(),
            url: line.url.clone(),
            name: field(&line.id, "name").unwrap_or_default(),
            purpose: field(&line.id, "purpose").unwrap_or_default(),
            who_answers: field(&line.id, "who").unwrap_or_default(),
            what_happens: field(&line.id, "happens").unwrap_or_default(),
            cost: field(&line.id, "cost"),
            hours: field(&line.id, "hours"),
            note: field(&line.id, "note"),
            verified_on: line.verified_on.clone(),
        })
        .collect();
    let ui = language
        .messages
        .iter()
        .filter(|(key, _)| !key.starts_with("line-"))
        .map(|(key, message)| (key.clone(), message.text.clone()))
        .collect();
    ContentPack {
        format: PACK_FORMAT,
        lang: code.to_string(),
        version: meta.version,
        published: meta.published.clone(),
        languages: names.to_vec(),
        ui,
        help_lines,
        lessons: compiled.lessons,
        checks: compiled.checks,
    }
}

fn read_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Option<T> {
    read_toml_with_source(path, problems).map(|(_, value)| value)
}

/// Reads a TOML file, reporting a missing file or a syntax error by line; the source comes
/// back too, so later checks can point at lines.
pub(crate) fn read_toml_with_source<T: for<'de> Deserialize<'de>>(
    path: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Option<(String, T)> {
    let source = match fs::read_to_string(path) {
        Ok(source) => source,
        Err(err) => {
            problems.push(Diagnostic {
                file: path.to_path_buf(),
                line: 0,
                message: format!("cannot read: {err}"),
            });
            return None;
        }
    };
    match toml::from_str(&source) {
        Ok(value) => Some((source, value)),
        Err(err) => {
            let line = err
                .span()
                .map(|span| line_of(&source, span.start))
                .unwrap_or(0);
            problems.push(Diagnostic {
                file: path.to_path_buf(),
                line,
                message: err.message().to_string(),
            });
            None
        }
    }
}

fn read_languages(root: &Path, problems: &mut Vec<Diagnostic>) -> BTreeMap<String, LanguageSource> {
    let mut languages = BTreeMap::new();
    let entries = match fs::read_dir(root) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Diagnostic {
                file: root.to_path_buf(),
                line: 0,
                message: format!("cannot read the locales folder: {err}"),
            });
            return languages;
        }
    };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let code = folder
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !is_language_code(&code) {
            problems.push(Diagnostic {
                file: folder.clone(),
                line: 0,
                message: "a language folder is named by its code, such as `ro` or `hu`".into(),
            });
            continue;
        }
        languages.insert(code, read_language(&folder, problems));
    }
    languages
}

fn read_language(folder: &Path, problems: &mut Vec<Diagnostic>) -> LanguageSource {
    let mut language = LanguageSource::default();
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                // The teacher area's words never travel in the student's pack.
                .filter(|path| !path.ends_with(TEACH_FILE))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for file in files {
        language.first_file.get_or_insert_with(|| file.clone());
        match fs::read_to_string(&file) {
            Ok(source) => read_ftl(&file, &source, &mut language, problems),
            Err(err) => problems.push(Diagnostic {
                file: file.clone(),
                line: 0,
                message: format!("cannot read: {err}"),
            }),
        }
    }
    language
}

fn read_ftl(
    file: &Path,
    source: &str,
    language: &mut LanguageSource,
    problems: &mut Vec<Diagnostic>,
) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(Diagnostic {
                    file: file.to_path_buf(),
                    line: line_of(source, error.pos.start),
                    message: format!("Fluent syntax: {:?}", error.kind),
                });
            }
            resource
        }
    };
    let lines = message_lines(source);
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            if let ast::Entry::Term(term) = entry {
                problems.push(Diagnostic {
                    file: file.to_path_buf(),
                    line: lines
                        .get(&format!("-{}", term.id.name))
                        .copied()
                        .unwrap_or(0),
                    message: "terms (-name) are not used here; write a message".into(),
                });
            }
            continue;
        };
        let key = message.id.name.to_string();
        let line = lines.get(&key).copied().unwrap_or(0);
        let here = |message: String| Diagnostic {
            file: file.to_path_buf(),
            line,
            message,
        };
        if !message.attributes.is_empty() {
            problems.push(here(format!("`{key}`: attributes are not supported")));
        }
        let Some(pattern) = &message.value else {
            problems.push(here(format!("`{key}` has no text")));
            continue;
        };
        let text = match compile_pattern(pattern) {
            Ok(text) => text,
            Err(why) => {
                problems.push(here(format!("`{key}`: {why}")));
                continue;
            }
        };
        if let Some(previous) = language.messages.get(&key) {
            problems.push(here(format!(
                "`{key}` is defined twice (first at {}:{})",
                previous.file.display(),
                previous.line
            )));
            continue;
        }
        language.messages.insert(
            key,
            Message {
                text,
                file: file.to_path_buf(),
                line,
            },
        );
    }
}

/// Turns a Fluent pattern into plain text with `{$name}` placeholders.
fn compile_pattern(pattern: &ast::Pattern<&str>) -> Result<String, String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    text.push_str("{$");
                    text.push_str(id.name);
                    text.push('}');
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    text.push_str(value)
                }
                _ => {
                    return Err(
                        "only variables ({ $name }) and string literals are supported".into(),
                    );
                }
            },
        }
    }
    Ok(text)
}

/// Where each message (and term, with its `-`) starts, read from the source lines because the
/// Fluent AST carries no positions.
fn message_lines(source: &str) -> BTreeMap<String, usize> {
    source
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let (name, _) = line.split_once('=')?;
            let name = name.trim_end();
            let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            let is_identifier = name
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (starts_entry && is_identifier && !name.is_empty())
                .then(|| (name.to_string(), index + 1))
        })
        .collect()
}

pub(crate) fn line_of(source: &str, byte: usize) -> usize {
    // Counting bytes, not slicing: a reported position inside a multi-byte letter must not panic.
    source.as_bytes()[..byte.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn check_help_lines(path: &Path, lines: &HelpLinesFile, problems: &mut Vec<Diagnostic>) {
    let mut here = |message: String| {
        problems.push(Diagnostic {
            file: path.to_path_buf(),
            line: 0,
            message,
        })
    };
    let anchor = lines.line.iter().find(|line| line.id == ANCHOR_ID);
    if anchor.and_then(|line| line.number.as_deref()) != Some(ANCHOR_NUMBER) {
        here(format!(
            "the line `{ANCHOR_ID}` must carry the number {ANCHOR_NUMBER}; it is fixed in code"
        ));
    }
    let mut seen = BTreeSet::new();
    for line in &lines.line {
        if !seen.insert(line.id.as_str()) {
            here(format!("the line `{}` is listed twice", line.id));
        }
        if line.number.is_none() == line.url.is_none() {
            here(format!(
                "the line `{}` needs either a number or a url",
                line.id
            ));
        }
        if crate::text::date_parts(&line.verified_on).is_none() {
            here(format!(
                "the line `{}`: verified_on must be a date like 2026-11-28",
                line.id
            ));
        }
    }
}

/// Every key of the default language must be in `language`, and no other. `folder` names
/// where a missing key belongs.
fn compare_keys(
    language: &LanguageSource,
    reference: &LanguageSource,
    folder: &Path,
    problems: &mut Vec<Diagnostic>,
) {
    for (key, message) in &reference.messages {
        if !language.messages.contains_key(key) {
            problems.push(Diagnostic {
                file: folder.to_path_buf(),
                line: 0,
                message: format!(
                    "missing key `{key}` (defined at {}:{})",
                    message.file.display(),
                    message.line
                ),
            });
        }
    }
    for (key, message) in &language.messages {
        if !reference.messages.contains_key(key) {
            problems.push(Diagnostic {
                file: message.file.clone(),
                line: message.line,
                message: format!("extra key `{key}`: it is not in `{DEFAULT_LANG}`"),
            });
        }
    }
}

/// Every message may only mention numbers that are help lines, and make no claim of a line
/// that facts.md does not verify. A help line's own messages (`line-<id>-…`) are about it.
fn check_messages(language: &LanguageSource, rules: &TextRules, problems: &mut Vec<Diagnostic>) {
    for (key, message) in &language.messages {
        let implied = key.strip_prefix("line-").and_then(|rest| {
            rules
                .lines
                .iter()
                .map(|line| line.id.as_str())
                .filter(|id| {
                    rest.strip_prefix(id)
                        .is_some_and(|tail| tail.starts_with('-'))
                })
                .max_by_key(|id| id.len())
        });
        for problem in rules.problems(&message.text, implied) {
            problems.push(Diagnostic {
                file: message.file.clone(),
                line: message.line,
                message: format!("`{key}` {problem}"),
            });
        }
    }
}

/// A line's `-hours` and `-cost` messages exist only where facts.md verifies them.
fn check_line_fields(
    language: &LanguageSource,
    lines: &HelpLinesFile,
    problems: &mut Vec<Diagnostic>,
) {
    for line in &lines.line {
        for (field, kind) in [("hours", ClaimKind::Hours), ("cost", ClaimKind::Cost)] {
            let key = format!("line-{}-{field}", line.id);
            if let Some(message) = language.messages.get(&key)
                && line.unverified.contains(&kind)
            {
                problems.push(Diagnostic {
                    file: message.file.clone(),
                    line: message.line,
                    message: format!(
                        "`{key}`: help-lines.toml marks the {kind} of `{}` unverified; remove this message",
                        line.id
                    ),
                });
            }
        }
    }
}

fn check_language(
    root: &Path,
    code: &str,
    language: &LanguageSource,
    reference: &LanguageSource,
    lines: Option<&HelpLinesFile>,
    problems: &mut Vec<Diagnostic>,
) {
    let folder_file = language
        .first_file
        .clone()
        .unwrap_or_else(|| root.join(code));
    if !language.messages.contains_key("language-name") {
        problems.push(Diagnostic {
            file: folder_file.clone(),
            line: 0,
            message: "`language-name` is missing: the language's own name for itself".into(),
        });
    }
    compare_keys(language, reference, &root.join(code), problems);
    let Some(lines) = lines else { return };
    let known_ids: BTreeSet<&str> = lines.line.iter().map(|line| line.id.as_str()).collect();
    for line in &lines.line {
        for field in REQUIRED_LINE_FIELDS {
            let key = format!("line-{}-{field}", line.id);
            if !language.messages.contains_key(&key) {
                problems.push(Diagnostic {
                    file: folder_file.clone(),
                    line: 0,
                    message: format!("missing key `{key}` for the help line `{}`", line.id),
                });
            }
        }
    }
    for (key, message) in &language.messages {
        if let Some(rest) = key.strip_prefix("line-") {
            let known = known_ids.iter().any(|id| {
                rest.strip_prefix(id)
                    .is_some_and(|tail| tail.starts_with('-'))
            });
            if !known {
                problems.push(Diagnostic {
                    file: message.file.clone(),
                    line: message.line,
                    message: format!("`{key}` names no help line in help-lines.toml"),
                });
            }
        }
    }
}

fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

fn allowed_numbers(lines: &HelpLinesFile) -> BTreeSet<String> {
    lines
        .line
        .iter()
        .filter_map(|line| line.number.as_deref())
        .chain(lines.other_numbers.iter().map(String::as_str))
        .map(digits)
        .collect()
}

/// Digit groups that read like a phone number: six or more digits written together or in
/// space-separated groups, or a three-digit short code starting with 11 (112, 119, …).
/// Years, counts and article numbers do not match.
pub fn phone_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index <= chars.len() {
        let c = chars.get(index).copied();
        match c {
            Some(c) if c.is_ascii_digit() => current.push(c),
            Some(' ')
                if !current.is_empty()
                    && chars.get(index + 1).is_some_and(char::is_ascii_digit) => {}
            _ => {
                if current.len() >= 6 || (current.len() == 3 && current.starts_with("11")) {
                    found.push(current.clone());
                }
                current.clear();
            }
        }
        index += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_phone_numbers_but_not_years_or_counts() {
        assert_eq!(
            phone_numbers("Call 0800 800 678 or 112, or 116 111."),
            vec!["0800800678", "112", "116111"]
        );
        assert!(phone_numbers("In 2018-2022, 532 of 1,310 (Art. 374).").is_empty());
        assert_eq!(phone_numbers("0722123456"), vec!["0722123456"]);
    }

    #[test]
    fn fluent_placeables_compile_to_placeholders() {
        let resource = fluent_syntax::parser::parse("a = Checked on { $date }.\n").unwrap();
        let ast::Entry::Message(message) = &resource.body[0] else {
            panic!("not a message")
        };
        assert_eq!(
            compile_pattern(message.value.as_ref().unwrap()).unwrap(),
            "Checked on {$date}."
        );
    }

    #[test]
    fn message_lines_are_one_based() {
        let lines = message_lines("# c\n\nfirst = 1\nsecond =\n    two\n");
        assert_eq!(lines["first"], 3);
        assert_eq!(lines["second"], 4);
    }
}
