//! The browser's local storage behind core's `KeyValueStore`, opened once per page and handed
//! to whatever remembers something (core's `MemoryStore` is its twin in native tests).

use veriga_core::storage::{KeyValueStore, StorageError};

/// Local storage, or nothing when the browser refuses it (private mode, blocked storage):
/// the page then works as before and simply forgets.
#[derive(Clone)]
pub struct LocalStore(Option<web_sys::Storage>);

impl LocalStore {
    /// Opens the page's storage; called once, at start.
    pub fn open() -> LocalStore {
        let storage = web_sys::window().and_then(|window| match window.local_storage() {
            Ok(storage) => storage,
            Err(_) => {
                crate::log::warn("storage", &StorageError::Unavailable);
                None
            }
        });
        LocalStore(storage)
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let storage = self.0.as_ref().ok_or(StorageError::Unavailable)?;
        storage.set_item(key, value).map_err(|_| StorageError::Full)
    }

    /// A refused removal leaves the value in place; the trait cannot say so, so it is logged.
    fn remove(&self, key: &str) {
        if let Some(storage) = &self.0
            && storage.remove_item(key).is_err()
        {
            crate::log::warn(&format!("removing {key}"), &StorageError::Unavailable);
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = &self.0 else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .collect()
    }
}
