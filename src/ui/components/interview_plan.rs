//! The interview plan on a company page: the dates a visitor was given, the countdown, and what
//! to prepare each day until then, with a calendar file and a link to share.
//!
//! The blocks that change with the plan (dates, days) are drawn with `browser::dom` rather
//! than `view!`: see there why; the form and the live messages stay in `view!`.

use crate::browser::clock::{local_today, utc_stamp};
use crate::browser::dom::{add, clear, clicked_data, set_value_of, value_of};
use crate::model::catalog::Company;
use crate::model::plan::{
    Day, Interview, MAX_INTERVIEWS, OTHER, Plan, Schedule, clean_text, parse_time, schedule, task_text, topics_for,
};
use crate::model::route::Route;
use crate::model::share::Shared;
use crate::state::personal::PersonalState;
use crate::ui::events::handler;
use leptos::prelude::*;
use std::sync::Arc;

/// Days listed before the rest fold away under "All N days".
const FIRST_DAYS: usize = 7;

/// The schedule of `plan` for `company` from today, counting the visitor's ticks as done.
pub fn company_schedule(company: &Company, prepared: &[usize], plan: &Plan, today: Day) -> (Schedule, Vec<String>) {
    let (todo, done) = topics_for(company, prepared);
    (schedule(plan, today, &todo), done)
}

/// "Plan for your interview": add dated stages, see the countdown and the days ahead.
#[component]
pub fn PlanEditor(company: Arc<Company>) -> impl IntoView {
    let state = expect_context::<PersonalState>();
    let today = local_today();
    let slug = company.slug.clone();
    let mine = Memo::new(move |_| {
        state.with(|p| p.plan(&slug).cloned().map(|plan| (plan, p.prepared.get(&slug).cloned().unwrap_or_default())))
    });
    let status = RwSignal::new(String::new());
    // The loop's stages, one per title, for the stage picker.
    let mut stages: Vec<(String, String)> = Vec::new();
    for s in &company.interview_loop.stages {
        if !stages.iter().any(|(_, t)| *t == s.title) {
            stages.push((s.kind.clone(), s.title.clone()));
        }
    }
    let options = stages
        .iter()
        .enumerate()
        .map(|(i, (_, title))| view! { <option value=i.to_string()>{title.clone()}</option> })
        .collect_view();

    let slug = company.slug.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = Day::parse(&value_of("plan-date")) else {
            status.set("Choose the date of the interview first.".to_string());
            return;
        };
        let time = Some(value_of("plan-time")).filter(|t| parse_time(t).is_some());
        let picked = value_of("plan-stage").parse::<usize>().ok().and_then(|i| stages.get(i).cloned());
        let (kind, title) = picked.unwrap_or_else(|| (OTHER.to_string(), "Interview".to_string()));
        let typed = clean_text(&value_of("plan-name"));
        let title = if typed.is_empty() { title } else { typed };
        let label = format!("{title} on {}", day.label());
        let mut added = false;
        state.update(|p| {
            let mut plan = p.plan(&slug).cloned().unwrap_or_default();
            added = plan.add(Interview { day, time, kind, title });
            for (field, id) in [(&mut plan.role, "plan-role"), (&mut plan.level, "plan-level")] {
                let typed = clean_text(&value_of(id));
                if !typed.is_empty() {
                    *field = typed;
                }
            }
            p.set_plan(&slug, plan);
        });
        status.set(match (added, day < today) {
            (false, _) => {
                format!("{label} is already in your plan, or it has {MAX_INTERVIEWS} dates, the most a plan holds.")
            }
            (true, true) => format!("Added {label}. That date has passed, so it is kept for the record only."),
            (true, false) => format!("Added {label}."),
        });
        set_value_of("plan-name", "");
    };

    // Remove, download and copy: one listener for the drawn block.
    let acting = company.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(index) = clicked_data(&ev, "remove").and_then(|i| i.parse::<usize>().ok()) {
            state.update(|p| {
                if let Some(mut plan) = p.plan(&acting.slug).cloned() {
                    if index < plan.interviews.len() {
                        let gone = plan.interviews.remove(index);
                        status.set(format!("Removed {} on {}.", gone.title, gone.day.label()));
                    }
                    p.set_plan(&acting.slug, plan);
                }
            });
            crate::browser::focus::focus_id("plan-date", false);
        } else if let Some(action) = clicked_data(&ev, "action") {
            let Some((plan, prepared)) = mine.get_untracked() else { return };
            if action == "ics" {
                status.set(download_calendar(&acting, &plan, &prepared));
            } else {
                let link = share_link(&acting.slug, plan);
                leptos::task::spawn_local(async move {
                    status.set(if crate::browser::files::copy_text(&link).await {
                        "Link copied. Whoever opens it sees this plan and can add it to their own.".to_string()
                    } else {
                        format!("Your browser didn't allow copying; copy this link instead: {link}")
                    });
                });
            }
        }
    };

    let body = NodeRef::<leptos::html::Div>::new();
    let drawn = company.clone();
    crate::browser::effect::effect(move || {
        let Some(el) = body.get() else { return };
        clear(&el);
        if let Some((plan, prepared)) = mine.get() {
            draw_plan(&el, &drawn, &plan, &prepared, today);
        }
    });
    let countdown = move || mine.with(|m| m.as_ref().and_then(|(p, _)| p.countdown(today)));
    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">"Plan for your interview"</h2>
            <p class="countdown">{countdown}</p>
            <p class="hint">"Add the dates you've been given. The plan spreads this company's prep focus and loop stages over the days left (the stage you face first comes first, then the hardest), with a review 7, 3 and 1 days before each interview. It stays in this browser."</p>
            <form class="plan-form" on:submit=handler(on_add)>
                <label>"Date" <input id="plan-date" type="date" required/></label>
                <label>"Time (optional)" <input id="plan-time" type="time"/></label>
                <label>"Stage" <select id="plan-stage">{options}<option value=OTHER>"Other"</option></select></label>
                <label>"Name (optional)" <input id="plan-name" type="text" maxlength="80" placeholder="e.g. Onsite"/></label>
                <label>"Role (optional)" <input id="plan-role" type="text" maxlength="80"/></label>
                <label>"Level (optional)" <input id="plan-level" type="text" maxlength="80"/></label>
                <button type="submit" class="button">"Add to plan"</button>
            </form>
            <p class="plan-status" role="status">{status}</p>
            <div node_ref=body on:click=handler(on_click)></div>
            <p class="hint"><a href=crate::browser::base_path::link(&Route::Plan)>"All your interview plans"</a></p>
        </section>
    }
}

