//! The Veriga app: the student's path, rendered client-side.

mod api;
mod components;
mod js_pack;
mod locale;
mod nav;
mod offline;
mod pages;
mod prefs;
mod speech;
mod storage;
mod updates;

pub use components::app::App;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));
