//! The content pack: everything one language's reader sees, as one JSON document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::helpline::{ANCHOR_ID, ANCHOR_NUMBER, ANCHOR_TEL};
use crate::text;

/// The pack format this build reads and writes. A pack of another format is refused.
/// 2: each lesson carries its own poster slogan; the pack-wide slogan list is gone.
pub const PACK_FORMAT: u32 = 2;

/// The marker shown where a message is missing, so that a gap is visible in tests and review.
pub const MISSING_MARKER: &str = "\u{27e6}";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContentPack {
    pub format: u32,
    pub lang: String,
    /// Grows with every publication; an update is accepted only with a higher one.
    pub version: u64,
    /// The publication date, ISO 8601.
    pub published: String,
    /// Every language of the build with its own name for itself, for the language switch.
    pub languages: Vec<LanguageName>,
    /// The interface messages, compiled from Fluent: plain text with `{$name}` placeholders.
    pub ui: BTreeMap<String, String>,
    pub help_lines: Vec<HelpLine>,
    pub lessons: Vec<Lesson>,
    /// Self-checks: the reader judges someone else's story. Nothing about them is stored.
    pub checks: Vec<SelfCheck>,
}

/// The themes Home groups lessons by, in the order it shows them.
pub const THEMES: [&str; 4] = ["online", "relationships", "work-money", "getting-help"];

/// A micro-lesson: a few short cards, one scenario, one takeaway, one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    /// Printed in QR codes: never changes, never disappears.
    pub id: String,
    /// One of [`THEMES`].
    pub theme: String,
    pub title: String,
    pub summary: String,
    /// The lesson's own poster slogan; a class may write its own on the poster tool instead.
    pub slogan: String,
    /// Estimated reading time, from the word count.
    pub minutes: u8,
    /// Each card is plain text; a blank line separates paragraphs.
    pub cards: Vec<String>,
    pub scenario: Scenario,
    pub takeaway: String,
    pub action: Action,
}

/// "What would you do?": a situation and choices, each with its own feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub situation: String,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub text: String,
    pub feedback: String,
}

/// What to do next, and the help line it points to, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<String>,
}

/// A self-check: statements about someone else's situation; the reader picks the ones the
/// prompt asks for, then sees why each is or is not one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheck {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub prompt: String,
    pub items: Vec<CheckItem>,
    pub closing: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckItem {
    pub text: String,
    /// Whether this is one the prompt asks the reader to pick.
    pub pick: bool,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageName {
    pub code: String,
    pub name: String,
}

/// A place to turn to, described honestly: who answers and what happens when you call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpLine {
    pub id: String,
    /// The number as people read it, for lines one calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// A web address, for lines that are online forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub name: String,
    pub purpose: String,
    pub who_answers: String,
    pub what_happens: String,
    /// Only where verified; absent means the app says nothing about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When these details were last checked, ISO 8601.
    pub verified_on: String,
}

/// A help line's link: where it goes, what it says, and whether it leaves the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineAction {
    pub href: String,
    pub label: String,
    /// A web address: opened in a new tab, with no referrer and no opener.
    pub external: bool,
}

/// Why a pack cannot be used. Each carries a message key the app can translate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("pack-error-malformed")]
    Malformed(String),
    #[error("pack-error-format")]
    UnsupportedFormat(u32),
    #[error("pack-error-language")]
    WrongLanguage { expected: String, found: String },
    #[error("pack-error-anchor")]
    AnchorChanged,
}

impl PackError {
    /// The key of the message that explains this error to a reader.
    pub fn message_key(&self) -> &'static str {
        match self {
            PackError::Malformed(_) => "pack-error-malformed",
            PackError::UnsupportedFormat(_) => "pack-error-format",
            PackError::WrongLanguage { .. } => "pack-error-language",
            PackError::AnchorChanged => "pack-error-anchor",
        }
    }
}

impl ContentPack {
    /// Reads a pack and checks what every pack must hold, whatever its source.
    pub fn from_json(json: &str, expected_lang: &str) -> Result<ContentPack, PackError> {
        let pack: ContentPack =
            serde_json::from_str(json).map_err(|err| PackError::Malformed(err.to_string()))?;
        pack.validate(expected_lang)?;
        Ok(pack)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a pack always serialises")
    }

    /// The checks shared by built-in packs and updates.
    pub fn validate(&self, expected_lang: &str) -> Result<(), PackError> {
        if self.format != PACK_FORMAT {
            return Err(PackError::UnsupportedFormat(self.format));
        }
        if self.lang != expected_lang {
            return Err(PackError::WrongLanguage {
                expected: expected_lang.to_string(),
                found: self.lang.clone(),
            });
        }
        let anchor = self.help_lines.iter().find(|line| line.id == ANCHOR_ID);
        match anchor.and_then(|line| line.number.as_deref()) {
            Some(number) if number == ANCHOR_NUMBER => Ok(()),
            _ => Err(PackError::AnchorChanged),
        }
    }

    /// A message by key, or a visible marker when it is missing.
    pub fn text(&self, key: &str) -> String {
        match self.ui.get(key) {
            Some(message) => message.clone(),
            None => format!("{MISSING_MARKER}{key}\u{27e7}"),
        }
    }

