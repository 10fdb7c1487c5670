//! The "Related companies" list under a company's tabs.

use crate::model::loaded::Loaded;
use crate::model::markup::El;
use crate::model::related::related;
use crate::ui::components::static_block::StaticBlock;
use leptos::prelude::*;

/// A few companies like this one, each with why (same category, shared primary roles). Read-only,
/// so a `model::markup` block rather than its own `view!` shapes.
#[component]
pub fn RelatedCompanies(loaded: std::sync::Arc<Loaded>, index: usize) -> impl IntoView {
    let list = related(&loaded.catalog, index);
    (!list.is_empty()).then(|| {
        let items = list.into_iter().map(|r| {
            let other = &loaded.catalog.companies[r.index];
            let href = crate::browser::base_path::link(&crate::model::route::Route::company(
                &other.slug,
                crate::model::tabs::CompanyTab::Snapshot,
            ));
            El::new("li")
                .child(El::new("a").attr("href", href).text(&other.name))
                .child(El::with_class("span", "why").text(r.reason))
        });
        let section = El::with_class("section", "related")
            .attr("aria-labelledby", "related-title")
            .child(El::new("h2").attr("id", "related-title").text("Related companies"))
            .child(El::new("ul").children(items));
        view! { <StaticBlock class="related-holder" els=vec![section]/> }
    })
}
