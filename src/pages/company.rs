//! A company's page: `/companies/{slug}` and one URL per tab.

use crate::api::{CatalogState, Loaded};
use crate::app::{LastHubView, SITE_NAME, SavedState};
use crate::catalog::{Company, is_safe_link};
use crate::company_tab::CompanyTab;
use crate::components::badges::{CategoryBadge, DifficultyBadge, difficulty_level};
use crate::components::load_state::{Skeleton, WithCatalog};
use crate::pages::not_found::NotFound;
use crate::query::{Facet, HubQuery};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

/// The company page: header, then the six tabs of the reference page.
#[component]
pub fn CompanyPage() -> impl IntoView {
    crate::app::focus_main_after_navigation();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let segment = Memo::new(move |_| params.read().get("tab"));
    let tab = Memo::new(move |_| segment.with(|s| CompanyTab::from_segment(s.as_deref())));
    let catalog = expect_context::<CatalogState>();
    let title = move || match catalog.loaded() {
        Some(loaded) => page_title(&loaded, &slug.get(), tab.get()),
        None => SITE_NAME.to_string(),
    };
    let description = move || {
        let loaded = catalog.loaded();
        loaded.and_then(|l| l.catalog.company(&slug.get()).map(|c| c.tagline.clone())).unwrap_or_default()
    };
    let last_hub = expect_context::<LastHubView>().0;

    crate::head::use_title(title);
    crate::head::use_description(description);
    view! {
        <main id="main" class="page company" tabindex="-1">
            <a class="back-link" href=move || crate::base_path::href(&last_hub.get())>
                <span aria-hidden="true">"← "</span>
                "Back to company interview hubs"
            </a>
            <WithCatalog
                skeleton=Skeleton::Company
                ready=move |loaded| {
                    // Rebuild only when the company or the tab's validity changes, not per tab.
                    let valid = Memo::new(move |_| tab.get().is_some());
                    let active = Memo::new(move |_| tab.get().unwrap_or(CompanyTab::Snapshot));
                    (move || {
                        let slug_now = slug.get();
                        let index = loaded.catalog.companies.iter().position(|c| c.slug == slug_now);
                        match (index, valid.get()) {
                            (Some(index), true) => untrack(|| {
                                view! { <CompanyProfile loaded=loaded.clone() index active/> }.into_any()
                            }),
                            (Some(index), false) => {
                                let name = &loaded.catalog.companies[index].name;
                                let what = format!(
                                    "{name} has no “{}” section.",
                                    segment.get_untracked().unwrap_or_default()
                                );
                                view! { <NotFound what/> }.into_any()
                            }
                            (None, _) => {
                                let what = format!("No company called “{slug_now}” is in the catalog.");
                                view! { <NotFound what/> }.into_any()
                            }
                        }
                    })
                        .into_any()
                }
            />
        </main>
    }
}

/// "Amazon interview prep — Values", or "Not found — …" for an unknown company or tab.
pub fn page_title(loaded: &Loaded, slug: &str, tab: Option<CompanyTab>) -> String {
    match (loaded.catalog.company(slug), tab) {
        (Some(company), Some(tab)) => tab.title(&company.name),
        _ => format!("Not found — {SITE_NAME}"),
    }
}

/// Header and tabs of one company.
#[component]
fn CompanyProfile(loaded: Arc<Loaded>, index: usize, active: Memo<CompanyTab>) -> impl IntoView {
    let company = &loaded.catalog.companies[index];
    let slug = company.slug.clone();
    let navigate = use_navigate();
    // Arrow keys, Home and End move between tabs and activate them (WAI-ARIA "automatic
    // activation"); they replace the history entry so Back leaves the page, not the tab.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(next) = active.get_untracked().after_key(&ev.key()) else { return };
        ev.prevent_default();
        navigate(&next.href(&slug), NavigateOptions { replace: true, scroll: false, ..Default::default() });
        crate::app::focus_id(&next.dom_id(), false);
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
    }
}

