//! The application shell: provides the shared state and routes between pages.

use crate::model::catalog::Company;
use crate::model::loaded::{LoadError, Loaded};
use crate::state::company_details::provide_company_details;
use crate::state::{
    catalog::provide_catalog, compare::provide_compare_picks, hub_busy::provide_hub_busy, last_hub::provide_last_hub,
    personal::provide_personal,
};
use crate::ui::components::compare_pick::CompareTray;
use crate::ui::components::shortcuts::Shortcuts;
use crate::ui::components::storage_notice::StorageNotice;
use crate::ui::components::theme_picker::ThemePicker;
use crate::ui::events::handler;
use crate::ui::pages::{
    company::CompanyPage, compare::ComparePage, hub::HubPage, not_found::NotFoundPage, plan::PlanPage,
    your_data::YourDataPage,
};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::{OptionalParamSegment, ParamSegment, StaticSegment, path};
// The paths come from `model::route`, where links and the prerenderer get them too.
use crate::model::route;
use std::sync::Arc;

/// Root component: fetches the catalog once, or takes one already loaded (prerendering,
/// hydration) or that already failed to load, and routes between the hub and company pages.
#[component]
pub fn App(
    #[prop(default = None)] preloaded: Option<Arc<Loaded>>,
    #[prop(default = None)] failed: Option<LoadError>,
    /// The full profile of the company a prerendered page shows (fetched before hydrating).
    #[prop(default = None)]
    company: Option<Arc<Company>>,
) -> impl IntoView {
    let catalog = provide_catalog(preloaded, failed);
    provide_company_details(company);
    // On the hub the live copy starts busy, so the hand-over can't happen before its list exists.
    let on_hub = cfg!(target_arch = "wasm32")
        && web_sys::window().and_then(|w| w.location().pathname().ok()).is_some_and(|p| {
            matches!(route::Route::parse(crate::browser::base_path::app_path(&p)), route::Route::Hub(_))
        });
    let hub_busy = provide_hub_busy(on_hub);
    provide_last_hub();
    provide_personal();
    provide_compare_picks();
    // A client-side app in the hidden #app (no matching build-time copy to hydrate): show it,
    // dropping any copy, once it has its content, so the visitor never sees fewer cards.
    // (Effects never run while prerendering; a hydrated copy already is the live app.)
    if !crate::browser::hydration::hydrating() {
        crate::browser::effect::effect(move || {
            let ready = match catalog.current() {
                None => false,
                Some(Err(_)) => true, // the error and its Retry must show
                Some(Ok(_)) => !hub_busy.is_busy(),
            };
            if ready {
                crate::browser::perf::mark("render:done");
                crate::browser::hydration::reveal_app();
                crate::browser::perf::mark("handover:done");
            }
        });
    }

    view! {
        <Router base=crate::browser::base_path::base().to_string()>
            <SkipLink/>
            <StorageNotice/>
            // One control for every page, outside the routes so it stays put while navigating.
            <header class="site-header">
                <ThemePicker/>
            </header>
            // Flat: no page nests another. The nested router's matching and outlets cost 15 KB of
            // gzipped wasm more (measured 6 Dec 2026) for nothing this app uses.
            <FlatRoutes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=(|| view! { <HubPage/> }.into_any()) as Page/>
                <Route path=(StaticSegment(route::COMPANIES), ParamSegment("slug"), OptionalParamSegment("tab")) view=(|| view! { <CompanyPage/> }.into_any()) as Page/>
                <Route path=StaticSegment(route::YOUR_DATA) view=(|| view! { <YourDataPage/> }.into_any()) as Page/>
                <Route path=StaticSegment(route::COMPARE) view=(|| view! { <ComparePage/> }.into_any()) as Page/>
                <Route path=StaticSegment(route::PLAN) view=(|| view! { <PlanPage/> }.into_any()) as Page/>
            </FlatRoutes>
            <CompareTray/>
            <Shortcuts/>
        </Router>
    }
}

/// Every route's view has this one type, so the router's choice between them is compiled once.
type Page = fn() -> AnyView;

/// "Skip to main content": moves focus to `<main>` without a router navigation.
#[component]
fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus::focus_main(true);
    };
    view! { <a class="skip-link" href="#main" on:click=handler(skip)>"Skip to main content"</a> }
}
