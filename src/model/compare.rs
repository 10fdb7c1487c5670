//! Comparing companies side by side: `/compare?companies=amazon,google,stripe`.
//! Which companies a URL names, what it had to ignore, and what the chosen companies share.

use crate::model::catalog::Catalog;

/// More columns than this stop fitting a phone or a reader's memory.
pub const MAX_COMPARED: usize = 4;
/// Long junk in a URL is shown cut, never whole.
const MAX_SHOWN_CHARS: usize = 40;

/// A comparison as its URL asks for it, checked against the catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Indices into `catalog.companies`, in the URL's order, each once.
    pub companies: Vec<usize>,
    /// Names in the URL that are not companies in the catalog (cut to a readable length).
    pub unknown: Vec<String>,
    /// Companies the URL named more than once (each listed once).
    pub repeated: Vec<String>,
}

impl Comparison {
    /// Reads the `companies` parameter of a raw query string (`?companies=a,b&x=y`).
    pub fn parse(raw: &str, catalog: &Catalog) -> Comparison {
        let value = crate::model::query::query_pairs(raw)
            .into_iter()
            .find(|(key, _)| key == "companies")
            .map(|(_, value)| value)
            .unwrap_or_default();
        let mut comparison = Comparison::default();
        for part in crate::model::list::parts(&value).take(100) {
            match catalog.companies.iter().position(|c| c.slug == part) {
                Some(i) if comparison.companies.contains(&i) => {
                    if !comparison.repeated.iter().any(|r| r == part) {
                        comparison.repeated.push(part.to_string());
                    }
                }
                Some(i) => comparison.companies.push(i),
                None => {
                    let shown: String = part.chars().filter(|c| !c.is_control()).take(MAX_SHOWN_CHARS).collect();
                    if !comparison.unknown.contains(&shown) {
                        comparison.unknown.push(shown);
                    }
                }
            }
        }
        comparison
    }

    /// More companies than can be compared: the page refuses and says so.
    pub fn too_many(&self) -> bool {
        self.companies.len() > MAX_COMPARED
    }

    /// Sentences about what the URL asked for that the page ignored.
    pub fn notes(&self) -> Vec<String> {
        let quoted = |items: &[String]| items.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(", ");
        let mut notes = Vec::new();
        if !self.unknown.is_empty() {
            let noun = if self.unknown.len() == 1 { "a company" } else { "companies" };
            notes.push(format!("Ignored {}: not {noun} in the catalog.", quoted(&self.unknown)));
        }
        if !self.repeated.is_empty() {
            notes.push(format!("Ignored repeats of {}.", quoted(&self.repeated)));
        }
        notes
    }

    /// Role slugs every compared company lists as primary, in catalog order.
    pub fn shared_roles<'a>(&self, catalog: &'a Catalog) -> Vec<&'a str> {
        catalog
            .roles
            .iter()
            .map(|r| r.slug.as_str())
            .filter(|r| {
                self.companies.len() > 1
                    && self.companies.iter().all(|i| catalog.companies[*i].primary_roles.iter().any(|p| p == r))
            })
            .collect()
    }

    /// True when every compared company has the same value for `field` (and there are two or more).
    pub fn all_same(&self, catalog: &Catalog, field: impl Fn(&crate::model::catalog::Company) -> &str) -> bool {
        let mut values = self.companies.iter().map(|i| field(&catalog.companies[*i]));
        let first = values.next();
        self.companies.len() > 1 && values.all(|v| Some(v) == first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;

    #[test]
    fn reads_the_url_and_says_what_it_ignored() {
        let catalog = shipped();
        let c = Comparison::parse("?companies=amazon,nobody,stripe,amazon,%3Cscript%3E,stripe,amazon&x=1", &catalog);
        let slugs: Vec<&str> = c.companies.iter().map(|i| catalog.companies[*i].slug.as_str()).collect();
        assert_eq!(slugs, ["amazon", "stripe"]);
        assert_eq!(
            c.notes(),
            ["Ignored “nobody”, “<script>”: not companies in the catalog.", "Ignored repeats of “amazon”, “stripe”."]
        );
        assert!(!c.too_many());
        assert_eq!(Comparison::parse("", &catalog), Comparison::default());
        assert_eq!(Comparison::parse("companies=", &catalog).notes(), Vec::<String>::new());
        let long = "x".repeat(500);
        assert_eq!(Comparison::parse(&format!("companies={long}"), &catalog).unknown[0].len(), 40);
    }

    #[test]
    fn more_than_four_is_too_many() {
        let catalog = shipped();
        let five: Vec<&str> = catalog.companies.iter().take(5).map(|c| c.slug.as_str()).collect();
        let query = |slugs: &[&str]| match crate::model::route::Route::compare(slugs) {
            crate::model::route::Route::Compare(query) => query,
            other => panic!("{other:?}"),
        };
        assert!(Comparison::parse(&query(&five), &catalog).too_many());
        assert!(!Comparison::parse(&query(&five[..4]), &catalog).too_many());
    }

    #[test]
    fn finds_what_the_companies_share() {
        let catalog = shipped();
        let pick = |slugs: &[&str]| Comparison::parse(&format!("companies={}", slugs.join(",")), &catalog);
        let c = pick(&["amazon", "google", "meta"]);
        for role in c.shared_roles(&catalog) {
            for i in &c.companies {
                assert!(catalog.companies[*i].primary_roles.iter().any(|r| r == role));
            }
        }
        assert!(!c.shared_roles(&catalog).is_empty(), "big tech shares a role");
        assert!(pick(&["amazon"]).shared_roles(&catalog).is_empty(), "one company shares nothing");
        let fintech: Vec<&str> = catalog
            .companies
            .iter()
            .filter(|c| c.category == "fintech-payments")
            .take(2)
            .map(|c| c.slug.as_str())
            .collect();
        assert!(pick(&fintech).all_same(&catalog, |c| &c.category));
        assert!(!pick(&["amazon", "stripe"]).all_same(&catalog, |c| &c.category));
    }
}
