//! Where everything goes on each page, in points from the top-left corner. The PDF and the SVG
//! only draw what this decides, so they cannot disagree.

use super::Format;
use super::font::{PosterFont, fits, wrap};
use crate::helpline::ANCHOR_NUMBER;

pub const MM: f32 = 72.0 / 25.4;
pub const A4: (f32, f32) = (595.28, 841.89);
pub const A3: (f32, f32) = (841.89, 1190.55);

const MARGIN: f32 = 42.0;
pub const SLOGAN_SIZE: f32 = 40.0;
pub const SLOGAN_LINES: usize = 3;
pub const SLOGAN_WIDTH: f32 = A4.0 - 2.0 * MARGIN;
pub const CREDIT_SIZE: f32 = 11.0;
pub const CREDIT_WIDTH: f32 = A4.0 - 2.0 * MARGIN;

/// The QR symbol (quiet zone not included) on an A4 poster: a tenth of the 1 m a poster is
/// read from. A3 scales the whole A4 page by √2, so its code is 141 mm.
pub const POSTER_QR: f32 = 100.0 * MM;
/// On a sticker, read from about 30 cm.
pub const STICKER_QR: f32 = 30.0 * MM;
/// Blank modules around every code, as the QR standard asks; nothing is printed there.
pub const QUIET_MODULES: f32 = 4.0;

/// The A4 label sheet: 3 across, 7 down, 63.5 × 38.1 mm (the common L7160 layout).
pub const LABEL: (f32, f32) = (63.5 * MM, 38.1 * MM);
pub const LABEL_GRID: (usize, usize) = (3, 7);
const LABEL_ORIGIN: (f32, f32) = (7.2 * MM, 15.15 * MM);
const LABEL_PITCH: (f32, f32) = (66.0 * MM, 38.1 * MM);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Black,
    /// The help line's red: dark enough to read on cheap printers, and grey-safe.
    Accent,
    /// Light grey, for label outlines in the preview only.
    Guide,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// One line of text; `x` is its left end and `y` its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        ink: Ink,
        text: String,
    },
    /// A QR symbol `size` wide with its top-left module at (`x`, `y`).
    Qr {
        x: f32,
        y: f32,
        size: f32,
        /// Which code: codes come one per lesson, in the request's lesson order.
        code: usize,
    },
    /// A label's edge: shown in previews, never printed.
    Outline {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub format: Format,
    /// Index into the request's lessons.
    pub lesson: usize,
    pub width: f32,
    pub height: f32,
    pub marks: Vec<Mark>,
}

/// The words a page prints, already in the poster's language.
pub struct PageText<'t> {
    pub slogan: &'t str,
    pub title: &'t str,
    pub scan: &'t str,
    pub helpline: &'t str,
    pub sticker_helpline: &'t str,
    pub danger: &'t str,
    pub credit: Option<&'t str>,
}

struct Column<'f> {
    font: &'f PosterFont<'f>,
    marks: Vec<Mark>,
    left: f32,
    width: f32,
}

impl Column<'_> {
    /// Writes `text` wrapped to the column, centred, with its first baseline `size` below
    /// `top`; returns the y below the last line.
    fn centred(&mut self, text: &str, size: f32, leading: f32, ink: Ink, top: f32) -> f32 {
        let mut y = top;
        for line in wrap(self.font, text, size, self.width) {
            y += size * leading;
            let x = self.left + (self.width - self.font.width(&line, size)) / 2.0;
            self.marks.push(Mark::Text {
                x,
                y,
                size,
                ink,
                text: line,
            });
        }
        y + size * (leading - 1.0) + size * 0.25
    }
}

/// Picks the largest size from `sizes` at which `text` fits `max_lines` lines of `width`.
fn fitting_size(font: &PosterFont, text: &str, sizes: &[f32], width: f32, max_lines: usize) -> f32 {
    for &size in sizes {
        let lines = wrap(font, text, size, width);
        if lines.len() <= max_lines && fits(font, &lines, size, width) {
            return size;
        }
    }
    sizes[sizes.len() - 1]
}

