//! The language in use and its content pack, shared with every component through context.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::settings;

use crate::api;
use crate::storage::LocalStore;

/// The pack the reader sees, and what went wrong with the last language switch, if anything.
#[derive(Clone, Copy)]
pub struct Locale {
    pub pack: RwSignal<Option<Arc<ContentPack>>>,
    /// The message key explaining a failed switch; the current language stays in use.
    pub error: RwSignal<Option<&'static str>>,
    requested: RwSignal<String>,
}

impl Locale {
    /// Picks the language (stored choice, browser, Romanian) and starts loading its pack.
    pub fn start() -> Locale {
        let browser = browser_languages();
        let lang = settings::startup_language(&LocalStore::open(), crate::LANGUAGES, &browser);
        let locale = Locale {
            pack: RwSignal::new(None),
            error: RwSignal::new(None),
            requested: RwSignal::new(lang.to_string()),
        };
        locale.load(lang.to_string(), false);
        locale
    }

    /// Switches language; the choice is remembered once its pack is in hand.
    pub fn switch(self, lang: String) {
        self.load(lang, true);
    }

    fn load(self, lang: String, remember: bool) {
        self.requested.set(lang.clone());
        leptos::task::spawn_local(async move {
            let result = api::fetch_pack(&lang).await;
            if self.requested.get_untracked() != lang {
                return; // a later choice overtook this one
            }
            match result {
                Ok(pack) => {
                    if remember {
                        // Forgetting is acceptable (private mode); failing the switch is not.
                        let _ = settings::remember_language(&LocalStore::open(), &lang);
                    }
                    apply_to_document(&pack);
                    self.error.set(None);
                    self.pack.set(Some(Arc::new(pack)));
                }
                Err(err) => self.error.set(Some(err.message_key())),
            }
        });
    }
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Screen readers pick their voice from `<html lang>`; the title shows in the task switcher.
fn apply_to_document(pack: &ContentPack) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", &pack.lang);
    }
    document.set_title(&pack.text("app-name"));
}
