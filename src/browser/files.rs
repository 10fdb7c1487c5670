//! Files the visitor downloads or chooses.

/// Offers `text` as a file download named `name`, of media type `mime` (a Blob behind a
/// temporary link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
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

/// Puts `text` on the clipboard; `false` when the browser refuses (no permission, not a
/// secure context), so the caller can show the text to copy by hand instead.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
