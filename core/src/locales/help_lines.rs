//! The help lines: `help-lines.toml` (numbers, addresses, check dates and the claims facts.md
//! does not verify, the same in every language) and the `line-<id>-…` messages each language
//! writes about them.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use super::diagnostic::Diagnostic;
use super::fluent::LanguageSource;
use super::tree::LocaleTree;
use crate::claims::ClaimKind;
use crate::helpline::{ANCHOR_ID, ANCHOR_NUMBER};

const HELP_LINES_FILE: &str = "help-lines.toml";

/// The keys every help line needs in every language, after its `line-<id>-` prefix.
const REQUIRED_LINE_FIELDS: [&str; 4] = ["name", "purpose", "who", "happens"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HelpLinesFile {
    /// Numbers the text may mention that are not lines of their own (facts.md backs each).
    #[serde(default)]
    pub other_numbers: Vec<String>,
    pub line: Vec<HelpLineSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HelpLineSource {
    pub id: String,
    pub number: Option<String>,
    pub url: Option<String>,
    pub verified_on: String,
    /// The claims facts.md does not verify for this line (hours, anonymity, confidentiality,
    /// cost): no text may make them of it. Required, so that a new line states it.
    pub unverified: Vec<ClaimKind>,
}

impl HelpLinesFile {
    pub fn read(tree: &LocaleTree, problems: &mut Vec<Diagnostic>) -> Option<HelpLinesFile> {
        tree.toml(Path::new(HELP_LINES_FILE), problems)
    }

    pub fn ids(&self) -> BTreeSet<&str> {
        self.line.iter().map(|line| line.id.as_str()).collect()
    }

    /// The file's own problems: the anchor's number, duplicate ids, how each line is reached
    /// and its check date.
    pub fn check(&self, tree: &LocaleTree, problems: &mut Vec<Diagnostic>) {
        let file = tree.name(Path::new(HELP_LINES_FILE));
        let mut here = |message: String| problems.push(Diagnostic::new(&file, None, message));
        let anchor = self.line.iter().find(|line| line.id == ANCHOR_ID);
        if anchor.and_then(|line| line.number.as_deref()) != Some(ANCHOR_NUMBER) {
            here(format!(
                "the line `{ANCHOR_ID}` must carry the number {ANCHOR_NUMBER}; it is fixed in code"
            ));
        }
        let mut seen = BTreeSet::new();
        for line in &self.line {
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
}

/// The key of a line's message in every language.
pub(crate) fn line_key(id: &str, field: &str) -> String {
    format!("line-{id}-{field}")
}

/// The line a `line-<id>-…` key is about. The longest id wins, since one id can begin another.
pub(crate) fn line_of_key<'a>(key: &str, ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let rest = key.strip_prefix("line-")?;
    ids.filter(|id| {
        rest.strip_prefix(id)
            .is_some_and(|tail| tail.starts_with('-'))
    })
    .max_by_key(|id| id.len())
}

/// Every line has its required messages in `language` (reported at `file`, where the language
/// starts), and every `line-…` message names a line.
pub(crate) fn check_keys(
    language: &LanguageSource,
    lines: &HelpLinesFile,
    file: &Path,
    problems: &mut Vec<Diagnostic>,
) {
    for line in &lines.line {
        for field in REQUIRED_LINE_FIELDS {
            let key = line_key(&line.id, field);
            if !language.messages.contains_key(&key) {
                problems.push(Diagnostic::new(
                    file,
                    None,
                    format!("missing key `{key}` for the help line `{}`", line.id),
                ));
            }
        }
    }
    let ids = lines.ids();
    for (key, message) in &language.messages {
        if key.starts_with("line-") && line_of_key(key, ids.iter().copied()).is_none() {
            problems.push(Diagnostic::new(
                &message.file,
                message.line,
                format!("`{key}` names no help line in help-lines.toml"),
            ));
        }
    }
}

/// A line's `-hours` and `-cost` messages exist only where facts.md verifies them.
pub(crate) fn check_unverified_fields(
    language: &LanguageSource,
    lines: &HelpLinesFile,
    problems: &mut Vec<Diagnostic>,
) {
    for line in &lines.line {
        for (field, kind) in [("hours", ClaimKind::Hours), ("cost", ClaimKind::Cost)] {
            let key = line_key(&line.id, field);
            if let Some(message) = language.messages.get(&key)
                && line.unverified.contains(&kind)
            {
                problems.push(Diagnostic::new(
                    &message.file,
                    message.line,
                    format!(
                        "`{key}`: help-lines.toml marks the {kind} of `{}` unverified; remove this message",
                        line.id
                    ),
                ));
            }
        }
    }
}
