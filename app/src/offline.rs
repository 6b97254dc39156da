//! Offline use: registers the service worker, tells it which languages to keep (each one's pack
//! and prerendered pages) and which to serve, reports whether the app is ready offline, and
//! offers a waiting new version without ever forcing it.
//!
//! Anything that fails here (no service worker support, private mode, a full quota) only
//! means "offline use unavailable" in About: the app keeps working online, and no error
//! reaches the student.

use leptos::prelude::*;
use veriga_browser::log;
use veriga_browser::worker::{self, callback, container};
use veriga_core::worker as message;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// How long the page waits before fetching the prerendered pages of the language in use, and
/// then when the device is idle, so a student on weak data gets the lesson and the app first
/// (about 5 KB brotli a page, some 20 pages a language; the worker skips those it holds).
const PAGES_AFTER_MS: i32 = 3_000;
/// The same for the other languages' packs and pages.
const OTHER_LANGUAGES_AFTER_MS: i32 = 20_000;

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
    /// The language in use, whose pack must be stored for "ready".
    lang: RwSignal<String>,
    /// What the worker is told about the reader: (chosen, update stored) for `lang`.
    reader: StoredValue<(bool, bool)>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    reload_on_change: StoredValue<bool>,
}

/// Runs `task` once `after_ms` have passed and then the browser is idle. Without timers (no
/// window) nothing is stored, which only means less works offline.
fn when_idle(after_ms: i32, task: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = std::rc::Rc::new(task);
    let idle = callback(move || {
        let task = task.clone();
        if let Some(window) = web_sys::window()
            && window
                .request_idle_callback(&callback(move || task()))
                .is_err()
        {
            log::warn("offline pages", &"no idle callback");
        }
    });
    if window
        .set_timeout_with_callback_and_timeout_and_arguments_0(&idle, after_ms)
        .is_err()
    {
        log::warn("offline pages", &"no timer");
    }
}

impl Offline {
    /// No service worker and nothing waiting: the prerender's twin, and where `start` begins.
    pub fn inert() -> Offline {
        Offline {
            state: RwSignal::new(OfflineState::Preparing),
            stored: RwSignal::new(Vec::new()),
            update_ready: RwSignal::new(false),
            lang: RwSignal::new(String::new()),
            reader: StoredValue::new((false, false)),
            registration: StoredValue::new_local(None),
            reload_on_change: StoredValue::new(false),
        }
    }

    pub fn start() -> Offline {
        let offline = Offline::inert();
        let Some(container) = container() else {
            offline.state.set(OfflineState::Unavailable);
            return offline;
        };
        container.set_onmessage(Some(&callback(move || offline.refresh())));
        container.set_oncontrollerchange(Some(&callback(move || {
            if offline.reload_on_change.get_value()
                && let Some(window) = web_sys::window()
                && let Err(err) = window.location().reload()
            {
                log::warn("reloading into the new version", &format!("{err:?}"));
            }
        })));
        leptos::task::spawn_local(async move {
            let registration = match worker::register().await {
                Ok(registration) => registration,
                Err(err) => {
                    log::warn("offline use", &err);
                    offline.state.set(OfflineState::Unavailable);
                    return;
                }
            };
            offline.watch_for_updates(&registration);
            offline.registration.set_value(Some(registration));
            if let Err(err) = worker::ready().await {
                log::warn("offline use", &err);
                offline.state.set(OfflineState::Unavailable);
                return;
            }
            offline.keep_current();
            offline.post(&[("type", message::SEND_SCANS.into())]);
            offline.keep_others_when_idle();
        });
        offline
    }

    /// Stores the language now in use (called on start, on every switch and when an update
    /// is kept), and tells the worker to serve it: `chosen` when the reader picked it, so it
    /// wins over a URL's language; `updated` when a verified update newer than the built-in
    /// pack is kept, so the worker serves the app (which shows it) instead of older pages.
    pub fn keep_language(self, lang: String, chosen: bool, updated: bool) {
        self.lang.set(lang);
        self.reader.set_value((chosen, updated));
        self.keep_current();
    }

    /// "Delete my data" removed the language choice: the worker forgets it too.
    pub fn forget(self) {
        self.reader.update_value(|(chosen, _)| *chosen = false);
        // Not told again until the next start: a message sent now could land before the
        // worker has finished forgetting.
        self.post(&[("type", message::FORGET.into())]);
    }

