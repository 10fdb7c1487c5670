//! The Interview loop tab: the stages in order with minutes, format and what each tests, the
//! rounds and weeks, the level ladder, the AI-tools rule, the changes log, and for each part the
//! evidence line saying what it rests on. What no source says is shown as "not known".

use crate::model::catalog::interview::{evidence_line, range};
use crate::model::catalog::{AiPolicy, Catalog, Company};
use crate::model::markup::El;
use crate::model::tabs::CompanyTab;

/// "From 3 candidate reports (2021–2024)" under a part of the profile; nothing without sources.
pub fn evidence(company: &Company, urls: &[String]) -> Option<El> {
    let line = evidence_line(&company.name, &company.sources_for(urls))?;
    Some(El::with_class("p", "evidence").text(line))
}

/// Under the tabs whose text rests on the profile's sources as a whole (snapshot, prep focus,
/// roles, tracks, and values the company doesn't publish itself): what those sources are.
pub fn section_evidence(company: &Company, tab: CompanyTab) -> Option<El> {
    let own_line = match tab {
        CompanyTab::InterviewLoop | CompanyTab::Links => true,
        CompanyTab::Values => !company.values_sources.is_empty(),
        _ => false,
    };
    if own_line {
        return None;
    }
    let all: Vec<&crate::model::catalog::Source> = company.sources.iter().collect();
    let line = evidence_line(&company.name, &all)?;
    Some(El::with_class("p", "evidence").text(format!("This section rests on the profile's sources. {line}.")))
}

/// The Snapshot's one line: "5 rounds · 4–6 weeks · Hard", or why it can't be said.
pub fn summary(catalog: &Catalog, company: &Company) -> String {
    let difficulty = catalog.difficulty_name(&company.difficulty);
    match company.interview_loop.summary() {
        Some(known) => format!("{known} · {difficulty}"),
        None => "Not known: too little public evidence about the loop".to_string(),
    }
}

/// The whole tab.
pub fn loop_panel(catalog: &Catalog, company: &Company) -> Vec<El> {
    let l = &company.interview_loop;
    let not_known = |text: String| El::with_class("p", "not-known").text(text);
    let stages = l.stages.iter().map(|stage| {
        let kind = catalog.stage_kind_name(&stage.kind);
        let rounds = stage.rounds.filter(|n| *n > 1).map(|n| format!(" · {n} rounds")).unwrap_or_default();
        let format = stage.format.map_or("format not known", |f| f.label());
        // The kind, unless the title already says it ("Technical phone screen" twice).
        let facts = if kind.eq_ignore_ascii_case(&stage.title) {
            format!("{} · {format}{rounds}", stage.minutes_text())
        } else {
            format!("{kind} · {} · {format}{rounds}", stage.minutes_text())
        };
        El::with_class("li", "stage")
            .child(El::new("h3").text(&stage.title))
            .child(El::with_class("p", "stage-facts").text(facts))
            .child(El::new("p").text(&stage.tests))
            .maybe_child(evidence(company, &stage.sources))
    });
    let mut out = vec![El::with_class("p", "scope").text(&l.scope)];
    if l.is_known() {
        let weeks = l.timeline_weeks.as_ref().map_or_else(
            || "weeks from first call to offer: not known".to_string(),
            |w| format!("{} weeks from first call to offer", range(w.min, w.max)),
        );
        out.push(El::with_class("p", "loop-totals").text(format!("{} interviews in all · {weeks}", l.rounds())));
    }
    out.extend(l.timeline_weeks.as_ref().and_then(|w| evidence(company, &w.sources)));
    out.push(El::with_class("ol", "stages").children(stages));
    out.extend(l.not_known.as_ref().map(|text| not_known(format!("Not known: {text}"))));
    out.push(El::new("h3").text("Levels"));
    match &l.levels {
        Some(levels) => {
            out.push(El::with_class("p", "ladder").text(levels.names.join(" → ")));
            out.extend(levels.note.as_ref().map(|n| El::new("p").text(n)));
            out.extend(evidence(company, &levels.sources));
        }
        None => out.push(not_known("Not known: no source names the levels.".to_string())),
    }
    let ai = &l.ai_tools;
    out.push(El::new("h3").text("AI tools in interviews"));
    out.push(El::new("p").text(match ai.policy {
        AiPolicy::NotKnown => "Not known: no public rule found.",
        policy => policy.label(),
    }));
    out.extend(ai.note.as_ref().map(|n| El::new("p").text(n)));
    out.extend(evidence(company, &ai.sources));
    if !company.changes.is_empty() {
        let items = company.changes.iter().map(|c| {
            El::new("li")
                .child(El::new("time").attr("datetime", &c.date).text(&c.date))
                .text(": ")
                .text(&c.text)
                .maybe_child(evidence(company, &c.sources))
        });
        out.push(El::new("h3").text("Changes and events"));
        out.push(El::with_class("ul", "changes").children(items));
    }
    out
}
