//! The rules every catalog entry is held to, with messages that name the company and field.
//!
//! The same function runs in the tests (on the shipped catalog), in `make check-catalog`, and in
//! the browser, where problems are listed above the hub instead of breaking it.

use super::{Catalog, Company, url_host};
use std::collections::{HashMap, HashSet};
use std::fmt;

pub const MIN_BULLETS: usize = 5;
pub const MIN_PRIMARY_ROLES: usize = 3;
pub const MIN_LINKS: usize = 2;
/// One: a profile whose only honest source is one page says so (its evidence lines show it),
/// rather than padding with template pages as the 2-source rule invited.
pub const MIN_SOURCES: usize = 1;
pub const SCHEMA_VERSION: u32 = 1;

/// Hosts that many companies share (job boards, blog and site hosts). A page there says nothing
/// about being the company's own, so none of them is ever an official domain.
pub const SHARED_HOSTS: &[&str] = &[
    "myworkdayjobs.com",
    "greenhouse.io",
    "lever.co",
    "ashbyhq.com",
    "smartrecruiters.com",
    "workable.com",
    "icims.com",
    "taleo.net",
    "successfactors.com",
    "jobvite.com",
    "bamboohr.com",
    "medium.com",
    "substack.com",
    "github.io",
    "notion.site",
    "wordpress.com",
    "blogspot.com",
];

/// Hosts never cited, each with the reason (the refusal message names it).
pub const REFUSED_HOSTS: &[(&str, &str)] = &[
    ("scaleengineer.com", "serves one template with the same rounds and timeline for every company and level"),
    ("sirjohnnymai.com", "serves generated pages from one template for every company"),
    ("hw.glich.co", "copies scaleengineer.com's template pages"),
];

/// Loop stages a profile needs before its loop counts as described.
pub const MIN_KNOWN_STAGES: usize = 3;
/// Longest one-line text of a loop stage (`title`, `tests`) a card or table can hold.
pub const MAX_STAGE_TITLE: usize = 60;
pub const MAX_STAGE_TESTS: usize = 200;

/// Forums a visitor must log in to read: a claim resting on them can't be checked, so they are
/// never sources (except a company's own public pages there, such as LinkedIn's blog).
pub const LOGIN_WALLED: &[&str] =
    &["glassdoor.com", "teamblind.com", "linkedin.com", "quora.com", "facebook.com", "x.com", "twitter.com"];

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
    if catalog.hub_index.is_some() {
        out.push("hub_index", "is written by the build into data/hub.json; the catalog must not carry it".into());
    }
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
    repeated_bullets(catalog, &mut out);
    out.0
}

/// Weaker signs of a profile written from a template: reported by `make check-catalog` as
/// warnings, never refused. Runs natively only (its near-duplicate search is quadratic).
pub fn advise(catalog: &Catalog) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    for (i, c) in catalog.companies.iter().enumerate() {
        let at = format!("companies[{i}] ({})", c.slug);
        for (t, track) in c.role_tracks.iter().enumerate() {
            let Some(role) = catalog.role(&track.role) else { continue };
            let own = track.emphasis.as_ref().filter(|e| **e != role.emphasis);
            if c.primary_roles.contains(&track.role) && own.is_none() {
                out.push(
                    &format!("{at}.role_tracks[{t}] ({})", track.role),
                    "a primary role with the role's default emphasis; say what this company's loop stresses".into(),
                );
            }
        }
        if c.interview_loop.is_known() {
            let (points, parts) = c.interview_loop.rubric_hint();
            let hinted = match points {
                0..=1 => "medium",
                2..=3 => "hard",
                _ => "very-hard",
            };
            if c.difficulty != hinted {
                out.push(
                    &format!("{at}.difficulty"),
                    format!(
                        "is {}; the loop's stage kinds score {points} (rubric: {hinted}{}): check the evidence",
                        c.difficulty,
                        if parts.is_empty() { String::new() } else { format!(": {}", parts.join(", ")) }
                    ),
                );
            }
        }
        let note = c.difficulty_note.to_lowercase();
        if ["rather than", "instead of", "not as ", "unlike ", "harder than", "easier than"]
            .iter()
            .any(|p| note.contains(p))
        {
            out.push(&format!("{at}.difficulty_note"), "compares with other loops; name the evidence instead".into());
        }
    }
    near_duplicate_bullets(catalog, &mut out);
    out.0
}

