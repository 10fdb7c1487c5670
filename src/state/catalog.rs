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
pub fn provide_catalog(preloaded: Option<Arc<Loaded>>, failed: Option<LoadError>) -> CatalogState {
    let state = match (preloaded, failed) {
        (Some(loaded), _) => CatalogState { current: Signal::stored(Some(Ok(loaded))), retry: Callback::new(|()| {}) },
        (None, Some(err)) => {
            let current = RwSignal::new(Some(Err(err)));
            let retry = Callback::new(move |()| {
                current.set(None);
                leptos::task::spawn_local(async move {
                    let result = fetch_catalog().await;
                    current.try_set(Some(result));
                });
            });
            CatalogState { current: current.into(), retry }
        }
        (None, None) => {
            let resource = LocalResource::new(fetch_catalog);
            CatalogState {
                current: Signal::derive(move || resource.get()),
                retry: Callback::new(move |()| resource.refetch()),
            }
        }
    };
    provide_context(state);
    state
}
