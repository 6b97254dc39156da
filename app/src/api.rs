//! The built-in content pack of a language (`/content/<lang>.json`), loaded and checked before
//! use. The app's other requests are made where they are needed: `updates.rs` asks for signed
//! updates, and the service worker keeps the pages offline and sends the scans. Every request
//! is to the app's own origin.

use veriga_core::pack::{ContentPack, PackError};

use crate::js_pack;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why content could not be loaded; each maps to a message the reader sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No connection and nothing stored: common on a bus.
    Offline,
    Status(u16),
    Pack(PackError),
}

impl ApiError {
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Offline => "error-offline",
            ApiError::Status(_) => "error-server",
            ApiError::Pack(err) => err.message_key(),
        }
    }
}

/// The built-in pack of a language, as shipped with this build.
pub async fn fetch_pack(lang: &str) -> Result<ContentPack, ApiError> {
    let json = fetch_json(&format!("/content/{lang}.json")).await?;
    let pack = js_pack::read(&json)
        .ok_or_else(|| ApiError::Pack(PackError::Malformed("unexpected shape".into())))?;
    pack.validate(lang).map_err(ApiError::Pack)?;
    Ok(pack)
}

/// The response parsed by the browser's JSON parser.
async fn fetch_json(url: &str) -> Result<JsValue, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Offline)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| ApiError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ApiError::Offline)?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    let json = response
        .json()
        .map_err(|_| ApiError::Pack(PackError::Malformed("not JSON".into())))?;
    JsFuture::from(json)
        .await
        .map_err(|_| ApiError::Pack(PackError::Malformed("not JSON".into())))
}
