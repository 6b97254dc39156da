//! The Veriga app: the student's path. In the browser (`csr`) it runs client-side; natively
//! (`ssr`) the same components prerender the student pages at build time.

mod components;
mod locale;
mod nav;
mod offline;
mod pages;
mod prefs;
#[cfg(feature = "ssr")]
mod prerender;
mod speech;
mod storage;

pub use components::app::App;

/// Whether this build renders the static pages (natively, at build time) rather than the
/// live app: controls that need code are left out or explained there.
pub(crate) const STATIC: bool = cfg!(feature = "ssr");
#[cfg(feature = "ssr")]
pub use prerender::{PrerenderError, prerender_into};

pub use veriga_browser::LANGUAGES;
