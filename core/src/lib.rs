//! Veriga's portable core: what the app, the server and the tests share, with no platform code.
//!
//! Effects (storage, clock) come in through small traits or plain arguments so that every rule
//! here runs natively in unit tests.

pub mod helpline;
pub mod lang;
pub mod pack;
pub mod phone;
pub mod player;
pub mod progress;
pub mod quick_exit;
pub mod route;
pub mod settings;
pub mod signing;
pub mod slogan;
pub mod storage;
pub mod text;
pub mod update;
pub mod worker;

#[cfg(feature = "posters")]
pub mod poster;

#[cfg(feature = "compile")]
pub mod claims;
#[cfg(feature = "compile")]
pub mod locales;
