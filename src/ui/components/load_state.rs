//! What a page shows before and instead of the catalog: skeletons, the error with Retry, and
//! the list of catalog problems.

use crate::model::catalog::Company;
use crate::model::loaded::Loaded;
use crate::state::catalog::CatalogState;
use crate::state::company_details::CompanyDetails;
use crate::ui::events::handler;
use leptos::either::{Either, EitherOf3};
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
///
/// Branches are `Either` types, not `.into_any()`: in a hydrating build every `into_any` keeps
/// an async-hydration copy of its whole view alive in the wasm, which we never use.
pub fn WithCatalog<F, V>(ready: F, skeleton: Skeleton) -> impl IntoView
where
    F: Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let catalog = expect_context::<CatalogState>();
    move || match catalog.current() {
        None => EitherOf3::A(match skeleton {
            Skeleton::Hub => Either::Left(view! { <HubSkeleton/> }),
            Skeleton::Company => Either::Right(view! { <CompanySkeleton/> }),
        }),
        Some(Err(err)) => EitherOf3::B(view! { <LoadFailed message=err.to_string()/> }),
        Some(Ok(loaded)) => EitherOf3::C(untrack(|| ready(loaded))),
    }
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
    let details = expect_context::<CompanyDetails>();
    move || {
        let mut companies = Vec::new();
        for &index in &indices {
            match details.get(&loaded, index) {
                None => return EitherOf3::A(view! { <CompanySkeleton/> }),
                Some(Err(err)) => {
                    let slug = loaded.catalog.companies[index].slug.clone();
                    let name = loaded.catalog.companies[index].name.clone();
                    return EitherOf3::B(view! {
                        <div class="load-error" role="alert">
                            <h2>{format!("{name}'s profile could not be loaded")}</h2>
                            <p>{err.to_string()}</p>
                            <button type="button" class="button" on:click=handler(move |_| details.retry(slug.clone()))>"Retry"</button>
                        </div>
                    });
                }
                Some(Ok(company)) => companies.push(company),
            }
        }
        EitherOf3::C(untrack(|| ready(companies)))
    }
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
