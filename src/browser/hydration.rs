//! Build-time HTML for every page, so content is on screen before the wasm runs, and the
//! hand-over from that HTML to the live app.
//!
//! `make build` runs `examples/prerender.rs`, which renders the same `App` natively (Leptos's
//! `ssr` feature is enabled for native builds only) into `<div id="prerender">` of a copy of
//! `index.html` per URL, with an empty, hidden `<div id="app">` beside it.
//!
//! In the browser, when the copy matches the URL (the inline script in `index.html` removes it,
//! or marks it a frame, otherwise), `main` loads the catalog and then *hydrates* the copy: the app attaches its
//! event handlers and reactive bindings to the existing nodes instead of building the page a
//! second time ([`take_over`]). For that, the first client render must produce exactly the
//! build-time HTML: while [`hydrating`] is true, components render what the prerenderer
//! rendered (every card of the first page at once, nothing remembered by this browser), and
//! apply the visitor's saved state right after. Without a matching copy, the app mounts into
//! `#app` as a plain client-side app; [`reveal_app`] then shows it. A *frame* (`data-frame`:
//! the build's heading of a page whose content is in the query or in this browser, see
//! `Route::frames`) stays on screen meanwhile and is never hydrated.

use std::sync::atomic::{AtomicBool, Ordering};

static HYDRATING: AtomicBool = AtomicBool::new(false);

/// True while the app's first render is taking over the build-time HTML (and while
/// prerendering, which must render the same thing).
pub fn hydrating() -> bool {
    cfg!(not(target_arch = "wasm32")) || HYDRATING.load(Ordering::Relaxed)
}

/// Marks the start and end of the hydrating first render.
pub fn set_hydrating(on: bool) {
    HYDRATING.store(on, Ordering::Relaxed);
}

/// After hydration: the build-time copy *is* the live app now. It takes the `#app` id (so
/// styles, tests and focus handling see one root) and the empty placeholder goes.
pub fn take_over(copy: &web_sys::Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(placeholder) = document.get_element_by_id("app") {
        placeholder.remove();
    }
    let _ = copy.remove_attribute("data-path");
    copy.set_id("app");
    mark_live(&document);
}

/// `<html data-live>`: the live app has the page (tests and tools wait for it).
fn mark_live(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-live", "");
    }
}

/// The catalog failed to load, but the build-time copy of this page is complete: keep it
/// readable and say above it what failed, with Retry (a reload, which retries everything).
/// Drawn with plain DOM: no app is running to render it.
pub fn keep_copy(copy: &web_sys::Element, message: &str) {
    use crate::browser::dom::{add, attrs};
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_class_name("load-error copy-notice");
    attrs(&notice, &[("role", "alert")]);
    add(&notice, "h2", "", "The company catalog could not be loaded");
    add(&notice, "p", "", message);
    add(
        &notice,
        "p",
        "",
        "This page is the copy made when the site was built, so you can read it; search, filters, tabs and your saved data need the catalog.",
    );
    if let Some(button) = add(&notice, "button", "button", "Retry") {
        attrs(&button, &[("type", "button")]);
        let reload = wasm_bindgen::closure::Closure::once_into_js(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.unchecked_ref());
    }
    if let Some(parent) = copy.parent_node() {
        let _ = parent.insert_before(&notice, Some(copy));
    }
    // The page works as far as a static page can: the start-up watchdog must not fire.
    mark_live(&document);
}

/// Removes the prerendered copy and shows the live app, keeping focus where the visitor left it.
/// Marks `<html data-live>` once done (tests and tools wait for it).
pub fn reveal_app() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    mark_live(&document);
    let Some(app) = document.get_element_by_id("app") else { return };
    if let Some(static_copy) = document.get_element_by_id("prerender") {
        let focused_id = document.active_element().map(|el| el.id()).filter(|id| !id.is_empty());
        static_copy.remove();
        let _ = app.remove_attribute("hidden");
        if let Some(id) = focused_id {
            crate::browser::focus::focus_id(&id, false);
        }
    } else {
        let _ = app.remove_attribute("hidden");
    }
}

/// Runs `load` (reading this browser's stored state into signals) at the right moment: right
/// away for a client-side render, or just after the first render while hydrating (and never
/// while prerendering), since the first render must match the build-time HTML, which shows
/// nothing remembered.
pub fn after_hydration(load: impl Fn() + 'static) {
    if hydrating() {
        crate::browser::effect::effect(load);
    } else {
        load();
    }
}
