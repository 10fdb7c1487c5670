//! Reusable pieces shared by pages.

pub mod badges;
pub mod company_card;
pub mod hub_controls;
pub mod load_state;
pub mod prep_checklist;
pub mod save_button;
pub mod theme_picker;