    /// A message with its `{$name}` placeholders filled.
    pub fn text_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        text::fill(&self.text(key), args)
    }

    /// A date in this language's format, from the `date-format` message.
    pub fn date(&self, iso: &str) -> String {
        match text::date_parts(iso) {
            Some(parts) => {
                let args: Vec<(&str, &str)> = parts.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.text_with("date-format", &args)
            }
            None => iso.to_string(),
        }
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|lesson| lesson.id == id)
    }

    pub fn self_check(&self, id: &str) -> Option<&SelfCheck> {
        self.checks.iter().find(|check| check.id == id)
    }

    pub fn help_line(&self, id: &str) -> Option<&HelpLine> {
        self.help_lines.iter().find(|line| line.id == id)
    }

    /// The site of a line's web address as people read it: `https://oradenet.ro/` → `oradenet.ro`.
    pub fn site_of(url: &str) -> &str {
        url.trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
    }

    /// What a reader does with a line, in this pack's words: call it, or open its site (in a
    /// new tab, telling it nothing of where the reader came from). Help and a lesson's
    /// wrap-up both offer it, so both show the same link.
    pub fn action_of(&self, line: &HelpLine) -> Option<LineAction> {
        if let Some(href) = ContentPack::tel_of(line) {
            let number = if line.id == ANCHOR_ID {
                ANCHOR_NUMBER
            } else {
                line.number.as_deref().unwrap_or_default()
            };
            return Some(LineAction {
                href,
                label: self.text_with("help-call", &[("number", number)]),
                external: false,
            });
        }
        let url = line.url.as_ref()?;
        Some(LineAction {
            href: url.clone(),
            label: self.text_with("help-open-site", &[("site", ContentPack::site_of(url))]),
            external: true,
        })
    }

    /// The `tel:` link of a help line, if it is one you call. The anchor's comes from code.
    pub fn tel_of(line: &HelpLine) -> Option<String> {
        if line.id == ANCHOR_ID {
            return Some(ANCHOR_TEL.to_string());
        }
        line.number.as_deref().map(crate::helpline::tel_uri)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample_pack(lang: &str) -> ContentPack {
        ContentPack {
            format: PACK_FORMAT,
            lang: lang.to_string(),
            version: 1,
            published: "2026-11-28".into(),
            languages: vec![LanguageName {
                code: lang.into(),
                name: "Română".into(),
            }],
            ui: BTreeMap::from([
                (
                    "date-format".to_string(),
                    "{$day}.{$month}.{$year}".to_string(),
                ),
                ("hello".to_string(), "Salut, {$name}!".to_string()),
            ]),
            help_lines: vec![HelpLine {
                id: ANCHOR_ID.into(),
                number: Some(ANCHOR_NUMBER.into()),
                url: None,
                name: "ANITP".into(),
                purpose: "p".into(),
                who_answers: "w".into(),
                what_happens: "h".into(),
                cost: None,
                hours: None,
                note: None,
                verified_on: "2026-11-28".into(),
            }],
            lessons: Vec::new(),
            checks: Vec::new(),
        }
    }

    #[test]
    fn round_trips_through_json() {
        let pack = sample_pack("ro");
        assert_eq!(ContentPack::from_json(&pack.to_json(), "ro"), Ok(pack));
    }

    #[test]
    fn refuses_another_language() {
        let json = sample_pack("en").to_json();
        assert!(matches!(
            ContentPack::from_json(&json, "ro"),
            Err(PackError::WrongLanguage { .. })
        ));
    }

    #[test]
    fn refuses_an_unknown_format() {
        let mut pack = sample_pack("ro");
        pack.format = 99;
        let err = ContentPack::from_json(&pack.to_json(), "ro").unwrap_err();
        assert_eq!(err, PackError::UnsupportedFormat(99));
        assert_eq!(err.message_key(), "pack-error-format");
    }

    #[test]
    fn refuses_a_changed_or_missing_anchor_number() {
        let mut pack = sample_pack("ro");
        pack.help_lines[0].number = Some("0800 000 000".into());
        assert_eq!(
            ContentPack::from_json(&pack.to_json(), "ro"),
            Err(PackError::AnchorChanged)
        );
        pack.help_lines.clear();
        assert_eq!(
            ContentPack::from_json(&pack.to_json(), "ro"),
            Err(PackError::AnchorChanged)
        );
    }

    #[test]
    fn refuses_broken_json() {
        assert!(matches!(
            ContentPack::from_json("{\"format\":1", "ro"),
            Err(PackError::Malformed(_))
        ));
    }

    #[test]
    fn missing_messages_are_marked() {
        let pack = sample_pack("ro");
        assert_eq!(pack.text_with("hello", &[("name", "Ana")]), "Salut, Ana!");
        assert!(pack.text("nope").starts_with(MISSING_MARKER));
        assert_eq!(pack.date("2026-11-28"), "28.11.2026");
    }

    #[test]
    fn the_anchor_dials_the_constant() {
        let pack = sample_pack("ro");
        assert_eq!(
            ContentPack::tel_of(&pack.help_lines[0]).as_deref(),
            Some(ANCHOR_TEL)
        );
    }

    #[test]
    fn a_line_is_called_or_its_site_opened_in_a_new_tab() {
        let mut pack = sample_pack("ro");
        pack.ui
            .insert("help-call".into(), "Sună la {$number}".into());
        pack.ui
            .insert("help-open-site".into(), "Deschide {$site}".into());
        let mut anchor = pack.help_lines[0].clone();
        anchor.id = ANCHOR_ID.into();
        anchor.number = Some("0800 000 000".into());
        let call = pack.action_of(&anchor).unwrap();
        assert_eq!(call.href, ANCHOR_TEL);
        assert!(call.label.contains(ANCHOR_NUMBER), "{}", call.label);
        assert!(!call.external);
        let mut site = anchor.clone();
        site.id = "esc-abuz".into();
        site.number = None;
        site.url = Some("https://oradenet.ro/".into());
        let open = pack.action_of(&site).unwrap();
        assert_eq!(open.href, "https://oradenet.ro/");
        assert!(open.label.contains("oradenet.ro"), "{}", open.label);
        assert!(open.external);
        site.url = None;
        assert_eq!(pack.action_of(&site), None);
    }
}
