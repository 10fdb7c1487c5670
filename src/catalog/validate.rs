//! The rules every catalog entry is held to, with messages that name the company and field.
//!
//! The same function runs in the tests (on the shipped catalog), in `make check-catalog`, and in
//! the browser, where problems are listed above the hub instead of breaking it.

use super::{Catalog, Company, url_host};
use std::collections::HashSet;
use std::fmt;

pub const MIN_BULLETS: usize = 5;
pub const MIN_PRIMARY_ROLES: usize = 3;
pub const MIN_LINKS: usize = 2;
pub const SCHEMA_VERSION: u32 = 1;

/// One broken rule: where (a JSON path, with the company slug for readability) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks every rule; an empty list means the catalog is sound.
pub fn validate(catalog: &Catalog) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    if catalog.schema_version != SCHEMA_VERSION {
        out.push("schema_version", format!("is {}, this app reads version {SCHEMA_VERSION}", catalog.schema_version));
    }
    out.date("updated", &catalog.updated);
    vocabulary(catalog, &mut out);
    if catalog.companies.is_empty() {
        out.push("companies", "the catalog lists no companies".into());
    }
    let mut seen = HashSet::new();
    for (i, company) in catalog.companies.iter().enumerate() {
        let at = format!("companies[{i}] ({})", company.slug);
        if !seen.insert(company.slug.as_str()) {
            out.push(&format!("{at}.slug"), format!("duplicate slug \"{}\"", company.slug));
        }
        check_company(catalog, company, &at, &mut out);
    }
    out.0
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, path: &str, message: String) {
        self.0.push(Problem { path: path.to_string(), message });
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "is empty".into());
        }
    }

    fn slug(&mut self, path: &str, value: &str) {
        if !is_slug(value) {
            self.push(path, format!("\"{value}\" is not a slug (lowercase letters, digits, single hyphens)"));
        }
    }

    fn date(&mut self, path: &str, value: &str) {
        if !is_real_date(value) {
            self.push(path, format!("\"{value}\" is not a real date (YYYY-MM-DD)"));
        }
    }

    /// A list of sentences: long enough, no empty item.
    fn bullets(&mut self, path: &str, items: &[String], min: usize) {
        if items.len() < min {
            self.push(path, format!("has {} items, needs at least {min}", items.len()));
        }
        for (i, item) in items.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), item);
        }
    }
}

fn vocabulary(catalog: &Catalog, out: &mut Problems) {
    let mut check = |kind: &str, entries: Vec<(&str, &str)>| {
        if entries.is_empty() {
            out.push(kind, "is empty".into());
        }
        let mut seen = HashSet::new();
        for (i, (slug, name)) in entries.into_iter().enumerate() {
            out.slug(&format!("{kind}[{i}].slug"), slug);
            out.text(&format!("{kind}[{i}] ({slug}).name"), name);
            if !seen.insert(slug) {
                out.push(&format!("{kind}[{i}].slug"), format!("duplicate slug \"{slug}\""));
            }
        }
    };
    check("categories", catalog.categories.iter().map(|c| (c.slug.as_str(), c.name.as_str())).collect());
    check("difficulties", catalog.difficulties.iter().map(|d| (d.slug.as_str(), d.name.as_str())).collect());
    check("roles", catalog.roles.iter().map(|r| (r.slug.as_str(), r.name.as_str())).collect());
    let mut ranks = HashSet::new();
    for (i, d) in catalog.difficulties.iter().enumerate() {
        if !ranks.insert(d.rank) {
            out.push(&format!("difficulties[{i}] ({}).rank", d.slug), format!("rank {} is used twice", d.rank));
        }
    }
    for (i, role) in catalog.roles.iter().enumerate() {
        out.bullets(&format!("roles[{i}] ({}).emphasis", role.slug), &role.emphasis, 1);
    }
}

