//! Device storage behind a small trait: the browser's local storage in the app, memory in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value could not be stored. Private browsing and full quotas make this common on
/// cheap phones, so callers treat it as "not remembered", never as a crash.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("storage-unavailable")]
    Unavailable,
    #[error("storage-full")]
    Full,
}

/// Keys and string values kept on the device only.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str);
    /// Every key held, for "delete my data".
    fn keys(&self) -> Vec<String>;
}

/// The in-memory twin used by tests.
#[derive(Debug, Default)]
pub struct MemoryStore {
    values: RefCell<BTreeMap<String, String>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.values.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.borrow().is_empty()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.values.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.values
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.values.borrow_mut().remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.values.borrow().keys().cloned().collect()
    }
}
