//! In-app navigation without the browser's history stack.
//!
//! Every move replaces the current history entry instead of pushing one, so Veriga only ever
//! holds a single entry: after a quick exit, Back cannot return to any Veriga page. In-app
//! links and the bottom menu take the place of the Back button.

use leptos::prelude::*;
use veriga_core::route::Route;
use wasm_bindgen::JsValue;

#[derive(Clone, Copy)]
pub struct Nav {
    pub route: RwSignal<Route>,
}

impl Nav {
    /// A fixed route: the prerender's twin.
    #[cfg(feature = "ssr")]
    pub fn at(route: Route) -> Nav {
        Nav {
            route: RwSignal::new(route),
        }
    }

    pub fn start() -> Nav {
        let path = web_sys::window()
            .and_then(|window| window.location().pathname().ok())
            .unwrap_or_default();
        Nav {
            route: RwSignal::new(Route::parse(&path)),
        }
    }

    pub fn go(self, route: Route) {
        // A content update waiting since the last check is put in use between screens.
        if let Some(locale) = use_context::<crate::locale::Locale>() {
            locale.apply_pending();
        }
        // Reading aloud belongs to the screen being left.
        if let Some(speech) = use_context::<crate::speech::Speech>() {
            speech.stop();
        }
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&route.path()));
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        // Between lessons is a good moment to look for a new version; it is only offered.
        if route == Route::Home
            && let Some(offline) = use_context::<crate::offline::Offline>()
        {
            offline.check_for_update();
        }
        self.route.set(route);
    }
}
