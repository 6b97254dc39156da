//! The languages the browser says its reader prefers, best first, for core's start-up choice.

/// `navigator.languages` (e.g. `["hu-HU", "hu", "en"]`); none outside a window.
pub fn preferred() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}
