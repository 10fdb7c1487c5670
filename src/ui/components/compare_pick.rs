//! Picking companies to compare, and the tray that shows the picks.

use crate::model::compare::MAX_COMPARED;
use crate::state::{catalog::CatalogState, compare::ComparePicks};
use crate::ui::dynamic::dynamic;
use crate::ui::events::handler;
use leptos::either::Either;
use leptos::prelude::*;

/// A "Compare" checkbox for one company (on its card and its page). Once four are picked the
/// others are disabled, and their label says why.
#[component]
pub fn ComparePick(slug: String, name: String) -> impl IntoView {
    let picks = expect_context::<ComparePicks>();
    let id = format!("cmp-{slug}");
    let (read, write) = (slug.clone(), slug);
    let picked = Memo::new(move |_| picks.has(&read));
    let blocked = move || !picked.get() && picks.is_full();
    view! {
        <span class="compare-pick">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=picked
                disabled=blocked
                on:change=handler(move |_| picks.toggle(&write))
            />
            <label for=id>
                "Compare"
                <span class="sr-only">{format!(" {name}")}</span>
                {Signal::derive(move || blocked().then_some(format!(" (up to {MAX_COMPARED})")))}
            </label>
        </span>
    }
}

/// The picks, each removable, with a link to compare them; shown while anything is picked
/// (except on the comparison itself).
#[component]
pub fn CompareTray() -> impl IntoView {
    let picks = expect_context::<ComparePicks>();
    let catalog = expect_context::<CatalogState>();
    let location = leptos_router::hooks::use_location();
    dynamic(move || {
        let loaded = catalog.loaded()?;
        if location.pathname.with(|p| {
            matches!(
                crate::model::route::Route::parse(crate::browser::base_path::app_path(p)),
                crate::model::route::Route::Compare(_)
            )
        }) {
            return None;
        }
        let names: Vec<(String, String)> = picks.with(|p| {
            p.iter().filter_map(|slug| loaded.catalog.company(slug).map(|c| (slug.clone(), c.name.clone()))).collect()
        });
        (!names.is_empty()).then(|| {
            let slugs: Vec<&str> = names.iter().map(|(s, _)| s.as_str()).collect();
            let href = crate::browser::base_path::link(&crate::model::route::Route::compare(&slugs));
            let count = names.len();
            let chips = names
                .iter()
                .map(|(slug, name)| {
                    let slug = slug.clone();
                    view! {
                        <li>
                            {name.clone()}
                            <button type="button" class="chip-remove" on:click=handler(move |_| picks.toggle(&slug))>
                                <span aria-hidden="true">"×"</span>
                                <span class="sr-only">{format!("Remove {name} from the comparison")}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <aside class="compare-tray" aria-label="Companies to compare">
                    <ul>{chips}</ul>
                    {if count >= 2 {
                        Either::Left(view! { <a class="button" href=href>{format!("Compare {count} companies")}</a> })
                    } else {
                        Either::Right(view! { <span class="hint">"Pick one more to compare."</span> })
                    }}
                    <button type="button" class="button secondary small" on:click=handler(move |_| picks.clear())>"Clear"</button>
                </aside>
            }
        })
    })
}
