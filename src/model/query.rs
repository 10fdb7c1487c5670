//! The hub's view state, as it lives in the query string.
//!
//! `/?q=ads&category=a,b&difficulty=hard&role=data-engineer&sort=difficulty`. Parsing never fails:
//! unknown keys, unknown values and malformed values are dropped, so any URL opens a sensible view.
//! Serializing writes one canonical form (known values in vocabulary order, no empty keys), so two
//! routes to the same view share one bookmark.

use crate::model::catalog::{Catalog, Company};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Longest search text kept; anything longer is cut (a URL is no place for an essay).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values read per facet; guards against `?category=a,a,a,…` with a million entries.
const MAX_VALUES: usize = 64;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    /// Easiest first.
    Difficulty,
    /// Hardest first.
    DifficultyDesc,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Name, Sort::Difficulty, Sort::DifficultyDesc];

    pub fn param(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Difficulty => "difficulty",
            Sort::DifficultyDesc => "-difficulty",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Name => "Name (A–Z)",
            Sort::Difficulty => "Difficulty (easiest first)",
            Sort::DifficultyDesc => "Difficulty (hardest first)",
        }
    }

    pub fn from_param(value: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.param() == value.trim())
    }
}

/// Which facet a filter value belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Category,
    Difficulty,
    Role,
    /// A kind of interview stage the company's loop has ("take-home").
    Stage,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Category, Facet::Difficulty, Facet::Role, Facet::Stage];

    pub fn key(self) -> &'static str {
        match self {
            Facet::Category => "category",
            Facet::Difficulty => "difficulty",
            Facet::Role => "role",
            Facet::Stage => "stage",
        }
    }

    /// A company's values for this facet (one category, one difficulty, its primary roles, its
    /// loop's stage kinds, each once): the one place that says which field a facet filters on.
    pub fn of(self, company: &Company) -> Vec<&str> {
        match self {
            Facet::Category => vec![&company.category],
            Facet::Difficulty => vec![&company.difficulty],
            Facet::Role => company.primary_roles.iter().map(String::as_str).collect(),
            Facet::Stage => {
                let mut kinds: Vec<&str> = Vec::new();
                for stage in &company.interview_loop.stages {
                    if !kinds.contains(&stage.kind.as_str()) {
                        kinds.push(&stage.kind);
                    }
                }
                kinds
            }
        }
    }

    /// The facet's vocabulary, in catalog order.
    pub fn slugs(self, catalog: &Catalog) -> Vec<&str> {
        match self {
            Facet::Category => catalog.categories.iter().map(|c| c.slug.as_str()).collect(),
            Facet::Difficulty => catalog.difficulties.iter().map(|d| d.slug.as_str()).collect(),
            Facet::Role => catalog.roles.iter().map(|r| r.slug.as_str()).collect(),
            Facet::Stage => catalog.stage_kinds.iter().map(|k| k.slug.as_str()).collect(),
        }
    }
}

/// Every control of the hub, as plain data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HubQuery {
    pub q: String,
    pub category: Vec<String>,
    pub difficulty: Vec<String>,
    pub role: Vec<String>,
    pub stage: Vec<String>,
    /// Only the companies saved in this browser (`saved=1`).
    pub saved: bool,
    pub sort: Sort,
}

