//! Fluent: the `.ftl` messages of each language folder, compiled to plain text with `{$name}`
//! placeholders and the file and line each came from, and the rule that a language holds the
//! default language's keys and no others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::diagnostic::{Diagnostic, Place, line_of};
use super::tree::LocaleTree;
use crate::lang::{DEFAULT_LANG, is_language_code};

/// The teacher area's messages in each language folder: posters, the class-session guide and
/// the poster ZIP's README, compiled apart from the student's packs.
pub const TEACH_FILE: &str = "teach.ftl";

/// A compiled message and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub text: String,
    pub file: PathBuf,
    pub line: Option<usize>,
}

impl Message {
    pub fn place(&self) -> Place<'_> {
        Place(&self.file, self.line)
    }
}

/// All messages of one language folder.
#[derive(Debug, Default)]
pub(crate) struct LanguageSource {
    pub messages: BTreeMap<String, Message>,
    pub first_file: Option<PathBuf>,
}

/// The student's messages of every language folder, by language code.
pub(crate) fn read_languages(
    tree: &LocaleTree,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, LanguageSource> {
    let mut languages = BTreeMap::new();
    let root = Path::new("");
    let entries = match tree.list(root) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Diagnostic::new(
                tree.name(root),
                None,
                format!("cannot read the locales folder: {err}"),
            ));
            return languages;
        }
    };
    for (folder, _) in entries.into_iter().filter(|(_, is_folder)| *is_folder) {
        let code = folder.to_string_lossy().into_owned();
        if !is_language_code(&code) {
            problems.push(Diagnostic::new(
                tree.name(folder),
                None,
                "a language folder is named by its code, such as `ro` or `hu`",
            ));
            continue;
        }
        languages.insert(code, read_language(tree, folder, problems));
    }
    languages
}

fn read_language(
    tree: &LocaleTree,
    folder: &Path,
    problems: &mut Vec<Diagnostic>,
) -> LanguageSource {
    let mut language = LanguageSource::default();
    let files = tree
        .list(folder)
        .unwrap_or_default()
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        // The teacher area's words never travel in the student's pack.
        .filter(|path| !path.ends_with(TEACH_FILE));
    for file in files {
        language.first_file.get_or_insert_with(|| tree.name(file));
        read_file(tree, file, &mut language, problems);
    }
    language
}

/// Reads the `.ftl` file at `path` into `language`, or reports why it cannot.
pub(crate) fn read_file(
    tree: &LocaleTree,
    path: &Path,
    language: &mut LanguageSource,
    problems: &mut Vec<Diagnostic>,
) {
    if let Some(source) = tree.source(path, problems) {
        read_ftl(&tree.name(path), source, language, problems);
    }
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
                problems.push(Diagnostic::new(
                    file,
                    Some(line_of(source, error.pos.start)),
                    format!("Fluent syntax: {:?}", error.kind),
                ));
            }
            resource
        }
    };
    let lines = message_lines(source);
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            if let ast::Entry::Term(term) = entry {
                problems.push(Diagnostic::new(
                    file,
                    lines.get(&format!("-{}", term.id.name)).copied(),
                    "terms (-name) are not used here; write a message",
                ));
            }
            continue;
        };
        let key = message.id.name.to_string();
        let line = lines.get(&key).copied();
        let here = |message: String| Diagnostic::new(file, line, message);
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
                "`{key}` is defined twice (first at {})",
                previous.place()
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

/// Every key of the default language must be in `language`, and no other. `folder` names
/// where a missing key belongs.
pub(crate) fn compare_keys(
    language: &LanguageSource,
    reference: &LanguageSource,
    folder: &Path,
    problems: &mut Vec<Diagnostic>,
) {
    for (key, message) in &reference.messages {
        if !language.messages.contains_key(key) {
            problems.push(Diagnostic::new(
                folder,
                None,
                format!("missing key `{key}` (defined at {})", message.place()),
            ));
        }
    }
    for (key, message) in &language.messages {
        if !reference.messages.contains_key(key) {
            problems.push(Diagnostic::new(
                &message.file,
                message.line,
                format!("extra key `{key}`: it is not in `{DEFAULT_LANG}`"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
