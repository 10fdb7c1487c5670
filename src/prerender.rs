//! Build-time HTML for every page, so content is on screen before the wasm runs.
//!
//! `make build` runs `examples/prerender.rs`, which renders the same `App` natively (Leptos's
//! `ssr` feature is enabled for native builds only) into `<div id="prerender">` of a copy of
//! `index.html` per URL, and hides `<div id="app">`. In the browser the app mounts into the
//! hidden `#app`; once it has content, [`reveal_app`] removes the static copy and shows it.

/// Removes the prerendered copy and shows the live app, keeping focus where the visitor left it.
/// Marks `<html data-live>` once done (tests and tools wait for it).
pub fn reveal_app() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-live", "");
    }
    let Some(app) = document.get_element_by_id("app") else { return };
    if let Some(static_copy) = document.get_element_by_id("prerender") {
        let focused_id = document.active_element().map(|el| el.id()).filter(|id| !id.is_empty());
        static_copy.remove();
        let _ = app.remove_attribute("hidden");
        if let Some(id) = focused_id {
            crate::focus::focus_id(&id, false);
        }
    } else {
        let _ = app.remove_attribute("hidden");
    }
}

/// Every URL the prerenderer writes: the hub, and each company's page and tabs.
pub fn urls(catalog: &crate::catalog::Catalog) -> Vec<String> {
    let mut urls = vec!["/".to_string()];
    for company in &catalog.companies {
        for tab in crate::company_tab::CompanyTab::ALL {
            urls.push(tab.href(&company.slug));
        }
    }
    urls
}
