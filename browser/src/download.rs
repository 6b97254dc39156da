//! Handing bytes to the reader as a file (the teacher's poster pack).

use wasm_bindgen::JsCast;

/// Why the browser would not make the download.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum DownloadError {
    /// The part of the browser that refused, as the teacher's message shows it.
    #[error("{0}")]
    Refused(&'static str),
}

/// How long the file's temporary URL lives: some browsers start reading it only after the
/// click returns.
const REVOKE_AFTER_MS: i32 = 30_000;

/// Offers `bytes` as a download called `name`, of media type `mime`.
pub fn save(bytes: &[u8], name: &str, mime: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadError::Refused("Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| DownloadError::Refused("URL"))?;
    let window = web_sys::window().ok_or(DownloadError::Refused("window"))?;
    let link = window
        .document()
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(DownloadError::Refused("a"))?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        if web_sys::Url::revoke_object_url(&url).is_err() {
            crate::log::warn("download", &DownloadError::Refused("revoke"));
        }
    });
    if window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        )
        .is_err()
    {
        // The URL then lives until the page closes: a little memory, not a failure.
        crate::log::warn("download", &DownloadError::Refused("timer"));
    }
    Ok(())
}
