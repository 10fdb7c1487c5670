//! The "Related companies" list under a company's tabs.

use crate::model::loaded::Loaded;
use crate::model::related::related;
use leptos::prelude::*;

/// A few companies like this one, each with why (same category, shared primary roles).
#[component]
pub fn RelatedCompanies(loaded: std::sync::Arc<Loaded>, index: usize) -> impl IntoView {
    let list = related(&loaded.catalog, index);
    (!list.is_empty()).then(|| {
        let items = list
            .into_iter()
            .map(|r| {
                let other = &loaded.catalog.companies[r.index];
                view! {
                    <li>
                        <a href=crate::browser::base_path::link(&crate::model::route::Route::company(&other.slug, crate::model::tabs::CompanyTab::Snapshot))>{other.name.clone()}</a>
                        <span class="why">{r.reason}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="related" aria-labelledby="related-title">
                <h2 id="related-title">"Related companies"</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
