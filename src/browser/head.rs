//! The document's title and description, kept in step with the page shown.

use crate::model::page_meta::PageMeta;

/// Keeps the document's title and its one description in step with `meta` (browser only).
pub fn use_page_meta(meta: impl Fn() -> PageMeta + 'static) {
    crate::browser::effect::effect(move || apply(&meta()));
}

fn apply(meta: &PageMeta) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.title() != meta.title {
        document.set_title(&meta.title);
    }
    // The shell and every prerendered page carry exactly one description; update it in place.
    if let Ok(Some(tag)) = document.query_selector("meta[name='description']")
        && tag.get_attribute("content").as_deref() != Some(meta.description.as_str())
    {
        let _ = tag.set_attribute("content", &meta.description);
    }
}
