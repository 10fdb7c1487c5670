//! A company's header and its tab strip (the WAI-ARIA tabs pattern; each tab is also a link).

use super::panels::panel;
use super::print_sheet::PrintSheet;
use super::related::RelatedCompanies;
use crate::model::catalog::Company;
use crate::model::loaded::Loaded;
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;
use crate::ui::components::company_notes::CompanyNotes;
use crate::ui::components::compare_pick::ComparePick;
use crate::ui::components::interview_plan::PlanEditor;
use crate::ui::components::save_button::SaveButton;
use crate::ui::dynamic::dynamic;
use crate::ui::events::handler;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// Header and tabs of one company.
#[component]
pub fn CompanyProfile(
    loaded: Arc<Loaded>,
    index: usize,
    /// The full profile (the catalog may be the hub index, which holds only part of it).
    company: Arc<Company>,
    active: Memo<CompanyTab>,
) -> impl IntoView {
    let panel_company = company.clone();
    let print_company = company.clone();
    let report_company = company.clone();
    let slug = company.slug.clone();
    let navigate = use_navigate();
    // Arrow keys, Home and End move between tabs and activate them (WAI-ARIA "automatic
    // activation"); they replace the history entry so Back leaves the page, not the tab.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(next) = active.get_untracked().after_key(&ev.key()) else { return };
        ev.prevent_default();
        navigate(
            &Route::company(&slug, next).path(),
            NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
        crate::browser::focus::focus_id(&next.dom_id(), false);
    };
    let tabs = CompanyTab::ALL
        .into_iter()
        .map(|tab| {
            let selected = move || active.get() == tab;
            view! {
                <a
                    role="tab"
                    id=tab.dom_id()
                    href=crate::browser::base_path::link(&Route::company(&company.slug, tab))
                    aria-selected=Signal::derive(move || selected().to_string())
                    aria-controls="tabpanel"
                    tabindex=Signal::derive(move || if selected() { "0" } else { "-1" }.to_string())
                    data-noscroll=""
                >
                    {tab.label()}
                </a>
            }
        })
        .collect_view();
    // On a phone the tab strip scrolls sideways: keep the selected tab in it, whatever chose
    // it (a link, arrow keys, Back), without scrolling the page itself.
    crate::browser::effect::effect(move || {
        let id = active.get().dom_id();
        request_animation_frame(move || reveal_tab(&id));
    });
    let panel_loaded = loaded.clone();
    let print_loaded = loaded.clone();
    let report_loaded = loaded.clone();
    view! {
        <header class="company-header">
            <div class="title-row">
                <h1>{format!("{} interview prep", company.name)}</h1>
                <div class="actions">
                    <ComparePick slug=company.slug.clone() name=company.name.clone()/>
                    <SaveButton slug=company.slug.clone()/>
                </div>
            </div>
            <p class="tagline">{company.tagline.clone()}</p>
            <p class="domain">{company.domain.clone()}</p>
        </header>
        <div class="tablist" role="tablist" aria-label=format!("{} interview prep sections", company.name) on:keydown=handler(on_keydown)>
            {tabs}
        </div>
        <section
            class="tabpanel"
            id="tabpanel"
            role="tabpanel"
            tabindex="0"
            aria-labelledby=Signal::derive(move || active.get().dom_id())
        >
            {dynamic(move || {
                let tab = active.get();
                view! {
                    <h2 class="panel-title">{tab.label()}</h2>
                    {panel(&panel_loaded, &panel_company, tab)}
                }
            })}
        </section>
        {dynamic(move || {
            let company = &report_company;
            crate::model::report::report_href(
                &report_loaded.catalog.report_url,
                &company.name,
                active.get().label(),
                &company.reviewed,
            )
            .map(|href| view! { <p class="report"><a href=href>"Report something outdated or wrong"</a></p> })
        })}
        // One child for both (the page's children are a tuple; an eighth costs ~10 KB of wasm).
        <div class="yours">
            <PlanEditor company=company.clone()/>
            <CompanyNotes slug=company.slug.clone() name=company.name.clone()/>
        </div>
        <RelatedCompanies loaded=loaded.clone() index/>
        <PrintSheet loaded=print_loaded company=print_company/>
    }
}

/// Scrolls the tab strip (only) so the tab with this id is wholly visible.
fn reveal_tab(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(tab) = document().get_element_by_id(id).and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let Some(strip) = tab.parent_element() else { return };
    let (left, width) = (tab.offset_left(), tab.offset_width());
    let (scrolled, visible) = (strip.scroll_left(), strip.client_width());
    let margin = 24; // show a little of the neighbour, so the strip reads as scrollable
    if left - margin < scrolled {
        strip.set_scroll_left((left - margin).max(0));
    } else if left + width + margin > scrolled + visible {
        strip.set_scroll_left(left + width + margin - visible);
    }
}
