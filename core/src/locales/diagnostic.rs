//! What the locale compiler reports: each problem with the file, and the line where it has one,
//! that an editor opens to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in the locale files, where an editor can find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; `None` when the problem belongs to the whole file or folder.
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        file: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", Place(&self.file, self.line), self.message)
    }
}

/// A file and line as every report prints them, `file:line`, or `file` alone without a line;
/// a message that points at another place ("first at …") prints it the same way.
pub(crate) struct Place<'a>(pub &'a Path, pub Option<usize>);

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(line) => write!(f, "{}:{line}", self.0.display()),
            None => write!(f, "{}", self.0.display()),
        }
    }
}

/// Every problem found, so an editor fixes them in one pass instead of one per build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

fn render(list: &[Diagnostic]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The 1-based line holding byte `byte` of `source`.
pub(crate) fn line_of(source: &str, byte: usize) -> usize {
    // Counting bytes, not slicing: a reported position inside a multi-byte letter must not panic.
    source.as_bytes()[..byte.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_of_the_whole_file_prints_no_line() {
        assert_eq!(
            Diagnostic::new("ro/ui.ftl", None, "x").to_string(),
            "ro/ui.ftl: x"
        );
        assert_eq!(
            Diagnostic::new("ro/ui.ftl", Some(3), "x").to_string(),
            "ro/ui.ftl:3: x"
        );
    }

    #[test]
    fn lines_count_from_one_and_survive_a_position_inside_a_letter() {
        assert_eq!(line_of("a\nb", 0), 1);
        assert_eq!(line_of("a\nb", 2), 2);
        assert_eq!(line_of("ș\nb", 1), 1);
        assert_eq!(line_of("a", 99), 1);
    }
}
