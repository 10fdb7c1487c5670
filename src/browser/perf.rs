//! Start-up marks (`performance.mark`) that `make bench` reads to break the start-up down:
//! catalog fetched, parsed, validated, indexed, first render done, hand-over done.
//! No-ops outside the browser (tests, the prerenderer).

/// Records a named instant on the page's performance timeline.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}
