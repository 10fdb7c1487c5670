//! `/compare?companies=a,b,c`: two to four companies side by side, what they share marked.

use crate::browser::base_path::link;
use crate::browser::head::use_page_meta;
use crate::model::catalog::Company;
use crate::model::compare::{Comparison, MAX_COMPARED};
use crate::model::loaded::Loaded;
use crate::model::page_meta::PageMeta;
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;
use crate::state::catalog::CatalogState;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::badges::{CategoryBadge, DifficultyBadge, difficulty_level};
use crate::ui::components::load_state::{Skeleton, WithCatalog, WithCompanies};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The comparison page: a table with one column per company and one row per aspect, which a
/// screen reader reads cell by cell with both headers; on a phone the table scrolls sideways.
#[component]
pub fn ComparePage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    let location = use_location();
    let catalog = expect_context::<CatalogState>();
    use_page_meta(move || match catalog.loaded() {
        Some(loaded) => PageMeta::compare(&loaded, &location.search.get()),
        None => PageMeta::loading(),
    });
    view! {
        <main id="main" class="page compare" tabindex="-1">
            <BackLink/>
            <h1>"Compare companies"</h1>
            <WithCatalog
                skeleton=Skeleton::Company
                ready=move |loaded| {
                    let loaded = loaded.clone();
                    move || {
                        let comparison = Comparison::parse(&location.search.get(), &loaded.catalog);
                        view! { <CompareBody loaded=loaded.clone() comparison/> }
                    }
                }
            />
        </main>
    }
}

#[component]
fn CompareBody(loaded: Arc<Loaded>, comparison: Comparison) -> impl IntoView {
    let catalog = &loaded.catalog;
    let notes = comparison.notes();
    let notice = (!notes.is_empty()).then(|| {
        let notes = notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view();
        view! { <div class="notice" role="status">{notes}</div> }
    });
    let hub = link(&Route::hub());
    let body = if comparison.too_many() {
        let slugs: Vec<&str> =
            comparison.companies.iter().take(MAX_COMPARED).map(|i| catalog.companies[*i].slug.as_str()).collect();
        EitherOf3::A(view! {
            <div class="load-error" role="alert">
                <p>{format!(
                    "This link names {} companies; up to {MAX_COMPARED} can be compared at once, so nothing is shown.",
                    comparison.companies.len()
                )}</p>
                <p><a href=link(&Route::compare(&slugs))>{format!("Compare the first {MAX_COMPARED}")}</a></p>
            </div>
        })
    } else if comparison.companies.len() < 2 {
        EitherOf3::B(view! {
            <p class="empty">
                "Pick two to four companies with the “Compare” boxes on their cards or pages, then open the comparison. "
                <a href=hub>"Browse companies"</a>
            </p>
        })
    } else {
        let indices = comparison.companies.clone();
        let inner = loaded.clone();
        EitherOf3::C(view! {
            <WithCompanies loaded=loaded.clone() indices ready=move |full| {
                view! { <CompareTable loaded=inner.clone() full comparison=comparison.clone()/> }
            }/>
        })
    };
    view! { {notice} {body} }
}

#[component]
fn CompareTable(loaded: Arc<Loaded>, full: Vec<Arc<Company>>, comparison: Comparison) -> impl IntoView {
    let catalog = &loaded.catalog;
    // Full profiles: the catalog may be the hub index.
    let companies: Vec<&Company> = full.iter().map(|c| &**c).collect();
    let shared_roles = comparison.shared_roles(catalog);
    let same = |same: bool| same.then(|| view! { <span class="tag shared">"Same for all"</span> });
    let same_category = comparison.all_same(catalog, |c| &c.category);
    let same_difficulty = comparison.all_same(catalog, |c| &c.difficulty);
    let slugs: Vec<&str> = companies.iter().map(|c| c.slug.as_str()).collect();
    let heads = companies
        .iter()
        .map(|c| {
            let without: Vec<&str> = slugs.iter().copied().filter(|s| *s != c.slug).collect();
            let remove = (without.len() >= 2).then(|| {
                view! {
                    <a class="remove" href=link(&Route::compare(&without))>
                        {format!("Remove {}", c.name)}
                    </a>
                }
            });
            view! {
                <th scope="col">
                    <a href=link(&Route::company(&c.slug, CompanyTab::Snapshot))>{c.name.clone()}</a>
                    {remove}
                </th>
            }
        })
        .collect_view();
    let list = |items: &[String]| {
        let items = items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view();
        view! { <ul>{items}</ul> }
    };
    let category = companies
        .iter()
        .map(|c| view! { <CategoryBadge name=catalog.category_name(&c.category).to_string()/> {same(same_category)} })
        .collect();
    let difficulty = companies
        .iter()
        .map(|c| {
            let (level, of) = difficulty_level(catalog, &c.difficulty);
            view! {
                <DifficultyBadge name=catalog.difficulty_name(&c.difficulty).to_string() rank=level of=of/>
                {same(same_difficulty)}
                <p class="note">{c.difficulty_note.clone()}</p>
            }
        })
        .collect();
    let style = companies.iter().map(|c| c.interview_style.clone()).collect();
    // The loop as one line, then its stages by kind (what a candidate compares first).
    let loops = companies
        .iter()
        .map(|c| {
            let l = &c.interview_loop;
            let line = l.summary().unwrap_or_else(|| "Not known: too little public evidence".to_string());
            let stages: Vec<String> = l
                .stages
                .iter()
                .map(|s| format!("{} ({})", catalog.stage_kind_name(&s.kind), s.minutes_text()))
                .collect();
            view! { <p>{line}</p>{list(&stages)} }
        })
        .collect();
    let values = companies.iter().map(|c| list(&c.values)).collect();
    let prep = companies.iter().map(|c| list(&c.prep_focus)).collect();
    let roles = companies
        .iter()
        .map(|c| {
            let items = c
                .primary_roles
                .iter()
                .map(|r| {
                    let shared = shared_roles.contains(&r.as_str());
                    view! {
                        <li class:shared=shared>
                            {catalog.role_name(r).to_string()}
                            {shared.then(|| view! { <span class="tag shared">"Shared"</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul>{items}</ul> }
        })
        .collect();
    let emphasis = companies
        .iter()
        .map(|c| {
            let items = catalog
                .tracks(c)
                .into_iter()
                .filter(|t| c.primary_roles.iter().any(|r| r == t.role_slug))
                .map(|t| view! { <li><strong>{t.role_name.to_string()}</strong>": "{t.emphasis.join(", ")}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }
        })
        .collect();
    let caption = format!(
        "{} compared.{}",
        crate::model::text::and_list(&companies.iter().map(|c| c.name.as_str()).collect::<Vec<_>>()),
        if shared_roles.is_empty() { "" } else { " Roles all of them hire for are marked Shared." }
    );
    view! {
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare-table">
                <caption id="compare-caption">{caption}</caption>
                <thead><tr><td></td>{heads}</tr></thead>
                <tbody>
                    {row("Category", category)}
                    {row("Difficulty", difficulty)}
                    {row("Interview loop", loops)}
                    {row("Interview style", style)}
                    {row("What they tend to value", values)}
                    {row("Prep focus", prep)}
                    {row("Primary roles", roles)}
                    {row("What each role's loop emphasizes", emphasis)}
                </tbody>
            </table>
        </div>
    }
}

/// One aspect's row: its name, then one cell per company.
fn row<V: IntoView + 'static>(label: &'static str, cells: Vec<V>) -> impl IntoView {
    let cells = cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view();
    view! { <tr><th scope="row">{label}</th>{cells}</tr> }
}
