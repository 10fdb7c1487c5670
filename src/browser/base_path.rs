//! The URL path the app is served under: "" at a site's root, "/hubs" for `--public-url /hubs/`.
//!
//! Links the app writes itself (`<a href>`) carry the base; the router adds it when navigating.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Sets the base from the build's public URL ("/" or "/hubs/"). The first call wins.
pub fn init(public_url: &str) {
    let _ = BASE.set(normalize(public_url));
}

/// "" or "/hubs" (no trailing slash).
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// An app path ("/companies/amazon", "/?role=x") as a link under the base.
pub fn href(path: &str) -> String {
    join(base(), path)
}

/// A link (`<a href>`) to a page of the app.
pub fn link(route: &crate::model::route::Route) -> String {
    href(&route.path())
}

/// The app path of a browser pathname: the base removed ("/hubs/" → "/").
pub fn app_path(pathname: &str) -> &str {
    match pathname.strip_prefix(base()) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => pathname,
    }
}

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

fn normalize(public_url: &str) -> String {
    let trimmed = public_url.trim().trim_end_matches('/');
    if trimmed.starts_with('/') && !trimmed.contains(['?', '#', '"', '<', '>']) {
        trimmed.to_string()
    } else {
        String::new()
    }
}

fn join(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_normalize_to_a_base() {
        assert_eq!(normalize("/"), "");
        assert_eq!(normalize("/hubs/"), "/hubs");
        assert_eq!(normalize("/a/b"), "/a/b");
        assert_eq!(normalize("https://cdn.example/x/"), "", "only paths are bases");
        assert_eq!(normalize("__PUBLIC_URL__"), "");
        assert_eq!(join("/hubs", "/companies/amazon"), "/hubs/companies/amazon");
        assert_eq!(join("", "/?role=x"), "/?role=x");
    }
}
