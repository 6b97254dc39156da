//! The lesson page's enhancement: what a QR code's page needs code for, added to the
//! prerendered lesson without redrawing it, so the reader stays on the card and the answer
//! they were on. It saves progress (for "Continue" on Home), moves by buttons, keys and
//! swipes, reads aloud, looks for signed content updates, offers a new version, and has the
//! service worker keep the language for offline use. Every rule comes from core (`Player`,
//! `Progress`, `settings`, `update`) and every effect from `veriga-browser`; this crate only
//! wires them to the page's elements, found by the same `data-testid`s the tests use.
//!
//! Why a plain web-sys module rather than the Leptos app: the app's renderer and reactive
//! graph were 143 KB brotli of wasm and JS on a first visit (Slow 4G: 2.7 s until the lesson
//! was live); this module and its glue are under a third of that. The app still draws every
//! other screen, and a lesson when the device holds a verified update newer than the built-in
//! pack (the prerendered text is then older than what the reader should see): the module
//! hands the page to it (`verigaApp`, which the page's loader defines).

mod dom;
mod page;

/// Enhances the page if it is a lesson; any other page is the app's.
pub fn start() {
    page::start();
}
