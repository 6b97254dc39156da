//! The CSV an NGO gives the `posters` command: one row per school (tag, school name, optional
//! slogan). Every bad row is reported with its line number; none is skipped.

use super::check::{self, InputProblem};
use super::font::PosterFont;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub line: usize,
    pub tag: String,
    /// The credit line: the school's name.
    pub school: String,
    /// The school's own slogan, used on every poster; none means the built-in ones.
    pub slogan: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    #[error("expected 2 or 3 fields (tag, school, slogan), found {0}")]
    FieldCount(usize),
    #[error("a quoted field is not closed")]
    Unclosed,
    #[error("{0}")]
    Input(InputProblem),
    #[error("the tag is empty")]
    NoTag,
    #[error("the tag `{tag}` is already used on line {first}")]
    DuplicateTag { tag: String, first: usize },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

/// Splits one CSV line into fields ("" inside quotes is a quote).
fn fields(line: &str) -> Result<Vec<String>, RowProblem> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            (',', false) => fields.push(std::mem::take(&mut field)),
            (ch, _) => field.push(ch),
        }
    }
    if quoted {
        return Err(RowProblem::Unclosed);
    }
    fields.push(field);
    Ok(fields
        .into_iter()
        .map(|field| field.trim().to_string())
        .collect())
}

/// Reads the whole file; a header row (`tag,school,...`), blank lines and `#` comments are
/// allowed. Returns every row or every problem.
pub fn parse(
    csv: &str,
    font: &PosterFont,
    known_words: &[&str],
) -> Result<Vec<Campaign>, Vec<RowError>> {
    let mut campaigns: Vec<Campaign> = Vec::new();
    let mut errors = Vec::new();
    for (index, raw) in csv.lines().enumerate() {
        let line = index + 1;
        let raw = raw.trim_start_matches('\u{feff}');
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let row = match fields(raw) {
            Ok(row) => row,
            Err(problem) => {
                errors.push(RowError { line, problem });
                continue;
            }
        };
        if campaigns.is_empty() && errors.is_empty() && row[0].eq_ignore_ascii_case("tag") {
            continue;
        }
        if !(2..=3).contains(&row.len()) {
            errors.push(RowError {
                line,
                problem: RowProblem::FieldCount(row.len()),
            });
            continue;
        }
        let mut problem = None;
        let tag = match check::campaign_tag(&row[0]) {
            Ok(Some(tag)) => tag,
            Ok(None) => {
                problem = Some(RowProblem::NoTag);
                String::new()
            }
            Err(input) => {
                problem = Some(RowProblem::Input(input));
                String::new()
            }
        };
        let school = match check::credit_line(&row[1], font) {
            Ok(Some(school)) => school,
            Ok(None) => {
                problem = problem.or(Some(RowProblem::Input(InputProblem::CreditSchool)));
                String::new()
            }
            Err(input) => {
                problem = problem.or(Some(RowProblem::Input(input)));
                String::new()
            }
        };
        let slogan = match row.get(2).filter(|slogan| !slogan.is_empty()) {
            None => None,
            Some(slogan) => match check::class_slogan(slogan, font, known_words) {
                Ok(slogan) => Some(slogan),
                Err(input) => {
                    problem = problem.or(Some(RowProblem::Input(input)));
                    None
                }
            },
        };
        if let Some(first) = campaigns.iter().find(|campaign| campaign.tag == tag) {
            problem = problem.or(Some(RowProblem::DuplicateTag {
                tag: tag.clone(),
                first: first.line,
            }));
        }
        match problem {
            Some(problem) => errors.push(RowError { line, problem }),
            None => campaigns.push(Campaign {
                line,
                tag,
                school,
                slogan,
            }),
        }
    }
    if errors.is_empty() {
        Ok(campaigns)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_a_header_quotes_and_comments_are_read() {
        let csv = "tag,school,slogan\n# Dolj\nsc3-craiova,\"Școala Gimnazială nr. 3, Craiova\",\n\nlic-bals,Liceul Teoretic Balș,\"Spune, nu tăcea!\"\n";
        let rows = parse(csv, &PosterFont::built_in(), &[]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].school, "Școala Gimnazială nr. 3, Craiova");
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[1].slogan.as_deref(), Some("Spune, nu tăcea!"));
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line() {
        let csv = "tag,school\nBAD TAG,Școala 1\nok,Ana Pop\nok2,Școala 2,Sună la 0722123456\nok3,Școala 3\nok3,Școala 4\nx,\"Școala 5\n";
        let errors = parse(csv, &PosterFont::built_in(), &[]).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|error| error.line).collect();
        assert_eq!(lines, vec![2, 3, 4, 6, 7]);
        assert_eq!(errors[0].problem, RowProblem::Input(InputProblem::Tag));
        assert_eq!(
            errors[1].problem,
            RowProblem::Input(InputProblem::CreditSchool)
        );
        assert_eq!(
            errors[2].problem,
            RowProblem::Input(InputProblem::SloganPhone)
        );
        assert_eq!(
            errors[3].problem,
            RowProblem::DuplicateTag {
                tag: "ok3".into(),
                first: 5
            }
        );
        assert_eq!(errors[4].problem, RowProblem::Unclosed);
    }
}
