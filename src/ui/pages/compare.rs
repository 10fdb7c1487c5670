//! `/compare?companies=a,b,c`: two to four companies side by side, what they share marked.

use crate::browser::base_path::link;
use crate::browser::dom::{add, attrs, clear, text};
use crate::browser::head::use_page_meta;
use crate::model::catalog::Company;
use crate::model::compare::{Comparison, MAX_COMPARED};
use crate::model::loaded::Loaded;
use crate::model::page_meta::PageMeta;
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;
use crate::state::catalog::CatalogState;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::badges::difficulty_level;
use crate::ui::components::load_state::{Skeleton, WithCatalog, WithCompanies};
use crate::ui::dynamic::dynamic;
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
            <header class="page-header">
                <h1>"Compare companies"</h1>
                <p class="intro">
                    "Two to four companies side by side: category, difficulty, how each loop runs, what each values and which roles they share. Each company's page says where its facts come from."
                </p>
            </header>
            <WithCatalog
                skeleton=Skeleton::Company
                ready=move |loaded| {
                    let loaded = loaded.clone();
                    dynamic(move || {
                        let comparison = Comparison::parse(&location.search.get(), &loaded.catalog);
                        view! { <CompareBody loaded=loaded.clone() comparison/> }
                    })
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

/// The table, drawn with `browser::dom` once its profiles are here (it never changes after:
/// another comparison is another page). As `view!` it was most of this page's ~21 KB of gzipped
/// wasm; see `browser::dom`.
#[component]
fn CompareTable(loaded: Arc<Loaded>, full: Vec<Arc<Company>>, comparison: Comparison) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    crate::browser::effect::effect(move || {
        if let Some(el) = frame.get() {
            clear(&el);
            draw_table(&el, &loaded, &full, &comparison);
        }
    });
    view! { <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0" node_ref=frame></div> }
}

fn draw_table(el: &web_sys::Element, loaded: &Loaded, full: &[Arc<Company>], comparison: &Comparison) -> Option<()> {
    let catalog = &loaded.catalog;
    // Full profiles: the catalog may be the hub index.
    let companies: Vec<&Company> = full.iter().map(|c| &**c).collect();
    let shared_roles = comparison.shared_roles(catalog);
    let same_category = comparison.all_same(catalog, |c| &c.category);
    let same_difficulty = comparison.all_same(catalog, |c| &c.difficulty);
    let slugs: Vec<&str> = companies.iter().map(|c| c.slug.as_str()).collect();
    let table = add(el, "table", "compare-table", "")?;
    let caption = format!(
        "{} compared.{}",
        crate::model::text::and_list(&companies.iter().map(|c| c.name.as_str()).collect::<Vec<_>>()),
        if shared_roles.is_empty() { "" } else { " Roles all of them hire for are marked Shared." }
    );
    attrs(&add(&table, "caption", "", &caption)?, &[("id", "compare-caption")]);
    let head = add(&add(&table, "thead", "", "")?, "tr", "", "")?;
    add(&head, "td", "", "");
    for c in &companies {
        let th = add(&head, "th", "", "")?;
        attrs(&th, &[("scope", "col")]);
        attrs(&add(&th, "a", "", &c.name)?, &[("href", &link(&Route::company(&c.slug, CompanyTab::Snapshot)))]);
        let without: Vec<&str> = slugs.iter().copied().filter(|s| *s != c.slug).collect();
        if without.len() >= 2 {
            attrs(
                &add(&th, "a", "remove", &format!("Remove {}", c.name))?,
                &[("href", &link(&Route::compare(&without)))],
            );
        }
    }
    let body = add(&table, "tbody", "", "")?;
    // One aspect's row: its name, then one cell per company, each filled by `cell`.
    let row = |label: &str, cell: &dyn Fn(&web_sys::Element, &Company) -> Option<()>| -> Option<()> {
        let tr = add(&body, "tr", "", "")?;
        attrs(&add(&tr, "th", "", label)?, &[("scope", "row")]);
        for c in &companies {
            cell(&add(&tr, "td", "", "")?, c);
        }
        Some(())
    };
    let same = |td: &web_sys::Element, same: bool| {
        if same {
            add(td, "span", "tag shared", "Same for all");
        }
    };
    let list = |td: &web_sys::Element, items: &[String]| -> Option<()> {
        let ul = add(td, "ul", "", "")?;
        for item in items {
            add(&ul, "li", "", item);
        }
        Some(())
    };
    row("Category", &|td, c| {
        let badge = add(td, "span", "badge badge-category", "")?;
        add(&badge, "span", "sr-only", "Category: ");
        text(&badge, catalog.category_name(&c.category));
        same(td, same_category);
        Some(())
    })?;
    row("Difficulty", &|td, c| {
        let (rank, of) = difficulty_level(catalog, &c.difficulty);
        let badge = add(td, "span", &format!("badge badge-difficulty level-{rank}"), "")?;
        let pips: String = (0..of).map(|i| if i < rank { '●' } else { '○' }).collect();
        attrs(&add(&badge, "span", "pips", &pips)?, &[("aria-hidden", "true")]);
        add(&badge, "span", "sr-only", "Difficulty: ");
        text(&badge, catalog.difficulty_name(&c.difficulty));
        same(td, same_difficulty);
        add(td, "p", "note", &c.difficulty_note);
        Some(())
    })?;
    // The loop as one line, then its stages by kind (what a candidate compares first).
    row("Interview loop", &|td, c| {
        let l = &c.interview_loop;
        add(td, "p", "", &l.summary().unwrap_or_else(|| "Not known: too little public evidence".to_string()));
        let stages: Vec<String> =
            l.stages.iter().map(|s| format!("{} ({})", catalog.stage_kind_name(&s.kind), s.minutes_text())).collect();
        list(td, &stages)
    })?;
    row("Interview style", &|td, c| {
        text(td, &c.interview_style);
        Some(())
    })?;
    row("What they tend to value", &|td, c| list(td, &c.values))?;
    row("Prep focus", &|td, c| list(td, &c.prep_focus))?;
    row("Primary roles", &|td, c| {
        let ul = add(td, "ul", "", "")?;
        for r in &c.primary_roles {
            let shared = shared_roles.contains(&r.as_str());
            let li = add(&ul, "li", if shared { "shared" } else { "" }, catalog.role_name(r))?;
            if shared {
                add(&li, "span", "tag shared", "Shared");
            }
        }
        Some(())
    })?;
    row("What each role's loop emphasizes", &|td, c| {
        let ul = add(td, "ul", "", "")?;
        for t in catalog.tracks(c).into_iter().filter(|t| c.primary_roles.iter().any(|r| r == t.role_slug)) {
            let li = add(&ul, "li", "", "")?;
            add(&li, "strong", "", t.role_name);
            text(&li, &format!(": {}", t.emphasis.join(", ")));
        }
        Some(())
    })
}
