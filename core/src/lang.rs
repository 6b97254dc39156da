//! Which language to show: the stored choice, else the browser's, else Romanian.

/// Romanian is the default: the app is for teenagers in Romania.
pub const DEFAULT_LANG: &str = "ro";

/// A language code as the locale folders name them: two or three lowercase ASCII letters.
pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// The primary subtag of a BCP 47 tag such as `hu-HU`, lowercased.
fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Picks the language to show.
///
/// A stored choice wins when it is available. A stored value that is not available (corrupt,
/// or a language since removed) falls back to the default rather than to the browser, so that
/// what the reader saw last stays predictable. With nothing stored, the first browser
/// language that is available wins.
pub fn negotiate<'a>(available: &[&'a str], stored: Option<&str>, browser: &[String]) -> &'a str {
    let default = available
        .iter()
        .copied()
        .find(|code| *code == DEFAULT_LANG)
        .or_else(|| available.first().copied())
        .unwrap_or(DEFAULT_LANG);
    if let Some(stored) = stored {
        return available
            .iter()
            .copied()
            .find(|code| *code == stored)
            .unwrap_or(default);
    }
    browser
        .iter()
        .find_map(|tag| {
            let wanted = primary_subtag(tag);
            available.iter().copied().find(|code| *code == wanted)
        })
        .unwrap_or(default)
}

/// The language tags of an `Accept-Language` header, most wanted first (by `q`, then by
/// order); those with `q=0` are refused and left out. The server hands them to [`negotiate`]
/// as the browser's languages, so a first visit to a prerendered page and the app that takes
/// it over pick the same language.
pub fn accept_language(header: &str) -> Vec<String> {
    let mut tags: Vec<(u16, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let mut weight = 1000;
            for param in parts {
                let param = param.trim();
                if let Some(value) = param
                    .strip_prefix("q=")
                    .or_else(|| param.strip_prefix("Q="))
                {
                    // q is at most three decimals in (0, 1]; anything unreadable counts as 0.
                    weight = value
                        .trim()
                        .parse::<f32>()
                        .ok()
                        .filter(|q| (0.0..=1.0).contains(q))
                        .map_or(0, |q| (q * 1000.0).round() as u16);
                }
            }
            (weight > 0).then(|| (weight, order, tag.to_string()))
        })
        .collect();
    tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_orders_by_weight_and_drops_refusals() {
        assert_eq!(
            accept_language("hu-HU,hu;q=0.9,en-US;q=0.8,en;q=0.7"),
            ["hu-HU", "hu", "en-US", "en"]
        );
        assert_eq!(accept_language("en;q=0.5, ro"), ["ro", "en"]);
        assert_eq!(accept_language("ro;q=0, ro-RO;Q=0.000, en;q=0.1"), ["en"]);
        assert!(accept_language("*, ;q=1, xx;q=abc").is_empty());
        let tags = accept_language("de-DE,hu;q=0.8,en;q=0.9");
        assert_eq!(negotiate(&AVAILABLE, None, &tags), "en");
    }

    const AVAILABLE: [&str; 3] = ["en", "hu", "ro"];

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn stored_choice_wins_over_the_browser() {
        assert_eq!(negotiate(&AVAILABLE, Some("hu"), &tags(&["en-GB"])), "hu");
    }

    #[test]
    fn unknown_stored_language_falls_back_to_romanian() {
        assert_eq!(negotiate(&AVAILABLE, Some("xx"), &tags(&["en-GB"])), "ro");
        assert_eq!(negotiate(&AVAILABLE, Some(""), &tags(&["hu"])), "ro");
    }

    #[test]
    fn browser_language_is_matched_by_primary_subtag() {
        assert_eq!(negotiate(&AVAILABLE, None, &tags(&["hu-HU", "en"])), "hu");
        assert_eq!(
            negotiate(&AVAILABLE, None, &tags(&["de-DE", "EN_us"])),
            "en"
        );
    }

    #[test]
    fn nothing_known_means_romanian() {
        assert_eq!(negotiate(&AVAILABLE, None, &tags(&["de", "fr"])), "ro");
        assert_eq!(negotiate(&AVAILABLE, None, &[]), "ro");
    }

    #[test]
    fn language_codes_are_short_lowercase_words() {
        assert!(is_language_code("ro"));
        assert!(is_language_code("rom"));
        assert!(!is_language_code("RO"));
        assert!(!is_language_code("r"));
        assert!(!is_language_code("../x"));
    }
}
