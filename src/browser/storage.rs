//! This browser's storage (local and session), and other tabs' changes to it.

/// Which browser store: this tab's session or this browser's local storage.
#[derive(Clone, Copy)]
pub enum Store {
    Session,
    Local,
}

/// `None` when storage is unavailable (private modes, blocked cookies, prerendering).
fn storage(store: Store) -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let window = web_sys::window()?;
    match store {
        Store::Session => window.session_storage(),
        Store::Local => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// Whether this browser lets the site keep data in `store`.
pub fn can_store(store: Store) -> bool {
    storage(store).is_some()
}

/// The stored text under `key`, if storage is available and has it.
pub fn read_stored(store: Store, key: &str) -> Option<String> {
    storage(store)?.get_item(key).ok().flatten()
}

/// Writes `value` under `key`. False when the store is missing, full or refusing: the caller
/// then keeps working in memory and tells the visitor.
pub fn write_stored(store: Store, key: &str, value: &str) -> bool {
    storage(store).is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Removes `key` (after its contents moved elsewhere).
pub fn remove_stored(store: Store, key: &str) {
    if let Some(storage) = storage(store) {
        let _ = storage.remove_item(key);
    }
}

/// Calls `changed` when another tab of this site changes `key` in local storage (the browser's
/// `storage` event; it never fires for this tab's own writes). Lasts as long as the page.
pub fn on_stored_change(key: &'static str, changed: impl Fn() + 'static) {
    // Never removed: the page keeps listening while it lives.
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        // A `null` key means the whole store was cleared.
        if event.key().is_none_or(|k| k == key) {
            changed();
        }
    });
}
