//! The visitor's personal data (saved companies, prep progress, notes), kept in localStorage
//! under one versioned key and shared live between tabs.
//!
//! What is stored is never overwritten unless it was read: when the stored value can't be
//! read (corrupt, or written by a newer version of the site), changes stay in memory for the
//! visit and the app says so once ([`Keeping`]).

use crate::browser::storage::{Store, can_store, on_stored_change, read_stored, remove_stored, write_stored};
use crate::model::personal::Personal;
use leptos::prelude::*;

/// The one key personal data lives under; the JSON inside carries its version.
pub const KEY: &str = "company-interview-hubs:personal";
/// Where saved companies and progress lived before notes (migrated once, then removed).
pub const LEGACY_KEY: &str = "company-interview-hubs:saved";

/// Whether this browser is keeping what the visitor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Stored and shared with other tabs.
    Yes,
    /// The browser refuses storage (private mode, blocked site data).
    Unavailable,
    /// Storage refused a write (usually full); the last stored copy is intact.
    Full,
    /// What is stored couldn't be read; it is left untouched and nothing is written over it.
    Unreadable,
}

impl Keeping {
    /// The one message the app shows about it, if any.
    pub fn message(self) -> Option<&'static str> {
        match self {
            Keeping::Yes => None,
            Keeping::Unavailable => Some(
                "This browser isn't letting the site store data, so your saved companies, progress and notes last only until you close this tab. Export them from Your prep data to keep a copy.",
            ),
            Keeping::Full => Some(
                "This browser's storage for the site is full, so your latest changes are kept only until you close this tab. Export them from Your prep data to keep a copy.",
            ),
            Keeping::Unreadable => Some(
                "Your data stored in this browser could not be read (it may come from a newer version of the site, or be damaged). It has been left as it was; changes you make now last only until you close this tab.",
            ),
        }
    }
}

#[derive(Clone, Copy)]
pub struct PersonalState {
    data: RwSignal<Personal>,
    keeping: RwSignal<Keeping>,
}

impl PersonalState {
    /// Reads the personal data (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Personal) -> R) -> R {
        self.data.with(read)
    }

    /// A copy, untracked (for export and import previews).
    pub fn snapshot(&self) -> Personal {
        self.data.get_untracked()
    }

    /// Changes the data and writes it through to storage: the only way to change it.
    ///
    /// Read-modify-write: the change applies to what storage holds now, so a change another
    /// tab stored a moment ago (its storage event not yet delivered) is kept, not overwritten.
    pub fn update(&self, change: impl FnOnce(&mut Personal)) {
        if self.keeping.get_untracked() == Keeping::Yes
            && let Some(Ok(stored)) = read_stored(Store::Local, KEY).map(|text| Personal::from_json(&text))
            && self.data.with_untracked(|mine| *mine != stored)
        {
            self.data.set(stored);
        }
        self.data.update(change);
        self.save();
    }

    /// Replaces everything (an import).
    pub fn replace(&self, with: Personal) {
        self.data.set(with);
        self.save();
    }

    /// Whether, and why not, this browser keeps the data (tracked).
    pub fn keeping(&self) -> Keeping {
        self.keeping.get()
    }

    fn save(&self) {
        if matches!(self.keeping.get_untracked(), Keeping::Unreadable | Keeping::Unavailable) {
            return;
        }
        let written = write_stored(Store::Local, KEY, &self.data.with_untracked(Personal::to_json));
        self.keeping.set(if written { Keeping::Yes } else { Keeping::Full });
    }

    /// Reads storage, migrating the old format once.
    fn load(&self) {
        if !can_store(Store::Local) {
            self.keeping.set(Keeping::Unavailable);
            return;
        }
        match read_stored(Store::Local, KEY) {
            Some(text) => match Personal::from_json(&text) {
                Ok(data) => {
                    self.data.set(data);
                    self.keeping.set(Keeping::Yes);
                }
                Err(_) => self.keeping.set(Keeping::Unreadable),
            },
            None => {
                if let Some(old) = read_stored(Store::Local, LEGACY_KEY) {
                    self.data.set(Personal::from_legacy(&old));
                    self.keeping.set(Keeping::Yes);
                    self.save();
                    // Only once the new copy is safely stored does the old one go.
                    if self.keeping.get_untracked() == Keeping::Yes {
                        remove_stored(Store::Local, LEGACY_KEY);
                    }
                }
            }
        }
    }

    /// Another tab changed the data: show its version (never written back, so tabs can't echo).
    fn reload_from_other_tab(&self) {
        match read_stored(Store::Local, KEY).map(|text| Personal::from_json(&text)) {
            Some(Ok(data)) => {
                self.data.set(data);
                if self.keeping.get_untracked() == Keeping::Unreadable {
                    self.keeping.set(Keeping::Yes);
                }
            }
            Some(Err(_)) => self.keeping.set(Keeping::Unreadable),
            // Cleared elsewhere (site data deleted): start afresh, as a new tab would.
            None => self.data.set(Personal::default()),
        }
    }
}

pub fn provide_personal() {
    // Nothing saved and storage assumed to work: what the build-time HTML shows everyone.
    let state = PersonalState { data: RwSignal::new(Personal::default()), keeping: RwSignal::new(Keeping::Yes) };
    crate::browser::hydration::after_hydration(move || state.load());
    if cfg!(target_arch = "wasm32") {
        on_stored_change(KEY, move || state.reload_from_other_tab());
    }
    provide_context(state);
}
