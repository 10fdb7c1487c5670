//! The hub view (URL with its query) the visitor last looked at, so a company page's back link
//! returns to the same filtered list. Kept in this tab's sessionStorage, so a reload of a company
//! page still goes back to the right list; without storage it lives in memory only.

use crate::browser::storage::{Store, read_stored, write_stored};
use crate::model::query::HubQuery;
use crate::model::route::Route;
use leptos::prelude::*;

const KEY: &str = "company-interview-hubs:last-hub";

#[derive(Clone, Copy)]
pub struct LastHubView(RwSignal<HubQuery>);

impl LastHubView {
    /// The hub view to go back to (tracked).
    pub fn route(&self) -> Route {
        Route::Hub(self.0.get())
    }

    /// The same, untracked (for event handlers).
    pub fn route_untracked(&self) -> Route {
        Route::Hub(self.0.get_untracked())
    }

    pub fn remember(&self, view: HubQuery) {
        write_stored(Store::Session, KEY, &view.to_query_string());
        self.0.set(view);
    }
}

/// The hub view this tab remembers, or the plain hub. Re-parsed, so whatever is stored can
/// only ever become a canonical hub view (older versions stored "/?…", which parses the same).
fn stored() -> HubQuery {
    read_stored(Store::Session, KEY).map_or_else(HubQuery::default, |s| HubQuery::parse(s.trim_start_matches('/')))
}

pub fn provide_last_hub() {
    // The build-time HTML links back to "/"; the remembered view is applied after hydration.
    let last = LastHubView(RwSignal::new(HubQuery::default()));
    crate::browser::hydration::after_hydration(move || last.0.set(stored()));
    provide_context(last);
}
