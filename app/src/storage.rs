//! The device's storage, handed to every component through context: the browser's local
//! storage, opened once as the app starts (`veriga_browser::LocalStore`), or core's
//! `MemoryStore` for the prerender, which remembers nothing.

use std::rc::Rc;

use leptos::prelude::*;
use veriga_core::storage::{KeyValueStore, StorageError};

/// The store in use; `Copy`, so closures and tasks take it freely.
pub type Store = StoredValue<Rc<dyn KeyValueStore>, LocalStorage>;

/// Puts `store` in context for everything rendered below; called once, at the top.
pub fn provide(store: Rc<dyn KeyValueStore>) -> Store {
    let store = StoredValue::new_local(store);
    provide_context(store);
    store
}

/// The store the top of the app provided. Take it while a component is built: event handlers
/// and tasks run outside the tree and keep the copy they captured.
pub fn store() -> Store {
    expect_context::<Store>()
}

/// Runs `remember` against the store; a refusal (private mode, a full quota) means "not
/// remembered", which the reader can live with, so it is logged rather than shown.
pub fn remember(
    store: Store,
    what: &str,
    remember: impl FnOnce(&dyn KeyValueStore) -> Result<(), StorageError>,
) {
    let result = store.with_value(|store| remember(store.as_ref()));
    if let Err(err) = result {
        veriga_browser::log::warn(what, &err);
    }
}
