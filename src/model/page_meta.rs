//! Each page's title and description, said once: the live app writes them into the document's
//! head and the prerenderer into each page's HTML, so the two can't disagree.

use crate::model::loaded::Loaded;
use crate::model::query::HubQuery;
use crate::model::route::Route;
use crate::model::tabs::CompanyTab;

/// Site name used in page titles.
pub const SITE_NAME: &str = "Company interview hubs";
/// The hub's description (search results, link previews).
pub const HUB_DESCRIPTION: &str = "Prepare for interviews at a specific company: how it interviews, what to prepare, what it values, and what each role's loop emphasizes.";
const NOT_FOUND_DESCRIPTION: &str = "This page is not part of Company interview hubs.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

impl PageMeta {
    /// The hub showing `query` ("Medium or Hard · Fintech Payments — Company interview hubs").
    pub fn hub(loaded: Option<&Loaded>, query: &HubQuery) -> PageMeta {
        let view = loaded.and_then(|l| query.clone().restricted_to(&l.catalog).describe(&l.catalog));
        PageMeta {
            title: view.map_or_else(|| SITE_NAME.to_string(), |view| format!("{view} — {SITE_NAME}")),
            description: HUB_DESCRIPTION.to_string(),
        }
    }

    /// A company tab ("Amazon interview prep — Values"); Not found for an unknown company or tab.
    pub fn company(loaded: &Loaded, slug: &str, tab: Option<CompanyTab>) -> PageMeta {
        match (loaded.catalog.company(slug), tab) {
            (Some(company), Some(tab)) => {
                PageMeta { title: tab.title(&company.name), description: company.tagline.clone() }
            }
            _ => PageMeta::not_found(),
        }
    }

    pub fn not_found() -> PageMeta {
        PageMeta { title: format!("Not found — {SITE_NAME}"), description: NOT_FOUND_DESCRIPTION.to_string() }
    }

    /// The page for exporting and importing personal data.
    pub fn your_data() -> PageMeta {
        PageMeta {
            title: format!("Your prep data — {SITE_NAME}"),
            description:
                "Export, import and review the saved companies, progress and notes this browser keeps for you."
                    .to_string(),
        }
    }

    /// Every interview plan the visitor made, and plans shared with them.
    pub fn plan() -> PageMeta {
        PageMeta {
            title: format!("Your interview plans — {SITE_NAME}"),
            description:
                "Your interview dates, a countdown and what to prepare each day until then, kept in this browser."
                    .to_string(),
        }
    }

    /// A comparison ("Compare Amazon, Google and Stripe"); its raw query string as given.
    pub fn compare(loaded: &Loaded, query: &str) -> PageMeta {
        let comparison = crate::model::compare::Comparison::parse(query, &loaded.catalog);
        let names: Vec<&str> =
            comparison.companies.iter().map(|i| loaded.catalog.companies[*i].name.as_str()).collect();
        let title = if comparison.too_many() || names.len() < 2 {
            format!("Compare companies — {SITE_NAME}")
        } else {
            format!("Compare {} — {SITE_NAME}", crate::model::text::and_list(&names))
        };
        PageMeta {
            title,
            description: "Companies' interviews side by side: difficulty, style, values, prep focus and roles."
                .to_string(),
        }
    }

    /// While the catalog loads: the site's name.
    pub fn loading() -> PageMeta {
        PageMeta { title: SITE_NAME.to_string(), description: HUB_DESCRIPTION.to_string() }
    }

    /// The page at an app path ("/", "/companies/amazon/values", "/?role=x").
    pub fn for_path(loaded: &Loaded, path: &str) -> PageMeta {
        match Route::parse(path) {
            Route::Hub(query) => PageMeta::hub(Some(loaded), &query),
            Route::Company { slug, tab } => PageMeta::company(loaded, &slug, Some(tab)),
            Route::YourData => PageMeta::your_data(),
            Route::Plan => PageMeta::plan(),
            Route::Compare(query) => PageMeta::compare(loaded, &query),
            Route::NotFound => PageMeta::not_found(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::SHIPPED;

    #[test]
    fn every_kind_of_page_has_its_title_and_description() {
        let loaded = Loaded::from_json(SHIPPED).unwrap();
        let amazon = loaded.catalog.company("amazon").unwrap();
        assert_eq!(PageMeta::for_path(&loaded, "/"), PageMeta::loading());
        assert_eq!(
            PageMeta::for_path(&loaded, "/companies/amazon/role-tracks"),
            PageMeta {
                title: "Amazon interview prep — Role interview tracks".into(),
                description: amazon.tagline.clone()
            }
        );
        assert_eq!(PageMeta::for_path(&loaded, "/companies/amazon").title, "Amazon interview prep");
        assert_eq!(
            PageMeta::for_path(&loaded, "/compare?companies=amazon,stripe,google").title,
            "Compare Amazon, Stripe and Google — Company interview hubs"
        );
        assert_eq!(
            PageMeta::for_path(&loaded, "/compare?companies=amazon").title,
            "Compare companies — Company interview hubs"
        );
        assert_eq!(PageMeta::for_path(&loaded, "/your-data").title, "Your prep data — Company interview hubs");
        assert_eq!(PageMeta::for_path(&loaded, "/?difficulty=hard").title, "Hard — Company interview hubs");
        for missing in ["/companies/nobody", "/companies/amazon/snapshot", "/elsewhere"] {
            assert_eq!(PageMeta::for_path(&loaded, missing), PageMeta::not_found(), "{missing}");
        }
    }
}