/// Every bullet of every company with its path, for the cross-company checks.
fn all_bullets(catalog: &Catalog) -> Vec<(String, &str)> {
    let mut items = Vec::new();
    for (i, c) in catalog.companies.iter().enumerate() {
        for (field, list) in [("prep_focus", &c.prep_focus), ("values", &c.values)] {
            for (j, text) in list.iter().enumerate() {
                items.push((format!("companies[{i}] ({}).{field}[{j}]", c.slug), text.as_str()));
            }
        }
    }
    items
}

/// Lowercase words, punctuation dropped: two bullets that differ only in case, spacing or a full
/// stop are the same bullet.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// A bullet that appears word for word in two places is boilerplate, not a profile.
fn repeated_bullets(catalog: &Catalog, out: &mut Problems) {
    let mut first: HashMap<String, String> = HashMap::new();
    for (path, text) in all_bullets(catalog) {
        let key = words(text).join(" ");
        if key.is_empty() {
            continue; // reported as empty
        }
        match first.get(&key) {
            Some(earlier) => out.push(&path, format!("repeats {earlier} word for word")),
            None => {
                first.insert(key, path);
            }
        }
    }
}

/// Bullets at two companies sharing most of their words (Jaccard similarity of word sets).
fn near_duplicate_bullets(catalog: &Catalog, out: &mut Problems) {
    const SIMILAR: f64 = 0.7;
    let items: Vec<(String, HashSet<String>)> = all_bullets(catalog)
        .into_iter()
        .map(|(path, text)| (path, words(text).into_iter().collect::<HashSet<_>>()))
        .filter(|(_, set)| set.len() >= 4)
        .collect();
    let company = |path: &str| path.split('.').next().unwrap_or("").to_string();
    for (a, (path_a, set_a)) in items.iter().enumerate() {
        for (path_b, set_b) in &items[a + 1..] {
            if company(path_a) == company(path_b) {
                continue;
            }
            let shared = set_a.intersection(set_b).count() as f64;
            let jaccard = shared / (set_a.len() as f64 + set_b.len() as f64 - shared);
            if (SIMILAR..1.0).contains(&jaccard) {
                out.push(path_b, format!("nearly repeats {path_a} ({:.0}% of words shared)", jaccard * 100.0));
            }
        }
    }
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
    check("stage_kinds", catalog.stage_kinds.iter().map(|k| (k.slug.as_str(), k.name.as_str())).collect());
    let report = &catalog.report_url;
    if url_host(report).is_none() && !is_mailto(report) {
        out.push("report_url", format!("\"{report}\" is neither an https:// URL nor a mailto: address"));
    }
    // Listed easiest first, so the app shows them in this order without sorting them.
    for (i, pair) in catalog.difficulties.windows(2).enumerate() {
        if pair[1].rank <= pair[0].rank {
            out.push(
                &format!("difficulties[{}] ({}).rank", i + 1, pair[1].slug),
                format!(
                    "rank {} is not above the previous level's ({}): list levels from easiest to hardest",
                    pair[1].rank, pair[0].rank
                ),
            );
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
    } else if catalog.is_rated(&c.difficulty) != c.interview_loop.is_known() {
        let message = if c.interview_loop.is_known() {
            format!("is not rated, but the loop has {} stages: score it by the rubric", c.interview_loop.stages.len())
        } else {
            format!(
                "is \"{}\", but the loop is not known (under {MIN_KNOWN_STAGES} stages): it can't be scored, so it is not rated",
                c.difficulty
            )
        };
        out.push(&field("difficulty"), message);
    }
    out.bullets(&field("prep_focus"), &c.prep_focus, MIN_BULLETS);
    if c.prep_count.is_some() {
        out.push(&field("prep_count"), "is written by the build into the hub index; leave it out".into());
    }
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
        let path = field(&format!("official_domains[{i}]"));
        if url_host(&format!("https://{domain}/")).as_deref() != Some(domain.as_str()) {
            out.push(&path, format!("\"{domain}\" is not a lowercase domain name"));
        } else if on_any(domain, SHARED_HOSTS) {
            out.push(&path, format!("\"{domain}\" is a job board or host many companies share, not {}'s own", c.slug));
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
    check_sources(catalog, c, at, out);
    check_loop(catalog, c, at, out);
}

/// `mailto:someone@host.tld`, nothing else (no headers, no script).
pub fn is_mailto(url: &str) -> bool {
    url.strip_prefix("mailto:").is_some_and(|addr| {
        let mut parts = addr.split('@');
        let (Some(user), Some(host), None) = (parts.next(), parts.next(), parts.next()) else { return false };
        !user.is_empty()
            && user.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c))
            && url_host(&format!("https://{host}/")).is_some()
    })
}

