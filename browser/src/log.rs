//! The one way a page reports a failure no reader needs to see (storage refused, a worker that
//! did not answer): the console, where a developer or a test finds it.

/// Writes `veriga: {what}: {error}` to the console as a warning.
pub fn warn(what: &str, error: &dyn std::fmt::Display) {
    web_sys::console::warn_1(&format!("veriga: {what}: {error}").into());
}
