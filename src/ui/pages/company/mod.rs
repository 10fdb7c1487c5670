//! A company's page: `/companies/{slug}` and one URL per tab. This file resolves the route (which
//! company, which tab, or Not found); `profile.rs` draws the header and tab strip, `panels.rs`
//! the content of each tab.

mod interview_loop;
mod panels;
mod print_sheet;
mod profile;
mod related;

use crate::browser::head::use_page_meta;
use crate::model::page_meta::PageMeta;
use crate::model::tabs::CompanyTab;
use crate::state::catalog::CatalogState;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::load_state::{Skeleton, WithCatalog, WithCompanies};
use crate::ui::dynamic::dynamic;
use crate::ui::pages::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use profile::CompanyProfile;

/// The company page: header, then the six tabs of the reference page.
#[component]
pub fn CompanyPage() -> impl IntoView {
    crate::browser::focus::focus_main_after_navigation();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let segment = Memo::new(move |_| params.read().get("tab"));
    let tab = Memo::new(move |_| segment.with(|s| CompanyTab::from_segment(s.as_deref())));
    let catalog = expect_context::<CatalogState>();
    use_page_meta(move || match catalog.loaded() {
        Some(loaded) => PageMeta::company(&loaded, &slug.get(), tab.get()),
        None => PageMeta::loading(),
    });

    view! {
        <main id="main" class="page company" tabindex="-1">
            <BackLink/>
            <WithCatalog
                skeleton=Skeleton::Company
                ready=move |loaded| {
                    // Rebuild only when the company or the tab's validity changes, not per tab.
                    let valid = Memo::new(move |_| tab.get().is_some());
                    let active = Memo::new(move |_| tab.get().unwrap_or(CompanyTab::Snapshot));
                    dynamic(move || {
                        let slug_now = slug.get();
                        let index = loaded.catalog.companies.iter().position(|c| c.slug == slug_now);
                        match (index, valid.get()) {
                            (Some(index), true) => untrack(|| {
                                let loaded = loaded.clone();
                                let inner = loaded.clone();
                                view! {
                                    <WithCompanies loaded indices=vec![index] ready=move |mut full| {
                                        let company = full.remove(0);
                                        view! { <CompanyProfile loaded=inner.clone() index company active/> }
                                    }/>
                                }
                                .into_any()
                            }),
                            (Some(index), false) => {
                                let name = &loaded.catalog.companies[index].name;
                                let what = format!(
                                    "{name} has no “{}” section.",
                                    segment.get_untracked().unwrap_or_default()
                                );
                                view! { <NotFound what/> }.into_any()
                            }
                            (None, _) => {
                                let what = format!("No company called “{slug_now}” is in the catalog.");
                                view! { <NotFound what/> }.into_any()
                            }
                        }
                    })
                }
            />
        </main>
    }
}
