//! Phone numbers in text: the one rule for what counts as one. The locale compiler refuses the
//! numbers of a lesson or message that are not help lines, the claim check knows a line by its
//! number, and the poster tool refuses a class slogan or credit line that holds any; all three
//! ask [`phone_numbers`], so a number one of them would let through cannot pass another.
//!
//! Digits are grouped as people write numbers: groups joined by one space (or another single
//! whitespace character, such as a no-break space) always belong together; groups joined by
//! dots, dashes, slashes, brackets, `+` or several spaces make a number when it starts as one
//! is dialled, with `0` or `+` ("0722-123-456", "+40 (722) 123 456"), or when they join nine
//! digits or more, a Romanian number without its 0 ("722-123-456"), so that years, ranges,
//! dates and law numbers ("2018-2022", "424/2023", "2026-11-28": eight digits at most) are not
//! numbers. A joined run of six or more digits is a number, unless it is a date
//! ("01.12.2026"); so is any group of
//! three digits starting with 11, the shape of every short help and emergency number (112, 113,
//! 119; the European 116 numbers have six digits). Counts and article numbers do not match.

/// Characters that may stand between the digit groups of a number that starts with `0` or `+`.
const SEPARATORS: &[char] = &['.', '-', '/', '(', ')', '+'];

/// Every number in `text`, by its digits only ("0800 800 678" is "0800800678"), in order.
pub fn phone_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for run in runs(text) {
        let joined: String = run.groups.concat();
        let written_as_one = run.dialled || !run.loose || joined.len() >= 9;
        if (joined.len() >= 6 && written_as_one && !run.is_date()) || is_short_code(&joined) {
            found.push(joined);
        } else {
            found.extend(
                run.groups
                    .iter()
                    .filter(|group| is_short_code(group))
                    .map(|group| group.to_string()),
            );
        }
    }
    found
}

/// Whether `text` holds any phone number (see [`phone_numbers`]).
pub fn holds_phone_number(text: &str) -> bool {
    !phone_numbers(text).is_empty()
}

/// A number's digits only, so that two spellings of one number compare equal ("116 111" and
/// "116111"); the form [`phone_numbers`] returns.
pub fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Three digits starting with 11: Romania's short help and emergency numbers.
fn is_short_code(digits: &str) -> bool {
    digits.len() == 3 && digits.starts_with("11")
}

/// Digit groups that are written as one: the groups, and what stands between each two.
struct Run<'a> {
    groups: Vec<&'a str>,
    gaps: Vec<&'a str>,
    /// Whether it starts as a dialled number does, with 0 or +.
    dialled: bool,
    /// Whether anything but one space joins two of its groups.
    loose: bool,
}

impl Run<'_> {
    /// Day, month and year with one kind of dot, dash or slash ("01.12.2026", "1/12/26").
    fn is_date(&self) -> bool {
        let lengths: Vec<usize> = self.groups.iter().map(|group| group.len()).collect();
        let date_shape = matches!(lengths[..], [1 | 2, 1 | 2, 2 | 4]);
        let one_mark = self
            .gaps
            .iter()
            .all(|gap| matches!(*gap, "." | "-" | "/") && *gap == self.gaps[0]);
        date_shape && one_mark
    }
}

fn runs(text: &str) -> Vec<Run<'_>> {
    let mut runs: Vec<Run<'_>> = Vec::new();
    let mut last_end = 0;
    for (start, end) in digit_groups(text) {
        let group = &text[start..end];
        let gap = &text[last_end..start];
        // One space is the tight join; any other mix of spaces and separators a loose one.
        let joins = !gap.is_empty()
            && gap
                .chars()
                .all(|ch| ch.is_whitespace() || SEPARATORS.contains(&ch));
        let mut chars = gap.chars();
        let single_space =
            matches!((chars.next(), chars.next()), (Some(ch), None) if ch.is_whitespace());
        match runs.last_mut() {
            Some(run) if joins => {
                run.groups.push(group);
                run.gaps.push(gap);
                run.loose |= !single_space;
            }
            _ => runs.push(Run {
                groups: vec![group],
                gaps: Vec::new(),
                dialled: group.starts_with('0') || text[..start].ends_with('+'),
                loose: false,
            }),
        }
        last_end = end;
    }
    runs
}

/// Byte ranges of the maximal runs of ASCII digits.
fn digit_groups(text: &str) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let mut start = None;
    for (at, ch) in text.char_indices() {
        match (ch.is_ascii_digit(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                groups.push((from, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        groups.push((from, text.len()));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_phone_numbers_but_not_years_or_counts() {
        assert_eq!(
            phone_numbers("Call 0800 800 678 or 112, or 116 111."),
            vec!["0800800678", "112", "116111"]
        );
        assert!(phone_numbers("In 2018-2022, 532 of 1,310 (Art. 374).").is_empty());
        assert_eq!(phone_numbers("0722123456"), vec!["0722123456"]);
    }

    #[test]
    fn a_number_dialled_with_0_or_plus_may_be_written_with_punctuation() {
        for (text, number) in [
            ("Sună la +40-722-123-456", "40722123456"),
            ("0722.123.456", "0722123456"),
            ("(021) 312 45 67", "0213124567"),
            ("+40 (722) 123 456!", "40722123456"),
            ("0722 - 123 - 456", "0722123456"),
            ("0800\u{a0}800\u{a0}678", "0800800678"),
            // Nine digits or more are a number however written: a mobile without its 0.
            ("scrie-i la 722-123-456", "722123456"),
            ("722.123.456", "722123456"),
        ] {
            assert_eq!(phone_numbers(text), vec![number], "{text}");
        }
    }

    #[test]
    fn short_codes_count_alone_or_inside_other_digits() {
        assert_eq!(phone_numbers("Sună la 112 dacă e grav"), vec!["112"]);
        assert_eq!(phone_numbers("SMS la 113."), vec!["113"]);
        assert_eq!(phone_numbers("la 40 112"), vec!["112"]);
        // Split by a dash, a European number still shows as two short codes.
        assert_eq!(phone_numbers("116-111"), vec!["116", "111"]);
        assert_eq!(phone_numbers("116000"), vec!["116000"]);
    }

    #[test]
    fn years_dates_laws_hours_and_class_numbers_are_not_numbers() {
        for text in [
            "Clasa a 8-a spune: nu în 2026!",
            "Legea 424/2023 și 217/2023",
            "Verificat la 2026-11-28 și la 01.12.2026, sau 1/12/26.",
            "0-24, 24/7, 3-8 ani, 63.5 x 38.1 mm, 1.310 victime",
            "2018 - 2022",
        ] {
            assert!(
                phone_numbers(text).is_empty(),
                "{text}: {:?}",
                phone_numbers(text)
            );
        }
    }

    #[test]
    fn digits_make_two_spellings_equal() {
        assert_eq!(digits("116 111"), digits("116111"));
        assert_eq!(digits("+40 722"), "40722");
    }
}
