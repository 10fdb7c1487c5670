//! Downloads the hub index (or, where no build cut one, the catalog itself) and company
//! profiles below the app's public URL, and prepares them.

use crate::model::catalog::{Company, CompanyFile};
use crate::model::loaded::{CATALOG_URL, HUB_URL, LoadError, Loaded, company_url, fingerprint};
use std::sync::Arc;

/// The text at an app-relative data path, or why not.
async fn get_text(path: &str) -> Result<String, LoadError> {
    let url = crate::browser::base_path::href(&format!("/{path}"));
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status(), response.status_text(), path.to_string()));
    }
    response.text().await.map_err(|e| LoadError::Network(e.to_string()))
}

/// Downloads and prepares the hub index; a server without one (`make dev`, which runs no
/// prerender) gets the full catalog instead.
pub async fn fetch_catalog() -> Result<Arc<Loaded>, LoadError> {
    let text = match get_text(HUB_URL).await {
        Err(LoadError::Status(404, ..)) => get_text(CATALOG_URL).await?,
        other => other?,
    };
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

/// One company's full profile and the fingerprint of the catalog it was cut from.
pub async fn fetch_company(slug: &str) -> Result<(Arc<Company>, String), LoadError> {
    let path = company_url(slug);
    let text = get_text(&path).await?;
    let file: CompanyFile = serde_json::from_str(&text).map_err(|err| {
        LoadError::Parse(crate::model::catalog::ParseError {
            syntax: !matches!(err.classify(), serde_json::error::Category::Data),
            path: String::new(),
            message: format!("{path}: {err}"),
        })
    })?;
    Ok((Arc::new(file.company), file.fingerprint))
}

/// Fingerprint of the catalog this page was prerendered from, if it is a prerendered page.
pub fn built_from() -> Option<String> {
    leptos::prelude::document().get_element_by_id("prerender")?.get_attribute("data-catalog")
}
