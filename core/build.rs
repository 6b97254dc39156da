//! Reads the poster font's few tables at build time, so the teacher module carries numbers instead
//! of a font parser, and records the file's fingerprint (length and hash), so that
//! `PosterFont::parse` accepts only those bytes: the wasm fetches the font instead of carrying
//! it. Does nothing without the `posters` feature: the student's app builds core without it and
//! pays only for compiling and running an empty script.

fn main() {
    // Without this line Cargo would rerun the script whenever any file of the package changes.
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(feature = "posters")]
    poster_font::write();
}

// The very code PosterFont::parse checks a fetched font with.
#[cfg(feature = "posters")]
#[path = "src/poster/fingerprint.rs"]
mod fingerprint;

#[cfg(feature = "posters")]
mod poster_font {
    use std::path::PathBuf;

    use ttf_parser::{Face, GlyphId};

    use super::fingerprint::Fingerprint;

    pub fn write() {
        let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
        // The same file font.rs embeds with include_bytes!, so the tables and the bytes agree.
        let path = manifest.join("../public/fonts/poster.ttf");
        println!("cargo::rerun-if-changed={}", path.display());
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|error| panic!("reading {}: {error}", path.display()));
        let face = Face::parse(&bytes, 0)
            .unwrap_or_else(|error| panic!("parsing {}: {error}", path.display()));
        let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by Cargo"));
        std::fs::write(out.join("poster_font.rs"), source(&face, &bytes)).expect("writing OUT_DIR");
    }

    fn source(face: &Face, bytes: &[u8]) -> String {
        let cmap = char_map(face);
        // font.rs derives the PDF's ToUnicode pairs from the char map instead of carrying a
        // second table. That gives the same pairs only while the Unicode subtables agree and map
        // nothing but U+FFFF to glyph 0: a new font that breaks this stops the build here.
        assert_eq!(
            derived_pairs(&cmap),
            unicode_pairs(face),
            "the poster font's char map no longer gives its ToUnicode pairs; \
             font.rs needs a table of its own for them"
        );
        let advances: Vec<u16> = (0..face.number_of_glyphs())
            .map(|glyph| face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0))
            .collect();
        let bbox = face.global_bounding_box();
        let mut out = String::from("// Made by core/build.rs from public/fonts/poster.ttf.\n");
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        // What a fetched font must be: font.rs refuses any other bytes.
        let print = Fingerprint::of(bytes);
        line(format!(
            "pub(super) const FONT: Fingerprint = Fingerprint {{ len: {}, fnv1a: {:#018x} }};",
            print.len, print.fnv1a
        ));
        line(format!(
            "pub(super) const UNITS_PER_EM: u16 = {};",
            face.units_per_em()
        ));
        line(format!(
            "pub(super) const GLYPH_COUNT: u16 = {};",
            face.number_of_glyphs()
        ));
        line(format!(
            "pub(super) const BBOX: [i16; 4] = [{}, {}, {}, {}];",
            bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max
        ));
        line(format!(
            "pub(super) const ASCENDER: i16 = {};",
            face.ascender()
        ));
        line(format!(
            "pub(super) const DESCENDER: i16 = {};",
            face.descender()
        ));
        line(format!(
            "pub(super) const CAP_HEIGHT: i16 = {};",
            face.capital_height().unwrap_or(face.ascender())
        ));
        line(format!(
            "pub(super) static ADVANCES: [u16; {}] = [{}];",
            advances.len(),
            join(advances.iter().map(u16::to_string))
        ));
        line(format!(
            "pub(super) static CMAP_CHARS: [char; {}] = [{}];",
            cmap.len(),
            join(
                cmap.iter()
                    .map(|(ch, _)| format!("'\\u{{{:x}}}'", u32::from(*ch)))
            )
        ));
        line(format!(
            "pub(super) static CMAP_GLYPHS: [u16; {}] = [{}];",
            cmap.len(),
            join(cmap.iter().map(|(_, glyph)| glyph.to_string()))
        ));
        out
    }

    /// Every character the font maps, in order, with its glyph, exactly as `Face::glyph_index`
    /// answered at run time. Every character is asked, not only those the subtables list: a
    /// format 4 subtable's closing segment maps U+FFFF to glyph 0, which its list leaves out.
    fn char_map(face: &Face) -> Vec<(char, u16)> {
        (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter_map(|ch| face.glyph_index(ch).map(|glyph| (ch, glyph.0)))
            .collect()
    }

    /// The ToUnicode pairs exactly as font.rs computed them when it parsed the font at run time.
    fn unicode_pairs(face: &Face) -> Vec<(u16, char)> {
        let mut pairs = Vec::new();
        for subtable in unicode_subtables(face) {
            subtable.codepoints(|code| {
                if let (Some(ch), Some(glyph)) = (char::from_u32(code), subtable.glyph_index(code))
                {
                    pairs.push((glyph.0, ch));
                }
            });
        }
        pairs.sort_unstable();
        pairs.dedup_by_key(|pair| pair.0);
        pairs
    }

    /// What font.rs's `unicode_pairs` makes of the generated char map.
    fn derived_pairs(cmap: &[(char, u16)]) -> Vec<(u16, char)> {
        let mut pairs: Vec<(u16, char)> = cmap
            .iter()
            .filter(|&&(_, glyph)| glyph != 0)
            .map(|&(ch, glyph)| (glyph, ch))
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|pair| pair.0);
        pairs
    }

    fn unicode_subtables<'a>(
        face: &Face<'a>,
    ) -> impl Iterator<Item = ttf_parser::cmap::Subtable<'a>> {
        face.tables()
            .cmap
            .into_iter()
            .flat_map(|cmap| cmap.subtables)
            .filter(|subtable| subtable.is_unicode())
    }

    /// A list for an array literal, sixteen to a line so that a diff of the output stays legible.
    fn join(items: impl Iterator<Item = String>) -> String {
        let mut out = String::new();
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push_str(if i % 16 == 0 { ",\n    " } else { ", " });
            }
            out.push_str(&item);
        }
        out
    }
}
