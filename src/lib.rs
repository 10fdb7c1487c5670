//! Company Interview Hubs: a client-side Leptos app over a curated catalog of company profiles.
//!
//! Pure logic (`catalog`, `query`, `filter`) compiles and is tested natively; the UI lives in
//! `app`, `pages` and `components`.

pub mod catalog;
pub mod filter;
pub mod query;