/// The plan's dates (each with Remove), the days ahead, and the file and link buttons.
fn draw_plan(el: &web_sys::Element, company: &Company, plan: &Plan, prepared: &[usize], today: Day) {
    add(el, "h3", "", "Your dates");
    let for_whom: Vec<&str> = [plan.role.as_str(), plan.level.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    if !for_whom.is_empty() {
        add(el, "p", "hint", &format!("For: {}", for_whom.join(", ")));
    }
    if let Some(list) = add(el, "ul", "plan-dates", "") {
        for (i, interview) in plan.interviews.iter().enumerate() {
            let past = if interview.day < today { " (passed)" } else { "" };
            let Some(item) = add(&list, "li", "", &format!("{}: {}{past} ", when(interview), interview.title)) else {
                continue;
            };
            if let Some(button) = add(&item, "button", "link-button", "Remove") {
                let _ = button.set_attribute("type", "button");
                let _ = button.set_attribute("data-remove", &i.to_string());
                let _ = button
                    .set_attribute("aria-label", &format!("Remove {} on {}", interview.title, interview.day.label()));
            }
        }
    }
    let (schedule, done) = company_schedule(company, prepared, plan, today);
    draw_schedule(el, &schedule, &done, today);
    if let Some(actions) = add(el, "p", "plan-actions", "") {
        for (action, text) in [("ics", "Download calendar file (.ics)"), ("share", "Copy a link to this plan")] {
            if let Some(button) = add(&actions, "button", "button secondary", text) {
                let _ = button.set_attribute("type", "button");
                let _ = button.set_attribute("data-action", action);
            }
        }
    }
}

/// "Fri 18 Dec 2026 at 14:00".
pub fn when(interview: &Interview) -> String {
    match &interview.time {
        Some(t) => format!("{} at {t}", interview.day.label()),
        None => interview.day.label(),
    }
}

/// The days ahead: the first week listed, the rest under "All N days"; ticked items as done.
pub fn draw_schedule(el: &web_sys::Element, schedule: &Schedule, done: &[String], today: Day) {
    add(el, "h3", "", "Day by day");
    if let Some(start) = schedule.starts_later {
        add(
            el,
            "p",
            "hint",
            &format!("Your first interview is more than six weeks away, so the plan starts on {}.", start.label()),
        );
    }
    if schedule.days.is_empty() {
        add(el, "p", "", "Every date in this plan has passed. Add the next one when you have it.");
    }
    let mut list = add(el, "ol", "plan-days", "");
    for (n, day) in schedule.days.iter().enumerate() {
        if n == FIRST_DAYS {
            let rest = add(el, "details", "", "");
            if let Some(rest) = &rest {
                add(rest, "summary", "", &format!("All {} days", schedule.days.len()));
            }
            list = rest.and_then(|r| add(&r, "ol", "plan-days", ""));
        }
        let Some(item) = list.as_ref().and_then(|l| add(l, "li", "", "")) else { continue };
        let heading = if day.day == today { format!("Today, {}", day.day.label()) } else { day.day.label() };
        add(&item, "strong", "", &heading);
        if let Some(tasks) = add(&item, "ul", "", "") {
            for task in &day.tasks {
                add(&tasks, "li", "", &task_text(task));
            }
        }
    }
    if !done.is_empty() {
        let done: Vec<&str> = done.iter().map(|d| d.trim_end_matches('.')).collect();
        add(el, "p", "hint", &format!("Already prepared (ticked): {}.", done.join("; ")));
    }
    if !schedule.past.is_empty() {
        let past: Vec<String> = schedule.past.iter().map(|i| format!("{} on {}", i.title, i.day.label())).collect();
        add(el, "p", "hint", &format!("Passed: {}.", past.join("; ")));
    }
}

/// Offers the plan as a calendar file; what to tell the visitor.
fn download_calendar(company: &Company, plan: &Plan, prepared: &[usize]) -> String {
    let (schedule, _) = company_schedule(company, prepared, plan, local_today());
    let stages = &company.interview_loop.stages;
    let minutes = |kind: &str| stages.iter().find(|s| s.kind == kind).and_then(|s| s.minutes).map(|[_, max]| max);
    let text = crate::model::ics::calendar(&company.name, &company.slug, plan, &schedule, &utc_stamp(), minutes);
    let file = format!("interview-prep-{}.ics", company.slug);
    match crate::browser::files::download(&file, "text/calendar", &text) {
        Ok(()) => format!("Downloaded {file}: open it with your calendar app to add the interviews and study days."),
        Err(_) => "Your browser refused the download.".to_string(),
    }
}

/// The address that rebuilds this plan on `/plan` (the plan travels in the fragment).
fn share_link(slug: &str, plan: Plan) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let shared = Shared { slug: slug.to_string(), plan };
    format!("{origin}{}#{}", crate::browser::base_path::link(&Route::Plan), shared.to_fragment())
}
