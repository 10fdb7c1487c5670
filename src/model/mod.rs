//! The model: plain types and pure functions over them. Compiles and is tested natively; imports
//! nothing from `browser`, `state` or `ui` (`make lint` refuses it).

pub mod catalog;
pub mod compare;
pub mod dates;
pub mod filter;
pub mod ics;
pub mod list;
pub mod loaded;
pub mod markup;
pub mod page_meta;
pub mod personal;
pub mod plan;
pub mod query;
pub mod related;
pub mod report;
pub mod reveal;
pub mod route;
pub mod share;
pub mod tabs;
pub mod text;
