//! The service worker from a page's side: registering it and sending it messages. The message
//! names are core's (`veriga_core::worker`); this module only carries them.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration};

/// Where the worker is served from; its scope is the whole site.
pub const SCRIPT_URL: &str = "/sw.js";

/// Why the worker could not be used. Offline use is then unavailable; the page works online.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum WorkerError {
    #[error("this browser has no service worker here")]
    Unsupported,
    #[error("the service worker did not register")]
    Refused,
    #[error("the service worker did not take the message")]
    NotDelivered,
}

/// The page's service-worker container; absent in some private modes and old browsers.
pub fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker (again is harmless: the browser keeps one registration).
pub async fn register() -> Result<ServiceWorkerRegistration, WorkerError> {
    let container = container().ok_or(WorkerError::Unsupported)?;
    JsFuture::from(container.register(SCRIPT_URL))
        .await
        .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>())
        .map_err(|_| WorkerError::Refused)
}

/// Waits until a worker is active for this page's scope, and returns its registration.
pub async fn ready() -> Result<ServiceWorkerRegistration, WorkerError> {
    let container = container().ok_or(WorkerError::Unsupported)?;
    let ready = container.ready().map_err(|_| WorkerError::Unsupported)?;
    JsFuture::from(ready)
        .await
        .and_then(|value| value.dyn_into::<ServiceWorkerRegistration>())
        .map_err(|_| WorkerError::Refused)
}

/// A message: a plain object with these fields (`type` first, by convention).
pub fn message(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value).ok();
    }
    object
}

/// Sends `worker` a message.
pub fn post(worker: &ServiceWorker, fields: &[(&str, JsValue)]) -> Result<(), WorkerError> {
    worker
        .post_message(&message(fields))
        .map_err(|_| WorkerError::NotDelivered)
}

/// A list of strings as the worker reads it (URLs, language codes).
pub fn strings<S: AsRef<str>>(items: &[S]) -> js_sys::Array {
    items
        .iter()
        .map(|item| JsValue::from_str(item.as_ref()))
        .collect()
}

/// Registers the worker, waits until it is active and sends it one message: for a page that
/// only asks the worker to keep something (the teacher area storing its files).
pub async fn register_and_post(fields: &[(&str, JsValue)]) -> Result<(), WorkerError> {
    register().await?;
    let registration = ready().await?;
    let active = registration.active().ok_or(WorkerError::NotDelivered)?;
    post(&active, fields)
}

/// A listener that lives as long as the page (handed to JS and never freed).
pub fn callback(f: impl FnMut() + 'static) -> js_sys::Function {
    wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f)
        .into_js_value()
        .unchecked_into()
}
