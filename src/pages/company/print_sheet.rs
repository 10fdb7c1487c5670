//! The prep sheet a printed company page shows instead of the tabs: every section in order with
//! its heading, the page's address, the reviewed date and which prep items are ticked off.
//! Hidden on screen (`.print-sheet` in `style/main.css`); `@media print` swaps it in.

use super::panels::panel;
use crate::api::Loaded;
use crate::company_tab::CompanyTab;
use crate::dates::human_date;
use crate::state::saved::SavedState;
use leptos::prelude::*;
use std::sync::Arc;

/// Rendered only once the app is live: the build-time HTML of ~900 pages stays without a
/// second copy of every section, and hydration has nothing more to match (the first render is
/// empty for everyone). It then follows the prep checklist as the visitor ticks items.
#[component]
pub fn PrintSheet(loaded: Arc<Loaded>, index: usize) -> impl IntoView {
    let mounted = RwSignal::new(false);
    Effect::new(move |_| mounted.set(true));
    move || mounted.get().then(|| sheet(&loaded, index))
}

fn sheet(loaded: &Loaded, index: usize) -> impl IntoView + use<> {
    let company = &loaded.catalog.companies[index];
    let path = crate::base_path::href(&CompanyTab::Snapshot.href(&company.slug));
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let sections = CompanyTab::ALL
        .into_iter()
        .map(|tab| {
            let body = match tab {
                // The interactive checklist has ids and a live region: print a plain copy.
                CompanyTab::PrepFocus => prep_marks(&company.slug, &company.prep_focus),
                _ => panel(loaded, company, tab),
            };
            view! { <section class="print-section"><h2>{tab.label()}</h2>{body}</section> }
        })
        .collect_view();
    view! {
        <div class="print-sheet">
            <p class="print-meta">
                "Prep sheet from " <span class="print-url">{format!("{origin}{path}")}</span> <br/>
                "Profile last checked against sources on "
                <time datetime=company.reviewed.clone()>{human_date(&company.reviewed)}</time>
            </p>
            {sections}
        </div>
    }
}

/// The prep-focus items, each marked "✓ prepared" or "☐" from this browser's progress.
fn prep_marks(slug: &str, items: &[String]) -> AnyView {
    let state = expect_context::<SavedState>();
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let slug = slug.to_string();
            let mark = move || if state.with(|s| s.is_prepared(&slug, i)) { "✓ prepared" } else { "☐" };
            view! { <li><span class="mark">{mark}</span>" "{item.clone()}</li> }
        })
        .collect_view();
    view! { <ul class="print-checklist">{rows}</ul> }.into_any()
}
