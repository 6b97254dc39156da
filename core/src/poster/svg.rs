//! One page as SVG: the file in the ZIP, and the preview on the teacher's screen.

use std::fmt::Write;

use super::QrMatrix;
use super::layout::{Ink, Mark, Page};
use crate::text::escape_html;

/// The family the SVG names: the embedded poster font if installed, else its metric twins.
const FAMILY: &str = "'Veriga Poster Sans','Liberation Sans',Arimo,Arial,sans-serif";

/// Numbers with at most two decimals and no trailing zeros, the same on every platform.
pub(crate) fn num(value: f32) -> String {
    decimals(value, 2)
}

/// `value` rounded to `places` decimals, trailing zeros dropped. Integer arithmetic only: float
/// formatting would add its whole machinery to the teacher module.
fn decimals(value: f32, places: u32) -> String {
    let scale = 10i64.pow(places);
    let scaled = (f64::from(value) * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let scaled = scaled.abs();
    let (whole, mut fraction) = (scaled / scale, scaled % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let mut width = places as usize;
    while fraction % 10 == 0 {
        fraction /= 10;
        width -= 1;
    }
    format!("{sign}{whole}.{fraction:0width$}")
}

fn colour(ink: Ink) -> &'static str {
    match ink {
        Ink::Black => "#000",
        Ink::Accent => "#a4161a",
        Ink::Guide => "#bbb",
    }
}

/// Dark modules as one path, a rectangle per horizontal run, in module units.
pub(crate) fn qr_path(code: &QrMatrix) -> String {
    let mut d = String::new();
    for (row, start, length) in code.runs() {
        let _ = write!(d, "M{start} {row}h{length}v1h-{length}z");
    }
    d
}

/// The page as a standalone SVG document. `preview` adds the label outlines of sticker sheets,
/// which must never be printed.
pub fn page(page: &Page, codes: &[QrMatrix], preview: bool) -> String {
    let mut svg = String::new();
    let (w, h) = (num(page.width), num(page.height));
    let (w_mm, h_mm) = (
        num(page.width / super::layout::MM),
        num(page.height / super::layout::MM),
    );
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w_mm}mm\" height=\"{h_mm}mm\" viewBox=\"0 0 {w} {h}\">\n<rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>\n"
    );
    let mut defined: Vec<usize> = Vec::new();
    for mark in &page.marks {
        match mark {
            Mark::Text {
                x,
                y,
                size,
                ink,
                text,
            } => {
                let _ = writeln!(
                    svg,
                    "<text x=\"{}\" y=\"{}\" font-family=\"{FAMILY}\" font-weight=\"700\" font-size=\"{}\" fill=\"{}\">{}</text>",
                    num(*x),
                    num(*y),
                    num(*size),
                    colour(*ink),
                    escape_html(text)
                );
            }
            Mark::Qr { x, y, size, code } => {
                let matrix = &codes[*code];
                let scale = size / matrix.width as f32;
                // A sheet repeats one code 21 times: define it once, then point at it.
                if !defined.contains(code) {
                    defined.push(*code);
                    let _ = writeln!(
                        svg,
                        "<defs><path id=\"qr{code}\" fill=\"#000\" d=\"{}\"/></defs>",
                        qr_path(matrix)
                    );
                }
                let _ = writeln!(
                    svg,
                    "<use href=\"#qr{code}\" transform=\"translate({} {}) scale({})\"/>",
                    num(*x),
                    num(*y),
                    decimals(scale, 5),
                );
            }
            Mark::Outline {
                x,
                y,
                width,
                height,
            } if preview => {
                let _ = writeln!(
                    svg,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"none\" stroke=\"{}\" stroke-width=\"0.6\"/>",
                    num(*x),
                    num(*y),
                    num(*width),
                    num(*height),
                    colour(Ink::Guide)
                );
            }
            Mark::Outline { .. } => {}
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_the_same_everywhere() {
        assert_eq!(super::num(12.0), "12");
        assert_eq!(super::num(12.5), "12.5");
        assert_eq!(super::num(-0.125), "-0.13");
        assert_eq!(super::decimals(8.589_744, 5), "8.58974");
        assert_eq!(super::decimals(0.05, 5), "0.05");
    }
}
