//! Posters and sticker sheets for a school: QR codes, page layout, PDF, SVG and the ZIP, from
//! one request. The teacher's browser and the `posters` command run this same code, so the
//! same request gives the same bytes.

pub mod campaigns;
pub mod check;
pub mod font;
pub mod layout;
mod pdf;
pub mod svg;
mod zip;

use std::collections::BTreeMap;

pub use check::InputProblem;
pub use font::PosterFont;
use layout::{Page, PageText};

/// The three printed formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    A4,
    A3,
    Stickers,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::A4, Format::A3, Format::Stickers];

    pub fn slug(self) -> &'static str {
        match self {
            Format::A4 => "a4",
            Format::A3 => "a3",
            Format::Stickers => "stickers",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.slug() == slug)
    }

    /// The teacher-area message naming this format.
    pub fn message_key(self) -> &'static str {
        match self {
            Format::A4 => "format-a4",
            Format::A3 => "format-a3",
            Format::Stickers => "format-stickers",
        }
    }
}

/// One lesson on the posters, with the words its pages print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PosterLesson {
    pub id: String,
    pub title: String,
    /// A built-in slogan, or the class's own (checked again before drawing).
    pub slogan: String,
    /// Whether the slogan is the class's own, which gets the class-slogan checks.
    pub own_slogan: bool,
}

/// Everything a pack is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PosterRequest {
    /// Where the codes point, such as `https://veriga.ro`.
    pub origin: String,
    pub lessons: Vec<PosterLesson>,
    pub formats: Vec<Format>,
    /// The campaign tag as typed (empty for none).
    pub campaign: String,
    /// The credit line as typed (empty for none).
    pub credit: String,
    /// The teacher-area messages of the poster's language (`print-*`, `readme-*`, `format-*`).
    pub texts: BTreeMap<String, String>,
}

/// Why no pack was made. Nothing the teacher chose is changed by a failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PosterError {
    #[error("no lesson was chosen")]
    NoLessons,
    #[error("no format was chosen")]
    NoFormats,
    #[error("the address the codes point to is not a plain http(s) origin")]
    Origin,
    #[error("lesson `{lesson}`: {problem}")]
    Slogan {
        lesson: String,
        problem: InputProblem,
    },
    #[error("{0}")]
    Input(InputProblem),
    #[error("the text `{0}` is missing for the poster language")]
    MissingText(String),
    #[error("the address is too long for a QR code")]
    TooLong,
}

impl PosterError {
    pub fn message_key(&self) -> &'static str {
        match self {
            PosterError::NoLessons => "tool-why-no-lessons",
            PosterError::NoFormats => "tool-why-no-formats",
            PosterError::Slogan { problem, .. } | PosterError::Input(problem) => {
                problem.message_key()
            }
            PosterError::Origin | PosterError::MissingText(_) | PosterError::TooLong => "err-pack",
        }
    }
}

/// A QR code's modules, row by row, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Error correction Q: a quarter of a code may be scratched or dirty and it still reads.
    pub fn encode(text: &str) -> Result<QrMatrix, PosterError> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::Q)
            .map_err(|_| PosterError::TooLong)?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|colour| colour == qrcode::Color::Dark)
            .collect();
        Ok(QrMatrix {
            width: code.width(),
            dark,
        })
    }

    /// Horizontal runs of dark modules as (row, first column, length).
    pub fn runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for row in 0..self.width {
            let cells = &self.dark[row * self.width..(row + 1) * self.width];
            let mut column = 0;
            while column < self.width {
                if cells[column] {
                    let start = column;
                    while column < self.width && cells[column] {
                        column += 1;
                    }
                    runs.push((row, start, column - start));
                } else {
                    column += 1;
                }
            }
        }
        runs
    }
}

/// `origin` without a trailing slash, if it is a plain http(s) origin.
pub fn clean_origin(origin: &str) -> Result<String, PosterError> {
    let origin = origin.trim().trim_end_matches('/');
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or(PosterError::Origin)?;
    let plain = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | ':');
    if rest.is_empty() || origin.len() > 60 || !rest.chars().all(plain) {
        return Err(PosterError::Origin);
    }
    Ok(origin.to_string())
}

/// The address a lesson's code encodes.
pub fn lesson_url(origin: &str, lesson: &str, campaign: Option<&str>) -> String {
    match campaign {
        Some(tag) => format!("{origin}/l/{lesson}?k={tag}"),
        None => format!("{origin}/l/{lesson}"),
    }
}

/// A made pack: the pages (for previews), the PDF, and every file of the ZIP.
pub struct PosterPack {
    pub pages: Vec<Page>,
    pub codes: Vec<QrMatrix>,
    /// (path in the ZIP, contents), the PDF first.
    pub files: Vec<(String, Vec<u8>)>,
}

impl PosterPack {
    pub fn zip(&self) -> Vec<u8> {
        zip::archive(&self.files)
    }
}