/// An A4 poster; A3 is this page scaled by √2, so slogans that fit one fit both.
pub fn poster(font: &PosterFont, text: &PageText, qr_modules: usize, lesson: usize) -> Page {
    let mut column = Column {
        font,
        marks: Vec::new(),
        left: MARGIN,
        width: A4.0 - 2.0 * MARGIN,
    };
    let mut y = MARGIN - SLOGAN_SIZE * 0.2;
    y = column.centred(text.slogan, SLOGAN_SIZE, 1.15, Ink::Black, y);
    let title_size = fitting_size(font, text.title, &[22.0, 19.0, 16.0], column.width, 2);
    y = column.centred(text.title, title_size, 1.2, Ink::Black, y + 4.0);

    let module = POSTER_QR / qr_modules as f32;
    let quiet = QUIET_MODULES * module;
    let qr_top = y + 6.0 + quiet;
    column.marks.push(Mark::Qr {
        x: (A4.0 - POSTER_QR) / 2.0,
        y: qr_top,
        size: POSTER_QR,
        code: lesson,
    });
    y = qr_top + POSTER_QR + quiet;
    y = column.centred(text.scan, 18.0, 1.2, Ink::Black, y);

    y = column.centred(ANCHOR_NUMBER, 58.0, 1.0, Ink::Accent, y + 6.0);
    y = column.centred(text.helpline, 15.0, 1.25, Ink::Black, y);
    column.centred(text.danger, 14.0, 1.25, Ink::Black, y);
    if let Some(credit) = text.credit {
        let x = MARGIN + (column.width - font.width(credit, CREDIT_SIZE)) / 2.0;
        column.marks.push(Mark::Text {
            x,
            y: A4.1 - MARGIN + CREDIT_SIZE,
            size: CREDIT_SIZE,
            ink: Ink::Black,
            text: credit.to_string(),
        });
    }
    Page {
        format: Format::A4,
        lesson,
        width: A4.0,
        height: A4.1,
        marks: column.marks,
    }
}

/// The A4 poster, scaled to A3.
pub fn scaled_to_a3(a4: &Page) -> Page {
    let scale = A3.0 / A4.0;
    let marks = a4
        .marks
        .iter()
        .map(|mark| match mark {
            Mark::Text {
                x,
                y,
                size,
                ink,
                text,
            } => Mark::Text {
                x: x * scale,
                y: y * scale,
                size: size * scale,
                ink: *ink,
                text: text.clone(),
            },
            Mark::Qr { x, y, size, code } => Mark::Qr {
                x: x * scale,
                y: y * scale,
                size: size * scale,
                code: *code,
            },
            Mark::Outline {
                x,
                y,
                width,
                height,
            } => Mark::Outline {
                x: x * scale,
                y: y * scale,
                width: width * scale,
                height: height * scale,
            },
        })
        .collect();
    Page {
        format: Format::A3,
        lesson: a4.lesson,
        width: A3.0,
        height: A3.1,
        marks,
    }
}

/// An A4 sheet of 21 stickers for one lesson: the code on the left, the help line on the right.
pub fn sticker_sheet(font: &PosterFont, text: &PageText, qr_modules: usize, lesson: usize) -> Page {
    let module = STICKER_QR / qr_modules as f32;
    let quiet = QUIET_MODULES * module;
    let block = STICKER_QR + 2.0 * quiet;
    let inset = (LABEL.1 - block) / 2.0;
    let mut marks = Vec::new();
    for row in 0..LABEL_GRID.1 {
        for column in 0..LABEL_GRID.0 {
            let left = LABEL_ORIGIN.0 + column as f32 * LABEL_PITCH.0;
            let top = LABEL_ORIGIN.1 + row as f32 * LABEL_PITCH.1;
            marks.push(Mark::Outline {
                x: left,
                y: top,
                width: LABEL.0,
                height: LABEL.1,
            });
            marks.push(Mark::Qr {
                x: left + inset + quiet,
                y: top + inset + quiet,
                size: STICKER_QR,
                code: lesson,
            });
            let text_left = left + inset + block + 2.0;
            let width = left + LABEL.0 - 2.0 * MM - text_left;
            let mut y = top + 6.0;
            let title_size = fitting_size(font, text.title, &[10.0, 9.0, 8.0, 7.0], width, 4);
            for line in wrap(font, text.title, title_size, width)
                .into_iter()
                .take(4)
            {
                y += title_size * 1.15;
                marks.push(Mark::Text {
                    x: text_left,
                    y,
                    size: title_size,
                    ink: Ink::Black,
                    text: line,
                });
            }
            let number_size =
                fitting_size(font, ANCHOR_NUMBER, &[12.0, 11.0, 10.0, 9.0, 8.0], width, 1);
            let number_y = top + LABEL.1 - 6.0 - 9.0;
            marks.push(Mark::Text {
                x: text_left,
                y: number_y,
                size: number_size,
                ink: Ink::Accent,
                text: ANCHOR_NUMBER.to_string(),
            });
            let label_size = fitting_size(font, text.sticker_helpline, &[7.0, 6.0, 5.0], width, 1);
            marks.push(Mark::Text {
                x: text_left,
                y: number_y + 9.0,
                size: label_size,
                ink: Ink::Black,
                text: text.sticker_helpline.to_string(),
            });
        }
    }
    Page {
        format: Format::Stickers,
        lesson,
        width: A4.0,
        height: A4.1,
        marks,
    }
}
