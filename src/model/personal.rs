//! What a visitor keeps in this browser: saved companies, which prep-focus items they have
//! prepared, a private note and an interview plan per company. Plain data with one versioned JSON form, used both
//! in storage and in export files, so the two can never drift apart.
//!
//! Reading is strict about the envelope (a file that isn't ours, or is from a newer version, is
//! refused so nothing is lost by overwriting it) and lenient about the contents (a bad slug or
//! an out-of-range item is dropped, so tampered data can't break the app).

use crate::model::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The `format` field every stored value and export file carries.
pub const FORMAT: &str = "company-interview-hubs/personal-data";
/// The version this build writes; it reads this one and anything older. Version 2 added
/// `plans`; a version-1 build refuses it instead of saving over the plans it can't read.
pub const VERSION: u64 = 2;
/// Notes are for prep points, not essays: this keeps one company's note readable and the
/// whole store well inside the few megabytes browsers allow.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// Export files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 2_000_000;
/// Upper bounds so tampered data can't grow without limit.
const MAX_COMPANIES: usize = 2_000;
const MAX_ITEMS: usize = 64;

/// Everything personal, keyed by company slug. Companies that have left the catalog keep their
/// entries: they are shown apart and exported, never silently dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Personal {
    /// Saved company slugs, in the order they were saved.
    pub saved: Vec<String>,
    /// Per company, the indices of prep-focus items marked as prepared (sorted, no repeats).
    pub prepared: BTreeMap<String, Vec<usize>>,
    /// Per company, the visitor's note (never empty).
    pub notes: BTreeMap<String, String>,
    /// Per company, the interview dates and the role they are for (never without a date).
    pub plans: Plans,
}

/// Plans by company slug, in slug order. A sorted list rather than a `BTreeMap`: a map of one
/// more value type monomorphises its own tree code (about 3 KB of gzipped wasm), and a visitor
/// has a handful of plans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plans(Vec<(String, Plan)>);

impl Plans {
    pub fn get(&self, slug: &str) -> Option<&Plan> {
        self.0.iter().find(|(s, _)| s == slug).map(|(_, p)| p)
    }

    pub fn contains_key(&self, slug: &str) -> bool {
        self.get(slug).is_some()
    }

    /// Sets or replaces a company's plan, keeping slug order.
    pub fn insert(&mut self, slug: String, plan: Plan) {
        match self.0.binary_search_by(|(s, _)| s.as_str().cmp(&slug)) {
            Ok(at) => self.0[at].1 = plan,
            Err(at) => self.0.insert(at, (slug, plan)),
        }
    }

    pub fn remove(&mut self, slug: &str) {
        self.0.retain(|(s, _)| s != slug);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Plan)> {
        self.0.iter().map(|(s, p)| (s, p))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(s, _)| s)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The JSON form, in storage and in files.
#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported: Option<String>,
    #[serde(default)]
    saved: Value,
    #[serde(default)]
    prepared: Value,
    #[serde(default)]
    notes: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    plans: Value,
}

/// Why stored text or a file could not be read. Nothing is changed when this happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge(u64),
    NotJson,
    Foreign,
    Newer(u64),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge(bytes) => write!(
                f,
                "This file is {} KB; an export is at most {} KB, so it can't be one.",
                bytes.div_ceil(1000),
                MAX_FILE_BYTES / 1000
            ),
            ReadError::NotJson => write!(f, "This file is not JSON, so it can't be an export from this site."),
            ReadError::Foreign => {
                write!(f, "This JSON file is not an export of Company Interview Hubs data.")
            }
            ReadError::Newer(version) => write!(
                f,
                "This file comes from a newer version of the site (data version {version}; this one reads up to {VERSION}). Reload the page to get the newer version, then try again."
            ),
        }
    }
}

