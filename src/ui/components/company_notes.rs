//! The company page's private note.

use crate::model::personal::MAX_NOTE_CHARS;
use crate::state::personal::{Keeping, PersonalState};
use crate::ui::dynamic::show;
use crate::ui::events::handler;
use leptos::prelude::*;
use std::time::Duration;

/// Typing pauses this long before the note is stored: one write per pause, not per key.
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// A plain-text note about one company, kept in this browser and saved as the visitor types
/// (debounced), with a status line saying whether it is saved.
#[component]
pub fn CompanyNotes(slug: String, name: String) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let stored_slug = slug.clone();
    let stored = Memo::new(move |_| state.with(|p| p.note(&stored_slug).to_string()));
    // A note joined by an import may be longer than typing allows: it is never cut, only kept
    // from growing.
    let limit_slug = slug.clone();
    let limit = Memo::new(move |_| state.with(|p| p.note_limit(&limit_slug)));
    // What is in the box; follows the stored note (load, another tab) unless a save is pending.
    let draft = RwSignal::new(String::new());
    let pending = RwSignal::new(0_u32);
    crate::browser::effect::effect(move || {
        let text = stored.get();
        if pending.get_untracked() == 0 {
            draft.set(text);
        }
    });
    let save = StoredValue::new(move || {
        let text = draft.get_untracked();
        state.update(|p| p.set_note(&slug, &text));
        pending.set(0);
    });
    let on_input = move |ev: leptos::ev::Event| {
        let text: String = event_target_value(&ev).chars().take(limit.get_untracked()).collect();
        draft.set(text);
        let ticket = pending.get_untracked().wrapping_add(1).max(1);
        pending.set(ticket);
        set_timeout(
            move || {
                // Only the last keystroke's timer saves; try_: the page may be gone.
                if pending.try_get_untracked() == Some(ticket) {
                    save.with_value(|save| save());
                }
            },
            SAVE_AFTER,
        );
    };
    // Leaving the box (or the page) saves at once rather than waiting for the timer.
    let flush = move |_| {
        if pending.get_untracked() != 0 {
            save.with_value(|save| save());
        }
    };
    let flush_now = move || {
        if pending.try_get_untracked().is_some_and(|p| p != 0) {
            save.try_with_value(|save| save());
        }
    };
    on_cleanup(flush_now);
    // Closing the tab or switching away (a phone may kill a hidden tab) saves what was typed
    // in the last 0.4 s too: no timer runs after `pagehide`.
    // (Registered from an effect: effects never run while prerendering.)
    crate::browser::effect::effect(move || {
        let hide = window_event_listener(leptos::ev::pagehide, move |_| flush_now());
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush_now();
            }
        });
        on_cleanup(move || {
            hide.remove();
            visibility.remove();
        });
    });
    let length = move || draft.with(|d| d.chars().count());
    let status = move || match (pending.get() != 0, state.keeping()) {
        (true, _) => "Saving…".to_string(),
        (false, Keeping::Yes) if draft.with(String::is_empty) => {
            "Only you can see this note; it stays in this browser.".to_string()
        }
        (false, Keeping::Yes) => "Saved in this browser.".to_string(),
        (false, _) => "Kept for this visit only (see the message at the top of the page).".to_string(),
    };
    let near_limit = move || length() * 10 >= MAX_NOTE_CHARS * 9;
    let limit_text = move || {
        let max = limit.get();
        if length() >= max {
            format!("You've reached the limit of {max} characters for this note.")
        } else {
            format!("{} of {max} characters used.", length())
        }
    };
    view! {
        <section class="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">"Your notes"</h2>
            <label for="company-note" class="hint">{format!("Private notes on {name}: stories to tell, questions to ask, things to look up.")}</label>
            <textarea
                id="company-note"
                rows="5"
                maxlength=Signal::derive(move || limit.get().to_string())
                prop:value=draft
                on:input=handler(on_input)
                on:blur=handler(flush)
                aria-describedby="note-status"
            ></textarea>
            <p id="note-status" class="note-status" role="status">
                {Signal::derive(status)}
                {show(near_limit, move || view! { " " {Signal::derive(limit_text)} })}
            </p>
            <p class="hint">
                <a href=crate::browser::base_path::link(&crate::model::route::Route::YourData)>"All your notes, export and import"</a>
            </p>
        </section>
    }
}
