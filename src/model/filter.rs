//! Search, filtering and sorting of companies: pure functions over a precomputed index.
//!
//! The index folds each company's searchable text once, at load, so a keystroke costs one
//! substring scan per company and no allocation per company.

use crate::model::catalog::Catalog;
use crate::model::catalog::NOT_RATED;
use crate::model::query::{Facet, HubQuery, Sort};
use std::collections::HashMap;

/// Lowercases and strips accents, so "Zürich", "ZURICH" and "zurich" compare equal.
///
/// Written by hand: the Unicode normalization crates carry tables for every script, which would
/// add tens of kilobytes to the wasm for the Latin letters that company names actually use.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            match base_letter(lower) {
                Some(s) => out.push_str(s),
                None => out.push(lower),
            }
        }
    }
    out
}

/// ASCII base of an accented Latin lowercase letter (Latin-1 Supplement and Latin Extended-A).
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Combining accents (a decomposed "é") carry no letter of their own.
        '\u{0300}'..='\u{036F}' => "",
        _ => return None,
    })
}

/// Per-company data prepared once for fast filtering.
const FACETS: usize = Facet::ALL.len();

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    /// Folded name, aliases, tagline, domain line and interview style, separated by newlines.
    haystack: String,
    name_key: String,
    rank: u32,
    /// Per facet, the positions of the company's values in that facet's vocabulary (values the
    /// vocabulary lacks are left out), so filtering and counting compare numbers, not strings.
    facets: [Vec<u16>; FACETS],
}

/// The catalog's companies prepared for search; built once per loaded catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Per facet, its vocabulary (slugs in catalog order).
    vocabulary: [Vec<String>; FACETS],
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let vocabulary = Facet::ALL.map(|f| f.slugs(catalog).into_iter().map(String::from).collect::<Vec<_>>());
        let position = |facet: Facet, value: &str| {
            vocabulary[facet as usize].iter().position(|v| v == value).and_then(|at| u16::try_from(at).ok())
        };
        let entries = catalog
            .companies
            .iter()
            .map(|c| {
                let mut text = vec![c.name.as_str(), c.tagline.as_str(), c.domain.as_str(), c.interview_style.as_str()];
                text.extend(c.aliases.iter().map(String::as_str));
                Entry {
                    haystack: fold(&text.join("\n")),
                    name_key: fold(&c.name),
                    rank: catalog.difficulty_rank(&c.difficulty),
                    facets: Facet::ALL.map(|f| f.of(c).into_iter().filter_map(|v| position(f, v)).collect()),
                }
            })
            .collect();
        SearchIndex { entries, vocabulary }
    }

    /// Indices into `catalog.companies` of the companies this view shows, in display order.
    ///
    /// Facets combine with AND, values within a facet with OR; every search word must appear;
    /// with `query.saved`, only companies in `saved` (slugs saved in this browser) remain.
    pub fn matching(&self, catalog: &Catalog, query: &HubQuery, saved: &[String]) -> Vec<usize> {
        self.scan(catalog, query, saved, false).hits
    }

    /// The view and, in the same pass, how many companies each filter option would give.
    pub fn view(&self, catalog: &Catalog, query: &HubQuery, saved: &[String]) -> HubView {
        self.scan(catalog, query, saved, true)
    }

    fn scan(&self, catalog: &Catalog, query: &HubQuery, saved: &[String], count: bool) -> HubView {
        let folded = fold(&query.q);
        let words: Vec<&str> = folded.split_whitespace().collect();
        // Per facet: which vocabulary positions are chosen (None: the facet doesn't filter).
        let chosen = Facet::ALL.map(|f| {
            let values = query.values(f);
            (!values.is_empty())
                .then(|| self.vocabulary[f as usize].iter().map(|v| values.contains(v)).collect::<Vec<bool>>())
        });
        let mut tallies = self.vocabulary.each_ref().map(|v| vec![0_usize; v.len()]);
        let mut hits = Vec::new();
        for (i, (c, e)) in catalog.companies.iter().zip(&self.entries).enumerate() {
            if !(words.iter().all(|w| e.haystack.contains(w)) && (!query.saved || saved.contains(&c.slug))) {
                continue;
            }
            let fits: [bool; FACETS] = std::array::from_fn(|f| {
                chosen[f].as_ref().is_none_or(|on| e.facets[f].iter().any(|v| on[usize::from(*v)]))
            });
            if fits == [true; FACETS] {
                hits.push(i);
            }
            if count {
                // An option's count ignores its own facet's choices (values in a facet are ORed):
                // it is what ticking that option alone in its facet would show.
                for (f, tally) in tallies.iter_mut().enumerate() {
                    if (0..FACETS).all(|other| other == f || fits[other]) {
                        for v in &e.facets[f] {
                            tally[usize::from(*v)] += 1;
                        }
                    }
                }
            }
        }
        let counts = FacetCounts(std::array::from_fn(|f| {
            self.vocabulary[f].iter().cloned().zip(tallies[f].iter().copied()).filter(|(_, n)| *n > 0).collect()
        }));
        // The index as the last key makes the order total, so equal names never flicker, and an
        // unstable sort gives the same order (one sort fewer compiled into the wasm).
        let by_name = |a: &usize, b: &usize| self.entries[*a].name_key.cmp(&self.entries[*b].name_key).then(a.cmp(b));
        let by_rank = |a: &usize, b: &usize| self.entries[*a].rank.cmp(&self.entries[*b].rank);
        // Not rated sorts last in both directions: it is no point on the scale.
        let rated_first =
            |a: &usize, b: &usize| (self.entries[*a].rank == NOT_RATED).cmp(&(self.entries[*b].rank == NOT_RATED));
        hits.sort_unstable_by(|a, b| match query.sort {
            Sort::Name => by_name(a, b),
            Sort::Difficulty => rated_first(a, b).then_with(|| by_rank(a, b)).then_with(|| by_name(a, b)),
            Sort::DifficultyDesc => rated_first(a, b).then_with(|| by_rank(b, a)).then_with(|| by_name(a, b)),
        });
        HubView { hits, counts }
    }
}