/// The content of one tab.
fn panel(loaded: &Loaded, company: &Company, tab: CompanyTab) -> AnyView {
    let catalog = &loaded.catalog;
    match tab {
        CompanyTab::Snapshot => {
            let (level, of) = difficulty_level(catalog, &company.difficulty);
            let category_href =
                crate::base_path::href(&HubQuery::default().toggled(Facet::Category, &company.category).href());
            let aliases = (!company.aliases.is_empty()).then(|| {
                view! { <dt>"Also known as"</dt><dd>{company.aliases.join(", ")}</dd> }
            });
            view! {
                <dl class="facts">
                    <dt>"Interview style"</dt>
                    <dd>{company.interview_style.clone()}</dd>
                    <dt>"Difficulty"</dt>
                    <dd>
                        <DifficultyBadge name=catalog.difficulty_name(&company.difficulty).to_string() rank=level of=of/>
                        <p class="note">{company.difficulty_note.clone()}</p>
                    </dd>
                    <dt>"Category"</dt>
                    <dd>
                        <a href=category_href class="plain-link">
                            <CategoryBadge name=catalog.category_name(&company.category).to_string()/>
                        </a>
                    </dd>
                    {aliases}
                    <dt>"Last reviewed"</dt>
                    <dd><time datetime=company.reviewed.clone()>{human_date(&company.reviewed)}</time></dd>
                </dl>
            }
            .into_any()
        }
        CompanyTab::PrepFocus => {
            view! { <PrepChecklist slug=company.slug.clone() items=company.prep_focus.clone()/> }.into_any()
        }
        CompanyTab::Values => bullets(&company.values),
        CompanyTab::Roles => {
            let items = company
                .primary_roles
                .iter()
                .map(|role| {
                    let href = crate::base_path::href(&HubQuery::default().toggled(Facet::Role, role).href());
                    view! {
                        <li>
                            <a href=href>{catalog.role_name(role).to_string()}</a>
                            <span class="hint">" — companies hiring this role"</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="roles">{items}</ul> }.into_any()
        }
        CompanyTab::RoleTracks => {
            let items = catalog
                .tracks(company)
                .into_iter()
                .map(|track| {
                    view! {
                        <li>
                            <h3>{track.role_name.to_string()}</h3>
                            <p>{track.sentence(company)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="tracks">{items}</ul> }.into_any()
        }
        CompanyTab::Links => {
            let items = company
                .links
                .iter()
                .map(|link| {
                    if is_safe_link(&link.url) {
                        let host = crate::catalog::url_host(&link.url).unwrap_or_default();
                        view! {
                            <li>
                                <a href=link.url.clone() target="_blank" rel="noopener noreferrer external">
                                    {link.label.clone()}
                                    <span class="sr-only">" (opens in a new tab)"</span>
                                </a>
                                <span class="host">{host}</span>
                            </li>
                        }
                        .into_any()
                    } else {
                        view! {
                            <li>
                                {link.label.clone()}
                                <span class="hint">" (link withheld: only https links are opened)"</span>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <ul class="links">{items}</ul> }.into_any()
        }
    }
}

/// Saves or unsaves the company in this browser; a toggle button (`aria-pressed`).
#[component]
fn SaveButton(slug: String) -> impl IntoView {
    let state = expect_context::<SavedState>();
    let check = slug.clone();
    let is_saved = Memo::new(move |_| state.saved.with(|s| s.is_saved(&check)));
    view! {
        <button
            type="button"
            class="button secondary save-button"
            aria-pressed=move || is_saved.get().to_string()
            on:click=move |_| state.update(|s| s.toggle_saved(&slug))
        >
            <span aria-hidden="true">{move || if is_saved.get() { "★ " } else { "☆ " }}</span>
            "Save company"
        </button>
    }
}

/// Prep-focus bullets as a checklist the visitor can tick off; progress stays in this browser.
#[component]
fn PrepChecklist(slug: String, items: Vec<String>) -> impl IntoView {
    let state = expect_context::<SavedState>();
    let total = items.len();
    let count_slug = slug.clone();
    let progress = move || {
        let done = state.saved.with(|s| s.prepared_count(&count_slug, total));
        format!("{done} of {total} prepared")
    };
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let id = format!("prep-{i}");
            let (read, write) = (slug.clone(), slug.clone());
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || state.saved.with(|s| s.is_prepared(&read, i))
                        on:change=move |_| state.update(|s| s.toggle_prepared(&write, i))
                    />
                    <label for=id>{item}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="progress" role="status">{progress}</p>
        <ul class="checklist">{rows}</ul>
        <Show when=move || !state.persistent.get()>
            <p class="hint">"This browser is not letting the site store data, so your progress will be forgotten when you leave."</p>
        </Show>
    }
}

fn bullets(items: &[String]) -> AnyView {
    let items = items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view();
    view! { <ul class="bullets">{items}</ul> }.into_any()
}

/// "2026-11-24" → "24 November 2026"; anything else is shown as given.
fn human_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => date.to_string(),
        },
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_dates() {
        assert_eq!(super::human_date("2026-11-24"), "24 November 2026");
        assert_eq!(super::human_date("2026-13-01"), "2026-13-01");
        assert_eq!(super::human_date("soon"), "soon");
    }
}
