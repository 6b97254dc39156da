//! Signed content updates: asks the server for a newer pack with a request of its own
//! (`/api/v1/content/<lang>`, with the last ETag, so an unchanged pack costs a 304), accepts it
//! only if it passes every check in `veriga_core::update`, and keeps it on the device.
//! The page decides when (the app's `locale.rs`, the lesson module): as it opens, and every 6
//! hours while online. The pack in use changes only at the reader's next navigation.

use js_sys::{JSON, Reflect};
use veriga_core::pack::ContentPack;
use veriga_core::signing::SignedPack;
use veriga_core::storage::KeyValueStore;
use veriga_core::update::{self, CHECKED_KEY, REJECTED_KEY, Rejection, etag_key, pack_key};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::pack;

/// What a check found.
pub enum Outcome {
    /// Nothing new (304, nothing published, or offline).
    Unchanged,
    Accepted(Box<ContentPack>),
    Rejected(Rejection),
}

fn text_field(object: &JsValue, key: &str) -> Option<String> {
    Reflect::get(object, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// Parses, authenticates and admits a signed pack's text.
fn judge(text: &str, lang: &str, version_in_use: u64) -> Result<ContentPack, Rejection> {
    let envelope = JSON::parse(text).map_err(|_| Rejection::Malformed)?;
    let signed = SignedPack {
        key: text_field(&envelope, "key").ok_or(Rejection::Malformed)?,
        signature: text_field(&envelope, "signature").ok_or(Rejection::Malformed)?,
        pack: text_field(&envelope, "pack").ok_or(Rejection::Malformed)?,
    };
    let pack_text = update::authenticate(&signed, crate::PINNED_KEYS)?;
    let parsed = JSON::parse(pack_text).map_err(|_| Rejection::Malformed)?;
    let pack = pack::read(&parsed).ok_or(Rejection::Malformed)?;
    update::admit(&pack, lang, version_in_use)?;
    Ok(pack)
}

/// The update stored on this device for `lang`, checked again (a stored pack is re-verified,
/// so a tampered local copy is never used), if it is newer than `version_in_use`.
pub fn stored(store: &dyn KeyValueStore, lang: &str, version_in_use: u64) -> Option<ContentPack> {
    let text = store.get(&pack_key(lang))?;
    match judge(&text, lang, version_in_use) {
        Ok(pack) => Some(pack),
        Err(Rejection::NotNewer) => None,
        Err(_) => {
            store.remove(&pack_key(lang));
            store.remove(&etag_key(lang));
            None
        }
    }
}

/// Looks for a newer signed pack. Everything refused is recorded with its reason, and the
/// content in use stays.
pub async fn check(store: &dyn KeyValueStore, lang: &str, version_in_use: u64) -> Outcome {
    let outcome = fetch_and_judge(store, lang, version_in_use).await;
    let now = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    // Unrecorded, About shows an older check: worth a note, not the reader's attention.
    if let Err(err) = store.set(CHECKED_KEY, &now) {
        crate::log::warn("recording the update check", &err);
    }
    if let Outcome::Rejected(reason) = &outcome
        && let Err(err) = store.set(REJECTED_KEY, &format!("{}|{now}", reason.message_key()))
    {
        crate::log::warn("recording a refused update", &err);
    }
    outcome
}

async fn fetch_and_judge(store: &dyn KeyValueStore, lang: &str, version_in_use: u64) -> Outcome {
    let Some(window) = web_sys::window() else {
        return Outcome::Unchanged;
    };
    let init = web_sys::RequestInit::new();
    let headers = js_sys::Object::new();
    if let Some(etag) = store.get(&etag_key(lang)) {
        // Setting a field on a fresh plain object cannot fail.
        Reflect::set(&headers, &"If-None-Match".into(), &etag.into()).ok();
    }
    init.set_headers(&headers);
    let url = format!("/api/v1/content/{lang}");
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await else {
        return Outcome::Unchanged;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return Outcome::Unchanged;
    };
    if response.status() != 200 {
        return Outcome::Unchanged;
    }
    let etag = response.headers().get("etag").ok().flatten();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|text| text.as_string()),
        Err(_) => None,
    };
    let Some(text) = text else {
        return Outcome::Rejected(Rejection::Malformed);
    };
    match judge(&text, lang, version_in_use) {
        Ok(pack) => {
            // Unkept, the update is still shown now and fetched again next time.
            let kept = store
                .set(&pack_key(lang), &text)
                .and_then(|()| etag.map_or(Ok(()), |etag| store.set(&etag_key(lang), &etag)));
            if let Err(err) = kept {
                crate::log::warn("keeping the update", &err);
            }
            Outcome::Accepted(Box::new(pack))
        }
        Err(reason) => Outcome::Rejected(reason),
    }
}

/// The last check and refusal, for the content status in About.
pub fn status(store: &dyn KeyValueStore) -> (Option<String>, Option<(String, String)>) {
    let rejected = store.get(REJECTED_KEY).and_then(|raw| {
        let (key, when) = raw.split_once('|')?;
        Rejection::from_key(key).map(|reason| (reason.message_key().to_string(), when.to_string()))
    });
    (store.get(CHECKED_KEY), rejected)
}