impl Personal {
    /// Reads the current form (stored or exported).
    pub fn from_json(text: &str) -> Result<Personal, ReadError> {
        let value: Value = serde_json::from_str(text).map_err(|_| ReadError::NotJson)?;
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(ReadError::Foreign);
        }
        let envelope: Envelope = serde_json::from_value(value).map_err(|_| ReadError::Foreign)?;
        if envelope.version > VERSION {
            return Err(ReadError::Newer(envelope.version));
        }
        let mut personal = Personal::default();
        for slug in slugs(&envelope.saved) {
            if !personal.saved.contains(&slug) && personal.saved.len() < MAX_COMPANIES {
                personal.saved.push(slug);
            }
        }
        personal.prepared = prepared(&envelope.prepared);
        if let Value::Object(notes) = envelope.notes {
            for (slug, note) in notes.into_iter().take(MAX_COMPANIES) {
                // Stored and imported notes are kept whole (a merge may have joined two); only
                // typing is limited.
                if let (true, Value::String(text)) = (is_slug(&slug), note)
                    && !text.trim().is_empty()
                {
                    personal.notes.insert(slug, text);
                }
            }
        }
        if let Value::Object(plans) = envelope.plans {
            for (slug, plan) in plans.iter().take(MAX_COMPANIES) {
                if let (true, Some(plan)) = (is_slug(slug), Plan::from_value(plan)) {
                    personal.plans.insert(slug.clone(), plan);
                }
            }
        }
        Ok(personal)
    }

    /// Reads the form stored before notes existed (`{"companies": [...], "prepared": {...}}`
    /// under the key `company-interview-hubs:saved`). Junk gives an empty record, as it did then.
    pub fn from_legacy(text: &str) -> Personal {
        let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let mut personal = Personal::default();
        for slug in slugs(value.get("companies").unwrap_or(&Value::Null)) {
            if !personal.saved.contains(&slug) && personal.saved.len() < MAX_COMPANIES {
                personal.saved.push(slug);
            }
        }
        personal.prepared = prepared(value.get("prepared").unwrap_or(&Value::Null));
        personal
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        self.envelope(None).to_string()
    }

    /// The export file's text (pretty, so a visitor can read it), stamped with the day.
    pub fn to_export(&self, today: &str) -> String {
        serde_json::to_string_pretty(&self.envelope(Some(today.to_string()))).unwrap_or_default()
    }

    fn envelope(&self, exported: Option<String>) -> Value {
        let envelope = Envelope {
            format: FORMAT.to_string(),
            version: VERSION,
            exported,
            saved: serde_json::json!(self.saved),
            prepared: serde_json::json!(self.prepared),
            notes: serde_json::json!(self.notes),
            plans: if self.plans.is_empty() {
                Value::Null
            } else {
                // Inserted one by one: collecting a map sorts first (a stable sort compiled per
                // entry type, a few KB of wasm each), and the plans are in slug order already.
                let mut plans = serde_json::Map::new();
                for (slug, plan) in self.plans.iter() {
                    plans.insert(slug.clone(), plan.to_value());
                }
                Value::Object(plans)
            },
        };
        serde_json::to_value(envelope).unwrap_or(Value::Null)
    }

    pub fn is_empty(&self) -> bool {
        self.saved.is_empty() && self.prepared.is_empty() && self.notes.is_empty() && self.plans.is_empty()
    }

    pub fn plan(&self, slug: &str) -> Option<&Plan> {
        self.plans.get(slug)
    }

    /// Sets a company's plan; a plan with no dates is removed.
    pub fn set_plan(&mut self, slug: &str, plan: Plan) {
        if plan.is_empty() {
            self.plans.remove(slug);
        } else if self.plans.len() < MAX_COMPANIES || self.plans.contains_key(slug) {
            self.plans.insert(slug.to_string(), plan);
        }
    }

    pub fn is_saved(&self, slug: &str) -> bool {
        self.saved.iter().any(|s| s == slug)
    }

    pub fn toggle_saved(&mut self, slug: &str) {
        crate::model::list::toggle(&mut self.saved, slug, MAX_COMPANIES);
    }

    pub fn is_prepared(&self, slug: &str, item: usize) -> bool {
        self.prepared.get(slug).is_some_and(|items| items.contains(&item))
    }

    pub fn toggle_prepared(&mut self, slug: &str, item: usize) {
        if item >= MAX_ITEMS {
            return;
        }
        let items = self.prepared.entry(slug.to_string()).or_default();
        match items.binary_search(&item) {
            Ok(at) => {
                items.remove(at);
            }
            Err(at) => items.insert(at, item),
        }
        if items.is_empty() {
            self.prepared.remove(slug);
        }
    }

    /// How many of a company's `total` prep items are marked prepared.
    pub fn prepared_count(&self, slug: &str, total: usize) -> usize {
        self.prepared.get(slug).map_or(0, |items| items.iter().filter(|i| **i < total).count())
    }

    /// What a hub card says about this visitor's own data for a company, or `None` when there
    /// is nothing: "★ Saved · 2 of 9 prepared · Onsite in 13 days".
    pub fn card_line(&self, slug: &str, total: usize, today: crate::model::plan::Day) -> Option<String> {
        let prepared = self.prepared_count(slug, total);
        let parts: Vec<String> = [
            self.is_saved(slug).then(|| "★ Saved".to_string()),
            (prepared > 0).then(|| format!("{prepared} of {total} prepared")),
            self.plan(slug).and_then(|p| p.countdown(today)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// Clears one company's ticks (its note and saved mark stay).
    pub fn reset_progress(&mut self, slug: &str) {
        self.prepared.remove(slug);
    }

    pub fn note(&self, slug: &str) -> &str {
        self.notes.get(slug).map_or("", String::as_str)
    }

    /// How long a company's note may be typed: [`MAX_NOTE_CHARS`], or the note's own length
    /// when a merge made it longer (editing it must not cut it).
    pub fn note_limit(&self, slug: &str) -> usize {
        MAX_NOTE_CHARS.max(self.note(slug).chars().count())
    }

    /// Sets a typed note, cut to [`Personal::note_limit`]; an empty (or blank) note is removed.
    pub fn set_note(&mut self, slug: &str, text: &str) {
        if text.trim().is_empty() {
            self.notes.remove(slug);
        } else if self.notes.len() < MAX_COMPANIES || self.notes.contains_key(slug) {
            let limit = self.note_limit(slug);
            self.notes.insert(slug.to_string(), text.chars().take(limit).collect());
        }
    }

    /// Every company slug this record mentions, once each, sorted.
    pub fn companies(&self) -> BTreeSet<&str> {
        // Inserted, not collected: see `envelope`.
        let mut all = BTreeSet::new();
        for slug in self.saved.iter().chain(self.prepared.keys()).chain(self.notes.keys()).chain(self.plans.keys()) {
            all.insert(slug.as_str());
        }
        all
    }

    /// This record with `other` added: saved companies and ticks are unions; where both have a
    /// different note for a company, both texts are kept (this one first), so a merge never
    /// loses words. A joined note may exceed the typing limit; it is not cut.
    pub fn merged(&self, other: &Personal) -> Personal {
        let mut merged = self.clone();
        for slug in &other.saved {
            if !merged.is_saved(slug) && merged.saved.len() < MAX_COMPANIES {
                merged.saved.push(slug.clone());
            }
        }
        for (slug, items) in &other.prepared {
            let mine = merged.prepared.entry(slug.clone()).or_default();
            mine.extend(items);
            mine.sort_unstable();
            mine.dedup();
        }
        for (slug, theirs) in &other.notes {
            let joined = match merged.notes.get(slug) {
                None => theirs.clone(),
                Some(mine) if mine.contains(theirs.as_str()) => mine.clone(),
                Some(mine) if theirs.contains(mine.as_str()) => theirs.clone(),
                Some(mine) => format!("{mine}\n\n{theirs}"),
            };
            merged.notes.insert(slug.clone(), joined);
        }
        for (slug, theirs) in other.plans.iter() {
            let joined = merged.plans.get(slug).map_or_else(|| theirs.clone(), |mine| mine.merged(theirs));
            merged.set_plan(slug, joined);
        }
        merged
    }
}

/// What replacing `before` with `after` changes, counted for a visitor to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub saved_added: usize,
    pub saved_removed: usize,
    pub ticks_added: usize,
    pub ticks_removed: usize,
    pub notes_added: usize,
    pub notes_changed: usize,
    pub notes_removed: usize,
    pub plans_added: usize,
    pub plans_changed: usize,
    pub plans_removed: usize,
}

impl Changes {
    pub fn between(before: &Personal, after: &Personal) -> Changes {
        let count_new = |a: &[String], b: &[String]| b.iter().filter(|s| !a.contains(s)).count();
        let ticks = |from: &Personal, to: &Personal| -> usize {
            to.prepared.iter().map(|(slug, items)| items.iter().filter(|i| !from.is_prepared(slug, **i)).count()).sum()
        };
        let notes_new =
            |from: &Personal, to: &Personal| to.notes.keys().filter(|s| !from.notes.contains_key(*s)).count();
        Changes {
            saved_added: count_new(&before.saved, &after.saved),
            saved_removed: count_new(&after.saved, &before.saved),
            ticks_added: ticks(before, after),
            ticks_removed: ticks(after, before),
            notes_added: notes_new(before, after),
            notes_changed: after.notes.iter().filter(|(s, t)| before.notes.get(*s).is_some_and(|b| b != *t)).count(),
            notes_removed: notes_new(after, before),
            plans_added: after.plans.keys().filter(|s| !before.plans.contains_key(s)).count(),
            plans_changed: after.plans.iter().filter(|(s, p)| before.plans.get(s).is_some_and(|b| b != *p)).count(),
            plans_removed: before.plans.keys().filter(|s| !after.plans.contains_key(s)).count(),
        }
    }

    pub fn is_none(&self) -> bool {
        *self == Changes::default()
    }

    /// One sentence: "Adds 2 saved companies and 1 note; removes 3 prepared items."
    pub fn describe(&self) -> String {
        let part = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        let list = |parts: Vec<Option<String>>| {
            let parts: Vec<String> = parts.into_iter().flatten().collect();
            match parts.len() {
                0 => None,
                1 => Some(parts[0].clone()),
                n => Some(format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1])),
            }
        };
        let adds = list(vec![
            part(self.saved_added, "saved company", "saved companies"),
            part(self.ticks_added, "prepared item", "prepared items"),
            part(self.notes_added, "note", "notes"),
            part(self.plans_added, "interview plan", "interview plans"),
        ]);
        let changes = list(vec![
            part(self.notes_changed, "note", "notes"),
            part(self.plans_changed, "interview plan", "interview plans"),
        ]);
        let removes = list(vec![
            part(self.saved_removed, "saved company", "saved companies"),
            part(self.ticks_removed, "prepared item", "prepared items"),
            part(self.notes_removed, "note", "notes"),
            part(self.plans_removed, "interview plan", "interview plans"),
        ]);
        let sentences: Vec<String> = [("Adds", adds), ("changes", changes), ("removes", removes)]
            .into_iter()
            .filter_map(|(verb, what)| what.map(|w| format!("{verb} {w}")))
            .collect();
        if sentences.is_empty() {
            return "Changes nothing: you already have all of it.".to_string();
        }
        let mut text = sentences.join("; ");
        text[..1].make_ascii_uppercase();
        text + "."
    }
}

