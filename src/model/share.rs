//! A plan carried in a link's fragment (`/plan#share=…`), so the receiver's browser rebuilds it
//! from the URL alone and the plan never reaches a server log (browsers don't send fragments).
//!
//! The fragment is hostile input: it is size-checked before decoding, must be our JSON with a
//! known version, and yields at most a plan the same rules as stored data allow.

use crate::model::plan::Plan;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde_json::{Value, json};
use std::fmt;

/// The fragment's key.
pub const KEY: &str = "share=";
/// Longer fragments are refused before they are decoded: a typical plan needs a few hundred
/// characters, the largest the site allows (every field full of quotes) about 7,300.
pub const MAX_FRAGMENT: usize = 8_000;
const VERSION: u64 = 1;

/// Characters left as they are: URL-safe and readable in JSON.
const KEEP: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b':').remove(b',');

/// A plan someone shared: which company, and the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub slug: String,
    pub plan: Plan,
}

/// Why a link can't be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    TooLong,
    Damaged,
    Newer,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::TooLong => "This plan link is longer than any plan the site makes, so it was not read.",
            ShareError::Damaged => {
                "This plan link is damaged or incomplete (it may have been cut when it was copied). Ask for the link again."
            }
            ShareError::Newer => "This plan link comes from a newer version of the site. Reload the page and try again.",
        })
    }
}

impl Shared {
    /// The fragment, without the `#`.
    pub fn to_fragment(&self) -> String {
        let value = json!({ "v": VERSION, "company": self.slug, "plan": self.plan.to_value() });
        format!("{KEY}{}", utf8_percent_encode(&value.to_string(), KEEP))
    }

    /// Reads a fragment (with or without the `#`); `Ok(None)` when it carries no plan at all.
    pub fn from_fragment(fragment: &str) -> Result<Option<Shared>, ShareError> {
        let Some(encoded) = fragment.trim_start_matches('#').strip_prefix(KEY) else { return Ok(None) };
        if encoded.len() > MAX_FRAGMENT {
            return Err(ShareError::TooLong);
        }
        let text = percent_decode_str(encoded).decode_utf8().map_err(|_| ShareError::Damaged)?;
        let value: Value = serde_json::from_str(&text).map_err(|_| ShareError::Damaged)?;
        match value.get("v").and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(v) if v > VERSION => return Err(ShareError::Newer),
            _ => return Err(ShareError::Damaged),
        }
        let slug = value.get("company").and_then(Value::as_str).filter(|s| crate::model::catalog::validate::is_slug(s));
        let plan = value.get("plan").and_then(Plan::from_value);
        match (slug, plan) {
            (Some(slug), Some(plan)) => Ok(Some(Shared { slug: slug.to_string(), plan })),
            _ => Err(ShareError::Damaged),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{Day, Interview, MAX_INTERVIEWS, MAX_TEXT_CHARS};

    fn shared() -> Shared {
        let mut plan = Plan { role: "Backend & infra, \"senior\"".into(), level: "L5 <b>".into(), interviews: vec![] };
        plan.add(Interview {
            day: Day::parse("2026-12-18").unwrap(),
            time: Some("14:00".into()),
            kind: "coding".into(),
            title: "Onsite #1 ünï".into(),
        });
        Shared { slug: "stripe".into(), plan }
    }

    #[test]
    fn a_plan_survives_the_round_trip() {
        let fragment = shared().to_fragment();
        assert!(fragment.starts_with(KEY));
        assert!(!fragment.contains('#') && !fragment.contains(' ') && !fragment.contains('"'), "{fragment}");
        assert_eq!(Shared::from_fragment(&format!("#{fragment}")), Ok(Some(shared())));
    }

    #[test]
    fn the_largest_plan_fits_the_limit() {
        let mut plan = Plan { role: "r".repeat(MAX_TEXT_CHARS), level: "l".repeat(MAX_TEXT_CHARS), interviews: vec![] };
        for n in 0..MAX_INTERVIEWS {
            let title = format!("{n}{}", "\"".repeat(MAX_TEXT_CHARS - 2));
            plan.add(Interview {
                day: Day::parse("2026-12-01").unwrap().plus(n as i32),
                time: Some("09:00".into()),
                kind: "system-design".into(),
                title,
            });
        }
        let shared = Shared { slug: "a".repeat(40), plan };
        let fragment = shared.to_fragment();
        assert!(fragment.len() <= MAX_FRAGMENT + KEY.len(), "{} characters", fragment.len());
        assert_eq!(Shared::from_fragment(&fragment), Ok(Some(shared)));
    }

    #[test]
    fn hostile_fragments_get_a_clear_refusal() {
        assert_eq!(Shared::from_fragment(""), Ok(None));
        assert_eq!(Shared::from_fragment("#main"), Ok(None));
        assert_eq!(Shared::from_fragment(&format!("share={}", "a".repeat(MAX_FRAGMENT + 1))), Err(ShareError::TooLong));
        let encode = |v: &str| format!("share={}", utf8_percent_encode(v, KEEP));
        for bad in [
            "share=%FF%FE",
            "share=not json",
            "share=%7B",
            &encode(r#"{"company":"stripe","plan":{"interviews":[{"date":"2026-12-18"}]}}"#),
            &encode(r#"{"v":1,"company":"../etc","plan":{"interviews":[{"date":"2026-12-18"}]}}"#),
            &encode(r#"{"v":1,"company":"stripe","plan":{"interviews":[{"date":"2026-02-30"}]}}"#),
            &encode(r#"{"v":1,"company":"stripe","plan":[]}"#),
            &encode(r#"[1,2,3]"#),
        ] {
            assert_eq!(Shared::from_fragment(bad), Err(ShareError::Damaged), "{bad}");
        }
        assert_eq!(Shared::from_fragment(&encode(r#"{"v":9}"#)), Err(ShareError::Newer));
        let cut = &shared().to_fragment()[..40];
        assert_eq!(Shared::from_fragment(cut), Err(ShareError::Damaged), "a link cut short");
    }
}
