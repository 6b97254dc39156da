//! The reader's settings as kept on the device.

use crate::lang;
use crate::storage::{KeyValueStore, StorageError};

/// Where the chosen language is stored. Every key Veriga stores starts with `veriga.`, so
/// "delete my data" can find them all.
pub const LANG_KEY: &str = "veriga.lang";

/// The language to show on start: the stored choice, the browser's, or Romanian.
pub fn startup_language<'a>(
    store: &dyn KeyValueStore,
    available: &[&'a str],
    browser: &[String],
) -> &'a str {
    lang::negotiate(available, store.get(LANG_KEY).as_deref(), browser)
}

/// Remembers the reader's language choice.
pub fn remember_language(store: &dyn KeyValueStore, code: &str) -> Result<(), StorageError> {
    store.set(LANG_KEY, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    const AVAILABLE: [&str; 3] = ["en", "hu", "ro"];

    #[test]
    fn a_remembered_language_survives_a_restart() {
        let store = MemoryStore::new();
        assert_eq!(startup_language(&store, &AVAILABLE, &[]), "ro");
        remember_language(&store, "hu").unwrap();
        assert_eq!(
            startup_language(&store, &AVAILABLE, &["en".to_string()]),
            "hu"
        );
    }

    #[test]
    fn a_corrupt_stored_language_falls_back_to_romanian() {
        let store = MemoryStore::new();
        store.set(LANG_KEY, "{broken").unwrap();
        assert_eq!(
            startup_language(&store, &AVAILABLE, &["en".to_string()]),
            "ro"
        );
    }
}
