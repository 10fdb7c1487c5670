//! What a page shows before and instead of the catalog: skeletons, the error with Retry, and
//! the list of catalog problems.

use crate::model::catalog::Company;
use crate::model::loaded::Loaded;
use crate::state::catalog::CatalogState;
use crate::state::company_details::CompanyDetails;
use crate::ui::dynamic::{Dynamic, dynamic};
use crate::ui::events::handler;
use leptos::prelude::*;
use std::sync::Arc;

/// Which page's skeleton to draw while the catalog loads (shapes match the real layout, so
/// nothing jumps when content arrives).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Skeleton {
    Hub,
    Company,
}

/// Renders `ready` once the catalog has loaded; a skeleton until then; a clear error with a
/// Retry button if it failed. `ready` runs untracked, so reads inside it don't rebuild the page.
#[component]
pub fn WithCatalog<F, V>(ready: F, skeleton: Skeleton) -> impl IntoView
where
    F: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    catalog_view(Box::new(move |loaded| ready(loaded).into_any()), skeleton)
}

/// [`WithCatalog`]'s body, not generic: five pages use it, and one copy of its reactive code
/// serves them all (see [`crate::ui::dynamic`]).
fn catalog_view(ready: Box<dyn Fn(Arc<Loaded>) -> AnyView + Send + Sync>, skeleton: Skeleton) -> Dynamic {
    let catalog = expect_context::<CatalogState>();
    dynamic(move || match catalog.current() {
        None => match skeleton {
            Skeleton::Hub => view! { <HubSkeleton/> }.into_any(),
            Skeleton::Company => view! { <CompanySkeleton/> }.into_any(),
        },
        Some(Err(err)) => view! { <LoadFailed message=err.to_string()/> }.into_any(),
        Some(Ok(loaded)) => untrack(|| ready(loaded)),
    })
}

/// Renders `ready` with the full profiles of the companies at `indices` once they are here (a
/// skeleton while they download; an error with Retry if one failed). Reads stay untracked in
/// `ready`, as in [`WithCatalog`].
#[component]
pub fn WithCompanies<F, V>(loaded: Arc<Loaded>, indices: Vec<usize>, ready: F) -> impl IntoView
where
    F: Fn(Vec<Arc<Company>>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    companies_view(loaded, indices, Box::new(move |companies| ready(companies).into_any()))
}

/// [`WithCompanies`]'s body, not generic, for the reason [`catalog_view`] gives.
fn companies_view(
    loaded: Arc<Loaded>,
    indices: Vec<usize>,
    ready: Box<dyn Fn(Vec<Arc<Company>>) -> AnyView + Send + Sync>,
) -> Dynamic {
    let details = expect_context::<CompanyDetails>();
    dynamic(move || {
        let mut companies = Vec::new();
        for &index in &indices {
            match details.get(&loaded, index) {
                None => return view! { <CompanySkeleton/> }.into_any(),
                Some(Err(err)) => {
                    let slug = loaded.catalog.companies[index].slug.clone();
                    let name = loaded.catalog.companies[index].name.clone();
                    return view! {
                        <div class="load-error" role="alert">
                            <h2>{format!("{name}'s profile could not be loaded")}</h2>
                            <p>{err.to_string()}</p>
                            <button type="button" class="button" on:click=handler(move |_| details.retry(slug.clone()))>"Retry"</button>
                        </div>
                    }
                    .into_any();
                }
                Some(Ok(company)) => companies.push(company),
            }
        }
        untrack(|| ready(companies))
    })
}

/// Placeholder cards shown while the catalog downloads.
#[component]
fn HubSkeleton() -> impl IntoView {
    view! {
        <div class="hub-layout" aria-busy="true">
            <div class="filters skeleton-block" aria-hidden="true"></div>
            <div class="results">
                <p class="count" role="status">"Loading companies…"</p>
                <ul class="cards" aria-hidden="true">
                    {(0..6).map(|_| view! { <li class="card skeleton-card"></li> }).collect_view()}
                </ul>
            </div>
        </div>
    }
}

/// Placeholder header and tabs shown while a company page waits for the catalog.
#[component]
fn CompanySkeleton() -> impl IntoView {
    view! {
        <div aria-busy="true">
            <p class="status" role="status">"Loading company profile…"</p>
            <div class="skeleton-line wide" aria-hidden="true"></div>
            <div class="skeleton-line" aria-hidden="true"></div>
            <div class="skeleton-block" aria-hidden="true"></div>
        </div>
    }
}

/// The catalog failed to load or parse: say what failed and offer to try again.
#[component]
fn LoadFailed(message: String) -> impl IntoView {
    let catalog = expect_context::<CatalogState>();
    view! {
        <div class="load-error" role="alert">
            <h2>"The company catalog could not be loaded"</h2>
            <p>{message}</p>
            <button type="button" class="button" on:click=handler(move |_| catalog.retry())>"Retry"</button>
        </div>
    }
}
