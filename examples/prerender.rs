#![recursion_limit = "256"]
//! `make build` step: renders every page of the app to static HTML with the app's own components.
//!
//! Usage: `prerender <dist-dir> [catalog] [public-url]`. Reads `<dist>/404.html` (the app shell that Trunk's
//! post-build hook leaves untouched) and writes `<dist>/index.html` and
//! `<dist>/companies/<slug>[/<tab>]/index.html`, each with its page rendered into
//! `#prerender`, the live app's root hidden until it takes over, and the page's title.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use company_interview_hubs::api::Loaded;
use company_interview_hubs::app::{App, SITE_NAME};
use company_interview_hubs::company_tab::CompanyTab;
use company_interview_hubs::pages::company::page_title;
use company_interview_hubs::prerender::urls;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const APP_ROOT: &str = r#"<div id="app"></div>"#;
const STATIC_ROOT: &str = r#"<div id="prerender"></div>"#;

/// Static rendering never runs effects or tasks; this executor accepts and drops them.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn main() -> Result<(), String> {
    Executor::init_local_custom_executor(NoTasks).map_err(|e| format!("{e:?}"))?;
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let catalog_path = args.next().unwrap_or_else(|| "data/catalog.json".into());
    company_interview_hubs::base_path::init(&args.next().unwrap_or_else(|| "/".into()));
    let base = company_interview_hubs::base_path::base();
    let shell = read(&dist.join("404.html"))?;
    for marker in [APP_ROOT, STATIC_ROOT, "<title>"] {
        if !shell.contains(marker) {
            return Err(format!("{}: the app shell lacks {marker}", dist.join("404.html").display()));
        }
    }
    let loaded = Arc::new(Loaded::from_json(&read(Path::new(&catalog_path))?).map_err(|e| e.to_string())?);
    let started = std::time::Instant::now();
    let urls = urls(&loaded.catalog);
    for url in &urls {
        let body = render(&loaded, url);
        let page = shell
            .replacen(APP_ROOT, r#"<div id="app" hidden></div>"#, 1)
            .replacen(
                STATIC_ROOT,
                &format!(
                    r#"<div id="prerender" data-path="{}" data-catalog="{}">{body}</div>"#,
                    escape(&format!("{base}{url}")),
                    loaded.fingerprint
                ),
                1,
            )
            .replacen(
                &title_tag(&shell),
                &format!(
                    "<title>{}</title>\n    <meta name=\"description\" content=\"{}\" />",
                    escape(&title(&loaded, url)),
                    escape(&description(&loaded, url))
                ),
                1,
            );
        let out = if url == "/" {
            dist.join("index.html")
        } else {
            dist.join(url.trim_start_matches('/')).join("index.html")
        };
        std::fs::create_dir_all(out.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&out, page).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    println!("prerender: {} pages in {:.1?}", urls.len(), started.elapsed());
    Ok(())
}

/// The App at `url`, with the catalog already loaded, as HTML.
fn render(loaded: &Arc<Loaded>, url: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&company_interview_hubs::base_path::href(url)));
        let preloaded = Some(loaded.clone());
        view! { <App preloaded/> }.to_html()
    })
}

fn title(loaded: &Loaded, url: &str) -> String {
    let mut parts = url.trim_start_matches('/').split('/').skip(1);
    match (parts.next(), parts.next()) {
        (Some(slug), tab) => page_title(loaded, slug, CompanyTab::from_segment(tab)),
        (None, _) => SITE_NAME.to_string(),
    }
}

fn description(loaded: &Loaded, url: &str) -> String {
    let slug = url.trim_start_matches('/').split('/').nth(1);
    match slug.and_then(|s| loaded.catalog.company(s)) {
        Some(company) => company.tagline.clone(),
        None => company_interview_hubs::pages::hub::HUB_DESCRIPTION.to_string(),
    }
}

fn title_tag(shell: &str) -> String {
    let start = shell.find("<title>").unwrap_or(0);
    let end = shell[start..].find("</title>").map_or(start, |e| start + e + "</title>".len());
    shell[start..end].to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}