fn is_slug(slug: &str) -> bool {
    crate::model::catalog::validate::is_slug(slug)
}

fn slugs(value: &Value) -> Vec<String> {
    let Value::Array(items) = value else { return Vec::new() };
    items.iter().filter_map(Value::as_str).filter(|s| is_slug(s)).map(str::to_string).collect()
}

fn prepared(value: &Value) -> BTreeMap<String, Vec<usize>> {
    let mut prepared = BTreeMap::new();
    let Value::Object(map) = value else { return prepared };
    // Inserted, not collected: see `Personal::envelope`.
    for (slug, items) in map.iter().filter(|(slug, _)| is_slug(slug)).take(MAX_COMPANIES) {
        let Value::Array(items) = items else { continue };
        let mut items: Vec<usize> =
            items.iter().filter_map(Value::as_u64).filter(|i| *i < MAX_ITEMS as u64).map(|i| i as usize).collect();
        items.sort_unstable();
        items.dedup();
        if !items.is_empty() {
            prepared.insert(slug.clone(), items);
        }
    }
    prepared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Personal {
        let mut p = Personal::default();
        p.toggle_saved("stripe");
        p.toggle_saved("amazon");
        p.toggle_prepared("amazon", 3);
        p.toggle_prepared("amazon", 1);
        p.set_note("amazon", "Two stories per principle.\n<b>not bold</b>");
        p.set_note("left-the-catalog", "kept");
        p
    }

    #[test]
    fn toggles_notes_and_round_trips() {
        let mut p = sample();
        assert!(p.is_saved("amazon") && p.is_prepared("amazon", 1));
        assert_eq!(p.prepared_count("amazon", 6), 2);
        assert_eq!(p.prepared_count("amazon", 2), 1, "items beyond the list don't count");
        assert_eq!(Personal::from_json(&p.to_json()).unwrap(), p);
        assert_eq!(Personal::from_json(&p.to_export("2026-11-27")).unwrap(), p);
        assert!(p.to_export("2026-11-27").contains("\"exported\": \"2026-11-27\""));
        p.toggle_saved("stripe");
        p.reset_progress("amazon");
        p.set_note("amazon", "  \n");
        assert_eq!(p.saved, ["amazon"]);
        assert!(p.prepared.is_empty(), "no empty entries are kept");
        assert_eq!(p.note("amazon"), "", "a blank note is removed");
        assert_eq!(p.note("left-the-catalog"), "kept", "companies outside the catalog are kept");
    }

    #[test]
    fn typed_notes_are_cut_to_the_limit_but_stored_ones_never() {
        let mut p = Personal::default();
        p.set_note("a", &"é".repeat(MAX_NOTE_CHARS + 10));
        assert_eq!(p.note("a").chars().count(), MAX_NOTE_CHARS);
        // A merge joins two notes past the limit; reading it back must not cut it.
        let merged =
            p.merged(&Personal { notes: [("a".to_string(), "more".to_string())].into(), ..Personal::default() });
        let long = merged.note("a").to_string();
        assert!(long.chars().count() > MAX_NOTE_CHARS);
        assert_eq!(Personal::from_json(&merged.to_json()).unwrap(), merged);
        // Editing the long note keeps it whole; it just can't grow.
        let mut edited = merged.clone();
        edited.set_note("a", &format!("{long}!"));
        assert_eq!(edited.note("a"), long);
        edited.set_note("a", &long[2..]);
        assert_eq!(edited.note("a"), &long[2..]);
    }

    fn plan(date: &str, title: &str) -> Plan {
        let value =
            serde_json::json!({"role": "SRE", "interviews": [{"date": date, "kind": "coding", "title": title}]});
        Plan::from_value(&value).unwrap()
    }

    #[test]
    fn plans_are_kept_exported_and_merged() {
        let mut p = sample();
        p.set_plan("stripe", plan("2026-12-18", "Onsite"));
        assert_eq!(Personal::from_json(&p.to_json()).unwrap(), p);
        assert_eq!(Personal::from_json(&p.to_export("2026-12-05")).unwrap(), p);
        assert!(p.companies().contains("stripe"));
        let mut theirs = Personal::default();
        theirs.set_plan("stripe", plan("2026-12-10", "Phone screen"));
        theirs.set_plan("google", plan("2027-01-10", "Onsite"));
        let merged = p.merged(&theirs);
        assert_eq!(merged.plan("stripe").unwrap().interviews.len(), 2, "a merge keeps both dates");
        let changes = Changes::between(&p, &merged);
        assert_eq!((changes.plans_added, changes.plans_changed), (1, 1));
        assert_eq!(changes.describe(), "Adds 1 interview plan; changes 1 interview plan.");
        p.set_plan("stripe", Plan::default());
        assert!(p.plan("stripe").is_none(), "a plan without dates is removed");
    }

    #[test]
    fn a_card_line_names_saved_progress_and_the_next_interview() {
        let today = crate::model::plan::Day::from_ymd(2026, 12, 5).unwrap();
        let mut p = Personal::default();
        assert_eq!(p.card_line("stripe", 9, today), None, "nothing of mine: no line");
        p.toggle_saved("stripe");
        assert_eq!(p.card_line("stripe", 9, today).as_deref(), Some("★ Saved"));
        p.toggle_prepared("stripe", 1);
        p.toggle_prepared("stripe", 12); // beyond this company's items: not counted
        p.set_plan("stripe", plan("2026-12-18", "Onsite"));
        assert_eq!(p.card_line("stripe", 9, today).as_deref(), Some("★ Saved · 1 of 9 prepared · Onsite in 13 days"));
        assert_eq!(p.card_line("google", 9, today), None, "another company's data stays off this card");
    }

    #[test]
    fn version_1_files_still_import() {
        let v1 = format!(r#"{{"format":"{FORMAT}","version":1,"saved":["amazon"],"notes":{{"amazon":"hi"}}}}"#);
        let p = Personal::from_json(&v1).unwrap();
        assert_eq!((p.saved.len(), p.note("amazon"), p.plans.len()), (1, "hi", 0));
        assert!(p.to_json().contains(r#""version":2"#));
        let hostile = format!(
            r#"{{"format":"{FORMAT}","version":2,"plans":{{"ok":{{"interviews":[{{"date":"2026-12-01","title":"<b>x</b>"}}]}},"Bad Slug":{{"interviews":[{{"date":"2026-12-01"}}]}},"none":{{"interviews":[]}},"n":7}}}}"#
        );
        let p = Personal::from_json(&hostile).unwrap();
        assert_eq!(p.plans.keys().collect::<Vec<_>>(), ["ok"]);
        assert_eq!(p.plan("ok").unwrap().interviews[0].title, "<b>x</b>", "kept as text");
    }

    #[test]
    fn migrates_the_format_stored_before_notes() {
        let old = r#"{"companies":["stripe","amazon","stripe"],"prepared":{"amazon":[3,1,1],"gone-co":[0]}}"#;
        let p = Personal::from_legacy(old);
        assert_eq!(p.saved, ["stripe", "amazon"]);
        assert_eq!(p.prepared["amazon"], [1, 3]);
        assert_eq!(p.prepared["gone-co"], [0], "data for companies not in the catalog is kept");
        assert!(p.notes.is_empty());
        assert_eq!(Personal::from_legacy("not json"), Personal::default());
        assert_eq!(Personal::from_legacy(r#"{"companies":"x","prepared":7}"#), Personal::default());
    }

    #[test]
    fn refuses_what_is_not_ours_and_says_why() {
        assert_eq!(Personal::from_json("{oops"), Err(ReadError::NotJson));
        assert_eq!(Personal::from_json(r#"{"companies":["amazon"]}"#), Err(ReadError::Foreign));
        assert_eq!(Personal::from_json("[1,2]"), Err(ReadError::Foreign));
        let newer = format!(r#"{{"format":"{FORMAT}","version":3,"saved":["amazon"]}}"#);
        assert_eq!(Personal::from_json(&newer), Err(ReadError::Newer(3)));
        let bad_version = format!(r#"{{"format":"{FORMAT}","version":"1"}}"#);
        assert_eq!(Personal::from_json(&bad_version), Err(ReadError::Foreign));
        assert_eq!(
            ReadError::Newer(3).to_string(),
            "This file comes from a newer version of the site (data version 3; this one reads up to 2). Reload the page to get the newer version, then try again."
        );
        assert_eq!(
            ReadError::TooLarge(2_500_000).to_string(),
            "This file is 2500 KB; an export is at most 2000 KB, so it can't be one."
        );
    }

    #[test]
    fn hostile_contents_are_dropped_not_fatal() {
        let text = format!(
            r#"{{"format":"{FORMAT}","version":1,"saved":["ok","<script>",7,"ok"],
                "prepared":{{"ok":[9,1,1,9999,-1,"x"],"Bad Slug":[1],"x":[]}},
                "notes":{{"ok":"<img src=x onerror=alert(1)>","../etc":"no","n":42}}}}"#
        );
        let p = Personal::from_json(&text).unwrap();
        assert_eq!(p.saved, ["ok"]);
        assert_eq!(p.prepared["ok"], [1, 9]);
        assert_eq!(p.prepared.len(), 1);
        assert_eq!(p.note("ok"), "<img src=x onerror=alert(1)>", "kept as text; the page renders it as text");
        assert_eq!(p.notes.len(), 1);
        let empty = format!(r#"{{"format":"{FORMAT}","version":1,"saved":{{}},"prepared":[],"notes":"x"}}"#);
        assert_eq!(Personal::from_json(&empty).unwrap(), Personal::default());
    }

    #[test]
    fn merge_keeps_everything_from_both() {
        let mine = sample();
        let mut theirs = Personal::default();
        theirs.toggle_saved("google");
        theirs.toggle_saved("amazon");
        theirs.toggle_prepared("amazon", 0);
        theirs.toggle_prepared("amazon", 1);
        theirs.set_note("amazon", "Practise the bar raiser.");
        theirs.set_note("google", "Googleyness.");
        let merged = mine.merged(&theirs);
        assert_eq!(merged.saved, ["stripe", "amazon", "google"]);
        assert_eq!(merged.prepared["amazon"], [0, 1, 3]);
        assert_eq!(merged.note("amazon"), "Two stories per principle.\n<b>not bold</b>\n\nPractise the bar raiser.");
        assert_eq!(merged.note("google"), "Googleyness.");
        assert_eq!(mine.merged(&mine), mine, "merging the same data changes nothing");
        assert_eq!(mine.merged(&Personal::default()), mine);
        let changes = Changes::between(&mine, &merged);
        assert_eq!(
            changes,
            Changes { saved_added: 1, ticks_added: 1, notes_added: 1, notes_changed: 1, ..Changes::default() }
        );
        assert_eq!(changes.describe(), "Adds 1 saved company, 1 prepared item and 1 note; changes 1 note.");
    }

    #[test]
    fn replace_is_described_with_what_it_removes() {
        let mine = sample();
        let mut theirs = Personal::default();
        theirs.toggle_saved("amazon");
        let changes = Changes::between(&mine, &theirs);
        assert_eq!(changes.describe(), "Removes 1 saved company, 2 prepared items and 2 notes.");
        assert_eq!(Changes::between(&mine, &mine).describe(), "Changes nothing: you already have all of it.");
        assert!(Changes::between(&mine, &mine).is_none());
    }
}
