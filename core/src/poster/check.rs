//! What a teacher may type: campaign tags, class slogans and credit lines, checked the same way
//! in the browser, in the CLI and before any page is drawn.

use super::PosterLesson;
use super::font::{PosterFont, fits, wrap};
use super::layout::{CREDIT_SIZE, CREDIT_WIDTH, SLOGAN_LINES, SLOGAN_SIZE, SLOGAN_WIDTH};
use crate::phone::holds_phone_number;
use crate::slogan::MAX_SLOGAN_CHARS;

/// The longest campaign tag: short URLs keep the QR code small enough for a sticker.
pub const MAX_TAG: usize = 16;
pub const MAX_CREDIT_CHARS: usize = 70;

/// Why a tag, slogan or credit line was refused. Each names the message shown to the teacher.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputProblem {
    #[error("the campaign tag may only hold a-z, 0-9 and -, at most 16")]
    Tag,
    #[error("the slogan is empty")]
    SloganEmpty,
    #[error("the slogan does not fit the poster")]
    SloganLong,
    #[error("the slogan holds a link")]
    SloganLink,
    #[error("the slogan holds an e-mail address")]
    SloganEmail,
    #[error("the slogan holds a phone number")]
    SloganPhone,
    #[error("the slogan seems to name a person: {0}")]
    SloganName(String),
    #[error("the poster font cannot print: {0}")]
    SloganLetters(String),
    #[error("the credit line does not fit")]
    CreditLong,
    #[error("the credit line holds a link, an e-mail address or a phone number")]
    CreditContact,
    #[error("the credit line must name a school or a class")]
    CreditSchool,
    #[error("the poster font cannot print: {0}")]
    CreditLetters(String),
}

impl InputProblem {
    pub fn message_key(&self) -> &'static str {
        match self {
            InputProblem::Tag => "err-tag",
            InputProblem::SloganEmpty => "err-slogan-empty",
            InputProblem::SloganLong => "err-slogan-long",
            InputProblem::SloganLink => "err-slogan-link",
            InputProblem::SloganEmail => "err-slogan-email",
            InputProblem::SloganPhone => "err-slogan-phone",
            InputProblem::SloganName(_) => "err-slogan-name",
            InputProblem::SloganLetters(_) => "err-slogan-letters",
            InputProblem::CreditLong => "err-credit-long",
            InputProblem::CreditContact => "err-credit-contact",
            InputProblem::CreditSchool => "err-credit-school",
            InputProblem::CreditLetters(_) => "err-credit-letters",
        }
    }

    /// The characters to show in the message, for the `{ $chars }` variable.
    pub fn chars(&self) -> Option<&str> {
        match self {
            InputProblem::SloganLetters(chars) | InputProblem::CreditLetters(chars) => Some(chars),
            _ => None,
        }
    }
}

/// A campaign tag: empty means none.
pub fn campaign_tag(raw: &str) -> Result<Option<String>, InputProblem> {
    let tag = raw.trim();
    if tag.is_empty() {
        return Ok(None);
    }
    let allowed = |ch: char| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-';
    if tag.chars().count() > MAX_TAG || !tag.chars().all(allowed) {
        return Err(InputProblem::Tag);
    }
    Ok(Some(tag.to_string()))
}

/// Words that may be capitalised mid-sentence without naming a person: apps and places a
/// lesson talks about. The capitalised words of the posters' titles count too ([`known_words`]).
const ALWAYS_ALLOWED: &[&str] = &[
    "ANITP",
    "Discord",
    "Europa",
    "Europe",
    "Facebook",
    "Google",
    "Instagram",
    "Internet",
    "Magyarország",
    "Messenger",
    "România",
    "Romania",
    "Románia",
    "Snapchat",
    "Telegram",
    "TikTok",
    "Veriga",
    "WhatsApp",
    "YouTube",
];

/// A slogan the class wrote. `known_words` are the capitalised words of the built-in text on
/// the posters ([`known_words`]), which are never names.
pub fn class_slogan(
    raw: &str,
    font: &PosterFont,
    known_words: &[&str],
) -> Result<String, InputProblem> {
    let slogan = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if slogan.is_empty() {
        return Err(InputProblem::SloganEmpty);
    }
    let unprintable = unprintable(&slogan, font);
    if !unprintable.is_empty() {
        return Err(InputProblem::SloganLetters(unprintable));
    }
    if holds_email(&slogan) {
        return Err(InputProblem::SloganEmail);
    }
    if holds_link(&slogan) {
        return Err(InputProblem::SloganLink);
    }
    if holds_phone_number(&slogan) {
        return Err(InputProblem::SloganPhone);
    }
    if let Some(name) = seems_to_name_someone(&slogan, known_words) {
        return Err(InputProblem::SloganName(name));
    }
    if slogan.chars().count() > MAX_SLOGAN_CHARS || !slogan_fits(&slogan, font) {
        return Err(InputProblem::SloganLong);
    }
    Ok(slogan)
}

