//! The application shell: provides the shared state and routes between pages.

use crate::api::Loaded;
use crate::pages::{company::CompanyPage, hub::HubPage, not_found::NotFoundPage};
use crate::state::{catalog::provide_catalog, hub_busy::provide_hub_busy, last_hub::provide_last_hub, saved::provide_saved};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// Root component: fetches the catalog once (or takes a preloaded one when prerendering) and
/// routes between the hub and company pages.
#[component]
pub fn App(#[prop(optional)] preloaded: Option<Arc<Loaded>>) -> impl IntoView {
    let catalog = provide_catalog(preloaded);
    // On the hub the live copy starts busy, so the hand-over can't happen before its list exists.
    let on_hub = cfg!(target_arch = "wasm32")
        && web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .is_some_and(|p| crate::base_path::app_path(&p) == "/");
    let hub_busy = provide_hub_busy(on_hub);
    provide_last_hub();
    provide_saved();
    // Swap the build-time HTML for the live app once the live app has content. Both are the
    // same components, so the swap shows no change. (Effects never run while prerendering.)
    Effect::new(move |_| {
        let ready = match catalog.current() {
            None => false,
            Some(Err(_)) => true, // the error and its Retry must show
            Some(Ok(_)) => !hub_busy.is_busy(),
        };
        if ready {
            crate::prerender::reveal_app();
        }
    });

    view! {
        <Router base=crate::base_path::base().to_string()>
            <SkipLink/>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=HubPage/>
                <Route path=path!("/companies/:slug/:tab?") view=CompanyPage/>
            </Routes>
        </Router>
    }
}

/// "Skip to main content": moves focus to `<main>` without a router navigation.
#[component]
fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::focus::focus_main(true);
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to main content"</a> }
}
