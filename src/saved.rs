//! What a visitor keeps in this browser: saved companies and which prep-focus items they have
//! prepared. Plain data with a lenient JSON form, so stored junk can't break the app.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Upper bounds so a tampered store can't grow without limit.
const MAX_SAVED: usize = 500;
const MAX_ITEMS: usize = 64;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    /// Saved company slugs, most recently saved last.
    pub companies: Vec<String>,
    /// Per company slug, the indices of prep-focus items marked as prepared.
    pub prepared: BTreeMap<String, Vec<usize>>,
}

impl Saved {
    /// Reads stored JSON; anything unreadable starts afresh rather than failing.
    pub fn from_json(text: &str) -> Saved {
        let mut saved: Saved = serde_json::from_str(text).unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        saved.companies.retain(|s| crate::catalog::validate::is_slug(s) && seen.insert(s.clone()));
        saved.companies.truncate(MAX_SAVED);
        saved.prepared.retain(|slug, items| {
            items.sort_unstable();
            items.dedup();
            items.retain(|i| *i < MAX_ITEMS);
            crate::catalog::validate::is_slug(slug) && !items.is_empty()
        });
        saved
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn is_saved(&self, slug: &str) -> bool {
        self.companies.iter().any(|s| s == slug)
    }

    pub fn toggle_saved(&mut self, slug: &str) {
        if let Some(at) = self.companies.iter().position(|s| s == slug) {
            self.companies.remove(at);
        } else if self.companies.len() < MAX_SAVED {
            self.companies.push(slug.to_string());
        }
    }

    pub fn is_prepared(&self, slug: &str, item: usize) -> bool {
        self.prepared.get(slug).is_some_and(|items| items.contains(&item))
    }

    pub fn toggle_prepared(&mut self, slug: &str, item: usize) {
        if item >= MAX_ITEMS {
            return;
        }
        let items = self.prepared.entry(slug.to_string()).or_default();
        match items.binary_search(&item) {
            Ok(at) => {
                items.remove(at);
            }
            Err(at) => items.insert(at, item),
        }
        if items.is_empty() {
            self.prepared.remove(slug);
        }
    }

    /// How many of a company's `total` prep items are marked prepared.
    pub fn prepared_count(&self, slug: &str, total: usize) -> usize {
        self.prepared.get(slug).map_or(0, |items| items.iter().filter(|i| **i < total).count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_and_round_trips() {
        let mut saved = Saved::default();
        saved.toggle_saved("stripe");
        saved.toggle_saved("amazon");
        saved.toggle_prepared("amazon", 3);
        saved.toggle_prepared("amazon", 1);
        assert!(saved.is_saved("amazon") && saved.is_prepared("amazon", 1));
        assert_eq!(saved.prepared_count("amazon", 6), 2);
        assert_eq!(saved.prepared_count("amazon", 2), 1, "items beyond the list don't count");
        let back = Saved::from_json(&saved.to_json());
        assert_eq!(back, saved);
        saved.toggle_saved("stripe");
        saved.toggle_prepared("amazon", 1);
        saved.toggle_prepared("amazon", 3);
        assert_eq!(saved.companies, ["amazon"]);
        assert!(saved.prepared.is_empty(), "no empty entries are kept");
    }

    #[test]
    fn junk_in_storage_is_dropped_not_fatal() {
        assert_eq!(Saved::from_json("not json"), Saved::default());
        assert_eq!(Saved::from_json("[]"), Saved::default());
        let saved = Saved::from_json(
            r#"{"companies":["ok","<script>","ok"],"prepared":{"ok":[9,1,1,9999],"Bad Slug":[1],"x":[]}}"#,
        );
        assert_eq!(saved.companies, ["ok"]);
        assert_eq!(saved.prepared.get("ok").unwrap(), &vec![1, 9]);
        assert_eq!(saved.prepared.len(), 1);
    }
}
