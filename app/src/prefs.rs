//! The reader's display preferences (text size, read-aloud), shared through context.

use leptos::prelude::*;
use veriga_core::settings;

use crate::storage::{self, Store};

#[derive(Clone, Copy)]
pub struct Prefs {
    /// 0 (normal) to `settings::MAX_TEXT_SIZE`.
    pub text_size: RwSignal<u8>,
    pub read_aloud: RwSignal<bool>,
    store: Store,
}

impl Prefs {
    /// The defaults, stored nowhere: the prerender's twin. Read-aloud is off because a static
    /// page has no voice to offer.
    #[cfg(feature = "ssr")]
    pub fn defaults() -> Prefs {
        Prefs {
            text_size: RwSignal::new(0),
            read_aloud: RwSignal::new(false),
            store: storage::store(),
        }
    }

    pub fn start() -> Prefs {
        let store = storage::store();
        let (text_size, read_aloud) = store.with_value(|store| {
            (
                settings::text_size(store.as_ref()),
                settings::read_aloud(store.as_ref()),
            )
        });
        let prefs = Prefs {
            text_size: RwSignal::new(text_size),
            read_aloud: RwSignal::new(read_aloud),
            store,
        };
        Effect::new(move |_| veriga_browser::prefs::apply_text_size(prefs.text_size.get()));
        prefs
    }

    pub fn set_text_size(self, step: u8) {
        storage::remember(self.store, "remembering the text size", |store| {
            settings::remember_text_size(store, step)
        });
        self.text_size.set(step);
    }

    pub fn set_read_aloud(self, on: bool) {
        storage::remember(self.store, "remembering read-aloud", |store| {
            settings::remember_read_aloud(store, on)
        });
        self.read_aloud.set(on);
    }

    /// After "delete my data": back to the defaults.
    pub fn reset(self) {
        self.text_size.set(0);
        self.read_aloud.set(true);
    }
}
