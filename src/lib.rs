#![recursion_limit = "256"]
//! Company Interview Hubs: a client-side Leptos app over a curated catalog of company profiles.
//!
//! Pure logic (`catalog`, `query`, `filter`, `company_tab`) compiles and is tested natively; the
//! UI lives in `app`, `pages` and `components`, and data access in `api`.

pub mod api;
pub mod app;
pub mod base_path;
pub mod catalog;
pub mod company_tab;
pub mod components;
pub mod filter;
pub mod head;
pub mod pages;
pub mod panic_screen;
pub mod perf;
pub mod prerender;
pub mod query;
pub mod saved;
