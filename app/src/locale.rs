//! The language in use and its content pack, shared with every component through context.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::settings;

use veriga_browser::pack;
use veriga_browser::updates::{self, Outcome};

use crate::storage::{self, Store};

/// The pack the reader sees, and what went wrong with the last language switch, if anything.
#[derive(Clone, Copy)]
pub struct Locale {
    pub pack: RwSignal<Option<Arc<ContentPack>>>,
    /// The message key explaining a failed switch; the current language stays in use.
    pub error: RwSignal<Option<&'static str>>,
    requested: RwSignal<String>,
    /// An accepted update, waiting for the reader's next navigation: never swapped mid-lesson.
    pending: RwSignal<Option<Arc<ContentPack>>>,
    /// Whether the pack in use came as a signed update rather than with the app.
    pub updated: RwSignal<bool>,
    /// Whether a verified update newer than the built-in pack is kept on the device for the
    /// language in use (in use or waiting): the prerendered pages of that language are then
    /// older than what the reader should see.
    pub update_stored: RwSignal<bool>,
    /// When the app last looked for an update, and the last refusal (message key, time).
    pub last_check: RwSignal<Option<String>>,
    pub last_rejection: RwSignal<Option<(String, String)>>,
    /// Where the choice and the updates are kept (from context, taken once).
    store: Store,
}

impl Locale {
    /// One pack, loading nothing: the prerender's twin.
    #[cfg(feature = "ssr")]
    pub fn fixed(pack: Arc<ContentPack>) -> Locale {
        Locale {
            requested: RwSignal::new(pack.lang.clone()),
            pack: RwSignal::new(Some(pack)),
            error: RwSignal::new(None),
            pending: RwSignal::new(None),
            updated: RwSignal::new(false),
            update_stored: RwSignal::new(false),
            last_check: RwSignal::new(None),
            last_rejection: RwSignal::new(None),
            store: storage::store(),
        }
    }

    /// Picks the language (stored choice, browser, Romanian) and starts loading its pack.
    pub fn start() -> Locale {
        // The stored choice wins; then the language the URL names (a Hungarian poster's
        // code), then the browser's.
        let browser: Vec<String> = crate::nav::url_language()
            .into_iter()
            .chain(veriga_browser::languages::preferred())
            .collect();
        let store = storage::store();
        let (lang, (last_check, last_rejection)) = store.with_value(|kept| {
            (
                settings::startup_language(kept.as_ref(), crate::LANGUAGES, &browser),
                updates::status(kept.as_ref()),
            )
        });
        let locale = Locale {
            pack: RwSignal::new(None),
            error: RwSignal::new(None),
            requested: RwSignal::new(lang.to_string()),
            pending: RwSignal::new(None),
            updated: RwSignal::new(false),
            update_stored: RwSignal::new(false),
            last_check: RwSignal::new(last_check),
            last_rejection: RwSignal::new(last_rejection),
            store,
        };
        locale.load(lang.to_string(), false);
        locale.check_periodically();
        locale
    }

    /// The language of the pack on screen, if one is.
    pub fn lang_in_use(self) -> Option<String> {
        self.pack
            .with_untracked(|pack| pack.as_ref().map(|pack| pack.lang.clone()))
    }

    /// Puts an accepted update in use; called as the reader moves to another screen.
    pub fn apply_pending(self) {
        let Some(next) = self.pending.try_update(Option::take).flatten() else {
            return;
        };
        let current = self
            .pack
            .with_untracked(|pack| pack.as_ref().map(|pack| pack.lang.clone()));
        if current.as_deref() == Some(next.lang.as_str()) {
            self.updated.set(true);
            self.pack.set(Some(next));
        }
    }

    fn check_for_update(self, lang: String) {
        leptos::task::spawn_local(async move {
            let in_use = self
                .pending
                .with_untracked(|pending| pending.as_ref().map(|pack| pack.version))
                .or_else(|| {
                    self.pack
                        .with_untracked(|pack| pack.as_ref().map(|pack| pack.version))
                })
                .unwrap_or(0);
            let store = self.store.get_value();
            if let Outcome::Accepted(pack) = updates::check(store.as_ref(), &lang, in_use).await {
                self.update_stored.set(true);
                self.pending.set(Some(Arc::new(*pack)));
            }
            let (last_check, last_rejection) = updates::status(store.as_ref());
            self.last_check.set(last_check);
            self.last_rejection.set(last_rejection);
        });
    }

    /// Every 6 hours while the app stays open and online.
    fn check_periodically(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let tick = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let online = web_sys::window().is_some_and(|window| window.navigator().on_line());
            let lang = self.requested.get_untracked();
            if online && !lang.is_empty() {
                self.check_for_update(lang);
            }
        });
        if let Err(err) = window.set_interval_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::JsCast::unchecked_ref(tick.as_ref()),
            veriga_core::update::CHECK_EVERY_MS as i32,
        ) {
            // Updates are then looked for only when the app opens.
            veriga_browser::log::warn("the update timer", &format!("{err:?}"));
        }
        // The interval lives as long as the page.
        tick.forget();
    }

    /// Switches language; the choice is remembered once its pack is in hand.
    pub fn switch(self, lang: String) {
        self.load(lang, true);
    }

    fn load(self, lang: String, remember: bool) {
        self.requested.set(lang.clone());
        leptos::task::spawn_local(async move {
            let result = pack::fetch_built_in(&lang).await;
            if self.requested.get_untracked() != lang {
                return; // a later choice overtook this one
            }
            match result {
                Ok(built_in) => {
                    let store = self.store.get_value();
                    if remember && let Err(err) = settings::remember_language(store.as_ref(), &lang)
                    {
                        // Forgetting is acceptable (private mode); failing the switch is not.
                        veriga_browser::log::warn("remembering the language", &err);
                    }
                    // A signed update kept on the device wins when it is newer.
                    let newer = updates::stored(store.as_ref(), &lang, built_in.version);
                    self.updated.set(newer.is_some());
                    self.update_stored.set(newer.is_some());
                    let pack = newer.unwrap_or(built_in);
                    apply_to_document(&pack);
                    self.error.set(None);
                    self.pending.set(None);
                    self.pack.set(Some(Arc::new(pack)));
                    self.check_for_update(lang);
                }
                Err(err) => self.error.set(Some(err.message_key())),
            }
        });
    }
}

/// Screen readers pick their voice from `<html lang>`; the title shows in the task switcher.
fn apply_to_document(pack: &ContentPack) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element()
        && root.set_attribute("lang", &pack.lang).is_err()
    {
        veriga_browser::log::warn("the page's language", &pack.lang);
    }
    document.set_title(&pack.text("app-name"));
}
