//! Posters and sticker sheets for a school: QR codes, page layout, PDF, SVG and the ZIP, from
//! one request. The teacher's browser and the `posters` command run this same code, so the
//! same request gives the same bytes.

pub mod check;
pub mod font;
pub mod form;
pub mod layout;
mod pdf;
pub mod svg;
mod zip;

use std::collections::BTreeMap;

pub use check::InputProblem;
pub use font::PosterFont;
use layout::{Page, PageText};

use crate::lang::{DEFAULT_LANG, is_language_code};
use crate::route::Route;

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
    /// The poster's language code (`ro`, `hu`, …): the language of `texts` and of the lesson
    /// page its codes open.
    pub lang: String,
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
    #[error("`{0}` is not a language code")]
    Language(String),
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
    #[error("the pack is too large for a ZIP file")]
    TooLargeForZip,
}

impl PosterError {
    pub fn message_key(&self) -> &'static str {
        match self {
            PosterError::NoLessons => "tool-why-no-lessons",
            PosterError::NoFormats => "tool-why-no-formats",
            PosterError::Slogan { problem, .. } | PosterError::Input(problem) => {
                problem.message_key()
            }
            PosterError::Origin
            | PosterError::Language(_)
            | PosterError::MissingText(_)
            | PosterError::TooLong
            | PosterError::TooLargeForZip => "err-pack",
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

/// The address a lesson's code encodes: the lesson's page in the poster's language. Romanian
/// keeps the bare `/l/<id>`, the shortest code and what every poster printed before pages had
/// a URL per language carries; the others get their prefix (`/hu/l/<id>`), so a Hungarian
/// poster opens the Hungarian page whatever the phone's language.
pub fn lesson_url(origin: &str, lang: &str, lesson: &str, campaign: Option<&str>) -> String {
    let route = Route::Lesson(lesson.to_string());
    let path = if lang == DEFAULT_LANG {
        route.path()
    } else {
        route.path_in(lang)
    };
    match campaign {
        Some(tag) => format!("{origin}{path}?k={tag}"),
        None => format!("{origin}{path}"),
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
    /// The ZIP of every file, or why it cannot be written.
    pub fn zip(&self) -> Result<Vec<u8>, PosterError> {
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
    if !is_language_code(&request.lang) {
        return Err(PosterError::Language(request.lang.clone()));
    }
    let campaign = check::campaign_tag(&request.campaign).map_err(PosterError::Input)?;
    let credit = check::credit_line(&request.credit, font).map_err(PosterError::Input)?;
    let credit = match credit {
        Some(who) => Some(crate::text::fill(
            text(&request.texts, "print-credit")?,
            &[("who", &who)],
        )),
        None => None,
    };
    let known = check::known_words(&request.lessons);
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
        let url = lesson_url(&origin, &request.lang, &lesson.id, campaign.as_deref());
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

#[cfg(test)]
mod tests {
    use super::layout::{LABEL, MM, QUIET_MODULES, STICKER_QR};
    use super::*;

    const ORIGIN: &str = "https://veriga.ro";
    const TAG: &str = "sc3-dolj";

    fn request(lang: &str) -> PosterRequest {
        let texts = [
            "print-scan",
            "print-helpline",
            "print-sticker-helpline",
            "print-danger",
            "print-credit",
            "readme-title",
            "readme-files",
            "readme-scale",
            "readme-a4",
            "readme-a3",
            "readme-stickers",
            "readme-test",
            "readme-place",
        ]
        .into_iter()
        .map(|key| (key.to_string(), format!("{key} text")))
        .collect();
        PosterRequest {
            origin: ORIGIN.into(),
            lang: lang.into(),
            lessons: vec![PosterLesson {
                id: "lover-boy".into(),
                title: "Lover boy".into(),
                slogan: "True love asks for no proof.".into(),
                own_slogan: false,
            }],
            formats: vec![Format::A4, Format::Stickers],
            campaign: TAG.into(),
            credit: String::new(),
            texts,
        }
    }

    /// What a phone reads from the code: the matrix drawn 4 pixels a module inside its quiet
    /// zone, decoded by a reader that shares nothing with the encoder.
    fn decoded(code: &QrMatrix) -> String {
        let scale = 4;
        let quiet = QUIET_MODULES as usize;
        let side = (code.width + 2 * quiet) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (column, row) = (x / scale, y / scale);
            let inside = (quiet..quiet + code.width).contains(&column)
                && (quiet..quiet + code.width).contains(&row);
            let dark = inside && code.dark[(row - quiet) * code.width + column - quiet];
            if dark { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("the code decodes").1
    }

    #[test]
    fn a_poster_opens_the_lesson_in_its_own_language() {
        let font = PosterFont::built_in();
        for (lang, path) in [
            ("hu", "/hu/l/lover-boy?k=sc3-dolj"),
            ("en", "/en/l/lover-boy?k=sc3-dolj"),
            (
                "ro",
                // The bare address: Romanian posters print what they always printed.
                "/l/lover-boy?k=sc3-dolj",
            ),
        ] {
            let url = format!("{ORIGIN}{path}");
            let prepared = lay_out(&request(lang), &font).unwrap();
            assert_eq!(prepared.urls, std::slice::from_ref(&url), "{lang}");
            assert_eq!(decoded(&prepared.codes[0]), url, "{lang}");
            let pack = make_pack(&request(lang), &font).unwrap();
            let readme = &pack.files.last().unwrap().1;
            assert!(
                String::from_utf8_lossy(readme).contains(&format!("Lover boy: {url}\r\n")),
                "{lang}: the README lists the address"
            );
        }
        assert_eq!(
            lesson_url(ORIGIN, "hu", "lover-boy", None),
            "https://veriga.ro/hu/l/lover-boy"
        );
        assert_eq!(
            lesson_url(ORIGIN, "ro", "lover-boy", None),
            "https://veriga.ro/l/lover-boy"
        );
    }

    #[test]
    fn the_poster_language_must_be_a_language_code() {
        for lang in ["", "HU", "hu-HU", "../x", "hungarian"] {
            let refused = lay_out(&request(lang), &PosterFont::built_in()).err();
            assert_eq!(
                refused,
                Some(PosterError::Language(lang.into())),
                "{lang:?}"
            );
            assert_eq!(refused.unwrap().message_key(), "err-pack");
        }
    }

    /// The language prefix makes the address 3 characters longer. Even for the longest lesson
    /// id with a 16-character tag the code stays at version 5 (37 modules), as Romanian's does:
    /// a sticker's module stays 0.81 mm, which `server/tests/posters.rs` decodes from every
    /// label at 300 dpi, and the code with its quiet zone still fits the label's height.
    #[test]
    fn the_language_prefix_does_not_shrink_the_modules() {
        let tag = "abcdefghijklmnop";
        assert_eq!(check::campaign_tag(tag), Ok(Some(tag.to_string())));
        for lesson in ["someone-you-know", "a-friend-tells-you"] {
            let width = |lang: &str| {
                let url = lesson_url(ORIGIN, lang, lesson, Some(tag));
                QrMatrix::encode(&url).unwrap().width
            };
            let romanian = width("ro");
            for lang in ["hu", "en"] {
                assert_eq!(width(lang), romanian, "{lang} {lesson}");
            }
            assert!(romanian <= 37, "{lesson}: {romanian} modules");
            let module = STICKER_QR / romanian as f32;
            assert!(module >= 0.8 * MM, "{lesson}: {} mm", module / MM);
            assert!(STICKER_QR + 2.0 * QUIET_MODULES * module <= LABEL.1);
        }
    }
}
