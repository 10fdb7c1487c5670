//! The Not found page, for unknown paths, companies and tabs.

use crate::browser::head::use_page_meta;
use crate::model::page_meta::PageMeta;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Says what was not found and links back to the hub. Used inside other pages too.
#[component]
pub fn NotFound(#[prop(into)] what: String) -> impl IntoView {
    view! {
        <div class="not-found">
            <h1>"Not found"</h1>
            <p>{what}</p>
            <p><a href=crate::browser::base_path::link(&crate::model::route::Route::hub())>"Browse all company interview hubs"</a></p>
        </div>
    }
}

/// Route fallback: any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    use_page_meta(PageMeta::not_found);
    let path = crate::browser::base_path::app_path(&use_location().pathname.get_untracked()).to_string();
    view! {
        <main id="main" class="page" tabindex="-1">
            <NotFound what=format!("There is no page at “{path}”.")/>
        </main>
    }
}
