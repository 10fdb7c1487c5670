//! The one message about personal data this browser can't keep.

use crate::state::personal::PersonalState;
use crate::ui::dynamic::dynamic;
use crate::ui::events::handler;
use leptos::prelude::*;

/// Says once, above every page, when saved companies, progress and notes can't be kept
/// (storage blocked, full or unreadable); the visitor can dismiss it for the rest of the visit.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let dismissed = RwSignal::new(None);
    let message = move || {
        let keeping = state.keeping();
        keeping.message().filter(|_| dismissed.get() != Some(keeping))
    };
    let dismiss = move |_| {
        dismissed.set(Some(state.keeping()));
        crate::browser::focus::focus_main(false);
    };
    view! {
        {dynamic(move || message().map(|text| view! {
            <div class="storage-notice" role="status">
                <p>{text}</p>
                <button type="button" class="button secondary small" on:click=handler(dismiss)>"Dismiss"</button>
            </div>
        }))}
    }
}
