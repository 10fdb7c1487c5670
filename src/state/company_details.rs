//! Full company profiles, beside the hub index: fetched from `data/companies/<slug>.json` when a
//! company page or a comparison needs one, kept for the rest of the visit. A full catalog (the
//! prerenderer's, or one without an index) already holds them.

use crate::browser::fetch::fetch_company;
use crate::model::catalog::Company;
use crate::model::loaded::{LoadError, Loaded};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Detail {
    Loading,
    Ready(Arc<Company>),
    Failed(LoadError),
}

/// The profiles fetched so far, by slug.
#[derive(Clone, Copy)]
pub struct CompanyDetails(RwSignal<HashMap<String, Detail>>);

impl CompanyDetails {
    /// The full profile of the company at `index` (tracked): `None` while it loads (the first
    /// call starts the download), or why it could not be loaded.
    pub fn get(&self, loaded: &Loaded, index: usize) -> Option<Result<Arc<Company>, LoadError>> {
        let company = &loaded.catalog.companies[index];
        if !loaded.catalog.is_hub_index() {
            return Some(Ok(Arc::new(company.clone())));
        }
        let slug = company.slug.clone();
        match self.0.with(|all| all.get(&slug).cloned()) {
            Some(Detail::Ready(company)) => Some(Ok(company)),
            Some(Detail::Failed(err)) => Some(Err(err)),
            Some(Detail::Loading) => None,
            None => {
                // Marked without notifying: this runs inside the render that asked, and the
                // answer (None, loading) is the same either way; the result notifies.
                self.0.update_untracked(|map| {
                    map.insert(slug.clone(), Detail::Loading);
                });
                self.fetch(slug);
                None
            }
        }
    }

    /// Downloads the profile of `slug` again (Retry after a failure).
    pub fn retry(&self, slug: String) {
        self.0.update(|map| {
            map.insert(slug.clone(), Detail::Loading);
        });
        self.fetch(slug);
    }

    fn fetch(&self, slug: String) {
        let all = self.0;
        leptos::task::spawn_local(async move {
            let result = fetch_company(&slug).await;
            let detail = match result {
                Ok((company, _)) => Detail::Ready(company),
                Err(err) => Detail::Failed(err),
            };
            all.try_update(|map| map.insert(slug, detail));
        });
    }
}

/// Provides the profiles, with one already fetched (a prerendered company page being hydrated).
pub fn provide_company_details(preloaded: Option<Arc<Company>>) -> CompanyDetails {
    let mut map = HashMap::new();
    if let Some(company) = preloaded {
        map.insert(company.slug.clone(), Detail::Ready(company));
    }
    let details = CompanyDetails(RwSignal::new(map));
    provide_context(details);
    details
}
