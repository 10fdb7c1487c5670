//! The visitor's calendar: today's date in their own time zone, and the current instant for
//! calendar files.

use crate::model::plan::Day;

/// Today in the visitor's local calendar (the device's time zone); the Unix epoch's day
/// outside a browser (the prerenderer shows no plans, so nothing depends on it there).
pub fn local_today() -> Day {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Day::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(Day(0))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Day(0)
    }
}

/// The current instant in UTC as a calendar file stamps it ("20261205T091500Z").
pub fn utc_stamp() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let iso: String = js_sys::Date::new_0().to_iso_string().into();
        // "2026-12-05T09:15:00.000Z" → "20261205T091500Z"
        let digits: String = iso.chars().take(19).filter(|c| c.is_ascii_digit() || *c == 'T').collect();
        format!("{digits}Z")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "19700101T000000Z".to_string()
    }
}
