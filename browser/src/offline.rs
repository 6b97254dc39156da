//! Offline use from a page's side: registers the service worker, tells it which languages to
//! keep (each one's pack and prerendered pages) and which to serve, and offers a waiting new
//! version without ever forcing it. The student app wraps it in signals; the lesson module
//! shows its events directly. The message names are core's (`veriga_core::worker`).
//!
//! Anything that fails here (no service worker support, private mode, a full quota) only
//! means "offline use unavailable": the page keeps working online, and no error reaches the
//! student.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use veriga_core::worker as message;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use crate::log;
use crate::worker::{self, callback, container};

/// How long the page waits before fetching the prerendered pages of the language in use, and
/// then until the device is idle, so a student on weak data gets the lesson and its code first
/// (about 5 KB brotli a page, some 20 pages a language; the worker skips those it holds).
const PAGES_AFTER_MS: i32 = 3_000;
/// The same for the other languages' packs and pages.
const OTHER_LANGUAGES_AFTER_MS: i32 = 20_000;

/// What the page learns from the worker.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    /// Offline use is not available here.
    Unavailable,
    /// The worker stored something (or became active): what is stored may have changed.
    Stored,
    /// A new version is installed and waits for the reader's yes.
    UpdateReady,
}

struct Inner {
    registration: RefCell<Option<ServiceWorkerRegistration>>,
    /// The language in use, and what the worker is told about the reader: (chosen, update
    /// stored) for it.
    lang: RefCell<String>,
    reader: Cell<(bool, bool)>,
    reload_on_change: Cell<bool>,
    on_event: Box<dyn Fn(Event)>,
}

/// The page's link to its service worker; cheap to clone.
#[derive(Clone)]
pub struct Offline(Rc<Inner>);

