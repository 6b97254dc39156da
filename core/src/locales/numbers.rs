//! Phone numbers in text: what counts as one, and when two spellings are the same number. The
//! locale compiler refuses numbers that are not help lines, and the claim check knows a line by
//! its number.

/// Digit groups that read like a phone number: six or more digits written together or in
/// space-separated groups, or a three-digit short code starting with 11 (112, 119, …).
/// Years, counts and article numbers do not match.
pub fn phone_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index <= chars.len() {
        let c = chars.get(index).copied();
        match c {
            Some(c) if c.is_ascii_digit() => current.push(c),
            Some(' ')
                if !current.is_empty()
                    && chars.get(index + 1).is_some_and(char::is_ascii_digit) => {}
            _ => {
                if current.len() >= 6 || (current.len() == 3 && current.starts_with("11")) {
                    found.push(current.clone());
                }
                current.clear();
            }
        }
        index += 1;
    }
    found
}

/// A number as [`phone_numbers`] finds it: its digits only ("0800 800 678" is "0800800678").
pub(crate) fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
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
}
