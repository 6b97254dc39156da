//! The number and claim rules every text of a language is held to: it mentions no phone number
//! that is not a help line (or one of the few others facts.md backs), and makes no claim of a
//! line that facts.md does not verify (see [`crate::claims`]).

use std::collections::BTreeSet;
use std::path::Path;

use super::diagnostic::Diagnostic;
use super::fluent::LanguageSource;
use super::help_lines::{HelpLinesFile, line_key, line_of_key};
use super::numbers::{digits, phone_numbers};
use super::tree::LocaleTree;
use crate::claims::{self, ClaimWords, LineFacts};
use crate::pack::ContentPack;

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
    /// Reads `<code>/claims.toml` and ties the language's line names to the lines.
    pub fn for_language(
        tree: &LocaleTree,
        code: &str,
        lines: &HelpLinesFile,
        language: &LanguageSource,
        problems: &mut Vec<Diagnostic>,
    ) -> TextRules {
        let path = Path::new(code).join(CLAIMS_FILE);
        let words: ClaimWords = tree.toml(&path, problems).unwrap_or_default();
        for message in claims::check_words(&words, &lines.ids()) {
            problems.push(Diagnostic::new(tree.name(&path), None, message));
        }
        let facts = lines
            .line
            .iter()
            .map(|line| {
                let mut names = language
                    .messages
                    .get(&line_key(&line.id, "name"))
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
    pub fn problems(&self, text: &str, implied: Option<&str>) -> Vec<String> {
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

fn allowed_numbers(lines: &HelpLinesFile) -> BTreeSet<String> {
    lines
        .line
        .iter()
        .filter_map(|line| line.number.as_deref())
        .chain(lines.other_numbers.iter().map(String::as_str))
        .map(digits)
        .collect()
}

/// Every message of `language` is held to `rules`; a help line's own messages (`line-<id>-…`)
/// are about that line even where they do not name it.
pub(crate) fn check_messages(
    language: &LanguageSource,
    rules: &TextRules,
    problems: &mut Vec<Diagnostic>,
) {
    for (key, message) in &language.messages {
        let implied = line_of_key(key, rules.lines.iter().map(|line| line.id.as_str()));
        for problem in rules.problems(&message.text, implied) {
            problems.push(Diagnostic::new(
                &message.file,
                message.line,
                format!("`{key}` {problem}"),
            ));
        }
    }
}
