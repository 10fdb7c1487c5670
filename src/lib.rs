#![recursion_limit = "256"]
//! Company Interview Hubs: a client-side Leptos app over a curated catalog of company profiles.
//!
//! Pure logic (`catalog`, `query`, `filter`, `company_tab`, `page_meta`, `personal`) compiles and is
//! tested natively; shared state lives in `state`, data access in `api`, and the UI in `app`,
//! `pages` and `components`. Modules depend downwards only: `app` → `pages` → `components` →
//! `state` → `api` → pure logic; nothing imports back the module that mounts it.

pub mod api;
pub mod app;
pub mod base_path;
pub mod catalog;
pub mod company_tab;
pub mod compare;
pub mod components;
pub mod dates;
pub mod filter;
pub mod focus;
pub mod page_meta;
pub mod pages;
pub mod panic_screen;
pub mod perf;
pub mod personal;
pub mod prerender;
pub mod query;
pub mod related;
pub mod state;
pub mod text;

