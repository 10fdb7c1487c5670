//! The hub view (URL with its query) the visitor last looked at, so a company page's back link
//! returns to the same filtered list. Kept in this tab's sessionStorage, so a reload of a company
//! page still goes back to the right list; without storage it lives in memory only.

use crate::api::{Store, read_stored, write_stored};
use crate::query::HubQuery;
use leptos::prelude::*;

const KEY: &str = "company-interview-hubs:last-hub";

#[derive(Clone, Copy)]
pub struct LastHubView(RwSignal<String>);

impl LastHubView {
    /// The hub URL to go back to (tracked).
    pub fn href(&self) -> String {
        self.0.get()
    }

    /// The same, untracked (for event handlers).
    pub fn href_untracked(&self) -> String {
        self.0.get_untracked()
    }

    pub fn remember(&self, href: String) {
        write_stored(Store::Session, KEY, &href);
        self.0.set(href);
    }
}

/// The hub URL this tab remembers, or "/". Re-parsed, so whatever is stored can only ever
/// become a canonical hub URL.
fn stored() -> String {
    read_stored(Store::Session, KEY).map_or_else(|| "/".to_string(), |s| HubQuery::parse(s.trim_start_matches('/')).href())
}

pub fn provide_last_hub() {
    if crate::prerender::hydrating() {
        // The build-time HTML links back to "/"; the remembered view is applied right after.
        let last = LastHubView(RwSignal::new("/".to_string()));
        Effect::new(move |_| last.0.set(stored()));
        provide_context(last);
    } else {
        provide_context(LastHubView(RwSignal::new(stored())));
    }
}
