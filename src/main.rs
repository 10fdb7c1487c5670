#![recursion_limit = "256"]
//! Entry point: install the panic screen, then take over the prerendered page or mount the app.

#[cfg(target_arch = "wasm32")]
use {
    company_interview_hubs::browser::{hydration as prerender, perf},
    company_interview_hubs::model::catalog::Company,
    company_interview_hubs::model::loaded::{LoadError, Loaded},
    company_interview_hubs::ui::app::App,
    leptos::prelude::*,
    std::sync::Arc,
    wasm_bindgen::JsCast,
};

/// Native builds (clippy, tests) have no browser to hydrate: the app only runs as wasm.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Company Interview Hubs runs in the browser: `make serve` builds and serves it.");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    perf::mark("app:main");
    company_interview_hubs::browser::panic_screen::install();
    company_interview_hubs::browser::base_path::init(&company_interview_hubs::browser::base_path::public_url());
    let document = document();
    match (document.get_element_by_id("prerender"), document.get_element_by_id("app")) {
        // A frame (the heading of a page the build could not write, or of a filtered hub): never
        // hydrated; the app renders in the hidden #app and replaces it once it has content. The
        // frame is the loading state, so the app renders once, with the catalog (or its error):
        // no skeleton first, and the download needn't wait for a render.
        (Some(copy), Some(app)) if copy.has_attribute("data-frame") => {
            wasm_bindgen_futures::spawn_local(async move {
                let result = company_interview_hubs::browser::fetch::fetch_catalog().await;
                mount(app.unchecked_into(), Some(result));
            });
        }
        // The build-time copy of this very URL is on screen: load the catalog, then hydrate the
        // copy if it was rendered from this catalog. If the catalog changed since the build,
        // render the live app in the hidden #app, which replaces the copy once complete. If it
        // failed to load, the copy stays readable under a notice with Retry (issue 22).
        (Some(copy), Some(app)) => {
            wasm_bindgen_futures::spawn_local(async move {
                let result = company_interview_hubs::browser::fetch::fetch_catalog().await;
                let built = copy.get_attribute("data-catalog");
                match result {
                    Ok(loaded) if built.as_deref() == Some(&loaded.fingerprint) => {
                        // A company page also needs that company's full profile, from the same build
                        // (the page preloads it, so this request is already under way).
                        match shown_company(&loaded) {
                            None => hydrate(copy, loaded, None),
                            Some(slug) => match company_interview_hubs::browser::fetch::fetch_company(&slug).await {
                                Ok((company, print)) if built.as_deref() == Some(&print) => {
                                    hydrate(copy, loaded, Some(company))
                                }
                                _ => mount(app.unchecked_into(), Some(Ok(loaded))),
                            },
                        }
                    }
                    Err(err) => prerender::keep_copy(&copy, &err.to_string()),
                    other => mount(app.unchecked_into(), Some(other)),
                }
            });
        }
        (None, Some(app)) => mount(app.unchecked_into(), None),
        _ => leptos::mount::mount_to_body(|| view! { <App/> }),
    }
}

#[cfg(target_arch = "wasm32")]
/// The slug of the company this URL shows, when the catalog is a hub index holding only part
/// of its profile.
fn shown_company(loaded: &Loaded) -> Option<String> {
    use company_interview_hubs::model::route::Route;
    if !loaded.catalog.is_hub_index() {
        return None;
    }
    let path = window().location().pathname().ok()?;
    match Route::parse(company_interview_hubs::browser::base_path::app_path(&path)) {
        Route::Company { slug, .. } => loaded.catalog.company(&slug).map(|c| c.slug.clone()),
        _ => None,
    }
}

#[cfg(target_arch = "wasm32")]
/// Attaches the app to the prerendered nodes; the first render matches them exactly.
fn hydrate(copy: web_sys::Element, loaded: Arc<Loaded>, company: Option<Arc<Company>>) {
    perf::mark("render:start");
    prerender::set_hydrating(true);
    let root: web_sys::HtmlElement = copy.clone().unchecked_into();
    leptos::mount::hydrate_from(root, move || view! { <App preloaded=Some(loaded) company/> }).forget();
    prerender::set_hydrating(false);
    perf::mark("render:done");
    prerender::take_over(&copy);
    perf::mark("handover:done");
}

#[cfg(target_arch = "wasm32")]
/// A client-side app in `#app`, for views without a matching build-time copy: with the catalog
/// already fetched (or failed), or fetching it itself.
fn mount(root: web_sys::HtmlElement, fetched: Option<Result<Arc<Loaded>, LoadError>>) {
    let (preloaded, failed) = match fetched {
        Some(Ok(loaded)) => (Some(loaded), None),
        Some(Err(err)) => (None, Some(err)),
        None => (None, None),
    };
    leptos::mount::mount_to(root, move || view! { <App preloaded failed/> }).forget();
}
