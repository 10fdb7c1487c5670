//! The hub at `/`: search, filters, sort and the card grid, all driven by the query string.

use crate::browser::head::use_page_meta;
use crate::model::loaded::Loaded;
use crate::model::page_meta::PageMeta;
use crate::model::query::HubQuery;
use crate::model::reveal;
use crate::state::{catalog::CatalogState, hub_busy::HubBusy, last_hub::LastHubView, personal::PersonalState};
use crate::ui::components::company_card::CardGrid;
use crate::ui::components::hub_controls::{Edit, FilterPanel, Go, SearchBox, SortSelect};
use crate::ui::components::load_state::{Skeleton, WithCatalog};
use crate::ui::dynamic::{dynamic, show};
use crate::ui::events::handler;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use std::sync::Arc;

/// Cards listed at first; more on request, so a 10,000-company result stays responsive.
const PAGE_SIZE: usize = 120;
/// Cards rendered per task in the browser: the list fills in over a few frames instead of one
/// long task, so typing and the first load never block the page for long.
const CHUNK: usize = 24;

/// The hub page: every control's state lives in the URL.
#[component]
pub fn HubPage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    let location = use_location();
    let raw = Memo::new(move |_| HubQuery::parse(&location.search.get()));
    let last = expect_context::<LastHubView>();
    crate::browser::effect::effect(move || {
        // While leaving the hub the location already shows the next page; don't record that.
        if location.pathname.with(|p| crate::browser::base_path::app_path(p) == "/") {
            last.remember(raw.get());
        }
    });
    let catalog = expect_context::<CatalogState>();
    use_page_meta(move || raw.with(|q| PageMeta::hub(catalog.loaded().as_deref(), q)));
    view! {
        <main id="main" class="page hub" tabindex="-1">
            <header class="page-header">
                <h1>"Company interview hubs"</h1>
                <p class="intro">
                    "How companies interview, what to prepare, and what each role's loop emphasizes."
                </p>
            </header>
            <WithCatalog
                skeleton=Skeleton::Hub
                ready=move |loaded| view! { <HubBody loaded raw/> }
            />
        </main>
    }
}

