//! A catalog ready for the pages ([`Loaded`]): parsed, checked and indexed, with its
//! fingerprint, and the reasons one could not be loaded, worded for a visitor.

use crate::model::catalog::{Catalog, ParseError, Problem, validate};
use crate::model::filter::SearchIndex;
use std::fmt;

/// Path of the catalog below the app's public URL (the one source, as edited).
pub const CATALOG_URL: &str = "data/catalog.json";
/// Path of the hub index the build cuts from it: what cards, search and facets need.
pub const HUB_URL: &str = "data/hub.json";

/// Path of one company's full profile, written by the build beside the hub index.
pub fn company_url(slug: &str) -> String {
    format!("data/companies/{slug}.json")
}

/// A catalog ready for the pages: parsed, checked, and indexed for search (once, not per view).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub index: SearchIndex,
    /// Rule violations; the app still renders, and lists these above the hub.
    pub problems: Vec<Problem>,
    /// [`fingerprint`] of the JSON text: tells whether a prerendered page was built from
    /// this very catalog (only then can the app hydrate it).
    pub fingerprint: String,
}

/// FNV-1a (64-bit) of the catalog's text, in hex. Written by hand (a few lines, no crate):
/// not a security measure, it only tells a catalog that changed since the build.
pub fn fingerprint(text: &str) -> String {
    let hash =
        text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{hash:016x}")
}

impl Loaded {
    /// Parses, checks every rule and indexes a catalog.
    pub fn from_json(text: &str) -> Result<Loaded, LoadError> {
        Loaded::prepare(text, fingerprint(text), true, |_| ())
    }

    /// `check_rules: false` skips the rules: only for the very text the build already checked.
    /// `phase` is told when each step ends ("catalog:parsed", …): the browser marks them for
    /// `make bench`; the model itself never touches the browser.
    pub fn prepare(
        text: &str,
        fingerprint: String,
        check_rules: bool,
        phase: impl Fn(&str),
    ) -> Result<Loaded, LoadError> {
        let catalog = Catalog::from_json(text).map_err(LoadError::Parse)?;
        phase("catalog:parsed");
        // A hub index was cut by the build from a catalog it checked (and can't be checked
        // alone: its companies are partial); it carries that catalog's fingerprint.
        let fingerprint = catalog.hub_index.clone().unwrap_or(fingerprint);
        // The rules run natively only (`make check-catalog`, the build, tests): every catalog a
        // deployed browser reads was cut and checked by the build, and in the browser the
        // validator cost 12 KB of gzipped wasm (measured 5 Dec 2026) for a `make dev` nicety.
        // A browser shown an unchecked catalog still renders it: unknown references read as
        // their slug, links as text unless https.
        let problems = if cfg!(not(target_arch = "wasm32")) && check_rules && !catalog.is_hub_index() {
            validate(&catalog)
        } else {
            Vec::new()
        };
        phase("catalog:validated");
        let index = SearchIndex::new(&catalog);
        phase("catalog:indexed");
        Ok(Loaded { catalog, index, problems, fingerprint })
    }
}

/// Why the catalog could not be shown, worded for a visitor.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request never got an answer (offline, blocked, DNS).
    Network(String),
    /// The server answered with an error status.
    Status(u16, String, String),
    /// The answer was not a catalog.
    Parse(ParseError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(detail) => write!(f, "The catalog could not be downloaded ({detail})."),
            LoadError::Status(code, text, url) => {
                write!(f, "The server answered {code} {text} for {url}.")
            }
            LoadError::Parse(err) if err.syntax => write!(f, "The catalog is not valid JSON: {}.", err.message),
            LoadError::Parse(err) if err.path.is_empty() || err.path == "." => {
                write!(f, "The catalog has the wrong shape: {}.", err.message)
            }
            LoadError::Parse(err) => write!(f, "The catalog has a bad field at {}: {}.", err.path, err.message),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::SHIPPED;

    #[test]
    fn shipped_catalog_loads_without_problems() {
        let loaded = Loaded::from_json(SHIPPED).unwrap();
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn messages_say_what_failed() {
        let err = Loaded::from_json("<html>").unwrap_err();
        assert!(err.to_string().starts_with("The catalog is not valid JSON: expected value at line 1"), "{err}");
        let err = Loaded::from_json(r#"{"schema_version": "one"}"#).unwrap_err();
        assert!(err.to_string().starts_with("The catalog has a bad field at schema_version: invalid type"), "{err}");
        let err = Loaded::from_json(r#""hello""#).unwrap_err();
        assert!(err.to_string().starts_with("The catalog has the wrong shape: invalid type: string"), "{err}");
        let err = LoadError::Status(404, "Not Found".into(), CATALOG_URL.into());
        assert_eq!(err.to_string(), "The server answered 404 Not Found for data/catalog.json.");
    }

    #[test]
    fn a_hub_index_keeps_what_the_hub_needs_and_the_full_catalogs_fingerprint() {
        let full = Loaded::from_json(SHIPPED).unwrap();
        let index = full.catalog.hub_index(&full.fingerprint);
        let text = serde_json::to_string(&index).unwrap();
        assert!(text.len() * 5 < SHIPPED.len(), "the index is a fraction of the catalog ({} bytes)", text.len());
        let loaded = Loaded::from_json(&text).unwrap();
        assert_eq!(loaded.fingerprint, full.fingerprint, "pages built from the full catalog hydrate");
        assert!(loaded.problems.is_empty(), "a partial catalog is not checked against the rules");
        let (a, b) = (&loaded.catalog.companies[0], &full.catalog.companies[0]);
        assert_eq!((&a.name, &a.tagline, &a.primary_roles), (&b.name, &b.tagline, &b.primary_roles));
        assert_eq!(a.prep_items(), b.prep_focus.len());
        assert!(a.sources.is_empty() && a.prep_focus.is_empty() && a.difficulty_note.is_empty());
        // Search and facets see the same companies in the index as in the catalog.
        use crate::model::query::HubQuery;
        for q in ["q=pay", "stage=take-home", "role=data-engineer&difficulty=hard", "q=ml&category=ai-labs"] {
            let q = HubQuery::parse(q);
            assert_eq!(
                loaded.index.matching(&loaded.catalog, &q, &[]),
                full.index.matching(&full.catalog, &q, &[]),
                "{q:?}"
            );
        }
    }

    #[test]
    fn a_catalog_with_broken_rules_still_loads_and_lists_them() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        value["companies"][0]["category"] = serde_json::json!("nowhere");
        let loaded = Loaded::from_json(&value.to_string()).unwrap();
        assert_eq!(loaded.problems.len(), 1);
        assert!(loaded.problems[0].to_string().contains("unknown category \"nowhere\""));
    }
}
