//! The catalog: the one vocabulary shared by the app, its validation and its JSON Schema.
//!
//! `data/catalog.json` deserializes into [`Catalog`]; [`Catalog::from_json`] reports the JSON path
//! of a bad field, and [`validate`] checks the rules the shipped catalog is held to.

pub mod interview;
pub mod validate;

pub use interview::{AiPolicy, Change, Format, InterviewLoop, SourceKind, Stage, StageKind};
pub use validate::{Problem, validate};

use serde::{Deserialize, Serialize};
use std::fmt;

/// The whole catalog document. Native builds (the validator, the prerenderer) refuse fields the
/// model doesn't know; the browser ignores them, so a deployed app still reads a catalog that
/// gained a field after it was built.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Catalog {
    /// Path or URL of the JSON Schema, for editors; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<String>,
    /// Format version; the app reads version 1.
    #[cfg_attr(test, schemars(range(min = validate::SCHEMA_VERSION, max = validate::SCHEMA_VERSION)))]
    pub schema_version: u32,
    /// Date (YYYY-MM-DD) the catalog as a whole was last edited.
    #[cfg_attr(test, schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$")))]
    pub updated: String,
    pub categories: Vec<Category>,
    /// Ordered by `rank`: the order of the difficulty sort.
    pub difficulties: Vec<Difficulty>,
    pub roles: Vec<Role>,
    /// The vocabulary of interview-loop stages ("coding", "system-design", …).
    pub stage_kinds: Vec<StageKind>,
    /// Written by the build into `data/hub.json` only: the fingerprint of the full catalog the
    /// index was cut from. Its companies then carry only what the hub needs (cards, search,
    /// facets); a company page reads the rest from `data/companies/<slug>.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub_index: Option<String>,
    /// Where a reader reports something outdated or wrong: an `https://` issue form or a
    /// `mailto:` address (the page adds the company, tab and reviewed date).
    pub report_url: String,
    pub companies: Vec<Company>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Category {
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$")))]
    pub slug: String,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Difficulty {
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$")))]
    pub slug: String,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub name: String,
    /// Lower is easier; sorting by difficulty uses it. 0 is [`NOT_RATED`]: too little public
    /// evidence about the loop to score it, which sorts last either way.
    pub rank: u32,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Role {
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$")))]
    pub slug: String,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub name: String,
    /// What this role's interviews usually emphasize; a company's track may override it.
    pub emphasis: Vec<String>,
}

/// One company profile: the sections of a company page.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Company {
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$")))]
    pub slug: String,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub name: String,
    /// Other names people search for ("AWS", "Facebook").
    #[serde(default)]
    pub aliases: Vec<String>,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub tagline: String,
    /// The "domain line": what the company's systems are about, read as "in the context of …".
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub domain: String,
    pub category: String,
    pub difficulty: String,
    /// One sentence saying why the difficulty is what it is.
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub difficulty_note: String,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub interview_style: String,
    #[cfg_attr(test, schemars(length(min = validate::MIN_BULLETS)))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prep_focus: Vec<String>,
    #[cfg_attr(test, schemars(length(min = validate::MIN_BULLETS)))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Sources the values follow, where the company publishes its own (URLs of `sources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values_sources: Vec<String>,
    #[cfg_attr(test, schemars(length(min = validate::MIN_PRIMARY_ROLES)))]
    pub primary_roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub role_tracks: Vec<RoleTrack>,
    /// The company's own registrable domains; every link must be on one of them.
    #[cfg_attr(test, schemars(length(min = 1)))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_domains: Vec<String>,
    #[cfg_attr(test, schemars(length(min = validate::MIN_LINKS)))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Public pages the profile's claims rest on; any `https://` host but login-walled forums.
    #[cfg_attr(test, schemars(length(min = validate::MIN_SOURCES)))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// How this company interviews engineers, stage by stage, with the sources of each part.
    #[serde(default, skip_serializing_if = "InterviewLoop::is_empty")]
    pub interview_loop: InterviewLoop,
    /// Dated events and process changes (newest last), each with its sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Written by the build into the hub index only (where `prep_focus` is left out): how many
    /// prep items the profile has, for "3 of 6 prepared" on cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prep_count: Option<usize>,
    /// Date (YYYY-MM-DD) the profile was last checked against its sources: the latest `checked`.
    #[cfg_attr(test, schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$")))]
    pub reviewed: String,
}

/// A page that backs a profile, and the day someone read it and checked the profile against it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Source {
    /// The page's own title.
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub title: String,
    #[cfg_attr(test, schemars(regex(pattern = r"^https://[^/@\s]+\.[^/@\s]+(/.*)?$")))]
    pub url: String,
    /// Date (YYYY-MM-DD) the page was read.
    #[cfg_attr(test, schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$")))]
    pub checked: String,
    /// What kind of page it is; required of every source the interview loop cites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// The date the page itself states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RoleTrack {
    pub role: String,
    /// Overrides the role's emphasis where this company really differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emphasis: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Link {
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub label: String,
    /// An https:// page on one of the company's official domains.
    #[cfg_attr(test, schemars(regex(pattern = r"^https://[^/@\s]+\.[^/@\s]+(/.*)?$")))]
    pub url: String,
}