/// The hub once the catalog is here.
#[component]
fn HubBody(loaded: Arc<Loaded>, raw: Memo<HubQuery>) -> impl IntoView {
    let for_query = loaded.clone();
    let query = Memo::new(move |_| raw.get().restricted_to(&for_query.catalog));
    let for_results = loaded.clone();
    let saved = expect_context::<PersonalState>();
    let hub_view = Memo::new(move |_| {
        query.with(|q| {
            // Only a "Saved" view depends on what is saved.
            let slugs = if q.saved { saved.with(|s| s.saved.clone()) } else { Vec::new() };
            for_results.index.view(&for_results.catalog, q, &slugs)
        })
    });
    let results = Memo::new(move |_| hub_view.with(|v| v.hits.clone()));
    let navigate = use_navigate();
    // A key press or a click paints first (the box shows the letter, the box is ticked); the new
    // view (URL, filtering, cards) follows in a task after that frame, so the interaction is
    // answered at once. Changes made meanwhile fold into one: each edits the view the last one
    // made, and a new history entry is pushed if any of them asked for one. If the hub is gone by then, nothing happens.
    let pending = StoredValue::new(None::<(HubQuery, bool)>);
    let go: Go = Callback::new(move |(edit, replace): (Edit, bool)| {
        let first = pending.with_value(Option::is_none);
        pending.update_value(|p| {
            let (mut next, before) = p.take().unwrap_or_else(|| (query.get_untracked(), replace));
            edit(&mut next);
            *p = Some((next, before && replace));
        });
        if first {
            let navigate = navigate.clone();
            crate::browser::timer::after_paint(move || {
                if let Some((next, replace)) = pending.try_update_value(Option::take).flatten() {
                    navigate(
                        &crate::model::route::Route::Hub(next).path(),
                        NavigateOptions { replace, scroll: false, ..Default::default() },
                    );
                }
            });
        }
    });

    // `shown` is the page limit ("Show more" raises it); `visible` catches up with it a step
    // per task (model::reveal: cards on screen stay, at most CHUNK new ones per step).
    // Prerendering has no tasks, so it renders the whole page at once.
    let shown = RwSignal::new(PAGE_SIZE);
    // The grid adopts the build-time cards by position, so the first list is the whole first
    // page, as the prerenderer drew it.
    let first = if crate::browser::hydration::hydrating() { PAGE_SIZE } else { CHUNK };
    let step = RwSignal::new(0u32);
    let visible = Memo::new(move |before: Option<&Vec<usize>>| {
        step.track();
        let budget = if before.is_some() { CHUNK } else { first };
        let on_screen = before.map_or(&[][..], Vec::as_slice);
        results.with(|r| reveal::next_step(r, on_screen, shown.get(), budget))
    });
    let busy = expect_context::<HubBusy>();
    busy.set(true);
    crate::browser::effect::effect_with_previous(move |previous: Option<()>| {
        query.track();
        if previous.is_some() {
            shown.set(PAGE_SIZE);
        }
    });
    let filling = Memo::new(move |_| {
        let limit = shown.get();
        results.with(|r| visible.with(|v| reveal::is_filling(r, v, limit)))
    });
    crate::browser::effect::effect(move || {
        step.track(); // one more step per task, while there is more to show
        if filling.get() {
            // try_: the hub may be gone by the time the task runs.
            set_timeout(move || _ = step.try_update(|s| *s += 1), std::time::Duration::ZERO);
        } else {
            busy.set(false);
        }
    });
    let total = loaded.catalog.companies.len();
    let count = move || {
        let n = results.with(Vec::len);
        match (n, query.with(HubQuery::is_filtered)) {
            (1, true) => format!("1 of {total} companies matches"),
            (n, true) => format!("{n} of {total} companies match"),
            (n, false) => format!("{n} companies"),
        }
    };
    let remaining = move || results.with(Vec::len).saturating_sub(shown.get());
    let clear = move |_| go.run((Box::new(|q: &mut HubQuery| *q = q.cleared()), false));
    // The Saved view offers to compare what it shows, when that is two to four companies.
    let for_compare = loaded.clone();
    let compare_saved = move || {
        let n = results.with(Vec::len);
        (query.with(|q| q.saved) && (2..=crate::model::compare::MAX_COMPARED).contains(&n)).then(|| {
            let slugs: Vec<&str> =
                results.with(|r| r.iter().map(|i| for_compare.catalog.companies[*i].slug.as_str()).collect());
            (crate::browser::base_path::link(&crate::model::route::Route::compare(&slugs)), n)
        })
    };

    view! {
        <div class="hub-layout">
            <div class="controls">
                <SearchBox query go/>
                <FilterPanel loaded=loaded.clone() query hub_view go/>
            </div>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="sr-only">"Companies"</h2>
                <div class="results-bar">
                    <p class="count" role="status">{Signal::derive(count)}</p>
                    {show(move || query.with(HubQuery::is_filtered), move || view! {
                        <button type="button" class="button secondary" on:click=handler(clear)>"Clear filters"</button>
                    })}
                    {dynamic(move || compare_saved().map(|(href, n)| view! {
                        <a class="button secondary" href=href>{format!("Compare these {n}")}</a>
                    }))}
                    <SortSelect query go/>
                </div>
                {show(move || results.with(Vec::is_empty), move || view! {
                    <div class="empty">
                        {if total == 0 {
                            Either::Left(view! { <p>"The catalog has no companies yet."</p> })
                        } else {
                            Either::Right(view! {
                                <p>"No companies match these filters."</p>
                                <button type="button" class="button" on:click=handler(clear)>"Clear filters"</button>
                            })
                        }}
                    </div>
                })}
                <CardGrid loaded=loaded.clone() shown=visible filling/>
                {show(move || remaining() > 0, move || view! {
                    <button
                        type="button"
                        class="button secondary more"
                        on:click=handler(move |_| shown.update(|s| *s += PAGE_SIZE))
                    >
                        {Signal::derive(move || format!("Show {} more", remaining().min(PAGE_SIZE)))}
                    </button>
                })}
            </section>
        </div>
    }
}