/// `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`.
pub fn is_partial_date(s: &str) -> bool {
    let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && y >= "1900";
    match s.len() {
        4 => year(s),
        7 => year(&s[..4]) && s.as_bytes()[4] == b'-' && matches!(s[5..].parse::<u32>(), Ok(1..=12)),
        _ => is_real_date(s),
    }
}

/// The loop: known stage kinds, short texts, sane numbers, and every part resting on sources
/// the profile lists (with a kind); "not known" said when too little is known.
fn check_loop(catalog: &Catalog, c: &Company, at: &str, out: &mut Problems) {
    let l = &c.interview_loop;
    let at = format!("{at}.interview_loop");
    out.text(&format!("{at}.scope"), &l.scope);
    let cited = |path: &str, urls: &[String], out: &mut Problems| {
        if urls.is_empty() {
            out.push(path, "cites no source".into());
        }
        for url in urls {
            match c.sources.iter().find(|s| &s.url == url) {
                None => out.push(path, format!("cites {url}, which is not among the company's sources")),
                Some(s) if s.kind.is_none() => out.push(
                    path,
                    format!("cites {url}, whose source has no kind (company, news, candidate-report, prep-guide)"),
                ),
                Some(_) => {}
            }
        }
    };
    for (i, stage) in l.stages.iter().enumerate() {
        let path = format!("{at}.stages[{i}]");
        if catalog.stage_kind(&stage.kind).is_none() {
            out.push(&format!("{path}.kind"), format!("unknown stage kind \"{}\"", stage.kind));
        }
        out.text(&format!("{path}.title"), &stage.title);
        out.text(&format!("{path}.tests"), &stage.tests);
        if stage.title.chars().count() > MAX_STAGE_TITLE {
            out.push(&format!("{path}.title"), format!("is longer than {MAX_STAGE_TITLE} characters"));
        }
        if stage.tests.chars().count() > MAX_STAGE_TESTS {
            out.push(&format!("{path}.tests"), format!("is longer than {MAX_STAGE_TESTS} characters"));
        }
        if let Some([min, max]) = stage.minutes
            && (min == 0 || min > max || max > 480)
        {
            out.push(
                &format!("{path}.minutes"),
                format!("[{min}, {max}] is not a range of minutes (1 to 480, min first)"),
            );
        }
        if stage.rounds == Some(0) {
            out.push(&format!("{path}.rounds"), "is 0; leave it out when no source gives a count".into());
        }
        cited(&format!("{path}.sources"), &stage.sources, out);
    }
    if l.stages.len() < MIN_KNOWN_STAGES && l.not_known.as_deref().is_none_or(|n| n.trim().is_empty()) {
        out.push(
            &format!("{at}.not_known"),
            format!("the loop has {} stage(s); say what is not known and why", l.stages.len()),
        );
    }
    if let Some(weeks) = &l.timeline_weeks {
        if weeks.min == 0 || weeks.min > weeks.max || weeks.max > 52 {
            out.push(
                &format!("{at}.timeline_weeks"),
                format!("{}–{} is not a range of weeks (1 to 52)", weeks.min, weeks.max),
            );
        }
        cited(&format!("{at}.timeline_weeks.sources"), &weeks.sources, out);
    }
    if let Some(levels) = &l.levels {
        out.bullets(&format!("{at}.levels.names"), &levels.names, 1);
        cited(&format!("{at}.levels.sources"), &levels.sources, out);
    }
    let ai = &l.ai_tools;
    match ai.policy {
        super::AiPolicy::NotKnown if !ai.sources.is_empty() => {
            out.push(&format!("{at}.ai_tools"), "is not-known but cites sources; give the policy they state".into())
        }
        super::AiPolicy::NotKnown => {}
        _ => cited(&format!("{at}.ai_tools.sources"), &ai.sources, out),
    }
    if !c.values_sources.is_empty() {
        cited(&format!("{}.values_sources", at.trim_end_matches(".interview_loop")), &c.values_sources, out);
    }
    for (i, change) in c.changes.iter().enumerate() {
        let path = format!("{}.changes[{i}]", at.trim_end_matches(".interview_loop"));
        if !is_partial_date(&change.date) {
            out.push(&format!("{path}.date"), format!("\"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", change.date));
        }
        out.text(&format!("{path}.text"), &change.text);
        cited(&format!("{path}.sources"), &change.sources, out);
    }
}

