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

    pub fn remember(&self, href: String) {
        write_stored(Store::Session, KEY, &href);
        self.0.set(href);
    }
}

pub fn provide_last_hub() {
    // Re-parsed, so whatever is stored can only ever become a canonical hub URL.
    let href = read_stored(Store::Session, KEY)
        .map_or_else(|| "/".to_string(), |s| HubQuery::parse(s.trim_start_matches('/')).href());
    provide_context(LastHubView(RwSignal::new(href)));
}