/// The rank of the one difficulty that is no rating: the loop is not known well enough to
/// score (the rubric needs its stages).
pub const NOT_RATED: u32 = 0;

/// Why a catalog document could not be read at all.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// True when the text is not JSON at all (as opposed to JSON of the wrong shape).
    pub syntax: bool,
    /// JSON path of the offending value, e.g. `companies[3].links[0].url`; empty for syntax errors
    /// and `.` for the document itself.
    pub path: String,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() || self.path == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ParseError {}

/// A role track as shown on a company page: the role and the emphasis that applies.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedTrack<'a> {
    pub role_slug: &'a str,
    pub role_name: &'a str,
    pub emphasis: &'a [String],
}

impl Catalog {
    /// Parses a catalog, naming the JSON path of the first field that does not fit the model.
    pub fn from_json(text: &str) -> Result<Catalog, ParseError> {
        // The browser reads a catalog the build already checked: plain serde_json, without the
        // field-path wrapper (about 40 KB of wasm); its errors still give line and column.
        #[cfg(target_arch = "wasm32")]
        return serde_json::from_str(text).map_err(|err| {
            let syntax = !matches!(err.classify(), serde_json::error::Category::Data);
            ParseError { syntax, path: String::new(), message: err.to_string() }
        });
        #[cfg(not(target_arch = "wasm32"))]
        Catalog::from_json_with_paths(text)
    }

    /// [`Catalog::from_json`] naming the JSON path of a bad field (native builds).
    #[cfg(not(target_arch = "wasm32"))]
    fn from_json_with_paths(text: &str) -> Result<Catalog, ParseError> {
        let de = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(de).map_err(|err| {
            use serde_json::error::Category;
            // A syntax error has no meaningful field path; the line and column say where.
            let syntax = !matches!(err.inner().classify(), Category::Data);
            let path = if syntax { String::new() } else { err.path().to_string() };
            ParseError { syntax, path, message: err.into_inner().to_string() }
        })
    }

    /// The hub index of this catalog: every company cut to what cards, search and facets need
    /// (its loop's stage kinds, its prep-item count), stamped with the full catalog's fingerprint.
    pub fn hub_index(&self, fingerprint: &str) -> Catalog {
        let companies = self.companies.iter().map(Company::for_hub).collect();
        Catalog { hub_index: Some(fingerprint.to_string()), companies, ..self.clone() }
    }

    /// Whether companies here are cut for the hub (their full profiles are separate files).
    pub fn is_hub_index(&self) -> bool {
        self.hub_index.is_some()
    }

