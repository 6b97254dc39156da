//! Offline use in the app's signals: `veriga_browser::offline` talks to the service worker;
//! this keeps what About and the update prompt show (whether the app is ready offline, the
//! languages stored, a new version waiting).

use leptos::prelude::*;
use veriga_browser::offline::{self, Event};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OfflineState {
    Preparing,
    Ready,
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct Offline {
    pub state: RwSignal<OfflineState>,
    /// Languages whose packs are stored on the device.
    pub stored: RwSignal<Vec<String>>,
    /// A new version is installed and waiting for the reader's yes.
    pub update_ready: RwSignal<bool>,
    worker: StoredValue<Option<offline::Offline>, LocalStorage>,
}

impl Offline {
    /// No service worker and nothing waiting: the prerender's twin.
    pub fn inert() -> Offline {
        Offline {
            state: RwSignal::new(OfflineState::Preparing),
            stored: RwSignal::new(Vec::new()),
            update_ready: RwSignal::new(false),
            worker: StoredValue::new_local(None),
        }
    }

    pub fn start() -> Offline {
        let shown = Offline::inert();
        let worker = offline::Offline::start(move |event| match event {
            Event::Unavailable => shown.state.set(OfflineState::Unavailable),
            Event::UpdateReady => shown.update_ready.set(true),
            Event::Stored => shown.refresh(),
        });
        shown.worker.set_value(Some(worker));
        shown
    }

    fn with_worker(self, f: impl FnOnce(&offline::Offline)) {
        self.worker.with_value(|worker| {
            if let Some(worker) = worker {
                f(worker);
            }
        });
    }

    /// See `veriga_browser::offline::Offline::keep_language`.
    pub fn keep_language(self, lang: String, chosen: bool, updated: bool) {
        self.with_worker(|worker| worker.keep_language(&lang, chosen, updated));
    }

    /// "Delete my data" removed the language choice: the worker forgets it too.
    pub fn forget(self) {
        self.with_worker(offline::Offline::forget);
    }

    /// The reader said yes: the waiting worker takes over, then the page reloads into it.
    pub fn apply_update(self) {
        self.with_worker(offline::Offline::apply_update);
    }

    /// Looks for a new version now (the browser also does on its own schedule).
    pub fn check_for_update(self) {
        self.with_worker(offline::Offline::check_for_update);
    }

    /// Re-reads what is stored: ready means a worker is active and the current pack is cached.
    fn refresh(self) {
        leptos::task::spawn_local(async move {
            let Some(stored) = offline::stored_languages().await else {
                self.state.set(OfflineState::Unavailable);
                return;
            };
            let mut ready = false;
            self.with_worker(|worker| {
                ready = worker.is_active() && stored.contains(&worker.lang())
            });
            if ready {
                self.state.set(OfflineState::Ready);
            }
            self.stored.set(stored);
        });
    }
}