/// Runs `task` once `after_ms` have passed and then the browser is idle. Without timers (no
/// window) nothing is stored, which only means less works offline.
fn when_idle(after_ms: i32, task: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = Rc::new(task);
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
    pub fn inert(on_event: impl Fn(Event) + 'static) -> Offline {
        Offline(Rc::new(Inner {
            registration: RefCell::new(None),
            lang: RefCell::new(String::new()),
            reader: Cell::new((false, false)),
            reload_on_change: Cell::new(false),
            on_event: Box::new(on_event),
        }))
    }

    /// Registers the worker and, once it is active, asks it to keep the language in use, to
    /// send the scans it holds, and later the other languages.
    pub fn start(on_event: impl Fn(Event) + 'static) -> Offline {
        let offline = Offline::inert(on_event);
        let Some(container) = container() else {
            offline.tell(Event::Unavailable);
            return offline;
        };
        let stored = offline.clone();
        container.set_onmessage(Some(&callback(move || stored.tell(Event::Stored))));
        let reloading = offline.clone();
        container.set_oncontrollerchange(Some(&callback(move || {
            if reloading.0.reload_on_change.get()
                && let Some(window) = web_sys::window()
                && let Err(err) = window.location().reload()
            {
                log::warn("reloading into the new version", &format!("{err:?}"));
            }
        })));
        let started = offline.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let registration = match worker::register().await {
                Ok(registration) => registration,
                Err(err) => {
                    log::warn("offline use", &err);
                    started.tell(Event::Unavailable);
                    return;
                }
            };
            started.watch_for_updates(&registration);
            started.0.registration.replace(Some(registration));
            if let Err(err) = worker::ready().await {
                log::warn("offline use", &err);
                started.tell(Event::Unavailable);
                return;
            }
            started.keep_current();
            started.post(&[("type", message::SEND_SCANS.into())]);
            started.keep_others_when_idle();
            started.tell(Event::Stored);
        });
        offline
    }

    fn tell(&self, event: Event) {
        (self.0.on_event)(event);
    }

    /// Whether a worker is active for this page.
    pub fn is_active(&self) -> bool {
        self.active().is_some()
    }

    /// The language the worker keeps for this page.
    pub fn lang(&self) -> String {
        self.0.lang.borrow().clone()
    }

    fn active(&self) -> Option<ServiceWorker> {
        self.0
            .registration
            .borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::active)
    }

    /// Stores the language now in use (called on start, on every switch and when an update
    /// is kept), and tells the worker to serve it: `chosen` when the reader picked it, so it
    /// wins over a URL's language; `updated` when a verified update newer than the built-in
    /// pack is kept, so the worker serves the app (which shows it) instead of older pages.
    pub fn keep_language(&self, lang: &str, chosen: bool, updated: bool) {
        self.0.lang.replace(lang.to_string());
        self.0.reader.set((chosen, updated));
        self.keep_current();
    }

    /// "Delete my data" removed the language choice: the worker forgets it too.
    pub fn forget(&self) {
        let (_, updated) = self.0.reader.get();
        self.0.reader.set((false, updated));
        // Not told again until the next start: a message sent now could land before the
        // worker has finished forgetting.
        self.post(&[("type", message::FORGET.into())]);
    }

    fn keep_current(&self) {
        let lang = self.lang();
        if lang.is_empty() {
            return;
        }
        let (chosen, updated) = self.0.reader.get();
        self.post(&[
            ("type", message::READER.into()),
            ("lang", lang.as_str().into()),
            ("chosen", chosen.into()),
            ("updated", updated.into()),
        ]);
        self.ask_to_store(message::STORE_PACKS, &[lang.as_str()]);
        let later = self.clone();
        when_idle(PAGES_AFTER_MS, move || {
            let lang = later.lang();
            later.ask_to_store(message::STORE_PAGES, &[lang.as_str()]);
        });
    }

    fn keep_others_when_idle(&self) {
        let later = self.clone();
        when_idle(OTHER_LANGUAGES_AFTER_MS, move || {
            later.ask_to_store(message::STORE_PACKS, crate::LANGUAGES);
            later.ask_to_store(message::STORE_PAGES, crate::LANGUAGES);
        });
    }

    fn ask_to_store(&self, kind: &str, langs: &[&str]) {
        self.post(&[
            ("type", kind.into()),
            ("langs", worker::strings(langs).into()),
        ]);
    }

    /// Sends the active worker a message; with no active worker yet there is no one to tell,
    /// and `start` repeats what matters once one is.
    fn post(&self, fields: &[(&str, JsValue)]) {
        let Some(active) = self.active() else { return };
        if let Err(err) = worker::post(&active, fields) {
            log::warn("offline use", &err);
            self.tell(Event::Unavailable);
        }
    }

    fn watch_for_updates(&self, registration: &ServiceWorkerRegistration) {
        // A worker already waiting from an earlier visit counts too.
        if registration.waiting().is_some() && container().and_then(|c| c.controller()).is_some() {
            self.tell(Event::UpdateReady);
        }
        let found = registration.clone();
        let offline = self.clone();
        registration.set_onupdatefound(Some(&callback(move || {
            let Some(installing) = found.installing() else {
                return;
            };
            let worker: ServiceWorker = installing.clone();
            let offline = offline.clone();
            installing.set_onstatechange(Some(&callback(move || {
                // The first install of all is not an update: there is nothing to replace.
                let replacing = container().and_then(|c| c.controller()).is_some();
                if worker.state() == ServiceWorkerState::Installed && replacing {
                    offline.tell(Event::UpdateReady);
                }
            })));
        })));
    }

    /// The reader said yes: the waiting worker takes over, then the page reloads into it.
    pub fn apply_update(&self) {
        let waiting = self
            .0
            .registration
            .borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::waiting);
        if let Some(waiting) = waiting {
            self.0.reload_on_change.set(true);
            if let Err(err) = worker::post(&waiting, &[("type", message::SKIP_WAITING.into())]) {
                log::warn("the new version", &err);
            }
        }
    }

    /// Looks for a new version now (the browser also does on its own schedule).
    pub fn check_for_update(&self) {
        let Some(promise) = self
            .0
            .registration
            .borrow()
            .as_ref()
            .and_then(|registration| registration.update().ok())
        else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            // Offline, the look fails; the browser looks again on its own schedule.
            if let Err(err) = JsFuture::from(promise).await {
                log::warn("looking for a new version", &format!("{err:?}"));
            }
        });
    }
}

/// The languages whose packs the worker has stored, or `None` where there is no cache.
pub async fn stored_languages() -> Option<Vec<String>> {
    let caches = web_sys::window()?.caches().ok()?;
    let mut stored = Vec::new();
    for lang in crate::LANGUAGES {
        let hit = JsFuture::from(caches.match_with_str(&format!("/content/{lang}.json"))).await;
        if hit.is_ok_and(|hit| !hit.is_undefined()) {
            stored.push(lang.to_string());
        }
    }
    Some(stored)
}
