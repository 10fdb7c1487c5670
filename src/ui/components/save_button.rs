//! The company page's Save button.

use crate::state::personal::PersonalState;
use crate::ui::events::handler;
use leptos::prelude::*;

/// Saves or unsaves the company in this browser; a toggle button (`aria-pressed`).
#[component]
pub fn SaveButton(slug: String) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let check = slug.clone();
    let is_saved = Memo::new(move |_| state.with(|s| s.is_saved(&check)));
    view! {
        <button
            type="button"
            class="button secondary save-button"
            aria-pressed=Signal::derive(move || is_saved.get().to_string())
            on:click=handler(move |_| state.update(|s| s.toggle_saved(&slug)))
        >
            <span aria-hidden="true">{Signal::derive(move || if is_saved.get() { "★ " } else { "☆ " }.to_string())}</span>
            "Save company"
        </button>
    }
}
