//! State shared between pages, one file per piece (the lemmy-ui-leptos `contexts/` layout).
//!
//! Each piece keeps its signals private and offers read accessors plus methods that keep browser
//! storage in step. `App` calls every `provide_*` once; pages and components `expect_context`.
//! Nothing here imports `app`, `pages` or `components`.

pub mod catalog;
pub mod company_details;
pub mod compare;
pub mod hub_busy;
pub mod last_hub;
pub mod personal;