/// Sources: enough of them, public `https://` pages, real dates, and `reviewed` equal to the day
/// the profile was last checked against them.
fn check_sources(catalog: &Catalog, c: &Company, at: &str, out: &mut Problems) {
    if c.sources.len() < MIN_SOURCES {
        out.push(&format!("{at}.sources"), format!("has {} sources, needs at least {MIN_SOURCES}", c.sources.len()));
    }
    let mut urls = HashSet::new();
    let mut latest: Option<&str> = None;
    for (i, source) in c.sources.iter().enumerate() {
        let path = format!("{at}.sources[{i}]");
        out.text(&format!("{path}.title"), &source.title);
        match url_host(&source.url) {
            None => out.push(&format!("{path}.url"), format!("\"{}\" is not an https:// URL", source.url)),
            Some(host) if on_any(&host, LOGIN_WALLED) && !is_official(&host, &c.official_domains) => {
                out.push(&format!("{path}.url"), format!("host {host} needs a login to read; cite a public page"))
            }
            Some(host)
                if let Some((refused, why)) = REFUSED_HOSTS.iter().find(|(h, _)| is_subdomain_or_same(&host, h)) =>
            {
                out.push(&format!("{path}.url"), format!("{refused} is refused as a source: it {why}"))
            }
            Some(_) if !urls.insert(source.url.as_str()) => {
                out.push(&format!("{path}.url"), format!("cites {} twice", source.url))
            }
            Some(_) => {}
        }
        if source.kind == Some(super::SourceKind::Company)
            && url_host(&source.url).is_some_and(|host| !is_official(&host, &c.official_domains))
        {
            out.push(&format!("{path}.kind"), "is company, but the page is not on an official domain".into());
        }
        if let Some(published) = source.published.as_deref().filter(|p| !is_partial_date(p)) {
            out.push(&format!("{path}.published"), format!("\"{published}\" is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        if !is_real_date(&source.checked) {
            out.date(&format!("{path}.checked"), &source.checked);
        } else if is_real_date(&catalog.updated) && source.checked > catalog.updated {
            out.push(
                &format!("{path}.checked"),
                format!("{} is after the catalog's updated date {}", source.checked, catalog.updated),
            );
        } else if latest.is_none_or(|l| source.checked.as_str() > l) {
            latest = Some(&source.checked);
        }
    }
    if let Some(latest) = latest.filter(|l| is_real_date(&c.reviewed) && c.reviewed != *l) {
        out.push(
            &format!("{at}.reviewed"),
            format!("is {}, but the sources were last checked on {latest}; it must be that day", c.reviewed),
        );
    }
}

/// `host` is one of `hosts` or a subdomain of one.
fn on_any(host: &str, hosts: &[&str]) -> bool {
    hosts.iter().any(|h| is_subdomain_or_same(host, h))
}

/// `host` is one of `domains` or a subdomain of one.
fn is_official(host: &str, domains: &[String]) -> bool {
    domains.iter().any(|d| is_subdomain_or_same(host, d))
}

fn is_subdomain_or_same(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len() && host.ends_with(domain) && host[..host.len() - domain.len()].ends_with('.'))
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
    use crate::model::catalog::tests::{SHIPPED, shipped};
    use crate::model::catalog::{Link, RoleTrack, Source};

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
        assert!(catalog.companies.len() >= 150, "only {} companies", catalog.companies.len());
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
        assert!(got.iter().any(|m| m.starts_with("difficulties[1] (") && m.contains("is not above the previous")));
        assert!(got.iter().any(|m| m.starts_with("categories[0].slug: \"Bad Slug\" is not a slug")));
    }

    fn source(url: &str, checked: &str) -> Source {
        Source { title: "A page".into(), url: url.into(), checked: checked.into(), kind: None, published: None }
    }

    /// The company with a loop that cites nothing (and says so), so a test can swap its sources.
    fn without_citations(c: &mut Company) {
        c.interview_loop.stages.clear();
        c.interview_loop.not_known = Some("test".into());
        c.interview_loop.timeline_weeks = None;
        c.interview_loop.levels = None;
        c.interview_loop.ai_tools = crate::model::catalog::interview::AiTools {
            policy: crate::model::catalog::AiPolicy::NotKnown,
            note: None,
            sources: vec![],
        };
        c.changes.clear();
        c.values_sources.clear();
        c.difficulty = "not-rated".into();
    }

    #[test]
    fn loop_rules_name_the_field_and_what_is_wrong() {
        use crate::model::catalog::{AiPolicy, Change, Format, SourceKind, Stage};
        let mut catalog = shipped();
        let slug = catalog.companies[0].slug.clone();
        let c = &mut catalog.companies[0];
        without_citations(c);
        c.sources = vec![
            Source {
                kind: Some(SourceKind::CandidateReport),
                published: Some("2024-13".into()),
                ..source("https://example.com/a", "2026-11-20")
            },
            Source { kind: Some(SourceKind::Company), ..source("https://example.com/own", "2026-11-20") },
            source("https://example.com/nokind", "2026-11-20"),
            source("https://scaleengineer.com/x", "2026-11-20"),
        ];
        c.reviewed = "2026-11-20".into();
        let stage = |kind: &str, minutes, rounds, sources: Vec<&str>| Stage {
            kind: kind.into(),
            title: "Round".into(),
            minutes,
            rounds,
            format: Some(Format::Remote),
            tests: "What it tests".into(),
            sources: sources.into_iter().map(String::from).collect(),
        };
        c.interview_loop.stages = vec![
            stage("coding", Some([60, 45]), Some(0), vec!["https://example.com/a"]),
            stage("juggling", None, None, vec!["https://example.com/missing", "https://example.com/nokind"]),
            stage("behavioral", Some([30, 30]), Some(1), vec![]),
        ];
        c.interview_loop.not_known = None;
        c.difficulty = "hard".into();
        c.interview_loop.ai_tools.sources = vec!["https://example.com/a".into()];
        c.changes =
            vec![Change { date: "2025-1".into(), text: " ".into(), sources: vec!["https://example.com/a".into()] }];
        let at = format!("companies[0] ({slug})");
        let l = format!("{at}.interview_loop");
        assert_eq!(
            messages(&catalog),
            [
                format!("{at}.sources[0].published: \"2024-13\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
                format!("{at}.sources[1].kind: is company, but the page is not on an official domain"),
                format!(
                    "{at}.sources[3].url: scaleengineer.com is refused as a source: it serves one template with the same rounds and timeline for every company and level"
                ),
                format!("{l}.stages[0].minutes: [60, 45] is not a range of minutes (1 to 480, min first)"),
                format!("{l}.stages[0].rounds: is 0; leave it out when no source gives a count"),
                format!("{l}.stages[1].kind: unknown stage kind \"juggling\""),
                format!(
                    "{l}.stages[1].sources: cites https://example.com/missing, which is not among the company's sources"
                ),
                format!(
                    "{l}.stages[1].sources: cites https://example.com/nokind, whose source has no kind (company, news, candidate-report, prep-guide)"
                ),
                format!("{l}.stages[2].sources: cites no source"),
                format!("{l}.ai_tools: is not-known but cites sources; give the policy they state"),
                format!("{at}.changes[0].date: \"2025-1\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
                format!("{at}.changes[0].text: is empty"),
            ]
        );
        let c = &mut catalog.companies[0];
        c.interview_loop.stages.truncate(1);
        c.interview_loop.stages[0] = stage("coding", Some([45, 60]), Some(2), vec!["https://example.com/a"]);
        c.interview_loop.ai_tools =
            crate::model::catalog::interview::AiTools { policy: AiPolicy::Allowed, note: None, sources: vec![] };
        c.changes.clear();
        c.sources.truncate(1);
        c.sources[0].published = None;
        catalog.report_url = "javascript:alert(1)".into();
        assert_eq!(
            messages(&catalog),
            [
                "report_url: \"javascript:alert(1)\" is neither an https:// URL nor a mailto: address".to_string(),
                format!(
                    "{at}.difficulty: is \"hard\", but the loop is not known (under 3 stages): it can't be scored, so it is not rated"
                ),
                format!("{l}.not_known: the loop has 1 stage(s); say what is not known and why"),
                format!("{l}.ai_tools.sources: cites no source"),
            ]
        );
        assert!(
            is_mailto("mailto:fix@example.org")
                && !is_mailto("mailto:a@b.org?bcc=c@d.org")
                && !is_mailto("mailto:@x.org")
        );
        assert!(is_partial_date("2025") && is_partial_date("2025-02") && is_partial_date("2025-02-28"));
        assert!(!is_partial_date("2025-2") && !is_partial_date("25") && !is_partial_date("2025-02-30"));
    }

    #[test]
    fn sources_are_public_https_pages_with_real_dates() {
        let mut catalog = shipped();
        // Past every shipped `checked` date, so only this company's sources are at fault.
        catalog.updated = "2026-12-05".into();
        let slug = catalog.companies[0].slug.clone();
        let c = &mut catalog.companies[0];
        without_citations(c);
        c.reviewed = "2026-11-20".into();
        c.sources = vec![
            source("http://example.com/a", "2026-11-20"),
            source("https://www.glassdoor.com/Interview/x", "2026-11-20"),
            Source { title: " ".into(), ..source("https://example.com/b", "1899-12-31") },
            source("https://example.com/c", "2026-12-06"),
            source("https://example.com/d", "2026-11-20"),
            source("https://example.com/d", "2026-11-20"),
        ];
        let got = messages(&catalog);
        let at = format!("companies[0] ({slug}).sources");
        let want = [
            format!("{at}[0].url: \"http://example.com/a\" is not an https:// URL"),
            format!("{at}[1].url: host www.glassdoor.com needs a login to read; cite a public page"),
            format!("{at}[2].title: is empty"),
            format!("{at}[2].checked: \"1899-12-31\" is not a real date (YYYY-MM-DD)"),
            format!("{at}[3].checked: 2026-12-06 is after the catalog's updated date 2026-12-05"),
            format!("{at}[5].url: cites https://example.com/d twice"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn too_few_sources_and_a_stale_reviewed_date() {
        let mut catalog = shipped();
        let slug = catalog.companies[0].slug.clone();
        let c = &mut catalog.companies[0];
        without_citations(c);
        c.sources = vec![];
        c.reviewed = "2026-11-01".into();
        let got = messages(&catalog);
        let at = format!("companies[0] ({slug})");
        assert_eq!(got, [format!("{at}.sources: has 0 sources, needs at least 1")]);
        let c = &mut catalog.companies[0];
        c.sources = vec![source("https://example.com/a", "2026-11-26")];
        let got = messages(&catalog);
        assert_eq!(
            got,
            [format!(
                "{at}.reviewed: is 2026-11-01, but the sources were last checked on 2026-11-26; it must be that day"
            ),]
        );
    }

    #[test]
    fn shared_job_boards_are_never_official_domains() {
        let mut catalog = shipped();
        let slug = catalog.companies[0].slug.clone();
        let n = catalog.companies[0].official_domains.len();
        catalog.companies[0].official_domains.push("wd5.myworkdayjobs.com".into());
        catalog.companies[0].official_domains.push("greenhouse.io".into());
        let got = messages(&catalog);
        assert_eq!(
            got,
            [
                format!(
                    "companies[0] ({slug}).official_domains[{n}]: \"wd5.myworkdayjobs.com\" is a job board or host many companies share, not {slug}'s own"
                ),
                format!(
                    "companies[0] ({slug}).official_domains[{}]: \"greenhouse.io\" is a job board or host many companies share, not {slug}'s own",
                    n + 1
                ),
            ]
        );
        // A company's own domain that merely contains a board's name is fine.
        assert!(!on_any("notgreenhouse.io", SHARED_HOSTS) && on_any("boards.greenhouse.io", SHARED_HOSTS));
    }

    #[test]
    fn a_bullet_repeated_word_for_word_is_refused() {
        let mut catalog = shipped();
        let (a, b) = (catalog.companies[0].slug.clone(), catalog.companies[3].slug.clone());
        // Case, spacing and punctuation don't make a copy original.
        let copy = format!("  {}!! ", catalog.companies[0].values[1].to_uppercase());
        catalog.companies[3].prep_focus[2] = copy;
        let got = messages(&catalog);
        assert_eq!(
            got,
            [format!("companies[3] ({b}).prep_focus[2]: repeats companies[0] ({a}).values[1] word for word")]
        );
    }

    #[test]
    fn advice_flags_near_copies_default_tracks_and_comparisons() {
        let mut catalog = shipped();
        let advice = |c: &Catalog| advise(c).iter().map(|p| p.to_string()).collect::<Vec<_>>();
        let before = advice(&catalog);
        let (a, b) = (catalog.companies[1].slug.clone(), catalog.companies[2].slug.clone());
        catalog.companies[2].values[0] = "Ownership of ambiguous cross-team problems from start to finish".into();
        catalog.companies[1].values[0] = "Ownership of ambiguous cross-team problems from start to end".into();
        catalog.companies[2].difficulty_note = "Practical rounds rather than puzzles.".into();
        let primary = catalog.companies[1].primary_roles[0].clone();
        let t = catalog.companies[1].role_tracks.iter().position(|t| t.role == primary).unwrap();
        catalog.companies[1].role_tracks[t].emphasis = Some(catalog.role(&primary).unwrap().emphasis.clone());
        let after = advice(&catalog);
        let new: Vec<_> = after.iter().filter(|m| !before.contains(m)).cloned().collect();
        for want in [
            format!("companies[2] ({b}).values[0]: nearly repeats companies[1] ({a}).values[0] (82% of words shared)"),
            format!("companies[2] ({b}).difficulty_note: compares with other loops; name the evidence instead"),
            format!(
                "companies[1] ({a}).role_tracks[{t}] ({primary}): a primary role with the role's default emphasis; say what this company's loop stresses"
            ),
        ] {
            assert!(new.contains(&want), "missing {want:?} in {new:#?}");
        }
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
