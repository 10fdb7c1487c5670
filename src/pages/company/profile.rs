//! A company's header and its tab strip (the WAI-ARIA tabs pattern; each tab is also a link).

use super::panels::panel;
use super::print_sheet::PrintSheet;
use crate::api::Loaded;
use crate::company_tab::CompanyTab;
use crate::components::save_button::SaveButton;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// Header and tabs of one company.
#[component]
pub fn CompanyProfile(loaded: Arc<Loaded>, index: usize, active: Memo<CompanyTab>) -> impl IntoView {
    let company = &loaded.catalog.companies[index];
    let slug = company.slug.clone();
    let navigate = use_navigate();
    // Arrow keys, Home and End move between tabs and activate them (WAI-ARIA "automatic
    // activation"); they replace the history entry so Back leaves the page, not the tab.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(next) = active.get_untracked().after_key(&ev.key()) else { return };
        ev.prevent_default();
        navigate(&next.href(&slug), NavigateOptions { replace: true, scroll: false, ..Default::default() });
        crate::focus::focus_id(&next.dom_id(), false);
    };
    let tabs = CompanyTab::ALL
        .into_iter()
        .map(|tab| {
            let selected = move || active.get() == tab;
            view! {
                <a
                    role="tab"
                    id=tab.dom_id()
                    href=crate::base_path::href(&tab.href(&company.slug))
                    aria-selected=move || selected().to_string()
                    aria-controls="tabpanel"
                    tabindex=move || if selected() { "0" } else { "-1" }
                    data-noscroll=""
                >
                    {tab.label()}
                </a>
            }
        })
        .collect_view();
    let panel_loaded = loaded.clone();
    let print_loaded = loaded.clone();
    view! {
        <header class="company-header">
            <div class="title-row">
                <h1>{format!("{} interview prep", company.name)}</h1>
                <SaveButton slug=company.slug.clone()/>
            </div>
            <p class="tagline">{company.tagline.clone()}</p>
            <p class="domain">{company.domain.clone()}</p>
        </header>
        <div class="tablist" role="tablist" aria-label=format!("{} interview prep sections", company.name) on:keydown=on_keydown>
            {tabs}
        </div>
        <section
            class="tabpanel"
            id="tabpanel"
            role="tabpanel"
            tabindex="0"
            aria-labelledby=move || active.get().dom_id()
        >
            {move || {
                let tab = active.get();
                let company = &panel_loaded.catalog.companies[index];
                view! { <h2 class="panel-title">{tab.label()}</h2> {panel(&panel_loaded, company, tab)}}
            }}
        </section>
        <PrintSheet loaded=print_loaded index/>
    }
}

