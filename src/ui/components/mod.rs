//! Reusable pieces shared by pages.

pub mod back_link;
pub mod badges;
pub mod company_card;
pub mod company_notes;
pub mod compare_pick;
pub mod hub_controls;
pub mod interview_plan;
pub mod load_state;
pub mod prep_checklist;
pub mod save_button;
pub mod shortcuts;
pub mod static_block;
pub mod storage_notice;
pub mod theme_picker;
