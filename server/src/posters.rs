//! The `posters` command: the teacher's poster tool for NGOs, one pack or one per school, and
//! the campaigns CSV it reads the schools from.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use veriga_core::locales;
use veriga_core::pack::ContentPack;
use veriga_core::poster::check::{self, InputProblem};
use veriga_core::poster::{self, Format, PosterFont, PosterLesson, PosterPack, PosterRequest};

use crate::StartError;

/// What the command line asked for, apart from where the packs go.
#[derive(Debug, Clone, clap::Args)]
pub struct PosterOptions {
    /// Where the QR codes point, such as https://veriga.ro.
    #[arg(long)]
    pub origin: String,
    /// The posters' language: their words, and the lesson page their codes open (`/l/<id>`
    /// in Romanian, `/<lang>/l/<id>` in the others).
    #[arg(long, default_value = "ro")]
    pub lang: String,
    /// `all`, or lesson ids separated by commas.
    #[arg(long, default_value = "all")]
    pub lessons: String,
    /// a4, a3 and stickers, separated by commas.
    #[arg(long, default_value = "a4,a3,stickers")]
    pub formats: String,
    /// A campaign tag for every code (a-z, 0-9 and -, at most 16).
    #[arg(long, default_value = "")]
    pub campaign: String,
    /// The credit line: a school or class, never a student.
    #[arg(long, default_value = "")]
    pub credit: String,
    /// The class's own slogan, for every poster (instead of the built-in ones).
    #[arg(long)]
    pub slogan: Option<String>,
    #[arg(long, default_value = "locales")]
    pub locales: PathBuf,
}

struct Sources {
    pack: ContentPack,
    texts: BTreeMap<String, String>,
}

fn sources(options: &PosterOptions) -> Result<Sources, StartError> {
    let packs = locales::compile(&options.locales)?;
    let mut teach = locales::compile_teach(&options.locales)?;
    let known: Vec<String> = packs.iter().map(|pack| pack.lang.clone()).collect();
    let pack = packs
        .into_iter()
        .find(|pack| pack.lang == options.lang)
        .ok_or_else(|| StartError::PosterLanguage(options.lang.clone(), known.join(", ")))?;
    let texts = teach.remove(&options.lang).unwrap_or_default();
    Ok(Sources { pack, texts })
}

/// The lessons `--lessons` names, each with the class's slogan if one is given.
fn lessons(
    options: &PosterOptions,
    pack: &ContentPack,
    slogan: Option<&str>,
) -> Result<Vec<PosterLesson>, StartError> {
    let chosen: Vec<&str> = if options.lessons.trim() == "all" {
        pack.lessons
            .iter()
            .map(|lesson| lesson.id.as_str())
            .collect()
    } else {
        options
            .lessons
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .collect()
    };
    let mut lessons = Vec::new();
    for id in chosen {
        let lesson = pack
            .lessons
            .iter()
            .find(|lesson| lesson.id == id)
            .ok_or_else(|| StartError::PosterLesson(id.to_string()))?;
        lessons.push(PosterLesson {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            slogan: slogan.map_or_else(|| lesson.slogan.clone(), str::to_string),
            own_slogan: slogan.is_some(),
        });
    }
    Ok(lessons)
}

fn request(
    options: &PosterOptions,
    sources: &Sources,
    campaign: &str,
    credit: &str,
    slogan: Option<&str>,
) -> Result<PosterRequest, StartError> {
    let pack = &sources.pack;
    let lessons = lessons(options, pack, slogan)?;
    let mut formats = Vec::new();
    for name in options
        .formats
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        formats.push(
            Format::from_slug(name).ok_or_else(|| StartError::PosterFormat(name.to_string()))?,
        );
    }
    Ok(PosterRequest {
        origin: options.origin.clone(),
        // The language of the pack and the texts, so the codes open the lesson in it too.
        lang: pack.lang.clone(),
        lessons,
        formats,
        campaign: campaign.to_string(),
        credit: credit.to_string(),
        texts: sources.texts.clone(),
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), StartError> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        fs::create_dir_all(parent).map_err(|err| StartError::Write {
            path: parent.to_path_buf(),
            reason: err.to_string(),
        })?;
    }
    fs::write(path, bytes).map_err(|err| StartError::Write {
        path: path.to_path_buf(),
        reason: err.to_string(),
    })
}

