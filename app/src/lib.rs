//! The Veriga app: the student's path. In the browser (`csr`) it runs client-side; natively
//! (`ssr`) the same components prerender the student pages at build time.

mod api;
mod components;
mod js_pack;
mod locale;
mod nav;
mod offline;
mod pages;
mod prefs;
#[cfg(feature = "ssr")]
mod prerender;
mod speech;
mod storage;
mod updates;

pub use components::app::App;
#[cfg(feature = "ssr")]
pub use prerender::{PrerenderError, prerender_into};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));
