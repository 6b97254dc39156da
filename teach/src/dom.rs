//! The page and the browser: element lookups, where each field's message goes, the preview,
//! the download, the remembered language and the offline copy. Nothing here decides anything.

use veriga_core::poster::PosterError;
use veriga_core::poster::form::{Field, FieldErrors, PosterForm, SloganChoice};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Sets an attribute this module names itself, so only a broken page could refuse it; that
/// is logged.
fn set_attribute(element: &Element, name: &str, value: &str) {
    if element.set_attribute(name, value).is_err() {
        veriga_browser::log::warn("setting an attribute", &name);
    }
}

/// Where the page was served from, which is where its posters' codes point.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default()
}

pub fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Calls `handler` for every `event` on the page: the form is redrawn, so listeners on its
/// elements would be lost.
pub fn listen(event: &str, handler: fn(web_sys::Event)) {
    let Some(body) = document().body() else {
        return;
    };
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    if body
        .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref())
        .is_err()
    {
        veriga_browser::log::warn("listening", &event);
    }
    listener.forget();
}

/// The id of the element an event happened on.
pub fn target_id(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .map(|element| element.id())
        .unwrap_or_default()
}

/// Puts `body` in the page, with its language and title.
pub fn show_page(lang: &str, title: &str, body: &str) {
    if let Some(html) = document().document_element() {
        set_attribute(&html, "lang", lang);
    }
    document().set_title(title);
    set_html("teach", body);
}

pub fn set_html(id: &str, html: &str) {
    if let Some(element) = by_id(id) {
        element.set_inner_html(html);
    }
}

pub fn set_text(id: &str, text: &str) {
    if let Some(element) = by_id(id) {
        element.set_text_content(Some(text));
    }
}

pub fn inputs(selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

pub fn select_value(id: &str) -> String {
    by_id(id)
        .and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
        .map(|select| select.value())
        .unwrap_or_default()
}

/// Sets a menu back to `value`, as if the teacher had not changed it.
pub fn set_select_value(id: &str, value: &str) {
    if let Some(select) = by_id(id).and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
    {
        select.set_value(value);
    }
}

pub fn input_value(id: &str) -> String {
    by_id(id)
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Each lesson row with its lesson id.
pub fn lesson_rows() -> Vec<(String, Element)> {
    let Ok(rows) = document().query_selector_all("#lesson-rows .lesson") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for row in (0..rows.length()).filter_map(|index| rows.item(index)) {
        if let Ok(row) = row.dyn_into::<Element>() {
            found.push((row.get_attribute("data-lesson").unwrap_or_default(), row));
        }
    }
    found
}

pub fn tick_lessons(tick: bool) {
    for input in inputs("#lesson-rows input[name=lesson]") {
        input.set_checked(tick);
    }
}

/// Shows a lesson's own-slogan box only while the class's slogan is chosen; a hidden box
/// keeps its text.
pub fn show_own_boxes(form: &PosterForm) {
    for (id, row) in lesson_rows() {
        let own = form
            .lessons
            .iter()
            .any(|choice| choice.id == id && matches!(choice.slogan, SloganChoice::Own(_)));
        if let Some(input) = row
            .query_selector("input[name=own]")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<HtmlElement>().ok())
        {
            input.set_hidden(!own);
        }
    }
}

/// Where a field's message goes: next to the field, or beside Download for a missing choice
/// (and for what the page has no field for).
fn spot(field: &Field) -> String {
    match field {
        Field::Slogan(lesson) => format!("err-own-{lesson}"),
        Field::Campaign => "err-tag".to_string(),
        Field::Credit => "err-credit".to_string(),
        Field::Language | Field::Lessons | Field::Formats | Field::Origin => "why".to_string(),
    }
}

/// Writes each field's message, `text` translating it, and clears every other field's;
/// Download is enabled only with none.
pub fn show_errors(
    form: &PosterForm,
    errors: Option<&FieldErrors>,
    text: impl Fn(&PosterError) -> String,
) {
    let mut spots: Vec<String> = form
        .lessons
        .iter()
        .map(|choice| spot(&Field::Slogan(choice.id.clone())))
        .collect();
    spots.extend(
        [Field::Campaign, Field::Credit, Field::Lessons]
            .iter()
            .map(spot),
    );
    for id in spots {
        // The first in the page's order wins a shared spot.
        let message = errors
            .and_then(|errors| errors.iter().find(|error| spot(&error.field) == id))
            .map(|error| text(&error.error))
            .unwrap_or_default();
        set_text(&id, &message);
    }
    if let Some(button) = by_id("download") {
        match errors {
            None => {
                if button.remove_attribute("disabled").is_err() {
                    veriga_browser::log::warn("enabling Download", &"disabled");
                }
            }
            Some(_) => set_attribute(&button, "disabled", ""),
        }
    }
}

/// The line under Download; a pack's page count and time go on it too, for the tests.
pub fn show_status(text: &str, pages: usize, ms: &str) {
    set_text("status", text);
    if let Some(status) = by_id("status") {
        set_attribute(&status, "data-ms", ms);
        set_attribute(&status, "data-pages", &pages.to_string());
    }
}

/// This page's own files, as its links and scripts name them: what the service worker must store,
/// with what the module fetches itself, for the tool to work offline.
pub fn own_files() -> Vec<String> {
    let mut urls = vec!["/teach/index.html".to_string()];
    if let Ok(list) = document().query_selector_all("link[href^='/teach/'], script[src^='/teach/']")
    {
        for node in (0..list.length()).filter_map(|index| list.item(index)) {
            if let Ok(element) = node.dyn_into::<Element>() {
                let url = element
                    .get_attribute("href")
                    .or_else(|| element.get_attribute("src"));
                urls.extend(url);
            }
        }
    }
    urls
}
