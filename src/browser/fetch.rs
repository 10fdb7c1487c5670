//! Downloads `data/catalog.json` below the app's public URL and prepares it.

use crate::model::loaded::{CATALOG_URL, LoadError, Loaded, fingerprint};
use std::sync::Arc;

/// Downloads and prepares the catalog.
pub async fn fetch_catalog() -> Result<Arc<Loaded>, LoadError> {
    let url = crate::browser::base_path::href(&format!("/{CATALOG_URL}"));
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status(), response.status_text()));
    }
    let text = response.text().await.map_err(|e| LoadError::Network(e.to_string()))?;
    crate::browser::perf::mark("catalog:fetched");
    // The build refuses a catalog that breaks a rule (examples/prerender.rs) and stamps its
    // pages with the catalog's fingerprint; the same text needn't be checked again on a phone.
    let print = fingerprint(&text);
    let checked_at_build = built_from().as_deref() == Some(print.as_str());
    let loaded = Loaded::prepare(&text, print, !checked_at_build, crate::browser::perf::mark).map(Arc::new);
    // Let the browser paint and handle input between parsing and rendering: two shorter
    // tasks instead of one long one on a slow phone.
    crate::browser::timer::next_task().await;
    crate::browser::perf::mark("catalog:ready");
    loaded
}

/// Fingerprint of the catalog this page was prerendered from, if it is a prerendered page.
fn built_from() -> Option<String> {
    leptos::prelude::document().get_element_by_id("prerender")?.get_attribute("data-catalog")
}
