//! The catalog every page reads: fetched once in the browser, handed in ready when prerendering.

use crate::browser::fetch::fetch_catalog;
use crate::model::loaded::{LoadError, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// `None` while loading, then the loaded catalog or why it failed.
#[derive(Clone, Copy)]
pub struct CatalogState {
    current: Signal<Option<Result<Arc<Loaded>, LoadError>>>,
    retry: Callback<()>,
}

impl CatalogState {
    /// The current state (tracked).
    pub fn current(&self) -> Option<Result<Arc<Loaded>, LoadError>> {
        self.current.get()
    }

    /// The loaded catalog, if it loaded (tracked).
    pub fn loaded(&self) -> Option<Arc<Loaded>> {
        self.current.get().and_then(Result::ok)
    }

    /// Fetches the catalog again (the error state's Retry button).
    pub fn retry(&self) {
        self.retry.run(());
    }
}

/// Provides the catalog: one already loaded (prerendering, hydration) or that already failed
/// to load (`main` fetched it first), else one client-side fetch.
///
/// A signal and a spawned fetch rather than `LocalResource`: nothing here suspends, and the
/// resource's async-derived machinery cost 23 KB of wasm (10 KB gzip) for one fetch and its retry.
pub fn provide_catalog(preloaded: Option<Arc<Loaded>>, failed: Option<LoadError>) -> CatalogState {
    let state = match (preloaded, failed) {
        (Some(loaded), _) => CatalogState { current: Signal::stored(Some(Ok(loaded))), retry: Callback::new(|()| {}) },
        (None, failed) => {
            let current = RwSignal::new(failed.map(Err));
            let fetch = move || {
                current.set(None);
                leptos::task::spawn_local(async move {
                    let result = fetch_catalog().await;
                    // try_: the app may be gone by the time the fetch ends.
                    current.try_set(Some(result));
                });
            };
            if current.with_untracked(Option::is_none) {
                fetch();
            }
            CatalogState { current: current.into(), retry: Callback::new(move |()| fetch()) }
        }
    };
    provide_context(state);
    state
}
