//! The Prep focus tab's checklist.

use crate::state::personal::PersonalState;
use crate::ui::dynamic::show;
use crate::ui::events::handler;
use leptos::prelude::*;

/// Prep-focus bullets as a checklist the visitor can tick off, with a reset that asks first;
/// progress stays in this browser.
#[component]
pub fn PrepChecklist(slug: String, name: String, items: Vec<String>) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let total = items.len();
    let count_slug = slug.clone();
    let done = Memo::new(move |_| state.with(|p| p.prepared_count(&count_slug, total)));
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
                        prop:checked=Signal::derive(move || state.with(|p| p.is_prepared(&read, i)))
                        on:change=handler(move |_| state.update(|p| p.toggle_prepared(&write, i)))
                    />
                    <label for=id>{item}</label>
                </li>
            }
        })
        .collect_view();
    // Reset asks first, inline (no modal): the question replaces the button and takes focus.
    let confirming = RwSignal::new(false);
    let ask = move |_| {
        confirming.set(true);
        crate::browser::focus::focus_id_soon("reset-confirm");
    };
    let cancel = move |_| {
        confirming.set(false);
        crate::browser::focus::focus_id_soon("reset-progress");
    };
    let slug = StoredValue::new(slug);
    let reset = move |_| {
        slug.with_value(|slug| state.update(|p| p.reset_progress(slug)));
        confirming.set(false);
        crate::browser::focus::focus_id_soon("prep-0");
    };
    let name = StoredValue::new(name);
    let question = move || {
        name.with_value(|name| format!("Clear all {} ticks for {name}? Your note and saved mark stay.", done.get()))
    };
    view! {
        <div class="progress-row">
            <p class="progress" role="status">{Signal::derive(move || format!("{} of {total} prepared", done.get()))}</p>
            {show(move || done.get() != 0 && !confirming.get(), move || view! {
                <button type="button" id="reset-progress" class="button secondary small" on:click=handler(ask)>
                    "Reset progress"
                </button>
            })}
        </div>
        {show(move || confirming.get(), move || view! {
            <div class="confirm" role="group" aria-labelledby="reset-question">
                <p id="reset-question">{Signal::derive(question)}</p>
                <button type="button" id="reset-confirm" class="button danger small" on:click=handler(reset)>"Clear ticks"</button>
                <button type="button" class="button secondary small" on:click=handler(cancel)>"Keep them"</button>
            </div>
        })}
        <ul class="checklist">{rows}</ul>
    }
}