fn check_company(catalog: &Catalog, c: &Company, at: &str, out: &mut Problems) {
    let field = |name: &str| format!("{at}.{name}");
    out.slug(&field("slug"), &c.slug);
    for (name, value) in [
        ("name", &c.name),
        ("tagline", &c.tagline),
        ("domain", &c.domain),
        ("difficulty_note", &c.difficulty_note),
        ("interview_style", &c.interview_style),
    ] {
        out.text(&field(name), value);
    }
    for (i, alias) in c.aliases.iter().enumerate() {
        out.text(&field(&format!("aliases[{i}]")), alias);
    }
    if catalog.category(&c.category).is_none() {
        out.push(&field("category"), format!("unknown category \"{}\"", c.category));
    }
    if catalog.difficulty(&c.difficulty).is_none() {
        out.push(&field("difficulty"), format!("unknown difficulty \"{}\"", c.difficulty));
    }
    out.bullets(&field("prep_focus"), &c.prep_focus, MIN_BULLETS);
    out.bullets(&field("values"), &c.values, MIN_BULLETS);
    out.date(&field("reviewed"), &c.reviewed);

    if c.primary_roles.len() < MIN_PRIMARY_ROLES {
        out.push(
            &field("primary_roles"),
            format!("has {} roles, needs at least {MIN_PRIMARY_ROLES}", c.primary_roles.len()),
        );
    }
    let mut seen = HashSet::new();
    for (i, role) in c.primary_roles.iter().enumerate() {
        let path = field(&format!("primary_roles[{i}]"));
        if catalog.role(role).is_none() {
            out.push(&path, format!("unknown role \"{role}\""));
        } else if !seen.insert(role.as_str()) {
            out.push(&path, format!("role \"{role}\" is listed twice"));
        }
    }

    let mut tracked = HashSet::new();
    for (i, track) in c.role_tracks.iter().enumerate() {
        let path = field(&format!("role_tracks[{i}]"));
        if catalog.role(&track.role).is_none() {
            out.push(&format!("{path}.role"), format!("unknown role \"{}\"", track.role));
        } else if !tracked.insert(track.role.as_str()) {
            out.push(&format!("{path}.role"), format!("role \"{}\" has two tracks", track.role));
        }
        if let Some(emphasis) = &track.emphasis {
            out.bullets(&format!("{path}.emphasis"), emphasis, 1);
        }
    }
    for role in &catalog.roles {
        if !tracked.contains(role.slug.as_str()) {
            out.push(&field("role_tracks"), format!("no track for role \"{}\"", role.slug));
        }
    }

    if c.official_domains.is_empty() {
        out.push(&field("official_domains"), "is empty".into());
    }
    for (i, domain) in c.official_domains.iter().enumerate() {
        if url_host(&format!("https://{domain}/")).as_deref() != Some(domain.as_str()) {
            out.push(&field(&format!("official_domains[{i}]")), format!("\"{domain}\" is not a lowercase domain name"));
        }
    }
    if c.links.len() < MIN_LINKS {
        out.push(&field("links"), format!("has {} links, needs at least {MIN_LINKS}", c.links.len()));
    }
    for (i, link) in c.links.iter().enumerate() {
        let path = field(&format!("links[{i}]"));
        out.text(&format!("{path}.label"), &link.label);
        match url_host(&link.url) {
            None => out.push(&format!("{path}.url"), format!("\"{}\" is not an https:// URL", link.url)),
            Some(host) if !is_official(&host, &c.official_domains) => {
                out.push(&format!("{path}.url"), format!("host {host} is not an official domain of {}", c.slug))
            }
            Some(_) => {}
        }
    }
}

/// `host` is one of `domains` or a subdomain of one.
fn is_official(host: &str, domains: &[String]) -> bool {
    domains.iter().any(|d| {
        host == d || (host.len() > d.len() && host.ends_with(d.as_str()) && host[..host.len() - d.len()].ends_with('.'))
    })
}

