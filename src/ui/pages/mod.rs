//! One routed page per file.

pub mod company;
pub mod compare;
pub mod hub;
pub mod not_found;
pub mod plan;
pub mod your_data;
