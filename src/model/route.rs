//! Every page of the app and its address, said once: links, navigation, the router's table,
//! the prerenderer's page list and each page's title all come from [`Route`].
//!
//! Paths here are app paths ("/companies/amazon"); the browser layer adds the public URL's
//! base for `<a href>` (`base_path::link`), and the router adds it itself when navigating.

use crate::model::catalog::Catalog;
use crate::model::query::HubQuery;
use crate::model::tabs::CompanyTab;

/// Path segments, shared with the router's table in `ui::app`.
pub const COMPANIES: &str = "companies";
pub const YOUR_DATA: &str = "your-data";
pub const COMPARE: &str = "compare";
pub const PLAN: &str = "plan";

/// One page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The hub showing a view (search, filters, sort).
    Hub(HubQuery),
    /// A company page's tab (unknown slugs are the page's to refuse: it knows the catalog).
    Company {
        slug: String,
        tab: CompanyTab,
    },
    /// `/compare`, with its query string as given (the comparison reads it against the catalog).
    Compare(String),
    YourData,
    /// Every interview plan; a shared plan arrives in the fragment (`model::share`).
    Plan,
    /// Any other path.
    NotFound,
}

impl Route {
    pub fn hub() -> Route {
        Route::Hub(HubQuery::default())
    }

    pub fn company(slug: &str, tab: CompanyTab) -> Route {
        Route::Company { slug: slug.to_string(), tab }
    }

    /// Comparing these slugs, in this order.
    pub fn compare<S: AsRef<str>>(slugs: &[S]) -> Route {
        let list: Vec<&str> = slugs.iter().map(AsRef::as_ref).collect();
        Route::Compare(format!("companies={}", list.join(",")))
    }

    /// The app path, with its query string.
    pub fn path(&self) -> String {
        match self {
            Route::Hub(query) => format!("/{}", query.to_query_string()),
            Route::Company { slug, tab: CompanyTab::Snapshot } => format!("/{COMPANIES}/{slug}"),
            Route::Company { slug, tab } => format!("/{COMPANIES}/{slug}/{}", tab.segment()),
            Route::Compare(query) if query.is_empty() => format!("/{COMPARE}"),
            Route::Compare(query) => format!("/{COMPARE}?{query}"),
            Route::YourData => format!("/{YOUR_DATA}"),
            Route::Plan => format!("/{PLAN}"),
            Route::NotFound => "/404".to_string(),
        }
    }

    /// The page at an app path ("/", "/companies/amazon/values", "/?role=x"), as the router
    /// resolves it; a company tab that does not exist is Not found.
    pub fn parse(path: &str) -> Route {
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Hub(HubQuery::parse(query)),
            [COMPANIES, slug] => Route::company(slug, CompanyTab::Snapshot),
            [COMPANIES, slug, tab] => match CompanyTab::from_segment(Some(tab)) {
                Some(tab) => Route::company(slug, tab),
                None => Route::NotFound,
            },
            [YOUR_DATA] => Route::YourData,
            [PLAN] => Route::Plan,
            [COMPARE] => Route::Compare(query.to_string()),
            _ => Route::NotFound,
        }
    }

    /// Every page written at build time: the hub, and each company's page and tabs.
    pub fn prerendered(catalog: &Catalog) -> Vec<Route> {
        let companies = catalog
            .companies
            .iter()
            .flat_map(|company| CompanyTab::ALL.into_iter().map(|tab| Route::company(&company.slug, tab)));
        std::iter::once(Route::hub()).chain(companies).collect()
    }

    /// Pages whose content is in this browser or in the query string (a comparison, your data,
    /// your plans): the build writes only their *frame* (header and heading; the rest is hidden
    /// until the live app replaces it), so the visitor sees the page come instead of a blank screen.
    pub fn frames() -> [Route; 3] {
        [Route::Compare(String::new()), Route::YourData, Route::Plan]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;
    use crate::model::query::Facet;

    #[test]
    fn paths_round_trip() {
        let routes = [
            Route::hub(),
            Route::Hub(HubQuery::default().toggled(Facet::Role, "data-engineer")),
            Route::company("amazon", CompanyTab::Snapshot),
            Route::company("amazon", CompanyTab::RoleTracks),
            Route::compare(&["amazon", "stripe"]),
            Route::YourData,
            Route::Plan,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        }
        assert_eq!(Route::company("amazon", CompanyTab::RoleTracks).path(), "/companies/amazon/role-tracks");
        assert_eq!(Route::company("amazon", CompanyTab::Snapshot).path(), "/companies/amazon");
        assert_eq!(Route::compare(&["a", "b"]).path(), "/compare?companies=a,b");
        assert_eq!(Route::hub().path(), "/");
        assert_eq!(Route::YourData.path(), "/your-data");
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in ["/companies/amazon/snapshot", "/companies/amazon/values/x", "/elsewhere", "/companies"] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn frames_are_the_pages_without_a_build_time_copy() {
        let catalog = shipped();
        let paths: Vec<String> = Route::frames().iter().map(Route::path).collect();
        assert_eq!(paths, ["/compare", "/your-data", "/plan"]);
        let built = Route::prerendered(&catalog);
        assert!(Route::frames().iter().all(|frame| !built.contains(frame)));
    }

    #[test]
    fn the_build_writes_the_hub_and_every_company_tab() {
        let catalog = shipped();
        let routes = Route::prerendered(&catalog);
        assert_eq!(routes.len(), 1 + catalog.companies.len() * CompanyTab::ALL.len());
        assert_eq!(routes[0], Route::hub());
        assert!(routes.contains(&Route::company("amazon", CompanyTab::Links)));
    }
}
