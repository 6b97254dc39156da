//! What every Veriga page needs from the browser, in one place for the student app and the
//! teacher area: each effect is opened once and handed in (storage through the app's context,
//! the teacher tool's controller), and every failure is returned or logged, never dropped.

pub mod download;
pub mod languages;
pub mod log;
pub mod offline;
pub mod pack;
pub mod prefs;
pub mod speech;
pub mod storage;
pub mod updates;
pub mod worker;

pub use storage::LocalStore;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));
