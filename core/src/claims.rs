//! Claims about help lines that `../shared/facts.md` must back: when a line answers, whether it
//! is anonymous or confidential, what it costs. A frightened teen who reads "works any time" of
//! a line whose hours nobody checked may call into silence, so the validator refuses such a
//! sentence instead of trusting every editor to remember the table.
//!
//! Pure text rules: the locale compiler hands in each language's words (`claims.toml`) and the
//! lines with what facts.md does not verify for them (`help-lines.toml`, `unverified`).
//!
//! How a claim is tied to a line: text is cut into sentences (`.`, `!`, `?`, `…` before a space
//! or the end, and line breaks), and sentences into clauses (`, ; : ( ) – —` and the language's
//! "or" words). A clause names a line by its number, its web address or one of its names. A
//! claim word in a clause that names lines is about those lines; in a clause that names none,
//! about the lines of the nearest clause before it (or, failing that, after it) in the same
//! sentence. An hours or anonymity word in a sentence that names no line at all, right after
//! a sentence naming the anchor line, is about the anchor ("Call 0800 800 678. It never
//! closes."). Over-matching costs an editor a rewording; under-matching costs a teen trust,
//! so ties go to refusing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use crate::helpline::ANCHOR_ID;
use crate::locales::numbers::phone_numbers;

/// What a sentence may claim about a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// When the line answers: "any time", "24/7".
    Hours,
    /// That nobody learns who called.
    Anonymity,
    /// That what one says stays between the caller and the line.
    Confidentiality,
    /// That the call or the service costs nothing.
    Cost,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 4] = [
        ClaimKind::Hours,
        ClaimKind::Anonymity,
        ClaimKind::Confidentiality,
        ClaimKind::Cost,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Hours => "hours",
            ClaimKind::Anonymity => "anonymity",
            ClaimKind::Confidentiality => "confidentiality",
            ClaimKind::Cost => "cost",
        }
    }
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One language's words for naming lines and making claims, as `<lang>/claims.toml` holds them.
///
/// Every entry matches at the start of a word, case-insensitively; one ending in `*` is a stem
/// that also matches longer words ("anonim*" covers anonimă, anonimat), any other must end at
/// a word's end too ("free" does not match "freedom").
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimWords {
    /// Words that start a new clause, such as "or".
    #[serde(default)]
    pub separators: Vec<String>,
    /// Other names of a line, by line id, beyond its number, address and `line-<id>-name`:
    /// "the help line" for the anchor, an acronym, the organisation.
    #[serde(default)]
    pub names: BTreeMap<String, Vec<String>>,
    /// The words that make each kind of claim.
    pub claims: BTreeMap<ClaimKind, Vec<String>>,
}

/// A line as the claim check sees it.
#[derive(Debug, Clone, Default)]
pub struct LineFacts {
    pub id: String,
    /// The digits of its number, for lines one calls.
    pub digits: Option<String>,
    /// Every name a sentence may call it by: its site for an online form, `line-<id>-name`
    /// and `claims.toml`.
    pub names: Vec<String>,
    /// The claims facts.md does not verify for it.
    pub unverified: BTreeSet<ClaimKind>,
}

/// A sentence that makes a claim a line is not verified for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: String,
    pub kind: ClaimKind,
    pub word: String,
    pub sentence: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "“{}” claims {} (“{}”) of the line `{}`, which facts.md does not verify: {}",
            self.sentence.trim(),
            self.kind,
            self.word,
            self.line,
            match self.kind {
                ClaimKind::Hours => "say nothing of when it answers",
                ClaimKind::Anonymity => "do not say it is anonymous",
                ClaimKind::Confidentiality => "do not say it is confidential",
                ClaimKind::Cost => "do not say what it costs",
            }
        )
    }
}

/// Problems with a language's word list itself.
pub fn check_words(words: &ClaimWords, line_ids: &BTreeSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    for kind in ClaimKind::ALL {
        if words.claims.get(&kind).is_none_or(|list| list.is_empty()) {
            problems.push(format!(
                "`[claims] {kind}` needs the words that make a {kind} claim in this language"
            ));
        }
    }
    for id in words.names.keys() {
        if !line_ids.contains(id.as_str()) {
            problems.push(format!("`[names] {id}` names no line in help-lines.toml"));
        }
    }
    let entries = words
        .separators
        .iter()
        .chain(words.names.values().flatten())
        .chain(words.claims.values().flatten());
    for entry in entries {
        if fold(entry.trim_end_matches('*')).is_empty() {
            problems.push("an empty word in claims.toml matches everything".to_string());
        }
    }
    problems
}

