//! A company's interview loop, stage by stage, and what each claim rests on: the sources' kinds
//! and dates, worded as an evidence line ("From 3 candidate reports, 2021–2024").

use super::{Catalog, Company, Source};
use serde::{Deserialize, Serialize};

/// What kind of page a source is: decides how a claim resting on it is worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The company's own page (careers, "how we hire", engineering blog).
    Company,
    /// Reputable press, filings.
    News,
    /// A first-hand account by one candidate.
    CandidateReport,
    /// A third-party interview-prep write-up.
    PrepGuide,
}

impl SourceKind {
    pub const ALL: [SourceKind; 4] =
        [SourceKind::Company, SourceKind::News, SourceKind::CandidateReport, SourceKind::PrepGuide];

    /// Singular and plural nouns for an evidence line.
    fn nouns(self) -> (&'static str, &'static str) {
        match self {
            SourceKind::Company => ("company page", "company pages"),
            SourceKind::News => ("news report", "news reports"),
            SourceKind::CandidateReport => ("candidate report", "candidate reports"),
            SourceKind::PrepGuide => ("prep guide", "prep guides"),
        }
    }
}

/// Remote, onsite, or either.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Remote,
    Onsite,
    Either,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Remote => "Remote",
            Format::Onsite => "Onsite",
            Format::Either => "Remote or onsite",
        }
    }
}

/// Whether candidates may use AI tools in interviews.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AiPolicy {
    Allowed,
    NotAllowed,
    Depends,
    #[default]
    NotKnown,
}

impl AiPolicy {
    pub fn label(self) -> &'static str {
        match self {
            AiPolicy::Allowed => "Allowed",
            AiPolicy::NotAllowed => "Not allowed",
            AiPolicy::Depends => "Depends on the round",
            AiPolicy::NotKnown => "Not known",
        }
    }
}

/// The loop of one job (the scope says which), in the order a candidate meets it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct InterviewLoop {
    /// Which job and level the loop describes, and how firm the evidence is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scope: String,
    pub stages: Vec<Stage>,
    /// What public evidence is missing, said instead of guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_known: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_weeks: Option<Weeks>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels: Option<Levels>,
    #[serde(default, skip_serializing_if = "AiTools::is_empty")]
    pub ai_tools: AiTools,
}

/// One stage of a loop.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Stage {
    /// A slug of the catalog's `stage_kinds`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// `[min, max]` minutes (equal for one figure); absent when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<[u32; 2]>,
    /// How many interviews of this kind; absent when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// One line: what the stage tests.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tests: String,
    /// URLs of the company's `sources` this stage rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Weeks {
    pub min: u32,
    pub max: u32,
    pub sources: Vec<String>,
}

/// The company's own names for engineering levels, and what changes in the loop by level.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Levels {
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct AiTools {
    pub policy: AiPolicy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// A dated event or process change ("2025-09: …"), with its sources.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Change {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A loop stage kind of the catalog's vocabulary.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct StageKind {
    pub slug: String,
    pub name: String,
    /// Whether the stage is a technical interview (counts toward the difficulty rubric).
    pub technical: bool,
}

impl AiTools {
    fn is_empty(&self) -> bool {
        *self == AiTools::default()
    }
}

impl InterviewLoop {
    pub fn is_empty(&self) -> bool {
        *self == InterviewLoop::default()
    }

    /// Interviews in the loop: each stage's rounds (one where a source gives no count).
    pub fn rounds(&self) -> u32 {
        self.stages.iter().map(|s| s.rounds.unwrap_or(1)).sum()
    }

    /// Technical interviews, by the catalog's stage kinds.
    pub fn technical_rounds(&self, catalog: &Catalog) -> u32 {
        self.stages
            .iter()
            .filter(|s| catalog.stage_kind(&s.kind).is_some_and(|k| k.technical))
            .map(|s| s.rounds.unwrap_or(1))
            .sum()
    }

    /// What CONTRIBUTING.md's difficulty rubric can read off the stage kinds alone: two or more
    /// coding rounds (1), a system design round (1), a hiring committee (1), a domain deep dive
    /// (2: the rubric's specialist depth) and an online assessment (1), with the scoring parts
    /// named. Only a hint: whether a deep dive is specialist depth, or an assessment eliminates
    /// most candidates, needs the sources, so `make check-catalog` warns and never refuses.
    pub fn rubric_hint(&self) -> (u32, Vec<&'static str>) {
        let rounds =
            |kind: &str| self.stages.iter().filter(|s| s.kind == kind).map(|s| s.rounds.unwrap_or(1)).sum::<u32>();
        let has = |kind: &str| self.stages.iter().any(|s| s.kind == kind);
        let mut points = 0;
        let mut parts = Vec::new();
        for (scores, worth, part) in [
            (rounds("coding") + rounds("technical-screen") >= 2, 1, "two or more coding rounds"),
            (has("system-design"), 1, "a system design round"),
            (has("hiring-committee"), 1, "a hiring committee"),
            (has("domain-deep-dive"), 2, "a domain deep dive"),
            (has("online-assessment"), 1, "an online assessment"),
        ] {
            if scores {
                points += worth;
                parts.push(part);
            }
        }
        (points, parts)
    }

