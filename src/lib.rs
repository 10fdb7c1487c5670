#![recursion_limit = "256"]
//! Company Interview Hubs: a client-side Leptos app over a curated catalog of company profiles.
//!
//! Four layers, each importing only from the ones before it (`make lint` checks):
//! `model` (pure, native-tested) → `browser` (DOM, storage, network) → `state` (shared
//! signals, one `provide_*` each) → `ui` (the app shell, pages, components).

pub mod browser;
pub mod model;
pub mod state;
pub mod ui;
