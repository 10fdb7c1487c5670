//! The Interview loop tab: the stages in order with minutes, format and what each tests, the
//! rounds and weeks, the level ladder, the AI-tools rule, the changes log, and for each part the
//! evidence line saying what it rests on. What no source says is shown as "not known".

use crate::model::catalog::interview::{evidence_line, range};
use crate::model::catalog::{AiPolicy, Catalog, Company};
use crate::model::tabs::CompanyTab;
use leptos::either::Either;
use leptos::prelude::*;

/// "From 3 candidate reports (2021–2024)" under a part of the profile; nothing without sources.
pub fn evidence(company: &Company, urls: &[String]) -> Option<impl IntoView + use<>> {
    let line = evidence_line(&company.name, &company.sources_for(urls))?;
    Some(view! { <p class="evidence">{line}</p> })
}

/// Under the tabs whose text rests on the profile's sources as a whole (snapshot, prep focus,
/// roles, tracks, and values the company doesn't publish itself): what those sources are.
pub fn section_evidence(company: &Company, tab: CompanyTab) -> Option<impl IntoView + use<>> {
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
    Some(view! { <p class="evidence">{format!("This section rests on the profile's sources. {line}.")}</p> })
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
pub fn loop_panel(catalog: &Catalog, company: &Company) -> impl IntoView + use<> {
    let l = &company.interview_loop;
    let stages = l
        .stages
        .iter()
        .map(|stage| {
            let kind = catalog.stage_kind_name(&stage.kind).to_string();
            let rounds = stage.rounds.filter(|n| *n > 1).map(|n| format!(" · {n} rounds"));
            let format = stage.format.map_or("format not known", |f| f.label());
            // The kind, unless the title already says it ("Technical phone screen" twice).
            let facts = if kind.eq_ignore_ascii_case(&stage.title) {
                format!("{} · {format}", stage.minutes_text())
            } else {
                format!("{kind} · {} · {format}", stage.minutes_text())
            };
            view! {
                <li class="stage">
                    <h3>{stage.title.clone()}</h3>
                    <p class="stage-facts">{facts}{rounds}</p>
                    <p>{stage.tests.clone()}</p>
                    {evidence(company, &stage.sources)}
                </li>
            }
        })
        .collect_view();
    let not_known = l.not_known.clone().map(|text| view! { <p class="not-known">{format!("Not known: {text}")}</p> });
    let totals = l.is_known().then(|| {
        let weeks = l.timeline_weeks.as_ref().map_or_else(
            || "weeks from first call to offer: not known".to_string(),
            |w| format!("{} weeks from first call to offer", range(w.min, w.max)),
        );
        view! { <p class="loop-totals">{format!("{} interviews in all · {weeks}", l.rounds())}</p> }
    });
    let weeks_evidence = l.timeline_weeks.as_ref().and_then(|w| evidence(company, &w.sources));
    let levels = match &l.levels {
        Some(levels) => {
            let note = levels.note.clone().map(|n| view! { <p>{n}</p> });
            let names = levels.names.join(" → ");
            Either::Left(view! {
                <p class="ladder">{names}</p>
                {note}
                {evidence(company, &levels.sources)}
            })
        }
        None => Either::Right(view! { <p class="not-known">"Not known: no source names the levels."</p> }),
    };
    let ai = &l.ai_tools;
    let ai_note = ai.note.clone().map(|n| view! { <p>{n}</p> });
    let ai_line = match ai.policy {
        AiPolicy::NotKnown => "Not known: no public rule found.".to_string(),
        policy => policy.label().to_string(),
    };
    let changes = (!company.changes.is_empty()).then(|| {
        let items = company
            .changes
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <time datetime=c.date.clone()>{c.date.clone()}</time>": "{c.text.clone()}
                        {evidence(company, &c.sources)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Changes and events"</h3>
            <ul class="changes">{items}</ul>
        }
    });
    view! {
        <p class="scope">{l.scope.clone()}</p>
        {totals}
        {weeks_evidence}
        <ol class="stages">{stages}</ol>
        {not_known}
        <h3>"Levels"</h3>
        {levels}
        <h3>"AI tools in interviews"</h3>
        <p>{ai_line}</p>
        {ai_note}
        {evidence(company, &ai.sources)}
        {changes}
    }
}