    /// Enough evidence to describe the loop: three stages or more.
    pub fn is_known(&self) -> bool {
        self.stages.len() >= 3
    }

    /// "5 rounds · 4–6 weeks" (what is known of it), or `None` with too little evidence.
    pub fn summary(&self) -> Option<String> {
        if !self.is_known() {
            return None;
        }
        let mut parts = vec![crate::model::text::plural(self.rounds() as usize, "round", "rounds")];
        if let Some(weeks) = &self.timeline_weeks {
            parts.push(format!("{} weeks", range(weeks.min, weeks.max)));
        }
        Some(parts.join(" · "))
    }
}

/// "45" or "45–60".
pub fn range(min: u32, max: u32) -> String {
    if min == max { min.to_string() } else { format!("{min}–{max}") }
}

impl Stage {
    /// "45–60 min", or "minutes not known".
    pub fn minutes_text(&self) -> String {
        self.minutes.map_or_else(|| "minutes not known".to_string(), |[a, b]| format!("{} min", range(a, b)))
    }
}

impl Company {
    /// The sources behind these URLs, in the profile's order (unknown URLs are skipped; the
    /// validator reports them).
    pub fn sources_for<'a>(&'a self, urls: &[String]) -> Vec<&'a Source> {
        self.sources.iter().filter(|s| urls.contains(&s.url)).collect()
    }

    /// Every URL the loop's parts cite, once each.
    pub fn loop_source_urls(&self) -> Vec<String> {
        let l = &self.interview_loop;
        let mut urls: Vec<String> = Vec::new();
        let parts = l
            .stages
            .iter()
            .flat_map(|s| s.sources.iter())
            .chain(l.timeline_weeks.iter().flat_map(|w| w.sources.iter()))
            .chain(l.levels.iter().flat_map(|v| v.sources.iter()))
            .chain(l.ai_tools.sources.iter());
        for url in parts {
            if !urls.contains(url) {
                urls.push(url.clone());
            }
        }
        urls
    }
}

/// What a part of a profile rests on, in words: "From Stripe's own pages", "From one candidate
/// report (2021)", "From 3 candidate reports (2020–2024) and 1 prep guide". `None` without sources.
pub fn evidence_line(company_name: &str, sources: &[&Source]) -> Option<String> {
    if sources.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for kind in SourceKind::ALL.into_iter().map(Some).chain([None]) {
        let of_kind: Vec<&&Source> = sources.iter().filter(|s| s.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let part = match kind {
            Some(SourceKind::Company) => format!("{company_name}'s own pages"),
            Some(kind) => {
                let (one, many) = kind.nouns();
                let count = if of_kind.len() == 1 { format!("one {one}") } else { format!("{} {many}", of_kind.len()) };
                let years = || of_kind.iter().filter_map(|s| s.published.as_deref()).filter_map(|d| d.get(..4));
                match (years().min(), years().max()) {
                    (Some(a), Some(b)) if a == b => format!("{count} ({a})"),
                    (Some(a), Some(b)) => format!("{count} ({a}–{b})"),
                    _ => format!("{count} (undated)"),
                }
            }
            None => crate::model::text::plural(of_kind.len(), "other page", "other pages"),
        };
        parts.push(part);
    }
    Some(format!("From {}", crate::model::text::and_list(&parts)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(kind: SourceKind, published: Option<&str>) -> Source {
        Source {
            title: "t".into(),
            url: "https://example.com/".into(),
            checked: "2026-12-04".into(),
            kind: Some(kind),
            published: published.map(str::to_string),
        }
    }

    #[test]
    fn evidence_lines_say_what_a_claim_rests_on() {
        let own = source(SourceKind::Company, None);
        assert_eq!(evidence_line("Stripe", &[&own]).unwrap(), "From Stripe's own pages");
        let one = source(SourceKind::CandidateReport, Some("2021-05"));
        assert_eq!(evidence_line("X", &[&one]).unwrap(), "From one candidate report (2021)");
        let a = source(SourceKind::CandidateReport, Some("2024"));
        let guide = source(SourceKind::PrepGuide, None);
        assert_eq!(
            evidence_line("X", &[&one, &a, &guide]).unwrap(),
            "From 2 candidate reports (2021–2024) and one prep guide (undated)"
        );
        assert_eq!(evidence_line("X", &[]), None);
    }

    #[test]
    fn a_loop_sums_its_rounds_and_summarises_only_with_evidence() {
        let stage = |rounds| Stage {
            kind: "coding".into(),
            title: "t".into(),
            minutes: Some([45, 60]),
            rounds,
            format: None,
            tests: "x".into(),
            sources: vec![],
        };
        let mut l = InterviewLoop {
            scope: "s".into(),
            stages: vec![stage(Some(2)), stage(None)],
            not_known: None,
            timeline_weeks: Some(Weeks { min: 4, max: 6, sources: vec![] }),
            levels: None,
            ai_tools: AiTools { policy: AiPolicy::NotKnown, note: None, sources: vec![] },
        };
        assert_eq!(l.rounds(), 3);
        assert_eq!(l.summary(), None, "two stages are too little evidence");
        l.stages.push(stage(Some(1)));
        assert_eq!(l.summary().unwrap(), "4 rounds · 4–6 weeks");
        assert_eq!(l.stages[0].minutes_text(), "45–60 min");
    }
}