    pub fn company(&self, slug: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.slug == slug)
    }

    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    pub fn difficulty(&self, slug: &str) -> Option<&Difficulty> {
        self.difficulties.iter().find(|d| d.slug == slug)
    }

    pub fn stage_kind(&self, slug: &str) -> Option<&StageKind> {
        self.stage_kinds.iter().find(|k| k.slug == slug)
    }

    pub fn stage_kind_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.stage_kind(slug).map_or(slug, |k| &k.name)
    }

    pub fn role(&self, slug: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.slug == slug)
    }

    /// Display name of a category; an unresolved slug shows as itself rather than vanishing.
    pub fn category_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.category(slug).map_or(slug, |c| &c.name)
    }

    pub fn difficulty_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.difficulty(slug).map_or(slug, |d| &d.name)
    }

    pub fn role_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.role(slug).map_or(slug, |r| &r.name)
    }

    /// Rank used by the difficulty sort; unknown difficulties sort last.
    pub fn difficulty_rank(&self, slug: &str) -> u32 {
        self.difficulty(slug).map_or(u32::MAX, |d| d.rank)
    }

    /// Whether the difficulty is a rating (not "not rated": too little evidence to score).
    pub fn is_rated(&self, slug: &str) -> bool {
        self.difficulty_rank(slug) != NOT_RATED
    }

    /// The company's role tracks with each role's default emphasis filled in.
    /// Tracks whose role is not in the catalog are skipped (validation reports them).
    pub fn tracks<'a>(&'a self, company: &'a Company) -> Vec<ResolvedTrack<'a>> {
        company
            .role_tracks
            .iter()
            .filter_map(|track| {
                let role = self.role(&track.role)?;
                Some(ResolvedTrack {
                    role_slug: &role.slug,
                    role_name: &role.name,
                    emphasis: track.emphasis.as_deref().unwrap_or(&role.emphasis),
                })
            })
            .collect()
    }
}

impl Company {
    /// What the hub needs of this company: everything a card, search or a facet reads. (The
    /// difficulty note is for the company page and compare, which read the full profile: 6 KB
    /// gzip off every first load.)
    pub fn for_hub(&self) -> Company {
        let stages =
            self.interview_loop.stages.iter().map(|s| Stage { kind: s.kind.clone(), ..Stage::default() }).collect();
        Company {
            prep_focus: Vec::new(),
            values: Vec::new(),
            values_sources: Vec::new(),
            role_tracks: Vec::new(),
            official_domains: Vec::new(),
            links: Vec::new(),
            sources: Vec::new(),
            difficulty_note: String::new(),
            interview_loop: InterviewLoop { stages, ..InterviewLoop::default() },
            changes: Vec::new(),
            prep_count: Some(self.prep_items()),
            ..self.clone()
        }
    }

    /// How many prep-focus items the profile has (also known from the hub index).
    pub fn prep_items(&self) -> usize {
        self.prep_count.unwrap_or(self.prep_focus.len())
    }
}

/// One company's full profile as the build writes it (`data/companies/<slug>.json`), stamped
/// with the fingerprint of the catalog it came from.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct CompanyFile {
    pub fingerprint: String,
    pub company: Company,
}

impl ResolvedTrack<'_> {
    /// "{Role} interviews at {Company} usually emphasize {a, b, c} in the context of {domain}."
    pub fn sentence(&self, company: &Company) -> String {
        format!(
            "{} interviews at {} usually emphasize {} in the context of {}.",
            self.role_name,
            company.name,
            self.emphasis.join(", "),
            company.domain
        )
    }
}

/// True for links the app may render as `<a href>`: absolute `https:` URLs only.
pub fn is_safe_link(url: &str) -> bool {
    url_host(url).is_some()
}

