//! Where keyboard focus goes when the page changes under it.

use leptos::prelude::*;

/// Call at the top of each routed page. After an in-app navigation (not the first page of a
/// visit), moves focus to the new page's `<main>`, so keyboard and screen reader users start at
/// the new content instead of on a link that no longer exists.
pub fn focus_main_after_navigation() {
    static FIRST_PAGE_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let navigated = FIRST_PAGE_SHOWN.swap(true, std::sync::atomic::Ordering::Relaxed);
    // The effect runs after this page is built (never while prerendering); the frame after
    // that, the router has swapped it into the document in place of the old page.
    crate::browser::effect::effect(move || {
        if navigated {
            request_animation_frame(|| match NEXT_PAGE_FOCUS.take() {
                Some(id) => focus_id(id, false),
                None => focus_main(false),
            });
        }
    });
}

thread_local! {
    static NEXT_PAGE_FOCUS: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Call before navigating: the next page focuses the element with this id instead of `<main>`
/// (the `/` shortcut opens the hub with its search box focused).
pub fn focus_on_next_page(id: &'static str) {
    NEXT_PAGE_FOCUS.set(Some(id));
}

/// Focuses `<main>`; after a navigation without scrolling (the router or Back has already
/// placed the page).
pub fn focus_main(scroll: bool) {
    focus_id("main", scroll);
}

/// Focuses the element with this id, if there is one; the one place that moves focus.
pub fn focus_id(id: &str, scroll: bool) {
    use wasm_bindgen::JsCast;
    let element = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = element.focus_with_options(&options);
    }
}

/// Focuses an element a change is about to render: signals update the page on the next tick,
/// so this waits a frame before looking for it.
pub fn focus_id_soon(id: &'static str) {
    request_animation_frame(move || focus_id(id, false));
}
