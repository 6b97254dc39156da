//! Every request the app makes goes through here. All of them are to its own origin.

use veriga_core::pack::{ContentPack, PackError};
use wasm_bindgen::JsCast;
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
    let text = fetch_text(&format!("/content/{lang}.json")).await?;
    ContentPack::from_json(&text, lang).map_err(ApiError::Pack)
}

async fn fetch_text(url: &str) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Offline)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| ApiError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ApiError::Offline)?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    let text = response.text().map_err(|_| ApiError::Offline)?;
    let text = JsFuture::from(text).await.map_err(|_| ApiError::Offline)?;
    text.as_string().ok_or(ApiError::Offline)
}
