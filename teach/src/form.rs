//! Reads the poster form off the page into core's [`PosterForm`]; deciding what it asks for
//! is core's (`poster::form::request`), so it can be tested without a browser.

use veriga_core::poster::Format;
use veriga_core::poster::form::{LessonChoice, PosterForm, SloganChoice};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::dom;
use crate::view::OWN_SLOGAN;

/// What each lesson's own-slogan box holds, by lesson id, chosen or not: a teacher who goes
/// back to the lesson's slogan finds her text again after the page is redrawn.
pub type OwnTexts = Vec<(String, String)>;

/// The form as it stands, and its own-slogan boxes for drawing the rows again.
pub fn read_with_own() -> (PosterForm, OwnTexts) {
    let mut lessons = Vec::new();
    let mut own_texts = Vec::new();
    for (id, row) in dom::lesson_rows() {
        let field = |selector: &str| row.query_selector(selector).ok().flatten();
        let ticked = field("input[name=lesson]")
            .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|input| input.checked());
        let use_own = field("select")
            .and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
            .is_some_and(|select| select.value() == OWN_SLOGAN);
        let own = field("input[name=own]")
            .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let slogan = if use_own {
            SloganChoice::Own(own.clone())
        } else {
            SloganChoice::Lesson
        };
        lessons.push(LessonChoice {
            id: id.clone(),
            ticked,
            slogan,
        });
        own_texts.push((id, own));
    }
    let formats = dom::inputs("input[name=format]")
        .iter()
        .filter(|input| input.checked())
        .filter_map(|input| Format::from_slug(&input.value()))
        .collect();
    let form = PosterForm {
        origin: dom::origin(),
        lang: dom::select_value("poster-lang"),
        lessons,
        formats,
        campaign: dom::input_value("tag"),
        credit: dom::input_value("credit"),
    };
    (form, own_texts)
}