pub const PDF_NAME: &str = "posters.pdf";

fn text<'t>(texts: &'t BTreeMap<String, String>, key: &str) -> Result<&'t str, PosterError> {
    texts
        .get(key)
        .map(String::as_str)
        .ok_or_else(|| PosterError::MissingText(key.to_string()))
}

/// Checks the request, lays out every page, and writes the PDF, the SVGs and the README.
pub fn make_pack(request: &PosterRequest, font: &PosterFont) -> Result<PosterPack, PosterError> {
    let PreparedPages { pages, codes, urls } = lay_out(request, font)?;
    let mut files = vec![(PDF_NAME.to_string(), pdf::document(&pages, &codes, font))];
    for page in &pages {
        let lesson = &request.lessons[page.lesson];
        files.push((
            format!("svg/{}-{}.svg", lesson.id, page.format.slug()),
            svg::page(page, &codes, false).into_bytes(),
        ));
    }
    files.push((
        "README.txt".to_string(),
        readme(request, &urls)?.into_bytes(),
    ));
    Ok(PosterPack {
        pages,
        codes,
        files,
    })
}

/// The pages without the files, for a live preview.
pub struct PreparedPages {
    pub pages: Vec<Page>,
    pub codes: Vec<QrMatrix>,
    pub urls: Vec<String>,
}

pub fn lay_out(request: &PosterRequest, font: &PosterFont) -> Result<PreparedPages, PosterError> {
    if request.lessons.is_empty() {
        return Err(PosterError::NoLessons);
    }
    if request.formats.is_empty() {
        return Err(PosterError::NoFormats);
    }
    let origin = clean_origin(&request.origin)?;
    let campaign = check::campaign_tag(&request.campaign).map_err(PosterError::Input)?;
    let credit = check::credit_line(&request.credit, font).map_err(PosterError::Input)?;
    let credit = match credit {
        Some(who) => Some(crate::text::fill(
            text(&request.texts, "print-credit")?,
            &[("who", &who)],
        )),
        None => None,
    };
    let titles: Vec<&str> = request
        .lessons
        .iter()
        .map(|lesson| lesson.title.as_str())
        .collect();
    let known = check::capitalised_words(&titles);
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let mut formats = request.formats.clone();
    formats.sort();
    formats.dedup();

    let mut pages = Vec::new();
    let mut codes = Vec::new();
    let mut urls = Vec::new();
    for (index, lesson) in request.lessons.iter().enumerate() {
        let slogan = if lesson.own_slogan {
            check::class_slogan(&lesson.slogan, font, &known).map_err(|problem| {
                PosterError::Slogan {
                    lesson: lesson.id.clone(),
                    problem,
                }
            })?
        } else if check::slogan_fits(&lesson.slogan, font) {
            lesson.slogan.clone()
        } else {
            return Err(PosterError::Slogan {
                lesson: lesson.id.clone(),
                problem: InputProblem::SloganLong,
            });
        };
        let url = lesson_url(&origin, &lesson.id, campaign.as_deref());
        let code = QrMatrix::encode(&url)?;
        let modules = code.width;
        let page_text = PageText {
            slogan: &slogan,
            title: &lesson.title,
            scan: text(&request.texts, "print-scan")?,
            helpline: text(&request.texts, "print-helpline")?,
            sticker_helpline: text(&request.texts, "print-sticker-helpline")?,
            danger: text(&request.texts, "print-danger")?,
            credit: credit.as_deref(),
        };
        let a4 = layout::poster(font, &page_text, modules, index);
        for format in &formats {
            pages.push(match format {
                Format::A4 => a4.clone(),
                Format::A3 => layout::scaled_to_a3(&a4),
                Format::Stickers => layout::sticker_sheet(font, &page_text, modules, index),
            });
        }
        codes.push(code);
        urls.push(url);
    }
    Ok(PreparedPages { pages, codes, urls })
}

fn readme(request: &PosterRequest, urls: &[String]) -> Result<String, PosterError> {
    let texts = &request.texts;
    let mut lines = vec![
        text(texts, "readme-title")?.to_string(),
        String::new(),
        text(texts, "readme-files")?.to_string(),
        text(texts, "readme-scale")?.to_string(),
    ];
    for format in Format::ALL {
        if request.formats.contains(&format) {
            lines.push(text(texts, &format!("readme-{}", format.slug()))?.to_string());
        }
    }
    lines.push(text(texts, "readme-test")?.to_string());
    lines.push(text(texts, "readme-place")?.to_string());
    lines.push(String::new());
    for (lesson, url) in request.lessons.iter().zip(urls) {
        lines.push(format!("{}: {url}", lesson.title));
    }
    lines.push(String::new());
    // Windows Notepad still reads CRLF best, and teachers print from school PCs.
    Ok(lines.join("\r\n"))
}