/// One hub view: the companies shown, and the facet counts beside the filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HubView {
    pub hits: Vec<usize>,
    pub counts: FacetCounts,
}

/// Per facet, per option slug: how many companies ticking that option (alone in its facet)
/// would show, given the search, the saved filter and the other facets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetCounts([HashMap<String, usize>; FACETS]);

impl FacetCounts {
    pub fn get(&self, facet: Facet, slug: &str) -> usize {
        self.0[facet as usize].get(slug).copied().unwrap_or(0)
    }
}

#[cfg(test)]
fn names(catalog: &Catalog, hits: &[usize]) -> Vec<String> {
    hits.iter().map(|i| catalog.companies[*i].slug.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::tests::shipped;

    fn run(query: &str) -> (Catalog, Vec<usize>) {
        let catalog = shipped();
        let index = SearchIndex::new(&catalog);
        let hits = index.matching(&catalog, &HubQuery::parse(query), &["amazon".to_string()]);
        (catalog, hits)
    }

    #[test]
    fn folding_is_case_and_accent_insensitive() {
        assert_eq!(fold("Zürich CAFÉ Ærø Straße"), "zurich cafe aero strasse");
        assert_eq!(fold("Cafe\u{0301}"), "cafe");
        assert_eq!(fold("東京"), "東京");
    }

    #[test]
    fn no_query_lists_everything_by_name() {
        let (catalog, hits) = run("");
        assert_eq!(hits.len(), catalog.companies.len());
        let slugs = names(&catalog, &hits);
        let mut sorted: Vec<_> = hits.iter().map(|i| fold(&catalog.companies[*i].name)).collect();
        sorted.sort();
        let shown: Vec<_> = hits.iter().map(|i| fold(&catalog.companies[*i].name)).collect();
        assert_eq!(shown, sorted, "{slugs:?}");
    }

    #[test]
    fn every_search_word_must_appear_in_some_searched_field() {
        let (catalog, hits) = run("q=AMAZON");
        assert!(names(&catalog, &hits).contains(&"amazon".to_string()));
        // Alias, tagline, domain line, interview style all count.
        for q in ["aws", "customer-obsessed", "fulfillment", "customer-driven", "LOGISTICS merchant"] {
            let (catalog, hits) = run(&format!("q={q}"));
            assert!(names(&catalog, &hits).contains(&"amazon".to_string()), "{q}");
        }
        let (_, hits) = run("q=amazon+zzzzqq");
        assert!(hits.is_empty());
    }

    #[test]
    fn accented_query_matches_plain_text() {
        let (catalog, hits) = run("q=fulfíllment");
        assert!(names(&catalog, &hits).contains(&"amazon".to_string()));
    }

    #[test]
    fn facets_and_within_or_across() {
        let catalog = shipped();
        let index = SearchIndex::new(&catalog);
        let q = HubQuery::parse(
            "category=commerce-marketplace,fintech-payments&difficulty=hard,very-hard&role=data-engineer",
        );
        let hits = index.matching(&catalog, &q, &[]);
        for (i, c) in catalog.companies.iter().enumerate() {
            let expected = ["commerce-marketplace", "fintech-payments"].contains(&c.category.as_str())
                && ["hard", "very-hard"].contains(&c.difficulty.as_str())
                && c.primary_roles.iter().any(|r| r == "data-engineer");
            assert_eq!(hits.contains(&i), expected, "{}", c.slug);
        }
        assert!(!hits.is_empty(), "the fixture query should match something");
    }

    #[test]
    fn facet_counts_are_what_ticking_that_option_alone_would_show() {
        let catalog = shipped();
        let index = SearchIndex::new(&catalog);
        let saved = ["amazon".to_string(), "stripe".to_string(), "jane-street".to_string()];
        for raw in [
            "",
            "q=data",
            "category=fintech-payments&difficulty=hard",
            "role=data-engineer,ml-engineer&q=cloud",
            "saved=1&difficulty=medium",
        ] {
            let query = HubQuery::parse(raw);
            let view = index.view(&catalog, &query, &saved);
            assert_eq!(view.hits, index.matching(&catalog, &query, &saved), "{raw}");
            for facet in Facet::ALL {
                for slug in facet.slugs(&catalog) {
                    let alone = index.matching(&catalog, &query.with_only(facet, slug), &saved).len();
                    assert_eq!(view.counts.get(facet, slug), alone, "{raw}: {} {slug}", facet.key());
                }
            }
        }
        let all = index.view(&catalog, &HubQuery::default(), &[]);
        let total: usize = catalog.categories.iter().map(|c| all.counts.get(Facet::Category, &c.slug)).sum();
        assert_eq!(total, catalog.companies.len(), "each company has one category");
    }

    #[test]
    fn saved_filter_keeps_only_saved_companies() {
        let (catalog, hits) = run("saved=1");
        assert_eq!(names(&catalog, &hits), ["amazon"]);
        let (_, hits) = run("saved=1&category=gaming");
        assert!(hits.is_empty());
    }

    #[test]
    fn difficulty_sort_orders_by_rank_then_name() {
        for (param, hardest_first) in [("difficulty", false), ("-difficulty", true)] {
            let (catalog, hits) = run(&format!("sort={param}"));
            // Not rated last either way, then by rank, then by name.
            let keys: Vec<(bool, u32, String)> = hits
                .iter()
                .map(|i| {
                    let c = &catalog.companies[*i];
                    let rank = catalog.difficulty_rank(&c.difficulty);
                    (
                        !catalog.is_rated(&c.difficulty),
                        if hardest_first { u32::MAX - rank } else { rank },
                        fold(&c.name),
                    )
                })
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "sort={param}");
            assert_eq!(hits.len(), catalog.companies.len());
        }
    }
}
