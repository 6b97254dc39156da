//! The teacher area's texts (`<lang>/teach.ftl`), compiled apart from the student's packs so
//! that a student never downloads them, and held to the same number and claim rules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::diagnostic::{Diagnostic, Diagnostics};
use super::fluent::{self, LanguageSource, TEACH_FILE};
use super::help_lines::HelpLinesFile;
use super::rules::{self, TextRules};
use super::tree::LocaleTree;
use crate::lang::DEFAULT_LANG;

/// The teacher area's messages of every language, keyed by language code. Each language must
/// hold exactly the keys of the default language, with the same variables, and mention no
/// phone number that is not a help line.
pub fn compile_teach_tree(
    tree: &LocaleTree,
) -> Result<BTreeMap<String, BTreeMap<String, String>>, Diagnostics> {
    let mut problems = Vec::new();
    let lines = HelpLinesFile::read(tree, &mut problems);
    // The student pack's compile reports the language folders and their claims.toml; here
    // they only lend the language codes and the line names.
    let student = fluent::read_languages(tree, &mut Vec::new());
    let mut languages: BTreeMap<String, LanguageSource> = BTreeMap::new();
    let mut rules = BTreeMap::new();
    for (code, student_language) in student {
        if let Some(lines) = &lines {
            let rule =
                TextRules::for_language(tree, &code, lines, &student_language, &mut Vec::new());
            rules.insert(code.clone(), rule);
        }
        let mut language = LanguageSource::default();
        fluent::read_file(
            tree,
            &Path::new(&code).join(TEACH_FILE),
            &mut language,
            &mut problems,
        );
        languages.insert(code, language);
    }
    if let Some(reference) = languages.get(DEFAULT_LANG) {
        for (code, language) in &languages {
            let file = tree.name(&Path::new(code).join(TEACH_FILE));
            fluent::compare_keys(language, reference, &file, &mut problems);
            if let Some(rules) = rules.get(code) {
                rules::check_messages(language, rules, &mut problems);
            }
            for (key, message) in &reference.messages {
                if let Some(translated) = language.messages.get(key)
                    && variables(&translated.text) != variables(&message.text)
                {
                    problems.push(Diagnostic::new(
                        &translated.file,
                        translated.line,
                        format!(
                            "`{key}` must use the variables {:?}, as in `{DEFAULT_LANG}`",
                            variables(&message.text)
                        ),
                    ));
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
