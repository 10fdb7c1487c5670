#![recursion_limit = "256"]
//! `make build` step: renders every page of the app to static HTML with the app's own components.
//!
//! Usage: `prerender <dist-dir> [catalog] [public-url]`. Reads `<dist>/404.html` (the app shell that Trunk's
//! post-build hook leaves untouched) and writes `<dist>/index.html` and
//! `<dist>/companies/<slug>[/<tab>]/index.html`, each with its page rendered into
//! `#prerender`, the live app's root hidden until it takes over, and the page's title; and
//! the frames of the pages it cannot write (`/compare`, `/your-data`, `/plan`: `Route::frames`).
//!
//! It also cuts the data the browser reads: `<dist>/data/hub.json` (what the hub needs of every
//! company) and `<dist>/data/companies/<slug>.json` (one full profile each), all stamped with
//! the catalog's fingerprint, which the pages carry too: the app hydrates a page only with data
//! from the catalog it was built from.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use company_interview_hubs::model::catalog::CompanyFile;
use company_interview_hubs::model::loaded::Loaded;
use company_interview_hubs::model::page_meta::PageMeta;
use company_interview_hubs::model::route::Route;
use company_interview_hubs::ui::app::App;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const APP_ROOT: &str = r#"<div id="app"></div>"#;
const STATIC_ROOT: &str = r#"<div id="prerender"></div>"#;
/// The shell's one description; each page gets its own in its place.
const DESCRIPTION: &str = r#"<meta name="description" content=""#;

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
    company_interview_hubs::browser::base_path::init(&args.next().unwrap_or_else(|| "/".into()));
    let base = company_interview_hubs::browser::base_path::base();
    let shell = read(&dist.join("404.html"))?;
    for marker in [APP_ROOT, STATIC_ROOT, "<title>", DESCRIPTION] {
        if !shell.contains(marker) {
            return Err(format!("{}: the app shell lacks {marker}", dist.join("404.html").display()));
        }
    }
    let loaded = Arc::new(Loaded::from_json(&read(Path::new(&catalog_path))?).map_err(|e| e.to_string())?);
    // Pages carry the catalog's fingerprint, and the browser skips the rules for a catalog with
    // that fingerprint: so no page is built from a catalog that breaks one.
    if !loaded.problems.is_empty() {
        let list: Vec<String> = loaded.problems.iter().map(|p| format!("  {p}")).collect();
        return Err(format!("{catalog_path} breaks {} rule(s):\n{}", list.len(), list.join("\n")));
    }
    write_data(&dist, &loaded)?;
    let started = std::time::Instant::now();
    let routes = Route::prerendered(&loaded.catalog);
    // Frames are never hydrated: only their heading shows (style/main.css) until the app,
    // rendered in the hidden #app, replaces them.
    let frames = Route::frames();
    let pages = routes.iter().map(|r| (r, "")).chain(frames.iter().map(|r| (r, " data-frame")));
    for (route, frame_attr) in pages {
        let url = &route.path();
        let body = render(&loaded, url);
        // The same titles and descriptions the live app sets (one source: `PageMeta`).
        let meta = PageMeta::for_path(&loaded, url);
        let page = shell
            .replacen(APP_ROOT, r#"<div id="app" hidden></div>"#, 1)
            .replacen(
                STATIC_ROOT,
                &format!(
                    r#"<div id="prerender" data-path="{}" data-catalog="{}"{frame_attr}>{body}</div>"#,
                    escape(&format!("{base}{url}")),
                    loaded.fingerprint
                ),
                1,
            )
            .replacen(&element(&shell, "<title>", "</title>"), &format!("<title>{}</title>", escape(&meta.title)), 1)
            .replacen(
                &element(&shell, DESCRIPTION, ">"),
                &format!("{DESCRIPTION}{}\" />", escape(&meta.description)),
                1,
            );
        // A company page needs its profile file too: start that download with the page's own.
        let page = match route {
            Route::Company { slug, .. } => page.replacen(
                "</head>",
                &format!(
                    "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" />\n</head>",
                    escape(&company_interview_hubs::browser::base_path::href(&format!(
                        "/{}",
                        company_interview_hubs::model::loaded::company_url(slug)
                    )))
                ),
                1,
            ),
            _ => page,
        };
        let out = if url == "/" {
            dist.join("index.html")
        } else {
            dist.join(url.trim_start_matches('/')).join("index.html")
        };
        std::fs::create_dir_all(out.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&out, page).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    println!("prerender: {} pages and {} frames in {:.1?}", routes.len(), frames.len(), started.elapsed());
    Ok(())
}

/// The hub index and one file per company, beside the catalog in `<dist>/data/`.
fn write_data(dist: &Path, loaded: &Loaded) -> Result<(), String> {
    let data = dist.join("data");
    let write =
        |path: PathBuf, text: String| std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()));
    write(data.join("hub.json"), json(&loaded.catalog.hub_index(&loaded.fingerprint)))?;
    let dir = data.join("companies");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for company in &loaded.catalog.companies {
        let file = CompanyFile { fingerprint: loaded.fingerprint.clone(), company: company.clone() };
        write(dir.join(format!("{}.json", company.slug)), json(&file))?;
    }
    Ok(())
}

/// Compact JSON (the catalog's own types always serialize).
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("the catalog's own types serialize")
}

/// The App at `url`, with the catalog already loaded, as HTML.
fn render(loaded: &Arc<Loaded>, url: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&company_interview_hubs::browser::base_path::href(url)));
        let preloaded = Some(loaded.clone());
        // One static render: nothing here should track, so debug builds needn't warn that
        // signals are read outside a tracking context (thousands of lines per build).
        untrack(|| view! { <App preloaded/> }.to_html())
    })
}

/// The text from `start` to the end of the next `end` in `shell` (an element to replace).
fn element(shell: &str, start: &str, end: &str) -> String {
    let from = shell.find(start).unwrap_or(0);
    let to = shell[from..].find(end).map_or(from, |e| from + e + end.len());
    shell[from..to].to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}