/// Every unverified claim in `text`. `implied` is a line the whole text is about (a help line's
/// own description), named in every clause.
pub fn unverified_claims(
    text: &str,
    lines: &[LineFacts],
    words: &ClaimWords,
    implied: Option<&str>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut previous_names_anchor = false;
    for sentence in sentences(text) {
        let clauses = clauses(&sentence, &words.separators);
        let named: Vec<BTreeSet<&str>> = clauses
            .iter()
            .map(|clause| {
                let mut ids = names_in(clause, lines);
                ids.extend(implied);
                ids
            })
            .collect();
        // A sentence that names no line, right after one naming the anchor, is about it, but
        // only for hours and anonymity ("It never closes.", "It is anonymous.").
        let follows_anchor = previous_names_anchor && named.iter().all(BTreeSet::is_empty);
        for (index, clause) in clauses.iter().enumerate() {
            let about: BTreeSet<&str> = if !named[index].is_empty() {
                named[index].clone()
            } else if let Some(before) = named[..index].iter().rev().find(|ids| !ids.is_empty()) {
                before.clone()
            } else if let Some(after) = named[index + 1..].iter().find(|ids| !ids.is_empty()) {
                after.clone()
            } else if follows_anchor {
                BTreeSet::from([ANCHOR_ID])
            } else {
                BTreeSet::new()
            };
            for kind in ClaimKind::ALL {
                let Some(word) = words
                    .claims
                    .get(&kind)
                    .and_then(|list| list.iter().find(|word| contains_word(clause, word)))
                else {
                    continue;
                };
                if follows_anchor && !matches!(kind, ClaimKind::Hours | ClaimKind::Anonymity) {
                    continue;
                }
                for line in lines.iter().filter(|line| about.contains(line.id.as_str())) {
                    if line.unverified.contains(&kind) {
                        findings.push(Finding {
                            line: line.id.clone(),
                            kind,
                            word: word.clone(),
                            sentence: sentence.clone(),
                        });
                    }
                }
            }
        }
        previous_names_anchor = named.iter().any(|ids| ids.contains(ANCHOR_ID));
    }
    findings
}

/// Lowercased, with runs of whitespace as one space.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `word` (see [`ClaimWords`]) occurs on word boundaries in `haystack`, a text
/// already [`fold`]ed (clauses are folded once, not once per word).
fn contains_word(haystack: &str, word: &str) -> bool {
    let (stem, open_end) = match word.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    let needle = fold(stem);
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(&needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && (open_end || !after.is_some_and(char::is_alphanumeric))
    })
}

fn names_in<'a>(clause: &str, lines: &'a [LineFacts]) -> BTreeSet<&'a str> {
    let numbers: BTreeSet<String> = phone_numbers(clause).into_iter().collect();
    lines
        .iter()
        .filter(|line| {
            line.digits.as_ref().is_some_and(|d| numbers.contains(d))
                || line.names.iter().any(|name| contains_word(clause, name))
        })
        .map(|line| line.id.as_str())
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            out.push(std::mem::take(&mut current));
            continue;
        }
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?' | '…')
            && chars.peek().is_none_or(|next| next.is_whitespace());
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.retain(|sentence| !sentence.trim().is_empty());
    out
}

