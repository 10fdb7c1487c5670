//! The document's `<title>` and description, kept in step with the page shown.
//!
//! The build-time HTML already carries both (`examples/prerender.rs` writes them into the head),
//! so there is nothing to render; these effects only update the head after the page changes in
//! the browser (a filter, a tab, an in-app navigation). Effects never run while prerendering.

use leptos::prelude::*;

/// Keeps `document.title` equal to `title()`.
pub fn use_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = title();
        let document = document();
        if document.title() != text {
            document.set_title(&text);
        }
    });
}

/// Keeps `<meta name="description">` equal to `description()`, adding the tag if it is missing.
pub fn use_description(description: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = description();
        let document = document();
        let meta = document.query_selector("meta[name='description']").ok().flatten().or_else(|| {
            let meta = document.create_element("meta").ok()?;
            meta.set_attribute("name", "description").ok()?;
            document.query_selector("head").ok().flatten()?.append_child(&meta).ok()?;
            Some(meta)
        });
        if let Some(meta) = meta {
            let _ = meta.set_attribute("content", &text);
        }
    });
}
