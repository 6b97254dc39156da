//! All pages as one PDF: one form object per QR code, reused wherever it appears, and the
//! poster font embedded once, addressed by glyph id so every Romanian and Hungarian letter prints.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Name, Pdf, Rect, Ref, Str};

use super::QrMatrix;
use super::font::{PDF_FONT_NAME, PosterFont};
use super::layout::{Ink, Mark, Page};

struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

fn fill(content: &mut Content, ink: Ink) {
    match ink {
        Ink::Black => content.set_fill_gray(0.0),
        Ink::Accent => content.set_fill_rgb(0.643, 0.086, 0.102),
        Ink::Guide => content.set_fill_gray(0.73),
    };
}

fn glyph_string(font: &PosterFont, text: &str) -> Vec<u8> {
    text.chars()
        .filter_map(|ch| font.glyph(ch))
        .flat_map(u16::to_be_bytes)
        .collect()
}

fn qr_form(code: &QrMatrix) -> Vec<u8> {
    let mut content = Content::new();
    content.set_fill_gray(0.0);
    let top = code.width as f32;
    for (row, start, length) in code.runs() {
        content.rect(start as f32, top - row as f32 - 1.0, length as f32, 1.0);
    }
    content.fill_nonzero();
    content.finish().into_vec()
}

pub fn document(pages: &[Page], codes: &[QrMatrix], font: &PosterFont) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut ids = Ids(0);
    let catalog = ids.next();
    let tree = ids.next();
    let type0 = ids.next();
    let cid_font = ids.next();
    let descriptor = ids.next();
    let font_file = ids.next();
    let to_unicode = ids.next();
    let forms: Vec<Ref> = codes.iter().map(|_| ids.next()).collect();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (ids.next(), ids.next())).collect();

    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(pages.len() as i32);

    let font_name = Name(PDF_FONT_NAME);
    pdf.type0_font(type0)
        .base_font(font_name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let widths: Vec<f32> = (0..font.glyph_count())
        .map(|glyph| font.advance_milli(glyph).round())
        .collect();
    pdf.cid_font(cid_font)
        .subtype(CidFontType::Type2)
        .base_font(font_name)
        .system_info(system_info)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"))
        .widths()
        .consecutive(0, widths);
    let (bbox, ascent, descent, cap_height) = font.metrics();
    pdf.font_descriptor(descriptor)
        .name(font_name)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(bbox[0], bbox[1], bbox[2], bbox[3]))
        .italic_angle(0.0)
        .ascent(ascent)
        .descent(descent)
        .cap_height(cap_height)
        .stem_v(120.0)
        .font_file2(font_file);
    pdf.stream(font_file, font.bytes)
        .pair(Name(b"Length1"), font.bytes.len() as i32);
    let mut cmap = UnicodeCmap::new(Name(b"Veriga-Poster-UTF16"), system_info);
    for (glyph, ch) in font.unicode_pairs() {
        cmap.pair(glyph, ch);
    }
    pdf.cmap(to_unicode, &cmap.finish());

    for (code, form) in codes.iter().zip(&forms) {
        let content = qr_form(code);
        let size = code.width as f32;
        pdf.form_xobject(*form, &content)
            .bbox(Rect::new(0.0, 0.0, size, size));
    }

    for (page, (page_id, content_id)) in pages.iter().zip(&page_ids) {
        let mut content = Content::new();
        let mut used: Vec<usize> = Vec::new();
        for mark in &page.marks {
            match mark {
                Mark::Text {
                    x,
                    y,
                    size,
                    ink,
                    text,
                } => {
                    content.save_state();
                    fill(&mut content, *ink);
                    content.begin_text();
                    content.set_font(Name(b"F0"), *size);
                    content.set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, page.height - y]);
                    content.show(Str(&glyph_string(font, text)));
                    content.end_text();
                    content.restore_state();
                }
                Mark::Qr { x, y, size, code } => {
                    let scale = size / codes[*code].width as f32;
                    content.save_state();
                    content.transform([scale, 0.0, 0.0, scale, *x, page.height - y - size]);
                    content.x_object(Name(format!("Q{code}").as_bytes()));
                    content.restore_state();
                    if !used.contains(code) {
                        used.push(*code);
                    }
                }
                // Label edges belong to the paper, not the print.
                Mark::Outline { .. } => {}
            }
        }
        let content = content.finish().into_vec();
        let mut page_writer = pdf.page(*page_id);
        page_writer
            .media_box(Rect::new(0.0, 0.0, page.width, page.height))
            .parent(tree)
            .contents(*content_id);
        let mut resources = page_writer.resources();
        resources.fonts().pair(Name(b"F0"), type0);
        let mut x_objects = resources.x_objects();
        for code in &used {
            x_objects.pair(Name(format!("Q{code}").as_bytes()), forms[*code]);
        }
        drop(x_objects);
        drop(resources);
        drop(page_writer);
        pdf.stream(*content_id, &content);
    }
    pdf.finish()
}
