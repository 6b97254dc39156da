//! The poster font: glyph lookup and text measuring, shared by the PDF, the SVG and the checks.
//!
//! The numbers come from `core/build.rs`, read from `public/fonts/poster.ttf` at build time; the
//! bytes the PDF embeds are handed in. Native builds (the `posters` command, the tests) carry the
//! file ([`PosterFont::built_in`]); the teacher's wasm does not, and fetches it as a cached file
//! instead (22 KB the module no longer carries). Either way [`PosterFont::parse`] accepts only the
//! very bytes the tables were built from, by their [`Fingerprint`].

// A file of its own so that core/build.rs, which records the font's, includes the same code.
#[path = "fingerprint.rs"]
mod fingerprint;
pub use fingerprint::Fingerprint;

/// The font every poster prints with: a renamed subset of Liberation Sans Bold (OFL 1.1),
/// made by `scripts/make-font.sh`. Built into native binaries, so the CLI prints with the very
/// bytes the browser fetches; the wasm leaves it out (it is most of the font's weight there).
#[cfg(not(target_arch = "wasm32"))]
pub static POSTER_FONT: &[u8] = include_bytes!("../../../public/fonts/poster.ttf");

/// The PostScript name the PDF gives the embedded font (a subset tag, then the font's own).
pub const PDF_FONT_NAME: &[u8] = b"VRGPST+VerigaPosterSans-Bold";

/// The numbers the layout and the PDF need from the font, and the fingerprint of the file they
/// were read from, written by `core/build.rs` at build time: a font parser in the teacher's wasm
/// cost more than these tables.
mod tables {
    use super::Fingerprint;

    include!(concat!(env!("OUT_DIR"), "/poster_font.rs"));
}

/// Bytes offered as the poster font that are not the file its tables were built from: other
/// bytes embedded with them would print glyphs the widths do not describe. (The teacher area
/// tells the teacher the font did not arrive, `err-font`, whatever the reason.)
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum FontError {
    #[error("the poster font has {found} bytes, not the {expected} it was built with")]
    Length { found: usize, expected: usize },
    #[error("the poster font's bytes differ from those it was built with")]
    Digest,
}

/// The poster font with the few numbers the layout needs. A checked borrow of the bytes, so it
/// copies freely.
#[derive(Debug, Clone, Copy)]
pub struct PosterFont<'a> {
    pub(crate) bytes: &'a [u8],
}

impl<'a> PosterFont<'a> {
    /// Accepts only the bytes the tables were built from: their length, then their hash, as
    /// `core/build.rs` recorded them.
    pub fn parse(bytes: &'a [u8]) -> Result<PosterFont<'a>, FontError> {
        let found = Fingerprint::of(bytes);
        if found.len != tables::FONT.len {
            return Err(FontError::Length {
                found: found.len,
                expected: tables::FONT.len,
            });
        }
        if found != tables::FONT {
            return Err(FontError::Digest);
        }
        Ok(PosterFont { bytes })
    }

    /// The built-in poster font (native builds only: the wasm fetches the file and parses it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn built_in() -> PosterFont<'static> {
        PosterFont { bytes: POSTER_FONT }
    }

    pub fn units_per_em(&self) -> f32 {
        f32::from(tables::UNITS_PER_EM)
    }

    pub fn glyph(&self, ch: char) -> Option<u16> {
        let index = tables::CMAP_CHARS.binary_search(&ch).ok()?;
        Some(tables::CMAP_GLYPHS[index])
    }

    /// Whether the poster can print `ch`; spaces count as printable.
    pub fn prints(&self, ch: char) -> bool {
        ch == ' ' || (!ch.is_control() && self.glyph(ch).is_some())
    }

    pub fn glyph_count(&self) -> u16 {
        tables::GLYPH_COUNT
    }

    /// Advance width of a glyph, in thousandths of an em (the unit PDF widths use).
    pub fn advance_milli(&self, glyph: u16) -> f32 {
        let advance = tables::ADVANCES
            .get(usize::from(glyph))
            .copied()
            .unwrap_or(0);
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

    /// Every (glyph, character) pair of the font's Unicode map, for the PDF's ToUnicode map: a
    /// glyph several characters share reads as the lowest of them, and glyph 0 (the missing
    /// glyph, which the char map gives U+FFFF) as none. The build checks that this equals what
    /// the font's Unicode subtables list, as this function read them when it parsed the font.
    pub fn unicode_pairs(&self) -> Vec<(u16, char)> {
        let mut pairs: Vec<(u16, char)> = tables::CMAP_CHARS
            .iter()
            .zip(tables::CMAP_GLYPHS.iter())
            .filter(|&(_, &glyph)| glyph != 0)
            .map(|(&ch, &glyph)| (glyph, ch))
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|pair| pair.0);
        pairs
    }

