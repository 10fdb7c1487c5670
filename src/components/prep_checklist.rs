//! The Prep focus tab's checklist.

use crate::state::saved::SavedState;
use leptos::prelude::*;

/// Prep-focus bullets as a checklist the visitor can tick off; progress stays in this browser.
#[component]
pub fn PrepChecklist(slug: String, items: Vec<String>) -> impl IntoView {
    let state = expect_context::<SavedState>();
    let total = items.len();
    let count_slug = slug.clone();
    let progress = move || {
        let done = state.with(|s| s.prepared_count(&count_slug, total));
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
                        prop:checked=move || state.with(|s| s.is_prepared(&read, i))
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
        <Show when=move || !state.persistent()>
            <p class="hint">"This browser is not letting the site store data, so your progress will be forgotten when you leave."</p>
        </Show>
    }
}