/// Host of an `https://` URL (lowercased), or `None` for any other scheme or a malformed URL.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Userinfo ("https://good.com@evil.com") would make the visible host lie.
    if authority.contains('@') || authority.is_empty() {
        return None;
    }
    let host = authority.split(':').next().unwrap_or("");
    let valid = !host.is_empty()
        && host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && !host.starts_with('.')
        && !host.ends_with('.');
    valid.then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The catalog the site ships, embedded so tests hold exactly it to the rules.
    pub const SHIPPED: &str = include_str!("../../../data/catalog.json");

    pub fn shipped() -> Catalog {
        Catalog::from_json(SHIPPED).expect("shipped catalog parses")
    }

    #[test]
    fn shipped_catalog_parses_and_has_amazon() {
        let catalog = shipped();
        let amazon = catalog.company("amazon").expect("amazon present");
        assert_eq!(amazon.name, "Amazon");
        assert_eq!(catalog.category_name(&amazon.category), "Commerce Marketplace");
    }

    #[test]
    fn amazon_matches_reference_page() {
        let catalog = shipped();
        let amazon = catalog.company("amazon").unwrap();
        assert_eq!(
            amazon.tagline,
            "Customer-obsessed commerce, logistics, devices, and cloud company spanning retail and AWS."
        );
        assert_eq!(
            amazon.interview_style,
            "product execution + distributed systems + customer-driven behavioral depth"
        );
        assert_eq!(amazon.difficulty, "hard");
        assert_eq!(amazon.prep_focus.len(), 6);
        assert_eq!(amazon.values.len(), 6);
        assert_eq!(amazon.primary_roles.len(), 6);
        let tracks = catalog.tracks(amazon);
        assert_eq!(tracks.len(), 8);
        assert_eq!(
            tracks[0].sentence(amazon),
            "Backend Engineer interviews at Amazon usually emphasize distributed systems, API design, \
             data modeling in the context of consumer commerce, logistics, fulfillment, merchant tools, \
             and high-volume transactional systems."
        );
        assert_eq!(
            tracks[7].sentence(amazon),
            "Technical Program Manager interviews at Amazon usually emphasize program structure, \
             dependency management, technical risk in the context of consumer commerce, logistics, \
             fulfillment, merchant tools, and high-volume transactional systems."
        );
    }

    #[test]
    fn track_override_replaces_role_emphasis() {
        let mut catalog = shipped();
        let custom = vec!["portfolio critique".to_string()];
        catalog.companies[0].role_tracks[0].emphasis = Some(custom.clone());
        let company = catalog.companies[0].clone();
        assert_eq!(catalog.tracks(&company)[0].emphasis, custom.as_slice());
    }

    #[test]
    fn parse_error_names_the_json_path() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        value["companies"][0]["links"][1]["url"] = serde_json::json!(42);
        let err = Catalog::from_json(&value.to_string()).unwrap_err();
        assert_eq!(err.path, "companies[0].links[1].url");
        assert!(err.to_string().starts_with("companies[0].links[1].url: invalid type"), "{err}");
    }

    #[test]
    fn parse_error_for_missing_field_and_bad_syntax() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        value["companies"][0].as_object_mut().unwrap().remove("tagline");
        let err = Catalog::from_json(&value.to_string()).unwrap_err();
        assert!(err.to_string().contains("missing field `tagline`"), "{err}");
        assert_eq!(err.path, "companies[0]");

        let err = Catalog::from_json("{ not json").unwrap_err();
        assert!(err.message.contains("line 1"), "{err}");
        let err = Catalog::from_json(r#"{"schema_version": 1,"#).unwrap_err();
        assert_eq!(err.path, "", "a syntax error names no field");
        assert!(err.to_string().starts_with("EOF while parsing"), "{err}");
    }

    /// `data/catalog.schema.json` is generated from these types; editors validate with it.
    /// Run with `UPDATE_SCHEMA=1` to rewrite it after changing the model.
    #[test]
    fn json_schema_is_in_sync_with_the_model() {
        let schema = schemars::schema_for!(Catalog);
        let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/catalog.schema.json");
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == generated,
            "data/catalog.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --lib json_schema`"
        );
    }

    #[test]
    fn only_plain_https_urls_are_safe_links() {
        assert_eq!(url_host("https://www.amazon.jobs/x?y#z").as_deref(), Some("www.amazon.jobs"));
        assert_eq!(url_host("https://Example.COM:443/").as_deref(), Some("example.com"));
        for bad in [
            "http://example.com",
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "https://",
            "https://good.com@evil.com/",
            "https://exa mple.com",
            "//example.com",
            " https://example.com",
            "HTTPS://example.com",
        ] {
            assert!(!is_safe_link(bad), "{bad} must not become a link");
        }
    }
}
