//! Quick exit: blank the page at once, then leave for a neutral site without a way back.

use leptos::ev;
use leptos::prelude::*;
use veriga_core::quick_exit::{NEUTRAL_URL, ShiftTrigger};

/// Leaves now. Blanking comes first so nothing stays on screen while the next page loads;
/// `location.replace` drops Veriga's history entry (the only one it has, see `nav`).
pub fn leave() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        document.set_title("");
    }
    let _ = window.location().replace(NEUTRAL_URL);
}

/// Three Shift presses anywhere trigger the exit, as on GOV.UK's "exit this page".
pub fn listen_for_shift() {
    let trigger = StoredValue::new(ShiftTrigger::default());
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.repeat() {
            return;
        }
        if event.key() == "Shift" {
            let now = js_sys::Date::now();
            if trigger.try_update_value(|trigger| trigger.press(now)) == Some(true) {
                leave();
            }
        } else {
            trigger.update_value(ShiftTrigger::other_key);
        }
    });
    on_cleanup(move || handle.remove());
}
