//! Keyboard shortcuts for the whole app, and the dialog that lists them.

use crate::ui::events::handler;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

/// Every shortcut, as the dialog lists it.
const SHORTCUTS: [(&str, &str); 5] = [
    ("/", "Search companies (from any page)"),
    ("Esc", "Clear the search box, or close this dialog"),
    ("?", "Show these shortcuts"),
    ("← → Home End", "Move between a company's tabs (when a tab has focus)"),
    ("Space", "Tick a filter, prep item or Compare box that has focus"),
];

/// Listens for `/` and `?` anywhere outside text fields, and renders the shortcuts dialog
/// (a native modal `<dialog>`: it keeps focus inside and closes on Esc) with the footer
/// button that also opens it. Focus returns to where it was when the dialog closes.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let open = move || {
        let Some(dialog) = dialog.get_untracked() else { return };
        if dialog.open() {
            return;
        }
        let active = document().active_element().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        opener.set_value(active);
        let _ = dialog.show_modal();
    };
    let restore = move |_| {
        if let Some(el) = opener.get_value() {
            let _ = el.focus();
        }
    };
    let navigate = use_navigate();
    let last_hub = expect_context::<crate::state::last_hub::LastHubView>();
    // Registered once the page is live (effects never run while prerendering).
    crate::browser::effect::effect(move || {
        let navigate = navigate.clone();
        let on_key = move |ev: web_sys::KeyboardEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() || typing_in_a_field() {
                return;
            }
            match ev.key().as_str() {
                "/" => {
                    ev.prevent_default();
                    if document().get_element_by_id("search").is_some() {
                        crate::browser::focus::focus_id("search", false);
                    } else {
                        crate::browser::focus::focus_on_next_page("search");
                        navigate(&last_hub.route_untracked().path(), Default::default());
                    }
                }
                "?" => {
                    ev.prevent_default();
                    open();
                }
                _ => {}
            }
        };
        // Never removed: lives as long as the page.
        let _ = window_event_listener(leptos::ev::keydown, on_key);
    });
    let rows = SHORTCUTS
        .iter()
        .map(|(keys, what)| view! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> })
        .collect_view();
    view! {
        <footer class="site-footer">
            <a href=crate::browser::base_path::link(&crate::model::route::Route::Plan)>"Your interview plans"</a>
            <a href=crate::browser::base_path::link(&crate::model::route::Route::YourData)>"Your prep data"</a>
            <button type="button" class="linkish" on:click=handler(move |_| open())>"Keyboard shortcuts (?)"</button>
        </footer>
        <dialog node_ref=dialog class="shortcuts" aria-labelledby="shortcuts-title" on:close=handler(restore)>
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <table>
                <caption class="sr-only">"Keys and what they do"</caption>
                <tbody>{rows}</tbody>
            </table>
            <form method="dialog">
                <button type="submit" class="button">"Close"</button>
            </form>
        </dialog>
    }
}

/// Whether keys go into a text field now (shortcuts must not steal them).
fn typing_in_a_field() -> bool {
    let Some(el) = document().active_element() else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    match tag.as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "file")
        }
        _ => el.get_attribute("contenteditable").is_some_and(|v| v != "false"),
    }
}
