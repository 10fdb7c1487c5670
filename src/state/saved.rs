//! Saved companies and prep progress, kept in localStorage; in memory only when the browser
//! refuses storage (then `persistent()` is false and the pages say so).

use crate::api::{Store, can_store, read_stored, write_stored};
use crate::saved::Saved;
use leptos::prelude::*;

const KEY: &str = "company-interview-hubs:saved";

#[derive(Clone, Copy)]
pub struct SavedState {
    saved: RwSignal<Saved>,
    persistent: RwSignal<bool>,
}

impl SavedState {
    /// Reads what is saved (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Saved) -> R) -> R {
        self.saved.with(read)
    }

    /// Changes what is saved and writes it through to storage: the only way to change it.
    pub fn update(&self, change: impl FnOnce(&mut Saved)) {
        self.saved.update(change);
        write_stored(Store::Local, KEY, &self.saved.with_untracked(Saved::to_json));
    }

    /// False when this browser won't keep data for the site (tracked).
    pub fn persistent(&self) -> bool {
        self.persistent.get()
    }

    fn load(&self) {
        let stored = read_stored(Store::Local, KEY);
        self.saved.set(stored.map(|text| Saved::from_json(&text)).unwrap_or_default());
        self.persistent.set(can_store(Store::Local));
    }
}

pub fn provide_saved() {
    // Nothing saved and storage assumed to work: what the build-time HTML shows everyone.
    let state = SavedState { saved: RwSignal::new(Saved::default()), persistent: RwSignal::new(true) };
    if crate::prerender::hydrating() {
        // The first render must match that HTML; this browser's data arrives right after.
        Effect::new(move |_| state.load());
    } else {
        state.load();
    }
    provide_context(state);
}
