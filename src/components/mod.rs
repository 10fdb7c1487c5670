//! Reusable pieces shared by pages.

pub mod badges;
pub mod company_card;
pub mod hub_controls;
pub mod load_state;
