//! All data access: fetching `data/catalog.json` and turning it into a [`Loaded`] catalog, and
//! reading and writing this browser's storage.

use crate::catalog::{Catalog, ParseError, Problem, validate};
use crate::filter::SearchIndex;
use std::fmt;
use std::sync::Arc;

/// Path of the catalog below the app's public URL.
pub const CATALOG_URL: &str = "data/catalog.json";

/// The URL path the app is served from ("/" or "/sub/"), written into `<meta name="app-base">`
/// at build time. (The CSP forbids `<base>`, so relative URLs can't be resolved against it.)
pub fn public_url() -> String {
    leptos::prelude::document()
        .query_selector("meta[name='app-base']")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|base| base.starts_with('/') && base.ends_with('/'))
        .unwrap_or_else(|| "/".to_string())
}

/// A catalog ready for the pages: parsed, checked, and indexed for search (once, not per view).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub index: SearchIndex,
    /// Rule violations; the app still renders, and lists these above the hub.
    pub problems: Vec<Problem>,
    /// [`fingerprint`] of the JSON text: tells whether a prerendered page was built from
    /// this very catalog (only then can the app hydrate it).
    pub fingerprint: String,
}

/// FNV-1a (64-bit) of the catalog's text, in hex. Written by hand (a few lines, no crate):
/// not a security measure, it only tells a catalog that changed since the build.
pub fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{hash:016x}")
}

impl Loaded {
    /// Parses, checks every rule and indexes a catalog.
    pub fn from_json(text: &str) -> Result<Loaded, LoadError> {
        Loaded::prepare(text, fingerprint(text), true)
    }

    /// `check_rules: false` skips the rules: only for the very text the build already checked.
    fn prepare(text: &str, fingerprint: String, check_rules: bool) -> Result<Loaded, LoadError> {
        let catalog = Catalog::from_json(text).map_err(LoadError::Parse)?;
        crate::perf::mark("catalog:parsed");
        let problems = if check_rules { validate(&catalog) } else { Vec::new() };
        crate::perf::mark("catalog:validated");
        let index = SearchIndex::new(&catalog);
        crate::perf::mark("catalog:indexed");
        Ok(Loaded { catalog, index, problems, fingerprint })
    }
}

/// Why the catalog could not be shown, worded for a visitor.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request never got an answer (offline, blocked, DNS).
    Network(String),
    /// The server answered with an error status.
    Status(u16, String),
    /// The answer was not a catalog.
    Parse(ParseError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(detail) => write!(f, "The catalog could not be downloaded ({detail})."),
            LoadError::Status(code, text) => {
                write!(f, "The server answered {code} {text} for {CATALOG_URL}.")
            }
            LoadError::Parse(err) if err.syntax => write!(f, "The catalog is not valid JSON: {}.", err.message),
            LoadError::Parse(err) if err.path.is_empty() || err.path == "." => {
                write!(f, "The catalog has the wrong shape: {}.", err.message)
            }
            LoadError::Parse(err) => write!(f, "The catalog has a bad field at {}: {}.", err.path, err.message),
        }
    }
}

impl std::error::Error for LoadError {}

/// Downloads and prepares the catalog.
pub async fn fetch_catalog() -> Result<Arc<Loaded>, LoadError> {
    let url = crate::base_path::href(&format!("/{CATALOG_URL}"));
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status(), response.status_text()));
    }
    let text = response.text().await.map_err(|e| LoadError::Network(e.to_string()))?;
    crate::perf::mark("catalog:fetched");
    // The build refuses a catalog that breaks a rule (examples/prerender.rs) and stamps its
    // pages with the catalog's fingerprint; the same text needn't be checked again on a phone.
    let print = fingerprint(&text);
    let checked_at_build = built_from().as_deref() == Some(print.as_str());
    let loaded = Loaded::prepare(&text, print, !checked_at_build).map(Arc::new);
    // Let the browser paint and handle input between parsing and rendering: two shorter
    // tasks instead of one long one on a slow phone.
    next_task().await;
    crate::perf::mark("catalog:ready");
    loaded
}