impl HubQuery {
    /// Reads decoded key/value pairs (as a router's query map gives them). The first value of
    /// each key wins; facet values are comma-separated slugs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> HubQuery {
        let mut query = HubQuery::default();
        let mut seen = [false; 7];
        for (key, value) in pairs {
            let slot = match key {
                "q" => 0,
                "category" => 1,
                "difficulty" => 2,
                "role" => 3,
                "sort" => 4,
                "saved" => 5,
                "stage" => 6,
                _ => continue,
            };
            if std::mem::replace(&mut seen[slot], true) {
                continue;
            }
            match slot {
                0 => query.q = clean_text(value),
                1 => query.category = slug_list(value),
                2 => query.difficulty = slug_list(value),
                3 => query.role = slug_list(value),
                4 => query.sort = Sort::from_param(value).unwrap_or_default(),
                6 => query.stage = slug_list(value),
                _ => query.saved = value.trim() == "1",
            }
        }
        query
    }

    /// Parses a raw query string (`?a=b&c=d`, percent-encoded, `+` for space).
    pub fn parse(raw: &str) -> HubQuery {
        let pairs = query_pairs(raw);
        HubQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Keeps only values the catalog knows, in the catalog's order (the canonical form).
    pub fn restricted_to(mut self, catalog: &Catalog) -> HubQuery {
        for facet in Facet::ALL {
            let known = facet.slugs(catalog);
            let chosen = std::mem::take(self.values_mut(facet));
            *self.values_mut(facet) =
                known.into_iter().filter(|k| chosen.iter().any(|c| c == k)).map(String::from).collect();
        }
        self
    }

    pub fn values(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Category => &self.category,
            Facet::Difficulty => &self.difficulty,
            Facet::Role => &self.role,
            Facet::Stage => &self.stage,
        }
    }

    fn values_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Category => &mut self.category,
            Facet::Difficulty => &mut self.difficulty,
            Facet::Role => &mut self.role,
            Facet::Stage => &mut self.stage,
        }
    }

    pub fn has(&self, facet: Facet, slug: &str) -> bool {
        self.values(facet).iter().any(|v| v == slug)
    }

    /// The same view with one filter value switched on or off.
    pub fn toggled(&self, facet: Facet, slug: &str) -> HubQuery {
        let mut next = self.clone();
        crate::model::list::toggle(next.values_mut(facet), slug, usize::MAX);
        next
    }

    /// The same view with only `slug` chosen in `facet`.
    pub fn with_only(&self, facet: Facet, slug: &str) -> HubQuery {
        let mut next = self.clone();
        *next.values_mut(facet) = vec![slug.to_string()];
        next
    }

    /// Any filter or search active (the sort alone does not narrow the list).
    pub fn is_filtered(&self) -> bool {
        self.saved || !self.q.trim().is_empty() || Facet::ALL.iter().any(|f| !self.values(*f).is_empty())
    }

    /// The same sort with every filter and the search cleared.
    pub fn cleared(&self) -> HubQuery {
        HubQuery { sort: self.sort, ..HubQuery::default() }
    }

    /// `?q=…&category=…` (empty string when nothing is set). Default values are left out.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        for facet in Facet::ALL {
            let values = self.values(facet);
            if !values.is_empty() {
                parts.push(format!("{}={}", facet.key(), values.join(",")));
            }
        }
        if self.saved {
            parts.push("saved=1".to_string());
        }
        if self.sort != Sort::Name {
            parts.push(format!("sort={}", self.sort.param()));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// A short human name for this view, for the page title ("Hard · Fintech Payments").
    pub fn describe(&self, catalog: &Catalog) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        let names = |facet: Facet| -> Vec<&str> {
            self.values(facet)
                .iter()
                .map(|s| match facet {
                    Facet::Category => catalog.category_name(s),
                    Facet::Difficulty => catalog.difficulty_name(s),
                    Facet::Role => catalog.role_name(s),
                    Facet::Stage => catalog.stage_kind_name(s),
                })
                .collect()
        };
        for facet in [Facet::Difficulty, Facet::Category, Facet::Role, Facet::Stage] {
            let list = names(facet);
            if !list.is_empty() {
                parts.push(list.join(" or "));
            }
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("“{}”", self.q.trim()));
        }
        if self.saved {
            parts.insert(0, "Saved".to_string());
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// Characters escaped in the `q` value: everything but letters and digits and a few safe marks.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

fn encode(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// A raw query string (`?a=b&c=d`, percent-encoded, `+` for space) as decoded key/value pairs,
/// in order; every page that reads its URL's query goes through here.
pub fn query_pairs(raw: &str) -> Vec<(String, String)> {
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding that never fails: invalid UTF-8 becomes U+FFFD, `+` is a space.
fn decode(raw: &str) -> String {
    let spaced = raw.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

/// Search text: control characters dropped, whitespace collapsed, length capped.
fn clean_text(value: &str) -> String {
    let mut out = String::new();
    for word in value.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Keep the text a user typed (a trailing space means "next word coming") but cap it.
    if value.ends_with(' ') && !out.is_empty() {
        out.push(' ');
    }
    out.chars().take(MAX_QUERY_CHARS).collect()
}

fn slug_list(value: &str) -> Vec<String> {
    crate::model::list::slugs(value, MAX_VALUES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;

    #[test]
    fn reads_every_control() {
        let q = HubQuery::parse(
            "?q=ads&category=commerce-marketplace,fintech-payments&difficulty=hard&role=data-engineer&sort=difficulty",
        );
        assert_eq!(q.q, "ads");
        assert_eq!(q.category, ["commerce-marketplace", "fintech-payments"]);
        assert_eq!(q.difficulty, ["hard"]);
        assert_eq!(q.role, ["data-engineer"]);
        assert_eq!(q.sort, Sort::Difficulty);
        assert_eq!(HubQuery::parse("sort=-difficulty").sort, Sort::DifficultyDesc);
    }

    #[test]
    fn round_trips_through_the_query_string() {
        let q = HubQuery {
            q: "café & co/50%".into(),
            category: vec!["fintech-payments".into()],
            difficulty: vec!["hard".into(), "very-hard".into()],
            role: vec![],
            stage: vec!["take-home".into()],
            saved: true,
            sort: Sort::DifficultyDesc,
        };
        let s = q.to_query_string();
        assert_eq!(
            s,
            "?q=caf%C3%A9%20%26%20co%2F50%25&category=fintech-payments&difficulty=hard,very-hard&stage=take-home&saved=1&sort=-difficulty"
        );
        assert!(!HubQuery::parse("saved=yes").saved && !HubQuery::parse("saved=0").saved);
        assert_eq!(HubQuery::parse(&s), q);
        assert_eq!(HubQuery::default().to_query_string(), "");
    }

    #[test]
    fn ignores_unknown_and_malformed_values() {
        let q = HubQuery::parse(
            "?sort=sideways&category=,Bad Slug,fintech-payments,fintech-payments,&zzz=1&difficulty=%FF&role=<script>",
        );
        assert_eq!(q.sort, Sort::Name);
        assert_eq!(q.category, ["fintech-payments"]);
        assert!(q.difficulty.is_empty() && q.role.is_empty());
        let q = HubQuery::parse("q=%E0%A4%A&q=second&&=&x");
        assert_eq!(q.q, "\u{FFFD}%A", "lossy decode keeps going; first q wins");
        let long = format!("q={}", "a".repeat(5000));
        assert_eq!(HubQuery::parse(&long).q.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn restricting_to_the_catalog_drops_unknown_slugs_and_orders_canonically() {
        let catalog = shipped();
        let q = HubQuery::parse(
            "category=fintech-payments,nope,commerce-marketplace&difficulty=very-hard,easy,hard&role=astronaut",
        )
        .restricted_to(&catalog);
        assert_eq!(q.category, ["commerce-marketplace", "fintech-payments"]);
        assert_eq!(q.difficulty, ["hard", "very-hard"]);
        assert!(q.role.is_empty());
    }

    #[test]
    fn toggling_and_clearing() {
        let q = HubQuery::parse("q=x&difficulty=hard&sort=difficulty");
        let on = q.toggled(Facet::Difficulty, "medium");
        assert_eq!(on.difficulty, ["hard", "medium"]);
        assert_eq!(on.toggled(Facet::Difficulty, "hard").difficulty, ["medium"]);
        assert!(q.is_filtered());
        let cleared = q.cleared();
        assert!(!cleared.is_filtered());
        assert_eq!(cleared.to_query_string(), "?sort=difficulty");
        assert!(!HubQuery::parse("sort=-difficulty").is_filtered());
    }

    #[test]
    fn describes_a_view_for_its_title() {
        let catalog = shipped();
        let q = HubQuery::parse("q=ads&difficulty=hard,very-hard&category=fintech-payments");
        assert_eq!(q.describe(&catalog).unwrap(), "Hard or Very hard · Fintech Payments · “ads”");
        assert_eq!(HubQuery::default().describe(&catalog), None);
    }

    #[test]
    fn search_text_is_tidied() {
        assert_eq!(HubQuery::parse("q=%20%20big%09%0Atech%20").q, "big tech ");
        assert_eq!(HubQuery::parse("q=a+b").q, "a b");
    }
}