    fn keep_current(self) {
        let lang = self.lang.get_untracked();
        if lang.is_empty() {
            return;
        }
        let (chosen, updated) = self.reader.get_value();
        self.post(&[
            ("type", message::READER.into()),
            ("lang", lang.as_str().into()),
            ("chosen", chosen.into()),
            ("updated", updated.into()),
        ]);
        self.ask_to_store(message::STORE_PACKS, &[lang.as_str()]);
        when_idle(PAGES_AFTER_MS, move || {
            let lang = self.lang.get_untracked();
            self.ask_to_store(message::STORE_PAGES, &[lang.as_str()]);
        });
    }

    fn keep_others_when_idle(self) {
        when_idle(OTHER_LANGUAGES_AFTER_MS, move || {
            self.ask_to_store(message::STORE_PACKS, crate::LANGUAGES);
            self.ask_to_store(message::STORE_PAGES, crate::LANGUAGES);
        });
    }

    fn ask_to_store(self, kind: &str, langs: &[&str]) {
        self.post(&[
            ("type", kind.into()),
            ("langs", worker::strings(langs).into()),
        ]);
    }

    /// Sends the active worker a message; with no active worker yet there is no one to tell,
    /// and `start` repeats what matters once one is.
    fn post(self, fields: &[(&str, JsValue)]) {
        let active = self.registration.with_value(|registration| {
            registration
                .as_ref()
                .and_then(ServiceWorkerRegistration::active)
        });
        let Some(active) = active else { return };
        if let Err(err) = worker::post(&active, fields) {
            log::warn("offline use", &err);
            self.state.set(OfflineState::Unavailable);
        }
    }

    /// Re-reads what is stored: ready means a worker is active and the current pack is cached.
    fn refresh(self) {
        leptos::task::spawn_local(async move {
            let Some(caches) = web_sys::window().and_then(|window| window.caches().ok()) else {
                self.state.set(OfflineState::Unavailable);
                return;
            };
            let mut stored = Vec::new();
            for lang in crate::LANGUAGES {
                let hit =
                    JsFuture::from(caches.match_with_str(&format!("/content/{lang}.json"))).await;
                if hit.is_ok_and(|hit| !hit.is_undefined()) {
                    stored.push(lang.to_string());
                }
            }
            let active = self
                .registration
                .with_value(|registration| {
                    registration
                        .as_ref()
                        .and_then(ServiceWorkerRegistration::active)
                })
                .is_some();
            let current = self.lang.get_untracked();
            if active && stored.contains(&current) {
                self.state.set(OfflineState::Ready);
            }
            self.stored.set(stored);
        });
    }

    fn watch_for_updates(self, registration: &ServiceWorkerRegistration) {
        // A worker already waiting from an earlier visit counts too.
        if registration.waiting().is_some() && container().and_then(|c| c.controller()).is_some() {
            self.update_ready.set(true);
        }
        let registration_for_found = registration.clone();
        registration.set_onupdatefound(Some(&callback(move || {
            let Some(installing) = registration_for_found.installing() else {
                return;
            };
            let worker: ServiceWorker = installing.clone();
            installing.set_onstatechange(Some(&callback(move || {
                // The first install of all is not an update: there is nothing to replace.
                let replacing = container().and_then(|c| c.controller()).is_some();
                if worker.state() == ServiceWorkerState::Installed && replacing {
                    self.update_ready.set(true);
                }
            })));
        })));
    }

    /// The reader said yes: the waiting worker takes over, then the page reloads into it.
    pub fn apply_update(self) {
        let waiting = self.registration.with_value(|registration| {
            registration
                .as_ref()
                .and_then(ServiceWorkerRegistration::waiting)
        });
        if let Some(waiting) = waiting {
            self.reload_on_change.set_value(true);
            if let Err(err) = worker::post(&waiting, &[("type", message::SKIP_WAITING.into())]) {
                log::warn("the new version", &err);
            }
        }
    }

    /// Looks for a new version now (the browser also does on its own schedule).
    pub fn check_for_update(self) {
        self.registration.with_value(|registration| {
            if let Some(registration) = registration
                && let Ok(promise) = registration.update()
            {
                leptos::task::spawn_local(async move {
                    // Offline, the look fails; the browser looks again on its own schedule.
                    if let Err(err) = JsFuture::from(promise).await {
                        log::warn("looking for a new version", &format!("{err:?}"));
                    }
                });
            }
        });
    }
}
