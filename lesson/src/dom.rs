//! The few DOM calls the lesson module makes, each failure logged rather than dropped: the
//! prerendered page keeps working whatever the module cannot do.

use veriga_browser::log;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, Event, EventTarget};

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The first element `selector` finds.
pub fn find(selector: &str) -> Option<Element> {
    document()?.query_selector(selector).ok().flatten()
}

/// Every element `selector` finds, in document order.
pub fn find_all(selector: &str) -> Vec<Element> {
    let Some(list) = document().and_then(|document| document.query_selector_all(selector).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index)?.dyn_into::<Element>().ok())
        .collect()
}

pub fn set_hidden(element: &Element, hidden: bool) {
    if element
        .toggle_attribute_with_force("hidden", hidden)
        .is_err()
    {
        log::warn("showing a part of the lesson", &element.id());
    }
}

pub fn set_attribute(element: &Element, name: &str, value: &str) {
    if element.set_attribute(name, value).is_err() {
        log::warn("marking the lesson", &name);
    }
}

/// Listens for `kind` on `target` for the page's lifetime (`capture` for events that do not
/// bubble, such as `toggle`).
pub fn listen(
    target: &EventTarget,
    kind: &str,
    capture: bool,
    handler: impl FnMut(Event) + 'static,
) {
    let handler = Closure::<dyn FnMut(Event)>::new(handler).into_js_value();
    if target
        .add_event_listener_with_callback_and_bool(kind, handler.unchecked_ref(), capture)
        .is_err()
    {
        log::warn("listening to the page", &kind);
    }
}

/// Goes to `url` replacing the current history entry, so Veriga only ever holds one and Back
/// after a quick exit never returns to it.
pub fn go(url: &str) {
    if let Some(window) = web_sys::window()
        && let Err(err) = window.location().replace(url)
    {
        log::warn("opening a page", &format!("{err:?}"));
    }
}

/// Puts `url` in the address bar without a page load or a history entry.
pub fn show_url(url: &str) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
        return;
    };
    if let Err(err) = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)) {
        log::warn("the address bar was not updated", &format!("{err:?}"));
    }
}