/// Lowercase ASCII letters and digits in hyphen-separated words: safe in URLs and query strings.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// `YYYY-MM-DD` naming a day that exists (leap years included). Written by hand: a date crate
/// would add weight to the wasm for one check.
pub fn is_real_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1900 && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::tests::{SHIPPED, shipped};
    use crate::catalog::{Link, RoleTrack};

    fn messages(catalog: &Catalog) -> Vec<String> {
        validate(catalog).iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn shipped_catalog_passes_every_rule() {
        let problems = messages(&shipped());
        assert!(problems.is_empty(), "shipped catalog problems:\n{}", problems.join("\n"));
    }

    #[test]
    fn shipped_catalog_is_broad() {
        let catalog = shipped();
        let categories: HashSet<_> = catalog.companies.iter().map(|c| c.category.as_str()).collect();
        let difficulties: HashSet<_> = catalog.companies.iter().map(|c| c.difficulty.as_str()).collect();
        assert!(catalog.companies.len() >= 60, "only {} companies", catalog.companies.len());
        assert!(categories.len() >= 10, "only {} categories used", categories.len());
        assert_eq!(difficulties.len(), catalog.difficulties.len(), "every difficulty level is used");
    }

    /// A deliberately broken copy: each defect gets its own precise message.
    #[test]
    fn broken_copy_fails_with_a_precise_message_per_defect() {
        let mut catalog = shipped();
        let second = catalog.companies[1].slug.clone();
        catalog.companies[1].slug = catalog.companies[0].slug.clone();
        catalog.companies[2].primary_roles[0] = "astronaut".into();
        catalog.companies[3].links[0].url = catalog.companies[3].links[0].url.replacen("https:", "http:", 1);
        catalog.companies[4].prep_focus[2] = "   ".into();
        catalog.companies[5].links.push(Link { label: "Docs".into(), url: "https://docs.example.com/x".into() });
        let c2 = catalog.companies[2].slug.clone();
        let c3 = catalog.companies[3].slug.clone();
        let c4 = catalog.companies[4].slug.clone();
        let c5 = catalog.companies[5].slug.clone();
        let n5 = catalog.companies[5].links.len() - 1;
        let got = messages(&catalog);
        let first = &catalog.companies[0].slug;
        let expected = [
            format!("companies[1] ({first}).slug: duplicate slug \"{first}\""),
            format!("companies[2] ({c2}).primary_roles[0]: unknown role \"astronaut\""),
            format!(
                "companies[3] ({c3}).links[0].url: \"{}\" is not an https:// URL",
                catalog.companies[3].links[0].url
            ),
            format!("companies[4] ({c4}).prep_focus[2]: is empty"),
            format!("companies[5] ({c5}).links[{n5}].url: host docs.example.com is not an official domain of {c5}"),
        ];
        assert_eq!(got, expected, "(company 1 was {second})");
    }

    #[test]
    fn broken_references_and_counts_are_reported() {
        let mut catalog = shipped();
        let slug = catalog.companies[0].slug.clone();
        let c = &mut catalog.companies[0];
        c.category = "space".into();
        c.difficulty = "trivial".into();
        c.values.truncate(2);
        c.role_tracks.retain(|t| t.role != "product-designer");
        c.role_tracks.push(RoleTrack { role: "chef".into(), emphasis: Some(vec![]) });
        c.links.truncate(1);
        c.reviewed = "2026-02-30".into();
        let got = messages(&catalog);
        let n = catalog.companies[0].role_tracks.len() - 1;
        for want in [
            format!("companies[0] ({slug}).category: unknown category \"space\""),
            format!("companies[0] ({slug}).difficulty: unknown difficulty \"trivial\""),
            format!("companies[0] ({slug}).values: has 2 items, needs at least 5"),
            format!("companies[0] ({slug}).role_tracks[{n}].role: unknown role \"chef\""),
            format!("companies[0] ({slug}).role_tracks[{n}].emphasis: has 0 items, needs at least 1"),
            format!("companies[0] ({slug}).role_tracks: no track for role \"product-designer\""),
            format!("companies[0] ({slug}).links: has 1 links, needs at least 2"),
            format!("companies[0] ({slug}).reviewed: \"2026-02-30\" is not a real date (YYYY-MM-DD)"),
        ] {
            assert!(got.contains(&want), "missing {want:?} in {got:#?}");
        }
        assert_eq!(got.len(), 8, "{got:#?}");
    }

    #[test]
    fn empty_catalog_and_vocabulary_problems() {
        let mut catalog = shipped();
        catalog.companies.clear();
        catalog.schema_version = 2;
        catalog.roles[1].slug = catalog.roles[0].slug.clone();
        catalog.difficulties[1].rank = catalog.difficulties[0].rank;
        catalog.categories[0].slug = "Bad Slug".into();
        let got = messages(&catalog);
        assert!(got.contains(&"companies: the catalog lists no companies".to_string()), "{got:#?}");
        assert!(got.contains(&"schema_version: is 2, this app reads version 1".to_string()));
        assert!(got.iter().any(|m| m.starts_with("roles[1].slug: duplicate slug")), "{got:#?}");
        assert!(got.iter().any(|m| m.starts_with("difficulties[1] (") && m.contains("is used twice")));
        assert!(got.iter().any(|m| m.starts_with("categories[0].slug: \"Bad Slug\" is not a slug")));
    }

    #[test]
    fn subdomains_count_as_official_but_lookalikes_do_not() {
        let domains = vec!["stripe.com".to_string()];
        assert!(is_official("stripe.com", &domains));
        assert!(is_official("www.stripe.com", &domains));
        assert!(!is_official("notstripe.com", &domains));
        assert!(!is_official("stripe.com.evil.net", &domains));
    }

    #[test]
    fn slugs_and_dates() {
        assert!(is_slug("jane-street") && is_slug("3m"));
        assert!(!is_slug("Jane") && !is_slug("a--b") && !is_slug("-a") && !is_slug("") && !is_slug("a_b"));
        assert!(is_real_date("2024-02-29") && is_real_date("2026-11-24"));
        assert!(!is_real_date("2023-02-29") && !is_real_date("2026-13-01") && !is_real_date("2026-1-01"));
        assert!(!is_real_date("2026-11-00") && !is_real_date("20a6-11-01") && !is_real_date("2026-11-2x"));
    }

    #[test]
    fn shipped_text_is_stored_without_markup() {
        // Catalog text is rendered as text; markup in the data would show up literally.
        assert!(!SHIPPED.contains('<') && !SHIPPED.contains('>'));
    }
}