/// Whether a slogan fits its place on the A4 poster (A3 is the same page, scaled).
pub fn slogan_fits(slogan: &str, font: &PosterFont) -> bool {
    let lines = wrap(font, slogan, SLOGAN_SIZE, SLOGAN_WIDTH);
    lines.len() <= SLOGAN_LINES && fits(font, &lines, SLOGAN_SIZE, SLOGAN_WIDTH)
}

/// Words that show a credit line names a school or a class, in any of the three languages.
const SCHOOL_WORDS: &[&str] = &[
    "școal",
    "scoal",
    "şcoal",
    "liceu",
    "colegi",
    "clas",
    "gimnazi",
    "seminar",
    "grup școlar",
    "school",
    "class",
    "college",
    "academy",
    "iskola",
    "osztály",
    "osztaly",
    "gimnázium",
    "líceum",
    "kollégium",
    "szakközépiskola",
];

/// The credit line ("Made by …"): a school or class, never a student. Empty means none.
pub fn credit_line(raw: &str, font: &PosterFont) -> Result<Option<String>, InputProblem> {
    let credit = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if credit.is_empty() {
        return Ok(None);
    }
    let unprintable = unprintable(&credit, font);
    if !unprintable.is_empty() {
        return Err(InputProblem::CreditLetters(unprintable));
    }
    if holds_email(&credit) || holds_link(&credit) || holds_phone_number(&credit) {
        return Err(InputProblem::CreditContact);
    }
    let lower = fold_case(&credit);
    if !SCHOOL_WORDS.iter().any(|word| lower.contains(word)) {
        return Err(InputProblem::CreditSchool);
    }
    if credit.chars().count() > MAX_CREDIT_CHARS
        || font.width(&credit, CREDIT_SIZE) > CREDIT_WIDTH * 0.8
    {
        return Err(InputProblem::CreditLong);
    }
    Ok(Some(credit))
}

/// Lower case for the letters a poster can print. `str::to_lowercase` would bring all of
/// Unicode's case tables into the teacher module for the same answer.
fn fold_case(text: &str) -> String {
    text.chars()
        .map(|ch| match ch {
            'A'..='Z' => ch.to_ascii_lowercase(),
            // Latin-1 capitals sit 32 below their small letters (× is not a letter).
            'À'..='Þ' if ch != '×' => char::from_u32(ch as u32 + 32).unwrap_or(ch),
            // Latin Extended-A and the comma-below letters pair capital, small; from Ĺ to Ň
            // and from Ź to Ž the capital comes on the odd code point.
            'Ā'..='ž' | 'Ș'..='ț' => {
                let code = ch as u32;
                let odd_capitals =
                    (0x139..=0x148).contains(&code) || (0x179..=0x17E).contains(&code);
                let capital = if odd_capitals {
                    !code.is_multiple_of(2)
                } else {
                    code.is_multiple_of(2)
                };
                if capital && !matches!(ch, 'ĸ' | 'ŉ' | 'ı' | 'ſ') {
                    char::from_u32(code + 1).unwrap_or(ch)
                } else {
                    ch
                }
            }
            _ => ch,
        })
        .collect()
}

fn unprintable(text: &str, font: &PosterFont) -> String {
    let mut missing: Vec<char> = text.chars().filter(|ch| !font.prints(*ch)).collect();
    missing.sort_unstable();
    missing.dedup();
    missing.into_iter().collect()
}

fn holds_email(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    })
}

/// A link: a scheme, "www.", or a word with a dot between letters ("site.ro", "bit.ly/x").
fn holds_link(text: &str) -> bool {
    let lower = fold_case(text);
    if lower.contains("://") || lower.contains("www.") {
        return true;
    }
    lower.split_whitespace().any(|word| {
        let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
        let chars: Vec<char> = word.chars().collect();
        chars
            .windows(3)
            .any(|w| w[1] == '.' && w[0].is_alphanumeric() && w[2].is_alphabetic())
            || word.contains('/')
    })
}

/// A capitalised word that does not start a sentence and is not a known word, or an
/// "@handle". Slogans speak to everyone, so a name in one is nearly always a person's.
fn seems_to_name_someone(text: &str, known_words: &[&str]) -> Option<String> {
    let mut sentence_start = true;
    for raw_word in text.split_whitespace() {
        if raw_word.starts_with('@') && raw_word.len() > 1 {
            return Some(raw_word.to_string());
        }
        let word = raw_word.trim_matches(|ch: char| !ch.is_alphanumeric());
        let starts_upper = word.chars().next().is_some_and(char::is_uppercase);
        let all_upper = word.chars().all(|ch| !ch.is_lowercase());
        let known = ALWAYS_ALLOWED.contains(&word) || known_words.contains(&word);
        if starts_upper && !sentence_start && !all_upper && !known {
            return Some(word.to_string());
        }
        if !word.is_empty() {
            sentence_start = raw_word.ends_with(['.', '!', '?', ':', '"', '„', '”', '»']);
        }
        if raw_word.chars().all(|ch| !ch.is_alphanumeric()) {
            sentence_start = sentence_start || raw_word.contains(['-', '–', '—']);
        }
    }
    None
}

