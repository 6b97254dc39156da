//! In-app navigation without the browser's history stack.
//!
//! Every move replaces the current history entry instead of pushing one, so Veriga only ever
//! holds a single entry: after a quick exit, Back cannot return to any Veriga page. In-app
//! links and the bottom menu take the place of the Back button.

use leptos::prelude::*;
use veriga_core::route::{Address, Route};
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
        Nav {
            route: RwSignal::new(address().route),
        }
    }

    /// Puts the current screen's URL in `lang` in the address bar (keeping a step's
    /// fragment), so a reload or a shared link opens the language on screen.
    pub fn show_language(self, lang: &str) {
        let wanted = self.route.with_untracked(|route| route.path_in(lang));
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        if location.pathname().ok().as_deref() == Some(wanted.as_str()) {
            return;
        }
        let hash = location.hash().unwrap_or_default();
        replace_url(&format!("{wanted}{hash}"));
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
        let lang = use_context::<crate::locale::Locale>().and_then(|locale| locale.lang_in_use());
        replace_url(&match lang {
            Some(lang) => route.path_in(&lang),
            None => route.path(),
        });
        if let Some(window) = web_sys::window() {
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

/// Where the page's URL points: its screen and the language it names, if any.
fn address() -> Address {
    let path = web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default();
    Address::parse(&path, crate::LANGUAGES)
}

/// The language the page's URL names (`/hu/l/<id>`): what a Hungarian poster's code opens.
pub fn url_language() -> Option<String> {
    address().lang
}

fn replace_url(url: &str) {
    let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else {
        return;
    };
    if let Err(err) = history.replace_state_with_url(&JsValue::NULL, "", Some(url)) {
        leptos::logging::warn!("veriga: the address bar was not updated: {err:?}");
    }
}