/// One pack, written to `out` as a ZIP.
pub fn one_pack(options: &PosterOptions, out: &Path) -> Result<PosterPack, StartError> {
    let sources = sources(options)?;
    let request = request(
        options,
        &sources,
        &options.campaign,
        &options.credit,
        options.slogan.as_deref(),
    )?;
    let pack = poster::make_pack(&request, &PosterFont::built_in())?;
    write(out, &pack.zip()?)?;
    Ok(pack)
}

/// One pack per row of a campaigns CSV, written to `out_dir/<tag>.zip`. If any row is bad,
/// every problem is listed by line and nothing is written.
pub fn campaign_packs(
    options: &PosterOptions,
    csv: &Path,
    out_dir: &Path,
) -> Result<Vec<(String, PathBuf, usize)>, StartError> {
    let sources = sources(options)?;
    let text = fs::read_to_string(csv).map_err(|err| StartError::Read {
        path: csv.to_path_buf(),
        reason: err.to_string(),
    })?;
    let font = PosterFont::built_in();
    // The words lay_out will let the rows' slogans capitalise, so every row it would refuse is
    // listed here with the others.
    let posters = lessons(options, &sources.pack, None)?;
    let known = check::known_words(&posters);
    let rows = read_campaigns(&text, &font, &known).map_err(|errors| StartError::CampaignRows {
        path: csv.to_path_buf(),
        list: errors
            .iter()
            .map(|error| format!("  {error}"))
            .collect::<Vec<_>>()
            .join("\n"),
    })?;
    // Make every pack before writing any, so a failure leaves no half-done folder behind.
    let mut made = Vec::new();
    for row in &rows {
        let request = request(
            options,
            &sources,
            &row.tag,
            &row.school,
            row.slogan.as_deref(),
        )?;
        let row_failed = |err| StartError::CampaignRows {
            path: csv.to_path_buf(),
            list: format!("  line {}: {err}", row.line),
        };
        let pack = poster::make_pack(&request, &font).map_err(row_failed)?;
        let zip = pack.zip().map_err(row_failed)?;
        made.push((row.tag.clone(), zip, pack.pages.len()));
    }
    let mut written = Vec::new();
    for (tag, zip, pages) in made {
        let path = out_dir.join(format!("{tag}.zip"));
        write(&path, &zip)?;
        written.push((tag, path, pages));
    }
    Ok(written)
}

/// A school of the campaigns CSV: one row, `tag,school,slogan` (the slogan may be left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    /// The line the row starts on.
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
    #[error("a space stands before a quote: a quoted field starts right after the comma")]
    SpaceBeforeQuote,
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