/// Which browser store: this tab's session or this browser's local storage.
#[derive(Clone, Copy)]
pub enum Store {
    Session,
    Local,
}

/// `None` when storage is unavailable (private modes, blocked cookies, prerendering).
fn storage(store: Store) -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let window = web_sys::window()?;
    match store {
        Store::Session => window.session_storage(),
        Store::Local => window.local_storage(),
    }
    .ok()
    .flatten()
}

/// Whether this browser lets the site keep data in `store`.
pub fn can_store(store: Store) -> bool {
    storage(store).is_some()
}

/// The stored text under `key`, if storage is available and has it.
pub fn read_stored(store: Store, key: &str) -> Option<String> {
    storage(store)?.get_item(key).ok().flatten()
}

/// Writes `value` under `key`. False when the store is missing, full or refusing: the caller
/// then keeps working in memory and tells the visitor.
pub fn write_stored(store: Store, key: &str, value: &str) -> bool {
    storage(store).is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Removes `key` (after its contents moved elsewhere).
pub fn remove_stored(store: Store, key: &str) {
    if let Some(storage) = storage(store) {
        let _ = storage.remove_item(key);
    }
}

/// Calls `changed` when another tab of this site changes `key` in local storage (the browser's
/// `storage` event; it never fires for this tab's own writes). Lasts as long as the page.
pub fn on_stored_change(key: &'static str, changed: impl Fn() + 'static) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        // A `null` key means the whole store was cleared.
        if event.key().is_none_or(|k| k == key) {
            changed();
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Offers `text` as a file download named `name` (a Blob behind a temporary link).
pub fn download(name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a file the visitor chose, refusing one over `max_bytes` before reading it.
pub async fn read_file(file: web_sys::File, max_bytes: u64) -> Result<String, ReadFileError> {
    let size = file.size() as u64;
    if size > max_bytes {
        return Err(ReadFileError::TooLarge(size));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| ReadFileError::Unreadable)?;
    text.as_string().ok_or(ReadFileError::Unreadable)
}

/// Why a chosen file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFileError {
    TooLarge(u64),
    Unreadable,
}

/// Fingerprint of the catalog this page was prerendered from, if it is a prerendered page.
fn built_from() -> Option<String> {
    leptos::prelude::document().get_element_by_id("prerender")?.get_attribute("data-catalog")
}

/// Resolves in a new task (a `setTimeout(0)`), yielding to the browser.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tests::SHIPPED;

    #[test]
    fn shipped_catalog_loads_without_problems() {
        let loaded = Loaded::from_json(SHIPPED).unwrap();
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn messages_say_what_failed() {
        let err = Loaded::from_json("<html>").unwrap_err();
        assert!(err.to_string().starts_with("The catalog is not valid JSON: expected value at line 1"), "{err}");
        let err = Loaded::from_json(r#"{"schema_version": "one"}"#).unwrap_err();
        assert!(err.to_string().starts_with("The catalog has a bad field at schema_version: invalid type"), "{err}");
        let err = Loaded::from_json(r#""hello""#).unwrap_err();
        assert!(err.to_string().starts_with("The catalog has the wrong shape: invalid type: string"), "{err}");
        let err = LoadError::Status(404, "Not Found".into());
        assert_eq!(err.to_string(), "The server answered 404 Not Found for data/catalog.json.");
    }

    #[test]
    fn a_catalog_with_broken_rules_still_loads_and_lists_them() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        value["companies"][0]["category"] = serde_json::json!("nowhere");
        let loaded = Loaded::from_json(&value.to_string()).unwrap();
        assert_eq!(loaded.problems.len(), 1);
        assert!(loaded.problems[0].to_string().contains("unknown category \"nowhere\""));
    }
}
