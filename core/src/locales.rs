//! Compiles `locales/` into one content pack per language, and reports every problem by file
//! and line. The build, the publisher and the tests all run this same code.
//!
//! Layout: `locales/pack.toml` (version and date), `locales/help-lines.toml` (the numbers,
//! addresses and check dates, which are not translated), and one folder per language holding
//! Fluent `.ftl` files. Adding a language is adding a folder.
//!
//! [`compile`] and [`compile_teach`] read the folder into a [`LocaleTree`] and hand it to
//! [`compile_tree`] and [`compile_teach_tree`], which never touch the disk. Each module uses
//! only those before it: `diagnostic`, `tree`, `numbers` (which [`crate::claims`] also uses),
//! `fluent`, `help_lines`, `rules`, then `lessons` and `teach`; this one builds the packs.

mod diagnostic;
mod fluent;
mod help_lines;
mod lessons;
pub(crate) mod numbers;
mod rules;
mod teach;
mod tree;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use fluent::TEACH_FILE;
pub use numbers::phone_numbers;
pub use rules::CLAIMS_FILE;
pub use teach::compile_teach_tree;
pub use tree::{LocaleTree, Unreadable};

use crate::lang::DEFAULT_LANG;
use crate::pack::{ContentPack, HelpLine, LanguageName, PACK_FORMAT};
use fluent::LanguageSource;
use help_lines::{HelpLinesFile, line_key};
use lessons::{Catalogue, Compiled};
use rules::TextRules;

const PACK_FILE: &str = "pack.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackMeta {
    version: u64,
    published: String,
}

/// Reads and checks the whole `locales/` folder at `root` and builds every language's pack.
pub fn compile(root: &Path) -> Result<Vec<ContentPack>, Diagnostics> {
    compile_tree(&LocaleTree::read(root))
}

/// The teacher area's messages of the `locales/` folder at `root` (see [`compile_teach_tree`]).
pub fn compile_teach(
    root: &Path,
) -> Result<BTreeMap<String, BTreeMap<String, String>>, Diagnostics> {
    compile_teach_tree(&LocaleTree::read(root))
}

/// Checks a whole locale tree and builds every language's pack.
pub fn compile_tree(tree: &LocaleTree) -> Result<Vec<ContentPack>, Diagnostics> {
    let mut problems = Vec::new();
    let meta: Option<PackMeta> = tree.toml(Path::new(PACK_FILE), &mut problems);
    let lines = HelpLinesFile::read(tree, &mut problems);
    let catalogue = Catalogue::read(tree, &mut problems);
    let languages = fluent::read_languages(tree, &mut problems);

    if let Some(lines) = &lines {
        lines.check(tree, &mut problems);
        if let Some(catalogue) = &catalogue {
            lessons::check_catalogue(tree, catalogue, &lines.ids(), &mut problems);
        }
    }
    let Some(reference) = languages.get(DEFAULT_LANG) else {
        problems.push(Diagnostic::new(
            tree.name(Path::new(DEFAULT_LANG)),
            None,
            format!("the default language folder `{DEFAULT_LANG}` is missing"),
        ));
        return Err(Diagnostics(problems));
    };
    let mut rules = BTreeMap::new();
    for (code, language) in &languages {
        let folder = tree.name(Path::new(code));
        // A problem of the whole language is reported at its first file, where an editor
        // looks for its messages.
        let first_file = language.first_file.clone().unwrap_or(folder.clone());
        if !language.messages.contains_key("language-name") {
            problems.push(Diagnostic::new(
                &first_file,
                None,
                "`language-name` is missing: the language's own name for itself",
            ));
        }
        fluent::compare_keys(language, reference, &folder, &mut problems);
        if let Some(lines) = &lines {
            help_lines::check_keys(language, lines, &first_file, &mut problems);
            let rule = TextRules::for_language(tree, code, lines, language, &mut problems);
            help_lines::check_unverified_fields(language, lines, &mut problems);
            rules::check_messages(language, &rule, &mut problems);
            rules.insert(code.as_str(), rule);
        }
    }
    let mut content: BTreeMap<&str, Compiled> = BTreeMap::new();
    if let Some(catalogue) = &catalogue {
        for (code, rule) in &rules {
            let compiled = lessons::compile(tree, code, catalogue, rule, &mut problems);
            content.insert(code, compiled);
        }
    }
    if let Some(reference) = content.get(DEFAULT_LANG) {
        for (code, compiled) in &content {
            lessons::compare_shapes(tree, code, &compiled.shape, &reference.shape, &mut problems);
        }
    }
    if let Some(meta) = &meta
        && crate::text::date_parts(&meta.published).is_none()
    {
        problems.push(Diagnostic::new(
            tree.name(Path::new(PACK_FILE)),
            None,
            format!(
                "`published` must be a date like 2026-11-28, not `{}`",
                meta.published
            ),
        ));
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
            .get(&line_key(id, name))
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