    /// Ascent, descent and cap height in thousandths of an em, and the font's box.
    pub fn metrics(&self) -> ([f32; 4], f32, f32, f32) {
        let scale = 1000.0 / self.units_per_em();
        (
            tables::BBOX.map(|edge| f32::from(edge) * scale),
            f32::from(tables::ASCENDER) * scale,
            f32::from(tables::DESCENDER) * scale,
            f32::from(tables::CAP_HEIGHT) * scale,
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

#[cfg(test)]
mod tests {
    use super::*;
    use ttf_parser::{Face, GlyphId};

    // The generated tables must answer exactly as parsing the font at run time did, or posters
    // made before and after the change would differ.
    #[test]
    fn tables_agree_with_the_parsed_font() {
        let face = Face::parse(POSTER_FONT, 0).unwrap();
        let font = PosterFont::built_in();
        assert_eq!(font.units_per_em(), f32::from(face.units_per_em()));
        assert_eq!(font.glyph_count(), face.number_of_glyphs());
        let mut mapped = 0;
        for ch in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let expected = face.glyph_index(ch).map(|glyph| glyph.0);
            assert_eq!(font.glyph(ch), expected, "glyph of {ch:?}");
            mapped += usize::from(expected.is_some());
        }
        assert_eq!(mapped, tables::CMAP_CHARS.len());
        // One past the last glyph as well: the PDF asks only below the count, but a lookup
        // there must still answer as ttf-parser did.
        for glyph in 0..=face.number_of_glyphs() {
            let advance = face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0);
            let expected = f32::from(advance) * 1000.0 / f32::from(face.units_per_em());
            assert_eq!(
                font.advance_milli(glyph),
                expected,
                "advance of glyph {glyph}"
            );
        }
        let scale = 1000.0 / f32::from(face.units_per_em());
        let bbox = face.global_bounding_box();
        let cap_height = face.capital_height().unwrap_or(face.ascender());
        let expected = (
            [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max].map(|edge| f32::from(edge) * scale),
            f32::from(face.ascender()) * scale,
            f32::from(face.descender()) * scale,
            f32::from(cap_height) * scale,
        );
        assert_eq!(font.metrics(), expected);
    }

    #[test]
    fn unicode_pairs_agree_with_the_subtables() {
        let face = Face::parse(POSTER_FONT, 0).unwrap();
        let mut expected = Vec::new();
        for subtable in face.tables().cmap.unwrap().subtables {
            if !subtable.is_unicode() {
                continue;
            }
            subtable.codepoints(|code| {
                if let (Some(ch), Some(glyph)) = (char::from_u32(code), subtable.glyph_index(code))
                {
                    expected.push((glyph.0, ch));
                }
            });
        }
        expected.sort_unstable();
        expected.dedup_by_key(|pair| pair.0);
        assert_eq!(PosterFont::built_in().unicode_pairs(), expected);
    }

    #[test]
    fn only_the_built_in_font_parses() {
        assert!(PosterFont::parse(POSTER_FONT).is_ok());
        assert_eq!(
            PosterFont::parse(b"not a font").err(),
            Some(FontError::Length {
                found: 10,
                expected: POSTER_FONT.len()
            })
        );
    }

    // The fetched font is checked by its fingerprint instead of against embedded bytes: a
    // changed byte anywhere, or one byte more or less, must still be refused.
    #[test]
    fn a_changed_or_cut_font_is_refused() {
        for at in [0, 100, POSTER_FONT.len() / 2, POSTER_FONT.len() - 1] {
            let mut changed = POSTER_FONT.to_vec();
            changed[at] ^= 1;
            assert_eq!(
                PosterFont::parse(&changed).err(),
                Some(FontError::Digest),
                "byte {at}"
            );
        }
        let short = &POSTER_FONT[..POSTER_FONT.len() - 1];
        assert!(matches!(
            PosterFont::parse(short),
            Err(FontError::Length { .. })
        ));
        let mut long = POSTER_FONT.to_vec();
        long.push(0);
        assert!(matches!(
            PosterFont::parse(&long),
            Err(FontError::Length { .. })
        ));
        assert!(matches!(
            PosterFont::parse(&[]),
            Err(FontError::Length { .. })
        ));
    }

    #[test]
    fn the_recorded_fingerprint_is_the_embedded_files() {
        assert_eq!(tables::FONT, Fingerprint::of(POSTER_FONT));
    }
}
