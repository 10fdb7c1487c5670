//! The companies picked for comparison (from cards, the Saved view or a company page), kept in
//! this tab's sessionStorage until the visitor opens the comparison.

use crate::browser::storage::{Store, read_stored, write_stored};
use crate::model::compare::MAX_COMPARED;
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
            crate::model::list::toggle(picks, slug, MAX_COMPARED);
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
        let picks = crate::model::list::slugs(&stored, MAX_COMPARED);
        self.0.set(picks);
    }
}

pub fn provide_compare_picks() {
    let picks = ComparePicks(RwSignal::new(Vec::new()));
    crate::browser::hydration::after_hydration(move || picks.load());
    provide_context(picks);
}
