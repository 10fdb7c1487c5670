//! The UI: the app shell and its routes, one routed page per file, and reusable components.

pub mod app;
pub mod components;
pub mod dynamic;
pub mod events;
pub mod pages;
