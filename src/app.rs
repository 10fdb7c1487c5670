//! The application shell: catalog resource, router and the state shared between pages.

use crate::api::{CatalogState, LoadError, Loaded};
use crate::pages::{company::CompanyPage, hub::HubPage, not_found::NotFoundPage};
use crate::saved::Saved;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// Site name used in page titles.
pub const SITE_NAME: &str = "Company interview hubs";

/// The hub URL (with its query) the visitor last viewed, so a company page's back link
/// returns to the same filtered list. Kept in this tab's sessionStorage, so a reload of a
/// company page still goes back to the right list; without storage it lives in memory only.
#[derive(Clone, Copy)]
pub struct LastHubView(pub RwSignal<String>);

const LAST_HUB_KEY: &str = "company-interview-hubs:last-hub";

impl LastHubView {
    fn restore() -> LastHubView {
        LastHubView(RwSignal::new(Self::stored()))
    }

    /// The hub URL this tab remembers, or "/".
    fn stored() -> String {
        // Re-parsed, so whatever is stored can only ever become a canonical hub URL.
        let stored = storage(Kind::Session).and_then(|s| s.get_item(LAST_HUB_KEY).ok().flatten());
        stored.map_or_else(|| "/".to_string(), |s| crate::query::HubQuery::parse(s.trim_start_matches('/')).href())
    }

    pub fn remember(&self, href: String) {
        if let Some(storage) = storage(Kind::Session) {
            let _ = storage.set_item(LAST_HUB_KEY, &href);
        }
        self.0.set(href);
    }
}

/// True while the hub is still filling in its list; the hand-over from the prerendered copy
/// waits for it, so the live page never shows fewer cards than the copy it replaces.
#[derive(Clone, Copy)]
pub struct HubBusy(pub RwSignal<bool>);

/// Saved companies and prep progress, kept in localStorage; in memory only when the browser
/// refuses storage (then `persistent` is false and the pages say so).
#[derive(Clone, Copy)]
pub struct SavedState {
    pub saved: RwSignal<Saved>,
    pub persistent: RwSignal<bool>,
}

const SAVED_KEY: &str = "company-interview-hubs:saved";

impl SavedState {
    fn restore() -> SavedState {
        let (saved, persistent) = Self::stored();
        SavedState { saved: RwSignal::new(saved), persistent: RwSignal::new(persistent) }
    }

    /// Nothing saved, storage assumed to work: what the build-time HTML shows to everyone.
    fn blank() -> SavedState {
        SavedState { saved: RwSignal::new(Saved::default()), persistent: RwSignal::new(true) }
    }

    /// What this browser has saved, and whether it lets the site store anything.
    fn stored() -> (Saved, bool) {
        let storage = storage(Kind::Local);
        let saved = storage.as_ref().and_then(|s| s.get_item(SAVED_KEY).ok().flatten());
        (saved.map(|text| Saved::from_json(&text)).unwrap_or_default(), storage.is_some())
    }

    /// Changes what is saved and writes it through to storage.
    pub fn update(&self, change: impl FnOnce(&mut Saved)) {
        self.saved.update(change);
        if let Some(storage) = storage(Kind::Local) {
            let _ = storage.set_item(SAVED_KEY, &self.saved.with_untracked(Saved::to_json));
        }
    }
}

enum Kind {
    Session,
    Local,
}

/// `None` when storage is unavailable (private modes, blocked cookies, prerendering).
fn storage(kind: Kind) -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let window = web_sys::window()?;
    match kind {
        Kind::Session => window.session_storage(),
        Kind::Local => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// Root component: fetches the catalog once, or takes one already loaded (prerendering,
/// hydration) or that already failed to load, and routes between the hub and company pages.
#[component]
pub fn App(
    #[prop(default = None)] preloaded: Option<Arc<Loaded>>,
    #[prop(default = None)] failed: Option<LoadError>,
) -> impl IntoView {
    let catalog = match (preloaded, failed) {
        (Some(loaded), _) => CatalogState::ready(loaded),
        (None, Some(err)) => CatalogState::failed(err),
        (None, None) => CatalogState::fetch(),
    };
    provide_context(catalog);
    let hub_busy = RwSignal::new(false);
    provide_context(HubBusy(hub_busy));
    if crate::prerender::hydrating() {
        // The first render matches the build-time HTML, which knows nothing of this browser;
        // what it remembers is applied right after (this effect runs before the pages' own).
        let (last, saved) = (LastHubView(RwSignal::new("/".to_string())), SavedState::blank());
        provide_context(last);
        provide_context(saved);
        Effect::new(move |_| {
            last.0.set(LastHubView::stored());
            let (stored, persistent) = SavedState::stored();
            saved.saved.set(stored);
            saved.persistent.set(persistent);
        });
    } else {
        // A client-side app in the hidden #app: show it (and drop any build-time copy) once it
        // has its content, so the visitor never sees fewer cards than before.
        Effect::new(move |_| {
            if catalog.current.get().is_some() && !hub_busy.get() {
                crate::perf::mark("render:done");
                crate::prerender::reveal_app();
                crate::perf::mark("handover:done");
            }
        });
        provide_context(LastHubView::restore());
        provide_context(SavedState::restore());
    }

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

/// Call at the top of each routed page. After an in-app navigation (not the first page of a
/// visit), moves focus to the new page's `<main>`, so keyboard and screen reader users start at
/// the new content instead of on a link that no longer exists.
pub fn focus_main_after_navigation() {
    static FIRST_PAGE_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let navigated = FIRST_PAGE_SHOWN.swap(true, std::sync::atomic::Ordering::Relaxed);
    // The effect runs after this page is built (never while prerendering); the frame after
    // that, the router has swapped it into the document in place of the old page.
    Effect::new(move |_| {
        if navigated {
            request_animation_frame(|| focus_main(false));
        }
    });
}

/// Focuses `<main>`; after a navigation without scrolling (the router or Back has already
/// placed the page).
fn focus_main(scroll: bool) {
    focus_id("main", scroll);
}

/// Focuses the element with this id, if there is one; the one place that moves focus.
pub fn focus_id(id: &str, scroll: bool) {
    use wasm_bindgen::JsCast;
    let element = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// "Skip to main content": moves focus to `<main>` without a router navigation.
#[component]
fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main(true);
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to main content"</a> }
}