/// The words a class slogan may capitalise besides [`ALWAYS_ALLOWED`]: those of the titles of
/// the lessons on the posters. The form, the layout and the CLI's campaign rows all ask this,
/// so a slogan one of them accepts is never refused by another.
pub fn known_words(lessons: &[PosterLesson]) -> Vec<&str> {
    let mut words: Vec<&str> = lessons
        .iter()
        .flat_map(|lesson| lesson.title.split_whitespace())
        .map(|word| word.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn font() -> PosterFont<'static> {
        PosterFont::built_in()
    }

    #[test]
    fn tags_are_lowercase_letters_digits_and_dashes_up_to_16() {
        assert_eq!(campaign_tag("  "), Ok(None));
        assert_eq!(campaign_tag("sc3-craiova"), Ok(Some("sc3-craiova".into())));
        assert_eq!(campaign_tag("Sc3"), Err(InputProblem::Tag));
        assert_eq!(campaign_tag("școala"), Err(InputProblem::Tag));
        assert_eq!(campaign_tag("a b"), Err(InputProblem::Tag));
        assert_eq!(campaign_tag("abcdefghijklmnopq"), Err(InputProblem::Tag));
        assert_eq!(
            campaign_tag("abcdefghijklmnop"),
            Ok(Some("abcdefghijklmnop".into()))
        );
    }

    #[test]
    fn a_class_slogan_in_romanian_or_hungarian_is_kept_as_typed() {
        let slogan = "Prietenia adevărată nu-ți cere să taci. Întreabă, spune!";
        assert_eq!(class_slogan(slogan, &font(), &[]), Ok(slogan.to_string()));
        let hungarian = "A valódi barát nem kér titkot. Szólj időben, ő is örül!";
        assert_eq!(
            class_slogan(hungarian, &font(), &[]),
            Ok(hungarian.to_string())
        );
    }

    #[test]
    fn phone_numbers_links_emails_and_names_are_refused() {
        let f = font();
        for (slogan, problem) in [
            ("Sună la 0722 123 456 acum", InputProblem::SloganPhone),
            ("Sună la +40-722-123-456", InputProblem::SloganPhone),
            ("Sună la 112 dacă e grav", InputProblem::SloganPhone),
            ("Sună la 0800 800 678", InputProblem::SloganPhone),
            ("Intră pe www.exemplu.ro", InputProblem::SloganLink),
            ("Intră pe exemplu.ro azi", InputProblem::SloganLink),
            ("Vezi https://x", InputProblem::SloganLink),
            ("Scrie-ne la clasa@scoala.ro", InputProblem::SloganEmail),
            (
                "Nu fi ca Andrei, spune!",
                InputProblem::SloganName("Andrei".into()),
            ),
            (
                "Urmărește @andrei_pop",
                InputProblem::SloganName("@andrei_pop".into()),
            ),
            ("", InputProblem::SloganEmpty),
            ("Smile ☺ always", InputProblem::SloganLetters("☺".into())),
        ] {
            assert_eq!(class_slogan(slogan, &f, &[]), Err(problem), "{slogan}");
        }
    }

    #[test]
    fn years_class_numbers_and_known_words_are_not_phone_numbers_or_names() {
        let f = font();
        for slogan in [
            "Clasa a 8-a spune: nu în 2026!",
            "Pe Instagram, nu orice prieten e prieten.",
            "Stop! Gândește. Întreabă pe cineva de încredere.",
            "NU trimite poze. Nimănui.",
        ] {
            assert!(class_slogan(slogan, &f, &[]).is_ok(), "{slogan}");
        }
        assert!(class_slogan("Cu Veriga ești tare", &f, &[]).is_ok());
        assert!(class_slogan("Ascultă de Lover", &f, &["Lover"]).is_ok());
    }

    #[test]
    fn a_slogan_too_long_for_three_lines_is_refused() {
        let long = "Nu trimite poze nimănui pe care nu îl cunoști bine și nici celor pe care crezi că îi cunoști";
        assert_eq!(
            class_slogan(long, &font(), &[]),
            Err(InputProblem::SloganLong)
        );
    }

    #[test]
    fn case_folding_covers_romanian_and_hungarian_capitals() {
        assert_eq!(
            fold_case("ȘCOALA ŢĂRĂNEASCĂ ÎN ÓVÁROS, ŐSZ ŰR"),
            "școala ţărănească în óváros, ősz űr"
        );
        assert_eq!(fold_case("WWW.Exemplu.RO"), "www.exemplu.ro");
        assert_eq!(fold_case("ĹĺŽž ő ű"), "ĺĺžž ő ű");
    }

    #[test]
    fn credit_lines_name_a_school_or_class() {
        let f = font();
        assert_eq!(credit_line("", &f), Ok(None));
        assert!(
            credit_line("Clasa a VIII-a B, Școala Gimnazială nr. 3", &f)
                .unwrap()
                .is_some()
        );
        assert!(
            credit_line("8. B osztály, 3. számú Általános Iskola", &f)
                .unwrap()
                .is_some()
        );
        assert_eq!(
            credit_line("Ana Popescu", &f),
            Err(InputProblem::CreditSchool)
        );
        assert_eq!(
            credit_line("Clasa 8B, 0722123456", &f),
            Err(InputProblem::CreditContact)
        );
    }
}
