//! The files the module fetches instead of carrying: the poster font (`/teach/poster.ttf`,
//! copied into the teacher build by Trunk) and the other languages' texts. Each is checked
//! before use (core checks the font, `data` the texts) and kept for the page's life; a failure
//! changes nothing, so the next try starts clean. Once the page has run, the service worker
//! holds them all (`controller::keep_offline`), so they load offline too.

use std::cell::Cell;

use veriga_core::poster::PosterFont;
use veriga_core::poster::font::FontError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::{self, Lang};
use crate::texts::TextsError;

/// Where the teacher build puts the font (`teach/index.html`).
pub const FONT_URL: &str = "/teach/poster.ttf";

thread_local! {
    static FONT: Cell<Option<PosterFont<'static>>> = const { Cell::new(None) };
    /// Whether the last try for the font failed (the page may not have been drawn to say so).
    static FONT_FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Why the font or a language's texts could not be used: the page shows the message of what
/// failed, the console why.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("the poster font: {0}")]
    Font(Failure),
    #[error("the texts of `{lang}`: {failure}")]
    Texts { lang: String, failure: Failure },
}

/// The teacher-area message when the font did not arrive.
pub const FONT_MESSAGE: &str = "err-font";

impl LoadError {
    /// The teacher-area message; `err-texts` names the language with `{ $lang }`.
    pub fn message_key(&self) -> &'static str {
        match self {
            LoadError::Font(_) => FONT_MESSAGE,
            LoadError::Texts { .. } => "err-texts",
        }
    }
}

/// The step that failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0} could not be fetched (offline, and not stored yet?)")]
    Offline(String),
    #[error("{url} answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{0} could not be read")]
    Body(String),
    #[error(transparent)]
    Font(#[from] FontError),
    #[error(transparent)]
    Texts(#[from] TextsError),
}

async fn fetch(url: &str) -> Result<web_sys::Response, Failure> {
    let offline = || Failure::Offline(url.to_string());
    let window = web_sys::window().ok_or_else(offline)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .and_then(|value| value.dyn_into())
        .map_err(|_| offline())?;
    if !response.ok() {
        return Err(Failure::Status {
            url: url.to_string(),
            status: response.status(),
        });
    }
    Ok(response)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, Failure> {
    let body = fetch(url).await?.array_buffer();
    let buffer = match body {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    }
    .map_err(|_| Failure::Body(url.to_string()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn fetch_text(url: &str) -> Result<String, Failure> {
    let body = fetch(url).await?.text();
    let text = match body {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    }
    .map_err(|_| Failure::Body(url.to_string()))?;
    text.as_string()
        .ok_or_else(|| Failure::Body(url.to_string()))
}

/// The poster font, if it has arrived.
pub fn font() -> Option<PosterFont<'static>> {
    FONT.get()
}

/// Whether the font is missing because its last try failed, rather than still on its way.
pub fn font_failed() -> bool {
    FONT_FAILED.get()
}

/// Fetches the font unless it is here, and keeps it once core accepts it. The bytes are kept
/// for the page's life (one font, once), hence `leak`.
pub async fn load_font() -> Result<PosterFont<'static>, LoadError> {
    if let Some(font) = font() {
        return Ok(font);
    }
    let loaded = fetch_font().await;
    FONT_FAILED.set(loaded.is_err());
    loaded.map_err(LoadError::Font)
}

async fn fetch_font() -> Result<PosterFont<'static>, Failure> {
    let bytes = fetch_bytes(FONT_URL).await?;
    // Checked before it is kept: refused bytes are dropped, and the next try fetches again.
    PosterFont::parse(&bytes)?;
    let font = PosterFont::parse(bytes.leak())?;
    FONT.set(Some(font));
    Ok(font)
}

/// The language `code`, fetched unless it is here.
pub async fn language(code: &str) -> Result<&'static Lang, LoadError> {
    if let Some(lang) = data::loaded(code) {
        return Ok(lang);
    }
    let fetched = match fetch_text(&data::texts_url(code)).await {
        Ok(file) => data::add(code, file).map_err(Failure::from),
        Err(failure) => Err(failure),
    };
    fetched.map_err(|failure| LoadError::Texts {
        lang: code.to_string(),
        failure,
    })
}

/// Tells the developer console why a file failed; the teacher sees the page's message.
pub fn log(error: &LoadError) {
    veriga_browser::log::warn("teacher area", error);
}
