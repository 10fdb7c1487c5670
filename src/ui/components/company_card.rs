//! One company in the hub's grid.

use crate::model::loaded::Loaded;
use crate::ui::components::badges::{CategoryBadge, DifficultyBadge, difficulty_level};
use crate::ui::components::compare_pick::ComparePick;
use leptos::prelude::*;
use std::sync::Arc;

/// A company card: name, tagline, category, difficulty and interview style. The whole card is
/// one click target (the name's link is stretched over it) with one accessible name.
#[component]
pub fn CompanyCard(loaded: Arc<Loaded>, index: usize) -> impl IntoView {
    let catalog = &loaded.catalog;
    let c = &catalog.companies[index];
    let (level, of) = difficulty_level(catalog, &c.difficulty);
    let saved = expect_context::<crate::state::personal::PersonalState>();
    let (slug, total) = (c.slug.clone(), c.prep_items());
    let mine = move || {
        saved.with(|s| {
            let prepared = s.prepared_count(&slug, total);
            let is_saved = s.is_saved(&slug);
            let countdown = s.plan(&slug).and_then(|p| p.countdown(crate::browser::clock::local_today()));
            let parts: Vec<String> = [
                is_saved.then(|| "★ Saved".to_string()),
                (prepared > 0).then(|| format!("{prepared} of {total} prepared")),
                countdown,
            ]
            .into_iter()
            .flatten()
            .collect();
            (!parts.is_empty()).then(|| view! { <span class="badge badge-mine">{parts.join(" · ")}</span> })
        })
    };
    view! {
        <article class="card">
            <h2 class="card-title">
                <a class="card-link" href=crate::browser::base_path::link(&crate::model::route::Route::company(&c.slug, crate::model::tabs::CompanyTab::Snapshot))>{c.name.clone()}</a>
            </h2>
            <p class="card-tagline">{c.tagline.clone()}</p>
            <p class="badges">
                <CategoryBadge name=catalog.category_name(&c.category).to_string()/>
                <DifficultyBadge name=catalog.difficulty_name(&c.difficulty).to_string() rank=level of=of/>
                {mine}
            </p>
            <p class="card-style">
                <span class="label">"Interview style: "</span>
                {c.interview_style.clone()}
            </p>
            <ComparePick slug=c.slug.clone() name=c.name.clone()/>
        </article>
    }
}
