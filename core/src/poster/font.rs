//! The poster font: glyph lookup and text measuring, shared by the PDF, the SVG and the checks.

use ttf_parser::{Face, GlyphId};

/// The font every poster prints with: a renamed subset of Liberation Sans Bold (OFL 1.1),
/// made by `scripts/make-font.sh`. Built into the binary so that the browser and the CLI
/// print with the very same bytes.
pub static POSTER_FONT: &[u8] = include_bytes!("../../../public/fonts/poster.ttf");

/// The PostScript name the PDF gives the embedded font (a subset tag, then the font's own).
pub const PDF_FONT_NAME: &[u8] = b"VRGPST+VerigaPosterSans-Bold";

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("the poster font could not be read")]
pub struct FontError;

/// A parsed font with the few numbers the layout needs.
pub struct PosterFont<'a> {
    pub(crate) bytes: &'a [u8],
    face: Face<'a>,
}

impl<'a> PosterFont<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<PosterFont<'a>, FontError> {
        let face = Face::parse(bytes, 0).map_err(|_| FontError)?;
        Ok(PosterFont { bytes, face })
    }

    /// The built-in poster font.
    pub fn built_in() -> PosterFont<'static> {
        PosterFont::parse(POSTER_FONT).expect("the committed poster font parses")
    }

    pub fn units_per_em(&self) -> f32 {
        f32::from(self.face.units_per_em())
    }

    pub fn glyph(&self, ch: char) -> Option<u16> {
        self.face.glyph_index(ch).map(|glyph| glyph.0)
    }

    /// Whether the poster can print `ch`; spaces count as printable.
    pub fn prints(&self, ch: char) -> bool {
        ch == ' ' || (!ch.is_control() && self.glyph(ch).is_some())
    }

    pub fn glyph_count(&self) -> u16 {
        self.face.number_of_glyphs()
    }

    /// Advance width of a glyph, in thousandths of an em (the unit PDF widths use).
    pub fn advance_milli(&self, glyph: u16) -> f32 {
        let advance = self.face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0);
        f32::from(advance) * 1000.0 / self.units_per_em()
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let milli: f32 = text
            .chars()
            .map(|ch| {
                self.glyph(ch)
                    .map_or(0.0, |glyph| self.advance_milli(glyph))
            })
            .sum();
        milli * size / 1000.0
    }

    /// Every (glyph, character) pair of the font's Unicode map, for the PDF's ToUnicode map.
    pub fn unicode_pairs(&self) -> Vec<(u16, char)> {
        let mut pairs = Vec::new();
        if let Some(cmap) = self.face.tables().cmap {
            for subtable in cmap.subtables {
                if !subtable.is_unicode() {
                    continue;
                }
                subtable.codepoints(|code| {
                    if let (Some(ch), Some(glyph)) =
                        (char::from_u32(code), subtable.glyph_index(code))
                    {
                        pairs.push((glyph.0, ch));
                    }
                });
            }
        }
        pairs.sort_unstable();
        pairs.dedup_by_key(|pair| pair.0);
        pairs
    }

    /// Ascent, descent and cap height in thousandths of an em, and the font's box.
    pub fn metrics(&self) -> ([f32; 4], f32, f32, f32) {
        let scale = 1000.0 / self.units_per_em();
        let bbox = self.face.global_bounding_box();
        (
            [
                f32::from(bbox.x_min) * scale,
                f32::from(bbox.y_min) * scale,
                f32::from(bbox.x_max) * scale,
                f32::from(bbox.y_max) * scale,
            ],
            f32::from(self.face.ascender()) * scale,
            f32::from(self.face.descender()) * scale,
            f32::from(self.face.capital_height().unwrap_or(self.face.ascender())) * scale,
        )
    }
}

/// Breaks `text` into lines no wider than `width` at `size`, at spaces. A word wider than the
/// line stays whole on its own line: callers check the widths they get back.
pub fn wrap(font: &PosterFont, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || font.width(&candidate, size) <= width {
            current = candidate;
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_string();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Whether every line fits `width`.
pub fn fits(font: &PosterFont, lines: &[String], size: f32, width: f32) -> bool {
    lines.iter().all(|line| font.width(line, size) <= width)
}
