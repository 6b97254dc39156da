//! The browser's local storage behind the core's `KeyValueStore`.

use veriga_core::storage::{KeyValueStore, StorageError};

/// Local storage, or nothing when the browser refuses it (private mode, blocked storage):
/// the app then works as before and simply forgets.
pub struct LocalStore(Option<web_sys::Storage>);

impl LocalStore {
    pub fn open() -> LocalStore {
        LocalStore(web_sys::window().and_then(|window| window.local_storage().ok().flatten()))
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

    fn remove(&self, key: &str) {
        if let Some(storage) = &self.0 {
            let _ = storage.remove_item(key);
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
