//! The reader's settings as kept on the device.

use crate::lang;
use crate::storage::{KeyValueStore, StorageError};

/// Where the chosen language is stored. Every key Veriga stores starts with `veriga.`.
pub const LANG_KEY: &str = "veriga.lang";
/// Text size step: `0` (normal), `1` (large), `2` (larger).
pub const TEXT_SIZE_KEY: &str = "veriga.text-size";
/// `off` hides the read-aloud button; anything else shows it where the device has a voice.
pub const READ_ALOUD_KEY: &str = "veriga.read-aloud";
/// The largest text size step.
pub const MAX_TEXT_SIZE: u8 = 2;

/// Every key Veriga stores starts with this, so "delete my data" finds them all, including
/// the content updates and their status.
pub const KEY_PREFIX: &str = "veriga.";

/// The language to show on start: the stored choice, the browser's, or Romanian.
pub fn startup_language<'a>(
    store: &dyn KeyValueStore,
    available: &[&'a str],
    browser: &[String],
) -> &'a str {
    lang::negotiate(available, store.get(LANG_KEY).as_deref(), browser)
}

/// The language the reader chose, if they chose one that is still available: on a repeat
/// visit it wins over the language a URL names.
pub fn chosen_language<'a>(store: &dyn KeyValueStore, available: &[&'a str]) -> Option<&'a str> {
    let stored = store.get(LANG_KEY)?;
    available.iter().copied().find(|code| *code == stored)
}

/// Remembers the reader's language choice.
pub fn remember_language(store: &dyn KeyValueStore, code: &str) -> Result<(), StorageError> {
    store.set(LANG_KEY, code)
}

/// The stored text size step; anything unreadable is the normal size.
pub fn text_size(store: &dyn KeyValueStore) -> u8 {
    store
        .get(TEXT_SIZE_KEY)
        .and_then(|raw| raw.parse::<u8>().ok())
        .filter(|step| *step <= MAX_TEXT_SIZE)
        .unwrap_or(0)
}

pub fn remember_text_size(store: &dyn KeyValueStore, step: u8) -> Result<(), StorageError> {
    store.set(TEXT_SIZE_KEY, &step.min(MAX_TEXT_SIZE).to_string())
}

/// Read-aloud is on unless the reader turned it off.
pub fn read_aloud(store: &dyn KeyValueStore) -> bool {
    store.get(READ_ALOUD_KEY).as_deref() != Some("off")
}

pub fn remember_read_aloud(store: &dyn KeyValueStore, on: bool) -> Result<(), StorageError> {
    store.set(READ_ALOUD_KEY, if on { "on" } else { "off" })
}

/// "Delete my data": progress, settings and stored content updates, everything Veriga keeps.
/// Keys of other sites' code on the same origin (there are none today) are left alone.
pub fn delete_all(store: &dyn KeyValueStore) {
    for key in store.keys() {
        if key.starts_with(KEY_PREFIX) {
            store.remove(&key);
        }
    }
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
    fn a_chosen_language_beats_the_url_and_a_corrupt_one_is_no_choice() {
        let store = MemoryStore::new();
        assert_eq!(chosen_language(&store, &AVAILABLE), None);
        let from_url = ["hu".to_string()];
        assert_eq!(startup_language(&store, &AVAILABLE, &from_url), "hu");
        remember_language(&store, "en").unwrap();
        assert_eq!(chosen_language(&store, &AVAILABLE), Some("en"));
        assert_eq!(startup_language(&store, &AVAILABLE, &from_url), "en");
        remember_language(&store, "xx").unwrap();
        assert_eq!(chosen_language(&store, &AVAILABLE), None);
    }

    #[test]
    fn text_size_and_read_aloud_are_remembered_and_sane() {
        let store = MemoryStore::new();
        assert_eq!(text_size(&store), 0);
        assert!(read_aloud(&store));
        remember_text_size(&store, 2).unwrap();
        remember_read_aloud(&store, false).unwrap();
        assert_eq!(text_size(&store), 2);
        assert!(!read_aloud(&store));
        store.set(TEXT_SIZE_KEY, "9").unwrap();
        assert_eq!(text_size(&store), 0);
    }

    #[test]
    fn delete_all_leaves_nothing() {
        let store = MemoryStore::new();
        remember_language(&store, "hu").unwrap();
        remember_text_size(&store, 1).unwrap();
        remember_read_aloud(&store, false).unwrap();
        let mut progress = crate::progress::Progress::load(&store);
        progress.mark_done(&store, "lover-boy").unwrap();
        progress.set_resume(&store, "my-info", 2).unwrap();
        store.set("someone-else", "kept").unwrap();
        assert_eq!(store.len(), 6);
        delete_all(&store);
        assert_eq!(store.keys(), ["someone-else"]);
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
