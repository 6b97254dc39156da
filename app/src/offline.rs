//! Offline use: registers the service worker, tells it which language packs to keep, reports
//! whether the app is ready offline, and offers a waiting new version without ever forcing it.
//!
//! Anything that fails here (no service worker support, private mode, a full quota) only
//! means "offline use unavailable" in About: the app keeps working online, and no error
//! reaches the student.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// How long the page waits before fetching the other languages' packs when the device is idle,
/// so a student on weak data gets the lesson first.
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
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    reload_on_change: StoredValue<bool>,
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent in some private modes and old browsers.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Leaks a closure to JS: these listeners live as long as the page.
fn callback(f: impl FnMut() + 'static) -> js_sys::Function {
    Closure::<dyn FnMut()>::new(f)
        .into_js_value()
        .unchecked_into()
}

impl Offline {
    /// No service worker and nothing waiting: the prerender's twin, and where `start` begins.
    pub fn inert() -> Offline {
        Offline {
            state: RwSignal::new(OfflineState::Preparing),
            stored: RwSignal::new(Vec::new()),
            update_ready: RwSignal::new(false),
            lang: RwSignal::new(String::new()),
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
            {
                let _ = window.location().reload();
            }
        })));
        leptos::task::spawn_local(async move {
            let registered = JsFuture::from(container.register("/sw.js")).await;
            let Ok(registration) =
                registered.and_then(|value| value.dyn_into::<ServiceWorkerRegistration>())
            else {
                offline.state.set(OfflineState::Unavailable);
                return;
            };
            offline.watch_for_updates(&registration);
            offline.registration.set_value(Some(registration));
            if let Ok(ready) = container.ready() {
                let _ = JsFuture::from(ready).await;
            }
            offline.keep_current();
            offline.keep_others_when_idle();
        });
        offline
    }

    /// Stores the pack of the language now in use (called on start and on every switch).
    pub fn keep_language(self, lang: String) {
        self.lang.set(lang);
        self.keep_current();
    }

    fn keep_current(self) {
        let lang = self.lang.get_untracked();
        if !lang.is_empty() {
            self.ask_to_store(&[lang.as_str()]);
        }
    }

    fn keep_others_when_idle(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let idle = callback(move || {
            if let Some(window) = web_sys::window() {
                let store_all = callback(move || self.ask_to_store(crate::LANGUAGES));
                let _ = window.request_idle_callback(&store_all);
            }
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&idle, OTHER_LANGUAGES_AFTER_MS);
    }

    fn ask_to_store(self, langs: &[&str]) {
        let active = self.registration.with_value(|registration| {
            registration
                .as_ref()
                .and_then(ServiceWorkerRegistration::active)
        });
        let Some(active) = active else { return };
        let list = js_sys::Array::new();
        for lang in langs {
            list.push(&JsValue::from_str(lang));
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"store-packs".into());
        let _ = js_sys::Reflect::set(&message, &"langs".into(), &list);
        if active.post_message(&message).is_err() {
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
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
            let _ = waiting.post_message(&message);
        }
    }

    /// Looks for a new version now (the browser also does on its own schedule).
    pub fn check_for_update(self) {
        self.registration.with_value(|registration| {
            if let Some(registration) = registration
                && let Ok(promise) = registration.update()
            {
                leptos::task::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        });
    }
}