/// The clauses of a sentence, each [`fold`]ed.
fn clauses(sentence: &str, separators: &[String]) -> Vec<String> {
    let mut out: Vec<String> = sentence
        .split([',', ';', ':', '(', ')', '–', '—'])
        .map(fold)
        .collect();
    for separator in separators {
        let needle = format!(" {} ", fold(separator));
        out = out
            .into_iter()
            .flat_map(|clause| {
                clause
                    .split(&needle)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    out
}

/// The names a line's `line-<id>-name` text gives it: the whole name, the part before a colon
/// or a bracket, and what the brackets hold ("Telefonul Copilului: 116 111" gives "Telefonul
/// Copilului"; "… (ANITP)" gives "ANITP").
pub fn names_from_title(title: &str) -> Vec<String> {
    let mut names = vec![title.trim().to_string()];
    if let Some(head) = title.split([':', '(']).next() {
        names.push(head.trim().to_string());
    }
    if let Some((_, inner)) = title.split_once('(')
        && let Some((inner, _)) = inner.split_once(')')
    {
        names.push(inner.trim().to_string());
    }
    names.retain(|name| name.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> ClaimWords {
        ClaimWords {
            separators: vec!["or".into()],
            names: BTreeMap::from([("anitp".into(), vec!["help line".into()])]),
            claims: BTreeMap::from([
                (ClaimKind::Hours, vec!["any time".into(), "24/7".into()]),
                (ClaimKind::Anonymity, vec!["anonym*".into()]),
                (ClaimKind::Confidentiality, vec!["confidential*".into()]),
                (ClaimKind::Cost, vec!["free".into()]),
            ]),
        }
    }

    fn lines() -> Vec<LineFacts> {
        let line = |id: &str, digits: &str, unverified: &[ClaimKind]| LineFacts {
            id: id.into(),
            digits: Some(digits.into()),
            names: Vec::new(),
            unverified: unverified.iter().copied().collect(),
        };
        let mut anchor = line(
            "anitp",
            "0800800678",
            &[
                ClaimKind::Hours,
                ClaimKind::Anonymity,
                ClaimKind::Confidentiality,
            ],
        );
        anchor.names = vec!["help line".into()];
        vec![
            anchor,
            line(
                "emergency",
                "112",
                &[ClaimKind::Anonymity, ClaimKind::Confidentiality],
            ),
            line(
                "child-helpline",
                "116111",
                &[ClaimKind::Hours, ClaimKind::Cost],
            ),
            LineFacts {
                id: "esc-abuz".into(),
                digits: None,
                names: [
                    names_from_title("esc_ABUZ (Ora de Net)"),
                    vec!["oradenet.ro".into()],
                ]
                .concat(),
                unverified: [ClaimKind::Hours, ClaimKind::Cost].into(),
            },
        ]
    }

    fn found(text: &str) -> Vec<(String, ClaimKind)> {
        unverified_claims(text, &lines(), &words(), None)
            .into_iter()
            .map(|finding| (finding.line, finding.kind))
            .collect()
    }

    #[test]
    fn an_hours_claim_about_the_anchor_is_found() {
        assert_eq!(
            found("The link may be wrong. The help line works any time."),
            [("anitp".to_string(), ClaimKind::Hours)]
        );
        assert_eq!(
            found("Call 0800 800 678 any time."),
            [("anitp".to_string(), ClaimKind::Hours)]
        );
    }

    #[test]
    fn a_verified_claim_passes() {
        assert!(found("If someone is in danger, 112 answers at any time.").is_empty());
        assert!(found("Call 0800 800 678 for free.").is_empty());
        assert!(found("At 116 111 you talk confidentially.").is_empty());
    }

    #[test]
    fn a_claim_sticks_to_its_own_clause() {
        assert!(
            found("Options: 0800 800 678 for advice, 116 111 to talk confidentially.").is_empty()
        );
        assert_eq!(
            found("Report it on esc_ABUZ, anonymously if you like, or call 112."),
            []
        );
        assert_eq!(
            found("0800 800 678 and 112 answer 24/7."),
            [("anitp".to_string(), ClaimKind::Hours)]
        );
    }

    #[test]
    fn a_sentence_right_after_the_anchor_is_about_it() {
        assert_eq!(
            found("Call 0800 800 678. It is anonymous."),
            [("anitp".to_string(), ClaimKind::Anonymity)]
        );
        assert!(found("You can stop any time. Call 0800 800 678.").is_empty());
        assert!(found("Call 0800 800 678. Then you are free to go.").is_empty());
    }

    #[test]
    fn words_match_on_word_boundaries_and_stems() {
        assert!(contains_word(&fold("Totally Anonymously."), "anonym*"));
        assert!(!contains_word(&fold("freedom"), "free"));
        assert!(contains_word(&fold("for free."), "free"));
        assert!(!contains_word(&fold("pseudoanonymous"), "anonym*"));
        assert!(contains_word(&fold("open  24/7"), "24/7"));
    }

    #[test]
    fn cost_of_a_line_whose_cost_is_unverified_is_refused() {
        assert_eq!(
            found("116 111 is free."),
            [("child-helpline".to_string(), ClaimKind::Cost)]
        );
        assert_eq!(
            found("The form on oradenet.ro is free."),
            [("esc-abuz".to_string(), ClaimKind::Cost)]
        );
    }

    #[test]
    fn an_implied_line_is_named_everywhere() {
        let findings = unverified_claims("Works any time.", &lines(), &words(), Some("anitp"));
        assert_eq!(findings.len(), 1);
    }

    #[test]
    fn a_word_list_must_cover_every_kind_and_name_known_lines() {
        let mut list = words();
        list.claims.remove(&ClaimKind::Cost);
        list.names.insert("nobody".into(), vec!["x".into()]);
        let problems = check_words(&list, &BTreeSet::from(["anitp"]));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn names_come_from_the_title() {
        assert_eq!(
            names_from_title("Telefonul Copilului: 116 111"),
            ["Telefonul Copilului: 116 111", "Telefonul Copilului"]
        );
        assert_eq!(
            names_from_title("Linia împotriva traficului de persoane (ANITP)"),
            [
                "Linia împotriva traficului de persoane (ANITP)",
                "Linia împotriva traficului de persoane",
                "ANITP"
            ]
        );
    }
}