/// Reads the whole campaigns CSV; a header row (`tag,school,...`), blank lines and `#` comments
/// are allowed, and a quoted field may hold commas, `""` for a quote, and line breaks. Returns
/// every row, or every problem by the line its row starts on.
pub fn read_campaigns(
    csv: &str,
    font: &PosterFont,
    known_words: &[&str],
) -> Result<Vec<Campaign>, Vec<RowError>> {
    let (records, unclosed) = records(csv);
    let mut campaigns: Vec<Campaign> = Vec::new();
    let mut errors = Vec::new();
    for Record { line, fields } in records {
        let row: Vec<&str> = fields.iter().map(|field| field.trim()).collect();
        // The reader knows a `#` line only by its first character, not after spaces.
        let indented_comment =
            fields[0].starts_with(char::is_whitespace) && row[0].starts_with('#');
        if row == [""] || indented_comment {
            continue;
        }
        if campaigns.is_empty() && errors.is_empty() && row[0].eq_ignore_ascii_case("tag") {
            continue;
        }
        // The reader opens a quote only at a field's first character: after a space the quotes
        // would be printed, and a comma inside would split the field.
        let quote_after_space = |field: &String| {
            field.starts_with(char::is_whitespace) && field.trim_start().starts_with('"')
        };
        if fields.iter().any(quote_after_space) {
            errors.push(RowError {
                line,
                problem: RowProblem::SpaceBeforeQuote,
            });
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
        let tag = match check::campaign_tag(row[0]) {
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
        let school = match check::credit_line(row[1], font) {
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
    if let Some(line) = unclosed {
        errors.push(RowError {
            line,
            problem: RowProblem::Unclosed,
        });
    }
    if errors.is_empty() {
        Ok(campaigns)
    } else {
        Err(errors)
    }
}

/// A record of the CSV: its fields as written (unquoted, not trimmed) and its first line.
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// Read after the file: it comes back as a record of its own only if every quote was closed,
/// since the `csv` crate reads an unclosed quote to the end of the input without an error.
const AFTER_THE_END: &[u8] = b"\n\0";

/// The records of the file, and the line of the record whose quote is never closed (it runs
/// to the end of the file, so it is the last).
fn records(csv: &str) -> (Vec<Record>, Option<usize>) {
    let text = csv.strip_prefix('\u{feff}').unwrap_or(csv).as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.chain(AFTER_THE_END));
    let mut lines = Lines {
        text,
        counted: 0,
        line: 1,
    };
    let mut records: Vec<Record> = reader
        .records()
        .map(|record| {
            let record = record.expect("a record of a str read from memory is UTF-8");
            let at = record.position().map_or(0, csv::Position::byte);
            Record {
                line: lines.record_at(usize::try_from(at).unwrap_or(usize::MAX)),
                fields: record.iter().map(str::to_string).collect(),
            }
        })
        .collect();
    let closed = records.last().is_some_and(|last| last.fields == ["\0"]);
    let last = records.pop().filter(|_| !closed);
    (records, last.map(|record| record.line))
}

/// Line numbers for records, counted once through the file.
struct Lines<'t> {
    text: &'t [u8],
    /// How far line breaks are counted, and the line there.
    counted: usize,
    line: usize,
}

impl Lines<'_> {
    /// The line of the record the reader began at byte `at`. It began before what it skips
    /// (blank lines, `#` lines, the line feed of a CRLF), and its own line count is one short
    /// after every CRLF (rust-csv issue 395), so the lines are counted here.
    fn record_at(&mut self, mut at: usize) -> usize {
        loop {
            match self.text.get(at) {
                Some(b'\r' | b'\n') => at += 1,
                Some(b'#') => {
                    let rest = &self.text[at..];
                    at += rest
                        .iter()
                        .position(|&byte| byte == b'\n')
                        .unwrap_or(rest.len());
                }
                _ => break,
            }
        }
        let at = at.clamp(self.counted, self.text.len());
        self.line += self.text[self.counted..at]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count();
        self.counted = at;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(csv: &str) -> Result<Vec<Campaign>, Vec<RowError>> {
        read_campaigns(csv, &PosterFont::built_in(), &[])
    }

    /// The line and problem of every bad row.
    fn problems(csv: &str) -> Vec<(usize, RowProblem)> {
        read(csv)
            .unwrap_err()
            .into_iter()
            .map(|error| (error.line, error.problem))
            .collect()
    }

    #[test]
    fn rows_with_a_header_quotes_and_comments_are_read() {
        let csv = "tag,school,slogan\n# Dolj\nsc3-craiova,\"Școala Gimnazială nr. 3, Craiova\",\n\nlic-bals,Liceul Teoretic Balș,\"Spune, nu tăcea!\"\n";
        let rows = read(csv).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].school, "Școala Gimnazială nr. 3, Craiova");
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[1].slogan.as_deref(), Some("Spune, nu tăcea!"));
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line() {
        let csv = "tag,school\nBAD TAG,Școala 1\nok,Ana Pop\nok2,Școala 2,Sună la 0722123456\nok3,Școala 3\nok3,Școala 4\nx,\"Școala 5\n";
        let errors = read(csv).unwrap_err();
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
        assert_eq!(
            errors[4].to_string(),
            "line 7: a quoted field is not closed"
        );
        assert_eq!(
            errors[3].to_string(),
            "line 6: the tag `ok3` is already used on line 5"
        );
    }

    /// A quoted field may span lines: it is one field, and a row's line is the one it starts on.
    #[test]
    fn a_quoted_field_may_span_lines_and_hold_commas_and_quotes() {
        let csv = "tag,school,slogan\n\
                   sc3-craiova,\"Școala Gimnazială nr. 3\nCraiova\",\"Spune, nu tăcea!\"\n\
                   lic-bals,\"Liceul \"\"Balș\"\"\",\n\
                   BAD,Școala 4\n\
                   sc3-craiova,Școala 5\n";
        assert_eq!(
            problems(csv),
            [
                (5, RowProblem::Input(InputProblem::Tag)),
                (
                    6,
                    RowProblem::DuplicateTag {
                        tag: "sc3-craiova".into(),
                        first: 2
                    }
                ),
            ]
        );
        let good = csv.replace("BAD,Școala 4\nsc3-craiova,Școala 5\n", "ok-5,Școala 5\n");
        let rows = read(&good).unwrap();
        let read_back: Vec<(usize, &str, &str, Option<&str>)> = rows
            .iter()
            .map(|row| {
                (
                    row.line,
                    row.tag.as_str(),
                    row.school.as_str(),
                    row.slogan.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read_back,
            [
                // The credit line is one line: the line break inside the quotes is a space.
                (
                    2,
                    "sc3-craiova",
                    "Școala Gimnazială nr. 3 Craiova",
                    Some("Spune, nu tăcea!")
                ),
                (4, "lic-bals", "Liceul \"Balș\"", None),
                (5, "ok-5", "Școala 5", None),
            ]
        );
    }

    #[test]
    fn windows_line_ends_a_byte_order_mark_and_blank_lines_keep_the_line_numbers() {
        let csv = "\u{feff}tag,school\r\n\r\n# Dolj\r\nok-1,Școala 1\r\n   \r\n  # indented\r\nBAD,Școala 2\r\nok-3,\"Școala\r\n3\"\r\nok-1,Școala 4";
        assert_eq!(
            problems(csv),
            [
                (7, RowProblem::Input(InputProblem::Tag)),
                (
                    10,
                    RowProblem::DuplicateTag {
                        tag: "ok-1".into(),
                        first: 4
                    }
                ),
            ]
        );
        let rows = read(
            &csv.replace("BAD,Școala 2", "ok-2,Școala 2")
                .replace("ok-1,Școala 4", ""),
        )
        .unwrap();
        let lines: Vec<(usize, &str)> = rows
            .iter()
            .map(|row| (row.line, row.tag.as_str()))
            .collect();
        assert_eq!(lines, [(4, "ok-1"), (7, "ok-2"), (8, "ok-3")]);
        assert_eq!(rows[2].school, "Școala 3");
    }

    #[test]
    fn an_unclosed_quote_is_reported_on_the_line_its_row_starts() {
        assert_eq!(
            problems("ok-1,Școala 1\nok-2,\"Școala 2\nok-3,Școala 3\n"),
            [(2, RowProblem::Unclosed)]
        );
        assert_eq!(
            problems("ok-1,Școala 1,\"Spune\"\"\n"),
            [(1, RowProblem::Unclosed)]
        );
        assert_eq!(problems("\""), [(1, RowProblem::Unclosed)]);
        assert_eq!(read("").unwrap(), []);
        assert_eq!(read("tag,school\n\n").unwrap(), []);
        assert_eq!(read("ok-1,Școala 1,\"\"").unwrap()[0].slogan, None);
    }

    #[test]
    fn a_quote_after_a_space_is_refused_not_printed() {
        assert_eq!(
            problems(
                "ok-1, \"Școala 1, Craiova\"\nok-2,Școala 2, \"Spune!\"\nok-3,\"Școala 3\" ,\"Spune!\"  \n"
            ),
            [
                (1, RowProblem::SpaceBeforeQuote),
                (2, RowProblem::SpaceBeforeQuote)
            ]
        );
        // A quote inside a field, not at its start, is a character like any other.
        let rows = read("ok-1,Școala 1,Spune \"nu\" azi\n").unwrap();
        assert_eq!(rows[0].slogan.as_deref(), Some("Spune \"nu\" azi"));
    }

    #[test]
    fn field_counts_and_empty_tags_are_reported() {
        assert_eq!(
            problems("ok-1\nok-2,Școala 2,Spune!,extra\n,Școala 3\n\"\",Școala 4\n"),
            [
                (1, RowProblem::FieldCount(1)),
                (2, RowProblem::FieldCount(4)),
                (3, RowProblem::NoTag),
                (4, RowProblem::NoTag),
            ]
        );
    }
}
