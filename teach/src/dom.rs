//! The page and the browser: element lookups, where each field's message goes, the preview,
//! the download, the remembered language and the offline copy. Nothing here decides anything.

use veriga_core::poster::PosterError;
use veriga_core::poster::form::{Field, FieldErrors, PosterForm, SloganChoice};
// The student app's key, so both remember one language.
use veriga_core::settings::LANG_KEY;
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

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

pub fn stored_lang() -> Option<String> {
    storage().and_then(|storage| storage.get_item(LANG_KEY).ok().flatten())
}

pub fn store_lang(code: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, code);
    }
}

pub fn browser_langs() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|value| value.as_string())
                .collect()
        })
        .unwrap_or_default()
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
    let _ = body.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
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
    let _ = document()
        .document_element()
        .map(|html| html.set_attribute("lang", lang));
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
        let _ = match errors {
            None => button.remove_attribute("disabled"),
            Some(_) => button.set_attribute("disabled", ""),
        };
    }
}

/// The line under Download; a pack's page count and time go on it too, for the tests.
pub fn show_status(text: &str, pages: usize, ms: &str) {
    set_text("status", text);
    if let Some(status) = by_id("status") {
        let _ = status.set_attribute("data-ms", ms);
        let _ = status.set_attribute("data-pages", &pages.to_string());
    }
}

/// Hands `bytes` to the browser as a download called `name`.
pub fn save(bytes: &[u8], name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "Blob".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "URL".to_string())?;
    let link = document()
        .create_element("a")
        .map_err(|_| "a".to_string())?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "a".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked a little later: some browsers start reading the blob only after the click returns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}

/// Registers the app's service worker (a teacher may never have opened the student app) and
/// asks it to store this page's files, so the tool works offline from the next visit on.
pub fn keep_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let _ = container.register("/sw.js");
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
    let urls: js_sys::Array = urls.iter().map(|url| JsValue::from_str(url)).collect();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &message,
        &"type".into(),
        &veriga_core::worker::STORE_TEACH.into(),
    );
    let _ = js_sys::Reflect::set(&message, &"urls".into(), &urls);
    let post = Closure::once(move |registration: JsValue| {
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(worker) = registration.active() {
            let _ = worker.post_message(&message);
        }
    });
    if let Ok(ready) = container.ready() {
        let _ = ready.then(&post);
    }
    post.forget();
}
