//! Filling compiled messages (`{$name}` placeholders, as the locale compiler writes them) and
//! escaping text for HTML and SVG, the one rule every page and poster writer uses.

/// `text` made safe inside an element or a quoted attribute (either quote) of HTML or SVG.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            ch => out.push(ch),
        }
    }
    out
}

/// Replaces each `{$name}` in `template` with its value from `args`. A placeholder with no
/// value stays visible as written, so a missing argument shows up in review instead of
/// silently vanishing from a sentence.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{$") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + 3 + end]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits an ISO date (`2026-11-28`) into the arguments a `date-format` message takes:
/// `day`, `month` and `year`, without leading zeros on day and month.
pub fn date_parts(iso: &str) -> Option<[(&'static str, String); 3]> {
    let mut parts = iso.splitn(3, '-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some([
        ("day", day.to_string()),
        ("month", month.to_string()),
        ("year", year.to_string()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_character_that_could_end_text_or_an_attribute() {
        assert_eq!(
            escape_html(r#"<a href="x" title='y'>Tom & Jerry</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
        assert_eq!(escape_html("ș ț ő ű"), "ș ț ő ű");
    }

    #[test]
    fn fills_named_placeholders() {
        assert_eq!(
            fill("Verificat la {$date}.", &[("date", "28.11.2026")]),
            "Verificat la 28.11.2026."
        );
        assert_eq!(fill("{$a}{$b}", &[("a", "1"), ("b", "2")]), "12");
    }

    #[test]
    fn missing_arguments_stay_visible() {
        assert_eq!(fill("x {$who} y", &[]), "x {$who} y");
        assert_eq!(fill("open {$ no end", &[]), "open {$ no end");
    }

    #[test]
    fn splits_iso_dates() {
        let parts = date_parts("2026-01-05").unwrap();
        assert_eq!(parts[0], ("day", "5".to_string()));
        assert_eq!(parts[1], ("month", "1".to_string()));
        assert_eq!(parts[2], ("year", "2026".to_string()));
        assert!(date_parts("2026-13-05").is_none());
        assert!(date_parts("yesterday").is_none());
    }
}
