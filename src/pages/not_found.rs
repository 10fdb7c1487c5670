//! The Not found page, for unknown paths, companies and tabs.

use crate::app::SITE_NAME;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Says what was not found and links back to the hub. Used inside other pages too.
#[component]
pub fn NotFound(#[prop(into)] what: String) -> impl IntoView {
    view! {
        <div class="not-found">
            <h1>"Not found"</h1>
            <p>{what}</p>
            <p><a href=crate::base_path::href("/")>"Browse all company interview hubs"</a></p>
        </div>
    }
}

/// Route fallback: any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    crate::app::focus_main_after_navigation();
    let path = crate::base_path::app_path(&use_location().pathname.get_untracked()).to_string();
    crate::head::use_title(|| format!("Not found — {SITE_NAME}"));
    view! {
        <main id="main" class="page" tabindex="-1">
            <NotFound what=format!("There is no page at “{path}”.")/>
        </main>
    }
}
