//! The companies picked for comparison (from cards, the Saved view or a company page), kept in
//! this tab's sessionStorage until the visitor opens the comparison.

use crate::api::{Store, read_stored, write_stored};
use crate::compare::MAX_COMPARED;
use leptos::prelude::*;

const KEY: &str = "company-interview-hubs:compare";

#[derive(Clone, Copy)]
pub struct ComparePicks(RwSignal<Vec<String>>);

impl ComparePicks {
    /// The picked slugs, in the order picked (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&[String]) -> R) -> R {
        self.0.with(|picks| read(picks))
    }

    pub fn has(&self, slug: &str) -> bool {
        self.0.with(|picks| picks.iter().any(|p| p == slug))
    }

    /// Full: nothing more can be picked (tracked).
    pub fn is_full(&self) -> bool {
        self.0.with(|picks| picks.len() >= MAX_COMPARED)
    }

    /// Picks or unpicks a company; a fifth pick is refused (the toggles say why).
    pub fn toggle(&self, slug: &str) {
        self.0.update(|picks| {
            if let Some(at) = picks.iter().position(|p| p == slug) {
                picks.remove(at);
            } else if picks.len() < MAX_COMPARED {
                picks.push(slug.to_string());
            }
        });
        self.store();
    }

    pub fn clear(&self) {
        self.0.set(Vec::new());
        self.store();
    }

    fn store(&self) {
        write_stored(Store::Session, KEY, &self.0.with_untracked(|p| p.join(",")));
    }

    fn load(&self) {
        let stored = read_stored(Store::Session, KEY).unwrap_or_default();
        let picks: Vec<String> = stored
            .split(',')
            .filter(|s| crate::catalog::validate::is_slug(s))
            .take(MAX_COMPARED)
            .map(str::to_string)
            .collect();
        self.0.set(picks);
    }
}

pub fn provide_compare_picks() {
    let picks = ComparePicks(RwSignal::new(Vec::new()));
    if crate::prerender::hydrating() {
        // Build-time pages show nothing picked; this tab's picks arrive right after.
        Effect::new(move |_| picks.load());
    } else {
        picks.load();
    }
    provide_context(picks);
}
